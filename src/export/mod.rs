//! Stage 4: writers that turn a comparison into files.

pub mod json;
