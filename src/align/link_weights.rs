//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit a84a475, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2558 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.122071,
    weights: [
        9.169868,  // cluster_dice
        7.102776,  // cluster_contain_min
        3.530608,  // cluster_contain_max
        0.080293,  // global_dice
        -0.689044, // global_contain_min
        -2.963522, // global_contain_max
        -0.546926, // bigram_dice
        11.313987, // char4_dice
        0.000000,  // lcs_ratio
        -0.507608, // numbers_shared
        -0.498714, // numbers_conflict
        -0.005069, // numbers_one_side
        -0.774353, // names_shared
        -0.175562, // names_conflict
        -0.146745, // dates_conflict
        -0.073143, // negation_mismatch
        -0.873272, // length_ratio
        3.093858,  // short
        -6.340156, // url_max
        -4.604994, // title_case_max
        1.041035,  // function_min
        -1.408277, // position_gap
        0.254829,  // context
        9.253730,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -6.004978, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -4.405824, // both_quoted
        7.084496,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.884796,
    weights: [
        9.403769,  // cluster_dice
        7.285159,  // cluster_contain_min
        4.175604,  // cluster_contain_max
        -1.064673, // global_dice
        -1.662175, // global_contain_min
        -4.443639, // global_contain_max
        -3.200544, // bigram_dice
        9.396087,  // char4_dice
        5.314778,  // lcs_ratio
        -0.562503, // numbers_shared
        -0.451069, // numbers_conflict
        0.028013,  // numbers_one_side
        -0.878304, // names_shared
        -0.109569, // names_conflict
        -0.055829, // dates_conflict
        0.074882,  // negation_mismatch
        -0.754385, // length_ratio
        6.583922,  // short
        -5.670983, // url_max
        -3.600862, // title_case_max
        1.781453,  // function_min
        -1.517008, // position_gap
        0.308291,  // context
        10.484206, // unshared_weight
        -1.406525, // soft_overlap
        3.155914,  // mean_cosine
        2.208926,  // soft_gain
        -6.025631, // polarity_conflict
        0.000000,  // clause_cover
        1.535048,  // anchor_min
        1.705576,  // anchor_max
        -4.617911, // both_quoted
        7.225721,  // quote_dice
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.362596,
    weights: [
        0.886844,  // cluster_dice
        1.565978,  // cluster_contain_min
        3.240106,  // cluster_contain_max
        -1.290300, // global_dice
        2.354121,  // global_contain_min
        -0.909220, // global_contain_max
        -6.012186, // bigram_dice
        4.501468,  // char4_dice
        7.363990,  // lcs_ratio
        0.090461,  // numbers_shared
        -0.534839, // numbers_conflict
        -0.318897, // numbers_one_side
        -0.234287, // names_shared
        0.018430,  // names_conflict
        -0.494323, // dates_conflict
        -1.247199, // negation_mismatch
        2.774539,  // length_ratio
        4.098438,  // short
        -1.794393, // url_max
        0.462194,  // title_case_max
        0.982580,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.197711, // unshared_weight
        -0.159784, // soft_overlap
        2.718278,  // mean_cosine
        8.639260,  // soft_gain
        -2.669258, // polarity_conflict
        -2.088714, // clause_cover
        0.170435,  // anchor_min
        -0.123652, // anchor_max
        -1.071326, // both_quoted
        1.885126,  // quote_dice
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.39;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.49;
