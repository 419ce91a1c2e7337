//! How alike two paragraphs are *written*: the tie-breaker among rows whose
//! anchors tell a paragraph equally well by content.
//!
//! Content similarity reads stems of content words, so a report that tells
//! the same sentences twice, in another order or a few function words
//! apart ("relations at 'all-time low'" and "relations may be at 'all-time
//! low'"), gives both copies the same score for an edited copy of either.
//! Their words as written, in order (the longest common subsequence of
//! their lower-case words, function words kept), still tell which one the
//! copy was edited from; where the words tie too, the punctuation marks
//! between them ([`marked`]: quotation marks, a closing full stop, read
//! typography-folded) do: an edited copy keeps its source's, where a
//! retelling in the same words may differ. Identical texts get identical
//! words and marks, so twins stay tied. The cost is quadratic in words,
//! bounded by [`MAX_WORDS`]: callers ask only about rows tied on content.

use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;

use crate::text::{fold_char, lcs_len, words};

/// Words of a paragraph compared (the rest is not read).
pub(super) const MAX_WORDS: usize = 300;

/// Hashes of a text's first [`MAX_WORDS`] lower-case words, in order.
pub(super) fn written(text: &str) -> Vec<u64> {
    let out: Vec<u64> = words(text)
        .take(MAX_WORDS)
        .map(|(_, w)| FxBuildHasher.hash_one(w.to_lowercase()))
        .collect();
    // The rows hold many paragraphs' words at once: each in a block of its
    // size, not the capacity the collection doubled to.
    crate::memory::exact(out)
}

/// [`written`] with the punctuation marks before, between and after the
/// words, in order: read only where the words alone tie.
pub(super) fn marked(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut at = 0;
    for (n, (start, w)) in words(text).enumerate() {
        marks(&text[at..start], &mut out);
        if n == MAX_WORDS {
            return out;
        }
        out.push(FxBuildHasher.hash_one(w.to_lowercase()));
        at = start + w.len();
    }
    marks(&text[at..], &mut out);
    out
}

/// Hashes of the marks (non-space characters, typography-folded) of a
/// stretch between words, tagged apart from any word's hash.
fn marks(gap: &str, out: &mut Vec<u64>) {
    for c in gap
        .chars()
        .filter_map(fold_char)
        .filter(|c| !c.is_whitespace())
    {
        out.push(FxBuildHasher.hash_one((MARK, c)));
    }
}

/// Tag of a mark's hash.
const MARK: u8 = 0x2e;

/// Share of two word sequences in their longest common subsequence, as a
/// Dice coefficient (0 when both are empty).
pub(super) fn likeness(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * lcs_len(a, b) as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f64 {
        likeness(&written(a), &written(b))
    }

    fn sim_marked(a: &str, b: &str) -> f64 {
        likeness(&marked(a), &marked(b))
    }

    #[test]
    fn the_copy_is_closest_to_the_text_it_was_edited_from() {
        let copy = "Harbour fees may be at a record high the mayor said.";
        let source = "Harbour fees may be at a record high, the mayor said.";
        let cousin = "Harbour fees at a record high, the mayor said.";
        assert!(sim(copy, source) > sim(copy, cousin));
        // Sentences in another order, though the edit took the words
        // where the two sentences meet.
        let edited = "The ferry left at noon. Gulls followed the boat out.";
        let same_order = "The ferry left at dawn. Gulls followed the boat out.";
        let swapped = "Gulls followed the boat out. The ferry left at dawn.";
        assert!(sim(edited, same_order) > sim(edited, swapped));
        // Twins tie exactly, and case does not count.
        assert_eq!(
            sim(copy, source).to_bits(),
            sim(
                copy,
                "harbour FEES may be at a record high, the mayor said."
            )
            .to_bits()
        );
        assert!((sim(source, source) - 1.0).abs() < 1e-12);
        // Same words, other marks: the copy keeps its source's quotation
        // marks and closing stop; curly and straight quotes are alike.
        let quoted = "\"We discussed the fares,\" he said.";
        let bare = "We discussed the fares, he said.";
        let edited = "\u{201c}We discussed all the fares,\u{201d} he said.";
        assert_eq!(sim(edited, quoted).to_bits(), sim(edited, bare).to_bits());
        assert!(sim_marked(edited, quoted) > sim_marked(edited, bare));
        let curly = "\u{201c}We discussed the fares,\u{201d} he said.";
        assert!((sim_marked(quoted, curly) - 1.0).abs() < 1e-12);
        assert!(sim_marked("Fares rose.", "Fares rose.") > sim_marked("Fares rose.", "Fares rose"));
        assert!(sim("", "").abs() < f64::EPSILON);
    }
}
