//! storydiff compares several news reports of the same event.
//!
//! The pipeline, one module a stage:
//!
//! 1. [`load`] reads files, folders, stdin (plain text, Markdown, JSON) into
//!    [`model::Article`]s: paragraphs with a kind and sentences.
//! 2. [`align`] builds the N-way [`align::Alignment`]: rows of paragraphs that
//!    tell the same thing, sentence links across reports, word diffs.
//! 3. [`analysis`] reads the alignment for quotes, facts, wording and noise.
//! 4. [`Comparison`] holds all of it, immutable; [`export`] writes it.
//!
//! [`batch`] runs the whole pipeline over many clusters, one a JSONL line.
//!
//! Only the `tui` module (in the binary's layer) touches the terminal.

pub mod align;
pub mod analysis;
pub mod batch;
pub mod config;
pub mod export;
pub mod load;
pub mod model;
pub mod text;
pub mod theme;
pub mod tui;
pub mod view;

mod comparison;
mod memory;

pub use comparison::{Comparison, Options, Stage};
