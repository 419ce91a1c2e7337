//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_link_scorer -- --write`
//! (`examples/fit_link_scorer/`) at commit 6dc9072, from MSRP FIT (the first
//! 3000 pairs of `msr_paraphrase_train.txt`, 2910 usable, and 2874 easy negatives)
//! and 2560 labelled candidate pairs of the 11 dev gold clusters. Weights
//! apply to the raw features of `features::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::features::LinearModel;

/// Probability that a candidate pair is a link (same fact or claim).
pub const LINK_MODEL: LinearModel = LinearModel {
    bias: -12.049188,
    weights: [
        9.926206,  // cluster_dice
        7.865734,  // cluster_contain_min
        4.904809,  // cluster_contain_max
        -1.464690, // global_dice
        -3.045512, // global_contain_min
        -3.735554, // global_contain_max
        -2.972362, // bigram_dice
        10.075406, // char4_dice
        5.376996,  // lcs_ratio
        -0.141628, // numbers_shared
        -0.526679, // numbers_conflict
        0.001346,  // numbers_one_side
        -0.908083, // names_shared
        -0.185498, // names_conflict
        -0.111996, // dates_conflict
        -0.140609, // negation_mismatch
        -1.711356, // length_ratio
        1.053317,  // short
        -6.638070, // url_max
        -4.464557, // title_case_max
        -0.025124, // function_min
        -1.280237, // position_gap
        0.107200,  // context
        9.153232,  // unshared_weight
    ],
};

/// Probability that the two sentences say the same thing.
pub const SAME_MODEL: LinearModel = LinearModel {
    bias: -7.997644,
    weights: [
        0.641295,  // cluster_dice
        1.330530,  // cluster_contain_min
        3.383176,  // cluster_contain_max
        -2.242605, // global_dice
        1.010942,  // global_contain_min
        -1.152183, // global_contain_max
        -6.554069, // bigram_dice
        5.880616,  // char4_dice
        7.517779,  // lcs_ratio
        -0.004822, // numbers_shared
        -0.459853, // numbers_conflict
        -0.332501, // numbers_one_side
        -0.367735, // names_shared
        0.066955,  // names_conflict
        0.057384,  // dates_conflict
        -1.276838, // negation_mismatch
        2.560883,  // length_ratio
        2.292760,  // short
        -1.043568, // url_max
        -0.144435, // title_case_max
        0.464953,  // function_min
        0.000000,  // position_gap
        0.000000,  // context
        -1.390244, // unshared_weight
    ],
};

/// Link probability from which a candidate pair is linked by default.
pub const LINK_THRESHOLD: f64 = 0.41;

/// Same-thing probability from which a link is graded `same`.
pub const SAME_THRESHOLD: f64 = 0.57;
