//! N-way paragraph rows.
//!
//! The pivot report's paragraphs open one row each, in reading order. Every
//! other report, in input order, is then matched against the rows so far:
//!
//! - **Anchored scores, no chaining.** Each row has an anchor (the pivot's
//!   paragraph, or the paragraph that opened it). A paragraph's score for a
//!   row is its similarity to the anchor, or through one member that is
//!   itself well linked to the anchor (the weaker of the two links). A row
//!   is never the transitive closure of weak links.
//! - **One paragraph per report per row**, matched greedily best score
//!   first, unless a real split is seen (a neighbouring paragraph of the
//!   same report also covering the row) or a real merge (one paragraph well
//!   covering two neighbouring rows, which then merge).
//! - **Ties on content** ([`surface`]). Rows whose anchors tell a paragraph
//!   equally well by content (a report telling the same sentences twice, in
//!   another order or a few function words apart) rank by how alike the
//!   texts are written, and the paragraph takes the most alike (a repeat
//!   there if it is taken) rather than a free twin that is only tied. A
//!   paragraph that is an edited copy of one anchor (most of its words in
//!   order) goes with it even when another row scores a little higher.
//! - **Repeated paragraphs** ([`twin_rows`]). Rows whose anchors are
//!   identical texts (a report that prints a paragraph twice) are one row
//!   for the paragraphs that tie for them strongly and are not verbatim
//!   copies: such an edited telling cannot say which twin it came from,
//!   so it joins the earliest twin's row, beside what is there, instead
//!   of spreading to a later twin once the first is taken. Every telling of
//!   a repeated paragraph reads where it first appears; verbatim copies
//!   still pair with the twins in order.
//! - **Context.** A paragraph whose neighbour lands in the neighbouring row
//!   scores a little higher; a lone weak sentence link (one link, weak)
//!   does not pull a paragraph into a row unless its neighbours agree.
//! - **Gaps** ([`gaps`]). A paragraph matching left alone between two of its
//!   report's placed paragraphs may take a free row between their rows on
//!   weaker evidence (lexical similarity, word-vector cosine, how tight the
//!   gap is: a model fitted on the dev gold, `gap_weights`), paired in
//!   order; outside such a gap it stays alone.
//!
//! Unmatched paragraphs open a new row right after the row of their own
//! previous paragraph, so reordering costs nothing. Titles share the first
//! title row; non-compared paragraphs (datelines, bylines, furniture) match
//! only verbatim copies of each other.

use rustc_hash::FxHashMap as HashMap;

use serde::Serialize;

use crate::model::{Article, ArticleId, ParaKind, ParaRef};

mod gap_weights;
mod gaps;
mod surface;

use gaps::{Bags, GapMode};
pub use gaps::{GAP_FEATURE_COUNT, GAP_FEATURES, GapSample};

/// One row of the alignment: per report, the paragraphs that tell the same
/// thing (0, 1 or more), with how alike they are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// `cells[r]` lists paragraph indices of report `r`, ascending.
    pub cells: Vec<Vec<usize>>,
    /// Mean over pairs of present reports of their best paragraph
    /// similarity (beyond ten reports, over the reports paired with the
    /// row's anchor report); 0 for a row only one report has.
    pub similarity: f64,
}

impl Row {
    /// How many reports have something in this row.
    #[must_use]
    pub fn coverage(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }
}

/// How alike two paragraphs are.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct PairSim {
    /// Similarity in `[0, 1]`.
    pub sim: f64,
    /// Sentence links between the two paragraphs.
    pub links: u32,
    /// Share of the first paragraph's weight covered by links into the
    /// second, and of the second's by links into the first.
    pub cover: [f64; 2],
    /// Both paragraphs are one sentence long: one link is all there can be.
    pub single: bool,
    /// The two paragraphs' texts are identical, byte for byte: among equally
    /// similar paragraphs, a verbatim copy goes with its source.
    pub exact: bool,
}

impl PairSim {
    /// One weak sentence link is all that ties the two paragraphs, though
    /// they have more to tell.
    fn lone_weak(self) -> bool {
        self.links == 1 && self.sim < STRONG && !self.single
    }
}

/// Paragraph similarities, keyed by the ordered pair.
pub(crate) type ParaSims = HashMap<(ParaRef, ParaRef), PairSim>;

/// Each paragraph's candidate partners with their similarity (borrowed
/// from the [`ParaSims`]), best first.
pub(crate) type Partners<'s> = HashMap<ParaRef, Vec<(ParaRef, &'s PairSim)>>;

/// A similarity this high needs no support from context.
const STRONG: f64 = 0.5;
/// A merged paragraph covers most of each paragraph it merges...
const MERGE_COVER: f64 = 0.7;
/// ... and each of them covers a fair share of it.
const MERGE_SHARE: f64 = 0.25;
/// An anchor covered this much by one paragraph of a report is fully told
/// by it: a second paragraph of that report is no split.
const SPLIT_TOLD: f64 = 0.9;
/// A paragraph this like the anchor repeats it.
const REPEAT: f64 = 0.6;
/// Tie-breaker for a verbatim copy of the anchor.
const EXACT_BONUS: f64 = 1e-3;
/// Scores this close are a tie.
const TIE: f64 = 0.0005;
/// Scores this close are a near tie, which the texts' written likeness
/// decides for a copy (see [`COPY`]).
const NEAR: f64 = 0.05;
/// Anchors of a row whose written likeness is read.
const MAX_ANCHORS_READ: usize = 4;
/// Written likeness (common word subsequence, as a Dice coefficient) from
/// which a paragraph is an edited copy of another: two outlets' own
/// tellings of one fact stay well below (0.06-0.2 on the dev clusters),
/// a copy with a fifth of its words edited well above (0.8-0.9).
const COPY: f64 = 0.5;
/// Score added when a neighbouring paragraph sits in the neighbouring row.
const CONTEXT_BONUS: f64 = 0.08;

/// Looks up a similarity regardless of pair order.
pub(crate) fn sim(sims: &ParaSims, a: ParaRef, b: ParaRef) -> PairSim {
    let key = if a <= b { (a, b) } else { (b, a) };
    sims.get(&key).copied().unwrap_or_default()
}

/// Share of `a`'s weight covered by sentence links into `b`.
fn covered(sims: &ParaSims, a: ParaRef, b: ParaRef) -> f64 {
    sim(sims, a, b).cover[usize::from(a > b)]
}

struct Builder {
    cells: Vec<Vec<Vec<usize>>>,
    /// Each row's anchors: the paragraph that opened it, and those of rows
    /// merged into it.
    anchor: Vec<Vec<ParaRef>>,
    next: Vec<Option<usize>>,
    alive: Vec<bool>,
    head: Option<usize>,
    /// Position of each row as `(place in the order when the current
    /// report started, insertion count)`: rows a report opens sort right
    /// after the row they follow, without walking the list each time.
    pos: Vec<(usize, usize)>,
    inserted: usize,
}

impl Builder {
    fn new_row(&mut self, n: usize, anchor: ParaRef, after: Option<usize>) -> usize {
        let id = self.cells.len();
        self.cells.push(vec![Vec::new(); n]);
        self.anchor.push(vec![anchor]);
        self.alive.push(true);
        self.inserted += 1;
        let base = after.map_or(0, |a| self.pos[a].0);
        self.pos.push((base, self.inserted));
        if let Some(a) = after {
            self.next.push(self.next[a]);
            self.next[a] = Some(id);
        } else {
            self.next.push(self.head);
            self.head = Some(id);
        }
        id
    }

    /// Takes the current order as the reference for positions.
    fn snapshot(&mut self) {
        for (k, r) in self.order().into_iter().enumerate() {
            self.pos[r] = (k + 1, 0);
        }
        self.inserted = 0;
    }

    fn order(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.head;
        while let Some(r) = cur {
            if self.alive[r] {
                out.push(r);
            }
            cur = self.next[r];
        }
        out
    }

    /// Whether row `y` directly follows row `x` in the order the current
    /// report started with.
    fn follows(&self, x: usize, y: usize) -> bool {
        let (i, j) = (self.pos[x], self.pos[y]);
        i.1 == 0 && j.1 == 0 && j.0 == i.0 + 1
    }
}

/// Each paragraph's candidate partners, best first (ties by paragraph).
fn partners(sims: &ParaSims) -> Partners<'_> {
    // Each list borrows the similarities and is allocated at its final length: copies in lists
    // grown by doubling were 30 MiB, a quarter of the alignment's peak,
    // for two 5 MB reports.
    let mut degree: HashMap<ParaRef, usize> = HashMap::default();
    for &(x, y) in sims.keys() {
        *degree.entry(x).or_default() += 1;
        *degree.entry(y).or_default() += 1;
    }
    let mut partners: Partners<'_> = degree
        .into_iter()
        .map(|(p, n)| (p, Vec::with_capacity(n)))
        .collect();
    for (&(x, y), s) in sims {
        for (from, to) in [(x, y), (y, x)] {
            if let Some(list) = partners.get_mut(&from) {
                list.push((to, s));
            }
        }
    }
    for list in partners.values_mut() {
        list.sort_by(|a, b| b.1.sim.total_cmp(&a.1.sim).then(a.0.cmp(&b.0)));
    }
    partners
}

/// Builds the rows. `sims` holds every paragraph pair worth considering.
pub(crate) fn build_rows(
    articles: &[Article],
    pivot: ArticleId,
    sims: &ParaSims,
    threshold: f64,
    mut trace: Option<&mut Vec<GapSample>>,
) -> Vec<Row> {
    let n = articles.len();
    // No report, no row (and no pivot to start from).
    if n == 0 {
        return Vec::new();
    }
    let mut b = Builder {
        cells: Vec::new(),
        anchor: Vec::new(),
        next: Vec::new(),
        alive: Vec::new(),
        head: None,
        pos: Vec::new(),
        inserted: 0,
    };
    let mut row_of: HashMap<ParaRef, usize> = HashMap::default();
    let partners = partners(sims);
    let mut title_row: Option<usize> = None;
    // Rows opened by a paragraph that is never compared (dateline, byline,
    // furniture), by its text: a verbatim copy in another report joins one.
    let mut verbatim_rows: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut bags = Bags::default();
    let order: Vec<ArticleId> = std::iter::once(pivot)
        .chain((0..n).filter(|&r| r != pivot))
        .collect();
    for &r in &order {
        b.snapshot();
        // Where the current report's search for a free verbatim row resumes.
        let mut verbatim_cursor: HashMap<&str, usize> = HashMap::default();
        let paras = &articles[r].paragraphs;
        let placed = if r == pivot {
            vec![None; paras.len()]
        } else {
            match_report(
                r,
                articles,
                &partners,
                sims,
                &row_of,
                &mut b,
                threshold,
                title_row,
                &mut bags,
                trace.as_deref_mut(),
            )
        };
        // Row of this report's previous paragraph, and the last row this
        // report opened: a new row goes after whichever comes later, so a
        // report's own unmatched paragraphs keep their order.
        let mut last: Option<usize> = None;
        let mut last_new: Option<usize> = None;
        for (pi, p) in paras.iter().enumerate() {
            let me = ParaRef {
                article: r,
                paragraph: pi,
            };
            let uncompared = !p.kind.is_compared();
            let target = if p.kind == ParaKind::Title {
                title_row
            } else if uncompared && placed[pi].is_none() {
                verbatim_row(&verbatim_rows, &mut verbatim_cursor, &p.text, &b, r)
            } else {
                placed[pi]
            };
            let row = if let Some(t) = target {
                t
            } else {
                let after = later_of(&b, last, last_new);
                let id = b.new_row(n, me, after);
                last_new = Some(id);
                if uncompared {
                    verbatim_rows.entry(p.text.as_str()).or_default().push(id);
                }
                id
            };
            if p.kind == ParaKind::Title && title_row.is_none() {
                title_row = Some(row);
            }
            b.cells[row][r].push(pi);
            row_of.insert(me, row);
            last = Some(row);
        }
    }
    b.order()
        .into_iter()
        .map(|id| {
            let mut cells = std::mem::take(&mut b.cells[id]);
            for c in &mut cells {
                c.sort_unstable();
            }
            let similarity = row_similarity(&cells, b.anchor[id][0].article, sims);
            Row { cells, similarity }
        })
        .collect()
}

/// The first row opened by an uncompared paragraph with exactly `text`
/// that report `r` has nothing in yet: verbatim copies of a dateline or
/// byline share a row, the k-th copy of a repeated one the k-th such row.
/// A row passed over is never free again for `r` (only `r` fills its
/// cells now), so the search resumes at `cursor`: linear in the copies,
/// however many times a line repeats.
fn verbatim_row<'t>(
    rows: &HashMap<&'t str, Vec<usize>>,
    cursor: &mut HashMap<&'t str, usize>,
    text: &'t str,
    b: &Builder,
    r: ArticleId,
) -> Option<usize> {
    let list = rows.get(text)?;
    let at = cursor.entry(text).or_insert(0);
    while let Some(&row) = list.get(*at) {
        if b.alive[row] && b.cells[row][r].is_empty() {
            return Some(row);
        }
        *at += 1;
    }
    None
}

/// Whichever of two rows comes later in the current order.
fn later_of(b: &Builder, x: Option<usize>, y: Option<usize>) -> Option<usize> {
    match (x, y) {
        (Some(x), Some(y)) => Some(if b.pos[y] > b.pos[x] { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// A paragraph's candidate rows with their scores and whether the
/// evidence is a lone weak link.
fn row_scores(
    me: ParaRef,
    partners: &Partners<'_>,
    sims: &ParaSims,
    row_of: &HashMap<ParaRef, usize>,
    b: &Builder,
    floor: f64,
    title_row: Option<usize>,
) -> Vec<(usize, f64, bool)> {
    let mut out: Vec<(usize, f64, bool)> = Vec::new();
    let Some(list) = partners.get(&me) else {
        return out;
    };
    for &(other, s) in list {
        if s.sim < floor {
            break;
        }
        let Some(&row) = row_of.get(&other) else {
            continue;
        };
        // Only titles share the title row.
        if Some(row) == title_row || !b.alive[row] {
            continue;
        }
        let anchors = &b.anchor[row];
        let score = if anchors.contains(&other) {
            s.sim + if s.exact { EXACT_BONUS } else { 0.0 }
        } else {
            // Through a member that is itself well linked to an anchor.
            let relay = anchors
                .iter()
                .map(|&a| sim(sims, other, a).sim)
                .fold(0.0, f64::max);
            if relay < floor { 0.0 } else { s.sim.min(relay) }
        };
        if score < floor {
            continue;
        }
        match out.iter_mut().find(|(r, _, _)| *r == row) {
            Some(e) if e.1 < score => *e = (row, score, s.lone_weak()),
            Some(_) => {}
            None => out.push((row, score, s.lone_weak())),
        }
    }
    out
}

/// Places the compared paragraphs of report `r` in existing rows: greedy
/// matching, best score first, at most one paragraph per row unless a
/// split or merge is seen. Returns each paragraph's row, if any.
#[allow(clippy::too_many_arguments)] // the builder's state, passed apart for borrowing
fn match_report(
    r: ArticleId,
    articles: &[Article],
    partners: &Partners<'_>,
    sims: &ParaSims,
    row_of: &HashMap<ParaRef, usize>,
    b: &mut Builder,
    threshold: f64,
    title_row: Option<usize>,
    bags: &mut Bags,
    trace: Option<&mut Vec<GapSample>>,
) -> Vec<Option<usize>> {
    let paras = &articles[r].paragraphs;
    let floor = threshold - CONTEXT_BONUS;
    let scores: Vec<Vec<(usize, f64, bool)>> = paras
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            if !p.kind.is_compared() || p.kind == ParaKind::Title {
                return Vec::new();
            }
            let me = ParaRef {
                article: r,
                paragraph: pi,
            };
            row_scores(me, partners, sims, row_of, b, floor, title_row)
        })
        .collect();
    let edges = context_edges(&scores, b, threshold);
    let mut best = vec![0.0f64; paras.len()];
    for &(score, pi, _) in &edges {
        best[pi] = best[pi].max(score);
    }
    // Past the edges, only each paragraph's candidate rows are read (by
    // `merge_rows`), in their order: as one flat list, the scores freed
    // (6 MiB of the alignment's peak for two 5 MB reports).
    let candidates = Candidates::of(&scores);
    drop(scores);
    let (edges, join) = break_ties(r, articles, edges, &best, b);
    let mut placed: Vec<Option<usize>> = vec![None; paras.len()];
    let mut taken: HashMap<usize, usize> = HashMap::default();
    // First a one-to-one matching in which each paragraph takes a free row
    // as good as its best (so that twins of a repeated paragraph spread
    // over the rows that tell it), then the rest, splits and repeats
    // included.
    for &(_, pi, row, first) in &edges {
        let (pi, row) = (pi as usize, row as usize);
        if placed[pi].is_none() && first && !taken.contains_key(&row) {
            taken.insert(row, pi);
            placed[pi] = Some(row);
        }
    }
    for &(score, pi, row, _) in &edges {
        let (pi, row) = (pi as usize, row as usize);
        if placed[pi].is_some() {
            continue;
        }
        match taken.get(&row) {
            None => {
                taken.insert(row, pi);
                placed[pi] = Some(row);
            }
            Some(_) if join[pi] == Some(row) => placed[pi] = Some(row),
            // A split: a neighbouring paragraph of this report, or one
            // strongly like the row's anchor while the paragraph already
            // there leaves part of the anchor untold; or a repeat, which
            // tells the anchor almost word for word again.
            Some(&q) => {
                let untold = || {
                    let first = ParaRef {
                        article: r,
                        paragraph: q,
                    };
                    b.anchor[row]
                        .iter()
                        .all(|&a| covered(sims, a, first) < SPLIT_TOLD)
                };
                if q.abs_diff(pi) == 1 || score >= REPEAT || (score >= STRONG && untold()) {
                    placed[pi] = Some(row);
                }
            }
        }
    }
    merge_rows(r, &candidates, &mut placed, &taken, sims, b);
    let mode = match trace {
        Some(out) => GapMode::Trace(out),
        None => GapMode::Fill,
    };
    gaps::fill_gaps(
        r,
        articles,
        partners,
        row_of,
        b,
        &mut placed,
        title_row,
        bags,
        mode,
    );
    placed
}

/// Edges `(score, paragraph, row, may take it first)`, ordered, and the
/// row each paragraph joins, taken or not.
/// The flagged edges hold `u32` paragraph and row numbers: the size of an
/// [`Edge`], so they are collected in its place (a second vector of them
/// was 5 MiB of the alignment's peak for two 5 MB reports).
type Ranked = (Vec<(f64, u32, u32, bool)>, Vec<Option<usize>>);

/// Orders the edges `(score, paragraph, row)` of report `r`, best first,
/// and flags the rows each paragraph may take in the one-to-one pass.
/// Rows within [`TIE`] of a paragraph's best (`best`) tell it equally well
/// by content: they rank by how alike the paragraph and the row's anchor
/// are written ([`surface`]), and only the most alike (all of them when
/// the anchors are twins) may be taken as a free row, the others being
/// second choices. Rows within [`NEAR`] of the best tell it about as well:
/// when the paragraph is a copy of one of their anchors (written alike
/// beyond [`COPY`]: the same text edited, not another outlet's telling),
/// only the most alike may be taken first, though it scores a little
/// less. Twin rows (anchors with one text, a repeated paragraph) tied
/// for a paragraph that is not a verbatim copy of them are one row: only
/// the earliest stays, and the paragraph joins it even when it is taken
/// (see [`twin_rows`]). Returns `(score, paragraph, row, may take it
/// first)` and the row each paragraph joins, taken or not.
fn break_ties(
    r: ArticleId,
    articles: &[Article],
    mut edges: Vec<(f64, usize, usize)>,
    best: &[f64],
    b: &Builder,
) -> Ranked {
    let tied = |&(score, pi, _): &(f64, usize, usize)| score >= best[pi] - TIE;
    let near = |&(score, pi, _): &(f64, usize, usize)| score >= best[pi] - NEAR;
    let join = twin_rows(r, articles, &mut edges, best, b);
    let mut count: HashMap<usize, usize> = HashMap::default();
    for e in edges.iter().filter(|e| near(e)) {
        *count.entry(e.1).or_default() += 1;
    }
    // Written likeness of each near edge of a paragraph with rival rows,
    // once per distinct anchor text (twins of a repeated paragraph abound).
    let text = |p: ParaRef| articles[p.article].paragraphs[p.paragraph].text.as_str();
    let mut mine: HashMap<usize, Vec<u64>> = HashMap::default();
    let mut theirs: HashMap<&str, Vec<u64>> = HashMap::default();
    let mut seen: HashMap<(usize, &str), f64> = HashMap::default();
    let mut likeness: HashMap<(usize, usize), f64> = HashMap::default();
    for e in &edges {
        let &(_, pi, row) = e;
        if !near(e) || count[&pi] < 2 {
            continue;
        }
        let own = mine.entry(pi).or_insert_with(|| {
            surface::written(text(ParaRef {
                article: r,
                paragraph: pi,
            }))
        });
        // A row's first anchors (rows gain one per merge).
        let like = b.anchor[row]
            .iter()
            .take(MAX_ANCHORS_READ)
            .map(|&a| {
                let t = text(a);
                *seen.entry((pi, t)).or_insert_with(|| {
                    let words = theirs.entry(t).or_insert_with(|| surface::written(t));
                    surface::likeness(own, words)
                })
            })
            .fold(0.0, f64::max);
        likeness.insert((pi, row), like);
    }
    // The words are read: freed before the edges are ranked (they were
    // 7 MiB of the alignment's peak for two 5 MB reports).
    drop((mine, theirs, seen));
    let like = |pi: usize, row: usize| likeness.get(&(pi, row)).copied().unwrap_or(0.0);
    // The most alike anchor of each paragraph among its near rows, and
    // among its tied rows.
    let (mut most, mut most_tied): (HashMap<usize, f64>, HashMap<usize, f64>) = Default::default();
    for e in &edges {
        if let Some(&l) = likeness.get(&(e.1, e.2)) {
            let m = most.entry(e.1).or_insert(0.0);
            *m = m.max(l);
            if tied(e) {
                let m = most_tied.entry(e.1).or_insert(0.0);
                *m = m.max(l);
            }
        }
    }
    // Rows as alike in words as the most alike: their marks decide.
    let levels = |e: &(f64, usize, usize)| {
        let on = |m: Option<&f64>| m.is_some_and(|&m| like(e.1, e.2) >= m - 1e-12);
        [on(most.get(&e.1)), tied(e) && on(most_tied.get(&e.1))]
    };
    let mut compared = vec![false; best.len()];
    for &(pi, _) in likeness.keys() {
        compared[pi] = true;
    }
    let (marks, most_marks) = mark_ties(r, articles, &edges, &compared, levels, b);
    let mark = |pi: usize, row: usize| {
        if marks.is_empty() {
            return 0.0;
        }
        marks.get(&(pi, row)).copied().unwrap_or(0.0)
    };
    // Tied edges sort as their paragraph's best, then by likeness.
    let key = |e: &(f64, usize, usize)| if tied(e) { best[e.1] } else { e.0 };
    edges.sort_by(|x, y| {
        key(y)
            .total_cmp(&key(x))
            .then(x.1.cmp(&y.1))
            .then_with(|| like(y.1, y.2).total_cmp(&like(x.1, x.2)))
            .then_with(|| mark(y.1, y.2).total_cmp(&mark(x.1, x.2)))
            .then(y.0.total_cmp(&x.0))
            .then(x.2.cmp(&y.2))
    });
    let edges = edges
        .into_iter()
        .map(|(score, pi, row)| {
            let alike = |m: Option<&f64>, level: usize| {
                m.is_none_or(|&m| like(pi, row) >= m - 1e-12)
                    && most_marks
                        .get(&(pi, level))
                        .is_none_or(|&mm| mark(pi, row) >= mm - 1e-12)
            };
            let first = match most.get(&pi) {
                // An edited copy of one near row's anchor goes there.
                Some(&m) if m >= COPY => alike(Some(&m), 0),
                _ => tied(&(score, pi, row)) && alike(most_tied.get(&pi), 1),
            };
            let id = |n: usize| u32::try_from(n).expect("fewer than 2^32 paragraphs and rows");
            (score, id(pi), id(row), first)
        })
        .collect();
    (edges, join)
}

/// A paragraph's edge to a row: `(score, paragraph, row)`.
type Edge = (f64, usize, usize);

/// Likeness with marks by `(paragraph, row)`, and its best by
/// `(paragraph, level)`.
type MarkTies = (HashMap<(usize, usize), f64>, HashMap<(usize, usize), f64>);

/// Written likeness with punctuation marks ([`surface::marked`]) of the
/// edges on a paragraph's most-alike level (`levels`: among its near rows,
/// among its tied rows) that another edge shares: the words alone tie
/// there. Only paragraphs flagged in `alike` (with a likeness) are read.
fn mark_ties(
    r: ArticleId,
    articles: &[Article],
    edges: &[Edge],
    alike: &[bool],
    levels: impl Fn(&Edge) -> [bool; 2],
    b: &Builder,
) -> MarkTies {
    let mut on_level: HashMap<(usize, usize), usize> = HashMap::default();
    // Only paragraphs with a likeness (two near rows or more) have levels.
    let edges: Vec<&Edge> = edges.iter().filter(|e| alike[e.1]).collect();
    for &e in &edges {
        for (k, on) in levels(e).into_iter().enumerate() {
            if on {
                *on_level.entry((e.1, k)).or_default() += 1;
            }
        }
    }
    let (mut marks, mut most) = MarkTies::default();
    let text = |p: ParaRef| articles[p.article].paragraphs[p.paragraph].text.as_str();
    let mut mine: HashMap<usize, Vec<u64>> = HashMap::default();
    let mut theirs: HashMap<&str, Vec<u64>> = HashMap::default();
    for &e in &edges {
        let (pi, row) = (e.1, e.2);
        let on = levels(e);
        if !(0..2).any(|k| on[k] && on_level[&(pi, k)] > 1) {
            continue;
        }
        let own = mine.entry(pi).or_insert_with(|| {
            surface::marked(text(ParaRef {
                article: r,
                paragraph: pi,
            }))
        });
        let m = b.anchor[row]
            .iter()
            .take(MAX_ANCHORS_READ)
            .map(|&a| {
                let t = text(a);
                surface::likeness(own, theirs.entry(t).or_insert_with(|| surface::marked(t)))
            })
            .fold(0.0, f64::max);
        marks.insert((pi, row), m);
        for k in (0..2).filter(|&k| on[k]) {
            let best = most.entry((pi, k)).or_insert(0.0);
            *best = best.max(m);
        }
    }
    (marks, most)
}

/// Twins of a repeated paragraph: rows whose first anchors have one text
/// and tie for a paragraph of report `r` whose own text differs (an edited
/// telling, which cannot say which twin it was made from). Every such
/// telling goes to the earliest twin's row, beside what is there, rather
/// than spreading to a later twin when the first is taken: all tellings of
/// a repeated paragraph read in one place, where its verbatim copies
/// start (those pair with the twins in order, and keep every edge). Only
/// a paragraph scoring at least [`STRONG`] joins so: with weaker evidence
/// it may take a free twin as before. The later twins' edges are dropped;
/// returns each paragraph's joined row.
fn twin_rows(
    r: ArticleId,
    articles: &[Article],
    edges: &mut Vec<(f64, usize, usize)>,
    best: &[f64],
    b: &Builder,
) -> Vec<Option<usize>> {
    let text = |p: ParaRef| articles[p.article].paragraphs[p.paragraph].text.as_str();
    let tied = |&(score, pi, _): &(f64, usize, usize)| score >= best[pi] - TIE;
    let mut rivals = vec![0u32; best.len()];
    // Only a strong telling joins a taken row: weak evidence spreads.
    for e in edges.iter().filter(|e| best[e.1] >= STRONG && tied(e)) {
        rivals[e.1] += 1;
    }
    // (paragraph, anchor text) -> (earliest row, twin rows tied).
    let mut twins: HashMap<(usize, &str), (usize, usize)> = HashMap::default();
    for e in edges.iter().filter(|e| rivals[e.1] > 1 && tied(e)) {
        let (pi, row) = (e.1, e.2);
        let anchor = b.anchor[row][0];
        let t = text(anchor);
        if t == articles[r].paragraphs[pi].text {
            continue;
        }
        twins
            .entry((pi, t))
            .and_modify(|(first, n)| {
                *n += 1;
                if anchor < b.anchor[*first][0] {
                    *first = row;
                }
            })
            .or_insert((row, 1));
    }
    let mut join = vec![None; best.len()];
    twins.retain(|_, (_, n)| *n > 1);
    if twins.is_empty() {
        return join;
    }
    edges.retain(|e| {
        let (pi, row) = (e.1, e.2);
        if rivals[pi] < 2 || !tied(e) {
            return true;
        }
        match twins.get(&(pi, text(b.anchor[row][0]))) {
            Some(&(first, _)) => {
                if first == row {
                    join[pi] = Some(row);
                }
                first == row
            }
            None => true,
        }
    });
    join
}

/// The edges of a report's paragraphs to their candidate rows
/// (`scores`, from [`row_scores`]) with context applied: a row that
/// follows the neighbouring paragraph's best row helps weak evidence.
fn context_edges(scores: &[Vec<(usize, f64, bool)>], b: &Builder, threshold: f64) -> Vec<Edge> {
    let top = |pi: usize| {
        scores
            .get(pi)
            .and_then(|s| s.iter().max_by(|x, y| x.1.total_cmp(&y.1)))
            .map(|e| e.0)
    };
    let mut edges: Vec<(f64, usize, usize)> = Vec::new();
    for (pi, list) in scores.iter().enumerate() {
        for &(row, score, lone) in list {
            let before = pi.checked_sub(1).and_then(top);
            let after = top(pi + 1);
            let context = before.is_some_and(|x| b.follows(x, row))
                || after.is_some_and(|y| b.follows(row, y));
            // Context helps weak evidence; strong evidence speaks for itself.
            let score = if context && score < STRONG {
                score + CONTEXT_BONUS
            } else if context {
                score
            } else if lone {
                continue;
            } else {
                score
            };
            if score >= threshold {
                edges.push((score, pi, row));
            }
        }
    }
    edges
}

/// Each paragraph's candidate rows ([`row_scores`]) in their order, in
/// one list.
struct Candidates {
    rows: Vec<u32>,
    /// Where each paragraph's rows start in `rows`, and the end.
    starts: Vec<usize>,
}

impl Candidates {
    fn of(scores: &[Vec<(usize, f64, bool)>]) -> Candidates {
        let mut rows = Vec::with_capacity(scores.iter().map(Vec::len).sum());
        let mut starts = Vec::with_capacity(scores.len() + 1);
        starts.push(0);
        for list in scores {
            rows.extend(
                list.iter()
                    .map(|e| u32::try_from(e.0).expect("fewer than 2^32 rows")),
            );
            starts.push(rows.len());
        }
        Candidates { rows, starts }
    }

    /// Paragraph `pi`'s candidate rows.
    fn of_paragraph(&self, pi: usize) -> &[u32] {
        &self.rows[self.starts[pi]..self.starts[pi + 1]]
    }
}

/// One paragraph that strongly covers its own row and a directly
/// neighbouring row no paragraph of its report took tells both: the rows
/// merge (a real merge of two paragraphs into one).
fn merge_rows(
    r: ArticleId,
    candidates: &Candidates,
    placed: &mut [Option<usize>],
    taken: &HashMap<usize, usize>,
    sims: &ParaSims,
    b: &mut Builder,
) {
    for pi in 0..placed.len() {
        let Some(row) = placed[pi] else { continue };
        let me = ParaRef {
            article: r,
            paragraph: pi,
        };
        // How well `me` covers a row's anchors, and they cover `me`.
        let covers = |row: usize| {
            b.anchor[row]
                .iter()
                .map(|&a| (covered(sims, a, me), covered(sims, me, a)))
                .fold((0.0f64, 0.0f64), |x, y| (x.0.max(y.0), x.1.max(y.1)))
        };
        let (own_in, own_out) = covers(row);
        if own_in < MERGE_COVER || own_out > 1.0 - MERGE_SHARE {
            continue;
        }
        let other = candidates
            .of_paragraph(pi)
            .iter()
            .map(|&o| o as usize)
            .find(|&o| {
                o != row
                    && b.alive[o]
                    && !taken.contains_key(&o)
                    && (b.follows(row, o) || b.follows(o, row))
                    && b.cells[o][r].is_empty()
                    && {
                        let (o_in, o_out) = covers(o);
                        o_in >= MERGE_COVER && o_out >= MERGE_SHARE
                    }
            });
        let Some(o) = other else { continue };
        let (keep, gone) = if b.follows(row, o) {
            (row, o)
        } else {
            (o, row)
        };
        let moved = std::mem::take(&mut b.cells[gone]);
        for (article, src) in moved.into_iter().enumerate() {
            b.cells[keep][article].extend(src);
        }
        b.alive[gone] = false;
        let gone_anchors = std::mem::take(&mut b.anchor[gone]);
        b.anchor[keep].extend(gone_anchors);
        for p in placed.iter_mut() {
            if *p == Some(gone) {
                *p = Some(keep);
            }
        }
    }
}

/// Mean, over pairs of reports present in the row, of their best paragraph
/// similarity. Beyond ten reports, only pairs with the anchor's report
/// count, so the cost stays linear in the reports.
fn row_similarity(cells: &[Vec<usize>], anchor: ArticleId, sims: &ParaSims) -> f64 {
    let mut total = 0.0;
    let mut pairs = 0u32;
    let wide = cells.len() > super::index::WIDE_REPORTS;
    let best = |ra: usize, ca: &[usize], rb: usize, cb: &[usize]| {
        let mut best = 0.0f64;
        for &pa in ca {
            for &pb in cb {
                let x = ParaRef {
                    article: ra,
                    paragraph: pa,
                };
                let y = ParaRef {
                    article: rb,
                    paragraph: pb,
                };
                best = best.max(sim(sims, x, y).sim);
            }
        }
        best
    };
    for (ra, ca) in cells.iter().enumerate() {
        if ca.is_empty() || (wide && ra != anchor) {
            continue;
        }
        for (rb, cb) in cells.iter().enumerate() {
            if cb.is_empty() || rb == ra || (!wide && rb < ra) {
                continue;
            }
            total += best(ra, ca, rb, cb);
            pairs += 1;
        }
    }
    if pairs == 0 {
        0.0
    } else {
        total / f64::from(pairs)
    }
}
