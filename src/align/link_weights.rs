//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit d4f2a91, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2560 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -18.050132,
    weights: [
        9.375529,  // cluster_dice
        6.699721,  // cluster_contain_min
        3.302806,  // cluster_contain_max
        0.697348,  // global_dice
        -0.911659, // global_contain_min
        -3.465749, // global_contain_max
        -3.617174, // bigram_dice
        8.031533,  // char4_dice
        5.111908,  // lcs_ratio
        -0.272091, // numbers_shared
        -0.599126, // numbers_conflict
        0.038182,  // numbers_one_side
        -0.796831, // names_shared
        -0.227952, // names_conflict
        -0.525156, // dates_conflict
        -0.121171, // negation_mismatch
        -0.952476, // length_ratio
        6.117968,  // short
        -5.564372, // url_max
        -3.381578, // title_case_max
        0.600703,  // function_min
        -1.451236, // position_gap
        -0.224214, // context
        9.816246,  // unshared_weight
        2.440688,  // soft_overlap
        2.688154,  // mean_cosine
        4.523541,  // soft_gain
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.904405,
    weights: [
        0.769715,  // cluster_dice
        1.444882,  // cluster_contain_min
        2.879836,  // cluster_contain_max
        -1.197114, // global_dice
        2.342157,  // global_contain_min
        -0.578225, // global_contain_max
        -6.144311, // bigram_dice
        3.741536,  // char4_dice
        7.371353,  // lcs_ratio
        0.052910,  // numbers_shared
        -0.477226, // numbers_conflict
        -0.349725, // numbers_one_side
        -0.272511, // names_shared
        0.025962,  // names_conflict
        -0.316103, // dates_conflict
        -1.261665, // negation_mismatch
        2.708760,  // length_ratio
        3.085682,  // short
        -0.981391, // url_max
        0.569808,  // title_case_max
        -0.114731, // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -2.465486, // unshared_weight
        -0.404685, // soft_overlap
        3.372371,  // mean_cosine
        8.963956,  // soft_gain
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.38;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.54;
