//! Display columns, the one place bytes become screen cells: widths of
//! grapheme clusters (unicode-width, tabs expanded), grapheme-safe word
//! wrapping of highlighted segments, padding and truncation. The TUI and
//! the exporters both lay text out with these, so a CJK character, an emoji
//! or a combining accent takes the same room everywhere and never breaks a
//! column; every cell of a row is wrapped to the same number of lines, so
//! columns never drift apart.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::{Segment, ViewParagraph};

mod markers;
mod wrap;

pub use markers::decorate;
pub(crate) use markers::{Tag, decorate_with};
use wrap::Lines;
pub use wrap::{CellLines, cell_lines};

/// Columns between tab stops.
pub const TAB_WIDTH: usize = 4;

/// One laid-out line: segments whose display width fits the line's width.
pub type Line = Vec<Segment>;

/// Shown in place of a control character, which has no width of its own
/// and could drive the terminal.
const REPLACEMENT: &str = "\u{fffd}";

/// Display width of one grapheme cluster; control characters count as the
/// replacement character they are shown as.
pub fn grapheme_width(g: &str) -> usize {
    if let [b] = g.as_bytes()
        && (0x20..0x7f).contains(b)
    {
        return 1;
    }
    if g.chars().any(char::is_control) {
        return if g == "\t" { TAB_WIDTH } else { 1 };
    }
    g.width()
}

/// Display width of a string laid out from column 0 (tabs to the next stop).
pub fn width(s: &str) -> usize {
    // Printable ASCII: one column a byte.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    let mut col = 0;
    for g in s.graphemes(true) {
        col += if g == "\t" {
            TAB_WIDTH - col % TAB_WIDTH
        } else {
            grapheme_width(g)
        };
    }
    col
}

/// Display width of a laid-out line.
pub fn line_width(line: &[Segment]) -> usize {
    line.iter().map(|s| width(&s.text)).sum()
}

/// Text safe to print: tabs expanded from column `col`, control characters
/// replaced.
fn displayable(g: &str, col: usize) -> String {
    if g == "\t" {
        " ".repeat(TAB_WIDTH - col % TAB_WIDTH)
    } else if g.chars().any(char::is_control) {
        REPLACEMENT.to_string()
    } else {
        g.to_string()
    }
}

/// `s` padded with spaces to `w` columns (cut first when wider).
pub fn pad(s: &str, w: usize) -> String {
    let mut out = truncate(s, w);
    let have = width(&out);
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(have)));
    out
}

/// `s` cut to at most `w` columns at a grapheme boundary, ending in `…`
/// when something was cut.
pub fn truncate(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    }
    let mut out = String::new();
    let mut col = 0;
    for g in s.graphemes(true) {
        let gw = grapheme_width(g);
        if col + gw + 1 > w {
            break;
        }
        out.push_str(&displayable(g, col));
        col += gw;
    }
    if w > 0 {
        out.push('…');
    }
    out
}

/// Punctuation that stays with the character before it.
const CLOSING: &str = "。，、．：；！？）」』】〕〉》”’.,;:!?)]}";

/// Wraps highlighted text into lines of at most `width` columns, breaking
/// at spaces (dropped at line ends) and between wide characters, and
/// cutting words longer than a line between graphemes. A zero width is
/// taken as one column.
pub fn wrap(segs: &[Segment], width: usize) -> Vec<Line> {
    Lines::new(segs.into(), (&[][..]).into(), width).collect()
}

/// Wraps a cell's paragraphs to `width`, with a blank line between them.
/// With `markers`, highlights are spelt out as [`decorate`] does.
/// [`cell_lines`] gives the same lines one at a time.
pub fn wrap_cell(paras: &[ViewParagraph], width: usize, markers: bool) -> Vec<Line> {
    cell_lines(paras, width, markers).collect()
}

/// Wraps every cell of a row to its column's width and pads them with
/// empty lines to the tallest, so that the next row starts on the same
/// line in every column.
pub fn wrap_row(cells: &[Vec<ViewParagraph>], widths: &[usize], markers: bool) -> Vec<Vec<Line>> {
    let mut out: Vec<Vec<Line>> = cells
        .iter()
        .zip(widths)
        .map(|(c, &w)| wrap_cell(c, w, markers))
        .collect();
    let height = out.iter().map(Vec::len).max().unwrap_or(0);
    for c in &mut out {
        c.resize(height, Vec::new());
    }
    out
}

/// Splits `total` columns into `n` column widths separated by `gap`
/// columns, the remainder going to the first columns.
pub fn column_widths(total: usize, n: usize, gap: usize) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let room = total.saturating_sub(gap * (n - 1));
    let each = room / n;
    let extra = room % n;
    (0..n)
        .map(|i| (each + usize::from(i < extra)).max(1))
        .collect()
}

#[cfg(test)]
mod tests;
