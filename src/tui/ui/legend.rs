//! The legend: every highlight drawn in its own style (with its
//! no-colour markers), then the row gutter's markers, flowed over as many
//! lines as the width needs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::tui::theme::Theme;
use crate::view::text::width;
use crate::view::{RowStatus, ViewModel};

/// The legend widget.
#[derive(Debug, Clone, Copy)]
pub struct Legend<'a> {
    /// The view (its legend entries).
    pub view: &'a ViewModel,
    /// Show the no-colour markers (they are in the text only then).
    pub markers: bool,
    /// Styles.
    pub theme: &'a Theme,
}

/// Items as (text, which style): highlights, then gutter markers.
fn items(view: &ViewModel, markers: bool) -> Vec<(String, Item)> {
    let mut out: Vec<(String, Item)> = view
        .legend
        .iter()
        .map(|e| {
            let text = if markers {
                format!("{}{}{}", e.open, e.label, e.close)
            } else {
                e.label.to_string()
            };
            (text, Item::Mark(e.mark))
        })
        .collect();
    for s in RowStatus::ALL {
        out.push((format!("{} {}", s.gutter(), s.label()), Item::Row(s)));
    }
    out
}

#[derive(Debug, Clone, Copy)]
enum Item {
    Mark(crate::view::Mark),
    Row(RowStatus),
}

/// Positions of items flowed into lines of `w` columns: (line, column).
fn flow(items: &[(String, Item)], w: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut line, mut col) = (0, 0);
    for (text, _) in items {
        let iw = width(text);
        if col > 0 && col + iw > w {
            line += 1;
            col = 0;
        }
        out.push((line, col));
        col += iw + 2;
    }
    out
}

impl Legend<'_> {
    /// Lines the legend needs at width `w` (plus its top rule).
    pub fn height(view: &ViewModel, w: u16, markers: bool) -> u16 {
        let it = items(view, markers);
        let lines = flow(&it, usize::from(w)).last().map_or(0, |p| p.0 + 1);
        u16::try_from(lines + 1).unwrap_or(u16::MAX)
    }
}

impl Widget for &Legend<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height == 0 {
            return;
        }
        let rule = "─".repeat(usize::from(area.width));
        buf.set_string(area.x, area.y, rule, self.theme.border);
        buf.set_string(area.x + 1, area.y, " Legend ", self.theme.title);
        let it = items(self.view, self.markers);
        for ((text, item), (line, col)) in it.iter().zip(flow(&it, usize::from(area.width))) {
            let y = area.y + 1 + u16::try_from(line).unwrap_or(u16::MAX);
            if y >= area.y + area.height {
                break;
            }
            let style: Style = match item {
                Item::Mark(m) => self.theme.mark(*m),
                Item::Row(r) => self.theme.row(*r),
            };
            let x = area.x + u16::try_from(col).unwrap_or(0);
            buf.set_stringn(
                x,
                y,
                text,
                usize::from(area.width).saturating_sub(col),
                style,
            );
        }
    }
}
