//! Weighted term vectors and the inverted index that finds candidate pairs.
//!
//! Each unit (a sentence or a paragraph) becomes a sparse vector of content
//! terms weighted by rarity across the whole cluster (idf) and by what the
//! term is (numbers and names weigh more). Similarity is the weighted Dice
//! coefficient. Candidates come only from terms rare enough to be
//! evidence: no all-pairs loop, so cost grows with the text, not its square.

use rustc_hash::FxHashMap as HashMap;

use crate::model::ArticleId;
use crate::text::{Term, TermClass};

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

    /// Adds another vector's weights (used to build paragraph vectors).
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
    /// (with class and count) for weighting.
    /// `owners[i]` is the article of unit `i`; units come grouped by article.
    pub fn intern(
        &mut self,
        unit_terms: &[Vec<Term>],
        owners: &[usize],
    ) -> Vec<Vec<(u32, TermClass, u32)>> {
        let mut out = Vec::with_capacity(unit_terms.len());
        for (terms, &owner) in unit_terms.iter().zip(owners) {
            let mut ids: Vec<(u32, TermClass, u32)> = Vec::with_capacity(terms.len());
            for t in terms {
                let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
                let id = *self.ids.entry(t.key.clone()).or_insert(next);
                if id as usize == self.df.len() {
                    self.df.push(0);
                    self.article_df.push((0, usize::MAX));
                }
                ids.push((id, t.class, 1));
            }
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
        out
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

/// Finds, for every unit, the most promising units of *other* articles by
/// shared rare terms. Returns pairs `(i, j)` with `i < j`, deduplicated and
/// sorted.
///
/// Terms in more than `max_df` units are too common to nominate candidates
/// (they still count in the exact similarity). Each unit keeps at most
/// `per_unit` candidates per other article.
#[must_use]
pub fn candidate_pairs(
    vectors: &[TermVec],
    owners: &[ArticleId],
    max_df: usize,
    per_unit: usize,
) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::default();
    for (u, v) in vectors.iter().enumerate() {
        for (t, _) in &v.entries {
            postings.entry(*t).or_default().push(u);
        }
    }
    let mut scratch = vec![0.0f64; vectors.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (u, v) in vectors.iter().enumerate() {
        for (t, w) in &v.entries {
            let Some(list) = postings.get(t) else {
                continue;
            };
            if list.len() > max_df {
                continue;
            }
            for &o in list {
                if owners[o] == owners[u] {
                    continue;
                }
                if scratch[o] == 0.0 {
                    touched.push(o);
                }
                scratch[o] += w;
            }
        }
        // Best few per other article, by shared rare weight. Units come
        // grouped by article, so sorting by unit groups by article too.
        touched.sort_unstable();
        let mut start = 0;
        while start < touched.len() {
            let owner = owners[touched[start]];
            let end = start + touched[start..].partition_point(|&o| owners[o] == owner);
            let group = &mut touched[start..end];
            let better = |x: &usize, y: &usize| scratch[*y].total_cmp(&scratch[*x]).then(x.cmp(y));
            if group.len() > per_unit {
                group.select_nth_unstable_by(per_unit - 1, better);
            }
            for &o in &group[..group.len().min(per_unit)] {
                pairs.push((u.min(o), u.max(o)));
            }
            start = end;
        }
        for o in touched.drain(..) {
            scratch[o] = 0.0;
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::terms;

    #[test]
    fn dice_and_candidates() {
        let texts = [
            "Tillerson called for Assad to relinquish power.",
            "Tillerson said Assad must relinquish power in Syria.",
            "Microsoft patched Windows.",
        ];
        let mut vocab = Vocabulary::default();
        let ids = vocab.intern(
            &texts.iter().map(|t| terms(t)).collect::<Vec<_>>(),
            &[0, 1, 1],
        );
        let vecs: Vec<TermVec> = ids.iter().map(|i| vocab.vector(i)).collect();
        assert!(vecs[0].dice(&vecs[1]) > 0.5);
        assert!(vecs[0].dice(&vecs[2]).abs() < f64::EPSILON);
        assert!((vecs[0].dice(&vecs[0]) - 1.0).abs() < 1e-9);
        let pairs = candidate_pairs(&vecs, &[0, 1, 1], 10, 4);
        assert_eq!(pairs, vec![(0, 1)]);
    }
}
