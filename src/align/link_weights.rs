//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit e5a3e85, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2560 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -16.784645,
    weights: [
        9.411595,  // cluster_dice
        6.777195,  // cluster_contain_min
        3.331013,  // cluster_contain_max
        0.451008,  // global_dice
        -1.035523, // global_contain_min
        -3.439773, // global_contain_max
        -3.517953, // bigram_dice
        8.647005,  // char4_dice
        5.150913,  // lcs_ratio
        -0.237579, // numbers_shared
        -0.563511, // numbers_conflict
        0.077497,  // numbers_one_side
        -0.754811, // names_shared
        -0.199062, // names_conflict
        -0.468018, // dates_conflict
        -0.101847, // negation_mismatch
        -1.054319, // length_ratio
        5.364879,  // short
        -5.606301, // url_max
        -3.490703, // title_case_max
        1.569961,  // function_min
        -1.468143, // position_gap
        -0.261912, // context
        9.365860,  // unshared_weight
        1.401223,  // soft_overlap
        1.960044,  // mean_cosine
        4.863476,  // soft_gain
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -10.668099,
    weights: [
        0.611459,  // cluster_dice
        1.017285,  // cluster_contain_min
        2.888490,  // cluster_contain_max
        -1.455344, // global_dice
        2.112746,  // global_contain_min
        -1.166730, // global_contain_max
        -6.167671, // bigram_dice
        4.772720,  // char4_dice
        7.554652,  // lcs_ratio
        0.109842,  // numbers_shared
        -0.556215, // numbers_conflict
        -0.363012, // numbers_one_side
        -0.224423, // names_shared
        0.017693,  // names_conflict
        -0.385756, // dates_conflict
        -1.290389, // negation_mismatch
        2.615675,  // length_ratio
        2.808820,  // short
        -1.253343, // url_max
        0.492689,  // title_case_max
        0.752523,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -2.517769, // unshared_weight
        -0.591812, // soft_overlap
        2.620031,  // mean_cosine
        8.471001,  // soft_gain
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.38;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.58;
