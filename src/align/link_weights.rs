//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 94b654f, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2561 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link, from the cheap features only.
pub const CHEAP_MODEL: LinearModel = LinearModel {
    bias: -13.682775,
    weights: [
        9.308234,  // cluster_dice
        7.161800,  // cluster_contain_min
        3.659596,  // cluster_contain_max
        0.117771,  // global_dice
        -0.896290, // global_contain_min
        -2.884615, // global_contain_max
        -0.951788, // bigram_dice
        11.183087, // char4_dice
        0.000000,  // lcs_ratio
        -0.381509, // numbers_shared
        -0.435870, // numbers_conflict
        0.039553,  // numbers_one_side
        -1.025832, // names_shared
        -0.203008, // names_conflict
        -0.144072, // dates_conflict
        -0.141897, // negation_mismatch
        -0.874769, // length_ratio
        3.201957,  // short
        -6.339823, // url_max
        -4.469181, // title_case_max
        1.234961,  // function_min
        -1.398990, // position_gap
        -0.151776, // context
        9.915152,  // unshared_weight
        0.000000,  // soft_overlap
        0.000000,  // mean_cosine
        0.000000,  // soft_gain
        0.000000,  // polarity_conflict
        0.000000,  // clause_cover
    ],
};

/// Cheap-model probability below which a candidate pair is set aside.
pub const CHEAP_FLOOR: f64 = 0.050;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -16.960777,
    weights: [
        9.439215,  // cluster_dice
        6.804765,  // cluster_contain_min
        3.314613,  // cluster_contain_max
        0.422667,  // global_dice
        -1.099076, // global_contain_min
        -3.403691, // global_contain_max
        -3.507349, // bigram_dice
        8.649621,  // char4_dice
        5.159256,  // lcs_ratio
        -0.223855, // numbers_shared
        -0.560064, // numbers_conflict
        0.072113,  // numbers_one_side
        -0.725700, // names_shared
        -0.185906, // names_conflict
        -0.464696, // dates_conflict
        -0.097770, // negation_mismatch
        -0.991486, // length_ratio
        5.576351,  // short
        -5.589364, // url_max
        -3.503217, // title_case_max
        1.676843,  // function_min
        -1.451192, // position_gap
        -0.242588, // context
        9.420525,  // unshared_weight
        1.360161,  // soft_overlap
        1.972717,  // mean_cosine
        4.897024,  // soft_gain
        0.000000,  // polarity_conflict
        0.000000,  // clause_cover
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -11.127367,
    weights: [
        0.840475,  // cluster_dice
        1.400594,  // cluster_contain_min
        3.250540,  // cluster_contain_max
        -1.416790, // global_dice
        2.280785,  // global_contain_min
        -0.856202, // global_contain_max
        -5.904708, // bigram_dice
        4.640935,  // char4_dice
        7.420083,  // lcs_ratio
        0.076737,  // numbers_shared
        -0.540944, // numbers_conflict
        -0.350767, // numbers_one_side
        -0.232805, // names_shared
        0.040428,  // names_conflict
        -0.474986, // dates_conflict
        -1.277604, // negation_mismatch
        2.797889,  // length_ratio
        3.588132,  // short
        -1.660882, // url_max
        0.478524,  // title_case_max
        1.026113,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.555999, // unshared_weight
        -0.246030, // soft_overlap
        2.665662,  // mean_cosine
        8.792599,  // soft_gain
        -2.580024, // polarity_conflict
        -1.866295, // clause_cover
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.39;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.53;
