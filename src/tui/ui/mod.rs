//! Drawing: widgets that borrow the state, the layout and the theme, and
//! never compute a diff, a wrap or an alignment.

pub mod areas;
pub mod help;
pub mod side_panel;
pub mod status;
pub mod too_small;
