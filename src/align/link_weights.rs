//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 082e0c4, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2561 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.012599,
    weights: [
        9.189854,  // cluster_dice
        7.224544,  // cluster_contain_min
        3.529860,  // cluster_contain_max
        -0.054826, // global_dice
        -0.774485, // global_contain_min
        -2.978890, // global_contain_max
        -0.579476, // bigram_dice
        11.317554, // char4_dice
        0.000000,  // lcs_ratio
        -0.380015, // numbers_shared
        -0.491786, // numbers_conflict
        -0.018892, // numbers_one_side
        -0.717685, // names_shared
        -0.161638, // names_conflict
        -0.159886, // dates_conflict
        -0.083195, // negation_mismatch
        -0.921157, // length_ratio
        3.062361,  // short
        -6.395411, // url_max
        -4.717348, // title_case_max
        1.014894,  // function_min
        -1.380339, // position_gap
        0.224936,  // context
        9.216491,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -5.973934, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -4.400342, // both_quoted
        7.092386,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.462490,
    weights: [
        9.348491,  // cluster_dice
        7.302833,  // cluster_contain_min
        4.236753,  // cluster_contain_max
        -1.210498, // global_dice
        -1.817284, // global_contain_min
        -4.381432, // global_contain_max
        -3.258804, // bigram_dice
        9.533343,  // char4_dice
        5.544161,  // lcs_ratio
        -0.472225, // numbers_shared
        -0.435209, // numbers_conflict
        0.027188,  // numbers_one_side
        -0.816348, // names_shared
        -0.118839, // names_conflict
        -0.069805, // dates_conflict
        0.066061,  // negation_mismatch
        -0.899169, // length_ratio
        6.208794,  // short
        -5.793875, // url_max
        -3.734432, // title_case_max
        1.576725,  // function_min
        -1.505467, // position_gap
        0.322269,  // context
        10.401672, // unshared_weight
        -1.660096, // soft_overlap
        3.226096,  // mean_cosine
        2.052471,  // soft_gain
        -6.089067, // polarity_conflict
        0.000000,  // clause_cover
        1.511973,  // anchor_min
        1.706113,  // anchor_max
        -4.581907, // both_quoted
        7.219953,  // quote_dice
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.210564,
    weights: [
        0.869607,  // cluster_dice
        1.347968,  // cluster_contain_min
        3.328419,  // cluster_contain_max
        -1.393464, // global_dice
        2.389810,  // global_contain_min
        -1.170920, // global_contain_max
        -6.072653, // bigram_dice
        4.691459,  // char4_dice
        7.315666,  // lcs_ratio
        0.112650,  // numbers_shared
        -0.516666, // numbers_conflict
        -0.320642, // numbers_one_side
        -0.224208, // names_shared
        0.012064,  // names_conflict
        -0.436541, // dates_conflict
        -1.255733, // negation_mismatch
        2.774210,  // length_ratio
        3.886209,  // short
        -1.849884, // url_max
        0.431547,  // title_case_max
        0.884659,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.337359, // unshared_weight
        -0.296038, // soft_overlap
        2.898461,  // mean_cosine
        8.484615,  // soft_gain
        -2.602491, // polarity_conflict
        -1.988538, // clause_cover
        0.164171,  // anchor_min
        0.038193,  // anchor_max
        -1.040436, // both_quoted
        1.859416,  // quote_dice
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.39;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.54;
