//! Context: the paragraphs that matching left alone.
//!
//! Once a report's paragraphs with good evidence have found rows, the ones
//! left between two of them can only tell what lies between those two
//! rows, if anything (reports keep most of their order). Such a paragraph
//! takes a row of that gap on weaker evidence than matching asks for, and
//! the gap's paragraphs and rows are paired in order (the heaviest
//! order-keeping pairing), so one weak pair cannot cross a better one. A
//! weak pair outside any gap (against the order the neighbours agree on)
//! stays unmatched. A paragraph left next to one of its report's placed
//! paragraphs, and weakly like that row, is a split of it and joins it.

use rustc_hash::FxHashMap as HashMap;

use super::gap_weights::{GAP_THRESHOLD, GAP_WEIGHTS};
use super::{Builder, Partners};
use crate::model::{Article, ArticleId, ParaKind, ParaRef};
use crate::text::embed::{self, Bag};

/// One (paragraph, row) pair weighed in a gap, as the fitting program
/// (`examples/fit_gap_rows`) learns from.
#[derive(Debug, Clone, PartialEq)]
pub struct GapSample {
    /// The paragraph left alone by matching.
    pub paragraph: ParaRef,
    /// The paragraphs of the candidate row (other reports').
    pub row: Vec<ParaRef>,
    /// The pair's features, named by [`GAP_FEATURES`].
    pub features: [f64; GAP_FEATURE_COUNT],
}

/// Number of gap features.
pub const GAP_FEATURE_COUNT: usize = 3;

/// Names of the gap features: the best lexical paragraph similarity to a
/// paragraph of the row; the best cosine of mean word vectors to one; and
/// `1 / rows`, rows being the gap's candidate rows (1 when the neighbours
/// leave a single row between them).
pub const GAP_FEATURES: [&str; GAP_FEATURE_COUNT] = ["sim", "cos", "tight"];

/// What gap filling does: place paragraphs, or only record the pairs it
/// would weigh (for fitting), placing nothing.
pub(in crate::align) enum GapMode<'a> {
    Fill,
    Trace(&'a mut Vec<GapSample>),
}

/// How likely a gap paragraph tells what a row of its gap tells.
fn probability(x: &[f64; GAP_FEATURE_COUNT]) -> f64 {
    let (bias, w) = (GAP_WEIGHTS[0], &GAP_WEIGHTS[1..]);
    let z = bias + x.iter().zip(w).map(|(x, w)| x * w).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// Least lexical similarity for a paragraph to join its neighbour's row
/// as a split of it.
const SPLIT_FLOOR: f64 = 0.3;

/// Most (paragraph, row paragraph) comparisons in one gap: a bound on the
/// work of a long gap.
const MAX_GAP_WORK: usize = 4096;

/// Word-vector bags of paragraphs, made on first use and kept for every
/// report of a cluster (with many reports, each one's gaps meet the same
/// rows' paragraphs again).
#[derive(Default)]
pub(super) struct Bags(HashMap<ParaRef, Bag<'static>>);

impl Bags {
    fn ensure(&mut self, articles: &[Article], p: ParaRef) {
        self.0.entry(p).or_insert_with(|| {
            embed::vectors().bag_of_text(&articles[p.article].paragraphs[p.paragraph].text)
        });
    }

    /// Cosine of the two paragraphs' mean word vectors.
    fn cosine(&mut self, articles: &[Article], x: ParaRef, y: ParaRef) -> f64 {
        self.ensure(articles, x);
        self.ensure(articles, y);
        f64::from(self.0[&x].mean_cosine(&self.0[&y]))
    }
}

/// Best similarity of `me` to a paragraph in each candidate row.
fn best_by_row(
    me: ParaRef,
    partners: &Partners<'_>,
    row_of: &HashMap<ParaRef, usize>,
    floor: f64,
    mut keep: impl FnMut(usize) -> bool,
) -> Vec<(usize, f64)> {
    let mut out: Vec<(usize, f64)> = Vec::new();
    let Some(list) = partners.get(&me) else {
        return out;
    };
    for &(other, s) in list {
        // Sorted best first.
        if s.sim < floor {
            break;
        }
        let Some(&row) = row_of.get(&other) else {
            continue;
        };
        if !keep(row) {
            continue;
        }
        match out.iter_mut().find(|e| e.0 == row) {
            Some(e) => e.1 = e.1.max(s.sim),
            None => out.push((row, s.sim)),
        }
    }
    out
}

/// Fills the gaps of report `r`'s placement (`placed[pi]`: row of
/// paragraph `pi`, if any), then joins splits to their neighbours' rows.
#[allow(clippy::too_many_arguments)] // the builder's state, passed apart for borrowing
pub(super) fn fill_gaps(
    r: ArticleId,
    articles: &[Article],
    partners: &Partners<'_>,
    row_of: &HashMap<ParaRef, usize>,
    b: &Builder,
    placed: &mut [Option<usize>],
    title_row: Option<usize>,
    bags: &mut Bags,
    mut mode: GapMode<'_>,
) {
    let paras = &articles[r].paragraphs;
    let compared: Vec<usize> = (0..paras.len())
        .filter(|&pi| paras[pi].kind.is_compared() && paras[pi].kind != ParaKind::Title)
        .collect();
    if compared.is_empty() {
        return;
    }
    let order = b.order();
    let mut rank = vec![usize::MAX; b.cells.len()];
    for (k, &row) in order.iter().enumerate() {
        rank[row] = k;
    }
    let mut used: Vec<bool> = vec![false; b.cells.len()];
    for row in placed.iter().flatten() {
        used[*row] = true;
    }
    let me = |pi: usize| ParaRef {
        article: r,
        paragraph: pi,
    };
    for (run, lo_next, hi) in runs(&compared, placed, &rank, order.len()) {
        let rows_in_gap: Vec<usize> = order[lo_next..hi]
            .iter()
            .copied()
            .filter(|&row| Some(row) != title_row && !used[row] && b.cells[row][r].is_empty())
            .collect();
        // Rows alone bound the work first (counting members walks every
        // report's cell of each row).
        if rows_in_gap.is_empty() || rows_in_gap.len() * run.len() > MAX_GAP_WORK {
            continue;
        }
        let members: usize = rows_in_gap
            .iter()
            .map(|&row| b.cells[row].iter().map(Vec::len).sum::<usize>())
            .sum();
        if members * run.len() > MAX_GAP_WORK {
            continue;
        }
        let in_gap = |row: usize| rows_in_gap.contains(&row);
        let tight = 1.0 / rows_in_gap.len() as f64;
        // Candidate pairs (run position, rank, row, probability).
        let mut edges: Vec<(usize, usize, usize, f64)> = Vec::new();
        for (i, &pi) in run.iter().enumerate() {
            let mine = me(pi);
            let lexical = best_by_row(mine, partners, row_of, 0.0, &in_gap);
            for &row in &rows_in_gap {
                let sim = lexical.iter().find(|e| e.0 == row).map_or(0.0, |e| e.1);
                let mut cos = 0.0f64;
                let mut others = Vec::new();
                for (a, cell) in b.cells[row].iter().enumerate() {
                    for &q in cell {
                        let other = ParaRef {
                            article: a,
                            paragraph: q,
                        };
                        cos = cos.max(bags.cosine(articles, mine, other));
                        others.push(other);
                    }
                }
                let x = [sim, cos, tight];
                match &mut mode {
                    GapMode::Trace(out) => out.push(GapSample {
                        paragraph: mine,
                        row: others,
                        features: x,
                    }),
                    GapMode::Fill => {
                        let p = probability(&x);
                        if p >= GAP_THRESHOLD {
                            edges.push((i, rank[row], row, p));
                        }
                    }
                }
            }
        }
        for (i, row) in heaviest_in_order(&mut edges) {
            placed[run[i]] = Some(row);
            used[row] = true;
        }
    }
    if matches!(mode, GapMode::Fill) {
        join_splits(r, &compared, partners, row_of, placed, title_row);
    }
}

/// The runs of unplaced paragraphs (of `compared`) between the placed
/// ones that keep the rows' order (a moved paragraph bounds no gap), each
/// with the ranks of the rows it lies between (`lo..hi`: the gap's rows).
fn runs(
    compared: &[usize],
    placed: &[Option<usize>],
    rank: &[usize],
    rows: usize,
) -> Vec<(Vec<usize>, usize, usize)> {
    let rank_at = |k: usize| placed[compared[k]].map_or(0, |row| rank[row]);
    let placed_at: Vec<usize> = (0..compared.len())
        .filter(|&k| placed[compared[k]].is_some())
        .collect();
    let spine: Vec<usize> = in_order(&placed_at.iter().map(|&k| rank_at(k)).collect::<Vec<_>>())
        .into_iter()
        .map(|i| placed_at[i])
        .collect();
    let mut out = Vec::new();
    for g in 0..=spine.len() {
        let lo = g.checked_sub(1).map_or(0, |g| rank_at(spine[g]) + 1);
        let hi = spine.get(g).map_or(rows, |&k| rank_at(k));
        let from = g.checked_sub(1).map_or(0, |g| spine[g] + 1);
        let to = spine.get(g).copied().unwrap_or(compared.len());
        let run: Vec<usize> = compared[from..to]
            .iter()
            .copied()
            .filter(|&pi| placed[pi].is_none())
            .collect();
        if !run.is_empty() && lo < hi {
            out.push((run, lo, hi));
        }
    }
    out
}

/// Indices of a longest non-decreasing subsequence of `ranks`.
fn in_order(ranks: &[usize]) -> Vec<usize> {
    // tails[l]: index ending the best subsequence of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut parent = vec![usize::MAX; ranks.len()];
    for (i, &x) in ranks.iter().enumerate() {
        let l = tails.partition_point(|&t| ranks[t] <= x);
        if l > 0 {
            parent[i] = tails[l - 1];
        }
        if l == tails.len() {
            tails.push(i);
        } else {
            tails[l] = i;
        }
    }
    let mut out = Vec::new();
    let mut i = tails.last().copied().unwrap_or(usize::MAX);
    while i != usize::MAX {
        out.push(i);
        i = parent[i];
    }
    out.reverse();
    out
}

/// The heaviest set of pairs `(position, rank, row, score)` increasing in
/// both position and rank: `O(E log E)`.
fn heaviest_in_order(edges: &mut [(usize, usize, usize, f64)]) -> Vec<(usize, usize)> {
    if edges.is_empty() {
        return Vec::new();
    }
    let mut ranks: Vec<usize> = edges.iter().map(|e| e.1).collect();
    ranks.sort_unstable();
    ranks.dedup();
    // Same position: higher rank first, so that one position never
    // extends its own pair.
    edges.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    // Fenwick tree of (best total, edge) over compressed ranks.
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); ranks.len() + 1];
    let mut total = vec![0.0f64; edges.len()];
    let mut parent = vec![usize::MAX; edges.len()];
    for (e, &(_, rk, _, s)) in edges.iter().enumerate() {
        let c = ranks.binary_search(&rk).unwrap_or(0);
        // Best chain ending at a rank below c.
        let (mut best, mut from) = (0.0f64, usize::MAX);
        let mut i = c;
        while i > 0 {
            if tree[i].0 > best {
                (best, from) = tree[i];
            }
            i &= i - 1;
        }
        total[e] = best + s;
        parent[e] = from;
        let mut i = c + 1;
        while i < tree.len() {
            if tree[i].0 < total[e] {
                tree[i] = (total[e], e);
            }
            i += i & i.wrapping_neg();
        }
    }
    let mut e = (0..edges.len())
        .max_by(|&x, &y| total[x].total_cmp(&total[y]).then(y.cmp(&x)))
        .unwrap_or(usize::MAX);
    let mut out = Vec::new();
    while e != usize::MAX {
        out.push((edges[e].0, edges[e].2));
        e = parent[e];
    }
    out
}

/// A paragraph still alone whose neighbour (the paragraph before, else
/// after) sits in a row it is weakly like joins that row: the report split
/// one paragraph of the others into two.
fn join_splits(
    r: ArticleId,
    compared: &[usize],
    partners: &Partners<'_>,
    row_of: &HashMap<ParaRef, usize>,
    placed: &mut [Option<usize>],
    title_row: Option<usize>,
) {
    let sim_to = |pi: usize, row: usize| {
        let me = ParaRef {
            article: r,
            paragraph: pi,
        };
        best_by_row(me, partners, row_of, SPLIT_FLOOR, |x| x == row)
            .first()
            .map(|e| e.1)
    };
    let try_join = |k: usize, n: usize, placed: &mut [Option<usize>]| {
        let (pi, ni) = (compared[k], compared[n]);
        if placed[pi].is_some() {
            return;
        }
        if let Some(row) = placed[ni]
            && Some(row) != title_row
            && sim_to(pi, row).is_some()
        {
            placed[pi] = Some(row);
        }
    };
    for k in 1..compared.len() {
        try_join(k, k - 1, placed);
    }
    for k in (0..compared.len().saturating_sub(1)).rev() {
        try_join(k, k + 1, placed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_order_keeps_a_longest_non_decreasing_run() {
        assert_eq!(in_order(&[0, 5, 1, 2, 2, 9, 3]), vec![0, 2, 3, 4, 6]);
        assert_eq!(in_order(&[]), Vec::<usize>::new());
        assert_eq!(in_order(&[4, 3, 2]), vec![2]);
    }

    #[test]
    fn heaviest_in_order_never_crosses_pairs() {
        // (position, rank, row, score): 0->10 and 1->11 cross 0->11 / 1->10.
        let mut edges = vec![
            (0, 10, 100, 0.5),
            (0, 11, 101, 0.9),
            (1, 10, 100, 0.8),
            (1, 11, 101, 0.3),
        ];
        let mut got = heaviest_in_order(&mut edges);
        got.sort_unstable();
        // 0.9 alone beats 0.5 + 0.3; 0.8 alone is less: 0.5 + 0.3 = 0.8 < 0.9.
        assert_eq!(got, vec![(0, 101)]);
        let mut edges = vec![(0, 10, 100, 0.5), (1, 11, 101, 0.5), (1, 10, 100, 0.6)];
        let mut got = heaviest_in_order(&mut edges);
        got.sort_unstable();
        assert_eq!(got, vec![(0, 100), (1, 101)]);
    }

    #[test]
    fn one_position_takes_one_row() {
        let mut edges = vec![(0, 1, 7, 0.4), (0, 2, 8, 0.4), (0, 3, 9, 0.4)];
        assert_eq!(heaviest_in_order(&mut edges).len(), 1);
    }
}
