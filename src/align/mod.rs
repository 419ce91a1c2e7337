//! Stage 2: N-way alignment of reports.
//!
//! 1. Every sentence of a compared paragraph becomes a weighted term vector
//!    ([`index`]): stems of content words, weighted by rarity across the
//!    cluster, numbers and names weighing more.
//! 2. Sentences of different reports are linked when similar enough
//!    ([`SentenceLink`], with a word diff).
//! 3. Paragraph similarity is the better of the paragraphs' own Dice score
//!    and how much of one is covered by links into the other (so one long
//!    paragraph can match two short ones), and rows follow the pivot
//!    ([`Row`]).

mod diff;
pub mod features;
pub mod index;
pub mod link_weights;
mod links;
mod rows;

use std::collections::HashMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

pub use diff::{DiffOp, DiffRun, Tokens, diff_tokens, word_diff};
pub use links::{LinkGrade, PairSample, SentenceLink};
pub use rows::Row;

use crate::model::{Article, ArticleId, ParaRef, SentenceRef};
use crate::text::{Term, TermClass, normalize, terms, words};
use index::{TermVec, Vocabulary, candidate_pairs};
use rows::{ParaSims, build_rows};

/// Tuning of the alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignOptions {
    /// The report whose reading order the rows follow.
    pub pivot: ArticleId,
    /// Minimum similarity for a sentence link.
    pub link_threshold: f64,
    /// Minimum similarity for two paragraphs to share a row.
    pub paragraph_threshold: f64,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            pivot: 0,
            link_threshold: DEFAULT_LINK_THRESHOLD,
            paragraph_threshold: 0.25,
        }
    }
}

/// Default minimum link probability of a sentence link (fitted with the
/// scorer's weights).
pub const DEFAULT_LINK_THRESHOLD: f64 = link_weights::LINK_THRESHOLD;

/// The result of aligning a cluster of reports.
#[derive(Debug, Clone)]
pub struct Alignment {
    /// The report whose reading order the rows follow.
    pub pivot: ArticleId,
    /// Rows in display order; each paragraph of each report is in exactly one.
    pub rows: Vec<Row>,
    /// Sentence links, sorted by `(a, b)`.
    pub links: Vec<SentenceLink>,
    /// Each compared sentence's term vector (for the analysis stage).
    pub sentence_vectors: HashMap<SentenceRef, TermVec>,
    row_of: FxHashMap<ParaRef, usize>,
}

impl Alignment {
    /// The row holding a paragraph.
    #[must_use]
    pub fn row_of(&self, article: ArticleId, paragraph: usize) -> Option<usize> {
        self.row_of.get(&ParaRef { article, paragraph }).copied()
    }

    /// Links touching one sentence, with the other end first.
    pub fn links_of(&self, s: SentenceRef) -> impl Iterator<Item = (SentenceRef, &SentenceLink)> {
        self.links.iter().filter_map(move |l| {
            if l.a == s {
                Some((l.b, l))
            } else if l.b == s {
                Some((l.a, l))
            } else {
                None
            }
        })
    }
}

/// Content terms of a sentence; a sentence made only of stop words falls
/// back to its words so that it can still meet an identical twin.
fn unit_terms(text: &str) -> Vec<Term> {
    let t = terms(text);
    if !t.is_empty() {
        return t;
    }
    let mut w: Vec<Term> = words(text)
        .map(|(_, w)| Term {
            key: format!("~{}", normalize(w).to_lowercase()),
            class: TermClass::Word,
        })
        .collect();
    if w.is_empty() && !text.trim().is_empty() {
        w.push(Term {
            key: format!("~{}", normalize(text.trim())),
            class: TermClass::Word,
        });
    }
    w
}

/// Every compared sentence with its cluster-weighted term vector.
fn sentence_units(articles: &[Article]) -> (Vec<SentenceRef>, Vec<TermVec>) {
    let mut units: Vec<SentenceRef> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        for (p, para) in art.paragraphs.iter().enumerate() {
            if !para.kind.is_compared() {
                continue;
            }
            for (s, text) in para.sentence_texts().enumerate() {
                units.push(SentenceRef {
                    article: a,
                    paragraph: p,
                    sentence: s,
                });
                texts.push(text);
            }
        }
    }
    // Term extraction is the costliest pure step; order is kept.
    let unit_texts: Vec<Vec<Term>> = texts.par_iter().map(|t| unit_terms(t)).collect();
    let mut vocab = Vocabulary::default();
    let owners: Vec<usize> = units.iter().map(|u| u.article).collect();
    let ids = vocab.intern(&unit_texts, &owners);
    let vectors: Vec<TermVec> = ids.iter().map(|i| vocab.vector(i)).collect();
    (units, vectors)
}

/// The scorer's features of a cluster's candidate sentence pairs (every
/// pair of sentences of different reports when `all_pairs`): what the
/// fitting program (`examples/fit_link_scorer`) learns from.
#[must_use]
pub fn pair_samples(articles: &[Article], all_pairs: bool) -> Vec<PairSample> {
    let (units, vectors) = sentence_units(articles);
    links::samples(articles, &units, &vectors, all_pairs)
}

/// Aligns the reports.
#[must_use]
pub fn align(articles: &[Article], opts: &AlignOptions) -> Alignment {
    let pivot = opts.pivot.min(articles.len().saturating_sub(1));
    // 1. Sentence units and vectors.
    let (units, vectors) = sentence_units(articles);

    // 2. Sentence links.
    let links = links::link_sentences(articles, &units, &vectors, opts.link_threshold);

    // 3. Paragraph similarities.
    let sims = paragraph_sims(articles.len(), &units, &vectors, &links);

    // 4. Rows.
    let rows = build_rows(articles, pivot, &sims, opts.paragraph_threshold);
    let mut row_of = FxHashMap::default();
    for (ri, row) in rows.iter().enumerate() {
        for (article, cell) in row.cells.iter().enumerate() {
            for &paragraph in cell {
                row_of.insert(ParaRef { article, paragraph }, ri);
            }
        }
    }
    Alignment {
        pivot,
        rows,
        links,
        sentence_vectors: units.into_iter().zip(vectors).collect(),
        row_of,
    }
}

/// Similarity of paragraph pairs: the better of their own weighted Dice
/// score and how much of one is covered by sentence links into the other
/// (the coverage lets a short paragraph match inside a long one).
fn paragraph_sims(
    reports: usize,
    units: &[SentenceRef],
    vectors: &[TermVec],
    links: &[SentenceLink],
) -> ParaSims {
    let mut para_units: Vec<ParaRef> = Vec::new();
    let mut para_vecs: Vec<TermVec> = Vec::new();
    let mut sent_weight: FxHashMap<ParaRef, Vec<(usize, f64)>> = FxHashMap::default();
    for (u, v) in units.iter().zip(vectors) {
        let pr = ParaRef {
            article: u.article,
            paragraph: u.paragraph,
        };
        if para_units.last() != Some(&pr) {
            para_units.push(pr);
            para_vecs.push(TermVec::default());
        }
        if let Some(last) = para_vecs.last_mut() {
            last.add(v);
        }
        sent_weight
            .entry(pr)
            .or_default()
            .push((u.sentence, v.norm));
    }
    let owners: Vec<usize> = para_units.iter().map(|p| p.article).collect();
    let mut sims = ParaSims::default();
    for (i, j) in candidate_pairs(&para_vecs, &owners, links::max_df(reports), 6) {
        let s = para_vecs[i].dice(&para_vecs[j]);
        if s > 0.0 {
            sims.insert((para_units[i], para_units[j]), s);
        }
    }
    // Coverage of one paragraph by links into another.
    let mut best_link: FxHashMap<(SentenceRef, ParaRef), f64> = FxHashMap::default();
    for l in links {
        for (from, to) in [(l.a, l.b), (l.b, l.a)] {
            let key = (
                from,
                ParaRef {
                    article: to.article,
                    paragraph: to.paragraph,
                },
            );
            let e = best_link.entry(key).or_insert(0.0);
            *e = e.max(l.similarity);
        }
    }
    let mut cover: FxHashMap<(ParaRef, ParaRef), f64> = FxHashMap::default();
    for (&(s, to), &v) in &best_link {
        let from = ParaRef {
            article: s.article,
            paragraph: s.paragraph,
        };
        let weights = &sent_weight[&from];
        let total: f64 = weights.iter().map(|(_, w)| w).sum();
        let w = weights
            .iter()
            .find(|(i, _)| *i == s.sentence)
            .map_or(0.0, |(_, w)| *w);
        if total > 0.0 {
            *cover.entry((from, to)).or_insert(0.0) += v * w / total;
        }
    }
    for (&(from, to), &c) in &cover {
        let key = if from <= to { (from, to) } else { (to, from) };
        let e = sims.entry(key).or_insert(0.0);
        *e = e.max(0.9 * c.min(1.0));
    }

    sims
}
