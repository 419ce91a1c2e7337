//! What the user asked for, independent of the key that asked: the keymap
//! turns events into [`Action`]s and [`super::state::UiState::update`]
//! applies them. Keeping this a plain enum lets the state be tested
//! without a terminal.

/// One user intention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Select the next sentence in the focused pane (or next side entry).
    Down,
    /// Select the previous sentence (or previous side entry).
    Up,
    /// Scroll half a screen down.
    HalfPageDown,
    /// Scroll half a screen up.
    HalfPageUp,
    /// Scroll a screen down.
    PageDown,
    /// Scroll a screen up.
    PageUp,
    /// Go to the first row.
    Top,
    /// Go to the last row.
    Bottom,
    /// Scroll the view by this many lines (mouse wheel), keeping the
    /// selection on screen.
    Scroll(i16),
    /// Move focus: left pane → right pane → side panel.
    FocusNext,
    /// Move focus the other way.
    FocusPrev,
    /// Focus the left pane.
    FocusLeft,
    /// Focus the right pane.
    FocusRight,
    /// Next sentence with changed words or an unmatched paragraph.
    NextChange,
    /// Previous change.
    PrevChange,
    /// Next quotation.
    NextQuote,
    /// Previous quotation.
    PrevQuote,
    /// Next sentence carrying a fact only one report has.
    NextFact,
    /// Previous unique fact.
    PrevFact,
    /// Next sentence with a conflicting figure.
    NextConflict,
    /// Previous conflicting figure.
    PrevConflict,
    /// Show the next report in the focused pane.
    NextReport,
    /// Show the previous report in the focused pane.
    PrevReport,
    /// Show report `n` (0-based) in the focused pane.
    PickReport(u8),
    /// Make the focused pane's report the pivot the rows follow.
    MakePivot,
    /// Jump to the selected sentence's next linked sentence (or, in the
    /// side panel, to the chosen entry).
    Jump,
    /// Start typing a search.
    SearchStart,
    /// Next search match.
    SearchNext,
    /// Previous search match.
    SearchPrev,
    /// Differences only: fold rows every shown report tells alike, or
    /// show every row again.
    ToggleDifferences,
    /// Expand the folded rows on screen.
    ExpandFold,
    /// Show or hide paragraph numbers (¶).
    ToggleParaNumbers,
    /// Show or hide the side panel.
    ToggleSide,
    /// Show or hide the legend.
    ToggleLegend,
    /// Wrap paragraphs, or show one truncated line per sentence.
    ToggleWrap,
    /// Two panes, or one column per report.
    ToggleColumns,
    /// Ask for a path and export the current view as text.
    Export,
    /// Open or close the help overlay.
    Help,
    /// Close an overlay or prompt, clear the search.
    Cancel,
    /// Leave the program.
    Quit,
    /// Stop the program (Ctrl-Z); the shell's `fg` resumes it.
    Suspend,
    /// A left click at a screen cell; the application turns it into one
    /// of the `*At` actions below by what is drawn there.
    Click {
        /// Column.
        x: u16,
        /// Row.
        y: u16,
    },
    /// Focus pane `pane` and select its sentence at document line `line`.
    SelectAt {
        /// The pane, among the shown reports.
        pane: usize,
        /// The document line.
        line: usize,
    },
    /// Focus the side panel and choose entry `n`.
    SideAt(usize),
    /// Expand the fold drawn at document line `line`.
    ExpandAt(usize),
    /// A character typed into the search or path prompt.
    Type(char),
    /// Delete the character before the prompt's end.
    Backspace,
    /// Confirm the prompt.
    Submit,
}
