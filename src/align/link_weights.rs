//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 61a403b, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2561 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.405591,
    weights: [
        9.522230,  // cluster_dice
        7.315330,  // cluster_contain_min
        3.600490,  // cluster_contain_max
        -0.002981, // global_dice
        -1.221339, // global_contain_min
        -2.932159, // global_contain_max
        -0.758946, // bigram_dice
        11.136373, // char4_dice
        0.000000,  // lcs_ratio
        -0.385593, // numbers_shared
        -0.496131, // numbers_conflict
        -0.046024, // numbers_one_side
        -0.841859, // names_shared
        -0.162264, // names_conflict
        -0.171630, // dates_conflict
        -0.058468, // negation_mismatch
        -0.855343, // length_ratio
        3.298097,  // short
        -6.411583, // url_max
        -4.763592, // title_case_max
        0.644800,  // function_min
        -1.346946, // position_gap
        0.385312,  // context
        9.835379,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -5.876914, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -3.672266, // both_quoted
        6.420626,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.733436,
    weights: [
        9.662476,  // cluster_dice
        7.348674,  // cluster_contain_min
        4.300588,  // cluster_contain_max
        -1.155718, // global_dice
        -2.262869, // global_contain_min
        -4.317201, // global_contain_max
        -3.294158, // bigram_dice
        9.379713,  // char4_dice
        5.228181,  // lcs_ratio
        -0.476530, // numbers_shared
        -0.434744, // numbers_conflict
        -0.004501, // numbers_one_side
        -0.937904, // names_shared
        -0.122541, // names_conflict
        -0.083457, // dates_conflict
        0.098965,  // negation_mismatch
        -0.814381, // length_ratio
        6.296250,  // short
        -5.792210, // url_max
        -3.800082, // title_case_max
        1.144300,  // function_min
        -1.468467, // position_gap
        0.485725,  // context
        10.933477, // unshared_weight
        -1.575236, // soft_overlap
        3.221455,  // mean_cosine
        2.040662,  // soft_gain
        -5.956375, // polarity_conflict
        0.000000,  // clause_cover
        1.509732,  // anchor_min
        1.678352,  // anchor_max
        -3.693354, // both_quoted
        6.400403,  // quote_dice
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.107671,
    weights: [
        0.890666,  // cluster_dice
        1.435323,  // cluster_contain_min
        3.332235,  // cluster_contain_max
        -1.494316, // global_dice
        2.268486,  // global_contain_min
        -1.078055, // global_contain_max
        -6.029418, // bigram_dice
        4.704133,  // char4_dice
        7.356284,  // lcs_ratio
        0.117776,  // numbers_shared
        -0.509695, // numbers_conflict
        -0.325450, // numbers_one_side
        -0.228511, // names_shared
        0.022427,  // names_conflict
        -0.445473, // dates_conflict
        -1.274632, // negation_mismatch
        2.769723,  // length_ratio
        3.721849,  // short
        -1.842259, // url_max
        0.457132,  // title_case_max
        0.922893,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.499150, // unshared_weight
        -0.417912, // soft_overlap
        2.899863,  // mean_cosine
        8.630385,  // soft_gain
        -2.590707, // polarity_conflict
        -1.977709, // clause_cover
        0.149136,  // anchor_min
        0.060699,  // anchor_max
        -0.613299, // both_quoted
        1.305933,  // quote_dice
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.41;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.49;
