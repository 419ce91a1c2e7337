//! The interactive terminal view, the only module that touches the
//! terminal: an Elm loop of `event → keymap → action → state.update`, then
//! a redraw that only borrows the state, the laid-out document and the
//! view model (the same one the exporters write).

pub mod action;
pub mod app;
pub mod export;
pub mod keymap;
pub mod layout;
pub mod nav;
pub mod progress;
mod run;
pub mod side;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod ui;

pub use run::{Exit, run};
