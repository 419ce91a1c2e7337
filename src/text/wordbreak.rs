//! Word boundaries of Unicode's UAX #29, with a fast path for ASCII.
//!
//! Every stage splits text into words (terms, word vectors, word diffs,
//! names, figures), and `unicode-segmentation`'s general state machine was
//! the costliest single step of a comparison. News text is mostly ASCII, so
//! the text is cut into chunks (a run of ASCII whitespace and the run of
//! other characters after it) whose edges are always word boundaries: no
//! rule of UAX #29 joins a non-space character to the ASCII whitespace that
//! follows it. A chunk that is pure ASCII is split here with the rules as
//! they apply to ASCII (WB3-WB13b); any other chunk goes to
//! `unicode-segmentation`.
//!
//! Guarantee: the same segments, with the same offsets, as
//! `str::split_word_bound_indices` for every input (a property test checks
//! it on mixed ASCII and non-ASCII text).

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// Word-break classes of ASCII characters (UAX #29 table 3).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Numeric,
    /// `:`
    MidLetter,
    /// `.`
    MidNumLet,
    /// `'`
    SingleQuote,
    /// `,` `;`
    MidNum,
    /// `_`
    ExtendNumLet,
    Other,
}

const fn class_of(b: u8) -> Wb {
    match b {
        b'\r' => Wb::Cr,
        b'\n' => Wb::Lf,
        0x0b | 0x0c => Wb::Newline,
        b' ' => Wb::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b'.' => Wb::MidNumLet,
        b'\'' => Wb::SingleQuote,
        b',' | b';' => Wb::MidNum,
        b'_' => Wb::ExtendNumLet,
        _ => Wb::Other,
    }
}

const CLASS: [Wb; 128] = {
    let mut t = [Wb::Other; 128];
    let mut i = 0;
    while i < 128 {
        #[allow(clippy::cast_possible_truncation)] // i < 128
        {
            t[i] = class_of(i as u8);
        }
        i += 1;
    }
    t
};

/// ASCII letters and digits.
const ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = matches!(CLASS[i], Wb::Letter | Wb::Numeric);
        i += 1;
    }
    t
};

/// ASCII letters and digits, over all 256 byte values (bytes of non-ASCII
/// characters are none).
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = ALNUM[i];
        i += 1;
    }
    t
};

/// ASCII bytes that may join a run of letters and digits from behind or
/// hold a word: letters, digits and `_`.
const JOINS_RUN: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = matches!(CLASS[i], Wb::Letter | Wb::Numeric | Wb::ExtendNumLet);
        i += 1;
    }
    t
};

/// The class of a byte; bytes of non-ASCII characters (only ever looked at
/// behind a chunk's start) join nothing here.
fn class(b: u8) -> Wb {
    CLASS.get(usize::from(b)).copied().unwrap_or(Wb::Other)
}

fn is_ah(c: Option<Wb>) -> bool {
    c == Some(Wb::Letter)
}

fn is_num(c: Option<Wb>) -> bool {
    c == Some(Wb::Numeric)
}

/// Whether UAX #29 keeps `bytes[at - 1]` and `bytes[at]` in one segment;
/// `bytes` is one ASCII chunk (what lies outside it never joins it).
fn joined(bytes: &[u8], at: usize) -> bool {
    let class_at = |k: usize| bytes.get(k).map(|&b| class(b));
    let (left, right) = (class(bytes[at - 1]), class(bytes[at]));
    let left2 = at.checked_sub(2).and_then(class_at);
    let right2 = class_at(at + 1);
    let mid_letter = |c: Wb| matches!(c, Wb::MidLetter | Wb::MidNumLet | Wb::SingleQuote);
    let mid_num = |c: Wb| matches!(c, Wb::MidNum | Wb::MidNumLet | Wb::SingleQuote);
    // WB3, WB3d, then WB3a/b: line breaks stand alone.
    if (left, right) == (Wb::Cr, Wb::Lf) || (left, right) == (Wb::Space, Wb::Space) {
        return true;
    }
    let newline = |c: Wb| matches!(c, Wb::Cr | Wb::Lf | Wb::Newline);
    if newline(left) || newline(right) {
        return false;
    }
    let alnum = |c: Wb| matches!(c, Wb::Letter | Wb::Numeric);
    match (left, right) {
        // WB5, WB8-WB10, WB13a, WB13b.
        (x, y) if alnum(x) && alnum(y) => true,
        (x, Wb::ExtendNumLet) if alnum(x) || x == Wb::ExtendNumLet => true,
        (Wb::ExtendNumLet, y) if alnum(y) => true,
        // WB6, WB7: "U.S", "Russia's".
        (Wb::Letter, m) if mid_letter(m) => is_ah(right2),
        (m, Wb::Letter) if mid_letter(m) && is_ah(left2) => true,
        // WB11, WB12: "3.5", "1,000".
        (Wb::Numeric, m) if mid_num(m) => is_num(right2),
        (m, Wb::Numeric) => mid_num(m) && is_num(left2),
        _ => false,
    }
}

/// The word-bound segments of a text with their byte offsets (see the
/// module doc).
pub(super) fn word_bounds(text: &str) -> WordBounds<'_> {
    WordBounds {
        text,
        pos: 0,
        chunk_end: 0,
        slow: None,
        words_only: false,
    }
}

/// The segments of [`word_bounds`] that hold a letter or digit: words.
/// ASCII whitespace and punctuation are stepped over, never cut out.
pub(super) fn word_segments(text: &str) -> WordBounds<'_> {
    WordBounds {
        words_only: true,
        ..word_bounds(text)
    }
}

/// Iterator of [`word_bounds`] and [`word_segments`].
pub(super) struct WordBounds<'a> {
    text: &'a str,
    /// Start of the next segment of the current ASCII chunk, or of the
    /// next chunk.
    pos: usize,
    /// End of the current ASCII chunk (`pos` when there is none).
    chunk_end: usize,
    /// The current non-ASCII chunk: its offset and the general segmenter
    /// (boxed: it is large and rare, and the iterator is moved around).
    slow: Option<Box<(usize, UWordBoundIndices<'a>)>>,
    /// Only segments with a letter or digit.
    words_only: bool,
}

impl<'a> Iterator for WordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        loop {
            if let Some(slow) = &mut self.slow {
                let (offset, it) = &mut **slow;
                if let Some((i, s)) = it.next() {
                    if self.words_only && !s.chars().any(char::is_alphanumeric) {
                        continue;
                    }
                    return Some((*offset + i, s));
                }
                self.slow = None;
            }
            let bytes = self.text.as_bytes();
            if self.pos >= self.chunk_end {
                if self.pos >= bytes.len() {
                    return None;
                }
                // The next chunk: ASCII whitespace, then everything up to
                // the next ASCII whitespace.
                let start = self.pos;
                let mut end = start;
                while end < bytes.len() && bytes[end].is_ascii_whitespace() {
                    end += 1;
                }
                let spaces_end = end;
                // Words only: the chunk's leading run of ASCII letters and
                // digits is one word (WB5, WB8-WB10).
                if self.words_only {
                    while end < bytes.len() && WORD_BYTE[usize::from(bytes[end])] {
                        end += 1;
                    }
                }
                let run_end = end;
                // Non-ASCII bytes have the top bit set: or-ing every byte
                // tells whether the chunk is pure ASCII. `joins`: whether a
                // byte after the run may join it or start another word.
                let mut high = 0u8;
                let mut joins = false;
                while end < bytes.len() && !bytes[end].is_ascii_whitespace() {
                    high |= bytes[end];
                    joins |= JOINS_RUN[usize::from(bytes[end] & 0x7f)];
                    end += 1;
                }
                // The common chunk, a word alone or with ASCII punctuation
                // after it ("ferries,", "said."): nothing after the run
                // joins it (WB6, WB7, WB11-WB13b all need a letter, digit or
                // `_` after the mark) and the rest holds no word.
                if run_end > spaces_end && high.is_ascii() && !joins {
                    self.pos = end;
                    self.chunk_end = end;
                    return Some((spaces_end, &self.text[spaces_end..run_end]));
                }
                if !high.is_ascii() {
                    // Whitespace bytes are ASCII, so `end` is a char boundary.
                    let chunk = &self.text[start..end];
                    self.pos = end;
                    self.chunk_end = end;
                    self.slow = Some(Box::new((start, chunk.split_word_bound_indices())));
                    continue;
                }
                self.chunk_end = end;
                if self.words_only {
                    // The leading spaces are segments of their own (nothing
                    // joins them to what follows), and no words.
                    self.pos = spaces_end;
                    if self.pos >= end {
                        continue;
                    }
                }
            }
            let chunk = &bytes[..self.chunk_end];
            let start = self.pos;
            let mut end = start + 1;
            loop {
                // Letters and digits always join (WB5, WB8-WB10): the
                // common case, without the general rules. Once one
                // joins, the byte before the next is known to be one.
                if ALNUM[usize::from(chunk[end - 1] & 0x7f)] {
                    while end < chunk.len() && ALNUM[usize::from(chunk[end] & 0x7f)] {
                        end += 1;
                    }
                }
                if end < chunk.len() && joined(chunk, end) {
                    end += 1;
                } else {
                    break;
                }
            }
            self.pos = end;
            if self.words_only && !chunk[start..end].iter().any(u8::is_ascii_alphanumeric) {
                continue;
            }
            return Some((start, &self.text[start..end]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn general(t: &str) -> Vec<(usize, &str)> {
        t.split_word_bound_indices().collect()
    }

    fn fast(t: &str) -> Vec<(usize, &str)> {
        word_bounds(t).collect()
    }

    /// What `word_segments` must give: the general segments with a letter
    /// or digit.
    fn general_words(t: &str) -> Vec<(usize, &str)> {
        general(t)
            .into_iter()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    fn fast_words(t: &str) -> Vec<(usize, &str)> {
        word_segments(t).collect()
    }

    #[test]
    fn same_as_unicode_segmentation_on_news_text() {
        for t in [
            "",
            " ",
            "The U.S. paid $3.5 billion, Russia's share: 1,000,000.5 units; a:b a.b.",
            "  two  spaces\t\ttabs\r\n\r\rcr\x0bvt\x0cff end.  ",
            "snake_case _lead trail_ 3_000 a'b 'quoted' 3'4 x.5 5.x ..a a.. ::",
            "\u{201c}Curly\u{201d} quotes and caf\u{e9} na\u{ef}ve \u{2019}til it\u{2019}s",
            "e\u{301} combining, \u{200d}zwj, \u{a0}nbsp\u{a0}, \u{1f44d}\u{1f3fd} emoji 日本語です",
            " \u{301}after space",
        ] {
            assert_eq!(fast(t), general(t), "{t:?}");
            assert_eq!(fast_words(t), general_words(t), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn same_as_unicode_segmentation(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Zed", "9", "42", " ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c",
                    ".", ",", ";", ":", "'", "\"", "_", "-", "$", "%", "(", "é", "\u{2019}",
                    "\u{201c}", "\u{301}", "\u{200d}", "\u{a0}", "日", "\u{2029}", "\u{1f44d}",
                    "\u{1f1fa}", "\u{ad}", "\u{5d0}",
                ]),
                0..40,
            )
        ) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(fast(&t), general(&t));
            proptest::prop_assert_eq!(fast_words(&t), general_words(&t));
        }
    }
}
