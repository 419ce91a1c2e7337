//! The side panel: quotes, unique facts, substitutions and off-topic
//! paragraphs under headings, the chosen entry highlighted, scrolled so it
//! stays in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::tui::nav::{EntryKind, SideEntry};
use crate::tui::side::heading;
use crate::tui::theme::Theme;

/// The side panel widget.
#[derive(Debug, Clone, Copy)]
pub struct SidePanel<'a> {
    /// The entries.
    pub entries: &'a [SideEntry],
    /// The chosen entry.
    pub selected: usize,
    /// Whether it has the focus.
    pub focused: bool,
    /// Styles.
    pub theme: &'a Theme,
}

impl SidePanel<'_> {
    fn style(&self, kind: EntryKind) -> Style {
        let t = self.theme;
        match kind {
            EntryKind::SharedQuote => t.quote_shared,
            EntryKind::AlteredQuote => t.quote_altered,
            EntryKind::UniqueQuote => t.quote_unique,
            EntryKind::UniqueFact => t.fact_unique,
            EntryKind::Conflict => t.mark(crate::view::Mark::Conflict),
            EntryKind::Substitution => t.replaced,
            EntryKind::OffTopic => t.offtopic,
        }
    }
}

impl Widget for &SidePanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = Block::default()
            .borders(Borders::LEFT)
            .border_style(if self.focused {
                t.border_focus
            } else {
                t.border
            })
            .title(Span::styled(" Findings ", t.title));
        let inner = block.inner(area);
        block.render(area, buf);
        let mut lines: Vec<Line> = Vec::new();
        let mut selected_line = 0;
        let mut section = None;
        for (i, e) in self.entries.iter().enumerate() {
            if section != Some(e.section) {
                if section.is_some() {
                    lines.push(Line::default());
                }
                let count = self
                    .entries
                    .iter()
                    .filter(|x| x.section == e.section)
                    .count();
                lines.push(Line::styled(
                    format!("{} ({count})", heading(e.section)),
                    t.title,
                ));
                section = Some(e.section);
            }
            let mut style = self.style(e.kind);
            if i == self.selected && self.focused {
                style = style.patch(t.selected);
                selected_line = lines.len();
            }
            lines.push(Line::styled(e.text.clone(), style));
        }
        if lines.is_empty() {
            let none = "No quotes, unique facts, substitutions or off-topic \
                        paragraphs in the shown reports.";
            Paragraph::new(Line::styled(none, t.dim))
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        // Keep the chosen entry on screen.
        let h = usize::from(inner.height);
        let top = selected_line.saturating_sub(h.saturating_sub(2));
        let top = u16::try_from(top).unwrap_or(0);
        Paragraph::new(lines).scroll((top, 0)).render(inner, buf);
    }
}
