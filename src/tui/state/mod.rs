//! The TUI's small mutable state and its one update function (the Elm
//! loop's `update`): an [`Action`] and the laid-out screen ([`Nav`]) in, a
//! new state and maybe an [`Effect`] out. No terminal, no I/O: side
//! effects (rebuilding for a new pivot, writing an export, quitting) are
//! returned as data for the event loop to carry out.

mod movement;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use crate::model::{ArticleId, SentenceRef};

use super::action::Action;
use super::nav::Nav;

/// Which part of the screen receives movement keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A pane (column), counted from the left.
    Pane(usize),
    /// The side panel.
    Side,
}

/// What the keyboard is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Reading: the key table applies.
    Browse,
    /// The help overlay is open, scrolled down `scroll` lines.
    Help {
        /// First help line shown.
        scroll: usize,
    },
    /// Typing a search; `origin` is the view it started from, which Esc
    /// (and a search that finds nothing) puts back.
    Search {
        /// The query so far.
        query: String,
        /// The view before the search.
        origin: Origin,
    },
    /// Typing the export path.
    ExportPath {
        /// The path so far.
        path: String,
    },
    /// The export file exists: overwrite it?
    ConfirmOverwrite {
        /// The existing file.
        path: String,
    },
}

/// The view a search started from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// First document line on screen.
    pub scroll: usize,
    /// The selected sentence.
    pub selected: Option<SentenceRef>,
    /// The focus.
    pub focus: Focus,
    /// The search before this one (its highlights come back on Esc).
    pub search: String,
}

/// How reports are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    /// The pivot (or a chosen report) left, another report right.
    Two,
    /// One column per report, in input order.
    All,
}

/// How a paragraph longer than its column is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrap {
    /// Wrapped over as many lines as it needs.
    Wrap,
    /// One line per sentence, cut with an ellipsis.
    Truncate,
}

/// Work the event loop does for the update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing beyond redrawing.
    None,
    /// Recompute the comparison with [`UiState::pivot`] as the pivot.
    Repivot,
    /// Write the current view to `path`; replace an existing file only when
    /// `overwrite` (the user said so).
    Export {
        /// Where to write.
        path: String,
        /// The user agreed to replace an existing file.
        overwrite: bool,
    },
    /// Stop the program until the shell resumes it (Ctrl-Z).
    Suspend,
    /// Leave the program.
    Quit,
}

/// Everything about the screen that the user changes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // independent toggles, one key each
pub struct UiState {
    /// The pivot report (rows follow its reading order).
    pub pivot: ArticleId,
    /// Reports shown in the two panes, left then right.
    pub panes: [ArticleId; 2],
    /// Two panes or one column per report.
    pub columns: Columns,
    /// Where movement keys go.
    pub focus: Focus,
    /// Keyboard mode (browse, help, prompts).
    pub mode: Mode,
    /// Side panel shown.
    pub side_panel: bool,
    /// Legend shown.
    pub legend: bool,
    /// Wrap or truncate paragraphs.
    pub wrap: Wrap,
    /// Paragraph numbers (¶) shown.
    pub para_numbers: bool,
    /// Differences only: rows every shown report tells alike are folded.
    pub only_differences: bool,
    /// Folds the reader opened, by their first view row.
    pub expanded: BTreeSet<usize>,
    /// First document line on screen.
    pub scroll: usize,
    /// The selected sentence, whose counterparts light up.
    pub selected: Option<SentenceRef>,
    /// Selected side-panel entry.
    pub side_selected: usize,
    /// The last search, highlighted and used by n/N.
    pub search: String,
    /// A one-line message for the status bar (export written, no match...).
    pub message: Option<String>,
    /// The selection was jumped to (not stepped to): when it is off
    /// screen, bring it to a quarter down the screen rather than to the
    /// nearest edge, so what follows it shows too.
    pub jumped: bool,
}

impl UiState {
    /// The starting state for `reports` reports compared around `pivot`.
    pub fn new(reports: usize, pivot: ArticleId) -> Self {
        let other = usize::from(pivot == 0);
        UiState {
            pivot,
            panes: [pivot, other.min(reports.saturating_sub(1))],
            columns: Columns::Two,
            focus: Focus::Pane(0),
            mode: Mode::Browse,
            side_panel: false,
            legend: false,
            wrap: Wrap::Wrap,
            para_numbers: false,
            only_differences: false,
            expanded: BTreeSet::new(),
            scroll: 0,
            selected: None,
            side_selected: 0,
            search: String::new(),
            message: None,
            jumped: false,
        }
    }

    /// The reports shown, one per pane (column), left to right: the two
    /// panes, or every report with the pivot first (as the view model
    /// orders them).
    pub fn shown(&self, reports: usize) -> Vec<ArticleId> {
        match self.columns {
            Columns::Two => self.panes.to_vec(),
            Columns::All => std::iter::once(self.pivot)
                .chain((0..reports).filter(|&a| a != self.pivot))
                .collect(),
        }
    }

    /// The focused pane, or the last pane focused when the side panel has
    /// the focus (pane 0 then).
    pub fn focused_pane(&self) -> usize {
        match self.focus {
            Focus::Pane(p) => p,
            Focus::Side => 0,
        }
    }

    /// Applies one action. `page` is the height of the panes in lines.
    /// The event loop then rebuilds the layout if the shown reports
    /// changed and calls [`UiState::follow`] with the new one.
    pub fn update(&mut self, action: Action, nav: &dyn Nav, page: usize) -> Effect {
        if !matches!(action, Action::Type(_) | Action::Backspace | Action::Submit) {
            self.message = None;
        }
        match self.mode.clone() {
            Mode::Browse => self.browse(action, nav, page),
            Mode::Help { scroll } => {
                // Movement keys scroll the help (on a short screen it does
                // not fit); the widget stops at its last line.
                self.mode = match action {
                    Action::Help | Action::Cancel | Action::Quit => Mode::Browse,
                    Action::Suspend => return Effect::Suspend,
                    Action::Down => Mode::Help { scroll: scroll + 1 },
                    Action::Scroll(n) => Mode::Help {
                        scroll: scroll.saturating_add_signed(isize::from(n)),
                    },
                    Action::PageDown | Action::HalfPageDown => Mode::Help {
                        scroll: scroll + page / 2,
                    },
                    Action::Up => Mode::Help {
                        scroll: scroll.saturating_sub(1),
                    },
                    Action::PageUp | Action::HalfPageUp => Mode::Help {
                        scroll: scroll.saturating_sub(page / 2),
                    },
                    Action::Top => Mode::Help { scroll: 0 },
                    _ => Mode::Help { scroll },
                };
                Effect::None
            }
            Mode::Search { query, origin } => self.search_input(action, query, origin, nav, page),
            Mode::ExportPath { path } => self.path_input(action, path),
            Mode::ConfirmOverwrite { path } => self.confirm_input(action, path),
        }
    }

    fn browse(&mut self, action: Action, nav: &dyn Nav, page: usize) -> Effect {
        let reports = nav.report_count();
        match action {
            Action::Quit => return Effect::Quit,
            Action::Help => self.mode = Mode::Help { scroll: 0 },
            Action::Cancel => {
                // Closes what is open; the view under it stays as it was.
                self.legend = false;
                self.search.clear();
                if self.focus == Focus::Side {
                    self.focus = Focus::Pane(0);
                }
            }
            Action::ToggleDifferences => {
                self.only_differences = !self.only_differences;
                self.expanded.clear();
                self.message = Some(
                    if self.only_differences {
                        "differences only: rows all shown reports tell alike are folded"
                    } else {
                        "every row shown"
                    }
                    .to_string(),
                );
            }
            Action::ToggleParaNumbers => self.para_numbers = !self.para_numbers,
            Action::Suspend => return Effect::Suspend,
            Action::ToggleSide => {
                self.side_panel = !self.side_panel;
                if !self.side_panel && self.focus == Focus::Side {
                    self.focus = Focus::Pane(0);
                }
            }
            Action::ToggleLegend => self.legend = !self.legend,
            Action::ToggleWrap => {
                self.wrap = match self.wrap {
                    Wrap::Wrap => Wrap::Truncate,
                    Wrap::Truncate => Wrap::Wrap,
                };
            }
            Action::ToggleColumns => self.toggle_columns(reports),
            Action::FocusNext | Action::FocusPrev => self.cycle_focus(action, reports),
            Action::FocusLeft => self.focus = Focus::Pane(self.focused_pane().saturating_sub(1)),
            Action::FocusRight => {
                let last = self.shown(reports).len().saturating_sub(1);
                self.focus = Focus::Pane((self.focused_pane() + 1).min(last));
            }
            Action::NextReport | Action::PrevReport | Action::PickReport(_) => {
                self.switch_report(action, reports);
            }
            Action::MakePivot => return self.make_pivot(),
            Action::SearchStart => {
                self.mode = Mode::Search {
                    query: String::new(),
                    origin: self.origin(),
                };
            }
            Action::Export => {
                self.mode = Mode::ExportPath {
                    path: "storydiff-view.txt".to_string(),
                };
            }
            _ => self.movement(action, nav, page),
        }
        Effect::None
    }

    fn toggle_columns(&mut self, reports: usize) {
        self.columns = match self.columns {
            Columns::Two if reports > 2 => Columns::All,
            Columns::Two => {
                self.message = Some("only two reports: both are shown".to_string());
                Columns::Two
            }
            Columns::All => Columns::Two,
        };
        if let Focus::Pane(p) = self.focus {
            self.focus = Focus::Pane(p.min(self.shown(reports).len() - 1));
        }
    }

    fn cycle_focus(&mut self, action: Action, reports: usize) {
        let panes = self.shown(reports).len();
        // Positions 0..panes are panes, `panes` is the side panel.
        let slots = panes + usize::from(self.side_panel);
        let now = match self.focus {
            Focus::Pane(p) => p,
            Focus::Side => panes,
        };
        let next = if action == Action::FocusNext {
            (now + 1) % slots
        } else {
            (now + slots - 1) % slots
        };
        self.focus = if next == panes {
            Focus::Side
        } else {
            Focus::Pane(next)
        };
    }

    fn switch_report(&mut self, action: Action, reports: usize) {
        if self.columns == Columns::All {
            self.message = Some("every report has a column: press c for two panes".to_string());
            return;
        }
        let pane = self.focused_pane().min(1);
        let now = self.panes[pane];
        let other = self.panes[1 - pane];
        // Never the same report in both panes: stepping skips the other
        // pane's report, picking it swaps the panes.
        let step = |from: usize, forward: bool| {
            let mut r = from;
            loop {
                r = if forward {
                    (r + 1) % reports
                } else {
                    (r + reports - 1) % reports
                };
                if r != other || r == from {
                    return r;
                }
            }
        };
        match action {
            Action::NextReport => self.panes[pane] = step(now, true),
            Action::PrevReport => self.panes[pane] = step(now, false),
            Action::PickReport(n) if usize::from(n) >= reports => {
                self.message = Some(format!("there is no report {}", n + 1));
                return;
            }
            Action::PickReport(n) if usize::from(n) == other => self.panes.swap(0, 1),
            Action::PickReport(n) => self.panes[pane] = usize::from(n),
            _ => {}
        }
        self.focus = Focus::Pane(pane);
    }

    fn make_pivot(&mut self) -> Effect {
        let report = match (self.columns, self.focus) {
            (Columns::All, Focus::Pane(p)) => p,
            _ => self.panes[self.focused_pane().min(1)],
        };
        if report == self.pivot {
            self.message = Some(format!("report {} is already the pivot", report + 1));
            return Effect::None;
        }
        // The new pivot goes left, the old one right, so the comparison the
        // reader was looking at stays on screen.
        let old = self.pivot;
        self.pivot = report;
        self.panes = [report, old];
        self.focus = Focus::Pane(0);
        Effect::Repivot
    }

    fn origin(&self) -> Origin {
        Origin {
            scroll: self.scroll,
            selected: self.selected,
            focus: self.focus,
            search: self.search.clone(),
        }
    }

    fn restore(&mut self, origin: &Origin) {
        self.scroll = origin.scroll;
        self.selected = origin.selected;
        self.focus = origin.focus;
    }

    fn search_input(
        &mut self,
        action: Action,
        mut query: String,
        origin: Origin,
        nav: &dyn Nav,
        page: usize,
    ) -> Effect {
        match action {
            Action::Quit => return Effect::Quit,
            Action::Suspend => return Effect::Suspend,
            Action::Cancel => {
                // Undo the as-you-type jumps and highlights.
                self.mode = Mode::Browse;
                self.restore(&origin);
                self.search = origin.search;
                self.message = None;
                return Effect::None;
            }
            Action::Submit => {
                self.mode = Mode::Browse;
                if query.is_empty() {
                    self.search = origin.search;
                }
                return Effect::None;
            }
            Action::Type(c) => query.push(c),
            Action::Backspace => {
                query.pop();
            }
            _ => {}
        }
        // Incremental: show the first match at or after where the search
        // began, wrapping round to the top; no match leaves the view where
        // the search began.
        self.search.clone_from(&query);
        self.restore(&origin);
        self.message = None;
        if !query.is_empty() {
            let start = self
                .selected
                .and_then(|s| nav.locate(s))
                .map_or((origin.scroll, 0), |s| (s.line, s.pane));
            self.jump_match(nav, page, start, true, true);
        }
        self.mode = Mode::Search { query, origin };
        Effect::None
    }

    fn path_input(&mut self, action: Action, mut path: String) -> Effect {
        match action {
            Action::Quit => return Effect::Quit,
            Action::Cancel => {
                self.mode = Mode::Browse;
                self.message = Some("export cancelled".to_string());
                return Effect::None;
            }
            Action::Submit if path.trim().is_empty() => {
                self.message = Some("give a file name".to_string());
            }
            Action::Submit => {
                self.mode = Mode::Browse;
                return Effect::Export {
                    path: path.trim().to_string(),
                    overwrite: false,
                };
            }
            Action::Suspend => return Effect::Suspend,
            Action::Type(c) => path.push(c),
            Action::Backspace => {
                path.pop();
            }
            _ => {}
        }
        self.mode = Mode::ExportPath { path };
        Effect::None
    }

    fn confirm_input(&mut self, action: Action, path: String) -> Effect {
        match action {
            Action::Quit => Effect::Quit,
            Action::Suspend => Effect::Suspend,
            Action::Type('y' | 'Y') => {
                self.mode = Mode::Browse;
                Effect::Export {
                    path,
                    overwrite: true,
                }
            }
            Action::Type('n' | 'N') | Action::Cancel => {
                // Back to the path, to pick another name.
                self.mode = Mode::ExportPath { path };
                Effect::None
            }
            _ => Effect::None,
        }
    }

    /// The export target exists: ask before replacing it.
    pub fn ask_overwrite(&mut self, path: String) {
        self.mode = Mode::ConfirmOverwrite { path };
    }

    /// Shows a one-line message in the status bar until the next key.
    pub fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }
}
