//! Fitted weights of the page-furniture / off-topic model. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_noise -- --write`
//! (`examples/fit_noise/`) at commit e2cd3e8, from the 535 paragraphs
//! (41 labelled off-topic) of the 17 dev gold clusters and 25 pasted
//! blocks (one cluster's story pasted into another's report). A logistic
//! model on the raw cues of `cues::CUE_NAMES`; the figures it was judged by
//! are leave-one-cluster-out (the example prints them).

#![allow(clippy::unreadable_literal, reason = "generated, full precision")]

use super::Logistic;

/// Page furniture: fitted on the dev gold's off-topic labels.
pub const FURNITURE: Logistic = Logistic {
    bias: -6.409229042292995,
    weights: [
        0.3726796154106425,  // log_words
        2.8030141310953955,  // no_end_punct
        -1.9404193339441145, // title_case
        11.859561348419755,  // all_caps
        2.639613954244044,   // label
        4.411874012092468,   // address
        3.605468512530392,   // web_words
        1.3556877669765321,  // no_verb
        3.2888966210483392,  // near_bottom
        -2.541847090143323,  // near_top
        1.7320607413575846,  // meta_line
        -1.8933739478157585, // repeated_line
        0.0,                 // foreign_words
        0.0,                 // vector_gap
        1.4531903976589964,  // nb_link_lines
        0.0,                 // nb_foreign_words
        2.0008688199202393,  // under_label
    ],
    threshold: 0.44,
};
/// Pasted blocks of another story: fitted on pasted blocks against story paragraphs.
pub const BLOCK: Logistic = Logistic {
    bias: -5.661358082988796,
    weights: [
        0.7995867120917856,  // log_words
        -0.481454782618304,  // no_end_punct
        -0.5666181418277112, // title_case
        6.049273948116452,   // all_caps
        -1.0875342713019205, // label
        0.0,                 // address
        0.0,                 // web_words
        -1.2676732872632186, // no_verb
        0.0,                 // near_bottom
        0.0,                 // near_top
        -0.3491504942327491, // meta_line
        -1.973814748331771,  // repeated_line
        3.2619014499760333,  // foreign_words
        8.56627101549982,    // vector_gap
        -1.778130739529092,  // nb_link_lines
        5.116548185884903,   // nb_foreign_words
        -1.3121486080194729, // under_label
    ],
    threshold: 0.52,
};
/// Furniture probability from which a paragraph is furniture before alignment.
pub const SURE: f64 = 0.99;
