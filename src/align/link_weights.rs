//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 2e6ab39, from MSRP FIT (the first
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
        0.000000,  // counted_conflict
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.967105,
    weights: [
        9.405168,  // cluster_dice
        7.352643,  // cluster_contain_min
        4.261590,  // cluster_contain_max
        -1.078674, // global_dice
        -1.632708, // global_contain_min
        -4.616321, // global_contain_max
        -3.270685, // bigram_dice
        9.417757,  // char4_dice
        5.308498,  // lcs_ratio
        -0.026154, // numbers_shared
        -0.471284, // numbers_conflict
        0.017366,  // numbers_one_side
        -0.831330, // names_shared
        -0.160955, // names_conflict
        -0.009150, // dates_conflict
        0.059667,  // negation_mismatch
        -0.821975, // length_ratio
        6.335456,  // short
        -5.610267, // url_max
        -3.533605, // title_case_max
        2.109897,  // function_min
        -1.541157, // position_gap
        0.323901,  // context
        10.528949, // unshared_weight
        -1.400624, // soft_overlap
        3.145593,  // mean_cosine
        2.423378,  // soft_gain
        -5.950877, // polarity_conflict
        0.000000,  // clause_cover
        1.533680,  // anchor_min
        1.706786,  // anchor_max
        -4.599875, // both_quoted
        7.208033,  // quote_dice
        -2.706417, // counted_conflict
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.353350,
    weights: [
        0.898487,  // cluster_dice
        1.557191,  // cluster_contain_min
        3.255995,  // cluster_contain_max
        -1.289446, // global_dice
        2.339734,  // global_contain_min
        -0.920510, // global_contain_max
        -6.021809, // bigram_dice
        4.506196,  // char4_dice
        7.363772,  // lcs_ratio
        0.097698,  // numbers_shared
        -0.532465, // numbers_conflict
        -0.318608, // numbers_one_side
        -0.233603, // names_shared
        0.021681,  // names_conflict
        -0.496672, // dates_conflict
        -1.246919, // negation_mismatch
        2.778203,  // length_ratio
        4.104368,  // short
        -1.810418, // url_max
        0.448282,  // title_case_max
        0.965974,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.192819, // unshared_weight
        -0.166915, // soft_overlap
        2.720127,  // mean_cosine
        8.599599,  // soft_gain
        -2.667073, // polarity_conflict
        -2.095170, // clause_cover
        0.170369,  // anchor_min
        -0.112298, // anchor_max
        -1.071521, // both_quoted
        1.886206,  // quote_dice
        -0.177747, // counted_conflict
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.41;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.49;
