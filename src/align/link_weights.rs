//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit ab411e9, from MSRP FIT (the first
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
        0.000000,  // rank_margin
        0.000000,  // rank_best
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.010;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -23.107568,
    weights: [
        4.379166,  // cluster_dice
        2.632573,  // cluster_contain_min
        2.368352,  // cluster_contain_max
        0.702355,  // global_dice
        0.635093,  // global_contain_min
        -1.230147, // global_contain_max
        -2.074772, // bigram_dice
        7.728871,  // char4_dice
        4.996579,  // lcs_ratio
        0.452947,  // numbers_shared
        -0.462282, // numbers_conflict
        -0.037108, // numbers_one_side
        -1.934280, // names_shared
        -0.080190, // names_conflict
        -0.031705, // dates_conflict
        0.116782,  // negation_mismatch
        -0.173149, // length_ratio
        8.014223,  // short
        -6.686254, // url_max
        -4.375673, // title_case_max
        3.216389,  // function_min
        -1.332289, // position_gap
        1.014168,  // context
        9.522566,  // unshared_weight
        1.223926,  // soft_overlap
        3.930704,  // mean_cosine
        0.663822,  // soft_gain
        -6.508305, // polarity_conflict
        0.000000,  // clause_cover
        1.046744,  // anchor_min
        1.438295,  // anchor_max
        -4.852868, // both_quoted
        7.963784,  // quote_dice
        -3.169561, // counted_conflict
        12.026118, // rank_margin
        -0.681369, // rank_best
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
        0.000000,  // rank_margin
        0.000000,  // rank_best
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.34;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.49;
