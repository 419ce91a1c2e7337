//! Fitted weights of the unique-sentence model. GENERATED: do not edit.
//!
//! Produced by `cargo run --release --example fit_unique_facts -- --write`
//! (`examples/fit_unique_facts/`) from 505 labelled sentences (139 unique)
//! of the 11 dev gold clusters; leave-one-cluster-out macro F1 0.76 at the
//! threshold below. Weights apply to the raw features of
//! `uniqueness::FEATURE_NAMES`.

#![allow(clippy::unreadable_literal, reason = "a generated table")]

use super::uniqueness::UniqueModel;

/// The model over `uniqueness::FEATURE_NAMES`.
pub const UNIQUE_MODEL: UniqueModel = UniqueModel {
    bias: 3.334651,
    weights: [
        -0.856986,  // same_link
        -13.433497, // related_link
        -1.405882,  // best_cover
        -1.730268,  // best_dice
        3.020451,   // novelty
        0.660325,   // own_numbers
        0.808062,   // own_names
        0.304493,   // shared_facts
        -0.423331,  // terms
        2.618171,   // position
        -4.292470,  // best_soft
        -1.202751,  // reports
    ],
};

/// Probability from which a sentence is listed as a unique fact (the
/// threshold with the best leave-one-cluster-out macro F1).
pub const UNIQUE_THRESHOLD: f64 = 0.40;
