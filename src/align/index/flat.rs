//! Many term vectors in one flat store: what the paragraph search holds
//! for every paragraph at once and reads by pairs ([`FlatVecs::dice`]).
//!
//! Guarantee: [`FlatVecs::dice`] gives the very bits [`TermVec::dice`]
//! gives for the vectors pushed (the same shared terms, in the same id
//! order, summed the same way), so a search verified with either keeps the
//! same candidates. The ids and weights lie in two flat buffers: no
//! allocation or header per vector (a `Vec<TermVec>` of the paragraphs
//! of two 5 MB reports was 14 MiB in 20,000 blocks, its entries padded to
//! 16 bytes), and a merge walks the ids alone, 4 bytes each.

use std::cell::RefCell;

use super::{TermVec, VerifyMany};

/// Term vectors held end to end; vector `v`'s entries are at
/// `ends[v - 1]..ends[v]` of `ids` and `weights`.
#[derive(Debug, Clone, Default)]
pub(crate) struct FlatVecs {
    ids: Vec<u32>,
    weights: Vec<f64>,
    ends: Vec<u32>,
    norms: Vec<f64>,
    /// One more than the largest id held.
    id_bound: usize,
}

impl FlatVecs {
    /// An empty store with room for `vectors` vectors of `entries`
    /// entries in all.
    pub(crate) fn with_capacity(vectors: usize, entries: usize) -> Self {
        FlatVecs {
            ids: Vec::with_capacity(entries),
            weights: Vec::with_capacity(entries),
            ends: Vec::with_capacity(vectors),
            norms: Vec::with_capacity(vectors),
            id_bound: 0,
        }
    }

    /// Appends the next vector.
    pub(crate) fn push(&mut self, v: &TermVec) {
        self.ids.extend(v.entries.iter().map(|e| e.0));
        self.weights.extend(v.entries.iter().map(|e| e.1));
        self.ends
            .push(u32::try_from(self.ids.len()).expect("fewer than 2^32 entries"));
        self.norms.push(v.norm);
        if let Some(last) = v.entries.last() {
            self.id_bound = self.id_bound.max(last.0 as usize + 1);
        }
    }

    /// Vector `v`'s entries (ids and weights).
    fn entries(&self, v: usize) -> (&[u32], &[f64]) {
        let start = if v == 0 { 0 } else { self.ends[v - 1] as usize };
        let end = self.ends[v] as usize;
        (&self.ids[start..end], &self.weights[start..end])
    }

    /// Sum over the terms vectors `x` and `y` share of the smaller
    /// weight, in id order ([`TermVec::overlap`]).
    fn overlap(&self, x: usize, y: usize) -> f64 {
        let ((x_ids, x_weights), (y_ids, y_weights)) = (self.entries(x), self.entries(y));
        let (mut at_x, mut at_y) = (0, 0);
        let mut shared = 0.0;
        while at_x < x_ids.len() && at_y < y_ids.len() {
            let (id_x, id_y) = (x_ids[at_x], y_ids[at_y]);
            if id_x == id_y {
                shared += x_weights[at_x].min(y_weights[at_y]);
            }
            // Both move on a shared term, else the smaller: no branch to
            // mispredict on which.
            at_x += usize::from(id_x <= id_y);
            at_y += usize::from(id_y <= id_x);
        }
        shared
    }

    /// Weighted Dice similarity of vectors `x` and `y`: the bits of
    /// [`TermVec::dice`] on the vectors pushed.
    pub(crate) fn dice(&self, x: usize, y: usize) -> f64 {
        let denom = self.norms[x] + self.norms[y];
        if denom <= 0.0 {
            return 0.0;
        }
        2.0 * self.overlap(x, y) / denom
    }

    /// [`FlatVecs::overlap`] of `x` with the vector whose weights are
    /// spread by id in `dense` (0 for a term it lacks, every weight it
    /// has above 0): only `x`'s entries are read, in id order, and the
    /// shared terms add the same minima in the same order.
    fn overlap_dense(&self, x: usize, dense: &[f64]) -> f64 {
        let (ids, weights) = self.entries(x);
        let mut shared = 0.0;
        for (&id, &w) in ids.iter().zip(weights) {
            let d = dense[id as usize];
            if d > 0.0 {
                shared += d.min(w);
            }
        }
        shared
    }

    /// Each vector's total weight, the rest freed.
    pub(crate) fn into_norms(self) -> Vec<f64> {
        self.norms
    }
}

thread_local! {
    /// A unit's weights spread by term id ([`FlatVecs::overlap_dense`]),
    /// all 0 between calls.
    static DENSE: RefCell<Vec<f64>> = const { RefCell::new(Vec::new()) };
}

impl VerifyMany for FlatVecs {
    /// [`FlatVecs::dice`] of `u` with each of `others`, `u`'s weights
    /// spread by id once: each score reads the other's entries alone, no
    /// merge of the two (same bits; a vector with a weight not above 0
    /// is merged as before).
    fn score_many(&self, u: usize, others: &mut [(f64, usize)]) {
        let (ids, weights) = self.entries(u);
        if others.len() < 2 || !weights.iter().all(|&w| w > 0.0) {
            for (score, o) in others {
                *score = self.dice(u, *o);
            }
            return;
        }
        DENSE.with_borrow_mut(|dense| {
            if dense.len() < self.id_bound {
                dense.resize(self.id_bound, 0.0);
            }
            for (&id, &w) in ids.iter().zip(weights) {
                dense[id as usize] = w;
            }
            for (score, o) in others.iter_mut() {
                let denom = self.norms[u] + self.norms[*o];
                *score = if denom <= 0.0 {
                    0.0
                } else {
                    2.0 * self.overlap_dense(*o, dense) / denom
                };
            }
            for &id in ids {
                dense[id as usize] = 0.0;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vector(entries: &[(u32, f64)]) -> TermVec {
        TermVec {
            entries: entries.to_vec(),
            norm: entries.iter().map(|e| e.1).sum(),
        }
    }

    /// The flat store's Dice is the vectors' own, bit for bit, empty
    /// vectors included.
    #[test]
    fn dice_is_the_vectors_own() {
        let vs = [
            vector(&[(1, 0.5), (4, 1.25), (9, 0.1), (12, 2.0)]),
            vector(&[(0, 0.3), (4, 0.7), (9, 0.4), (13, 1.0)]),
            vector(&[]),
            vector(&[(12, 3.0)]),
            vector(&[(1, 0.5), (4, 1.25), (9, 0.1), (12, 2.0)]),
        ];
        let mut flat = FlatVecs::with_capacity(vs.len(), 0);
        for v in &vs {
            flat.push(v);
        }
        for (x, vx) in vs.iter().enumerate() {
            for (y, vy) in vs.iter().enumerate() {
                assert_eq!(flat.dice(x, y).to_bits(), vx.dice(vy).to_bits(), "{x} {y}");
            }
        }
        for u in 0..vs.len() {
            let mut others: Vec<(f64, usize)> = (0..vs.len()).rev().map(|o| (-1.0, o)).collect();
            flat.score_many(u, &mut others);
            for (score, o) in others {
                assert_eq!(score.to_bits(), vs[u].dice(&vs[o]).to_bits(), "{u} {o}");
            }
        }
        let norms = flat.into_norms();
        assert_eq!(norms.len(), vs.len());
        assert_eq!(norms[3].to_bits(), 3.0f64.to_bits());
    }

    proptest::proptest! {
        #[test]
        fn same_bits_as_term_vec(
            a in proptest::collection::btree_map(0u32..40, 0.01f64..5.0, 0..20),
            b in proptest::collection::btree_map(0u32..40, 0.01f64..5.0, 0..20),
        ) {
            let (va, vb) = (
                vector(&a.into_iter().collect::<Vec<_>>()),
                vector(&b.into_iter().collect::<Vec<_>>()),
            );
            let mut flat = FlatVecs::default();
            flat.push(&va);
            flat.push(&vb);
            proptest::prop_assert_eq!(flat.dice(0, 1).to_bits(), va.dice(&vb).to_bits());
            proptest::prop_assert_eq!(flat.dice(1, 0).to_bits(), vb.dice(&va).to_bits());
            flat.push(&va);
            let mut others = [(0.0, 1), (0.0, 2), (0.0, 0)];
            flat.score_many(0, &mut others);
            proptest::prop_assert_eq!(others[0].0.to_bits(), va.dice(&vb).to_bits());
            proptest::prop_assert_eq!(others[1].0.to_bits(), va.dice(&va).to_bits());
            proptest::prop_assert_eq!(others[2].0.to_bits(), va.dice(&va).to_bits());
        }
    }
}
