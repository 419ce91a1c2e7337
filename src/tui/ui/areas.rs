//! Where everything goes on a screen of a given size: header, panes (all
//! of one content width, so rows wrap alike), coverage strip, side panel,
//! legend, status bar. Narrow screens get one pane; tiny ones a message.

use ratatui::layout::Rect;

use crate::model::ArticleId;
use crate::tui::state::{Columns, Focus, UiState};

/// Below this the screen shows a "too small" message.
pub const MIN_WIDTH: u16 = 40;
/// Below this the screen shows a "too small" message.
pub const MIN_HEIGHT: u16 = 10;
/// Narrower than this, two panes would be unreadable: show one.
const TWO_PANES_MIN: u16 = 72;
/// Narrowest column in columns mode.
const COLUMN_MIN: u16 = 26;
/// The side panel's narrowest width when it shares the screen; it grows
/// with the terminal (a third of it), up to [`SIDE_MAX`].
const SIDE_MIN: u16 = 36;
/// The side panel's widest.
const SIDE_MAX: u16 = 90;
/// Header lines per pane: title, then source and summary.
pub const HEADER_HEIGHT: u16 = 2;
/// Columns of a pane's gutter (row marker and a space).
pub const GUTTER: u16 = 2;

/// One drawn pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaneArea {
    /// Its index among the state's shown reports (what `Focus::Pane` counts).
    pub index: usize,
    /// The report it shows.
    pub article: ArticleId,
    /// Header cell above it.
    pub header: Rect,
    /// Its body (gutter included).
    pub body: Rect,
}

/// The screen's areas.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Areas {
    /// The whole screen.
    pub screen: Rect,
    /// The warning banner (reports that share little), when shown.
    pub banner: Option<Rect>,
    /// Too small for anything but a message.
    pub too_small: bool,
    /// The drawn panes, left to right.
    pub panes: Vec<PaneArea>,
    /// The coverage strip (three or more reports).
    pub strip: Option<Rect>,
    /// The side panel, when shown.
    pub side: Option<Rect>,
    /// The legend, when shown.
    pub legend: Option<Rect>,
    /// The status bar.
    pub status: Rect,
}

impl Areas {
    /// Lays out a screen of `size` for `state` with `reports` reports;
    /// the legend takes `legend_height` lines when shown, the warning
    /// banner a line at the top when `banner`.
    pub fn compute(
        size: Rect,
        state: &UiState,
        reports: usize,
        legend_height: u16,
        banner: bool,
    ) -> Self {
        let mut a = Areas {
            screen: size,
            ..Areas::default()
        };
        if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
            a.too_small = true;
            return a;
        }
        let mut rest = size;
        a.status = take_bottom(&mut rest, 1);
        if banner {
            a.banner = Some(take_top(&mut rest, 1));
        }
        if state.legend {
            // Never let the legend eat the panes on a short screen.
            let h = legend_height.min(rest.height.saturating_sub(HEADER_HEIGHT + 4));
            a.legend = Some(take_bottom(&mut rest, h));
        }
        if state.side_panel {
            if rest.width >= TWO_PANES_MIN + SIDE_MIN {
                let w = (rest.width / 3)
                    .clamp(SIDE_MIN, SIDE_MAX)
                    .min(rest.width - TWO_PANES_MIN);
                a.side = Some(take_right(&mut rest, w));
            } else if state.focus == Focus::Side {
                // Narrow: the focused side panel takes the whole body.
                a.side = Some(rest);
                return a;
            }
        }
        if reports >= 3 {
            let w = u16::try_from(reports.min(9)).unwrap_or(9) + 1;
            let mut strip = take_left(&mut rest, w);
            strip.y += HEADER_HEIGHT;
            strip.height = strip.height.saturating_sub(HEADER_HEIGHT);
            a.strip = Some(strip);
        }
        let shown = state.shown(reports);
        let fit = usize::from(match state.columns {
            Columns::All => (rest.width / COLUMN_MIN).max(1),
            Columns::Two if rest.width >= TWO_PANES_MIN => 2,
            Columns::Two => 1,
        });
        let indices: Vec<usize> = if shown.len() <= fit {
            (0..shown.len()).collect()
        } else {
            // Keep the focused pane visible, with its neighbours.
            let focus = state.focused_pane().min(shown.len() - 1);
            let first = focus.saturating_sub(fit - 1).min(shown.len() - fit);
            (first..first + fit).collect()
        };
        let n = u16::try_from(indices.len()).unwrap_or(1);
        // One separator column between panes; every pane gets the same
        // width so rows wrap alike, the remainder stays blank at the right.
        let width = (rest.width - (n - 1)) / n;
        for (k, &index) in indices.iter().enumerate() {
            let k = u16::try_from(k).unwrap_or(0);
            let x = rest.x + k * (width + 1);
            a.panes.push(PaneArea {
                index,
                article: shown[index],
                header: Rect::new(x, rest.y, width, HEADER_HEIGHT.min(rest.height)),
                body: Rect::new(
                    x,
                    rest.y + HEADER_HEIGHT,
                    width,
                    rest.height.saturating_sub(HEADER_HEIGHT),
                ),
            });
        }
        a
    }

    /// Text width inside each pane: after the gutter, and one column
    /// short of the separator so that text never touches it.
    pub fn pane_width(&self) -> u16 {
        self.panes
            .first()
            .map_or(0, |p| p.body.width.saturating_sub(GUTTER + 1))
    }

    /// Lines of document on screen.
    pub fn body_height(&self) -> u16 {
        self.panes.first().map_or(0, |p| p.body.height)
    }
}

fn take_bottom(r: &mut Rect, h: u16) -> Rect {
    let h = h.min(r.height);
    r.height -= h;
    Rect::new(r.x, r.y + r.height, r.width, h)
}

fn take_top(r: &mut Rect, h: u16) -> Rect {
    let h = h.min(r.height);
    let out = Rect::new(r.x, r.y, r.width, h);
    r.y += h;
    r.height -= h;
    out
}

fn take_right(r: &mut Rect, w: u16) -> Rect {
    let w = w.min(r.width);
    r.width -= w;
    Rect::new(r.x + r.width, r.y, w, r.height)
}

fn take_left(r: &mut Rect, w: u16) -> Rect {
    let w = w.min(r.width);
    let out = Rect::new(r.x, r.y, w, r.height);
    r.x += w;
    r.width -= w;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screen_two_equal_panes_and_a_side_panel() {
        let mut s = UiState::new(2, 0);
        s.side_panel = true;
        let a = Areas::compute(Rect::new(0, 0, 160, 45), &s, 2, 3, false);
        assert_eq!(a.side, Some(Rect::new(107, 0, 53, 44)));
        assert_eq!(a.panes.len(), 2);
        assert_eq!(a.panes[0].body, Rect::new(0, 2, 53, 42));
        assert_eq!(a.panes[1].body, Rect::new(54, 2, 53, 42));
        assert_eq!(a.pane_width(), 50);
        assert_eq!(a.status, Rect::new(0, 44, 160, 1));
        // The panel grows with the terminal, and the banner takes a line.
        let wide = Areas::compute(Rect::new(0, 0, 240, 45), &s, 2, 3, true);
        assert_eq!(wide.side, Some(Rect::new(160, 1, 80, 43)));
        assert_eq!(wide.banner, Some(Rect::new(0, 0, 240, 1)));
        let narrow = Areas::compute(Rect::new(0, 0, 110, 45), &s, 2, 3, false);
        assert_eq!(narrow.side.map(|r| r.width), Some(36));
    }

    #[test]
    fn narrow_screen_one_pane_following_the_focus() {
        let mut s = UiState::new(3, 0);
        s.focus = Focus::Pane(1);
        let a = Areas::compute(Rect::new(0, 0, 40, 12), &s, 3, 3, false);
        assert!(!a.too_small);
        assert_eq!(a.panes.len(), 1);
        assert_eq!((a.panes[0].index, a.panes[0].article), (1, 1));
        assert_eq!(a.strip.map(|r| r.width), Some(4));
        assert_eq!(a.pane_width(), 33);
        let tiny = Areas::compute(Rect::new(0, 0, 39, 12), &s, 3, 3, false);
        assert!(tiny.too_small);
    }

    #[test]
    fn columns_mode_fits_what_it_can() {
        let mut s = UiState::new(5, 0);
        s.columns = Columns::All;
        let wide = Areas::compute(Rect::new(0, 0, 160, 45), &s, 5, 3, false);
        assert_eq!(wide.panes.len(), 5);
        let mid = Areas::compute(Rect::new(0, 0, 100, 45), &s, 5, 3, false);
        assert_eq!(mid.panes.len(), 3);
    }
}
