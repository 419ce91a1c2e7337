//! Byte scans for short fixed strings in running text, for the passes that
//! ask every paragraph or token whether one of a few labels occurs in it:
//! `str::find`/`contains` build a substring searcher per call, which cost
//! more than the search on short texts and on lists of labels.
//!
//! Guarantee: each function answers exactly what the `str` method named
//! in its doc answers (property tests check it).

/// Which of `labels` occur in `text` (bit `k` for `labels[k]`, as
/// `text.contains(labels[k])` would say), from one pass over its bytes.
/// At most 64 labels, none empty (callers' lists check their length at
/// compile time).
#[must_use]
pub fn labels_in(text: &str, labels: &[&str]) -> u64 {
    debug_assert!(labels.len() <= 64 && labels.iter().all(|l| !l.is_empty()));
    let mut first = [false; 256];
    for l in labels {
        first[usize::from(l.as_bytes()[0])] = true;
    }
    let bytes = text.as_bytes();
    let mut out = 0u64;
    for (i, &b) in bytes.iter().enumerate() {
        if first[usize::from(b)] {
            for (k, l) in labels.iter().enumerate() {
                if bytes[i..].starts_with(l.as_bytes()) {
                    out |= 1 << k;
                }
            }
        }
    }
    out
}

/// `hay.contains(pat)` for a short haystack, comparing byte by byte (a
/// UTF-8 `pat` can only match on a character boundary of `hay`).
#[must_use]
pub fn has(hay: &str, pat: &str) -> bool {
    let (h, p) = (hay.as_bytes(), pat.as_bytes());
    p.is_empty()
        || h.windows(p.len())
            .any(|w| w.iter().zip(p).all(|(a, b)| a == b))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn scans_answer_as_str_does(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Photo", ": ", "Photo: ", "http", "www.", ".com", "é", "P", " ", "x", "©",
                ]),
                0..10,
            ),
        ) {
            let t: String = parts.concat();
            let labels = ["Photo: ", "http", "www.", ".com", "©", "P"];
            let bits = labels_in(&t, &labels);
            for (k, l) in labels.iter().enumerate() {
                proptest::prop_assert_eq!(bits >> k & 1 == 1, t.contains(l));
                proptest::prop_assert_eq!(has(&t, l), t.contains(l));
            }
            proptest::prop_assert!(has(&t, ""));
        }
    }
}
