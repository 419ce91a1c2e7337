//! Fitted weights of the page-furniture / off-topic model. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_noise -- --write`
//! (`examples/fit_noise/`) at commit 58e3499, from the 535 paragraphs
//! (41 labelled off-topic) of the 17 dev gold clusters and 25 pasted
//! blocks (one cluster's story pasted into another's report). A logistic
//! model on the raw cues of `cues::CUE_NAMES`; the figures it was judged by
//! are leave-one-cluster-out (the example prints them).

#![allow(clippy::unreadable_literal, reason = "generated, full precision")]

use super::Logistic;

/// Page furniture: fitted on the dev gold's off-topic labels.
pub const FURNITURE: Logistic = Logistic {
    bias: -6.60766565409333,
    weights: [
        0.42520545493448,    // log_words
        2.8929714233072623,  // no_end_punct
        -1.69299135665077,   // title_case
        11.803985660395972,  // all_caps
        2.5743165462882613,  // label
        4.397191556897962,   // address
        3.544334508534948,   // web_words
        1.396887250980661,   // no_verb
        3.276484849768047,   // near_bottom
        -2.596715312302824,  // near_top
        1.564761581040483,   // meta_line
        -1.8930258831921072, // repeated_line
        0.0,                 // foreign_words
        0.0,                 // vector_gap
        1.3381870148328474,  // nb_link_lines
        0.0,                 // nb_foreign_words
        2.017004927826133,   // under_label
    ],
    threshold: 0.51,
};
/// Pasted blocks of another story: fitted on pasted blocks against story paragraphs.
pub const BLOCK: Logistic = Logistic {
    bias: -5.647028585586956,
    weights: [
        0.7978427558391079,   // log_words
        -0.45530731150069237, // no_end_punct
        -0.5368339680795275,  // title_case
        5.924901834988555,    // all_caps
        -1.1017499290149364,  // label
        0.0,                  // address
        0.0,                  // web_words
        -1.258558854653126,   // no_verb
        0.0,                  // near_bottom
        0.0,                  // near_top
        -0.36702425634344127, // meta_line
        -1.9733189490023353,  // repeated_line
        3.2610955211229196,   // foreign_words
        8.511075728447508,    // vector_gap
        -1.8713673791624335,  // nb_link_lines
        5.111812063383754,    // nb_foreign_words
        -1.3068893352626814,  // under_label
    ],
    threshold: 0.52,
};
/// Furniture probability from which a paragraph is furniture before alignment.
pub const SURE: f64 = 0.99;
