//! Draws the TUI on ratatui's `TestBackend` and reads the screen back as
//! text, as a person would see it on a terminal. Shared by `tui_render.rs`
//! and `tui_screens.rs`.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use storydiff::tui::action::Action;
use storydiff::tui::app::App;

/// Applies `actions` on a `w`×`h` screen, then draws it; returns the buffer.
pub fn draw(app: &mut App, w: u16, h: u16, actions: &[Action]) -> Buffer {
    let size = Rect::new(0, 0, w, h);
    app.resize(size);
    for &a in actions {
        app.apply(a, size);
    }
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    t.draw(|f| f.render_widget(&app.screen(), f.area()))
        .expect("draws");
    t.backend().buffer().clone()
}

/// The screen as text, one line a row; a wide character's second cell is
/// skipped so lines read as on a terminal. Trailing spaces are cut.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let s = buf[(x, y)].symbol();
            skip = s.width().saturating_sub(1);
            line.push_str(s);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
