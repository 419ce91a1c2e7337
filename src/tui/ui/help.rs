//! The help overlay, generated from the key table ([`Keymap`], the config
//! file's keys included): every key the handler knows, grouped, then every
//! mark the screen can show and what the status bar says, in one or two
//! columns depending on the width.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::tui::keymap::{Group, Keymap, PROMPT_KEYS};
use crate::tui::theme::Theme;

use super::legend::Sample;

/// The help overlay.
#[derive(Debug, Clone, Copy)]
pub struct Help<'a> {
    /// Styles.
    pub theme: &'a Theme,
    /// The keys.
    pub keymap: &'a Keymap,
    /// Every mark on screen: sample, style, meaning.
    pub marks: &'a [(String, Sample, String)],
    /// What the sanitiser removed from the inputs, one line each (listed
    /// first).
    pub warnings: &'a [String],
    /// Lines scrolled (one-column layout only; clamped to the end).
    pub scroll: usize,
}

/// Width of the key column.
const KEY_WIDTH: usize = 11;

/// What the status bar shows, explained.
pub const STATUS_EXPLAINED: &[(&str, &str)] = &[
    (
        "row 5/26",
        "the selected sentence's row (else the top one) of all rows",
    ),
    ("40%", "how far down the screen's bottom is"),
    ("sim 0.73", "how alike that row's paragraphs are, 0 to 1"),
    (
        "shared 12%",
        "share of all words in sentences linked across reports",
    ),
];

fn lines(help: &Help<'_>) -> Vec<Line<'static>> {
    let theme = help.theme;
    let mut out = Vec::new();
    if !help.warnings.is_empty() {
        out.push(Line::styled("Removed from the inputs", theme.title));
        for w in help.warnings {
            out.push(Line::styled(format!(" ⚠ {w}"), theme.warning));
        }
        out.push(Line::default());
    }
    for group in Group::ALL {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(group.title(), theme.title));
        for (b, label) in help.keymap.bindings().filter(|(b, _)| b.group == group) {
            out.push(Line::from(vec![
                Span::styled(format!(" {label:<KEY_WIDTH$}"), theme.key),
                Span::styled(b.help, theme.text),
            ]));
        }
    }
    out.push(Line::default());
    out.push(Line::styled("On screen", theme.title));
    for (sample, style, meaning) in help.marks {
        let pad = 22usize.saturating_sub(crate::view::text::width(sample));
        out.push(Line::from(vec![
            Span::raw(" "),
            Span::styled(sample.clone(), style.style(theme)),
            Span::raw(" ".repeat(pad)),
            Span::styled(meaning.clone(), theme.text),
        ]));
    }
    out.push(Line::default());
    out.push(Line::styled("Status bar", theme.title));
    for (k, h) in STATUS_EXPLAINED {
        out.push(Line::from(vec![
            Span::styled(format!(" {k:<KEY_WIDTH$}"), theme.key),
            Span::styled(*h, theme.text),
        ]));
    }
    out.push(Line::default());
    out.push(Line::styled("In prompts (search, export)", theme.title));
    for (k, h) in PROMPT_KEYS {
        out.push(Line::from(vec![
            Span::styled(format!(" {k:<KEY_WIDTH$}"), theme.key),
            Span::styled(*h, theme.text),
        ]));
    }
    out.push(Line::default());
    out.push(Line::styled(
        "Mouse: the wheel scrolls, a click selects. ? or Esc closes this help.",
        theme.dim,
    ));
    out
}

impl Widget for &Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let body = lines(self);
        let n = u16::try_from(body.len()).unwrap_or(u16::MAX);
        // Two columns when one would not fit and the screen is wide.
        let two = n + 2 > area.height && area.width >= 194;
        let rows = if two { n.div_ceil(2) } else { n };
        let width = if two { 192 } else { 96.min(area.width) };
        let height = (rows + 2).min(area.height);
        let popup = Rect {
            x: area.x + (area.width.saturating_sub(width)) / 2,
            y: area.y + (area.height.saturating_sub(height)) / 2,
            width: width.min(area.width),
            height,
        };
        Clear.render(popup, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(self.theme.border_focus)
            .title(" storydiff keys ");
        let inner = block.inner(popup);
        block.render(popup, buf);
        if two {
            let half = inner.width / 2;
            let split = usize::from(rows);
            let (left, right) = body.split_at(split.min(body.len()));
            Paragraph::new(left.to_vec()).render(
                Rect {
                    width: half,
                    ..inner
                },
                buf,
            );
            Paragraph::new(right.to_vec()).render(
                Rect {
                    x: inner.x + half,
                    width: inner.width - half,
                    ..inner
                },
                buf,
            );
        } else {
            // Scrolled by j/k when it does not fit; the last line says so.
            let h = usize::from(inner.height);
            let fits = body.len() <= h;
            let room = if fits { h } else { h.saturating_sub(1) };
            let top = self.scroll.min(body.len().saturating_sub(room));
            let mut text: Vec<Line> = body.into_iter().skip(top).take(room).collect();
            if !fits {
                text.push(Line::styled("… j/k scroll, ? closes", self.theme.dim));
            }
            Paragraph::new(text).render(inner, buf);
        }
    }
}
