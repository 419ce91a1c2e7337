//! Fitted weights of the page-furniture / off-topic model. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_noise -- --write`
//! (`examples/fit_noise/`) at commit 21ff7a0, from the 535 paragraphs
//! (41 labelled off-topic) of the 17 dev gold clusters and 25 pasted
//! blocks (one cluster's story pasted into another's report). A logistic
//! model on the raw cues of `cues::CUE_NAMES`; the figures it was judged by
//! are leave-one-cluster-out (the example prints them).

#![allow(clippy::unreadable_literal, reason = "generated, full precision")]

use super::Logistic;

/// Page furniture: fitted on the dev gold's off-topic labels.
pub const FURNITURE: Logistic = Logistic {
    bias: -6.453787880326976,
    weights: [
        0.3843109551045085,  // log_words
        2.838312621885965,   // no_end_punct
        -1.8887747224988096, // title_case
        11.695960772361618,  // all_caps
        2.6242480716371603,  // label
        4.405005690118524,   // address
        3.584424401830358,   // web_words
        1.338349047388639,   // no_verb
        3.2954873017639565,  // near_bottom
        -2.5155886482604095, // near_top
        1.6844890569732247,  // meta_line
        -1.8933488319338985, // repeated_line
        0.0,                 // foreign_words
        0.0,                 // vector_gap
        1.3760880352028548,  // nb_link_lines
        0.0,                 // nb_foreign_words
        2.0295771208208557,  // under_label
    ],
    threshold: 0.44,
};
/// Pasted blocks of another story: fitted on pasted blocks against story paragraphs.
pub const BLOCK: Logistic = Logistic {
    bias: -5.655951036511745,
    weights: [
        0.7992336319874971,   // log_words
        -0.45468797784183373, // no_end_punct
        -0.5425788619668294,  // title_case
        5.990422198268568,    // all_caps
        -1.0998832294727854,  // label
        0.0,                  // address
        0.0,                  // web_words
        -1.2578503161852552,  // no_verb
        0.0,                  // near_bottom
        0.0,                  // near_top
        -0.36384843780370685, // meta_line
        -1.9720999571327014,  // repeated_line
        3.2692613195905094,   // foreign_words
        8.504785319924295,    // vector_gap
        -1.8475219662789,     // nb_link_lines
        5.1113572778635845,   // nb_foreign_words
        -1.3076265348288794,  // under_label
    ],
    threshold: 0.52,
};
/// Furniture probability from which a paragraph is furniture before alignment.
pub const SURE: f64 = 0.99;
