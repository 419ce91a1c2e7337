//! One report's pane: the laid-out lines from the scroll position down,
//! a gutter marking each row by how many of *all* the reports carry it,
//! as the coverage strip does (every report `=`, some `~`, one `+`;
//! off-topic `x`, meta `.`; `┊` where this report has nothing), the
//! highlights of the view, and on top the selection, its linked sentences
//! and search matches. A fold line (differences only) has no gutter mark.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::model::SentenceRef;
use crate::tui::layout::{Doc, PaneLines};
use crate::tui::theme::Theme;
use crate::view::ViewModel;
use crate::view::text::{Line, width};

use super::areas::GUTTER;

/// One pane.
#[derive(Debug, Clone, Copy)]
pub struct Pane<'a> {
    /// The document.
    pub doc: &'a Doc,
    /// The view (row statuses).
    pub view: &'a ViewModel,
    /// This pane's lines.
    pub lines: &'a PaneLines,
    /// First document line on screen.
    pub scroll: usize,
    /// The selected sentence.
    pub selected: Option<SentenceRef>,
    /// Sentences linked to it.
    pub linked: &'a [SentenceRef],
    /// The search, lower-case ("" for none).
    pub search: &'a str,
    /// Reports in the comparison (the gutter counts them all).
    pub reports: usize,
    /// Styles.
    pub theme: &'a Theme,
}

impl Pane<'_> {
    fn style(&self, seg: &crate::view::Segment) -> Style {
        let mut style = self.theme.mark(seg.shown_mark());
        if let Some(s) = seg.sentence {
            if self.selected == Some(s) {
                style = style.patch(self.theme.selected);
            } else if self.linked.contains(&s) {
                style = style.patch(self.theme.counterpart);
            }
        }
        style
    }

    fn draw_line(&self, line: &Line, x: u16, y: u16, w: u16, buf: &mut Buffer) {
        let mut col = x;
        let end = x + w;
        for seg in line {
            if col >= end {
                break;
            }
            let style = self.style(seg);
            let (next, _) = buf.set_stringn(col, y, &seg.text, usize::from(end - col), style);
            // The view measured the text; trust its width so that a
            // grapheme the two libraries see differently cannot shift the
            // rest of the line.
            let w = u16::try_from(width(&seg.text)).unwrap_or(u16::MAX);
            col = col.saturating_add(w).max(next.min(end));
        }
        if !self.search.is_empty() {
            self.mark_matches(line, x, y, w, buf);
        }
    }

    /// Restyles the cells under each search match.
    fn mark_matches(&self, line: &Line, x: u16, y: u16, w: u16, buf: &mut Buffer) {
        // Graphemes with their columns, lower-cased for comparison.
        let mut chars: Vec<(String, u16)> = Vec::new();
        let mut col = x;
        for seg in line {
            for c in seg.text.chars() {
                chars.push((c.to_lowercase().collect(), col));
                col = col.saturating_add(u16::try_from(width(&c.to_string())).unwrap_or(1));
            }
        }
        let needle: Vec<String> = self
            .search
            .chars()
            .map(|c| c.to_lowercase().collect())
            .collect();
        if needle.is_empty() || chars.len() < needle.len() {
            return;
        }
        let mut i = 0;
        while i + needle.len() <= chars.len() {
            if chars[i..i + needle.len()]
                .iter()
                .map(|c| &c.0)
                .eq(needle.iter())
            {
                let from = chars[i].1;
                let to = chars.get(i + needle.len()).map_or(col, |c| c.1);
                let to = to.min(x + w);
                if to > from {
                    buf.set_style(Rect::new(from, y, to - from, 1), self.theme.search);
                }
                i += needle.len();
            } else {
                i += 1;
            }
        }
    }
}

impl Widget for &Pane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let text_x = area.x + GUTTER.min(area.width);
        let text_w = area.width.saturating_sub(GUTTER);
        for dy in 0..area.height {
            let line_no = self.scroll + usize::from(dy);
            let y = area.y + dy;
            let Some(span_i) = self.doc.line_row.get(line_no).copied() else {
                break;
            };
            let Some(span) = self.doc.rows.get(span_i) else {
                continue;
            };
            let in_row = line_no >= span.first_line && line_no < span.first_line + span.height;
            let filled = self.lines.filled.get(span_i).copied().unwrap_or(false);
            if in_row && !filled {
                buf.set_string(area.x, y, "┊", self.theme.dim);
                continue;
            }
            if in_row
                && span.folded == 0
                && line_no == span.first_line
                && let Some(row) = self.view.rows.get(span.view_row)
            {
                let status = super::legend::gutter_status(row, self.reports);
                let mark = status.gutter().to_string();
                buf.set_string(area.x, y, mark, self.theme.row(status));
            }
            if let Some(line) = self.lines.lines.get(line_no) {
                self.draw_line(line, text_x, y, text_w, buf);
            }
        }
    }
}
