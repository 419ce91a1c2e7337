//! UAX #29 sentence boundaries of ASCII text, the very pieces
//! `unicode-segmentation`'s `split_sentence_bound_indices` gives, about ten
//! times cheaper: the same state machine (ported from its `sentence.rs`,
//! MIT/Apache-2.0), with each byte's sentence-break category read from a
//! 128-entry table instead of a search of the Unicode tables per character.
//! The loader splits every paragraph so; the Unicode path cost about 300
//! instructions a byte.
//!
//! Guarantee: for every ASCII text, [`bound_indices`] equals
//! `text.split_sentence_bound_indices()` (checked exhaustively on short
//! texts and by a property test on long ones). ASCII has no `Sep`,
//! `OLetter`, `Extend` or `Format` characters, so their rules never fire.

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

/// What the last characters were (`StatePart` upstream; no `Sep`, and no
/// `Eot`: the breaks are found in one pass, not resumed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts, oldest first.
type State = [Part; 4];

fn advance(parts: State, cat: Cat) -> State {
    match (parts[3], cat) {
        (Part::ClosePlus, Cat::Close) | (Part::SpPlus, Cat::Sp) => parts,
        _ => [
            parts[1],
            parts[2],
            parts[3],
            match cat {
                Cat::Cr => Part::Cr,
                Cat::Lf => Part::Lf,
                Cat::ATerm => Part::ATerm,
                Cat::Upper | Cat::Lower => Part::UpperLower,
                Cat::Close => Part::ClosePlus,
                Cat::Sp => Part::SpPlus,
                Cat::STerm => Part::STerm,
                Cat::Other | Cat::Numeric | Cat::SContinue => Part::Other,
            },
        ],
    }
}

fn cat(b: u8) -> Cat {
    CATS.get(usize::from(b)).copied().unwrap_or(Cat::Other)
}

/// SB8: `ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower`.
fn sb8(parts: State, ahead: &[u8]) -> bool {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    if parts[idx] != Part::ATerm {
        return false;
    }
    for &b in ahead {
        match cat(b) {
            Cat::Lower => return true,
            Cat::Upper | Cat::Cr | Cat::Lf | Cat::STerm | Cat::ATerm => return false,
            _ => {}
        }
    }
    false
}

/// `SB8a`: `SATerm Close* Sp* × (SContinue | SATerm)`.
fn sb8a(parts: State) -> bool {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// SB9: `SATerm Close* × (Close | Sp | ParaSep)`.
fn sb9(parts: State) -> bool {
    let idx = if parts[3] == Part::ClosePlus { 2 } else { 3 };
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// SB11: `SATerm Close* Sp* ParaSep? ÷`.
fn sb11(parts: State) -> bool {
    let mut idx = match parts[3] {
        Part::Cr | Part::Lf => 2,
        _ => 3,
    };
    if parts[idx] == Part::SpPlus {
        idx -= 1;
    }
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// Every sentence boundary of an ASCII text, in order (the start, each
/// break, and the end; nothing for an empty text).
fn breaks(text: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut state: State = [Part::Sot; 4];
    for (before, &b) in text.iter().enumerate() {
        let c = cat(b);
        let prev = state;
        state = advance(state, c);
        let split = if prev[3] == Part::Sot {
            true
        } else if c == Cat::Lf && prev[3] == Part::Cr {
            false
        } else if matches!(prev[3], Part::Cr | Part::Lf) {
            true
        } else if (c == Cat::Numeric && prev[3] == Part::ATerm)
            || (c == Cat::Upper && prev[2] == Part::UpperLower && prev[3] == Part::ATerm)
            || sb8(prev, &text[before..])
            || (matches!(c, Cat::SContinue | Cat::STerm | Cat::ATerm) && sb8a(prev))
            || (matches!(c, Cat::Close | Cat::Sp | Cat::Cr | Cat::Lf) && sb9(prev))
            || (matches!(c, Cat::Sp | Cat::Cr | Cat::Lf) && sb8a(prev))
        {
            false
        } else {
            sb11(prev)
        };
        if split {
            out.push(before);
        }
    }
    if state[3] != Part::Sot {
        out.push(text.len());
    }
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
