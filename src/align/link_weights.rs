//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit c2aec46, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2558 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.132671,
    weights: [
        9.170642,  // cluster_dice
        7.102621,  // cluster_contain_min
        3.530747,  // cluster_contain_max
        0.080709,  // global_dice
        -0.689980, // global_contain_min
        -2.963461, // global_contain_max
        -0.543966, // bigram_dice
        11.310362, // char4_dice
        0.000000,  // lcs_ratio
        -0.507360, // numbers_shared
        -0.497890, // numbers_conflict
        -0.004753, // numbers_one_side
        -0.773317, // names_shared
        -0.175385, // names_conflict
        -0.144014, // dates_conflict
        -0.073394, // negation_mismatch
        -0.869966, // length_ratio
        3.105142,  // short
        -6.340788, // url_max
        -4.605424, // title_case_max
        1.045713,  // function_min
        -1.407871, // position_gap
        0.255462,  // context
        9.260085,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -6.005529, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -4.405686, // both_quoted
        7.084294,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.898231,
    weights: [
        9.403359,  // cluster_dice
        7.282294,  // cluster_contain_min
        4.176646,  // cluster_contain_max
        -1.065259, // global_dice
        -1.664046, // global_contain_min
        -4.443524, // global_contain_max
        -3.198100, // bigram_dice
        9.392028,  // char4_dice
        5.314710,  // lcs_ratio
        -0.561658, // numbers_shared
        -0.450673, // numbers_conflict
        0.028538,  // numbers_one_side
        -0.877710, // names_shared
        -0.109471, // names_conflict
        -0.050142, // dates_conflict
        0.074716,  // negation_mismatch
        -0.749139, // length_ratio
        6.599976,  // short
        -5.673138, // url_max
        -3.600967, // title_case_max
        1.786168,  // function_min
        -1.516036, // position_gap
        0.309939,  // context
        10.492498, // unshared_weight
        -1.408857, // soft_overlap
        3.159806,  // mean_cosine
        2.199939,  // soft_gain
        -6.026530, // polarity_conflict
        0.000000,  // clause_cover
        1.535688,  // anchor_min
        1.707289,  // anchor_max
        -4.617736, // both_quoted
        7.225560,  // quote_dice
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
