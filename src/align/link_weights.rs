//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 7cc329b, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2561 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.219943,
    weights: [
        9.383856,  // cluster_dice
        7.182858,  // cluster_contain_min
        3.637268,  // cluster_contain_max
        0.079113,  // global_dice
        -0.999766, // global_contain_min
        -2.936349, // global_contain_max
        -1.298643, // bigram_dice
        11.203931, // char4_dice
        0.000000,  // lcs_ratio
        -0.348102, // numbers_shared
        -0.489594, // numbers_conflict
        -0.058087, // numbers_one_side
        -0.901020, // names_shared
        -0.143878, // names_conflict
        -0.147759, // dates_conflict
        -0.057368, // negation_mismatch
        -0.948036, // length_ratio
        2.916334,  // short
        -6.346564, // url_max
        -4.706468, // title_case_max
        0.919828,  // function_min
        -1.351516, // position_gap
        -0.052898, // context
        9.659950,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        0.000000,  // polarity_conflict
        0.000000,  // clause_cover
        0.000000,  // anchor_min
        0.000000,  // anchor_max
        -3.645321, // both_quoted
        6.402780,  // quote_dice
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -17.475711,
    weights: [
        9.516347,  // cluster_dice
        7.113037,  // cluster_contain_min
        4.360890,  // cluster_contain_max
        -0.992098, // global_dice
        -1.954055, // global_contain_min
        -4.387360, // global_contain_max
        -3.852620, // bigram_dice
        9.477723,  // char4_dice
        5.193861,  // lcs_ratio
        -0.418464, // numbers_shared
        -0.426898, // numbers_conflict
        -0.015737, // numbers_one_side
        -0.988839, // names_shared
        -0.103306, // names_conflict
        -0.063984, // dates_conflict
        0.098156,  // negation_mismatch
        -0.893283, // length_ratio
        5.871210,  // short
        -5.661488, // url_max
        -3.781471, // title_case_max
        1.367310,  // function_min
        -1.474006, // position_gap
        0.039390,  // context
        10.707561, // unshared_weight
        -1.289153, // soft_overlap
        2.981670,  // mean_cosine
        2.211134,  // soft_gain
        0.000000,  // polarity_conflict
        0.000000,  // clause_cover
        1.448722,  // anchor_min
        1.606142,  // anchor_max
        -3.685859, // both_quoted
        6.400822,  // quote_dice
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
