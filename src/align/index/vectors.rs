//! The term vectors the alignment hands the analysis, one per compared
//! sentence, identical ones held once.

use std::hash::{Hash, Hasher};
use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHasher};

use super::{TermVec, UnitTerms};
use crate::model::SentenceRef;

/// Each unit's term vector, indexed by unit; units with identical terms
/// share one vector, made once. Two 5 MB reports of recycled paragraphs
/// have 81,000 compared sentences but 16,000 distinct texts: their vectors
/// were 16 MiB from the start of the alignment to the end of the analysis.
#[derive(Debug, Clone, Default)]
pub(crate) struct UnitVectors {
    /// `vectors[which[i]]` is unit `i`'s vector.
    which: Vec<u32>,
    vectors: Vec<TermVec>,
}

impl UnitVectors {
    /// The vectors of units with the interned terms `terms`, each distinct
    /// one made by `vector` once (identical terms give identical vectors).
    pub(crate) fn new(terms: &[UnitTerms], vector: impl Fn(&UnitTerms) -> TermVec) -> Self {
        let hash = |t: &UnitTerms| {
            let mut h = FxHasher::default();
            for (id, class, n) in t {
                (id, std::mem::discriminant(class), n).hash(&mut h);
            }
            h.finish()
        };
        // Distinct vectors by their terms' hash, as indices into `vectors`.
        let mut seen: HashMap<u64, Vec<u32>> = HashMap::default();
        let mut made_from: Vec<usize> = Vec::new();
        let mut vectors: Vec<TermVec> = Vec::new();
        let which = terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let same = seen.entry(hash(t)).or_default();
                if let Some(&d) = same.iter().find(|&&d| terms[made_from[d as usize]] == *t) {
                    return d;
                }
                let d = id32(vectors.len());
                vectors.push(vector(t));
                made_from.push(i);
                same.push(d);
                d
            })
            .collect();
        vectors.shrink_to_fit();
        UnitVectors { which, vectors }
    }

    /// Held as given, one vector per unit (for [`SentenceVectors::new`]).
    fn from_vectors(vectors: Vec<TermVec>) -> Self {
        let mut vectors = vectors;
        // Each vector's first identical one (same bits: a shared vector
        // reads exactly as its own), then the first ones moved out in order.
        let mut first: HashMap<SameBits<'_>, u32> = HashMap::default();
        let firsts: Vec<u32> = vectors
            .iter()
            .enumerate()
            .map(|(i, v)| *first.entry(SameBits(v)).or_insert(id32(i)))
            .collect();
        drop(first);
        let mut slot: Vec<u32> = vec![u32::MAX; vectors.len()];
        let mut distinct: Vec<TermVec> = Vec::new();
        let which = firsts
            .iter()
            .enumerate()
            .map(|(i, &f)| {
                if f as usize == i {
                    slot[i] = id32(distinct.len());
                    distinct.push(std::mem::take(&mut vectors[i]));
                }
                slot[f as usize]
            })
            .collect();
        distinct.shrink_to_fit();
        UnitVectors {
            which,
            vectors: distinct,
        }
    }

    /// Number of units.
    pub(crate) fn len(&self) -> usize {
        self.which.len()
    }

    /// The vectors of the units in `units`, in order.
    pub(crate) fn range(&self, units: Range<usize>) -> impl Iterator<Item = &TermVec> + Clone {
        self.which[units].iter().map(|&w| &self.vectors[w as usize])
    }
}

impl std::ops::Index<usize> for UnitVectors {
    type Output = TermVec;

    fn index(&self, unit: usize) -> &TermVec {
        &self.vectors[self.which[unit] as usize]
    }
}

/// Each compared sentence's term vector, sorted by sentence: what the
/// alignment hands the analysis. A sorted list rather than a hash map: the
/// map's empty buckets were a quarter of its memory on large inputs, and
/// iteration follows reading order. Identical vectors (a sentence a report
/// repeats, wire copies, generated text) are held once (`UnitVectors`).
#[derive(Debug, Clone, Default)]
pub struct SentenceVectors {
    refs: Vec<SentenceRef>,
    /// `vectors[which[i]]` is `refs[i]`'s vector.
    which: Vec<u32>,
    vectors: Vec<TermVec>,
}

/// An index as `u32` (a cluster has fewer than 2^32 sentences).
fn id32(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 sentences")
}

/// A term vector compared bit for bit, for sharing identical ones.
struct SameBits<'a>(&'a TermVec);

impl PartialEq for SameBits<'_> {
    fn eq(&self, other: &Self) -> bool {
        let (x, y) = (self.0, other.0);
        x.norm.to_bits() == y.norm.to_bits()
            && x.entries.len() == y.entries.len()
            && x.entries
                .iter()
                .zip(&y.entries)
                .all(|(a, b)| a.0 == b.0 && a.1.to_bits() == b.1.to_bits())
    }
}

impl Eq for SameBits<'_> {}

impl std::hash::Hash for SameBits<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.norm.to_bits().hash(state);
        for &(id, w) in &self.0.entries {
            id.hash(state);
            w.to_bits().hash(state);
        }
    }
}

impl SentenceVectors {
    /// The vectors of `refs` (`vectors[i]` is `refs[i]`'s), in any order.
    #[must_use]
    pub fn new(refs: Vec<SentenceRef>, vectors: Vec<TermVec>) -> Self {
        let (refs, vectors) = if refs.is_sorted() {
            (refs, vectors)
        } else {
            let mut both: Vec<(SentenceRef, TermVec)> = refs.into_iter().zip(vectors).collect();
            both.sort_unstable_by_key(|e| e.0);
            both.into_iter().unzip()
        };
        Self::from_units(refs, UnitVectors::from_vectors(vectors))
    }

    /// The vectors of `refs`, sorted (`vectors[i]` is `refs[i]`'s).
    pub(crate) fn from_units(mut refs: Vec<SentenceRef>, vectors: UnitVectors) -> Self {
        assert!(refs.is_sorted(), "sentences in reading order");
        // Held through the analysis: no spare capacity.
        refs.shrink_to_fit();
        assert_eq!(refs.len(), vectors.len(), "one vector per sentence");
        let UnitVectors { which, vectors } = vectors;
        SentenceVectors {
            refs,
            which,
            vectors,
        }
    }

    /// The term vector of a sentence, if it is compared.
    #[must_use]
    pub fn get(&self, s: &SentenceRef) -> Option<&TermVec> {
        self.refs
            .binary_search(s)
            .ok()
            .map(|i| &self.vectors[self.which[i] as usize])
    }

    /// The compared sentences, in reading order.
    pub fn keys(&self) -> impl Iterator<Item = &SentenceRef> {
        self.refs.iter()
    }

    /// Each compared sentence with its vector, in reading order.
    #[must_use]
    pub fn iter(&self) -> SentenceVectorsIter<'_> {
        SentenceVectorsIter {
            refs: self.refs.iter(),
            which: self.which.iter(),
            vectors: &self.vectors,
        }
    }

    /// Number of compared sentences.
    #[must_use]
    pub fn len(&self) -> usize {
        self.refs.len()
    }

    /// Whether no sentence is compared.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.refs.is_empty()
    }

    /// Number of distinct vectors held.
    #[must_use]
    pub fn distinct(&self) -> usize {
        self.vectors.len()
    }
}

/// [`SentenceVectors::iter`]: each compared sentence with its vector.
#[derive(Debug, Clone)]
pub struct SentenceVectorsIter<'a> {
    refs: std::slice::Iter<'a, SentenceRef>,
    which: std::slice::Iter<'a, u32>,
    vectors: &'a [TermVec],
}

impl<'a> Iterator for SentenceVectorsIter<'a> {
    type Item = (&'a SentenceRef, &'a TermVec);

    fn next(&mut self) -> Option<Self::Item> {
        let r = self.refs.next()?;
        let w = self.which.next()?;
        Some((r, &self.vectors[*w as usize]))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.refs.size_hint()
    }
}

impl ExactSizeIterator for SentenceVectorsIter<'_> {}

impl std::ops::Index<&SentenceRef> for SentenceVectors {
    type Output = TermVec;

    fn index(&self, s: &SentenceRef) -> &TermVec {
        self.get(s).expect("a compared sentence")
    }
}

impl<'a> IntoIterator for &'a SentenceVectors {
    type Item = (&'a SentenceRef, &'a TermVec);
    type IntoIter = SentenceVectorsIter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TermClass;

    /// Units with identical terms share one vector, made once; units whose
    /// terms differ in id, class or count each get their own.
    #[test]
    fn identical_terms_make_one_vector() {
        let w = TermClass::Word;
        let terms: Vec<UnitTerms> = vec![
            vec![(1, w, 1), (3, w, 2)],
            vec![(2, TermClass::Number, 1)],
            vec![(1, w, 1), (3, w, 2)],
            vec![(1, w, 1), (3, w, 1)],
            vec![(2, w, 1)],
            vec![],
            vec![(2, TermClass::Number, 1)],
        ];
        let made = std::cell::Cell::new(0);
        let vector = |t: &UnitTerms| {
            made.set(made.get() + 1);
            TermVec {
                entries: t.iter().map(|&(id, _, n)| (id, f64::from(n))).collect(),
                norm: t.iter().map(|&(_, _, n)| f64::from(n)).sum(),
            }
        };
        let v = UnitVectors::new(&terms, vector);
        assert_eq!(v.len(), 7);
        assert_eq!(made.get(), 5, "one vector per distinct terms");
        let at = |i: usize| std::ptr::from_ref(&v[i]);
        assert_eq!((at(0), at(1)), (at(2), at(6)), "shared");
        assert!(at(0) != at(3) && at(1) != at(4), "apart");
        for (i, t) in terms.iter().enumerate() {
            let ids: Vec<u32> = v[i].entries.iter().map(|e| e.0).collect();
            assert_eq!(ids, t.iter().map(|e| e.0).collect::<Vec<_>>(), "unit {i}");
        }
        let norms: Vec<f64> = v.range(2..5).map(|t| t.norm).collect();
        assert_eq!(norms, [3.0, 2.0, 1.0]);
    }

    /// Identical vectors are held once and read back bit for bit as each
    /// sentence's own; a vector equal in value but not in bits (here a
    /// different norm) stays apart.
    #[test]
    fn identical_vectors_are_held_once() {
        let r = |paragraph| SentenceRef {
            article: 0,
            paragraph,
            sentence: 0,
        };
        let v = |entries: &[(u32, f64)], norm: f64| TermVec {
            entries: entries.to_vec(),
            norm,
        };
        let given = [
            v(&[(1, 0.5), (4, 1.25)], 1.75),
            v(&[(2, 1.0)], 1.0),
            v(&[(1, 0.5), (4, 1.25)], 1.75),
            v(&[(1, 0.5), (4, 1.25)], 1.75 + f64::EPSILON),
            v(&[], 0.0),
            v(&[(2, 1.0)], 1.0),
        ];
        let refs: Vec<SentenceRef> = (0..given.len()).rev().map(r).collect();
        let sv = SentenceVectors::new(refs, given.iter().rev().cloned().collect());
        assert_eq!(sv.len(), 6);
        assert_eq!(sv.distinct(), 4);
        let bits = |t: &TermVec| {
            let mut b: Vec<u64> = t.entries.iter().map(|e| e.1.to_bits()).collect();
            b.push(t.norm.to_bits());
            (t.entries.iter().map(|e| e.0).collect::<Vec<_>>(), b)
        };
        for (p, want) in given.iter().enumerate() {
            assert_eq!(bits(&sv[&r(p)]), bits(want), "paragraph {p}");
        }
        let read: Vec<_> = sv.iter().map(|(s, t)| (s.paragraph, bits(t))).collect();
        let want: Vec<_> = given
            .iter()
            .enumerate()
            .map(|(p, t)| (p, bits(t)))
            .collect();
        assert_eq!(read, want);
    }
}
