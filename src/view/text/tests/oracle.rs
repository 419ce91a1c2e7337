//! The word wrapper as it was before it became an iterator (one vector of
//! units, then the lines), kept as the oracle the lazy wrapper is checked
//! against.

use unicode_segmentation::UnicodeSegmentation;

use super::super::{CLOSING, Line, TAB_WIDTH, Tag, displayable, grapheme_width, width};
use crate::view::Segment;

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

/// [`wrap`] where `tags` says which segments are markers (missing tags
/// are text).
pub(super) fn wrap_tagged(segs: &[Segment], tags: &[Tag], width: usize) -> Vec<Line> {
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
