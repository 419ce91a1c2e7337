//! The bottom line: the prompt when one is open; else position, the
//! current row's similarity, the reports' shared figure, the last message
//! or key hints (from the key table), cut to fit, and at the right end,
//! always, the keys for help and quit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::action::Action;
use crate::tui::keymap::Keymap;
use crate::tui::state::{Mode, UiState};
use crate::tui::theme::Theme;

/// Where the reader is, for the status bar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    /// The row at the top of the screen, 1-based.
    pub row: usize,
    /// Rows in the document.
    pub rows: usize,
    /// How far down the document the screen's bottom is, 0-100.
    pub percent: usize,
    /// The row's similarity, when two or more reports carry it.
    pub similarity: Option<f64>,
    /// Share (0-1) of all words in sentences linked across reports.
    pub shared: f64,
}

/// The status bar.
#[derive(Debug, Clone, Copy)]
pub struct StatusBar<'a> {
    /// The state (mode, message).
    pub state: &'a UiState,
    /// Position in the document.
    pub position: Position,
    /// Styles.
    pub theme: &'a Theme,
    /// The keys (hints).
    pub keymap: &'a Keymap,
}

impl StatusBar<'_> {
    /// The right end, never cut: how to get help and leave.
    fn always(&self) -> Line<'static> {
        let t = self.theme;
        Line::from(vec![
            Span::raw(" │ "),
            Span::styled(self.keymap.key_for(Action::Help).to_string(), t.key),
            Span::raw(" help  "),
            Span::styled(self.keymap.key_for(Action::Quit).to_string(), t.key),
            Span::raw(" quit "),
        ])
    }

    fn line(&self) -> Line<'static> {
        let t = self.theme;
        match &self.state.mode {
            Mode::Search { query, .. } => {
                let mut spans = vec![
                    Span::styled("/", t.key),
                    Span::styled(format!("{query}▏"), t.text),
                ];
                if let Some(m) = &self.state.message {
                    spans.push(Span::styled(format!("   {m}"), t.dim));
                }
                return Line::from(spans);
            }
            Mode::ExportPath { path } => {
                let mut spans = vec![
                    Span::styled("Export view to: ", t.key),
                    Span::styled(format!("{path}▏"), t.text),
                    Span::styled("   Enter write · Esc cancel", t.dim),
                ];
                if let Some(m) = &self.state.message {
                    spans.push(Span::styled(format!("   {m}"), t.message));
                }
                return Line::from(spans);
            }
            Mode::ConfirmOverwrite { path } => {
                return Line::from(vec![
                    Span::styled(format!("{path} exists. Overwrite it? "), t.key),
                    Span::styled("y", t.key),
                    Span::styled(" yes · ", t.text),
                    Span::styled("n", t.key),
                    Span::styled(" pick another name", t.text),
                ]);
            }
            Mode::Browse | Mode::Help { .. } => {}
        }
        let p = self.position;
        if let Some(m) = &self.state.message {
            // A message first: it answers the last key; the position
            // follows as room allows.
            return Line::from(vec![
                Span::styled(format!(" {m} "), t.message),
                Span::raw("│"),
                Span::styled(
                    format!(" row {}/{} {:>3}%", p.row, p.rows, p.percent),
                    t.title,
                ),
            ]);
        }
        let mut spans = vec![Span::styled(
            format!(" row {}/{} {:>3}% ", p.row, p.rows, p.percent),
            t.title,
        )];
        if let Some(s) = p.similarity {
            spans.push(Span::styled(format!("sim {s:.2} "), t.text));
        }
        let shared = format!("shared {:.0}% ", p.shared * 100.0);
        if p.shared < crate::tui::app::LOW_SHARE {
            spans.push(Span::styled(shared, t.warning));
        } else {
            spans.push(Span::styled(shared, t.text));
        }
        spans.push(Span::raw("│ "));
        let always = [Action::Help, Action::Quit].map(|a| self.keymap.key_for(a).to_string());
        let hints = self
            .keymap
            .hints()
            .filter(|(k, _)| !always.iter().any(|a| a == k));
        for (i, (key, hint)) in hints.enumerate() {
            if i > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(key.to_string(), t.key));
            spans.push(Span::raw(format!(" {hint}")));
        }
        Line::from(spans)
    }
}

impl Widget for &StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.status);
        let prompt = !matches!(self.state.mode, Mode::Browse | Mode::Help { .. });
        let always = self.always();
        let right = if prompt {
            0
        } else {
            u16::try_from(always.width()).unwrap_or(0).min(area.width)
        };
        let left = Rect {
            width: area.width - right,
            ..area
        };
        // `Line` cuts at the area's width by display columns; a cut
        // line ends in "…" so that it does not read as complete.
        let line = self.line();
        if line.width() > usize::from(left.width) && left.width > 1 {
            line.style(self.theme.status).render(
                Rect {
                    width: left.width - 1,
                    ..left
                },
                buf,
            );
            buf.set_string(left.x + left.width - 1, left.y, "…", self.theme.status);
        } else {
            line.style(self.theme.status).render(left, buf);
        }
        if right > 0 {
            always.style(self.theme.status).render(
                Rect {
                    x: area.x + area.width - right,
                    width: right,
                    ..area
                },
                buf,
            );
        }
    }
}
