//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit a87534b, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2558 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -12.756237,
    weights: [
        9.561591,  // cluster_dice
        7.786094,  // cluster_contain_min
        3.840827,  // cluster_contain_max
        -0.611903, // global_dice
        -1.372840, // global_contain_min
        -3.564327, // global_contain_max
        -0.695278, // bigram_dice
        11.418664, // char4_dice
        0.000000,  // lcs_ratio
        -0.631907, // numbers_shared
        -0.421652, // numbers_conflict
        -0.018733, // numbers_one_side
        -0.751681, // names_shared
        -0.213317, // names_conflict
        -0.114126, // dates_conflict
        0.066350,  // negation_mismatch
        -0.793844, // length_ratio
        3.569496,  // short
        -6.112802, // url_max
        -4.534340, // title_case_max
        1.480683,  // function_min
        -0.621397, // position_gap
        -0.549038, // context
        7.540699,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        -5.101312, // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -4.217737, // both_quoted
        6.950113,  // quote_dice
        0.000000,  // counted_conflict
        0.000000,  // rank_margin
        0.000000,  // rank_best
        2.093236,  // lead
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.010;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -24.098158,
    weights: [
        4.483728,  // cluster_dice
        2.991620,  // cluster_contain_min
        3.152542,  // cluster_contain_max
        -0.202739, // global_dice
        -0.280292, // global_contain_min
        -1.323852, // global_contain_max
        -2.428274, // bigram_dice
        7.418832,  // char4_dice
        5.879004,  // lcs_ratio
        0.392657,  // numbers_shared
        -0.352423, // numbers_conflict
        -0.053937, // numbers_one_side
        -1.950971, // names_shared
        -0.089334, // names_conflict
        -0.049044, // dates_conflict
        0.301632,  // negation_mismatch
        -0.168242, // length_ratio
        8.892301,  // short
        -6.646859, // url_max
        -3.930497, // title_case_max
        4.753863,  // function_min
        0.081857,  // position_gap
        0.329679,  // context
        8.459942,  // unshared_weight
        -0.228302, // soft_overlap
        4.099021,  // mean_cosine
        0.701367,  // soft_gain
        -5.284247, // polarity_conflict
        0.000000,  // clause_cover
        1.225344,  // anchor_min
        1.168847,  // anchor_max
        -4.502062, // both_quoted
        7.714787,  // quote_dice
        -2.884820, // counted_conflict
        13.058882, // rank_margin
        -0.439637, // rank_best
        2.841048,  // lead
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
        0.000000,  // lead
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.34;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.49;
