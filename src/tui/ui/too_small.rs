//! What a screen below the minimum size shows instead of garbage.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::areas::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::theme::Theme;

/// The "terminal too small" message.
#[derive(Debug, Clone, Copy)]
pub struct TooSmall<'a> {
    /// Styles.
    pub theme: &'a Theme,
}

impl Widget for &TooSmall<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = vec![
            Line::styled("Terminal too small", self.theme.title),
            Line::from(format!(
                "{}×{}, need {MIN_WIDTH}×{MIN_HEIGHT}",
                area.width, area.height
            )),
            Line::from("q quits"),
        ];
        let top = area.height.saturating_sub(3) / 2;
        let rect = Rect {
            y: area.y + top,
            height: area.height - top,
            ..area
        };
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .render(rect, buf);
    }
}
