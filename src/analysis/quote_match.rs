//! Matching quotations across reports: verbatim (same words once
//! typography is folded), partial (one is a contiguous part of the other),
//! altered (the same quotation with words changed, with its word diff) or
//! unique; and whether reports name different speakers.
//!
//! Candidates come from an inverted index of the quotes' content terms, so
//! the cost grows with the number of quotes, not its square.

use std::collections::HashMap;

use super::collect::FoundQuote;
use super::lexicon::{ORG_WORDS, TITLES};
use super::names::name_key;
use super::{FactKind, Quote, QuoteStatus};
use crate::align::word_diff;
use crate::text::{normalize, terms, words};

/// Terms in more quotes than this do not nominate candidates.
const MAX_DF: usize = 64;
/// Share of the shorter quote's terms the longer must have to be the same
/// quotation altered.
const ALTERED_CONTAINMENT: f64 = 0.6;

/// Share of the shorter quote's words the longer must have in the same
/// order to be the same quotation altered.
const ALTERED_ORDER: f64 = 0.55;
/// Quotes longer than this (in words) skip the word-order check.
const MAX_LCS_WORDS: usize = 300;

/// How two quotations relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    Verbatim,
    Partial,
    Altered,
}

/// Lower-case, typography-folded words of a quotation.
fn word_key(text: &str) -> Vec<String> {
    words(text)
        .map(|(_, w)| normalize(w).to_lowercase())
        .collect()
}

/// Whether `small` occurs as a contiguous run inside `big`.
fn contains_run(big: &[String], small: &[String]) -> bool {
    !small.is_empty() && small.len() <= big.len() && big.windows(small.len()).any(|w| w == small)
}

/// How two quotations relate, if they are the same quotation at all.
fn relate(wa: &[String], wb: &[String], ta: &[String], tb: &[String]) -> Option<Relation> {
    if wa == wb {
        return Some(Relation::Verbatim);
    }
    let min_len = wa.len().min(wb.len());
    if min_len >= 2 && (contains_run(wa, wb) || contains_run(wb, wa)) {
        return Some(Relation::Partial);
    }
    let mut sa: Vec<&String> = ta.iter().collect();
    sa.sort();
    sa.dedup();
    let mut sb: Vec<&String> = tb.iter().collect();
    sb.sort();
    sb.dedup();
    let shared = sa.iter().filter(|t| sb.binary_search(t).is_ok()).count();
    let small = sa.len().min(sb.len());
    // The same content words, and mostly the same words in the same
    // order: "The bird is flying around the cockpit" is no altered "There's
    // a bird in the cockpit".
    if shared >= 2
        && small > 0
        && shared as f64 / small as f64 >= ALTERED_CONTAINMENT
        && common_run(wa, wb) as f64 / min_len as f64 >= ALTERED_ORDER
    {
        return Some(Relation::Altered);
    }
    None
}

/// Longest common subsequence of two word lists, in words. Past
/// [`MAX_LCS_WORDS`] it answers the shorter length, so that very long
/// quotes are matched by their terms alone and the cost stays bounded.
fn common_run(a: &[String], b: &[String]) -> usize {
    if a.len() > MAX_LCS_WORDS || b.len() > MAX_LCS_WORDS {
        return a.len().min(b.len());
    }
    crate::text::lcs_len(a, b)
}

/// Union-find root with path halving.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups quotations across reports and gives each group its status.
pub(crate) fn match_quotes(found: &[FoundQuote]) -> Vec<Quote> {
    let keys: Vec<Vec<String>> = found.iter().map(|q| word_key(&q.occurrence.text)).collect();
    let term_keys: Vec<Vec<String>> = found
        .iter()
        .map(|q| {
            terms(&q.occurrence.text)
                .into_iter()
                .map(|t| t.key)
                .collect()
        })
        .collect();
    // Candidates: a shared rare term, or the very same words.
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, ts) in term_keys.iter().enumerate() {
        let mut seen: Vec<&str> = ts.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            index.entry(t).or_default().push(i);
        }
    }
    let mut by_words: HashMap<&[String], Vec<usize>> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        by_words.entry(k.as_slice()).or_default().push(i);
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for list in index.values().chain(by_words.values()) {
        if list.len() > MAX_DF {
            continue;
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut parent: Vec<usize> = (0..found.len()).collect();
    let mut relations: HashMap<(usize, usize), Relation> = HashMap::new();
    for (i, j) in pairs {
        if let Some(r) = relate(&keys[i], &keys[j], &term_keys[i], &term_keys[j]) {
            relations.insert((i, j), r);
            let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
            parent[ri.max(rj)] = ri.min(rj);
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..found.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    // Each group's cross-report relations, in one pass.
    let mut group_relations: HashMap<usize, Vec<(usize, usize, Relation)>> = HashMap::new();
    for (&(i, j), &r) in &relations {
        if found[i].occurrence.article != found[j].occurrence.article {
            let g = root(&mut parent, i);
            group_relations.entry(g).or_default().push((i, j, r));
        }
    }
    let mut out: Vec<(usize, Quote)> = groups
        .into_iter()
        .map(|(g, members)| {
            let cross = group_relations.remove(&g).unwrap_or_default();
            (members[0], build(found, &keys, &cross, &members))
        })
        .collect();
    out.sort_by_key(|(first, _)| *first);
    out.into_iter().map(|(_, q)| q).collect()
}

/// One quote group's status, diff and speaker check; `cross` holds the
/// group's relations between occurrences of different reports.
fn build(
    found: &[FoundQuote],
    keys: &[Vec<String>],
    cross: &[(usize, usize, Relation)],
    members: &[usize],
) -> Quote {
    let art = |i: usize| found[i].occurrence.article;
    let many = members.iter().any(|&i| art(i) != art(members[0]));
    let status = if !many {
        QuoteStatus::Unique
    } else if members.iter().all(|&i| keys[i] == keys[members[0]]) {
        QuoteStatus::Verbatim
    } else if cross.iter().any(|c| c.2 == Relation::Altered) {
        QuoteStatus::Altered
    } else {
        QuoteStatus::Partial
    };
    let diff = if status == QuoteStatus::Altered {
        cross
            .iter()
            .filter(|c| c.2 == Relation::Altered)
            .min_by_key(|c| (c.0, c.1))
            .map(|&(i, j, _)| word_diff(&found[i].occurrence.text, &found[j].occurrence.text))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let speaker_conflict = {
        let named: Vec<(usize, String)> = members
            .iter()
            .filter_map(|&i| {
                let s = found[i].occurrence.speaker.as_deref()?;
                // Only people's names can conflict: "US president" and
                // "Trump" may be one person.
                let key = name_key(s, FactKind::Person);
                (s.starts_with(char::is_uppercase)
                    && !TITLES.contains(&key.as_str())
                    && !ORG_WORDS.contains(&key.as_str()))
                .then(|| (art(i), key))
            })
            .collect();
        named
            .iter()
            .any(|(a, k)| named.iter().any(|(b, l)| a != b && k != l))
    };
    Quote {
        status,
        scare: members.iter().any(|&i| found[i].scare),
        speaker_conflict,
        occurrences: members
            .iter()
            .map(|&i| found[i].occurrence.clone())
            .collect(),
        diff,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> Vec<String> {
        word_key(s)
    }

    fn t(s: &str) -> Vec<String> {
        terms(s).into_iter().map(|t| t.key).collect()
    }

    fn rel(a: &str, b: &str) -> Option<Relation> {
        relate(&k(a), &k(b), &t(a), &t(b))
    }

    #[test]
    fn relations() {
        assert_eq!(
            rel("It\u{2019}s over", "it's over"),
            Some(Relation::Verbatim)
        );
        assert_eq!(
            rel("all-time low", "may be at an all-time low"),
            Some(Relation::Partial)
        );
        assert_eq!(
            rel(
                "Russian Federation is open to dialogues with the different areas, and not only to dialogues but also to joint actions",
                "open to dialogue with the US in all different areas"
            ),
            Some(Relation::Altered)
        );
        assert_eq!(rel("we will win", "the weather is fine today"), None);
        assert_eq!(
            rel("It is a beautiful start", "It's a beautiful start"),
            Some(Relation::Altered)
        );
        assert_eq!(
            rel(
                "There's a bird in the cockpit",
                "The bird is flying around the cockpit"
            ),
            None
        );
    }
}
