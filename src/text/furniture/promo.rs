//! A link to another story pasted inside a paragraph: "... through the
//! night. Read more: Peru declares emergency after floods The regional
//! fire chief said ...". Scraped pages keep the promo's label and
//! headline inline, glued to the story's sentences; it is split off as a
//! furniture paragraph of its own so that neither its words nor its
//! figures count as the story's.
//!
//! Guarantees: the label follows a sentence end (or opens the paragraph)
//! and is one of a few fixed labels in several languages; the headline
//! is at most [`MAX_HEADLINE`] words and ends where the story's next
//! sentence starts (a capitalised small word after a lower-case word, the
//! capital opening the first lower-case run of a Title Case headline, or
//! the headline's own stop); nothing of the paragraph is lost.

use std::ops::Range;

use crate::text::segment::words;

/// Labels of an inline promo, as written (case matters: "Read more" in
/// running prose is rare, "read more" is an ordinary phrase).
const LABELS: &[&str] = &[
    "Read more",
    "READ MORE",
    "Read More",
    "Also read",
    "ALSO READ",
    "Read also",
    "See also",
    "Related:",
    "RELATED:",
    "Lire aussi",
    "LIRE AUSSI",
    "À lire aussi",
    "Leer también",
    "Lea también",
    "LEA TAMBIÉN",
    "Lesen Sie auch",
    "Mehr zum Thema",
    "Leia também",
];
// `text::scan::labels_in` answers for up to 64 labels.
const _: () = assert!(LABELS.len() <= 64);

/// Longest promo headline, in words.
pub const MAX_HEADLINE: usize = 20;

/// Small words that Title Case headlines keep in lower case.
const SMALL: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "as", "after",
    "with", "from", "over", "vs",
];

/// Capitalised words that open a sentence of the story after the
/// headline.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "This",
    "That",
    "His",
    "Her",
    "Their",
    "After",
    "When",
    "Meanwhile",
    "However",
    "Some",
    "Many",
    "Officials",
    "Police",
];

/// The byte range of an inline promo (label and headline) in a
/// paragraph, if it has one.
#[must_use]
pub fn inline_promo(text: &str) -> Option<Range<usize>> {
    // Most paragraphs hold no label: one pass says which do.
    let present = crate::text::scan::labels_in(text, LABELS);
    for (k, label) in LABELS.iter().enumerate() {
        if present >> k & 1 == 0 {
            continue;
        }
        let mut from = 0;
        while let Some(k) = find_label(&text[from..], label) {
            let at = from + k;
            from = at + label.len();
            let before = text[..at].trim_end();
            if !(before.is_empty() || before.ends_with(['.', '!', '?', '"', '\u{201d}'])) {
                continue;
            }
            let rest = &text[from..];
            // "Read more:", French "Lire aussi :".
            let rest = rest
                .strip_prefix(':')
                .or_else(|| rest.strip_prefix(" :"))
                .or_else(|| rest.strip_prefix("\u{a0}:"))
                .unwrap_or(rest);
            if !rest.starts_with(char::is_whitespace) {
                continue;
            }
            let start = text.len() - rest.len();
            if let Some(end) = headline_end(text, start) {
                return Some(at..end);
            }
        }
    }
    None
}

/// `hay.find(label)`: a scan for the label's first byte, then a compare
/// (a substring searcher built for every label of every paragraph cost
/// more than the search). The first byte of a UTF-8 string opens a
/// character, so a match starts on a character boundary.
fn find_label(hay: &str, label: &str) -> Option<usize> {
    let (bytes, want) = (hay.as_bytes(), label.as_bytes());
    let first = *want.first()?;
    let mut from = 0;
    while let Some(k) = bytes[from..].iter().position(|&b| b == first) {
        let at = from + k;
        if bytes[at..].starts_with(want) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Where a promo headline that starts at byte `start` ends: before the
/// story's next sentence, or at the paragraph's end.
fn headline_end(text: &str, start: usize) -> Option<usize> {
    // Only the first words can be the headline: collecting the rest of a
    // long paragraph at every label made it quadratic.
    let ws: Vec<(usize, &str)> = words(&text[start..])
        .take(MAX_HEADLINE + 2)
        .map(|(o, w)| (o + start, w))
        .collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    if !ws.first().is_some_and(|(_, w)| capital(w)) {
        return None;
    }
    let end_of = |k: usize| ws[k].0 + ws[k].1.len();
    for k in 1..ws.len().min(MAX_HEADLINE + 1) {
        let gap = &text[end_of(k - 1)..ws[k].0];
        // The headline's own stop ("... after floods. The chief said").
        if gap.contains(['.', '!', '?']) && capital(ws[k].1) {
            let stop = end_of(k - 1) + gap.find(['.', '!', '?']).unwrap_or(0) + 1;
            return Some(stop);
        }
        let prev = ws[k - 1].1;
        let lower_prev = prev.starts_with(char::is_lowercase);
        // Sentence case: "... after floods The regional fire chief".
        if lower_prev && !SMALL.contains(&prev) && OPENERS.contains(&ws[k].1) {
            return Some(end_of(k - 1));
        }
        // Title Case: the first lower-case word that no headline keeps in
        // lower case starts the story's sentence one word earlier.
        let title_case = ws[..k].iter().all(|(_, w)| capital(w) || SMALL.contains(w));
        let caps = ws[..k].iter().filter(|(_, w)| capital(w)).count();
        if title_case
            && caps >= 3
            && ws[k].1.starts_with(char::is_lowercase)
            && !SMALL.contains(&ws[k].1)
        {
            // Back over the small words to the capital that opens it.
            let j = (0..k).rev().find(|&j| capital(ws[j].1))?;
            return (j >= 2).then(|| end_of(j - 1));
        }
    }
    // A promo closing the paragraph.
    (ws.len() <= MAX_HEADLINE).then_some(text.trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn promo(t: &str) -> Option<&str> {
        inline_promo(t).map(|r| &t[r])
    }

    #[test]
    fn promos_end_where_the_story_goes_on() {
        let t = "Crews worked all night. Read more Peru declares emergency in three regions after floods The regional chief said more rain was due.";
        assert_eq!(
            promo(t),
            Some("Read more Peru declares emergency in three regions after floods")
        );
        let t = "Crews worked all night. READ MORE: Storm Hits Coast Towns As Rivers Burst the rivers rose again on Monday.";
        assert_eq!(
            promo(t),
            Some("READ MORE: Storm Hits Coast Towns As Rivers")
        );
        let t = "He left. Lire aussi : Inondations dans le sud. Les secours sont sur place.";
        assert_eq!(promo(t), Some("Lire aussi : Inondations dans le sud."));
        let t = "He left. Also read: Floods in the south. Rescuers are there.";
        assert_eq!(promo(t), Some("Also read: Floods in the south."));
        let t = "The vote is on Monday. Read more: What the new rules mean for you";
        assert_eq!(promo(t), Some("Read more: What the new rules mean for you"));
    }

    #[test]
    fn many_labels_in_one_paragraph_cost_linear_time() {
        // 40,000 labels, each followed by a lower-case word: read whole
        // at every label, the rest of the paragraph cost ~10^9 word steps.
        let t = "A. Read more x. ".repeat(40_000);
        let start = std::time::Instant::now();
        assert_eq!(inline_promo(&t), None);
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }

    proptest::proptest! {
        /// The label search finds what `str::find` finds.
        #[test]
        fn find_label_is_find(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "R", "Read", " more", "Read more", "À", "À lire aussi", "LEA TAMBIÉN", "É",
                    " ", ".", "x",
                ]),
                0..12,
            ),
            label in proptest::sample::select(LABELS.to_vec()),
        ) {
            let hay: String = parts.concat();
            proptest::prop_assert_eq!(find_label(&hay, label), hay.find(label));
            let present = crate::text::scan::labels_in(&hay, LABELS);
            for (k, l) in LABELS.iter().enumerate() {
                proptest::prop_assert_eq!(present >> k & 1 == 1, hay.contains(l));
            }
        }
    }

    #[test]
    fn prose_that_uses_the_words_is_no_promo() {
        assert_eq!(promo("Read more books, the minister told pupils."), None);
        assert_eq!(promo("Voters who read more news trust it less."), None);
        assert_eq!(
            promo("He said Read more was a campaign slogan of his."),
            None
        );
    }
}
