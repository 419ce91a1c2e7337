//! Sentence links: which sentences of different reports say the same thing.
//!
//! Candidates come from the candidate search ([`super::index`]). Each
//! candidate pair becomes a feature vector ([`super::features`], with how
//! the pair ranks among its sentences' other candidates, `rank`) that
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
//! that a sentence split in two keeps both halves; identical copies of a
//! sentence in one report count as one match).

use std::borrow::Cow;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::diff::{DiffPiece, DiffSpan, Tokens, diff_pairs};
use super::features::{
    EXPENSIVE, Features, GLOBAL_DICE, POSITION_GAP, Profile, RANKED, add_expensive, cheap_features,
    expensive_features, global_dice,
};
use super::index::UnitVectors;
use super::link_weights::{CHEAP_FLOOR, CHEAP_MODEL, LINK_MODEL, SAME_MODEL, SAME_THRESHOLD};
use super::variants::{dateline_paragraphs, place};
use crate::model::{Article, ArticleId, SentenceRef};

mod best;
mod rank;

use best::Best;
use rank::Ranks;

/// Linked pairs whose word diffs are made together (their sentences'
/// tokens live only as long as the block).
const DIFF_BLOCK: usize = 4096;

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
    /// Word diff from `a`'s text to `b`'s, as byte ranges into the two
    /// sentences ([`SentenceLink::runs`] reads their words).
    pub diff: Vec<DiffSpan>,
}

impl SentenceLink {
    /// The word diff's runs with their words, read from the two sentences
    /// (`articles`: the reports linked).
    pub fn runs<'t>(&'t self, articles: &'t [Article]) -> impl Iterator<Item = DiffPiece<'t>> {
        let text =
            |s: SentenceRef| articles[s.article].paragraphs[s.paragraph].sentence(s.sentence);
        let (a, b) = (text(self.a), text(self.b));
        self.diff.iter().map(move |r| r.run(a, b))
    }
}

/// How many matches in one other report each sentence may keep.
const KEEP_PER_REPORT: usize = 2;

/// Link probability from which a further match beyond the
/// [`KEEP_PER_REPORT`] best is kept too: a report that restates one fact
/// in its headline, lead and body (or a caption) holds three sentences that
/// all say it. Held out (leave-one-cluster-out, `scripts/link_lab/tried.py`)
/// the figures are the same for any value from 0.7 to 0.95: such
/// restatements score near 1, look-alikes do not.
const KEEP_SURE: f64 = 0.9;

/// Most distinct matches in one other report a sentence keeps, sure ones
/// included (bounds the lists of templated text).
const KEEP_MOST: usize = 4;
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

/// A unit index as `u32` (a cluster has fewer than 2^32 sentences).
fn unit_id(u: usize) -> u32 {
    u32::try_from(u).expect("fewer than 2^32 sentences")
}

/// Marks a unit in no candidate pair (it has no profile).
const NO_PROFILE: u32 = u32::MAX;

/// Sentence profiles and the feature computation of a cluster's units.
///
/// Units with the same match form share one profile: a pair's features
/// depend on the two forms alone but for the position gap (set from the
/// units' own positions) and the neighbours' context (read from the units'
/// term vectors), so a report that repeats itself, or a cluster of wire
/// copies, is described once per distinct sentence, in time and in memory.
struct Scorer<'a> {
    units: &'a [SentenceRef],
    vectors: &'a UnitVectors,
    /// Per report, its first unit and its number of units: a unit's
    /// position among its report's compared sentences follows (a table of
    /// every unit's position, and one of its report, were 1.8 MiB of the
    /// alignment's peak for two 5 MB reports; `units` names the reports).
    spans: Vec<(usize, usize)>,
    /// Each unit's profile (an index into `profiles`), [`NO_PROFILE`] for
    /// units in no pair (they are never scored).
    text_of: Vec<u32>,
    /// The distinct match forms, in the order of `profiles`.
    texts: Vec<&'a str>,
    profiles: Vec<Profile>,
    /// How each pair ranks among its sentences' other candidates.
    ranks: Ranks,
}

impl<'a> Scorer<'a> {
    /// Profiles of the distinct match forms (`forms[i]` is unit `i`'s) of
    /// the units that take part in some of `pairs`; with `meaning`, word
    /// vectors included (else see [`Scorer::describe_meaning`]).
    fn new(
        forms: &'a [Cow<'a, str>],
        units: &'a [SentenceRef],
        vectors: &'a UnitVectors,
        pairs: &[(usize, usize)],
        meaning: bool,
    ) -> Self {
        let mut paired = vec![false; units.len()];
        for &(i, j) in pairs {
            paired[i] = true;
            paired[j] = true;
        }
        // Each report's units are contiguous, in report order (see
        // `super::sentence_units`).
        let reports = units.iter().map(|u| u.article + 1).max().unwrap_or(0);
        let mut spans = vec![(0, 0); reports];
        for (i, u) in units.iter().enumerate() {
            let span = &mut spans[u.article];
            if span.1 == 0 {
                span.0 = i;
            }
            debug_assert_eq!(span.0 + span.1, i, "a report's units are contiguous");
            span.1 += 1;
        }
        let mut ids: HashMap<&'a str, u32> = HashMap::default();
        let mut texts: Vec<&'a str> = Vec::new();
        let text_of: Vec<u32> = forms
            .iter()
            .zip(&paired)
            .map(|(form, &paired)| {
                if !paired {
                    return NO_PROFILE;
                }
                let text: &'a str = form;
                *ids.entry(text).or_insert_with(|| {
                    texts.push(text);
                    u32::try_from(texts.len() - 1).expect("fewer than 2^32 sentences")
                })
            })
            .collect();
        drop(ids);
        // The position is the units' own (see `Scorer::cheap`).
        let profiles: Vec<Profile> = texts
            .par_iter()
            .map(|text| {
                let mut p = Profile::of_form(text, 0.0);
                if meaning {
                    p.describe_meaning(text);
                }
                p
            })
            .collect();
        let profile = |i: usize| &profiles[text_of[i] as usize];
        let dice: Vec<f64> = pairs
            .par_iter()
            .map(|&(i, j)| global_dice(profile(i), profile(j)))
            .collect();
        let ranks = Ranks::new(pairs, &dice, |u| units[u].article, &text_of);
        Scorer {
            units,
            vectors,
            spans,
            text_of,
            texts,
            profiles,
            ranks,
        }
    }

    /// Unit `i`'s relative position among its report's compared
    /// sentences, in `[0, 1]`.
    fn position(&self, i: usize) -> f64 {
        let (first, count) = self.spans[self.units[i].article];
        let k = i - first;
        (k as f64 / (count.max(2) - 1) as f64).clamp(0.0, 1.0)
    }

    /// The profile of unit `i` (which takes part in some pair).
    fn profile(&self, i: usize) -> &Profile {
        &self.profiles[self.text_of[i] as usize]
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

    /// Looks up the word vectors of the profiles flagged in `needed`.
    fn describe_meaning(&mut self, needed: &[bool]) {
        let texts = &self.texts;
        self.profiles
            .par_iter_mut()
            .zip(texts)
            .zip(needed)
            .filter(|(_, need)| **need)
            .for_each(|((p, text), _)| p.describe_meaning(text));
    }

    /// Frees the profiles whose `last[text]` is `block` (their last use).
    fn free_profiles(&mut self, last: &[usize], block: usize) {
        for (p, _) in self
            .profiles
            .iter_mut()
            .zip(last)
            .filter(|(_, l)| **l == block)
        {
            *p = Profile::default();
        }
    }

    fn cheap(&self, i: usize, j: usize) -> Features {
        let mut x = cheap_features(
            self.profile(i),
            self.profile(j),
            &self.vectors[i],
            &self.vectors[j],
            self.context(i, j),
        );
        x[POSITION_GAP] = (self.position(i) - self.position(j)).abs();
        let ranked = self.ranked(i, j, x[GLOBAL_DICE]);
        for (k, v) in RANKED.iter().zip(ranked) {
            x[*k] = v;
        }
        x
    }

    /// The [`RANKED`] features of the candidate pair `(i, j)` of global
    /// Dice `dice`.
    fn ranked(&self, i: usize, j: usize, dice: f64) -> [f64; 2] {
        self.ranks
            .features((i, j), dice, |u| self.units[u].article, &self.text_of)
    }

    fn features(&self, i: usize, j: usize) -> Features {
        let mut x = self.cheap(i, j);
        add_expensive(&mut x, self.profile(i), self.profile(j));
        x
    }

    /// The [`EXPENSIVE`] features of the pair of profiles `(a, b)`: they
    /// depend on the two texts alone.
    fn expensive(&self, a: u32, b: u32) -> [f64; EXPENSIVE.len()] {
        let (pa, pb) = (&self.profiles[a as usize], &self.profiles[b as usize]);
        // The one cheap feature the expensive ones read (the global Dice)
        // comes from the profiles too.
        let x = expensive_features(pa, pb);
        EXPENSIVE.map(|k| x[k])
    }
}

/// Most copies of one sentence in a report (identical match forms: a quote
/// printed twice, a repeated line) that count as a single match; a sentence
/// a report repeats more often (templated or generated text) keeps each
/// copy its own place, so that the links stay as few as without copies.
const KEEP_TWINS: usize = 2;

/// Offers a scored pair to one side's [`Best`] list, which keeps the
/// [`KEEP_PER_REPORT`] best matches (ties to the lower unit index) and
/// further ones of link probability at least [`KEEP_SURE`], up to
/// [`KEEP_MOST`].
/// Units with the same `text_of` key (copies of a sentence, see
/// [`twin_keys`]) are one match: a report that repeats a quote keeps both
/// copies linked without crowding out the other half of a split sentence.
fn offer(
    best: &mut Best,
    key: (usize, ArticleId),
    entry: (f64, usize, f64),
    text_of: impl Fn(usize) -> u64,
) {
    let before = |x: &(f64, usize, f64), y: &(f64, usize, f64)| {
        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)) == std::cmp::Ordering::Less
    };
    let list = best.list_mut(key.0, key.1);
    let at = list.partition_point(|e| before(e, &entry));
    list.insert(at, entry);
    // Keep the entries of the first KEEP_PER_REPORT distinct texts (and of
    // further sure ones, up to KEEP_MOST), at most KEEP_TWINS of each
    // (lists stay a few entries long). An entry trimmed here is never
    // needed again: later offers only push it further down.
    let mut texts: Vec<(u64, usize)> = Vec::with_capacity(KEEP_MOST);
    list.retain(|e| {
        let t = text_of(e.1);
        if let Some(n) = texts.iter_mut().find(|(x, _)| *x == t) {
            n.1 += 1;
            n.1 <= KEEP_TWINS
        } else if texts.len() < KEEP_PER_REPORT || (e.0 >= KEEP_SURE && texts.len() < KEEP_MOST) {
            texts.push((t, 1));
            true
        } else {
            false
        }
    });
    // An insert that spilled to the heap and was trimmed back goes inline
    // again (half the lists had spilled: 5 MiB for two 5 MB reports).
    if list.spilled() && list.len() <= list.inline_size() {
        list.shrink_to_fit();
    }
}

/// Each unit's key for the keep rule ([`offer`]): its match form's id
/// (`form_ids`, [`NO_PROFILE`] for units in no pair) when its report holds
/// at most [`KEEP_TWINS`] copies of it, else a key of its own.
fn twin_keys(form_ids: &[u32], units: &[SentenceRef]) -> Vec<u64> {
    let mut copies: HashMap<(u32, ArticleId), usize> = HashMap::default();
    for (&f, u) in form_ids.iter().zip(units) {
        if f != NO_PROFILE {
            *copies.entry((f, u.article)).or_default() += 1;
        }
    }
    form_ids
        .iter()
        .zip(units)
        .enumerate()
        .map(|(i, (&f, u))| {
            if f != NO_PROFILE && copies[&(f, u.article)] <= KEEP_TWINS {
                u64::from(f)
            } else {
                (1 << 32) | i as u64
            }
        })
        .collect()
}

/// Candidate pairs scored in full per block: the pairs above the threshold
/// are folded into the [`Best`] lists block by block instead of being held
/// all at once (half a million for a 5 MB pair).
const SCORE_BLOCK: usize = 1 << 16;

/// Pairs of a block whose passing pairs are gathered at a time before
/// they are offered to the [`Best`] lists.
const OFFER_PART: usize = 1 << 13;

/// The features of a cluster's candidate pairs (see [`super::pair_samples`]).
pub(crate) fn samples(
    forms: &[Cow<'_, str>],
    units: &[SentenceRef],
    vectors: &UnitVectors,
    pairs: Vec<(usize, usize)>,
) -> Vec<PairSample> {
    let scorer = Scorer::new(forms, units, vectors, &pairs, true);
    pairs
        .into_par_iter()
        .map(|(i, j)| PairSample {
            a: units[i],
            b: units[j],
            features: scorer.features(i, j),
        })
        .collect()
}

/// Step 2 of [`link_sentences`]: the pairs left by the cheap model
/// (`cheap`) scored in full, block by block, into each unit's best
/// matches. The profiles (200 MB for a 5 MB pair before they were shared
/// by identical sentences) are freed as the blocks are done with them.
fn score_in_blocks(mut profiled: Scorer<'_>, mut cheap: Vec<(u32, u32)>, threshold: f64) -> Best {
    // 2. The remaining pairs in full, grouped by their pair of texts: the
    // expensive features are computed once per pair of distinct texts.
    // (A copy: the profiles change between blocks.)
    let form_ids = profiled.text_of.clone();
    let texts_of = |&(i, j): &(u32, u32)| (form_ids[i as usize], form_ids[j as usize]);
    cheap.par_sort_unstable_by_key(|p| (texts_of(p), *p));
    // Each profile's word vectors are looked up in the first block that
    // needs them, and the profile is freed after the last: blocks follow
    // the first sentence's text, so most profiles live a few blocks only
    // (all of them with their word vectors were the alignment's peak).
    // The texts of no pair left (most of them) go at once.
    let mut last_block = vec![usize::MAX; profiled.profiles.len()];
    for (b, block) in cheap.chunks(SCORE_BLOCK).enumerate() {
        for p in block {
            let (ta, tb) = texts_of(p);
            last_block[ta as usize] = b;
            last_block[tb as usize] = b;
        }
    }
    profiled.free_profiles(&last_block, usize::MAX);
    let mut described = vec![false; profiled.profiles.len()];
    let mut best = Best::new(profiled.units.len());
    let twins = twin_keys(&form_ids, profiled.units);
    let form_of = |u: usize| twins[u];
    for (b, block) in cheap.chunks(SCORE_BLOCK).enumerate() {
        let mut needed = vec![false; profiled.profiles.len()];
        for p in block {
            let (ta, tb) = texts_of(p);
            for t in [ta as usize, tb as usize] {
                if !described[t] {
                    needed[t] = true;
                    described[t] = true;
                }
            }
        }
        profiled.describe_meaning(&needed);
        drop(needed);
        let scorer = &profiled;
        // The pairs that pass are offered part by part: a whole block's
        // (and rayon's lists of them) were 5 MiB at the alignment's peak
        // for two 5 MB reports. A run of one pair of texts cut by a part's
        // end has its expensive features computed again, to the same
        // values.
        for part in block.chunks(OFFER_PART) {
            // (i, j, link probability, same probability)
            let passed: Vec<(u32, u32, f64, f64)> = part
                .par_chunk_by(|x, y| texts_of(x) == texts_of(y))
                .flat_map_iter(|run| {
                    let (ta, tb) = texts_of(&run[0]);
                    let expensive = scorer.expensive(ta, tb);
                    run.iter().filter_map(move |&(i, j)| {
                        // The cheap features read no word vectors: the same as above.
                        let mut x = scorer.cheap(i as usize, j as usize);
                        for (k, v) in EXPENSIVE.iter().zip(expensive) {
                            x[*k] = v;
                        }
                        let p = LINK_MODEL.probability(&x);
                        (p >= threshold).then(|| (i, j, p, SAME_MODEL.probability(&x)))
                    })
                })
                .collect();
            // Rank of each pair from each side, within the other report.
            for (i, j, p, same) in passed {
                let (i, j) = (i as usize, j as usize);
                let owner = |u: usize| scorer.units[u].article;
                offer(&mut best, (i, owner(j)), (p, j, same), form_of);
                offer(&mut best, (j, owner(i)), (p, i, same), form_of);
            }
        }
        profiled.free_profiles(&last_block, b);
    }
    best
}

/// Scores the candidate `pairs` (indices into `units`, from the candidate
/// search) and keeps the links among them: pairs whose link probability is
/// at least `threshold`, mutually among the best in each other's report.
/// `forms[i]` is unit `i`'s match form.
pub(crate) fn link_sentences(
    articles: &[Article],
    units: &[SentenceRef],
    forms: &[Cow<'_, str>],
    vectors: &UnitVectors,
    pairs: Vec<(usize, usize)>,
    threshold: f64,
) -> Vec<SentenceLink> {
    let profiled = Scorer::new(forms, units, vectors, &pairs, false);
    // 1. The cheap model sets most candidates aside. Only the pairs that
    // pass are kept, and their cheap features computed again below:
    // keeping the features was 200 MB for a 5 MB pair.
    // As `u32` pairs: half the memory of `usize` ones.
    let cheap: Vec<(u32, u32)> = pairs
        .into_par_iter()
        .filter(|&(i, j)| CHEAP_MODEL.probability(&profiled.cheap(i, j)) >= CHEAP_FLOOR)
        .map(|(i, j)| (unit_id(i), unit_id(j)))
        .collect();
    let best = score_in_blocks(profiled, cheap, threshold);
    let kept = |from: usize, to: usize| {
        best.get(from, units[to].article)
            .is_some_and(|l| l.iter().any(|e| e.1 == to))
    };
    let kept_pairs: Vec<(usize, usize, f64)> = best
        .iter()
        .flat_map(|(i, _, list)| list.iter().map(move |&(_, j, same)| (i, j, same)))
        .filter(|&(i, j, _)| i < j && kept(j, i))
        .collect();
    drop(best);
    // Word diffs, block by block of pairs in sentence order: each block
    // tokenises its sentences once (a sentence can have many links), and
    // its tokens are dropped before the next block (the tokens of every
    // linked sentence at once were 70 MiB for a 5 MB pair).
    let mut kept_pairs = kept_pairs;
    kept_pairs.par_sort_unstable_by_key(|&(i, j, _)| (i, j));
    // Each report's dateline is diffed apart where it stands only.
    let datelines: Vec<Vec<usize>> = articles.iter().map(dateline_paragraphs).collect();
    let mut links: Vec<SentenceLink> = Vec::with_capacity(kept_pairs.len());
    for block in kept_pairs.chunks(DIFF_BLOCK) {
        let mut needed: Vec<usize> = block.iter().flat_map(|&(i, j, _)| [i, j]).collect();
        needed.par_sort_unstable();
        needed.dedup();
        // Tokenised side by side (a thread's word memo is its own: the
        // tokens are the same whichever thread makes them).
        let toks: HashMap<usize, Tokens<'_>> = needed
            .into_par_iter()
            .map(|u| {
                let r = units[u];
                let text = articles[r.article].paragraphs[r.paragraph].sentence(r.sentence);
                let place = place(&datelines[r.article], r.paragraph, r.sentence);
                (u, Tokens::new(text, place))
            })
            .collect();
        let pairs: Vec<(&Tokens<'_>, &Tokens<'_>)> = block
            .iter()
            .map(|&(i, j, _)| (&toks[&i], &toks[&j]))
            .collect();
        let diffs = diff_pairs(&pairs);
        drop(pairs);
        links.extend(
            block
                .iter()
                .zip(diffs)
                .map(|(&(i, j, s), diff)| SentenceLink {
                    a: units[i],
                    b: units[j],
                    similarity: s,
                    grade: if s >= SAME_THRESHOLD {
                        LinkGrade::Same
                    } else {
                        LinkGrade::Related
                    },
                    diff,
                }),
        );
    }
    links.sort_by(|x, y| x.a.cmp(&y.a).then(x.b.cmp(&y.b)));
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::features::pair_features;

    use crate::load::test_article as article;

    /// Profiles shared by identical sentences, and the word-vector
    /// features computed once per pair of texts, give every pair exactly
    /// the features of profiles made for its own two sentences.
    #[test]
    fn shared_profiles_give_every_pair_its_own_features() {
        let articles = [
            article(
                "a.txt",
                "Ferry service resumes\n\nThe ferry left the harbour at noon. Gulls followed it out.\n\n\
                 Fares rose by 4 percent this spring. The ferry left the harbour at noon.\n\n\
                 The ferry left the harbour at noon.",
            ),
            article(
                "b.txt",
                "Harbour ferry back\n\nThe ferry left the harbour at noon. Fares went up 4 percent.\n\n\
                 Gulls followed the boat out. The ferry left the harbour at noon.",
            ),
        ];
        let u = super::super::sentence_units(&articles);
        let n = u.units.len();
        let pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
            .filter(|&(i, j)| u.owners[i] != u.owners[j])
            .collect();
        let scorer = Scorer::new(&u.forms, &u.units, &u.vectors, &pairs, true);
        assert!(scorer.profiles.len() < n, "the fixture repeats sentences");
        let text = |i: usize| {
            let r = u.units[i];
            articles[r.article].paragraphs[r.paragraph].sentence(r.sentence)
        };
        let mut twins_apart = 0;
        for &(i, j) in &pairs {
            let own = pair_features(
                &Profile::new(text(i), scorer.position(i)),
                &Profile::new(text(j), scorer.position(j)),
                &u.vectors[i],
                &u.vectors[j],
                scorer.context(i, j),
            );
            let mut own = own;
            for (k, v) in RANKED.iter().zip(scorer.ranked(i, j, own[GLOBAL_DICE])) {
                own[*k] = v;
            }
            let mut cached = scorer.cheap(i, j);
            let (ta, tb) = (scorer.text_of[i], scorer.text_of[j]);
            for (k, v) in EXPENSIVE.iter().zip(scorer.expensive(ta, tb)) {
                cached[*k] = v;
            }
            let bits = |x: &Features| x.map(f64::to_bits);
            assert_eq!(bits(&scorer.features(i, j)), bits(&own), "{i} {j}");
            assert_eq!(bits(&cached), bits(&own), "{i} {j}");
            twins_apart += usize::from(ta == tb && own[POSITION_GAP] > 0.0);
        }
        assert!(twins_apart > 0, "identical sentences at different places");
    }

    /// The keep rule: two matches per report, identical copies one match.
    #[test]
    fn twins_share_one_of_the_two_places() {
        let kept = |best: &Best| -> Vec<usize> {
            best.get(0, 1)
                .expect("offered")
                .iter()
                .map(|e| e.1)
                .collect()
        };
        // Units 1 and 2 are copies of one text, 3 and 4 other texts.
        let text_of = |u: usize| [0u64, 7, 7, 8, 9][u];
        let mut best = Best::new(1);
        for (p, j) in [(0.9, 1), (0.8, 2), (0.7, 3), (0.6, 4)] {
            offer(&mut best, (0, 1), (p, j, p), text_of);
        }
        assert_eq!(kept(&best), [1, 2, 3]);
        // Without copies, the two best (a better late offer evicts).
        let text_of = |u: usize| u as u64;
        let mut best = Best::new(1);
        for (p, j) in [(0.5, 1), (0.8, 2), (0.7, 3), (0.6, 4)] {
            offer(&mut best, (0, 1), (p, j, p), text_of);
        }
        assert_eq!(kept(&best), [2, 3]);
        // Sure matches beyond the two best stay, up to KEEP_MOST texts.
        let text_of = |u: usize| u as u64;
        let mut best = Best::new(1);
        for (p, j) in [
            (0.95, 1),
            (0.4, 2),
            (0.99, 3),
            (0.92, 4),
            (0.97, 5),
            (0.91, 6),
        ] {
            offer(&mut best, (0, 1), (p, j, p), text_of);
        }
        assert_eq!(kept(&best), [3, 5, 1, 4]);
        // At most KEEP_TWINS copies of one text.
        let text_of = |u: usize| u64::from(u > 0);
        let mut best = Best::new(1);
        for j in 1..=10 {
            offer(&mut best, (0, 1), (0.5, j, 0.5), text_of);
        }
        assert_eq!(best.get(0, 1).expect("offered").len(), KEEP_TWINS);
        // Copies are one match only while a report holds at most
        // KEEP_TWINS of them: three copies (units 1-3) keep a key each.
        let unit = |article, paragraph| SentenceRef {
            article,
            paragraph,
            sentence: 0,
        };
        let units = [
            unit(0, 0),
            unit(1, 0),
            unit(1, 1),
            unit(1, 2),
            unit(1, 3),
            unit(1, 4),
        ];
        let keys = twin_keys(&[0, 5, 5, 5, 6, 6], &units);
        assert_eq!(&keys[4..], [6, 6]);
        assert!(keys[1] != keys[2] && keys[2] != keys[3] && keys[1] != 5);
    }
}
