//! Drawing: widgets that borrow the state, the laid-out document, the view
//! model and the theme, and never compute a diff, a wrap or an alignment.
//! [`Screen`] puts them where [`areas::Areas`] says.

pub mod areas;
pub mod header;
pub mod help;
pub mod legend;
pub mod pane;
pub mod side_panel;
pub mod status;
pub mod strip;
pub mod too_small;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::view::{RowStatus, ViewModel};

use super::keymap::Keymap;
use super::layout::Doc;
use super::nav::Nav;
use super::state::{Focus, Mode, UiState};
use super::theme::Theme;
use areas::Areas;
use header::PaneHeader;
use help::Help;
use legend::Legend;
use pane::Pane;
use side_panel::SidePanel;
use status::{Position, StatusBar};
use strip::CoverageStrip;
use too_small::TooSmall;

/// Everything one frame draws, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct Screen<'a> {
    /// The view of the shown reports.
    pub view: &'a ViewModel,
    /// The laid-out document.
    pub doc: &'a Doc,
    /// The user's state.
    pub state: &'a UiState,
    /// Where things go.
    pub areas: &'a Areas,
    /// Styles.
    pub theme: &'a Theme,
    /// Highlights are spelt out with markers (no colour).
    pub markers: bool,
    /// The keys (help, hints).
    pub keymap: &'a Keymap,
    /// Share (0-1) of all words in sentences linked across reports.
    pub shared: f64,
    /// What the sanitiser removed from the inputs, one line each.
    pub warnings: &'a [String],
}

impl Screen<'_> {
    /// Position for the status bar.
    fn position(&self) -> Position {
        let lines = self.doc.line_count();
        let page = usize::from(self.areas.body_height());
        // The selected sentence's row when it is on screen, else the top.
        let on_screen = |l: usize| l >= self.state.scroll && l < self.state.scroll + page;
        let line = self
            .state
            .selected
            .and_then(|s| self.doc.locate(s))
            .map(|s| s.line)
            .filter(|&l| on_screen(l))
            .unwrap_or(self.state.scroll);
        let span = self.doc.row_at(line);
        let row = span.and_then(|s| self.view.rows.get(s.view_row));
        Position {
            row: span.map_or(0, |s| s.view_row + 1),
            rows: self.view.rows.len(),
            percent: ((self.state.scroll + page) * 100)
                .checked_div(lines)
                .map_or(100, |p| p.min(100)),
            similarity: row
                .filter(|r| matches!(r.status, RowStatus::Matched | RowStatus::Partial))
                .map(|r| r.similarity),
            shared: self.shared,
        }
    }
}

impl Widget for &Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let a = self.areas;
        if a.too_small {
            TooSmall { theme: t }.render(area, buf);
            return;
        }
        let search = self.state.search.to_lowercase();
        let linked = self.state.selected.map_or(&[][..], |s| self.doc.linked(s));
        for (k, p) in a.panes.iter().enumerate() {
            if let Some(h) = self.view.headers.iter().find(|h| h.article == p.article) {
                PaneHeader {
                    header: h,
                    pivot: p.article == self.state.pivot,
                    focused: self.state.focus == Focus::Pane(p.index),
                    theme: t,
                }
                .render(p.header, buf);
            }
            if let Some(lines) = self.doc.panes.get(k) {
                Pane {
                    doc: self.doc,
                    view: self.view,
                    lines,
                    scroll: self.state.scroll,
                    selected: self.state.selected,
                    linked,
                    search: &search,
                    reports: self.doc.report_count(),
                    theme: t,
                }
                .render(p.body, buf);
            }
            if k + 1 < a.panes.len() {
                let x = p.body.x + p.body.width;
                for y in p.header.y..p.body.y + p.body.height {
                    buf.set_string(x, y, "│", t.border);
                }
            }
        }
        if let Some(r) = a.strip {
            CoverageStrip {
                doc: self.doc,
                view: self.view,
                reports: self.doc.report_count(),
                scroll: self.state.scroll,
                theme: t,
            }
            .render(r, buf);
        }
        if let Some(r) = a.side {
            SidePanel {
                entries: self.doc.side(),
                selected: self.state.side_selected,
                focused: self.state.focus == Focus::Side,
                theme: t,
            }
            .render(r, buf);
        }
        if let Some(r) = a.legend {
            Legend {
                view: self.view,
                markers: self.markers,
                theme: t,
            }
            .render(r, buf);
        }
        if let Some(r) = a.banner {
            let text = banner_text(self.shared, self.warnings, self.keymap);
            buf.set_style(r, t.warning);
            buf.set_stringn(r.x, r.y, text, usize::from(r.width), t.warning);
        }
        StatusBar {
            state: self.state,
            position: self.position(),
            theme: t,
            keymap: self.keymap,
        }
        .render(a.status, buf);
        if let Mode::Help { scroll } = self.state.mode {
            let marks = legend::screen_marks(self.view, self.markers, self.doc.report_count());
            Help {
                theme: t,
                keymap: self.keymap,
                marks: &marks,
                warnings: self.warnings,
                scroll,
            }
            .render(area, buf);
        }
    }
}

/// The banner: reports that share little, then what the sanitiser removed
/// (the first input's line; the help lists every one).
fn banner_text(shared: f64, warnings: &[String], keymap: &Keymap) -> String {
    let mut parts = Vec::new();
    if shared < super::app::LOW_SHARE {
        parts.push(format!(
            "These reports share little ({:.0}% linked): they may not be about the same event.",
            shared * 100.0
        ));
    }
    if let Some(first) = warnings.first() {
        let more = match warnings.len() {
            1 => String::new(),
            n => format!(" (+{} more)", n - 1),
        };
        let help = keymap.key_for(super::action::Action::Help);
        parts.push(format!("{first}{more}; {help} lists it"));
    }
    format!(" ⚠ {}", parts.join(" ⚠ "))
}
