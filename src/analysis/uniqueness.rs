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
pub(crate) struct Cover {
    best: HashMap<SentenceRef, [f64; 3]>,
    /// Each linked sentence's strongest `same` and `related` link, read
    /// once from the links (a scan per sentence was quadratic).
    links: HashMap<SentenceRef, [f64; 2]>,
}

impl Cover {
    /// Searches every compared sentence's closest sentence elsewhere.
    pub(crate) fn new(articles: &[Article], alignment: &Alignment) -> Self {
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
        // The soft overlap is symmetric (to the bit): each pair of
        // sentences is compared once, however many of the two list the
        // other among their closest.
        let mut pairs: Vec<(usize, usize)> = near
            .iter()
            .enumerate()
            .flat_map(|(i, (_, _, top))| top.iter().map(move |&j| (i.min(j), i.max(j))))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let softs = soft_overlaps(&texts, &bag_of, &pairs);
        let best = near
            .into_par_iter()
            .enumerate()
            .map(|(i, (cover, dice, top))| {
                let soft = top
                    .iter()
                    .map(|&j| {
                        pairs
                            .binary_search(&(i.min(j), i.max(j)))
                            .map_or(0.0, |k| f64::from(softs[k]))
                    })
                    .fold(0.0f64, f64::max);
                (
                    refs[i],
                    [cover.min(1.0), dice.min(1.0), soft.clamp(0.0, 1.0)],
                )
            })
            .collect();
        let mut links: HashMap<SentenceRef, [f64; 2]> = HashMap::new();
        for l in &alignment.links {
            let k = usize::from(l.grade == LinkGrade::Related);
            for end in [l.a, l.b] {
                let e = links.entry(end).or_default();
                e[k] = e[k].max(l.similarity);
            }
        }
        Cover { best, links }
    }

    /// `[cover, dice, soft]` of a sentence; zeros for one not compared.
    fn of(&self, s: SentenceRef) -> [f64; 3] {
        self.best.get(&s).copied().unwrap_or([0.0; 3])
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

/// Pairs of sentences whose soft overlap is computed together.
const SOFT_BLOCK: usize = 4096;

/// The word-vector soft overlap of every pair of sentences (sorted pairs
/// of indices into `bag_of`), block by block: a text's bag is made once,
/// when a block first needs it, and dropped after the last pair that
/// reads it (a bag per distinct sentence at once was about 60 MiB for
/// two 5 MB reports).
fn soft_overlaps(texts: &[&str], bag_of: &[usize], pairs: &[(usize, usize)]) -> Vec<f32> {
    let words = crate::text::embed::vectors();
    let mut last = vec![0usize; texts.len()];
    for (k, &(x, y)) in pairs.iter().enumerate() {
        last[bag_of[x]] = k;
        last[bag_of[y]] = k;
    }
    let mut bags: FxHashMap<usize, Bag<'static>> = FxHashMap::default();
    let mut softs: Vec<f32> = Vec::with_capacity(pairs.len());
    let mut missing: Vec<usize> = Vec::new();
    for block in pairs.chunks(SOFT_BLOCK) {
        missing.clear();
        missing.extend(
            block
                .iter()
                .flat_map(|&(x, y)| [bag_of[x], bag_of[y]])
                .filter(|t| !bags.contains_key(t)),
        );
        missing.sort_unstable();
        missing.dedup();
        let made: Vec<(usize, Bag<'static>)> = missing
            .par_iter()
            .map(|&t| (t, words.bag_of_text(texts[t])))
            .collect();
        bags.extend(made);
        softs.par_extend(
            block
                .par_iter()
                .map(|&(x, y)| bags[&bag_of[x]].soft_overlap(&bags[&bag_of[y]])),
        );
        let done = softs.len();
        bags.retain(|&t, _| last[t] >= done);
    }
    softs
}

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
    cover: &Cover,
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

    /// Bags made per block and dropped after their last pair give every
    /// pair the overlap of bags made for its own two texts, across block
    /// boundaries and with texts shared by several sentences.
    #[test]
    fn soft_overlaps_in_blocks_equal_each_pair_alone() {
        let words = [
            "ferry",
            "harbour",
            "noon",
            "gulls",
            "fares",
            "rose",
            "boat",
            "crew",
            "storm",
            "delayed",
            "passengers",
            "waited",
            "captain",
            "said",
            "port",
            "closed",
        ];
        let texts: Vec<String> = (0..96)
            .map(|i| {
                (0..7)
                    .map(|k| words[(i * 5 + k * (i % 3 + 1)) % words.len()])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        // 160 sentences over 96 texts: some texts are several sentences'.
        let bag_of: Vec<usize> = (0..160).map(|s| s % texts.len()).collect();
        let pairs: Vec<(usize, usize)> = (0..bag_of.len())
            .flat_map(|x| (x + 1..bag_of.len()).map(move |y| (x, y)))
            .collect();
        assert!(
            pairs.len() > 2 * SOFT_BLOCK,
            "the pairs span several blocks"
        );
        let softs = soft_overlaps(&texts, &bag_of, &pairs);
        let wv = crate::text::embed::vectors();
        assert_eq!(softs.len(), pairs.len());
        for (k, &(x, y)) in pairs.iter().enumerate() {
            let own = wv
                .bag_of_text(texts[bag_of[x]])
                .soft_overlap(&wv.bag_of_text(texts[bag_of[y]]));
            assert_eq!(softs[k].to_bits(), own.to_bits(), "pair {x} {y}");
        }
    }
}
