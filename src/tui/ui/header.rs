//! A pane's header: report number and title on the first line (marked
//! when focused), label, pivot mark and summary on the second.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::tui::theme::Theme;
use crate::view::Header;

/// A pane header.
#[derive(Debug, Clone, Copy)]
pub struct PaneHeader<'a> {
    /// The view's header for the report.
    pub header: &'a Header,
    /// The report is the pivot.
    pub pivot: bool,
    /// The pane has the focus.
    pub focused: bool,
    /// Styles.
    pub theme: &'a Theme,
}

impl Widget for &PaneHeader<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let w = usize::from(area.width);
        let h = self.header;
        let (mark, style) = if self.focused {
            ("▶", t.border_focus.patch(t.title))
        } else {
            (" ", t.title)
        };
        // A cut header ends in "…", so a cut title never reads as whole.
        let cut = |s: String| crate::view::text::truncate(&s, w);
        let first = cut(format!("{mark}{} {}", h.article + 1, h.title));
        buf.set_stringn(area.x, area.y, first, w, style);
        if area.height > 1 {
            let pivot = if self.pivot { " · pivot" } else { "" };
            let second = cut(format!("  {}{pivot} · {}", h.label, h.summary));
            buf.set_stringn(area.x, area.y + 1, second, w, t.dim);
        }
    }
}
