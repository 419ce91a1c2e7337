//! Sentence links: which sentences of different reports say the same thing.
//!
//! Candidates come from the candidate search ([`super::index`]). Each
//! candidate pair becomes a feature vector ([`super::features`]) that
//! fitted logistic models score ([`super::link_weights`], fitted by
//! `examples/fit_link_scorer`), in two steps:
//! 1. a *cheap* model over the features that cost little sets aside the
//!    hopeless candidates (most of them) before the costly features (word
//!    vectors, common subsequence) are computed;
//! 2. the *link* probability of each remaining pair decides whether it is
//!    linked at all, the *same* probability whether the two sentences say
//!    the same thing ([`LinkGrade::Same`]) or only share part of a claim
//!    ([`LinkGrade::Related`]).
//!
//! A pair is kept when its link probability clears the threshold and each
//! sentence is among the other's two best matches in that report (two, so
//! that a sentence split in two keeps both halves).

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::diff::{DiffRun, Tokens, diff_tokens};
use super::features::{Features, Profile, add_expensive, cheap_features, pair_features};
use super::index::TermVec;
use super::link_weights::{CHEAP_FLOOR, CHEAP_MODEL, LINK_MODEL, SAME_MODEL, SAME_THRESHOLD};
use crate::model::{Article, SentenceRef};

/// How closely two linked sentences agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkGrade {
    /// The two sentences say the same thing (perhaps in other words).
    Same,
    /// They share part of a claim; one adds or changes something.
    Related,
}

impl LinkGrade {
    /// The lower-case name used in exports.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            LinkGrade::Same => "same",
            LinkGrade::Related => "related",
        }
    }
}

/// Two sentences of different reports that tell the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceLink {
    /// The sentence in the lower-numbered report.
    pub a: SentenceRef,
    /// The sentence in the higher-numbered report.
    pub b: SentenceRef,
    /// Probability in `[0, 1]` that the two sentences say the same thing
    /// (the fitted scorer's estimate).
    pub similarity: f64,
    /// Whether they say the same thing or are only related.
    pub grade: LinkGrade,
    /// Word diff from `a`'s text to `b`'s.
    pub diff: Vec<DiffRun>,
}

/// How many matches in one other report each sentence may keep.
const KEEP_PER_REPORT: usize = 2;
/// One scored candidate pair, for fitting and inspecting the scorer.
#[derive(Debug, Clone)]
pub struct PairSample {
    /// The sentence in the lower-numbered report.
    pub a: SentenceRef,
    /// The sentence in the higher-numbered report.
    pub b: SentenceRef,
    /// The pair's features.
    pub features: Features,
}

/// Sentence profiles and the feature computation of a cluster's units.
struct Scorer<'a> {
    units: &'a [SentenceRef],
    vectors: &'a [TermVec],
    profiles: Vec<Profile>,
}

impl<'a> Scorer<'a> {
    /// Profiles of the units that take part in some of `pairs` (the others
    /// are never scored); with `meaning`, word vectors included (else see
    /// [`Scorer::describe_meaning`]).
    fn new(
        articles: &[Article],
        units: &'a [SentenceRef],
        vectors: &'a [TermVec],
        pairs: &[(usize, usize)],
        meaning: bool,
    ) -> Self {
        let mut paired = vec![false; units.len()];
        for &(i, j) in pairs {
            paired[i] = true;
            paired[j] = true;
        }
        let mut count: HashMap<usize, usize> = HashMap::default();
        for u in units {
            *count.entry(u.article).or_default() += 1;
        }
        // Position of each unit among its report's compared sentences.
        let mut seen: HashMap<usize, usize> = HashMap::default();
        let positions: Vec<f64> = units
            .iter()
            .map(|u| {
                let k = seen.entry(u.article).or_default();
                let p = *k as f64 / (count[&u.article].max(2) - 1) as f64;
                *k += 1;
                p
            })
            .collect();
        let profiles = units
            .par_iter()
            .zip(positions)
            .zip(paired)
            .map(|((u, pos), paired)| {
                if !paired {
                    return Profile::default();
                }
                let text = articles[u.article].paragraphs[u.paragraph].sentence(u.sentence);
                if meaning {
                    Profile::new(text, pos)
                } else {
                    Profile::lexical(text, pos)
                }
            })
            .collect();
        Scorer {
            units,
            vectors,
            profiles,
        }
    }

    /// Best Dice of the pair's neighbours (previous with previous, next
    /// with next) in the same reports.
    fn context(&self, i: usize, j: usize) -> f64 {
        let same = |x: usize, y: usize| {
            self.units[x].article == self.units[i].article
                && self.units[y].article == self.units[j].article
        };
        let mut best: f64 = 0.0;
        if i > 0 && j > 0 && same(i - 1, j - 1) {
            best = best.max(self.vectors[i - 1].dice(&self.vectors[j - 1]));
        }
        if i + 1 < self.units.len() && j + 1 < self.units.len() && same(i + 1, j + 1) {
            best = best.max(self.vectors[i + 1].dice(&self.vectors[j + 1]));
        }
        best
    }

    /// Looks up the word vectors of the units flagged in `needed`.
    fn describe_meaning(&mut self, articles: &[Article], needed: &[bool]) {
        let units = self.units;
        self.profiles
            .par_iter_mut()
            .zip(units)
            .zip(needed)
            .filter(|(_, need)| **need)
            .for_each(|((p, u), _)| {
                p.describe_meaning(
                    articles[u.article].paragraphs[u.paragraph].sentence(u.sentence),
                );
            });
    }

    fn cheap(&self, i: usize, j: usize) -> Features {
        cheap_features(
            &self.profiles[i],
            &self.profiles[j],
            &self.vectors[i],
            &self.vectors[j],
            self.context(i, j),
        )
    }

    fn features(&self, i: usize, j: usize) -> Features {
        pair_features(
            &self.profiles[i],
            &self.profiles[j],
            &self.vectors[i],
            &self.vectors[j],
            self.context(i, j),
        )
    }
}

/// The features of a cluster's candidate pairs (see [`super::pair_samples`]).
pub(crate) fn samples(
    articles: &[Article],
    units: &[SentenceRef],
    vectors: &[TermVec],
    pairs: Vec<(usize, usize)>,
) -> Vec<PairSample> {
    let scorer = Scorer::new(articles, units, vectors, &pairs, true);
    pairs
        .into_par_iter()
        .map(|(i, j)| PairSample {
            a: units[i],
            b: units[j],
            features: scorer.features(i, j),
        })
        .collect()
}

/// Scores the candidate `pairs` (indices into `units`, from the candidate
/// search) and keeps the links among them: pairs whose link probability is
/// at least `threshold`, mutually among the best in each other's report.
pub(crate) fn link_sentences(
    articles: &[Article],
    units: &[SentenceRef],
    vectors: &[TermVec],
    pairs: Vec<(usize, usize)>,
    threshold: f64,
) -> Vec<SentenceLink> {
    let owners: Vec<usize> = units.iter().map(|u| u.article).collect();
    let mut profiled = Scorer::new(articles, units, vectors, &pairs, false);
    // 1. The cheap model sets most candidates aside. Only the pairs that
    // pass are kept, and their cheap features computed again below:
    // keeping the features was 200 MB for a 5 MB pair.
    let cheap: Vec<(usize, usize)> = pairs
        .into_par_iter()
        .filter(|&(i, j)| CHEAP_MODEL.probability(&profiled.cheap(i, j)) >= CHEAP_FLOOR)
        .collect();
    let mut needed = vec![false; units.len()];
    for &(i, j) in &cheap {
        needed[i] = true;
        needed[j] = true;
    }
    profiled.describe_meaning(articles, &needed);
    // 2. The remaining pairs in full.
    // (i, j, link probability, same probability)
    let scored: Vec<(usize, usize, f64, f64)> = cheap
        .into_par_iter()
        .filter_map(|(i, j)| {
            // The cheap features read no word vectors: the same as above.
            let mut x = profiled.cheap(i, j);
            add_expensive(&mut x, &profiled.profiles[i], &profiled.profiles[j]);
            let p = LINK_MODEL.probability(&x);
            (p >= threshold).then(|| (i, j, p, SAME_MODEL.probability(&x)))
        })
        .collect();
    // The profiles (200 MB for a 5 MB pair) are done with: freed before
    // the word diffs are built.
    drop(profiled);
    // Rank of each pair from each side, within the other report.
    let mut by_side: HashMap<(usize, usize), Vec<(f64, usize)>> = HashMap::default();
    for &(i, j, s, _) in &scored {
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
        .filter(|&(i, j, _, _)| kept(i, j) && kept(j, i))
        .map(|(i, j, _, same)| (i, j, same))
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
            grade: if s >= SAME_THRESHOLD {
                LinkGrade::Same
            } else {
                LinkGrade::Related
            },
            diff: diff_tokens(&toks[&i], &toks[&j]),
        })
        .collect();
    links.sort_by(|x, y| x.a.cmp(&y.a).then(x.b.cmp(&y.b)));
    links
}
