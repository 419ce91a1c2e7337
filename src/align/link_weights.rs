//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit f4cbc27, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2558 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.119463,
    weights: [
        9.169219,  // cluster_dice
        7.102298,  // cluster_contain_min
        3.530962,  // cluster_contain_max
        0.080091,  // global_dice
        -0.688668, // global_contain_min
        -2.963339, // global_contain_max
        -0.546813, // bigram_dice
        11.313348, // char4_dice
        0.000000,  // lcs_ratio
        -0.507533, // numbers_shared
        -0.498569, // numbers_conflict
        -0.004944, // numbers_one_side
        -0.774388, // names_shared
        -0.175580, // names_conflict
        -0.146853, // dates_conflict
        -0.073151, // negation_mismatch
        -0.873575, // length_ratio
        3.091213,  // short
        -6.340214, // url_max
        -4.604483, // title_case_max
        1.040340,  // function_min
        -1.408230, // position_gap
        0.254857,  // context
        9.251387,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -6.004997, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -4.405937, // both_quoted
        7.084567,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.881609,
    weights: [
        9.403054,  // cluster_dice
        7.284604,  // cluster_contain_min
        4.175863,  // cluster_contain_max
        -1.064778, // global_dice
        -1.661638, // global_contain_min
        -4.443405, // global_contain_max
        -3.200256, // bigram_dice
        9.395555,  // char4_dice
        5.314515,  // lcs_ratio
        -0.562419, // numbers_shared
        -0.450965, // numbers_conflict
        0.028099,  // numbers_one_side
        -0.878302, // names_shared
        -0.109582, // names_conflict
        -0.055945, // dates_conflict
        0.074850,  // negation_mismatch
        -0.754774, // length_ratio
        6.580797,  // short
        -5.671121, // url_max
        -3.600319, // title_case_max
        1.780722,  // function_min
        -1.516967, // position_gap
        0.308317,  // context
        10.481311, // unshared_weight
        -1.406756, // soft_overlap
        3.156002,  // mean_cosine
        2.209384,  // soft_gain
        -6.025642, // polarity_conflict
        0.000000,  // clause_cover
        1.534940,  // anchor_min
        1.705511,  // anchor_max
        -4.618028, // both_quoted
        7.225757,  // quote_dice
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.343584,
    weights: [
        0.897110,  // cluster_dice
        1.549086,  // cluster_contain_min
        3.260131,  // cluster_contain_max
        -1.288364, // global_dice
        2.343907,  // global_contain_min
        -0.927291, // global_contain_max
        -6.013294, // bigram_dice
        4.500742,  // char4_dice
        7.363075,  // lcs_ratio
        0.090054,  // numbers_shared
        -0.533424, // numbers_conflict
        -0.319344, // numbers_one_side
        -0.232426, // names_shared
        0.020987,  // names_conflict
        -0.494141, // dates_conflict
        -1.246774, // negation_mismatch
        2.765795,  // length_ratio
        4.089241,  // short
        -1.792661, // url_max
        0.455525,  // title_case_max
        0.975720,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.203788, // unshared_weight
        -0.161084, // soft_overlap
        2.721714,  // mean_cosine
        8.614656,  // soft_gain
        -2.668485, // polarity_conflict
        -2.091575, // clause_cover
        0.168049,  // anchor_min
        -0.114092, // anchor_max
        -1.070643, // both_quoted
        1.884323,  // quote_dice
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.39;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.49;
