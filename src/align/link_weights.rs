//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit f95115c, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2558 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.120019,
    weights: [
        9.168944,  // cluster_dice
        7.102141,  // cluster_contain_min
        3.530614,  // cluster_contain_max
        0.079997,  // global_dice
        -0.688854, // global_contain_min
        -2.962306, // global_contain_max
        -0.547520, // bigram_dice
        11.313974, // char4_dice
        0.000000,  // lcs_ratio
        -0.507439, // numbers_shared
        -0.498448, // numbers_conflict
        -0.004821, // numbers_one_side
        -0.774487, // names_shared
        -0.175744, // names_conflict
        -0.146788, // dates_conflict
        -0.073093, // negation_mismatch
        -0.873297, // length_ratio
        3.090180,  // short
        -6.339448, // url_max
        -4.603409, // title_case_max
        1.041448,  // function_min
        -1.408586, // position_gap
        0.254915,  // context
        9.251218,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -6.005000, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -4.406024, // both_quoted
        7.084589,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.882212,
    weights: [
        9.402968,  // cluster_dice
        7.284567,  // cluster_contain_min
        4.175781,  // cluster_contain_max
        -1.064952, // global_dice
        -1.661827, // global_contain_min
        -4.443019, // global_contain_max
        -3.200545, // bigram_dice
        9.396018,  // char4_dice
        5.314231,  // lcs_ratio
        -0.562385, // numbers_shared
        -0.450911, // numbers_conflict
        0.028163,  // numbers_one_side
        -0.878360, // names_shared
        -0.109668, // names_conflict
        -0.055895, // dates_conflict
        0.074879,  // negation_mismatch
        -0.754558, // length_ratio
        6.580613,  // short
        -5.670790, // url_max
        -3.599702, // title_case_max
        1.781402,  // function_min
        -1.517153, // position_gap
        0.308344,  // context
        10.481282, // unshared_weight
        -1.407046, // soft_overlap
        3.156416,  // mean_cosine
        2.209299,  // soft_gain
        -6.025689, // polarity_conflict
        0.000000,  // clause_cover
        1.535022,  // anchor_min
        1.705627,  // anchor_max
        -4.618082, // both_quoted
        7.225781,  // quote_dice
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
