//! The interactive terminal view (the only module that touches the
//! terminal): an Elm loop of `event → keymap → action → state.update`,
//! then a redraw that only borrows the state and the view model.

pub mod action;
pub mod keymap;
pub mod nav;
pub mod side;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod ui;
