//! The legend, and the one list of every mark the screen can show that
//! both the legend and the help overlay explain ([`screen_marks`]): each
//! highlight in its own style (with its no-colour markers), the selection
//! and its linked sentences, search matches, the row gutter (which means
//! what the coverage strip means: how many of all the reports carry the
//! row), the strip, empty cells, paragraph numbers and folds.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::tui::theme::Theme;
use crate::view::text::width;
use crate::view::{Mark, RowStatus, ViewModel, ViewRow};

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

/// How a mark is drawn in the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample {
    /// A view highlight.
    Mark(Mark),
    /// A row gutter marker.
    Row(RowStatus),
    /// The selected sentence.
    Selected,
    /// A sentence linked to the selected one.
    Linked,
    /// A search match.
    Match,
    /// Coverage strip digits.
    Strip,
    /// Quiet text (empty cells, numbers, folds).
    Dim,
}

impl Sample {
    /// The style of the sample.
    pub fn style(self, t: &Theme) -> Style {
        match self {
            Sample::Mark(m) => t.mark(m),
            Sample::Row(r) => t.row(r),
            Sample::Selected => t.selected,
            Sample::Linked => t.counterpart,
            Sample::Match => t.search,
            Sample::Strip => t.covered,
            Sample::Dim => t.dim,
        }
    }
}

/// What a gutter marker means in the TUI, where it counts all the reports
/// (as the coverage strip does), not only the shown ones.
pub fn gutter_label(s: RowStatus) -> &'static str {
    match s {
        RowStatus::Matched => "in every report",
        RowStatus::Partial => "in some reports",
        RowStatus::Unmatched => "in one report only",
        RowStatus::OffTopic => "off-topic",
        RowStatus::Meta => "dateline, byline",
    }
}

/// A row's gutter marker: off-topic and meta rows as the view says, other
/// rows by how many of all `reports` carry them, so that the gutter and
/// the coverage strip never disagree.
pub fn gutter_status(row: &ViewRow, reports: usize) -> RowStatus {
    match row.status {
        RowStatus::OffTopic | RowStatus::Meta => row.status,
        _ => match row.present.len() {
            n if n >= reports && n > 1 => RowStatus::Matched,
            0 | 1 => RowStatus::Unmatched,
            _ => RowStatus::Partial,
        },
    }
}

/// Every mark the screen can show: `(sample text, style, meaning)`. With
/// `markers`, highlights are shown by their no-colour markers. The strip
/// is listed only with three or more reports (it is drawn only then).
pub fn screen_marks(
    view: &ViewModel,
    markers: bool,
    reports: usize,
) -> Vec<(String, Sample, String)> {
    let mut out: Vec<(String, Sample, String)> = view
        .legend
        .iter()
        // Linked text is plain; titles are plainly titles.
        .filter(|e| !matches!(e.mark, Mark::Equal | Mark::Title))
        .map(|e| {
            let text = if markers {
                format!("{}{}{}", e.open, e.label, e.close)
            } else {
                e.label.to_string()
            };
            (text, Sample::Mark(e.mark), e.description.to_string())
        })
        .collect();
    out.push((
        "selected".into(),
        Sample::Selected,
        "the selected sentence (j/k, a click)".into(),
    ));
    out.push((
        "linked".into(),
        Sample::Linked,
        "sentences linked to the selected one (Enter jumps)".into(),
    ));
    out.push(("match".into(), Sample::Match, "search match (/)".into()));
    for s in RowStatus::ALL {
        out.push((
            format!("{} {}", s.gutter(), gutter_label(s)),
            Sample::Row(s),
            format!("row mark: the row is {}", gutter_label(s)),
        ));
    }
    if reports >= 3 {
        out.push((
            "1·3 strip".into(),
            Sample::Strip,
            "strip: which reports carry the row (· not)".into(),
        ));
    }
    out.push((
        "┊ nothing here".into(),
        Sample::Dim,
        "this report has nothing in the row".into(),
    ));
    out.push((
        "¶3 paragraph".into(),
        Sample::Dim,
        "paragraph number in its report (# toggles)".into(),
    ));
    out.push((
        "… 12 matching rows …".into(),
        Sample::Dim,
        "alike rows folded (d toggles; x or a click opens)".into(),
    ));
    out
}

/// Positions of items flowed into lines of `w` columns: (line, column).
fn flow(items: &[(String, Sample, String)], w: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut line, mut col) = (0, 0);
    for (text, _, _) in items {
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
        let it = screen_marks(view, markers, reports_of(view));
        let lines = flow(&it, usize::from(w)).last().map_or(0, |p| p.0 + 1);
        u16::try_from(lines + 1).unwrap_or(u16::MAX)
    }
}

/// How many reports the comparison has, as the rows tell (the strip is
/// drawn from three).
fn reports_of(view: &ViewModel) -> usize {
    view.rows
        .iter()
        .filter_map(|r| r.present.last())
        .max()
        .map_or(0, |m| m + 1)
        .max(view.headers.len())
}

impl Widget for &Legend<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height == 0 {
            return;
        }
        let rule = "─".repeat(usize::from(area.width));
        buf.set_string(area.x, area.y, rule, self.theme.border);
        buf.set_string(
            area.x + 1,
            area.y,
            " Legend (i or Esc closes; ? explains each) ",
            self.theme.title,
        );
        let it = screen_marks(self.view, self.markers, reports_of(self.view));
        for ((text, sample, _), (line, col)) in it.iter().zip(flow(&it, usize::from(area.width))) {
            let y = area.y + 1 + u16::try_from(line).unwrap_or(u16::MAX);
            if y >= area.y + area.height {
                break;
            }
            let x = area.x + u16::try_from(col).unwrap_or(0);
            buf.set_stringn(
                x,
                y,
                text,
                usize::from(area.width).saturating_sub(col),
                sample.style(self.theme),
            );
        }
    }
}
