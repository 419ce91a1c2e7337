//! Fitted weights of the page-furniture / off-topic model. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_noise -- --write`
//! (`examples/fit_noise/`) at commit aafcca0, from the 535 paragraphs
//! (41 labelled off-topic) of the 17 dev gold clusters and 25 pasted
//! blocks (one cluster's story pasted into another's report). A logistic
//! model on the raw cues of `cues::CUE_NAMES`; the figures it was judged by
//! are leave-one-cluster-out (the example prints them).

#![allow(clippy::unreadable_literal, reason = "generated, full precision")]

use super::Logistic;

/// Page furniture: fitted on the dev gold's off-topic labels.
pub const FURNITURE: Logistic = Logistic {
    bias: -6.443885285997634,
    weights: [
        0.37821772161939554, // log_words
        2.809305231446414,   // no_end_punct
        -1.9770037845702952, // title_case
        11.888690388885907,  // all_caps
        2.637565155424786,   // label
        4.427748193503496,   // address
        3.6314320343034656,  // web_words
        1.3681916229139943,  // no_verb
        3.290870161934505,   // near_bottom
        -2.443521196346885,  // near_top
        1.7647827482371294,  // meta_line
        -1.8930626469052059, // repeated_line
        0.0,                 // foreign_words
        0.0,                 // vector_gap
        1.5981008293150987,  // nb_link_lines
        0.0,                 // nb_foreign_words
        1.9337741838108848,  // under_label
    ],
    threshold: 0.43,
};
/// Pasted blocks of another story: fitted on pasted blocks against story paragraphs.
pub const BLOCK: Logistic = Logistic {
    bias: -5.657429527817081,
    weights: [
        0.7982126975635905,   // log_words
        -0.488792795497862,   // no_end_punct
        -0.5716567484558156,  // title_case
        6.085671840991236,    // all_caps
        -1.0860399872701822,  // label
        0.0,                  // address
        0.0,                  // web_words
        -1.2700140119419265,  // no_verb
        0.0,                  // near_bottom
        0.0,                  // near_top
        -0.34645802983948754, // meta_line
        -1.975246624754881,   // repeated_line
        3.2633481779041627,   // foreign_words
        8.566145906201774,    // vector_gap
        -1.7635632075419807,  // nb_link_lines
        5.118703388064616,    // nb_foreign_words
        -1.313075026751314,   // under_label
    ],
    threshold: 0.53,
};
/// Furniture probability from which a paragraph is furniture before alignment.
pub const SURE: f64 = 0.99;
