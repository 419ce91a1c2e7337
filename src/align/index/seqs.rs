//! Units' term ids in text order, as the candidate searches read them
//! (their keys and their whole-text twins).

/// Each unit's term ids in text order, by unit index.
pub trait Seqs: Sync {
    /// The number of units.
    fn units(&self) -> usize;
    /// Unit `u`'s term ids, in text order.
    fn seq(&self, u: usize) -> &[u32];
}

impl<V: AsRef<[u32]> + Sync> Seqs for Vec<V> {
    fn units(&self) -> usize {
        self.len()
    }

    fn seq(&self, u: usize) -> &[u32] {
        self[u].as_ref()
    }
}

/// Every unit's term ids in one buffer, each unit's ending at `ends[u]`:
/// not a vector per unit, whose headers and allocations (131,000 of them
/// for two 5 MB reports) were twice the ids' own size and were held
/// through the link scoring.
#[derive(Debug, Clone, Default)]
pub struct TermSeqs {
    ids: Vec<u32>,
    ends: Vec<u32>,
}

impl TermSeqs {
    /// Appends the next unit's ids.
    pub fn push(&mut self, seq: &[u32]) {
        self.ids.extend_from_slice(seq);
        self.ends
            .push(u32::try_from(self.ids.len()).expect("fewer than 2^32 term ids"));
    }

    /// Appends the next unit's ids, joined from several sequences (a
    /// paragraph's from its sentences').
    pub fn push_joined<'a>(&mut self, parts: impl IntoIterator<Item = &'a [u32]>) {
        for p in parts {
            self.ids.extend_from_slice(p);
        }
        self.ends
            .push(u32::try_from(self.ids.len()).expect("fewer than 2^32 term ids"));
    }

    /// Drops the spare room of both buffers.
    pub fn shrink_to_fit(&mut self) {
        self.ids.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

impl Seqs for TermSeqs {
    fn units(&self) -> usize {
        self.ends.len()
    }

    fn seq(&self, u: usize) -> &[u32] {
        let start = if u == 0 { 0 } else { self.ends[u - 1] as usize };
        &self.ids[start..self.ends[u] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The flat buffer gives back each unit's ids, empty ones included.
    #[test]
    fn flat_sequences_read_back_unit_by_unit() {
        let units: Vec<Vec<u32>> = vec![vec![3, 1], vec![], vec![7], vec![2, 2, 9]];
        let mut flat = TermSeqs::default();
        for u in &units[..2] {
            flat.push(u);
        }
        flat.push_joined([&units[2][..], &units[3][..]]);
        assert_eq!(flat.units(), 3);
        assert_eq!(flat.seq(0), [3, 1]);
        assert_eq!(flat.seq(1), [0u32; 0]);
        assert_eq!(flat.seq(2), [7, 2, 2, 9]);
        assert_eq!(units.seq(3), [2, 2, 9]);
    }
}
