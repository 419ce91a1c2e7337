//! The bottom line: the prompt when one is open; else position, the
//! current row's similarity, the last message and key hints (from the key
//! table), cut to fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::keymap::hints;
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
}

impl StatusBar<'_> {
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
        let mut spans = vec![Span::styled(
            format!(" row {}/{} {:>3}% ", p.row, p.rows, p.percent),
            t.title,
        )];
        if let Some(s) = p.similarity {
            spans.push(Span::styled(format!("sim {s:.2} "), t.text));
        }
        spans.push(Span::raw("│ "));
        if let Some(m) = &self.state.message {
            spans.push(Span::styled(m.clone(), t.message));
            return Line::from(spans);
        }
        for (i, (key, hint)) in hints().enumerate() {
            if i > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(key, t.key));
            spans.push(Span::raw(format!(" {hint}")));
        }
        Line::from(spans)
    }
}

impl Widget for &StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.status);
        // `Line` cuts at the area's width by display columns.
        self.line().style(self.theme.status).render(area, buf);
    }
}
