//! The coverage strip: beside the panes, for each row on screen, which
//! reports carry it: the report's number where it has the row, `·` where
//! it does not, `│` down the rest of the row. Rows most outlets share read
//! as full lines of digits, a report's own material as a lone digit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::tui::layout::Doc;
use crate::tui::theme::Theme;
use crate::view::ViewModel;

/// Most reports the strip draws (one column each).
pub const MAX_REPORTS: usize = 9;

/// The coverage strip.
#[derive(Debug, Clone, Copy)]
pub struct CoverageStrip<'a> {
    /// The document.
    pub doc: &'a Doc,
    /// The view (which reports carry each row).
    pub view: &'a ViewModel,
    /// Reports in the comparison.
    pub reports: usize,
    /// First document line on screen.
    pub scroll: usize,
    /// Styles.
    pub theme: &'a Theme,
}

impl Widget for &CoverageStrip<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let n = self.reports.min(MAX_REPORTS).min(usize::from(area.width));
        for dy in 0..area.height {
            let line = self.scroll + usize::from(dy);
            let Some(span) = self.doc.row_at(line) else {
                break;
            };
            if line >= span.first_line + span.height || span.folded > 0 {
                continue; // the blank line between rows, or a fold
            }
            let Some(row) = self.view.rows.get(span.view_row) else {
                continue;
            };
            let first = line == span.first_line;
            for r in 0..n {
                let has = row.present.contains(&r);
                let (text, style) = match (has, first) {
                    (true, true) => (
                        char::from_digit(u32::try_from(r + 1).unwrap_or(0), 10).unwrap_or('#'),
                        self.theme.covered,
                    ),
                    (true, false) => ('│', self.theme.covered),
                    (false, true) => ('·', self.theme.dim),
                    (false, false) => (' ', self.theme.dim),
                };
                let x = area.x + u16::try_from(r).unwrap_or(0);
                buf.set_string(x, area.y + dy, text.to_string(), style);
            }
        }
    }
}
