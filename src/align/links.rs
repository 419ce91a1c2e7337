//! Sentence links: which sentences of different reports say the same thing.
//!
//! Candidates come from the candidate search ([`super::index`]); each candidate pair gets its
//! exact weighted Dice similarity; a pair is kept when it clears the
//! threshold and each sentence is among the other's two best matches in that
//! report (two, so that a sentence split in two keeps both halves).

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::diff::{DiffRun, Tokens, diff_tokens};
use super::index::TermVec;
use crate::model::{Article, SentenceRef};

/// Two sentences of different reports that tell the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceLink {
    /// The sentence in the lower-numbered report.
    pub a: SentenceRef,
    /// The sentence in the higher-numbered report.
    pub b: SentenceRef,
    /// Weighted content-word similarity in `[0, 1]`.
    pub similarity: f64,
    /// Word diff from `a`'s text to `b`'s.
    pub diff: Vec<DiffRun>,
}

/// How many matches in one other report each sentence may keep.
const KEEP_PER_REPORT: usize = 2;
/// Scores the candidate `pairs` (indices into `units`, from the candidate
/// search) and keeps the links among them.
pub(crate) fn link_sentences(
    articles: &[Article],
    units: &[SentenceRef],
    vectors: &[TermVec],
    pairs: Vec<(usize, usize)>,
    threshold: f64,
) -> Vec<SentenceLink> {
    let owners: Vec<usize> = units.iter().map(|u| u.article).collect();
    let scored: Vec<(usize, usize, f64)> = pairs
        .into_iter()
        .filter_map(|(i, j)| {
            let (vi, vj) = (&vectors[i], &vectors[j]);
            let s = vi.dice(vj);
            // One shared word is a coincidence unless the sentences are
            // that short themselves ("Massive damage").
            let enough =
                vi.shared_terms(vj) >= 2 || vi.entries.len().min(vj.entries.len()) <= 2 && s >= 0.6;
            (s >= threshold && enough).then_some((i, j, s))
        })
        .collect();
    // Rank of each pair from each side, within the other report.
    let mut by_side: HashMap<(usize, usize), Vec<(f64, usize)>> = HashMap::default();
    for &(i, j, s) in &scored {
        by_side.entry((i, owners[j])).or_default().push((s, j));
        by_side.entry((j, owners[i])).or_default().push((s, i));
    }
    for list in by_side.values_mut() {
        list.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        list.truncate(KEEP_PER_REPORT);
    }
    let kept = |from: usize, to: usize| {
        by_side
            .get(&(from, owners[to]))
            .is_some_and(|l| l.iter().any(|(_, o)| *o == to))
    };
    let kept_pairs: Vec<(usize, usize, f64)> = scored
        .into_iter()
        .filter(|&(i, j, _)| kept(i, j) && kept(j, i))
        .collect();
    // Tokenise each linked sentence once: a sentence can have many links.
    let mut toks: HashMap<usize, Tokens<'_>> = HashMap::default();
    for &(i, j, _) in &kept_pairs {
        for u in [i, j] {
            toks.entry(u).or_insert_with(|| {
                let r = units[u];
                Tokens::new(articles[r.article].paragraphs[r.paragraph].sentence(r.sentence))
            });
        }
    }
    let mut links: Vec<SentenceLink> = kept_pairs
        .into_par_iter()
        .map(|(i, j, s)| SentenceLink {
            a: units[i],
            b: units[j],
            similarity: s,
            diff: diff_tokens(&toks[&i], &toks[&j]),
        })
        .collect();
    links.sort_by(|x, y| x.a.cmp(&y.a).then(x.b.cmp(&y.b)));
    links
}
