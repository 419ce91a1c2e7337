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
pub mod variants;

use std::borrow::Cow;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

pub use diff::{DiffOp, DiffPiece, DiffRun, DiffSpan, Tokens, diff_spans, diff_tokens, word_diff};
pub use links::{LinkGrade, PairSample, SentenceLink};
pub use rows::{GAP_FEATURE_COUNT, GAP_FEATURES, GapSample, Row};

use crate::model::{Article, ArticleId, ParaRef, SentenceRef};
use crate::text::{Term, TermClass, normalize, terms, words};
use index::{
    FlatVecs, PARAGRAPH_BANDS, Search, Seqs, TermSeqs, TermVec, UnitVectors, Vocabulary,
    candidate_pairs, candidate_pairs_verified_many,
};
pub use index::{SentenceVectors, WIDE_REPORTS};
use rows::{PairSim, ParaSims, build_rows};

/// Tuning of the alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignOptions {
    /// The report whose reading order the rows follow.
    pub pivot: ArticleId,
    /// Minimum link probability for a sentence link.
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
    /// Sentence links, sorted by `(a, b)`: every pair of reports up to
    /// [`WIDE_REPORTS`] reports, beyond that only pairs with the pivot.
    pub links: Vec<SentenceLink>,
    /// Sentences that say the same thing across reports, each group led
    /// by its anchor (the pivot's sentence when it has one), then by
    /// report; derived from the links, one sentence per report.
    pub sentence_groups: Vec<Vec<SentenceRef>>,
    /// Each compared sentence's term vector (for the analysis stage).
    pub sentence_vectors: SentenceVectors,
    /// `row_of[report][paragraph]`, [`NO_ROW`] for none: a table, not a
    /// map keyed by paragraph (3 MiB for two 5 MB reports, held through
    /// the analysis).
    row_of: Vec<Vec<u32>>,
}

/// Marks a paragraph in no row in [`Alignment::row_of`]'s table.
const NO_ROW: u32 = u32::MAX;

impl Alignment {
    /// The row holding a paragraph.
    #[must_use]
    pub fn row_of(&self, article: ArticleId, paragraph: usize) -> Option<usize> {
        let row = *self.row_of.get(article)?.get(paragraph)?;
        (row != NO_ROW).then_some(row as usize)
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

/// Compared sentences with their term vectors and term-id sequences.
struct SentenceUnits<'a> {
    units: Vec<SentenceRef>,
    /// Each sentence's [`variants::match_form`], made once: the term
    /// vectors and the link scorer's profiles both read it.
    forms: Vec<Cow<'a, str>>,
    vectors: UnitVectors,
    seqs: TermSeqs,
    owners: Vec<ArticleId>,
}

/// Sentences whose terms are extracted and interned at a time.
const TERM_CHUNK: usize = 8192;

/// Every compared sentence with its cluster-weighted term vector.
fn sentence_units(articles: &[Article]) -> SentenceUnits<'_> {
    let mut units: Vec<SentenceRef> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    let mut places: Vec<variants::Place> = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        let datelines = variants::dateline_paragraphs(art);
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
                places.push(variants::place(&datelines, p, s));
            }
        }
    }
    let mut vocab = Vocabulary::default();
    let owners: Vec<usize> = units.iter().map(|u| u.article).collect();
    let mut forms: Vec<Cow<'_, str>> = Vec::with_capacity(texts.len());
    let mut ids = Vec::with_capacity(texts.len());
    let mut seqs = TermSeqs::default();
    // Term extraction is the costliest pure step; order is kept. The terms
    // are interned chunk by chunk, in unit order (the ids and counts are
    // those of one pass): every unit's terms as strings at once were
    // 45 MiB for two 5 MB reports, the alignment's peak.
    for start in (0..texts.len()).step_by(TERM_CHUNK) {
        let end = texts.len().min(start + TERM_CHUNK);
        let (chunk, unit_texts): (Vec<Cow<'_, str>>, Vec<Vec<Term>>) = texts[start..end]
            .par_iter()
            .zip(&places[start..end])
            .map(|(t, &place)| {
                let form = variants::match_form(t, place);
                let terms = unit_terms(&form);
                (form, terms)
            })
            .unzip();
        forms.extend(chunk);
        let (chunk_ids, chunk_seqs) = vocab.intern(&unit_texts, &owners[start..end]);
        ids.extend(chunk_ids);
        for seq in &chunk_seqs {
            seqs.push(seq);
        }
    }
    seqs.shrink_to_fit();
    let vectors = UnitVectors::new(&ids, |i| vocab.vector(i));
    SentenceUnits {
        units,
        forms,
        vectors,
        seqs,
        owners,
    }
}

/// The scorer's features of a cluster's candidate sentence pairs (every
/// pair of sentences of different reports when `all_pairs`): what the
/// fitting program (`examples/fit_link_scorer`) learns from.
#[must_use]
pub fn pair_samples(articles: &[Article], all_pairs: bool) -> Vec<PairSample> {
    let u = sentence_units(articles);
    let pairs = if all_pairs {
        let n = u.units.len();
        (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
            .filter(|&(i, j)| u.owners[i] != u.owners[j])
            .collect()
    } else {
        candidate_pairs(&u.seqs, &u.owners, &Search::new(articles.len(), 0))
    };
    links::samples(&u.forms, &u.units, &u.vectors, pairs)
}

/// The (paragraph, row) pairs that gap filling weighs when aligning the
/// reports, with their features, as the rows stand before any gap is
/// filled: what the fitting program (`examples/fit_gap_rows`) learns from.
#[must_use]
pub fn gap_samples(articles: &[Article], opts: &AlignOptions) -> Vec<GapSample> {
    let pivot = opts.pivot.min(articles.len().saturating_sub(1));
    let u = sentence_units(articles);
    let search = Search::new(articles.len(), pivot);
    let mut pairs = candidate_pairs(&u.seqs, &u.owners, &search);
    if articles.len() > WIDE_REPORTS {
        pairs.retain(|&(i, j)| u.owners[i] == pivot || u.owners[j] == pivot);
    }
    let links = links::link_sentences(
        articles,
        &u.units,
        &u.forms,
        &u.vectors,
        pairs,
        opts.link_threshold,
    );
    let sims = paragraph_sims(articles, &u.units, &u.vectors, u.seqs, &links, &search);
    let mut out = Vec::new();
    build_rows(
        articles,
        pivot,
        &sims,
        opts.paragraph_threshold,
        Some(&mut out),
    );
    out
}

/// Most sentences for which the paragraphs' Dice scores are computed while
/// the links are scored (about two 500 KB reports); beyond, one after the
/// other, so that the two stages' data are never held at once.
const SIDE_BY_SIDE_UNITS: usize = 20_000;

/// Aligns the reports.
#[must_use]
pub fn align(articles: &[Article], opts: &AlignOptions) -> Alignment {
    let pivot = opts.pivot.min(articles.len().saturating_sub(1));
    // 1. Sentence units and vectors.
    let SentenceUnits {
        units,
        forms,
        vectors,
        seqs,
        owners,
    } = sentence_units(articles);
    let search = Search::new(articles.len(), pivot);

    // 2. Sentence links (beyond WIDE_REPORTS reports, with the pivot only:
    // their number then grows with reports x sentences).
    let mut pairs = candidate_pairs(&seqs, &owners, &search);
    if articles.len() > WIDE_REPORTS {
        pairs.retain(|&(i, j)| owners[i] == pivot || owners[j] == pivot);
    }
    drop(owners);
    // 3. Paragraph similarities: their own words' part runs beside the
    // link scoring (it was a serial stretch after it), up to a size where
    // holding both at once would raise the peak memory.
    let score_links = || {
        links::link_sentences(
            articles,
            &units,
            &forms,
            &vectors,
            pairs,
            opts.link_threshold,
        )
    };
    // The term sequences serve the candidate searches only: the paragraph
    // search takes them, and frees them once it has joined each
    // paragraph's (they were 3.6 MiB in 77,000 blocks at its peak, for two
    // 5 MB reports).
    let (links, dice) = if units.len() <= SIDE_BY_SIDE_UNITS {
        let both = rayon::join(score_links, || {
            paragraph_dice(articles, &units, &vectors, seqs, &search)
        });
        drop(forms);
        both
    } else {
        let links = score_links();
        drop(forms);
        (
            links,
            paragraph_dice(articles, &units, &vectors, seqs, &search),
        )
    };
    let sims = add_links(dice, &units, &vectors, &links);

    // 4. Rows.
    let rows = build_rows(articles, pivot, &sims, opts.paragraph_threshold, None);
    let mut row_of: Vec<Vec<u32>> = articles
        .iter()
        .map(|a| vec![NO_ROW; a.paragraphs.len()])
        .collect();
    for (ri, row) in rows.iter().enumerate() {
        let ri = u32::try_from(ri).expect("fewer than 2^32 rows");
        for (article, cell) in row.cells.iter().enumerate() {
            for &paragraph in cell {
                row_of[article][paragraph] = ri;
            }
        }
    }
    let sentence_groups = sentence_groups(&links, pivot);
    Alignment {
        pivot,
        rows,
        links,
        sentence_groups,
        sentence_vectors: SentenceVectors::from_units(units, vectors),
        row_of,
    }
}

/// Groups of sentences saying the same thing, from the links, without
/// chaining: a group is an anchor (the pivot's sentence, else the first
/// report's) and, per other report, its best-linked sentence that is not
/// already in a better group. The anchor comes first, the rest by report.
fn sentence_groups(links: &[SentenceLink], pivot: ArticleId) -> Vec<Vec<SentenceRef>> {
    let mut order: Vec<&SentenceLink> = links.iter().collect();
    // Links touching the pivot first, then by earliest report, then best.
    let key = |l: &SentenceLink| {
        let touches = l.a.article == pivot || l.b.article == pivot;
        (!touches, l.a.article)
    };
    order.sort_by(|x, y| {
        key(x)
            .cmp(&key(y))
            .then(y.similarity.total_cmp(&x.similarity))
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    let mut group_of: FxHashMap<SentenceRef, usize> = FxHashMap::default();
    let mut groups: Vec<Vec<SentenceRef>> = Vec::new();
    for l in order {
        let (anchor, other) = if l.b.article == pivot {
            (l.b, l.a)
        } else {
            (l.a, l.b)
        };
        if group_of.contains_key(&other) {
            continue;
        }
        let g = match group_of.get(&anchor) {
            // Only a group's anchor gathers members: no chains.
            Some(&g) if groups[g][0] != anchor => continue,
            Some(&g) => g,
            None => {
                groups.push(vec![anchor]);
                group_of.insert(anchor, groups.len() - 1);
                groups.len() - 1
            }
        };
        if groups[g].iter().any(|s| s.article == other.article) {
            continue;
        }
        groups[g].push(other);
        group_of.insert(other, g);
    }
    for g in &mut groups {
        g[1..].sort();
        // Held through the analysis and the export: each group in a block
        // of its size (a pair grew to room for four: 1 MiB more for two
        // 5 MB reports).
        *g = crate::memory::exact(std::mem::take(g));
    }
    groups.sort_by(|x, y| x[0].cmp(&y[0]));
    groups
}

/// Records each pair's coverage (`cover[(from, to)]`: share of paragraph
/// `from` told by links into `to`, indices into `para_units`) and lets it
/// count as similarity.
fn add_coverage(
    sims: &mut ParaSims,
    cover: &FxHashMap<(usize, usize), f64>,
    para_units: &[ParaRef],
) {
    for (&(from, to), &c) in cover {
        let (from, to) = (para_units[from], para_units[to]);
        let key = if from <= to { (from, to) } else { (to, from) };
        sims.entry(key).or_default().cover[usize::from(from > to)] = c.min(1.0);
    }
    // How well each paragraph is told by its best partner in each other
    // report (coverage or Dice).
    let index_of = |p: ParaRef| para_units.binary_search(&p).ok();
    let mut best_told: FxHashMap<(usize, ArticleId), f64> = FxHashMap::default();
    let mut tell = |p: usize, by: ArticleId, v: f64| {
        let e = best_told.entry((p, by)).or_insert(0.0);
        *e = e.max(v.min(1.0));
    };
    for (&(from, to), &c) in cover {
        tell(from, para_units[to].article, c);
    }
    for (&(x, y), e) in &*sims {
        if let (Some(i), Some(j)) = (index_of(x), index_of(y)) {
            tell(i, y.article, e.sim);
            tell(j, x.article, e.sim);
        }
    }
    // Coverage counts as similarity: x covered by y. But when y itself is
    // told much better by another paragraph of x's report (its full-length
    // twin), x is a part of y told again: scaled by how much of y it tells
    // back, so it cannot take y from that twin. A fragment with no better
    // rival keeps its coverage.
    let told: Vec<((ParaRef, ParaRef), f64)> = cover
        .keys()
        .map(|&(from, to)| {
            let (x, y) = (para_units[from], para_units[to]);
            let key = if x <= y { (x, y) } else { (y, x) };
            let e = &sims[&key];
            let (c_x, c_y) = (e.cover[usize::from(x > y)], e.cover[usize::from(x <= y)]);
            let rival = best_told
                .get(&(to, x.article))
                .is_some_and(|&b| b > c_y.max(e.sim) + RIVAL_MARGIN);
            (key, if rival { c_x * (0.5 + 0.5 * c_y) } else { c_x })
        })
        .collect();
    for (key, t) in told {
        let e = sims.entry(key).or_default();
        e.sim = e.sim.max(0.9 * t);
    }
}

/// How much better than `x` another paragraph of `x`'s report must tell
/// `y` before `x`'s coverage by `y` counts only as a part of `y`.
const RIVAL_MARGIN: f64 = 0.2;

/// The paragraph holding a sentence.
fn para(s: SentenceRef) -> ParaRef {
    ParaRef {
        article: s.article,
        paragraph: s.paragraph,
    }
}

/// Similarity of paragraph pairs: the better of their own weighted Dice
/// score and how much of one is covered by sentence links into the other
/// (the coverage lets a short paragraph match inside a long one), with the
/// number of sentence links between them. Linear in sentences and links.
fn paragraph_sims(
    articles: &[Article],
    units: &[SentenceRef],
    vectors: &UnitVectors,
    seqs: TermSeqs,
    links: &[SentenceLink],
    search: &Search,
) -> ParaSims {
    let dice = paragraph_dice(articles, units, vectors, seqs, search);
    add_links(dice, units, vectors, links)
}

/// The paragraphs in unit order and their pairs' own weighted Dice scores:
/// the part of [`paragraph_sims`] that needs no sentence link, so that it
/// can run beside the link scoring.
struct ParaDice {
    para_units: Vec<ParaRef>,
    first_unit: Vec<usize>,
    /// Each paragraph's total term weight (the coverage's denominator;
    /// the paragraphs' vectors themselves are freed once their Dice
    /// scores are known).
    para_norms: Vec<f64>,
    sims: ParaSims,
}

/// [`paragraph_sims`] before the links are known.
fn paragraph_dice(
    articles: &[Article],
    units: &[SentenceRef],
    vectors: &UnitVectors,
    seqs: TermSeqs,
    search: &Search,
) -> ParaDice {
    // Paragraphs in unit order, and each unit's paragraph.
    let mut para_units: Vec<ParaRef> = Vec::new();
    let mut first_unit: Vec<usize> = Vec::new();
    for (u, s) in units.iter().enumerate() {
        let pr = para(*s);
        if para_units.last() != Some(&pr) {
            para_units.push(pr);
            first_unit.push(u);
        }
    }
    first_unit.push(units.len());
    let para_range = |p: usize| first_unit[p]..first_unit[p + 1];
    // Held end to end (see `FlatVecs`), in room for the sentences'
    // entries (a paragraph's vector has at most its sentences' total).
    let room = vectors.range(0..units.len()).map(|v| v.entries.len()).sum();
    let mut para_vecs = FlatVecs::with_capacity(para_units.len(), room);
    for p in 0..para_units.len() {
        para_vecs.push(&TermVec::sum(vectors.range(para_range(p))));
    }
    let mut para_seqs = TermSeqs::default();
    for p in 0..para_units.len() {
        para_seqs.push_joined(para_range(p).map(|u| seqs.seq(u)));
    }
    para_seqs.shrink_to_fit();
    drop(seqs);
    let owners: Vec<usize> = para_units.iter().map(|p| p.article).collect();
    // Paragraphs written again from the same sentences abound in a large
    // report: the key-ranked candidates are checked by their Dice.
    let search = Search {
        bands: PARAGRAPH_BANDS,
        pivot_postings: articles.len() > WIDE_REPORTS,
        ..*search
    };
    let pairs = candidate_pairs_verified_many(&para_seqs, &owners, &search, &para_vecs);
    drop(para_seqs);
    let scored: Vec<(u32, u32, f64)> = pairs
        .into_iter()
        .filter_map(|(i, j)| {
            let s = para_vecs.dice(i, j);
            let id = |k: usize| u32::try_from(k).expect("fewer than 2^32 paragraphs");
            (s > 0.0).then(|| (id(i), id(j), s))
        })
        .collect();
    // The vectors are freed before the map is filled, and the map is made
    // at its size: vectors, map and the map's growth at once were the
    // alignment's peak for two 5 MB reports (14 + 8 + 16 MiB).
    let para_norms = para_vecs.into_norms();
    let mut sims = ParaSims::with_capacity_and_hasher(scored.len(), rustc_hash::FxBuildHasher);
    for (i, j, s) in scored {
        let (x, y) = (para_units[i as usize], para_units[j as usize]);
        let text = |p: ParaRef| articles[p.article].paragraphs[p.paragraph].text.as_str();
        sims.insert(
            (x, y),
            PairSim {
                sim: s,
                exact: s >= 1.0 - 1e-9 && text(x) == text(y),
                ..PairSim::default()
            },
        );
    }
    ParaDice {
        para_units,
        first_unit,
        para_norms,
        sims,
    }
}

/// [`paragraph_sims`] from the paragraphs' Dice scores and the links.
fn add_links(
    dice: ParaDice,
    units: &[SentenceRef],
    vectors: &UnitVectors,
    links: &[SentenceLink],
) -> ParaSims {
    let ParaDice {
        para_units,
        first_unit,
        para_norms,
        mut sims,
    } = dice;
    // Coverage of one paragraph by links into another: each sentence counts
    // its best link into that paragraph, by its weight in its paragraph.
    let unit_of = |s: SentenceRef| units.binary_search(&s).ok();
    let para_of = |s: SentenceRef| para_units.binary_search(&para(s)).ok();
    let mut best_link: FxHashMap<(usize, usize), f64> = FxHashMap::default();
    let mut counts: FxHashMap<(ParaRef, ParaRef), u32> = FxHashMap::default();
    for l in links {
        for (from, to) in [(l.a, l.b), (l.b, l.a)] {
            let (Some(u), Some(p)) = (unit_of(from), para_of(to)) else {
                continue;
            };
            let e = best_link.entry((u, p)).or_insert(0.0);
            *e = e.max(l.similarity);
        }
        *counts.entry((para(l.a), para(l.b))).or_insert(0) += 1;
    }
    let mut cover: FxHashMap<(usize, usize), f64> = FxHashMap::default();
    for (&(u, to), &v) in &best_link {
        let Some(from) = para_of(units[u]) else {
            continue;
        };
        let total = para_norms[from];
        if total > 0.0 {
            *cover.entry((from, to)).or_insert(0.0) += v * vectors[u].norm / total;
        }
    }
    add_coverage(&mut sims, &cover, &para_units);
    let one_sentence = |p: ParaRef| {
        para_units
            .binary_search(&p)
            .is_ok_and(|i| first_unit[i + 1] - first_unit[i] == 1)
    };
    for (key, n) in counts {
        let e = sims.entry(key).or_default();
        e.links = n;
        e.single = one_sentence(key.0) && one_sentence(key.1);
    }
    sims
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The row table names each paragraph's row, and no row for a
    /// paragraph or report that does not exist.
    #[test]
    fn row_of_names_each_paragraphs_row() {
        let article = crate::load::test_article;
        let articles = [
            article(
                "a.txt",
                "Mill reopens\n\nThe old mill reopened on Friday after a long repair.\n\n\
                 Visitors queued along the canal to see the wheel turn.",
            ),
            article(
                "b.txt",
                "Canal mill back\n\nCrowds lined the canal as the wheel turned again.\n\n\
                 The old mill reopened on Friday after a long repair.\n\nTickets cost four pounds.",
            ),
        ];
        let al = align(&articles, &AlignOptions::default());
        let mut seen = 0;
        for (ri, row) in al.rows.iter().enumerate() {
            for (a, cell) in row.cells.iter().enumerate() {
                for &p in cell {
                    assert_eq!(al.row_of(a, p), Some(ri), "report {a} paragraph {p}");
                    seen += 1;
                }
            }
        }
        let paragraphs: usize = articles.iter().map(|a| a.paragraphs.len()).sum();
        assert_eq!(seen, paragraphs);
        assert_eq!(al.row_of(0, articles[0].paragraphs.len()), None);
        assert_eq!(al.row_of(2, 0), None);
    }
}
