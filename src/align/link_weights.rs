//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 6332c37, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2578 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -12.207664,
    weights: [
        9.951090,  // cluster_dice
        7.922534,  // cluster_contain_min
        4.869975,  // cluster_contain_max
        -1.485468, // global_dice
        -3.106508, // global_contain_min
        -3.696429, // global_contain_max
        -2.929992, // bigram_dice
        10.060176, // char4_dice
        5.377422,  // lcs_ratio
        -0.138406, // numbers_shared
        -0.524553, // numbers_conflict
        -0.002654, // numbers_one_side
        -0.898010, // names_shared
        -0.167122, // names_conflict
        -0.099853, // dates_conflict
        -0.140651, // negation_mismatch
        -1.675071, // length_ratio
        1.244636,  // short
        -6.624640, // url_max
        -4.505806, // title_case_max
        0.089664,  // function_min
        -1.274337, // position_gap
        0.128964,  // context
        9.215785,  // unshared_weight
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -7.997644,
    weights: [
        0.641295,  // cluster_dice
        1.330530,  // cluster_contain_min
        3.383176,  // cluster_contain_max
        -2.242605, // global_dice
        1.010942,  // global_contain_min
        -1.152183, // global_contain_max
        -6.554069, // bigram_dice
        5.880616,  // char4_dice
        7.517779,  // lcs_ratio
        -0.004822, // numbers_shared
        -0.459853, // numbers_conflict
        -0.332501, // numbers_one_side
        -0.367735, // names_shared
        0.066955,  // names_conflict
        0.057384,  // dates_conflict
        -1.276838, // negation_mismatch
        2.560883,  // length_ratio
        2.292760,  // short
        -1.043568, // url_max
        -0.144435, // title_case_max
        0.464953,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.390244, // unshared_weight
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.41;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.57;
