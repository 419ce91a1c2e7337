//! Storage of each unit's best matches per other report while the link
//! scorer folds its blocks in ([`super::offer`] decides what a list keeps).
//!
//! Most units have candidates in one other report only (always, for two
//! reports), so each unit's first list sits in a slab reached through a
//! table indexed by the unit, and only further reports go through a hash
//! map. For two 5 MB reports a hash map keyed by `(unit, report)` held
//! 262,144 buckets of 72 bytes for 115,000 lists (18 MiB at the
//! alignment's peak); the slab holds the lists at 64 bytes each.

use rustc_hash::FxHashMap as HashMap;
use smallvec::SmallVec;

use crate::model::ArticleId;

/// A unit's best links into one other report, best first: `(link
/// probability, other unit, same-thing probability)`. Most lists hold one
/// or two entries: kept inline, not behind a pointer each.
pub(super) type Matches = SmallVec<[(f64, usize, f64); 2]>;

/// No list yet.
const NONE: u32 = u32::MAX;

/// One unit's list for one report.
#[derive(Debug)]
struct Slot {
    unit: u32,
    report: u32,
    list: Matches,
}

/// Every unit's [`Matches`] per other report.
#[derive(Debug)]
pub(super) struct Best {
    /// Each unit's first slot, [`NONE`] for a unit with no list.
    first: Vec<u32>,
    /// The lists, in the order they were opened.
    slots: Vec<Slot>,
    /// Slots of a unit's lists for reports after its first, keyed by
    /// `unit << 32 | report`.
    more: HashMap<u64, u32>,
}

/// A unit or report index as `u32` (a cluster has fewer than 2^32 of
/// either).
fn id32(x: usize) -> u32 {
    u32::try_from(x).expect("fewer than 2^32 units and reports")
}

/// The key of a list in [`Best::more`].
fn key(unit: usize, report: ArticleId) -> u64 {
    (u64::from(id32(unit)) << 32) | u64::from(id32(report))
}

impl Best {
    /// No list yet, for `units` units.
    pub(super) fn new(units: usize) -> Self {
        Best {
            first: vec![NONE; units],
            slots: Vec::new(),
            more: HashMap::default(),
        }
    }

    fn slot(&self, unit: usize, report: ArticleId) -> Option<usize> {
        let s = *self.first.get(unit)?;
        if s == NONE {
            return None;
        }
        if self.slots[s as usize].report == id32(report) {
            return Some(s as usize);
        }
        self.more.get(&key(unit, report)).map(|&s| s as usize)
    }

    /// The list of `unit` into `report`, if any match was offered.
    pub(super) fn get(&self, unit: usize, report: ArticleId) -> Option<&Matches> {
        self.slot(unit, report).map(|s| &self.slots[s].list)
    }

    /// The list of `unit` into `report`, opened empty if need be.
    pub(super) fn list_mut(&mut self, unit: usize, report: ArticleId) -> &mut Matches {
        let s = if let Some(s) = self.slot(unit, report) {
            s
        } else {
            let s = self.slots.len();
            self.slots.push(Slot {
                unit: id32(unit),
                report: id32(report),
                list: Matches::new(),
            });
            if self.first[unit] == NONE {
                self.first[unit] = id32(s);
            } else {
                self.more.insert(key(unit, report), id32(s));
            }
            s
        };
        &mut self.slots[s].list
    }

    /// Every list as `(unit, report, list)`, in the order they were opened.
    pub(super) fn iter(&self) -> impl Iterator<Item = (usize, ArticleId, &Matches)> {
        self.slots
            .iter()
            .map(|s| (s.unit as usize, s.report as usize, &s.list))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists of one unit into several reports stay apart, in the table
    /// and in the map alike, and iteration sees each once.
    #[test]
    fn lists_per_unit_and_report() {
        let mut best = Best::new(3);
        assert!(best.get(1, 0).is_none());
        best.list_mut(1, 2).push((0.9, 7, 0.8));
        best.list_mut(1, 0).push((0.5, 4, 0.4));
        best.list_mut(1, 2).push((0.6, 8, 0.5));
        best.list_mut(2, 0).push((0.7, 5, 0.7));
        let ids = |l: Option<&Matches>| l.map(|l| l.iter().map(|e| e.1).collect::<Vec<_>>());
        assert_eq!(ids(best.get(1, 2)), Some(vec![7, 8]));
        assert_eq!(ids(best.get(1, 0)), Some(vec![4]));
        assert_eq!(ids(best.get(2, 0)), Some(vec![5]));
        assert_eq!(ids(best.get(2, 1)), None);
        assert_eq!(ids(best.get(0, 1)), None);
        let all: Vec<(usize, usize, usize)> =
            best.iter().map(|(u, r, l)| (u, r, l.len())).collect();
        assert_eq!(all, [(1, 2, 2), (1, 0, 1), (2, 0, 1)]);
    }
}
