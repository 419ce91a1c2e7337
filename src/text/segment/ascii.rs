//! UAX #29 sentence boundaries of ASCII text, written from the rules of
//! Unicode Standard Annex #29 ("Sentence Boundary Rules", SB1-SB998), for
//! the one script most news text is in. Each byte's sentence-break
//! category comes from a 128-entry table, and one backward pass finds,
//! for every position, the first byte after it that SB8 looks for, so the
//! splitter is linear in the text (unicode-segmentation's look-ahead
//! rescans at every byte of a long run of closing punctuation or spaces
//! after a full stop; its per-character table search cost about 300
//! instructions a byte).
//!
//! Guarantee: for every ASCII text, [`bound_indices`] gives the pieces of
//! `unicode-segmentation`'s `split_sentence_bound_indices` (checked
//! exhaustively on short texts and by a property test on long ones), in
//! time linear in the text. ASCII has no `Sep`, `OLetter`, `Extend` or
//! `Format` characters, so the rules that name them (SB4's `Sep`, SB5)
//! never apply.

/// Sentence-break categories that ASCII characters have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Other,
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
}

/// The category of each ASCII byte (Unicode's `SentenceBreakProperty`).
const CATS: [Cat; 128] = {
    let mut t = [Cat::Other; 128];
    let mut b: u8 = 0;
    while b < 128 {
        t[b as usize] = match b {
            b'\r' => Cat::Cr,
            b'\n' => Cat::Lf,
            b'\t' | 0x0b | 0x0c | b' ' => Cat::Sp,
            b'a'..=b'z' => Cat::Lower,
            b'A'..=b'Z' => Cat::Upper,
            b'0'..=b'9' => Cat::Numeric,
            b'.' => Cat::ATerm,
            b'!' | b'?' => Cat::STerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Cat::Close,
            b',' | b'-' | b':' | b';' => Cat::SContinue,
            _ => Cat::Other,
        };
        b += 1;
    }
    t
};

fn cat(b: u8) -> Cat {
    CATS.get(usize::from(b)).copied().unwrap_or(Cat::Other)
}

/// How the text before a position ends, as the rules after SB7 read it:
/// `SATerm Close*` or `SATerm Close* Sp*`, and which terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// Neither.
    None,
    /// `SATerm Close*`; the flag says whether the terminator is an `ATerm`.
    Close { aterm: bool },
    /// `SATerm Close* Sp+`.
    Space { aterm: bool },
}

impl Tail {
    /// The tail after one more byte of category `c`.
    fn then(self, c: Cat) -> Tail {
        match (self, c) {
            (_, Cat::ATerm) => Tail::Close { aterm: true },
            (_, Cat::STerm) => Tail::Close { aterm: false },
            (Tail::Close { aterm }, Cat::Close) => Tail::Close { aterm },
            (Tail::Close { aterm } | Tail::Space { aterm }, Cat::Sp) => Tail::Space { aterm },
            _ => Tail::None,
        }
    }
}

/// For each position, whether the first byte at or after it that is a
/// letter, a paragraph separator or a terminator is a lower-case letter:
/// SB8's right-hand side, `(¬(OLetter | Upper | Lower | ParaSep |
/// SATerm))* Lower`. One backward pass.
fn lower_ahead(cats: &[Cat]) -> Vec<bool> {
    let mut out = vec![false; cats.len() + 1];
    for i in (0..cats.len()).rev() {
        out[i] = match cats[i] {
            Cat::Lower => true,
            Cat::Upper | Cat::Cr | Cat::Lf | Cat::STerm | Cat::ATerm => false,
            _ => out[i + 1],
        };
    }
    out
}

/// Whether there is a sentence boundary between byte `i - 1` and byte `i`
/// (`0 < i < len`), given how the text before it ends.
fn breaks_before(cats: &[Cat], i: usize, tail: Tail, lower_ahead: &[bool]) -> bool {
    let (left, right) = (cats[i - 1], cats[i]);
    // SB3: CR × LF. SB4: ParaSep ÷.
    if left == Cat::Cr && right == Cat::Lf {
        return false;
    }
    if matches!(left, Cat::Cr | Cat::Lf) {
        return true;
    }
    // SB6: ATerm × Numeric. SB7: (Upper | Lower) ATerm × Upper.
    if left == Cat::ATerm && right == Cat::Numeric {
        return false;
    }
    if left == Cat::ATerm
        && right == Cat::Upper
        && i >= 2
        && matches!(cats[i - 2], Cat::Upper | Cat::Lower)
    {
        return false;
    }
    let (after_term, aterm, spaced) = match tail {
        Tail::None => (false, false, false),
        Tail::Close { aterm } => (true, aterm, false),
        Tail::Space { aterm } => (true, aterm, true),
    };
    if !after_term {
        // SB998: Any × Any.
        return false;
    }
    // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
    if aterm && lower_ahead[i] {
        return false;
    }
    // SB8a: SATerm Close* Sp* × (SContinue | SATerm).
    if matches!(right, Cat::SContinue | Cat::STerm | Cat::ATerm) {
        return false;
    }
    // SB9: SATerm Close* × (Close | Sp | ParaSep).
    if !spaced && matches!(right, Cat::Close | Cat::Sp | Cat::Cr | Cat::Lf) {
        return false;
    }
    // SB10: SATerm Close* Sp* × (Sp | ParaSep).
    if matches!(right, Cat::Sp | Cat::Cr | Cat::Lf) {
        return false;
    }
    // SB11: SATerm Close* Sp* ParaSep? ÷ (the ParaSep case is SB4's).
    true
}

/// Every sentence boundary of an ASCII text, in order: the start (SB1),
/// each break, and the end (SB2); nothing for an empty text.
fn breaks(text: &[u8]) -> Vec<usize> {
    if text.is_empty() {
        return Vec::new();
    }
    let cats: Vec<Cat> = text.iter().map(|&b| cat(b)).collect();
    let ahead = lower_ahead(&cats);
    let mut out = vec![0];
    let mut tail = Tail::None.then(cats[0]);
    for i in 1..cats.len() {
        if breaks_before(&cats, i, tail, &ahead) {
            out.push(i);
        }
        tail = tail.then(cats[i]);
    }
    out.push(text.len());
    out
}

/// The sentence pieces of an ASCII text with their byte offsets, as
/// `split_sentence_bound_indices` gives them (see the module doc).
pub(super) fn bound_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    debug_assert!(text.is_ascii());
    let b = breaks(text.as_bytes());
    (1..b.len()).map(move |i| (b[i - 1], &text[b[i - 1]..b[i]]))
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    use super::*;

    fn same_as_unicode(text: &str) {
        let ours: Vec<(usize, &str)> = bound_indices(text).collect();
        let theirs: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn every_ascii_text_of_up_to_two_bytes() {
        same_as_unicode("");
        for a in 0u8..128 {
            same_as_unicode(&char::from(a).to_string());
            for b in 0u8..128 {
                same_as_unicode(&format!("{}{}", char::from(a), char::from(b)));
            }
        }
    }

    #[test]
    fn every_text_of_up_to_five_category_representatives() {
        // One character of each category, plus CR LF's parts.
        let reps: Vec<char> = "aZ7.!? \r\n\"(,#".chars().collect();
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            texts = texts
                .iter()
                .flat_map(|t| reps.iter().map(move |c| format!("{t}{c}")))
                .collect();
            for t in &texts {
                same_as_unicode(t);
            }
        }
    }

    #[test]
    fn news_sentences() {
        for t in [
            "Mr. Smith went to Washington. He said \"no.\" (Really!) Then left.\r\nNext line",
            "The U.S. economy grew 2.5 per cent. it was slow... And then? Yes: no; maybe - ok.",
            "\"Is it?\" she asked.  'Yes.'\t[He nodded.] {Done}\n\nNew paragraph 3.5.",
            "e.g. this and i.e. that. A.B. C.  x.\"y\" z.) a",
        ] {
            same_as_unicode(t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn long_texts_break_as_unicode_segmentation_does(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "b", "Z", "Mr", "U", "7", ".", "!", "?", " ", "  ", "\t", "\r", "\n",
                    "\r\n", "\"", "'", "(", ")", "[", "]", "{", "}", ",", "-", ":", ";", "#",
                    "$", "%", "&", "*", "/", "@", "_", "~", "\u{b}", "\u{c}", "\u{0}", "\u{7f}",
                ]),
                0..60,
            ),
        ) {
            let text = parts.concat();
            let ours: Vec<(usize, &str)> = bound_indices(&text).collect();
            let theirs: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
