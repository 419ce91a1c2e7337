//! Whether a sentence tells something no other report does: a handful of
//! numbers per sentence (how strongly it is linked, how much of its term
//! weight the closest sentence of another report covers, how close in
//! meaning (word vectors) its closest sentences elsewhere are, how much of
//! it no other report uses, how many of its fact spans are its own or
//! shared, and how many reports there are) and a logistic model over them, fitted on the dev gold by
//! `examples/fit_unique_facts` with leave-one-cluster-out checks
//! ([`super::unique_weights`]). Read by the fact finder (`analysis::facts`); nothing else
//! knows how the model was learned.
//!
//! Every feature is computed in time linear in the cluster's text: the
//! closest sentence is searched through an inverted index whose postings
//! are capped, so a term every sentence uses costs nothing, and the word
//! vectors ([`crate::text::embed`]) compare a sentence with its
//! [`SOFT_CANDIDATES`] closest sentences only.

use std::collections::HashMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::align::index::TermVec;
use crate::align::{Alignment, LinkGrade};
use crate::model::{Article, SentenceRef};
use crate::text::embed::Bag;

/// How many features a sentence has.
pub const FEATURE_COUNT: usize = 12;

/// The features' names, in vector order (the weights table follows it).
pub const FEATURE_NAMES: [&str; FEATURE_COUNT] = [
    "same_link",
    "related_link",
    "best_cover",
    "best_dice",
    "novelty",
    "own_numbers",
    "own_names",
    "shared_facts",
    "terms",
    "position",
    "best_soft",
    "reports",
];

/// Where `best_soft` sits in [`FEATURE_NAMES`]: the fact finder bounds a
/// sentence's probability over its possible values before paying for it.
pub const BEST_SOFT: usize = 10;

const _: () = assert!(matches!(FEATURE_NAMES[BEST_SOFT].as_bytes(), b"best_soft"));

/// One sentence's features, in [`FEATURE_NAMES`] order.
pub type UniqueFeatures = [f64; FEATURE_COUNT];

/// A logistic model: `p = 1 / (1 + e^-(bias + w·x))`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UniqueModel {
    /// The intercept.
    pub bias: f64,
    /// One weight per feature.
    pub weights: UniqueFeatures,
}

impl UniqueModel {
    /// The probability that a sentence with features `x` is unique.
    #[must_use]
    pub fn probability(&self, x: &UniqueFeatures) -> f64 {
        let z: f64 = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// Postings longer than this (a term most sentences use) are not searched:
/// such a term says nothing about which sentence tells the same thing, and
/// skipping it keeps the search linear.
const MAX_POSTINGS: usize = 40;

/// How many of a sentence's closest sentences elsewhere (by shared term
/// weight) the word vectors compare it with.
pub const SOFT_CANDIDATES: usize = 5;

/// The closest sentence of another report, by term weight: for each
/// sentence, the largest share of its weight one other sentence covers,
/// the largest weighted Dice similarity, and the largest word-vector soft
/// overlap among its [`SOFT_CANDIDATES`] closest sentences (a paraphrase
/// that shares few words: "denied" / "rejected the claim"). (The link
/// scorer's probability over the closest candidates was tried as a fourth
/// number: it did not raise the cross-validated F1 and doubled the cost.)
///
/// The soft overlaps, the costly part (a bag of word vectors per sentence
/// and a grid of word-pair cosines per pair), are computed only for the
/// sentences [`Cover::soften`] is given: the fact finder asks only for the
/// sentences whose verdict or listed salience can depend on them (most
/// sentences are far from the threshold whatever their soft overlap).
pub(crate) struct Cover<'t> {
    /// `[cover, dice, soft]` of each compared sentence (in the order of
    /// `refs`); `soft` is 0 until [`Cover::soften`] computes it.
    /// (A table beside `refs`, not a map keyed by sentence: 2.4 MiB, not
    /// 6.1, at the analysis' peak for two 5 MB reports.)
    best: Vec<[f64; 3]>,
    /// Each linked sentence's strongest `same` and `related` link, read
    /// once from the links (a scan per sentence was quadratic).
    links: HashMap<SentenceRef, [f64; 2]>,
    /// The compared sentences, sorted (the indices below point here).
    refs: Vec<SentenceRef>,
    /// Each sentence's text, as an index into `texts`.
    bag_of: Vec<usize>,
    /// The distinct sentence texts.
    texts: Vec<&'t str>,
    /// The closest sentences of sentence `i` elsewhere, by shared term
    /// weight: `closest[starts[i]..starts[i + 1]]`.
    closest: Vec<u32>,
    starts: Vec<usize>,
}

impl<'t> Cover<'t> {
    /// Searches every compared sentence's closest sentences elsewhere
    /// (cover and Dice; the soft overlaps wait for [`Cover::soften`]).
    pub(crate) fn new(articles: &'t [Article], alignment: &Alignment) -> Self {
        let mut refs: Vec<SentenceRef> = alignment.sentence_vectors.keys().copied().collect();
        refs.sort_unstable();
        let (bag_of, texts) = distinct_texts(articles, &refs);
        let vecs: Vec<&TermVec> = refs
            .iter()
            .map(|r| &alignment.sentence_vectors[r])
            .collect();
        // FxHash: cheaper than std's SipHash; no result depends on these
        // maps' order.
        // Only the terms the search reads (at most `MAX_POSTINGS` sentences
        // hold them) keep postings: the common terms' were most of them.
        let mut df: FxHashMap<u32, usize> = FxHashMap::default();
        for v in &vecs {
            for &(id, _) in &v.entries {
                *df.entry(id).or_default() += 1;
            }
        }
        let mut postings: FxHashMap<u32, Vec<(usize, f64)>> = FxHashMap::default();
        for (i, v) in vecs.iter().enumerate() {
            for &(id, w) in &v.entries {
                if df[&id] <= MAX_POSTINGS {
                    postings.entry(id).or_default().push((i, w));
                }
            }
        }
        drop(df);
        // Cover, Dice and the closest sentences of each sentence.
        let near: Vec<(f64, f64, Vec<usize>)> = (0..refs.len())
            .into_par_iter()
            .map(|i| {
                let v = vecs[i];
                let mut acc: FxHashMap<usize, f64> = FxHashMap::default();
                for &(id, w) in &v.entries {
                    let Some(list) = postings.get(&id) else {
                        continue;
                    };
                    for &(j, wj) in list {
                        if refs[j].article != refs[i].article {
                            *acc.entry(j).or_default() += w.min(wj);
                        }
                    }
                }
                let (mut cover, mut dice) = (0.0f64, 0.0f64);
                let mut closest: Vec<(usize, f64)> = acc.iter().map(|(&j, &w)| (j, w)).collect();
                let order =
                    |a: &(usize, f64), b: &(usize, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
                if closest.len() > SOFT_CANDIDATES {
                    closest.select_nth_unstable_by(SOFT_CANDIDATES, order);
                    closest.truncate(SOFT_CANDIDATES);
                }
                closest.sort_unstable_by(order);
                for (&j, &shared) in &acc {
                    if v.norm > 0.0 {
                        cover = cover.max(shared / v.norm);
                    }
                    let denom = v.norm + vecs[j].norm;
                    if denom > 0.0 {
                        dice = dice.max(2.0 * shared / denom);
                    }
                }
                (cover, dice, closest.into_iter().map(|(j, _)| j).collect())
            })
            .collect();
        let mut best = Vec::with_capacity(refs.len());
        let mut closest = Vec::with_capacity(refs.len() * SOFT_CANDIDATES);
        let mut starts = Vec::with_capacity(refs.len() + 1);
        for (cover, dice, top) in near {
            best.push([cover.min(1.0), dice.min(1.0), 0.0]);
            starts.push(closest.len());
            #[allow(clippy::cast_possible_truncation)] // sentences < u32::MAX
            closest.extend(top.into_iter().map(|j| j as u32));
        }
        starts.push(closest.len());
        let mut links: HashMap<SentenceRef, [f64; 2]> = HashMap::new();
        for l in &alignment.links {
            let k = usize::from(l.grade == LinkGrade::Related);
            for end in [l.a, l.b] {
                let e = links.entry(end).or_default();
                e[k] = e[k].max(l.similarity);
            }
        }
        Cover {
            best,
            links,
            refs,
            bag_of,
            texts,
            closest,
            starts,
        }
    }

    /// Computes the soft overlap of each sentence of `wanted` with its
    /// closest sentences elsewhere (the best of them is its `soft`),
    /// closest first, and stops early for a sentence once
    /// `settled(k, soft so far)` says that the k-th wanted sentence's
    /// verdict cannot change (the soft overlap only grows as more of its
    /// candidates are compared); such a sentence keeps a partial `soft`,
    /// which the caller promised not to read. A pair's overlap does not
    /// depend on which other pairs are computed, so a sentence compared
    /// with all its candidates gets the same `soft` whatever else is
    /// wanted or settled.
    pub(crate) fn soften(&mut self, wanted: &[SentenceRef], settled: impl Fn(usize, f64) -> bool) {
        self.soften_in_chunks(wanted, settled, SOFT_CHUNK);
    }

    /// [`Cover::soften`], `chunk` wanted sentences at a time.
    fn soften_in_chunks(
        &mut self,
        wanted: &[SentenceRef],
        settled: impl Fn(usize, f64) -> bool,
        chunk_len: usize,
    ) {
        let words = crate::text::embed::vectors();
        let index: Vec<(usize, usize)> = wanted
            .iter()
            .enumerate()
            .filter_map(|(k, s)| self.refs.binary_search(s).ok().map(|i| (k, i)))
            .collect();
        let top = |i: usize| &self.closest[self.starts[i]..self.starts[i + 1]];
        let key = |i: usize, j: u32| (i.min(j as usize), i.max(j as usize));
        let mut softs: Vec<f64> = vec![0.0; index.len()];
        // Sentences in chunks, so that the bags alive at once stay few (a
        // bag per distinct sentence was about 60 MiB for two 5 MB reports).
        for (c, chunk) in index.chunks(chunk_len).enumerate() {
            let soft = &mut softs[c * chunk_len..c * chunk_len + chunk.len()];
            let mut bags: FxHashMap<usize, Bag<'static>> = FxHashMap::default();
            // The soft overlap is symmetric (to the bit): each pair is
            // compared once, however many of the two list the other.
            let mut done: FxHashMap<(usize, usize), f32> = FxHashMap::default();
            let mut active: Vec<usize> = (0..chunk.len()).collect();
            let mut pairs: Vec<(usize, usize)> = Vec::new();
            let mut missing: Vec<usize> = Vec::new();
            for round in 0..SOFT_CANDIDATES {
                pairs.clear();
                pairs.extend(
                    active
                        .iter()
                        .filter_map(|&n| top(chunk[n].1).get(round).map(|&j| key(chunk[n].1, j)))
                        .filter(|p| !done.contains_key(p)),
                );
                pairs.sort_unstable();
                pairs.dedup();
                missing.clear();
                missing.extend(
                    pairs
                        .iter()
                        .flat_map(|&(x, y)| [self.bag_of[x], self.bag_of[y]])
                        .filter(|t| !bags.contains_key(t)),
                );
                missing.sort_unstable();
                missing.dedup();
                let made: Vec<(usize, Bag<'static>)> = missing
                    .par_iter()
                    .map(|&t| (t, words.bag_of_text(self.texts[t])))
                    .collect();
                bags.extend(made);
                let values: Vec<f32> = pairs
                    .par_iter()
                    .map(|&(x, y)| bags[&self.bag_of[x]].soft_overlap(&bags[&self.bag_of[y]]))
                    .collect();
                done.extend(pairs.iter().copied().zip(values));
                active.retain(|&n| {
                    let (k, i) = chunk[n];
                    let Some(&j) = top(i).get(round) else {
                        return false;
                    };
                    soft[n] = soft[n].max(f64::from(done[&key(i, j)]));
                    round + 1 < top(i).len() && !settled(k, soft[n].clamp(0.0, 1.0))
                });
                if active.is_empty() {
                    break;
                }
            }
        }
        for (&(_, i), soft) in index.iter().zip(softs) {
            if let Some(b) = self.best.get_mut(i) {
                b[2] = soft.clamp(0.0, 1.0);
            }
        }
    }

    /// Frees what only the search and [`Cover::soften`] read, keeping
    /// each sentence's `[cover, dice, soft]` (the closest sentences and
    /// the links were 6 MiB for two 5 MB reports).
    pub(crate) fn keep_softs_only(&mut self) {
        self.links = HashMap::new();
        self.bag_of = Vec::new();
        self.texts = Vec::new();
        self.closest = Vec::new();
        self.starts = Vec::new();
    }

    /// `[cover, dice, soft]` of a sentence; zeros for one not compared
    /// (and `soft` 0 for one [`Cover::soften`] was not given, partial for
    /// one it settled early: read no `soft` before softening, and only
    /// the softened sentences' after).
    fn of(&self, s: SentenceRef) -> [f64; 3] {
        self.index(s).map_or([0.0; 3], |i| self.best[i])
    }

    /// A compared sentence's index in `refs` (and in the tables beside it).
    fn index(&self, s: SentenceRef) -> Option<usize> {
        self.refs.binary_search(&s).ok()
    }

    /// The soft overlap of a sentence [`Cover::soften`] was given (0 for
    /// one not compared).
    pub(crate) fn soft(&self, s: SentenceRef) -> f64 {
        self.of(s)[2]
    }
}

/// Each distinct sentence text once, and each sentence's: a large report
/// that repeats itself (or a cluster of wire copies) held a bag per copy.
fn distinct_texts<'t>(articles: &'t [Article], refs: &[SentenceRef]) -> (Vec<usize>, Vec<&'t str>) {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut texts: Vec<&str> = Vec::new();
    let bag_of: Vec<usize> = refs
        .iter()
        .map(|r| {
            let text = articles[r.article].paragraphs[r.paragraph].sentence(r.sentence);
            *ids.entry(text).or_insert_with(|| {
                texts.push(text);
                texts.len() - 1
            })
        })
        .collect();
    (bag_of, texts)
}

/// Sentences whose soft overlaps are computed together (their bags and
/// their candidates' are alive at once).
const SOFT_CHUNK: usize = 2048;

/// What fact finding counted in one sentence.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SpanCounts {
    /// Concrete numbers and dates no other report carries.
    pub own_numbers: usize,
    /// Concrete names no other report carries.
    pub own_names: usize,
    /// Fact spans another report carries too.
    pub shared: usize,
}

/// Features of one sentence from what the passes found.
pub(crate) fn features(
    alignment: &Alignment,
    cover: &Cover<'_>,
    articles: &[Article],
    s: SentenceRef,
    counts: SpanCounts,
    novelty: f64,
) -> UniqueFeatures {
    let [same, related] = cover.links.get(&s).copied().unwrap_or([0.0; 2]);
    let [best_cover, best_dice, best_soft] = cover.of(s);
    let terms = alignment
        .sentence_vectors
        .get(&s)
        .map_or(0, |v| v.entries.len());
    let paragraphs = articles[s.article].paragraphs.len().max(1);
    let ln = |n: usize| (1.0 + n as f64).ln();
    [
        same,
        related,
        best_cover,
        best_dice,
        novelty,
        ln(counts.own_numbers),
        ln(counts.own_names),
        ln(counts.shared),
        ln(terms),
        s.paragraph as f64 / paragraphs as f64,
        best_soft,
        // More reports, more chances that one of them tells it too.
        (articles.len() as f64).ln(),
    ]
}

/// Every compared sentence of a cluster (off-topic paragraphs left out)
/// with its features: what the fitting program learns from.
#[must_use]
pub fn sentence_features(
    articles: &[Article],
    alignment: &Alignment,
) -> Vec<(SentenceRef, UniqueFeatures)> {
    let ctx = super::names::NameContext::learn(articles);
    let skip = super::noise::find_noise(articles, alignment)
        .iter()
        .map(|o| (o.article, o.paragraph))
        .collect();
    super::facts::find_facts(ctx, articles, alignment, &skip, true).features
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each wanted sentence gets the best soft overlap of its closest
    /// sentences, computed pair by pair on its own, however many sentences
    /// are wanted with it (chunks included); a sentence settled early
    /// keeps a value no higher than that.
    #[test]
    fn soften_gives_each_sentence_its_best_pair() {
        let mut articles = crate::load::samples();
        let n = articles[0].paragraphs.len();
        // Enough sentences for several chunks: the samples thrice over.
        for a in &mut articles {
            let more = a.paragraphs.clone();
            a.paragraphs.extend(more.iter().cloned());
            a.paragraphs.extend(more);
        }
        assert!(articles[0].paragraphs.len() == 3 * n);
        let alignment = crate::align::align(&articles, &crate::align::AlignOptions::default());
        let wv = crate::text::embed::vectors();
        let text =
            |r: SentenceRef| articles[r.article].paragraphs[r.paragraph].sentence(r.sentence);
        let mut all = Cover::new(&articles, &alignment);
        let refs = all.refs.clone();
        let chunk = refs.len() / 5;
        let expected: Vec<f64> = (0..refs.len())
            .map(|i| {
                all.closest[all.starts[i]..all.starts[i + 1]]
                    .iter()
                    .map(|&j| {
                        let bag = wv.bag_of_text(text(refs[i]));
                        f64::from(bag.soft_overlap(&wv.bag_of_text(text(refs[j as usize]))))
                    })
                    .fold(0.0f64, f64::max)
                    .clamp(0.0, 1.0)
            })
            .collect();
        assert!(expected.iter().any(|&x| x > 0.0 && x < 1.0));
        all.soften_in_chunks(&refs, |_, _| false, chunk);
        for (r, e) in refs.iter().zip(&expected) {
            assert_eq!(all.soft(*r).to_bits(), e.to_bits());
        }
        // Every third sentence, the others settled at their first value.
        let mut some = Cover::new(&articles, &alignment);
        let wanted: Vec<SentenceRef> = refs.iter().copied().step_by(3).collect();
        some.soften_in_chunks(&wanted, |k, _| k % 2 == 1, chunk);
        for (k, r) in wanted.iter().enumerate() {
            let e = expected[refs.binary_search(r).unwrap()];
            if k % 2 == 0 {
                assert_eq!(some.soft(*r).to_bits(), e.to_bits());
            } else {
                assert!(some.soft(*r) <= e);
            }
        }
    }
}
