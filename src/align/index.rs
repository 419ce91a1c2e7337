//! Weighted term vectors and the candidate search.
//!
//! Each unit (a sentence or a paragraph) becomes a sparse vector of content
//! terms weighted by rarity across the whole cluster (idf) and by what the
//! term is (numbers and names weigh more). Similarity is the weighted Dice
//! coefficient, computed only for candidate pairs.
//!
//! # The candidate search and its guarantee
//!
//! 1. **Twins first.** Units whose whole normalised text (their content
//!    terms, in order) is identical are paired by hashing, whatever their
//!    words' frequency: verbatim and re-punctuated copies are always
//!    candidates (with many reports, each twin is paired with the pivot's
//!    and the first report's, and its neighbour report's).
//! 2. **Rarest keys.** A unit's keys are its terms, and bigrams and
//!    4-grams of its content terms; a key's weight falls with the number of units holding it.
//!    Each unit nominates through its keys held by at least two units,
//!    rarest first: all of its rare ones (held by at most `rare_df` units)
//!    and **at least `min_keys` however common** they are. Frequent terms are
//!    down-weighted, never dropped, and 4-grams stay rare when
//!    single words are common: the search never goes silent on a small
//!    vocabulary.
//! 3. **Bounded work.** Postings hold only the units that chose a key; a
//!    unit reads at most `list_cap` postings per key and `budget` in all
//!    (its band keys, step 5, at most `bands * list_cap` more), and keeps its best `per_article` candidates per other article and
//!    `per_unit` in all. Work and output grow with the number of units, not
//!    with its square or with report pairs. Beyond [`WIDE_REPORTS`]
//!    reports, a paragraph (`pivot_postings`) whose budget ran out on keys
//!    that hundreds of other reports' units hold still reads the pivot's
//!    postings of its keys left (a binary search and at most `list_cap`
//!    per key): the rows follow the pivot, and its counterpart there is
//!    never crowded out by the other reports' copies.
//! 4. **Verified ranking** (paragraphs). Summed key weights rank a unit's
//!    near-twins (text written again from the same sentences) as high as
//!    its real counterpart once a report is large. With a `verify` score
//!    (the paragraphs' weighted Dice), the best `rerank` units touched in
//!    each other article are scored again, and the best `per_article` by
//!    that score are kept too (ties to the earlier unit): the key-ranked
//!    candidates stay, so an input where no article has more than
//!    `per_article` touched units gets exactly the same candidates.
//! 5. **Near-duplicates made of common words** (paragraphs, `bands > 0`).
//!    A large text written with a small vocabulary repeats its n-grams so
//!    often that an edited copy may share none of its source's rare keys:
//!    the two never meet through steps 2-3. Each unit of at least
//!    `MIN_BAND_TERMS` distinct terms also gets `bands` min-hash band keys
//!    (each the minima of `BAND_ROWS` hash functions over its distinct
//!    terms), which two units share with probability `J^BAND_ROWS` per
//!    band for a term-set Jaccard `J`: near-duplicates almost surely meet
//!    whatever their words' frequency. Band keys always nominate, each
//!    reading at most `list_cap` postings.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use crate::model::ArticleId;
use crate::text::{Term, TermClass};

mod flat;
mod seqs;
mod vectors;

pub(crate) use flat::FlatVecs;
pub use seqs::{Seqs, TermSeqs};
pub(crate) use vectors::UnitVectors;
pub use vectors::{SentenceVectors, SentenceVectorsIter};

/// A sparse weighted term vector, sorted by term id.
#[derive(Debug, Clone, Default)]
pub struct TermVec {
    /// `(term id, weight)`, sorted by id, one entry per term.
    pub entries: Vec<(u32, f64)>,
    /// Sum of the weights.
    pub norm: f64,
}

impl TermVec {
    /// Weighted Dice similarity in `[0, 1]`.
    #[must_use]
    pub fn dice(&self, other: &TermVec) -> f64 {
        let denom = self.norm + other.norm;
        if denom <= 0.0 {
            return 0.0;
        }
        2.0 * self.overlap(other) / denom
    }

    /// Calls `f` with both weights of every term the vectors share.
    fn for_shared(&self, other: &TermVec, mut f: impl FnMut(f64, f64)) {
        let (mut i, mut j) = (0, 0);
        let (mine, theirs) = (&self.entries, &other.entries);
        while i < mine.len() && j < theirs.len() {
            match mine[i].0.cmp(&theirs[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    f(mine[i].1, theirs[j].1);
                    i += 1;
                    j += 1;
                }
            }
        }
    }

    /// Number of distinct terms both vectors have.
    #[must_use]
    pub fn shared_terms(&self, other: &TermVec) -> usize {
        let mut n = 0;
        self.for_shared(other, |_, _| n += 1);
        n
    }

    /// Sum over shared terms of the smaller weight.
    #[must_use]
    pub fn overlap(&self, other: &TermVec) -> f64 {
        let mut shared = 0.0;
        self.for_shared(other, |x, y| shared += x.min(y));
        shared
    }

    /// Share of this vector's weight that `other` also has.
    #[must_use]
    pub fn containment_in(&self, other: &TermVec) -> f64 {
        if self.norm <= 0.0 {
            0.0
        } else {
            self.overlap(other) / self.norm
        }
    }

    /// The sum of several vectors (a paragraph's from its sentences'), in
    /// one sort: linear-logarithmic in their total size.
    #[must_use]
    pub fn sum<'a>(parts: impl IntoIterator<Item = &'a TermVec> + Clone) -> TermVec {
        let total = parts.clone().into_iter().map(|v| v.entries.len()).sum();
        let mut entries: Vec<(u32, f64)> = Vec::with_capacity(total);
        entries.extend(
            parts
                .clone()
                .into_iter()
                .flat_map(|v| v.entries.iter().copied()),
        );
        entries.sort_unstable_by_key(|e| e.0);
        // Merged in place (`b` is the entry kept, `a` the later one), with
        // no spare room: every paragraph's vector is held at once during
        // the paragraph search (a second buffer of the sentences' total
        // size per paragraph was 14 MiB for two 5 MB reports).
        entries.dedup_by(|a, b| {
            let same = a.0 == b.0;
            if same {
                b.1 += a.1;
            }
            same
        });
        let entries = crate::memory::exact(entries);
        let norm = parts.into_iter().map(|v| v.norm).sum();
        TermVec { entries, norm }
    }

    /// Adds another vector's weights.
    pub fn add(&mut self, other: &TermVec) {
        let mut merged = Vec::with_capacity(self.entries.len() + other.entries.len());
        let (mut i, mut j) = (0, 0);
        let (a, b) = (&self.entries, &other.entries);
        while i < a.len() || j < b.len() {
            if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
                merged.push(a[i]);
                i += 1;
            } else if i >= a.len() || b[j].0 < a[i].0 {
                merged.push(b[j]);
                j += 1;
            } else {
                merged.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
        self.norm += other.norm;
        self.entries = merged;
    }
}

/// A unit's distinct term ids with class and count.
pub type UnitTerms = Vec<(u32, TermClass, u32)>;

/// Weight factor of a term that only one report uses.
const LONELY_WEIGHT: f64 = 0.5;

/// Interned terms and their document frequencies over a set of units.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    /// Number of units each term occurs in.
    df: Vec<u32>,
    /// Number of articles each term occurs in, and the last one counted.
    article_df: Vec<(u32, usize)>,
    units: u32,
    articles: usize,
}

impl Vocabulary {
    /// Counts each unit's distinct terms and returns the units' term ids
    /// (with class and count) for weighting, and each unit's term ids in
    /// text order (for the candidate search's keys).
    /// `owners[i]` is the article of unit `i`; units come grouped by article.
    pub fn intern(
        &mut self,
        unit_terms: &[Vec<Term>],
        owners: &[usize],
    ) -> (Vec<UnitTerms>, Vec<Vec<u32>>) {
        let mut out = Vec::with_capacity(unit_terms.len());
        let mut seqs = Vec::with_capacity(unit_terms.len());
        for (terms, &owner) in unit_terms.iter().zip(owners) {
            let mut ids: Vec<(u32, TermClass, u32)> = Vec::with_capacity(terms.len());
            for t in terms {
                let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
                let id = if let Some(&id) = self.ids.get(t.key.as_str()) {
                    id
                } else {
                    self.ids.insert(t.key.clone(), next);
                    next
                };
                if id as usize == self.df.len() {
                    self.df.push(0);
                    self.article_df.push((0, usize::MAX));
                }
                ids.push((id, t.class, 1));
            }
            seqs.push(ids.iter().map(|(id, _, _)| *id).collect());
            ids.sort_by_key(|(id, _, _)| *id);
            let mut dedup: Vec<(u32, TermClass, u32)> = Vec::with_capacity(ids.len());
            for (id, class, n) in ids {
                match dedup.last_mut() {
                    Some(last) if last.0 == id => {
                        last.2 += n;
                        if class != TermClass::Word {
                            last.1 = class;
                        }
                    }
                    _ => dedup.push((id, class, n)),
                }
            }
            for (id, _, _) in &dedup {
                self.df[*id as usize] += 1;
                let adf = &mut self.article_df[*id as usize];
                if adf.1 != owner {
                    *adf = (adf.0 + 1, owner);
                }
            }
            self.units += 1;
            self.articles = self.articles.max(owner + 1);
            out.push(dedup);
        }
        (out, seqs)
    }

    /// Inverse document frequency of a term.
    #[must_use]
    pub fn idf(&self, id: u32) -> f64 {
        let df = f64::from(self.df[id as usize].max(1));
        (1.0 + f64::from(self.units) / df).ln()
    }

    /// Document frequency of a term.
    #[must_use]
    pub fn df(&self, id: u32) -> u32 {
        self.df[id as usize]
    }

    /// The id of a term key, if any unit has it.
    #[must_use]
    pub fn id(&self, key: &str) -> Option<u32> {
        self.ids.get(key).copied()
    }

    /// Weighted vector of one unit's interned terms.
    #[must_use]
    pub fn vector(&self, ids: &[(u32, TermClass, u32)]) -> TermVec {
        let entries: Vec<(u32, f64)> = ids
            .iter()
            .map(|(id, class, n)| {
                // A repeated term counts a little more, never linearly.
                let tf = 1.0 + f64::from(*n - 1).min(2.0) * 0.25;
                // A term only one report uses cannot be shared: it tells the
                // sentences apart less than a term both could have used.
                let lonely = if self.articles > 1 && self.article_df[*id as usize].0 <= 1 {
                    LONELY_WEIGHT
                } else {
                    1.0
                };
                (*id, self.idf(*id) * class.boost() * tf * lonely)
            })
            .collect();
        let norm = entries.iter().map(|(_, w)| w).sum();
        TermVec { entries, norm }
    }
}

/// Budget and shape of the candidate search (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Search {
    /// Candidates a unit keeps in each other article, best first.
    pub per_article: usize,
    /// Candidates a unit keeps in all (those in the pivot article always
    /// stay).
    pub per_unit: usize,
    /// Keys held by at most this many units are rare: each of a unit's rare
    /// keys nominates (up to `max_keys`).
    pub rare_df: usize,
    /// A unit nominates through at least this many of its shared keys,
    /// however common they are: the search never goes silent.
    pub min_keys: usize,
    /// A unit nominates through at most this many keys.
    pub max_keys: usize,
    /// Postings read per key and unit.
    pub list_cap: usize,
    /// Postings read per unit over all its keys but its band keys.
    pub budget: usize,
    /// Touched units per other article scored again by a verify score
    /// (see [`candidate_pairs_verified`]).
    pub rerank: usize,
    /// The article whose units every exact twin is paired with.
    pub pivot: ArticleId,
    /// Exact twins pair across every two articles (`true`), or only with the
    /// pivot's twin and the first article's (`false`, for many reports).
    pub all_twins: bool,
    /// Min-hash band keys per unit (0: none; step 5 of the module doc).
    pub bands: usize,
    /// Past its budget, a unit still reads the pivot's postings of its
    /// keys left (the paragraph search beyond [`WIDE_REPORTS`] reports:
    /// the rows follow the pivot; step 3).
    pub pivot_postings: bool,
}

impl Search {
    /// The search for `reports` reports, pivot `pivot`.
    #[must_use]
    pub fn new(reports: usize, pivot: ArticleId) -> Search {
        let wide = reports > WIDE_REPORTS;
        Search {
            per_article: 6,
            per_unit: if wide { 24 } else { 6 * reports.max(2) },
            // A fact told once per report is in as many units as there
            // are reports: such keys stay rare however many reports.
            rare_df: 48.max(4 * reports),
            min_keys: 12,
            max_keys: 64,
            list_cap: 128,
            budget: if wide { 256 } else { 768 },
            rerank: 64,
            pivot,
            all_twins: !wide,
            bands: 0,
            pivot_postings: false,
        }
    }
}

/// Band keys a paragraph search uses ([`Search::bands`]): with rows of
/// `BAND_ROWS`, a pair of term-set Jaccard 0.75 (a paragraph with a tenth
/// of its words edited) meets with probability 0.999, one of Jaccard 0.65
/// with 0.98, one of Jaccard 0.25 (unrelated text in a small vocabulary)
/// with 0.17 (and then only as a candidate, checked by its Dice).
pub const PARAGRAPH_BANDS: usize = 12;

/// Hash functions per band key.
const BAND_ROWS: usize = 3;

/// Units with fewer distinct terms get no band keys: their rare keys and
/// n-grams find their near-duplicates, and short units collide by chance.
const MIN_BAND_TERMS: usize = 8;

/// Beyond this many reports, N-way work is bounded per unit instead of per
/// report pair (see [`Search::new`]).
pub const WIDE_REPORTS: usize = 10;

/// One hashing step (splitmix64 finaliser): keys are 64-bit hashes of term
/// id n-grams, tagged with their length so a bigram never meets a unigram.
fn mix(h: u64, x: u64) -> u64 {
    let mut z = h ^ x.wrapping_add(0x9E37_79B9_7F4A_7C15).wrapping_add(h << 6);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The distinct keys of a unit: its terms, and its bigrams and 4-grams
/// of adjacent content terms (4-grams stay rare in a large text written
/// with a small vocabulary, where trigrams recur), sorted.
fn unit_keys(seq: &[u32], out: &mut Vec<u64>) {
    out.clear();
    for i in 0..seq.len() {
        let h1 = mix(1, u64::from(seq[i]));
        out.push(h1);
        if let Some(&b) = seq.get(i + 1) {
            let h2 = mix(h1 ^ 2, u64::from(b));
            out.push(h2);
            if let [c, d, ..] = seq[(i + 2).min(seq.len())..] {
                out.push(mix(mix(h2 ^ 4, u64::from(c)), u64::from(d)));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
}

/// A unit's min-hash band keys (step 5 of the module doc), sorted; none for a
/// unit with fewer than [`MIN_BAND_TERMS`] distinct terms.
fn band_keys(seq: &[u32], bands: usize, terms: &mut Vec<u32>, out: &mut Vec<u64>) {
    out.clear();
    if bands == 0 || seq.len() < MIN_BAND_TERMS {
        return;
    }
    terms.clear();
    terms.extend_from_slice(seq);
    terms.sort_unstable();
    terms.dedup();
    if terms.len() < MIN_BAND_TERMS {
        return;
    }
    for band in 0..bands {
        let mut key = mix(0xBA4D, band as u64);
        for row in 0..BAND_ROWS {
            let seed = mix(0x5EED, (band * BAND_ROWS + row) as u64);
            let least = terms
                .iter()
                .map(|&t| mix(seed, u64::from(t)))
                .min()
                .unwrap_or(0);
            key = mix(key, least);
        }
        out.push(key);
    }
    out.sort_unstable();
    out.dedup();
}

/// The key of a unit's whole normalised text (its term sequence).
fn exact_key(seq: &[u32]) -> u64 {
    seq.iter()
        .fold(mix(7, seq.len() as u64), |h, &t| mix(h, u64::from(t)))
}

/// Finds, for every unit, the most promising units of *other* articles.
/// `seqs[i]` is unit `i`'s term ids in text order, `owners[i]` its article
/// (units come grouped by article, ascending). Returns pairs `(i, j)` with
/// `i < j`, deduplicated and sorted.
#[must_use]
pub fn candidate_pairs<S: Seqs + ?Sized>(
    seqs: &S,
    owners: &[ArticleId],
    opt: &Search,
) -> Vec<(usize, usize)> {
    search(seqs, owners, opt, None)
}

/// [`candidate_pairs`], and in each other article the best `per_article`
/// by `verify(unit, other)` among the `rerank` best touched by keys (step 4
/// of the module doc).
#[must_use]
pub fn candidate_pairs_verified<S: Seqs + ?Sized>(
    seqs: &S,
    owners: &[ArticleId],
    opt: &Search,
    verify: &(dyn Fn(usize, usize) -> f64 + Sync),
) -> Vec<(usize, usize)> {
    search(seqs, owners, opt, Some(&ByPair(verify)))
}

/// [`candidate_pairs_verified`] with a score that rates one unit against
/// several at once ([`VerifyMany`]).
#[must_use]
pub(crate) fn candidate_pairs_verified_many<S: Seqs + ?Sized>(
    seqs: &S,
    owners: &[ArticleId],
    opt: &Search,
    verify: &dyn VerifyMany,
) -> Vec<(usize, usize)> {
    search(seqs, owners, opt, Some(verify))
}

/// A similarity of units, to rank candidates again: unit `u` against
/// each of `others` at once, so that the work on `u` is done once.
pub(crate) trait VerifyMany: Sync {
    /// Sets each `others[k].0` to the similarity of `u` and unit
    /// `others[k].1`.
    fn score_many(&self, u: usize, others: &mut [(f64, usize)]);
}

/// A pairwise similarity as a [`VerifyMany`].
struct ByPair<'a>(&'a (dyn Fn(usize, usize) -> f64 + Sync));

impl VerifyMany for ByPair<'_> {
    fn score_many(&self, u: usize, others: &mut [(f64, usize)]) {
        for (score, o) in others {
            *score = (self.0)(u, *o);
        }
    }
}

/// A similarity of units, to rank candidates again.
type Verify<'a> = Option<&'a dyn VerifyMany>;

fn search<S: Seqs + ?Sized>(
    seqs: &S,
    owners: &[ArticleId],
    opt: &Search,
    verify: Verify<'_>,
) -> Vec<(usize, usize)> {
    let mut pairs = twin_pairs(seqs, owners, opt);
    pairs.extend(shared_key_pairs(seqs, owners, opt, verify));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Units whose whole term sequence is identical (verbatim or re-punctuated
/// copies), paired whatever their keys' frequency.
fn twin_pairs<S: Seqs + ?Sized>(
    seqs: &S,
    owners: &[ArticleId],
    opt: &Search,
) -> Vec<(usize, usize)> {
    let mut keyed: Vec<(u64, usize)> = (0..seqs.units())
        .map(|u| (u, seqs.seq(u)))
        .filter(|(_, s)| !s.is_empty())
        .map(|(u, s)| (exact_key(s), u))
        .collect();
    keyed.sort_unstable();
    let mut pairs = Vec::new();
    let mut groups: Vec<&[(u64, usize)]> = Vec::new();
    for bucket in keyed.chunk_by(|x, y| x.0 == y.0) {
        if bucket.len() < 2 {
            continue;
        }
        groups.clear();
        groups.extend(bucket.chunk_by(|x, y| owners[x.1] == owners[y.1]));
        if groups.len() < 2 {
            continue;
        }
        let first = owners[groups[0][0].1];
        for (gi, g) in groups.iter().enumerate() {
            for (gj, h) in groups.iter().enumerate().skip(gi + 1) {
                let oh = owners[h[0].1];
                let og = owners[g[0].1];
                let wanted = opt.all_twins
                    || og == opt.pivot
                    || oh == opt.pivot
                    || og == first
                    || gj == gi + 1;
                if !wanted {
                    continue;
                }
                // Repeated twins inside one report pair in order.
                for (k, &(_, u)) in g.iter().enumerate() {
                    for &(_, o) in h
                        .iter()
                        .skip(k.saturating_sub(opt.per_article / 2))
                        .take(opt.per_article)
                    {
                        pairs.push((u.min(o), u.max(o)));
                    }
                }
            }
        }
    }
    pairs
}

/// The document frequency of every key (band keys included), and each
/// unit's band keys: unit `u`'s at `offsets[u]..offsets[u + 1]` of the
/// flat list (none when `bands` is 0). Kept from this pass for the
/// nominating one: min-hashing every distinct term `bands * BAND_ROWS`
/// times was the search's costliest step, and it was done twice.
fn count_keys<S: Seqs + ?Sized>(
    seqs: &S,
    bands: usize,
) -> (HashMap<u64, u32>, Vec<u64>, Vec<usize>) {
    let mut df: HashMap<u64, u32> = HashMap::default();
    let (mut keys, mut unit_bands, mut scratch_terms) = (Vec::new(), Vec::new(), Vec::new());
    let mut all_bands: Vec<u64> = Vec::new();
    let mut offsets: Vec<usize> = Vec::with_capacity(if bands > 0 { seqs.units() + 1 } else { 1 });
    for s in (0..seqs.units()).map(|u| seqs.seq(u)) {
        unit_keys(s, &mut keys);
        band_keys(s, bands, &mut scratch_terms, &mut unit_bands);
        for &k in keys.iter().chain(&unit_bands) {
            *df.entry(k).or_insert(0) += 1;
        }
        if bands > 0 {
            offsets.push(all_bands.len());
            all_bands.extend_from_slice(&unit_bands);
        }
    }
    offsets.push(all_bands.len());
    (df, all_bands, offsets)
}

/// Units sharing their rarest keys. Each unit nominates through its keys
/// held by at least two units, rarest first: all its rare ones, and at least
/// `min_keys` however common, reading at most `list_cap` postings per key
/// and `budget` in all; then through its band keys, if any.
fn shared_key_pairs<S: Seqs + ?Sized>(
    seqs: &S,
    owners: &[ArticleId],
    opt: &Search,
    verify: Verify<'_>,
) -> Vec<(usize, usize)> {
    let n = seqs.units();
    let (df, all_bands, band_offsets) = count_keys(seqs, opt.bands);
    let mut keys = Vec::new();
    let weight_of = |d: u32| {
        #[allow(clippy::cast_possible_truncation)] // a weight, precision is moot
        let w = (1.0 + n as f64 / f64::from(d)).ln() as f32;
        w
    };
    // A key's frequency is at most about the number of units: the weights
    // of those frequencies are computed once each, not a logarithm per
    // chosen key (the same values).
    let by_frequency: Vec<f32> = (0..=u32::try_from(n).unwrap_or(u32::MAX))
        .map(weight_of)
        .collect();
    let weight = |d: u32| {
        by_frequency
            .get(d as usize)
            .copied()
            .unwrap_or_else(|| weight_of(d))
    };
    // Each unit's chosen keys, rarest first, with their weight; then its
    // band keys, which always nominate (`band_start`).
    let mut chosen: Vec<(u64, f32)> = Vec::new();
    let mut start: Vec<usize> = Vec::with_capacity(n + 1);
    let mut band_start: Vec<usize> = Vec::with_capacity(n);
    let mut ranked: Vec<u128> = Vec::new();
    for (u, s) in (0..n).map(|u| (u, seqs.seq(u))) {
        start.push(chosen.len());
        unit_keys(s, &mut keys);
        choose_keys(&keys, &df, opt, &mut ranked, |k, d| {
            chosen.push((k, weight(d)));
        });
        band_start.push(chosen.len());
        let bands = if opt.bands > 0 {
            &all_bands[band_offsets[u]..band_offsets[u + 1]]
        } else {
            &[]
        };
        for &k in bands {
            let d = df[&k];
            if d >= 2 {
                chosen.push((k, weight(d)));
            }
        }
    }
    start.push(chosen.len());
    drop((df, by_frequency, all_bands));
    let (chosen, posted, slot_start) = post(chosen, &start);
    // The pivot's units (units come grouped by article).
    let pivot_lo = owners.partition_point(|&a| a < opt.pivot);
    let pivot_hi = owners.partition_point(|&a| a <= opt.pivot);
    let postings = |k: u32| &posted[slot_start[k as usize]..slot_start[k as usize + 1]];
    let article_start = article_starts(owners);
    let per_unit = |u: usize, scratch: &mut Vec<f32>, touched: &mut Vec<usize>| {
        let own = article_start[owners[u]]..article_start[owners[u] + 1];
        let mut touch = |list: &[u32], w: f32| {
            for &o in list {
                let o = o as usize;
                if own.contains(&o) {
                    continue;
                }
                if scratch[o] == 0.0 {
                    touched.push(o);
                }
                scratch[o] += w;
            }
            list.len()
        };
        let capped = |k: u32| {
            let list = postings(k);
            &list[..list.len().min(opt.list_cap)]
        };
        let mut read = 0;
        let mut keys = chosen[start[u]..band_start[u]].iter();
        for &(k, w) in keys.by_ref() {
            read += touch(capped(k), w);
            if read >= opt.budget {
                break;
            }
        }
        // Past the budget, the pivot's postings of the keys left.
        if opt.pivot_postings && owners[u] != opt.pivot {
            for &(k, w) in keys {
                let list = postings(k);
                let from = list.partition_point(|&o| (o as usize) < pivot_lo);
                let to = list.partition_point(|&o| (o as usize) < pivot_hi);
                touch(&list[from..to.min(from + opt.list_cap)], w);
            }
        }
        for &(k, w) in &chosen[band_start[u]..start[u + 1]] {
            touch(capped(k), w);
        }
        let out = best_candidates(u, owners, scratch, touched, opt, verify);
        for o in touched.drain(..) {
            scratch[o] = 0.0;
        }
        out
    };
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0.0f32; n], Vec::new()),
            |(scratch, touched), u| per_unit(u, scratch, touched),
        )
        .flatten_iter()
        .collect()
}

/// Where each article's units start (units come grouped by article,
/// ascending), and their end: a unit's own article is a range of units,
/// so the search tells a posting apart from it without reading the
/// posting's owner (a cache miss a posting on large reports).
fn article_starts(owners: &[ArticleId]) -> Vec<usize> {
    (0..=owners.last().map_or(0, |&a| a + 1))
        .map(|a| owners.partition_point(|&o| o < a))
        .collect()
}

/// Calls `choose(key, df)` for the keys a unit nominates through (step 2
/// of the module doc): of its `keys` held by at least two units, all the
/// rare ones and at least `min_keys`, at most `max_keys`, rarest first (ties
/// by key). `ranked` is scratch.
fn choose_keys(
    keys: &[u64],
    df: &HashMap<u64, u32>,
    opt: &Search,
    ranked: &mut Vec<u128>,
    mut choose: impl FnMut(u64, u32),
) {
    // `(df, key)` packed in one integer, `df` high: the same order as the
    // pair's, compared in one step (sorting pairs was a fifth of the search).
    ranked.clear();
    ranked.extend(
        keys.iter()
            .map(|k| (df[k], *k))
            .filter(|(d, _)| *d >= 2)
            .map(|(d, k)| (u128::from(d) << 64) | u128::from(k)),
    );
    // Only the `take` rarest are read, in order: they are picked out and
    // sorted alone (the keys are distinct: the same keys in the same order
    // as a sort of all of them).
    // Compared on the unpacked df, so that any `rare_df` (even `usize::MAX`,
    // "every key is rare") means what it says.
    #[allow(clippy::cast_possible_truncation)] // the high half is a u32 df
    let rare = ranked
        .iter()
        .filter(|&&r| ((r >> 64) as u32) as usize <= opt.rare_df)
        .count();
    let take = rare.clamp(opt.min_keys, opt.max_keys).min(ranked.len());
    if take > 0 && take < ranked.len() {
        ranked.select_nth_unstable(take - 1);
    }
    ranked[..take].sort_unstable();
    for &r in &ranked[..take] {
        #[allow(clippy::cast_possible_truncation)] // unpacking what was packed
        choose(r as u64, (r >> 64) as u32);
    }
}

/// The postings of the chosen keys (`chosen[start[u]..start[u + 1]]`: unit
/// `u`'s keys with their weights): every key's units, ascending, at
/// `posted[slot_start[s]..slot_start[s + 1]]` for the key's slot `s`, and
/// the chosen keys as slots (numbered in key order). Keys become slots and
/// postings unit ids: a quarter of the memory of `(key, unit)` postings, a
/// map of their ranges and `(key, weight)` choices (33 MiB, the alignment's
/// peak, for the paragraphs of two 5 MB reports). The keys are sorted with
/// their choice's index in the choices' own buffer, and each choice learns
/// its slot from there: no second buffer of pairs, no map of slots.
fn post(chosen: Vec<(u64, f32)>, start: &[usize]) -> (Vec<(u32, f32)>, Vec<u32>, Vec<usize>) {
    let id = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    let weights: Vec<f32> = chosen.iter().map(|c| c.1).collect();
    // Collected in place: `(u64, f32)` and `(u64, u32)` have one layout.
    let mut postings: Vec<(u64, u32)> = chosen
        .into_iter()
        .enumerate()
        .map(|(i, (k, _))| (k, id(i)))
        .collect();
    // A unit's choices are consecutive, units ascending: by index is by
    // unit, so each key's units come out ascending. (No two entries are
    // equal: the parallel sort gives the same order; sorting on one core
    // was a stretch where the other waited.)
    postings.par_sort_unstable();
    let unit_of = |i: u32| id(start.partition_point(|&s| s <= i as usize) - 1);
    let mut slots: Vec<(u32, f32)> = vec![(0, 0.0); postings.len()];
    let mut posted: Vec<u32> = Vec::with_capacity(postings.len());
    let mut slot_start: Vec<usize> = vec![0];
    for (slot, run) in postings.chunk_by(|x, y| x.0 == y.0).enumerate() {
        for &(_, i) in run {
            slots[i as usize] = (id(slot), weights[i as usize]);
            posted.push(unit_of(i));
        }
        slot_start.push(posted.len());
    }
    (slots, posted, slot_start)
}

/// A touched unit's rank as one integer (smaller is better): its score
/// descending (`f32::total_cmp`'s order), then the unit ascending; units
/// below 2^31, so that bit 63 is free for a class above the rank.
fn rank(scratch: &[f32], o: usize) -> u64 {
    let bits = scratch[o].to_bits();
    let ordered = if bits >> 31 == 1 {
        !bits
    } else {
        bits | 0x8000_0000
    };
    let unit = u64::try_from(o)
        .ok()
        .filter(|&o| o < 1 << 31)
        .expect("fewer than 2^31 units");
    (u64::from(!ordered) << 31) | unit
}

/// The unit of a [`rank`].
fn unit_of(rank: u64) -> usize {
    usize::try_from(rank & 0x7fff_ffff).expect("a unit fits usize")
}

/// Puts the `ranks` of units of the same article next to each other (a
/// counting sort by owner; the order inside an article is kept, and
/// [`best_candidates`] reads none).
fn group_by_owner(ranks: &mut [u64], owners: &[ArticleId]) {
    let owner = |r: u64| owners[unit_of(r)];
    let articles = ranks.iter().map(|&r| owner(r)).max().map_or(0, |a| a + 1);
    let mut next = vec![0usize; articles + 1];
    for &r in ranks.iter() {
        next[owner(r) + 1] += 1;
    }
    for a in 1..next.len() {
        next[a] += next[a - 1];
    }
    let mut grouped = vec![0u64; ranks.len()];
    for &r in ranks.iter() {
        let slot = &mut next[owner(r)];
        grouped[*slot] = r;
        *slot += 1;
    }
    ranks.copy_from_slice(&grouped);
}

/// The best few touched units per other article, then the best `per_unit`
/// of those (the pivot's kept), as ordered pairs, in no particular order
/// (the search sorts them).
fn best_candidates(
    u: usize,
    owners: &[ArticleId],
    scratch: &[f32],
    touched: &[usize],
    opt: &Search,
    verify: Verify<'_>,
) -> Vec<(usize, usize)> {
    // Units are ranked by integers, compared in one step (comparing
    // through `scratch` and `owners` was most of this function's cost).
    let mut ranks: Vec<u64> = touched.iter().map(|&o| rank(scratch, o)).collect();
    // What is kept depends on the units touched in each article, not on
    // their order (every ranking below is a total order), so touched units
    // all of one article (any pair of reports) need no sort, and those of
    // many are only grouped by article (sorting a few hundred of them for
    // every unit was a tenth of the search).
    let owner = |r: &u64| owners[unit_of(*r)];
    let one_article = ranks
        .first()
        .is_none_or(|f| ranks.iter().all(|r| owner(r) == owner(f)));
    if !one_article {
        group_by_owner(&mut ranks, owners);
    }
    let mut kept: Vec<usize> = Vec::new();
    let mut verified: Vec<(f64, usize)> = Vec::new();
    for group in ranks.chunk_by_mut(|x, y| owner(x) == owner(y)) {
        if group.len() > opt.per_article {
            if let Some(verify) = verify {
                // The key-ranked best `rerank`, scored again; the best of
                // those join the key-ranked best below.
                let top = group.len().min(opt.rerank.max(opt.per_article));
                if top < group.len() {
                    group.select_nth_unstable(top - 1);
                }
                verified.clear();
                verified.extend(group[..top].iter().map(|&r| (0.0, unit_of(r))));
                verify.score_many(u, &mut verified);
                verified.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
                kept.extend(verified.iter().take(opt.per_article).map(|&(_, o)| o));
                group[..top].sort_unstable();
            } else {
                group.select_nth_unstable(opt.per_article - 1);
            }
        }
        kept.extend(
            group[..group.len().min(opt.per_article)]
                .iter()
                .map(|&r| unit_of(r)),
        );
    }
    // A unit is touched once (key weights are positive), so only the
    // verified ones can be kept twice.
    if verify.is_some() {
        kept.sort_unstable();
        kept.dedup();
    }
    if kept.len() > opt.per_unit {
        // The pivot's first (bit 63 clear), then by rank.
        let mut ordered: Vec<u64> = kept
            .iter()
            .map(|&o| (u64::from(owners[o] != opt.pivot) << 63) | rank(scratch, o))
            .collect();
        let pivots = ordered.iter().filter(|&&r| r >> 63 == 0).count();
        // The best `keep` (all of the pivot's among them) are picked, not
        // sorted (sorting all of them, up to `per_article` in each of 49
        // other reports, was 4 % of a 50-report run).
        let keep = opt.per_unit.max(pivots);
        if keep < ordered.len() {
            ordered.select_nth_unstable(keep.saturating_sub(1));
            ordered.truncate(keep);
        }
        kept = ordered.into_iter().map(unit_of).collect();
    }
    kept.into_iter().map(|o| (u.min(o), u.max(o))).collect()
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SentenceRef;
    use crate::text::terms;

    #[test]
    fn dice_and_candidates() {
        let texts = [
            "Tillerson called for Assad to relinquish power.",
            "Tillerson said Assad must relinquish power in Syria.",
            "Microsoft patched Windows.",
        ];
        let mut vocab = Vocabulary::default();
        let (ids, seqs) = vocab.intern(
            &texts.iter().map(|t| terms(t)).collect::<Vec<_>>(),
            &[0, 1, 1],
        );
        let vecs: Vec<TermVec> = ids.iter().map(|i| vocab.vector(i)).collect();
        assert!(vecs[0].dice(&vecs[1]) > 0.5);
        assert!(vecs[0].dice(&vecs[2]).abs() < f64::EPSILON);
        assert!((vecs[0].dice(&vecs[0]) - 1.0).abs() < 1e-9);
        let pairs = candidate_pairs(&seqs, &[0, 1, 1], &Search::new(2, 0));
        assert_eq!(pairs, vec![(0, 1)]);
    }

    #[test]
    fn sentence_vectors_are_found_by_sentence_in_reading_order() {
        let r = |article, paragraph, sentence| SentenceRef {
            article,
            paragraph,
            sentence,
        };
        let v = |id: u32| TermVec {
            entries: vec![(id, 1.0)],
            norm: 1.0,
        };
        let refs = vec![r(1, 0, 0), r(0, 2, 1), r(0, 0, 3), r(0, 2, 0)];
        let sv = SentenceVectors::new(refs.clone(), (0..4).map(v).collect());
        assert_eq!(sv.len(), 4);
        for (i, s) in (0..4).zip(&refs) {
            assert_eq!(sv[s].entries, vec![(i, 1.0)]);
        }
        assert!(sv.get(&r(0, 1, 0)).is_none());
        let order: Vec<SentenceRef> = sv.keys().copied().collect();
        assert_eq!(order, vec![r(0, 0, 3), r(0, 2, 0), r(0, 2, 1), r(1, 0, 0)]);
        let ids: Vec<u32> = (&sv).into_iter().map(|(_, t)| t.entries[0].0).collect();
        assert_eq!(ids, vec![2, 3, 1, 0]);
    }

    /// Distinct terms both sequences hold, as a Dice coefficient.
    fn set_dice(x: &[u32], y: &[u32]) -> f64 {
        let shared = x.iter().filter(|t| y.contains(t)).count();
        2.0 * shared as f64 / (x.len() + y.len()) as f64
    }

    #[test]
    fn verified_ranking_finds_the_edited_copy_among_near_twins() {
        // Unit 0 (report 0) is terms 1..=30; its edited copy (report 1)
        // has every third term replaced: many shared terms, few shared
        // n-grams. Each report also holds ten near-twins of the other's
        // unit, copying its first half word for word (many shared n-grams).
        let original: Vec<u32> = (1..=30).collect();
        let edited: Vec<u32> = original
            .iter()
            .map(|&t| if t % 3 == 0 { 500 + t } else { t })
            .collect();
        // Near-twin `k` copies 15 terms from offset `3k` on (cyclic), so
        // that every term and n-gram recurs in several of them.
        let twin = |of: &[u32], k: u32| -> Vec<u32> {
            let from = (3 * k as usize) % of.len();
            let mut t: Vec<u32> = of.iter().cycle().skip(from).take(15).copied().collect();
            t.extend((0..12).map(|i| 1000 + 100 * k + i));
            t
        };
        let mut seqs = vec![original.clone()];
        seqs.extend((0..10).map(|k| twin(&edited, k)));
        seqs.extend((0..10).map(|k| twin(&original, k + 10)));
        seqs.push(edited);
        let owners: Vec<ArticleId> = (0..seqs.len()).map(|u| usize::from(u > 10)).collect();
        let opt = Search::new(2, 0);
        let copy = seqs.len() - 1;
        assert!(set_dice(&seqs[0], &seqs[copy]) > set_dice(&seqs[0], &seqs[11]));
        // Summed key weights rank the near-twins first.
        let plain = candidate_pairs(&seqs, &owners, &opt);
        assert!(!plain.contains(&(0, copy)), "{plain:?}");
        // Scored again by Dice, the copy is found; the key-ranked stay.
        let dice = |i: usize, j: usize| set_dice(&seqs[i], &seqs[j]);
        let verified = candidate_pairs_verified(&seqs, &owners, &opt, &dice);
        assert!(verified.contains(&(0, copy)), "{verified:?}");
        assert!(plain.iter().all(|p| verified.contains(p)));
    }

    #[test]
    fn past_its_budget_a_unit_still_reads_the_pivots_postings() {
        // Twelve reports. The pivot's unit 0 is terms 1..=10; reports 1-10
        // hold 400 copies of it (each with a term of its own) and 300
        // units sharing only terms 500 and 501; report 11's unit is
        // 500, 501, 1..=10. Its rarest keys (500, 501 and their bigram)
        // spend its budget on the 300; the pivot's own reads stop at its
        // copies: the two never meet, unless the pivot's postings of the
        // keys left are read.
        let mut seqs: Vec<Vec<u32>> = vec![(1..=10).collect()];
        let mut owners: Vec<ArticleId> = vec![0];
        for article in 1..=10u32 {
            for k in 0..40 {
                let mut s: Vec<u32> = (1..=10).collect();
                s.push(1000 + 40 * article + k);
                seqs.push(s);
            }
            for k in 0..30 {
                seqs.push(vec![
                    500,
                    501,
                    2000 + 30 * article + k,
                    3000 + 30 * article + k,
                ]);
            }
            owners.extend(std::iter::repeat_n(article as usize, 70));
        }
        let mut last = vec![500, 501];
        last.extend(1..=10);
        seqs.push(last);
        owners.push(11);
        let u = seqs.len() - 1;
        let plain = Search::new(12, 0);
        let without = candidate_pairs(&seqs, &owners, &plain);
        assert!(!without.contains(&(0, u)));
        let pivot = Search {
            pivot_postings: true,
            ..plain
        };
        let with = candidate_pairs(&seqs, &owners, &pivot);
        assert!(with.contains(&(0, u)), "{:?}", &with[with.len() - 30..]);
    }

    #[test]
    fn band_keys_find_an_edited_copy_made_of_common_words() {
        // Unit 0 (report 0) is terms 0..24; its copy (report 1) has every
        // fourth term replaced, so it shares no 4-gram with it and its own
        // 4-grams are new. 120 more units of report 0 each repeat a
        // 12-term window of unit 0 (cyclic, five from each offset), so
        // every term and bigram the two share is held by over 48 units
        // (common): the source nominates through its 4-grams, the copy
        // through bigrams the source never chose.
        let source: Vec<u32> = (0..24).collect();
        let copy: Vec<u32> = source
            .iter()
            .map(|&t| if t % 4 == 3 { 900 + t } else { t })
            .collect();
        let mut seqs = vec![source];
        for k in 0..120u32 {
            let from = (k % 24) as usize;
            let mut s: Vec<u32> = (0..12).map(|i| seqs[0][(from + i) % 24]).collect();
            s.extend((0..8).map(|i| 1000 + 8 * k + i));
            seqs.push(s);
        }
        seqs.push(copy);
        let last = seqs.len() - 1;
        let owners: Vec<ArticleId> = (0..seqs.len()).map(|u| usize::from(u == last)).collect();
        let dice = |i: usize, j: usize| set_dice(&seqs[i], &seqs[j]);
        let plain = Search::new(2, 0);
        let banded = Search {
            bands: PARAGRAPH_BANDS,
            ..plain
        };
        let without = candidate_pairs_verified(&seqs, &owners, &plain, &dice);
        assert!(!without.contains(&(0, last)), "{without:?}");
        let with = candidate_pairs_verified(&seqs, &owners, &banded, &dice);
        assert!(with.contains(&(0, last)), "{with:?}");
        assert!(without.iter().all(|p| with.contains(p)));
    }
}
