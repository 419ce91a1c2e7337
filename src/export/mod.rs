//! Stage 6: writers that turn a comparison into files. Every format but
//! JSON renders the [`crate::view::ViewModel`], the same data the TUI draws,
//! so what the screen shows, the file shows; JSON is the engine's contract.

pub mod file;
pub mod html;
pub mod json;
pub mod markdown;
mod report;
pub mod text;
