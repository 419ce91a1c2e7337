//! How a candidate pair ranks among its sentences' other candidates: the
//! two [`RANKED`](crate::align::features::RANKED) features.
//!
//! A sentence reworded in another report often shares few words with it,
//! yet those words are shared with no other sentence of that report: the
//! pair is the sentence's clear best match there. So each side's *margin*
//! is the pair's global Dice minus the best global Dice of the sentence
//! with any other sentence text of the other report among the candidates
//! (negative when another sentence matches better); `rank_margin` is the
//! smaller margin of the two sides, mapped from `[-1, 1]` to `[0, 1]`, and
//! `rank_best` is 1 when both margins are at least 0 (each sentence is the
//! other's best match in its report, ties included).
//!
//! Guarantees: both features lie in `[0, 1]`, are symmetric in the two
//! sentences and depend on the candidate set and the Dice values only, not
//! on the order of the pairs; copies of one sentence text in a report are
//! one match (a copy does not compete with itself). A lone pair (no other
//! candidate) has margin equal to its Dice and `rank_best` 1. The cost is
//! one pass over the pairs and a map entry per (sentence, other report).

use rustc_hash::FxHashMap as HashMap;

/// A sentence's best Dice in one other report: the best value, the text it
/// was reached with, and the best value reached with any other text.
#[derive(Debug, Clone, Copy)]
struct Top {
    best: f64,
    second: f64,
    best_text: u32,
    /// The other report (in [`Ranks::first`]; [`NONE`] for no entry).
    report: u32,
}

/// No entry, in [`Top::report`].
const NONE: u32 = u32::MAX;

impl Top {
    fn offer(&mut self, d: f64, text: u32) {
        if text == self.best_text {
            self.best = self.best.max(d);
        } else if d > self.best {
            self.second = self.best;
            self.best = d;
            self.best_text = text;
        } else {
            self.second = self.second.max(d);
        }
    }

    /// The margin of a match of value `d` with text `text`: `d` minus the
    /// best value of the other texts.
    fn margin(&self, d: f64, text: u32) -> f64 {
        let rival = if text == self.best_text {
            self.second
        } else {
            self.best
        };
        d - rival
    }
}

/// Each sentence's best Dice per other report over a candidate set.
///
/// Most sentences have candidates in one other report only (always, for
/// two reports): a sentence's first report's entry sits in a table indexed
/// by the sentence, further reports' in a map (a map keyed by `(sentence,
/// report)` for all of them was 4 MiB of the alignment's peak for two
/// 5 MB reports; the table is 24 bytes a sentence).
#[derive(Debug, Default)]
pub(super) struct Ranks {
    /// Each unit's entry for the first report it met.
    first: Vec<Top>,
    /// Keyed by `unit << 32 | report`: the entries of further reports.
    more: HashMap<u64, Top>,
}

fn key(unit: usize, report: usize) -> u64 {
    ((unit as u64) << 32) | report as u64
}

/// A report index as `u32` (a cluster has fewer than 2^32 reports).
fn report32(report: usize) -> u32 {
    u32::try_from(report).expect("fewer than 2^32 reports")
}

impl Ranks {
    /// The ranks over `pairs` (unit indices) whose Dice values are `dice`
    /// (same order); `owner(u)` is unit `u`'s report and `text_of[u]` its
    /// sentence text's id.
    pub(super) fn new(
        pairs: &[(usize, usize)],
        dice: &[f64],
        owner: impl Fn(usize) -> usize,
        text_of: &[u32],
    ) -> Self {
        let units = pairs.iter().map(|&(i, j)| i.max(j) + 1).max().unwrap_or(0);
        let empty = Top {
            best: 0.0,
            second: 0.0,
            best_text: u32::MAX,
            report: NONE,
        };
        let mut ranks = Ranks {
            first: vec![empty; units],
            more: HashMap::default(),
        };
        let mut offer = |unit: usize, report: usize, d: f64, text: u32| {
            let r = report32(report);
            let slot = &mut ranks.first[unit];
            if slot.report == NONE {
                slot.report = r;
            }
            if slot.report == r {
                slot.offer(d, text);
            } else {
                ranks
                    .more
                    .entry(key(unit, report))
                    .or_insert(empty)
                    .offer(d, text);
            }
        };
        for (&(i, j), &d) in pairs.iter().zip(dice) {
            offer(i, owner(j), d, text_of[j]);
            offer(j, owner(i), d, text_of[i]);
        }
        ranks
    }

    /// The entry of `unit` for `report`, if any pair gave one.
    fn top(&self, unit: usize, report: usize) -> Option<&Top> {
        let slot = self.first.get(unit)?;
        if slot.report == report32(report) {
            Some(slot)
        } else if slot.report == NONE {
            None
        } else {
            self.more.get(&key(unit, report))
        }
    }

    /// `[rank_margin, rank_best]` of the pair `(i, j)` of Dice `d` (one of
    /// the pairs the ranks were built from).
    pub(super) fn features(
        &self,
        (i, j): (usize, usize),
        d: f64,
        owner: impl Fn(usize) -> usize,
        text_of: &[u32],
    ) -> [f64; 2] {
        let side =
            |u: usize, v: usize| self.top(u, owner(v)).map_or(d, |t| t.margin(d, text_of[v]));
        let m = side(i, j).min(side(j, i)).clamp(-1.0, 1.0);
        [f64::midpoint(m, 1.0), f64::from(u8::from(m >= 0.0))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units 0, 1 in report 0; units 2, 3, 4 in report 1 (4 a copy of 3).
    fn ranks(pairs: &[(usize, usize)], dice: &[f64]) -> (Ranks, Vec<usize>, Vec<u32>) {
        let owners = vec![0, 0, 1, 1, 1];
        let text_of = vec![0, 1, 2, 3, 3];
        (
            Ranks::new(pairs, dice, |u| owners[u], &text_of),
            owners,
            text_of,
        )
    }

    #[test]
    fn a_clear_best_match_has_a_positive_margin_and_its_rival_a_negative_one() {
        let pairs = [(0, 2), (0, 3), (1, 3)];
        let dice = [0.3, 0.1, 0.6];
        let (r, o, t) = ranks(&pairs, &dice);
        // (0, 2): 0.3 - 0.1 for unit 0; unit 2 has no other match.
        let f = r.features((0, 2), 0.3, |u| o[u], &t);
        assert!((f[0] - 0.6).abs() < 1e-12, "{f:?}");
        assert!((f[1] - 1.0).abs() < 1e-12);
        // (0, 3): unit 0 prefers 2 (0.1 - 0.3), unit 3 prefers 1 (0.1 - 0.6).
        let f = r.features((0, 3), 0.1, |u| o[u], &t);
        assert!((f[0] - 0.25).abs() < 1e-12, "{f:?}");
        assert!(f[1].abs() < 1e-12);
        // Symmetric.
        assert_eq!(r.features((3, 0), 0.1, |u| o[u], &t), f);
    }

    #[test]
    fn copies_of_a_text_do_not_compete_and_order_does_not_matter() {
        let pairs = [(1, 3), (1, 4), (1, 2)];
        let dice = [0.5, 0.5, 0.2];
        let (r, o, t) = ranks(&pairs, &dice);
        let f = r.features((1, 4), 0.5, |u| o[u], &t);
        assert!((f[0] - 0.65).abs() < 1e-12, "{f:?}");
        assert!((f[1] - 1.0).abs() < 1e-12);
        let rev: Vec<_> = pairs.iter().rev().copied().collect();
        let dr: Vec<_> = dice.iter().rev().copied().collect();
        let (r2, _, _) = ranks(&rev, &dr);
        for (&p, &d) in pairs.iter().zip(&dice) {
            assert_eq!(
                r.features(p, d, |u| o[u], &t),
                r2.features(p, d, |u| o[u], &t)
            );
        }
    }

    /// A sentence's candidates in two other reports are ranked apart:
    /// its entry for the first report sits in the table, the second's in
    /// the map, and neither report's candidates are rivals of the other's.
    #[test]
    fn each_other_report_ranks_on_its_own() {
        // Unit 0 in report 0; units 1, 2 in report 1; unit 3 in report 2.
        let owners = [0, 1, 1, 2];
        let text_of = [0, 1, 2, 3];
        let pairs = [(0, 1), (0, 3), (0, 2)];
        let dice = [0.5, 0.9, 0.2];
        let r = Ranks::new(&pairs, &dice, |u| owners[u], &text_of);
        // Into report 1: 0.5 against its rival 0.2; into report 2: alone.
        let f = r.features((0, 1), 0.5, |u| owners[u], &text_of);
        assert!((f[0] - 0.65).abs() < 1e-12 && f[1] == 1.0, "{f:?}");
        let f = r.features((0, 3), 0.9, |u| owners[u], &text_of);
        assert!((f[0] - 0.95).abs() < 1e-12 && f[1] == 1.0, "{f:?}");
        let f = r.features((0, 2), 0.2, |u| owners[u], &text_of);
        assert!((f[0] - 0.35).abs() < 1e-12 && f[1] == 0.0, "{f:?}");
        assert_eq!(r.more.len(), 1, "the second report's entry is in the map");
    }

    #[test]
    fn a_lone_pair_has_its_dice_as_margin() {
        let (r, o, t) = ranks(&[(0, 2)], &[0.4]);
        let f = r.features((0, 2), 0.4, |u| o[u], &t);
        assert!(
            (f[0] - 0.7).abs() < 1e-12 && (f[1] - 1.0).abs() < 1e-12,
            "{f:?}"
        );
    }

    #[test]
    fn a_tie_between_two_texts_is_best_on_both() {
        let (r, o, t) = ranks(&[(0, 2), (0, 3)], &[0.4, 0.4]);
        assert_eq!(r.features((0, 2), 0.4, |u| o[u], &t), [0.5, 1.0]);
        assert_eq!(r.features((0, 3), 0.4, |u| o[u], &t), [0.5, 1.0]);
    }
}
