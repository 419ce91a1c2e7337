//! Sentence and word segmentation: Unicode's rules (UAX #29, through
//! `unicode-segmentation`) corrected for what news prose needs: titles and
//! abbreviations ("Mr.", "Sen.", "U.S.", "Jan."), initials ("George W. Bush"),
//! and ellipses that do not end a sentence.

mod ascii;

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::wordbreak::word_bounds;
use super::wordmemo::Words;

/// Abbreviations that never end a sentence: a capitalised word after them
/// is a name or a number, not a new sentence.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cpl",
    "adm", "maj", "st", "mt", "ft", "rev", "hon", "pres", "supt", "det", "insp", "messrs", "no",
    "nos", "vs", "v", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig",
    "approx", "est", "ave", "blvd", "dept", "univ", "corp",
];

/// Abbreviations that may end a sentence; after them a break is kept only
/// when the next word is a typical sentence opener.
const MAYBE_FINAL: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "jr", "sr", "inc", "co", "ltd", "etc", "d.c",
    "u.s.a", "n.y", "l.a", "bros", "plc", "llc",
];

/// Words that typically open a sentence; used to decide "U.S. The ..." .
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "for",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "some",
    "many",
    "most",
    "officials",
    "according",
    "earlier",
    "later",
    "last",
    "no",
    "not",
    "since",
    "what",
    "who",
    "why",
    "how",
    "one",
    "two",
    "three",
    "both",
    "all",
];

/// Splits a paragraph into sentences, returned as trimmed byte ranges.
///
/// Every non-blank character of `text` lies in exactly one range, ranges are
/// in order and never empty.
#[must_use]
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    // ASCII text (most news text) takes the table-driven copy of the same
    // UAX #29 rules: the same pieces at a tenth of the cost.
    if text.is_ascii() {
        join_sentences(text, ascii::bound_indices(text))
    } else {
        join_sentences(text, unicode_pieces(text).into_iter())
    }
}

/// Longest run of spaces, closing marks or other non-letters handed to `unicode-segmentation`
/// in one piece: its SB8 look-ahead rescans such a run after a full stop
/// at every character (quadratic), so a longer run is cut there first. No
/// prose has one; a sentence boundary could only fall inside it anyway.
const LONGEST_RUN: usize = 1_000;

/// `split_sentence_bound_indices` of `text`, cut at runs of more than
/// [`LONGEST_RUN`] spaces or closing marks.
fn unicode_pieces(text: &str) -> Vec<(usize, &str)> {
    // Every character that is neither a letter, a digit nor a sentence
    // end: a superset of UAX #29's Close and Sp, in any script (curly
    // quotes, guillemets, full-width brackets).
    let quiet = |c: char| {
        !c.is_alphanumeric()
            && !matches!(
                c,
                '.' | '!'
                    | '?'
                    | '\u{3002}'
                    | '\u{ff01}'
                    | '\u{ff1f}'
                    | '\u{ff0e}'
                    | '\u{ff61}'
                    | '\u{61f}'
                    | '\u{964}'
                    | '\u{965}'
                    | '\u{203c}'
                    | '\u{2047}'
                    | '\u{2048}'
                    | '\u{2049}'
                    | '\u{2026}'
            )
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut run = 0;
    for (i, c) in text.char_indices() {
        run = if quiet(c) { run + 1 } else { 0 };
        if run > LONGEST_RUN {
            let cut = i + c.len_utf8();
            out.extend(
                text[start..cut]
                    .split_sentence_bound_indices()
                    .map(|(k, p)| (start + k, p)),
            );
            start = cut;
            run = 0;
        }
    }
    out.extend(
        text[start..]
            .split_sentence_bound_indices()
            .map(|(k, p)| (start + k, p)),
    );
    out
}

/// [`split_sentences`] from the UAX #29 pieces of `text`.
fn join_sentences<'t>(
    text: &'t str,
    pieces: impl Iterator<Item = (usize, &'t str)>,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut glue_next = false;
    for (start, piece) in pieces {
        let trimmed = trim_range(text, start..start + piece.len());
        if trimmed.is_empty() {
            continue;
        }
        let starts_lower = text[trimmed.clone()]
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| !c.is_uppercase() && !c.is_numeric());
        match out.last_mut() {
            Some(prev) if glue_next || starts_lower => prev.end = trimmed.end,
            _ => out.push(trimmed.clone()),
        }
        let cur = out.last().cloned().unwrap_or(trimmed);
        glue_next = ends_without_break(&text[cur], &text[start + piece.len()..]);
    }
    out
}

/// Whether a fragment that UAX #29 ended should continue into the next one.
fn ends_without_break(sentence: &str, rest: &str) -> bool {
    let s = sentence.trim_end();
    if !s.ends_with('.') {
        return false;
    }
    let body = &s[..s.len() - 1];
    // The last whitespace-separated token, without opening punctuation.
    let last = body
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if last.is_empty() {
        return false;
    }
    let lower = last.to_lowercase();
    let next_word: String = rest
        .trim_start()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    // A single initial ("W.") or an initialism in progress ("J.R.").
    let mut letters = last.chars().filter(|c| c.is_alphabetic());
    let single_letter = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    if single_letter && last.chars().filter(|c| *c != '.').count() == 1 {
        return !OPENERS.contains(&next_word.as_str());
    }
    if body.ends_with("..") {
        // An ellipsis: a break only before a capitalised opener.
        return false;
    }
    if NEVER_FINAL.contains(&lower.as_str()) {
        return true;
    }
    if MAYBE_FINAL.contains(&lower.as_str()) {
        return !OPENERS.contains(&next_word.as_str());
    }
    false
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead == piece.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// Word tokens of a text with their byte offsets: Unicode word segments
/// that contain a letter or digit (so "U.S." and "3.5" are one word each).
/// A text segmented before on this thread is read from a memo
/// ([`super::forget_words`] drops it).
pub fn words(text: &str) -> Words<'_> {
    super::wordmemo::words(text)
}

/// [`words`] without the memo, segmented only as far as the caller
/// reads: for a text read once, or for its first words only (the suffix
/// of a paragraph after a name), where hashing and keeping the whole text
/// would cost more than the words read (and, over every suffix of a long
/// paragraph, quadratic time).
pub fn words_once(text: &str) -> Words<'_> {
    super::wordmemo::direct(text)
}

/// Number of word tokens in a text.
#[must_use]
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// [`word_count`], counted no further than `cap + 1`: the same answer to
/// any test against `cap` or less ("more than `cap` words?"), without
/// segmenting the rest of a long paragraph.
#[must_use]
pub fn word_count_upto(text: &str, cap: usize) -> usize {
    words(text).take(cap.saturating_add(1)).count()
}

/// Every segment of a text (words, spaces, punctuation) with byte offsets;
/// concatenated they rebuild the text. Word diffs run over these.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    word_bounds(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split_sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_titles_do_not_split() {
        assert_eq!(
            sents("Mr. Tillerson met Sen. John McCain and Dr. Smith. They talked."),
            vec![
                "Mr. Tillerson met Sen. John McCain and Dr. Smith.",
                "They talked."
            ]
        );
        assert_eq!(
            sents("The U.S. Navy fired. In the U.S. The talks failed."),
            vec!["The U.S. Navy fired.", "In the U.S.", "The talks failed."]
        );
        assert_eq!(
            sents("George W. Bush spoke at 9 a.m. Monday on Jan. 5 about No. 10."),
            vec!["George W. Bush spoke at 9 a.m. Monday on Jan. 5 about No. 10."]
        );
    }

    #[test]
    fn decimals_money_and_quotes() {
        assert_eq!(
            sents("It cost $3.5 billion, up 2.5%. \"We won,\" he said. \"It is over.\" Then?"),
            vec![
                "It cost $3.5 billion, up 2.5%.",
                "\"We won,\" he said.",
                "\"It is over.\"",
                "Then?"
            ]
        );
        assert_eq!(
            sents("He paused... and went on. Done."),
            vec!["He paused... and went on.", "Done."]
        );
        assert_eq!(
            sents("Trump said it \u{201c}may be at an all-time low.\u{201d} Russia disagreed."),
            vec![
                "Trump said it \u{201c}may be at an all-time low.\u{201d}",
                "Russia disagreed."
            ]
        );
    }

    #[test]
    fn words_keep_initialisms_and_numbers() {
        let w: Vec<&str> = words("The U.S. paid $3.5 billion, Russia's share.")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(
            w,
            vec!["The", "U.S", "paid", "3.5", "billion", "Russia's", "share"]
        );
    }

    #[test]
    fn a_capped_count_answers_every_test_against_the_cap() {
        let t = "Two ferries, the Ada and the Bell, left the quay at 6.30 before the storm.";
        assert_eq!(word_count(t), 15);
        for cap in 0..20 {
            assert_eq!(word_count_upto(t, cap), word_count(t).min(cap + 1), "{cap}");
        }
        assert_eq!(word_count_upto("", 3), 0);
        assert_eq!(word_count_upto("one two", usize::MAX), 2);
    }
}
