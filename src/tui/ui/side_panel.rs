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

/// The panel's lines at `width` columns: headings, then each entry
/// wrapped (a hanging indent under its marker), with the entry each line
/// belongs to.
fn layout(entries: &[SideEntry], width: usize) -> Vec<(String, Option<usize>)> {
    let mut lines = Vec::new();
    let mut section = None;
    for (i, e) in entries.iter().enumerate() {
        if section != Some(e.section) {
            if section.is_some() {
                lines.push((String::new(), None));
            }
            let count = entries.iter().filter(|x| x.section == e.section).count();
            lines.push((format!("{} ({count})", heading(e.section)), None));
            section = Some(e.section);
        }
        let segs = [crate::view::Segment::new(
            e.text.clone(),
            crate::view::Mark::Plain,
            None,
        )];
        for (k, l) in crate::view::text::wrap(&segs, width.saturating_sub(2).max(8))
            .iter()
            .enumerate()
        {
            let text: String = l.iter().map(|s| s.text.as_str()).collect();
            let indent = if k == 0 { "" } else { "  " };
            lines.push((format!("{indent}{}", text.trim_end()), Some(i)));
        }
    }
    lines
}

/// The first line shown when `selected` is chosen in a panel `height`
/// lines high: the chosen entry kept in view.
fn top(lines: &[(String, Option<usize>)], selected: usize, height: usize) -> usize {
    let first = lines
        .iter()
        .position(|(_, e)| *e == Some(selected))
        .unwrap_or(0);
    let last = lines
        .iter()
        .rposition(|(_, e)| *e == Some(selected))
        .unwrap_or(0);
    let top = (last + 2).saturating_sub(height);
    top.min(first)
}

/// The entry drawn at line `line` (from the top of `area`) of the panel,
/// for a mouse click.
pub fn entry_at(entries: &[SideEntry], area: Rect, selected: usize, line: usize) -> Option<usize> {
    let inner_w = usize::from(area.width.saturating_sub(1));
    let lines = layout(entries, inner_w);
    // The block's title takes the first line.
    let line = line.checked_sub(1)?;
    let t = top(&lines, selected, usize::from(area.height.saturating_sub(1)));
    lines.get(t + line).and_then(|(_, e)| *e)
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
        let laid = layout(self.entries, usize::from(inner.width));
        if laid.is_empty() {
            let none = "No quotes, unique facts, substitutions or off-topic \
                        paragraphs in the shown reports.";
            Paragraph::new(Line::styled(none, t.dim))
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        let lines: Vec<Line> = laid
            .iter()
            .map(|(text, e)| match e {
                None => Line::styled(text.clone(), t.title),
                Some(i) => {
                    let mut style = self.entries.get(*i).map_or(t.text, |x| self.style(x.kind));
                    if *i == self.selected && self.focused {
                        style = style.patch(t.selected);
                    }
                    Line::styled(text.clone(), style)
                }
            })
            .collect();
        let h = usize::from(inner.height);
        let top = u16::try_from(top(&laid, self.selected, h)).unwrap_or(0);
        Paragraph::new(lines).scroll((top, 0)).render(inner, buf);
    }
}
