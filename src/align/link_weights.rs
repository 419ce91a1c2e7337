//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 291cdea, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2558 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.121294,
    weights: [
        9.169387,  // cluster_dice
        7.102583,  // cluster_contain_min
        3.530653,  // cluster_contain_max
        0.080296,  // global_dice
        -0.688712, // global_contain_min
        -2.963423, // global_contain_max
        -0.546759, // bigram_dice
        11.313618, // char4_dice
        0.000000,  // lcs_ratio
        -0.507569, // numbers_shared
        -0.498688, // numbers_conflict
        -0.005067, // numbers_one_side
        -0.774350, // names_shared
        -0.175549, // names_conflict
        -0.146725, // dates_conflict
        -0.073155, // negation_mismatch
        -0.873369, // length_ratio
        3.093141,  // short
        -6.340171, // url_max
        -4.604843, // title_case_max
        1.040973,  // function_min
        -1.408301, // position_gap
        0.254815,  // context
        9.253048,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -6.004896, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -4.405858, // both_quoted
        7.084508,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.883870,
    weights: [
        9.403227,  // cluster_dice
        7.284869,  // cluster_contain_min
        4.175564,  // cluster_contain_max
        -1.064611, // global_dice
        -1.661837, // global_contain_min
        -4.443413, // global_contain_max
        -3.200310, // bigram_dice
        9.395708,  // char4_dice
        5.314689,  // lcs_ratio
        -0.562458, // numbers_shared
        -0.451073, // numbers_conflict
        0.028013,  // numbers_one_side
        -0.878292, // names_shared
        -0.109561, // names_conflict
        -0.055815, // dates_conflict
        0.074867,  // negation_mismatch
        -0.754471, // length_ratio
        6.583077,  // short
        -5.670978, // url_max
        -3.600682, // title_case_max
        1.781368,  // function_min
        -1.517016, // position_gap
        0.308292,  // context
        10.483410, // unshared_weight
        -1.406512, // soft_overlap
        3.155927,  // mean_cosine
        2.208884,  // soft_gain
        -6.025531, // polarity_conflict
        0.000000,  // clause_cover
        1.535009,  // anchor_min
        1.705522,  // anchor_max
        -4.617935, // both_quoted
        7.225718,  // quote_dice
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.370512,
    weights: [
        0.851355,  // cluster_dice
        1.553236,  // cluster_contain_min
        3.204561,  // cluster_contain_max
        -1.280655, // global_dice
        2.370588,  // global_contain_min
        -0.883881, // global_contain_max
        -6.027971, // bigram_dice
        4.496451,  // char4_dice
        7.386449,  // lcs_ratio
        0.091705,  // numbers_shared
        -0.546358, // numbers_conflict
        -0.320666, // numbers_one_side
        -0.233491, // names_shared
        0.018373,  // names_conflict
        -0.494779, // dates_conflict
        -1.249019, // negation_mismatch
        2.788562,  // length_ratio
        4.070446,  // short
        -1.799060, // url_max
        0.477332,  // title_case_max
        0.999012,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.208345, // unshared_weight
        -0.147466, // soft_overlap
        2.741283,  // mean_cosine
        8.644099,  // soft_gain
        -2.661962, // polarity_conflict
        -2.094912, // clause_cover
        0.167094,  // anchor_min
        -0.120822, // anchor_max
        -1.070497, // both_quoted
        1.884216,  // quote_dice
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.39;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.41;
