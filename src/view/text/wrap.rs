//! Word wrapping as an iterator of lines: a cell is laid out as its lines
//! are asked for, so an exporter holds one line of each column at a time,
//! never a whole giant paragraph's lines (nor a copy of its words).
//!
//! Rules (the same for the TUI and every exporter): lines break at spaces,
//! which are dropped at line ends, and between wide characters (CJK, emoji:
//! scripts without spaces break between characters); closing punctuation
//! and closing markers never start a line, an opening marker sticks to the
//! word after it; a word longer than a line is cut between graphemes.
//!
//! Cost: one pass over the text. Pure printable ASCII (most news text) is
//! stepped byte by byte; anything else goes through grapheme boundaries of
//! `unicode-segmentation`, with the same segments as `str::graphemes`.

use std::borrow::Cow;
use std::collections::VecDeque;

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

use super::{CLOSING, Line, TAB_WIDTH, Tag, displayable, grapheme_width, width};
use crate::view::{Segment, ViewParagraph};

/// A run of one segment's text inside a word or a run of spaces.
#[derive(Clone, Copy)]
struct Piece {
    seg: usize,
    start: usize,
    end: usize,
}

/// Appends a grapheme to a unit, joining it to the unit's last piece when
/// both come from the same segment.
fn push_piece(p: &mut Vec<Piece>, seg: usize, start: usize, end: usize) {
    match p.last_mut() {
        Some(last) if last.seg == seg => last.end = end,
        _ => p.push(Piece { seg, start, end }),
    }
}

/// What the last grapheme started or joined.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    None,
    Space,
    Word,
}

/// Which ASCII bytes are [`CLOSING`] characters: a one-byte grapheme is
/// looked up here instead of searching the string for every character
/// laid out (that search was a third of a text export's wrapping).
const CLOSING_ASCII: [bool; 128] = {
    let mut table = [false; 128];
    let b = CLOSING.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Bytes below 128 in UTF-8 are whole ASCII characters.
        if b[i] < 128 {
            table[b[i] as usize] = true;
        }
        i += 1;
    }
    table
};

/// Printable ASCII: one column a byte, shown as written.
fn plain_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// The lines being laid out.
struct Out {
    width: usize,
    line: Line,
    col: usize,
    ready: VecDeque<Line>,
    emitted: usize,
}

impl Out {
    fn newline(&mut self) {
        self.ready.push_back(std::mem::take(&mut self.line));
        self.col = 0;
        self.emitted += 1;
    }

    /// Appends text shown with `seg`'s highlight, joined to the line's last
    /// segment when it has the same highlight, quotation and sentence.
    fn push(&mut self, seg: &Segment, text: &str) {
        let shown: Cow<'_, str> = if plain_ascii(text) {
            self.col += text.len();
            text.into()
        } else {
            let mut shown = String::new();
            for g in text.graphemes(true) {
                let s = displayable(g, self.col);
                self.col += width(&s);
                shown.push_str(&s);
            }
            shown.into()
        };
        match self.line.last_mut() {
            Some(last)
                if last.mark == seg.mark
                    && last.quote == seg.quote
                    && last.sentence == seg.sentence =>
            {
                last.text.push_str(&shown);
            }
            _ => self.line.push(Segment {
                text: shown.into_owned(),
                mark: seg.mark,
                quote: seg.quote,
                sentence: seg.sentence,
            }),
        }
    }

    /// A word too long for any line, cut between graphemes.
    fn push_cut(&mut self, seg: &Segment, text: &str) {
        for g in text.graphemes(true) {
            let gw = grapheme_width(g);
            if self.col + gw > self.width && self.col > 0 {
                self.newline();
            }
            if gw > self.width {
                // A double-width character in a one-column cell.
                self.push(seg, &"?".repeat(self.width));
            } else {
                self.push(seg, g);
            }
        }
    }
}

/// The lines of highlighted text wrapped to a width (see the module doc);
/// empty text gives one empty line.
pub(crate) struct Lines<'s> {
    segs: Cow<'s, [Segment]>,
    tags: Cow<'s, [Tag]>,
    /// Next grapheme: its segment and byte offset there.
    seg: usize,
    pos: usize,
    last: Unit,
    /// Whether the next grapheme may join the last word.
    glue: bool,
    /// Whether an opening marker was just laid.
    opened: bool,
    /// The spaces before the word being read.
    pending: Vec<Piece>,
    word: Vec<Piece>,
    word_w: usize,
    scratch: String,
    out: Out,
    finished: bool,
}

impl<'s> Lines<'s> {
    /// Wraps `segs` to `width` columns (a zero width is taken as one);
    /// `tags` says which segments are markers (missing tags are text).
    pub(crate) fn new(segs: Cow<'s, [Segment]>, tags: Cow<'s, [Tag]>, width: usize) -> Self {
        Lines {
            segs,
            tags,
            seg: 0,
            pos: 0,
            last: Unit::None,
            glue: false,
            opened: false,
            pending: Vec::new(),
            word: Vec::new(),
            word_w: 0,
            scratch: String::new(),
            out: Out {
                width: width.max(1),
                line: Vec::new(),
                col: 0,
                ready: VecDeque::new(),
                emitted: 0,
            },
            finished: false,
        }
    }

    /// The next grapheme as (segment, start, end).
    fn next_grapheme(&mut self) -> Option<(usize, usize, usize)> {
        loop {
            let text = self.segs.get(self.seg)?.text.as_str();
            let b = text.as_bytes();
            let start = self.pos;
            if start >= b.len() {
                self.seg += 1;
                self.pos = 0;
                continue;
            }
            // Between two ASCII characters there is always a grapheme
            // boundary, except inside CR LF (UAX #29 GB3).
            let end = if b[start].is_ascii() && b.get(start + 1).is_none_or(u8::is_ascii) {
                if b[start] == b'\r' && b.get(start + 1) == Some(&b'\n') {
                    start + 2
                } else {
                    start + 1
                }
            } else {
                GraphemeCursor::new(start, b.len(), true)
                    .next_boundary(text, 0)
                    .ok()
                    .flatten()
                    .unwrap_or(b.len())
            };
            self.pos = end;
            return Some((self.seg, start, end));
        }
    }

    /// Reads one grapheme into the current unit, laying out the word it
    /// ends.
    fn feed(&mut self, si: usize, start: usize, end: usize) {
        let tag = self.tags.get(si).copied().unwrap_or(Tag::Text);
        let g = &self.segs[si].text[start..end];
        let (space, gw, closing_char) = if let [b] = g.as_bytes() {
            let c = char::from(*b);
            let gw = if c == '\t' { TAB_WIDTH } else { 1 };
            let closing = CLOSING_ASCII.get(usize::from(*b)).copied() == Some(true);
            (c.is_whitespace(), gw, closing)
        } else {
            (
                g.chars().all(char::is_whitespace),
                grapheme_width(g),
                g.chars().all(|c| CLOSING.contains(c)),
            )
        };
        let wide = gw > 1 && tag == Tag::Text;
        // Closing punctuation never starts a line (kinsoku), nor does a
        // closing marker.
        let closing = tag == Tag::Close || closing_char;
        if self.last == Unit::Space && space {
            push_piece(&mut self.pending, si, start, end);
        } else if self.last == Unit::Word
            && !space
            && (closing || self.opened || self.glue && !wide)
        {
            push_piece(&mut self.word, si, start, end);
            self.word_w += gw;
        } else {
            if self.last == Unit::Word {
                self.place_word();
            }
            if space {
                push_piece(&mut self.pending, si, start, end);
                self.last = Unit::Space;
            } else {
                push_piece(&mut self.word, si, start, end);
                self.word_w = gw;
                self.last = Unit::Word;
            }
        }
        self.glue = !space && !wide;
        self.opened = tag == Tag::Open && !space;
    }

    /// Inside a word that the next grapheme may join, reads the run of
    /// printable ASCII that follows in the same segment at once: what
    /// [`Lines::feed`] does with each of those one-byte graphemes (joined
    /// to the word, one column each) without its tests. A byte before a
    /// non-ASCII one is left to [`Lines::next_grapheme`] (it may start a
    /// grapheme with a combining mark). Whether it read anything.
    fn extend_ascii_word(&mut self) -> bool {
        if self.last != Unit::Word || !self.glue {
            return false;
        }
        let Some(seg) = self.segs.get(self.seg) else {
            return false;
        };
        let b = seg.text.as_bytes();
        let start = self.pos;
        let mut end = start;
        while end < b.len()
            && b[end].is_ascii()
            && !char::from(b[end]).is_whitespace()
            && b.get(end + 1).is_none_or(u8::is_ascii)
        {
            end += 1;
        }
        if end == start {
            return false;
        }
        let si = self.seg;
        push_piece(&mut self.word, si, start, end);
        self.word_w += end - start;
        self.pos = end;
        self.opened = self.tags.get(si).copied().unwrap_or(Tag::Text) == Tag::Open;
        true
    }

    /// Columns the pending spaces take from the current column.
    fn space_width(&mut self) -> usize {
        self.scratch.clear();
        for p in &self.pending {
            self.scratch
                .push_str(&self.segs[p.seg].text[p.start..p.end]);
        }
        let col0 = self.out.col;
        let mut c = col0;
        if self.scratch.is_ascii() {
            let b = self.scratch.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'\t' {
                    c += TAB_WIDTH - c % TAB_WIDTH;
                } else {
                    if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    c += 1;
                }
                i += 1;
            }
        } else {
            for g in self.scratch.graphemes(true) {
                c += if g == "\t" {
                    TAB_WIDTH - c % TAB_WIDTH
                } else {
                    grapheme_width(g)
                };
            }
        }
        c - col0
    }

    /// Lays out the word just read, after the spaces before it unless it
    /// opens a line.
    fn place_word(&mut self) {
        let space_w = if self.out.col == 0 || self.pending.is_empty() {
            0
        } else {
            self.space_width()
        };
        let out = &mut self.out;
        if out.col + space_w + self.word_w > out.width && out.col > 0 {
            out.newline();
        } else if out.col > 0 {
            for p in &self.pending {
                let seg = &self.segs[p.seg];
                out.push(seg, &seg.text[p.start..p.end]);
            }
        }
        self.pending.clear();
        let cut = self.word_w > out.width;
        for p in &self.word {
            let seg = &self.segs[p.seg];
            let text = &seg.text[p.start..p.end];
            if cut {
                out.push_cut(seg, text);
            } else {
                out.push(seg, text);
            }
        }
        self.word.clear();
        self.word_w = 0;
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        loop {
            if let Some(l) = self.out.ready.pop_front() {
                return Some(l);
            }
            if self.finished {
                return None;
            }
            if self.extend_ascii_word() {
                continue;
            }
            if let Some((si, start, end)) = self.next_grapheme() {
                self.feed(si, start, end);
            } else {
                if self.last == Unit::Word {
                    self.place_word();
                }
                self.finished = true;
                if !self.out.line.is_empty() || self.out.emitted == 0 {
                    self.out.newline();
                }
            }
        }
    }
}

/// The lines of a cell's paragraphs wrapped to a width, a blank line
/// between paragraphs, laid out as they are asked for. With `markers`,
/// highlights are spelt out as [`super::decorate`] does.
pub struct CellLines<'a> {
    paras: &'a [ViewParagraph],
    next: usize,
    width: usize,
    markers: bool,
    current: Option<Lines<'a>>,
}

impl Iterator for CellLines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        loop {
            if let Some(l) = self.current.as_mut().and_then(Iterator::next) {
                return Some(l);
            }
            let i = self.next;
            let p = self.paras.get(i)?;
            self.next += 1;
            self.current = Some(if self.markers {
                let (segs, tags) = super::markers::decorate_tagged(&p.segments);
                Lines::new(segs.into(), tags.into(), self.width)
            } else {
                Lines::new(p.segments.as_slice().into(), (&[][..]).into(), self.width)
            });
            if i > 0 {
                return Some(Vec::new());
            }
        }
    }
}

/// [`CellLines`] of `paras` at `width`.
pub fn cell_lines(paras: &[ViewParagraph], width: usize, markers: bool) -> CellLines<'_> {
    CellLines {
        paras,
        next: 0,
        width,
        markers,
        current: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_closing_table_agrees_with_the_closing_string() {
        for b in 0u8..128 {
            let c = char::from(b);
            assert_eq!(CLOSING_ASCII[usize::from(b)], CLOSING.contains(c), "{c:?}");
        }
    }
}
