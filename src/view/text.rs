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

pub use markers::decorate;
pub(crate) use markers::{Tag, decorate_with};

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
    if g.chars().any(char::is_control) {
        return if g == "\t" { TAB_WIDTH } else { 1 };
    }
    g.width()
}

/// Display width of a string laid out from column 0 (tabs to the next stop).
pub fn width(s: &str) -> usize {
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

/// A wrap unit: a word (kept whole when it fits) or a run of spaces (a
/// break opportunity), as pieces of the segments it spans.
enum Unit {
    Space(Vec<(usize, String)>),
    Word(Vec<(usize, String)>, usize),
}

/// Cuts segments into words and spaces. Wide graphemes (CJK, emoji) are
/// words of their own: scripts without spaces break between characters.
/// Markers stick to the text they enclose.
fn units(segs: &[Segment], tags: &[Tag]) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    let mut glue = false; // whether the next grapheme may join the last word
    let mut opened = false; // whether an opening marker was just laid
    for (si, seg) in segs.iter().enumerate() {
        let tag = tags.get(si).copied().unwrap_or(Tag::Text);
        for g in seg.text.graphemes(true) {
            let space = g.chars().all(char::is_whitespace);
            let gw = grapheme_width(g);
            let wide = gw > 1 && tag == Tag::Text;
            // Closing punctuation never starts a line (kinsoku), nor does
            // a closing marker.
            let closing = tag == Tag::Close || g.chars().all(|c| CLOSING.contains(c));
            match out.last_mut() {
                Some(Unit::Space(p)) if space => push_piece(p, si, g),
                Some(Unit::Word(p, w)) if !space && (closing || opened || glue && !wide) => {
                    push_piece(p, si, g);
                    *w += gw;
                }
                _ if space => out.push(Unit::Space(vec![(si, g.to_string())])),
                _ => out.push(Unit::Word(vec![(si, g.to_string())], gw)),
            }
            glue = !space && !wide;
            opened = tag == Tag::Open && !space;
        }
    }
    out
}

/// Punctuation that stays with the character before it.
const CLOSING: &str = "。，、．：；！？）」』】〕〉》”’.,;:!?)]}";

fn push_piece(p: &mut Vec<(usize, String)>, si: usize, g: &str) {
    match p.last_mut() {
        Some((i, t)) if *i == si => t.push_str(g),
        _ => p.push((si, g.to_string())),
    }
}

/// Lays out lines, appending pieces to the current one.
struct Layout<'s> {
    segs: &'s [Segment],
    width: usize,
    lines: Vec<Line>,
    line: Line,
    col: usize,
}

impl Layout<'_> {
    fn push(&mut self, si: usize, text: &str) {
        let mut shown = String::new();
        for g in text.graphemes(true) {
            let s = displayable(g, self.col);
            self.col += width(&s);
            shown.push_str(&s);
        }
        let seg = &self.segs[si];
        match self.line.last_mut() {
            Some(last)
                if last.mark == seg.mark
                    && last.quote == seg.quote
                    && last.sentence == seg.sentence =>
            {
                last.text.push_str(&shown);
            }
            // Not `..seg.clone()`: that copies the whole segment's text
            // per piece, quadratic for a long paragraph.
            _ => self.line.push(Segment {
                text: shown,
                mark: seg.mark,
                quote: seg.quote,
                sentence: seg.sentence,
            }),
        }
    }

    fn newline(&mut self) {
        self.lines.push(std::mem::take(&mut self.line));
        self.col = 0;
    }

    /// A word too long for any line, cut between graphemes.
    fn push_cut(&mut self, pieces: &[(usize, String)]) {
        for (si, text) in pieces {
            for g in text.graphemes(true) {
                let gw = grapheme_width(g);
                if self.col + gw > self.width && self.col > 0 {
                    self.newline();
                }
                if gw > self.width {
                    // A double-width character in a one-column cell.
                    self.push(*si, &"?".repeat(self.width));
                } else {
                    self.push(*si, g);
                }
            }
        }
    }
}

/// Wraps highlighted text into lines of at most `width` columns, breaking
/// at spaces (dropped at line ends) and between wide characters, and
/// cutting words longer than a line between graphemes. A zero width is
/// taken as one column.
pub fn wrap(segs: &[Segment], width: usize) -> Vec<Line> {
    wrap_tagged(segs, &[], width)
}

/// [`wrap`] where `tags` says which segments are markers (missing tags
/// are text).
fn wrap_tagged(segs: &[Segment], tags: &[Tag], width: usize) -> Vec<Line> {
    let mut lay = Layout {
        segs,
        width: width.max(1),
        lines: Vec::new(),
        line: Vec::new(),
        col: 0,
    };
    let mut pending: Option<&Vec<(usize, String)>> = None;
    let units = units(segs, tags);
    for u in &units {
        match u {
            Unit::Space(p) => pending = Some(p),
            Unit::Word(pieces, word_w) => {
                let space_w = if lay.col == 0 {
                    0
                } else {
                    pending.map_or(0, |sp| {
                        let s: String = sp.iter().map(|(_, t)| t.as_str()).collect();
                        let mut c = lay.col;
                        for g in s.graphemes(true) {
                            c += if g == "\t" {
                                TAB_WIDTH - c % TAB_WIDTH
                            } else {
                                grapheme_width(g)
                            };
                        }
                        c - lay.col
                    })
                };
                if lay.col + space_w + word_w > lay.width && lay.col > 0 {
                    lay.newline();
                } else if lay.col > 0 {
                    for (si, t) in pending.into_iter().flatten() {
                        lay.push(*si, t);
                    }
                }
                pending = None;
                if *word_w > lay.width {
                    lay.push_cut(pieces);
                } else {
                    for (si, t) in pieces {
                        lay.push(*si, t);
                    }
                }
            }
        }
    }
    if !lay.line.is_empty() || lay.lines.is_empty() {
        lay.newline();
    }
    lay.lines
}

/// Wraps a cell's paragraphs to `width`, with a blank line between them.
/// With `markers`, highlights are spelt out as [`decorate`] does.
pub fn wrap_cell(paras: &[ViewParagraph], width: usize, markers: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if i > 0 {
            lines.push(Vec::new());
        }
        if markers {
            let (segs, tags) = markers::decorate_tagged(&p.segments);
            lines.extend(wrap_tagged(&segs, &tags, width));
        } else {
            lines.extend(wrap(&p.segments, width));
        }
    }
    lines
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
