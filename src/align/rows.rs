//! N-way paragraph rows.
//!
//! The pivot report's paragraphs open one row each, in reading order. Every
//! other report, in input order, then places each paragraph in the existing
//! row whose paragraphs it is most similar to (so reordering costs nothing),
//! or in a new row right after the row of its own previous paragraph. When
//! one paragraph covers two neighbouring rows (two paragraphs merged into
//! one), the rows merge. Titles share the first title row; metadata lines
//! never match anything.

use rustc_hash::FxHashMap as HashMap;

use serde::Serialize;

use crate::model::{Article, ArticleId, ParaKind, ParaRef};

/// One row of the alignment: per report, the paragraphs that tell the same
/// thing (0, 1 or more), with how alike they are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// `cells[r]` lists paragraph indices of report `r`, ascending.
    pub cells: Vec<Vec<usize>>,
    /// Mean over pairs of present reports of their best paragraph
    /// similarity; 0 for a row only one report has.
    pub similarity: f64,
}

impl Row {
    /// How many reports have something in this row.
    #[must_use]
    pub fn coverage(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }
}

/// Paragraph similarities, keyed by the ordered pair.
pub(crate) type ParaSims = HashMap<(ParaRef, ParaRef), f64>;

/// Looks up a similarity regardless of pair order.
pub(crate) fn sim(sims: &ParaSims, a: ParaRef, b: ParaRef) -> f64 {
    let key = if a <= b { (a, b) } else { (b, a) };
    sims.get(&key).copied().unwrap_or(0.0)
}

struct Builder {
    cells: Vec<Vec<Vec<usize>>>,
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
    fn new_row(&mut self, n: usize, after: Option<usize>) -> usize {
        let id = self.cells.len();
        self.cells.push(vec![Vec::new(); n]);
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
}

/// Builds the rows. `sims` holds every paragraph pair worth considering.
pub(crate) fn build_rows(
    articles: &[Article],
    pivot: ArticleId,
    sims: &ParaSims,
    threshold: f64,
) -> Vec<Row> {
    let n = articles.len();
    let mut b = Builder {
        cells: Vec::new(),
        next: Vec::new(),
        alive: Vec::new(),
        head: None,
        pos: Vec::new(),
        inserted: 0,
    };
    let mut row_of: HashMap<ParaRef, usize> = HashMap::default();
    // Candidate partners of each paragraph, best first.
    let mut partners: HashMap<ParaRef, Vec<(ParaRef, f64)>> = HashMap::default();
    for (&(x, y), &s) in sims {
        partners.entry(x).or_default().push((y, s));
        partners.entry(y).or_default().push((x, s));
    }
    for list in partners.values_mut() {
        list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    let mut title_row: Option<usize> = None;
    let order: Vec<ArticleId> = std::iter::once(pivot)
        .chain((0..n).filter(|&r| r != pivot))
        .collect();
    for &r in &order {
        // Row of this report's previous paragraph, and the last row this
        // report opened: a new row goes after whichever comes later, so a
        // report's own unmatched paragraphs keep their order.
        let mut last: Option<usize> = None;
        let mut last_new: Option<usize> = None;
        b.snapshot();
        for (pi, p) in articles[r].paragraphs.iter().enumerate() {
            let me = ParaRef {
                article: r,
                paragraph: pi,
            };
            let target = if p.kind == ParaKind::Title {
                title_row
            } else if p.kind.is_compared() && r != pivot {
                best_row(me, &partners, &mut row_of, &mut b, threshold, title_row)
            } else {
                None
            };
            let row = if let Some(t) = target {
                t
            } else {
                let after = later_of(&b, last, last_new);
                let id = b.new_row(n, after);
                last_new = Some(id);
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
            let similarity = row_similarity(&cells, sims);
            Row { cells, similarity }
        })
        .collect()
}

/// Whichever of two rows comes later in the current order.
fn later_of(b: &Builder, x: Option<usize>, y: Option<usize>) -> Option<usize> {
    match (x, y) {
        (Some(x), Some(y)) => Some(if b.pos[y] > b.pos[x] { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// The row a paragraph joins, merging two neighbouring rows when the
/// paragraph tells what both of them tell.
fn best_row(
    me: ParaRef,
    partners: &HashMap<ParaRef, Vec<(ParaRef, f64)>>,
    row_of: &mut HashMap<ParaRef, usize>,
    b: &mut Builder,
    threshold: f64,
    title_row: Option<usize>,
) -> Option<usize> {
    let list = partners.get(&me)?;
    let mut per_row: Vec<(usize, f64)> = Vec::new();
    for (other, s) in list {
        if *s < threshold {
            break;
        }
        let Some(&row) = row_of.get(other) else {
            continue;
        };
        // Only titles share the title row.
        if Some(row) == title_row {
            continue;
        }
        if !per_row.iter().any(|(r, _)| *r == row) {
            per_row.push((row, *s));
        }
    }
    let (best, _) = *per_row.first()?;
    // Merge with a directly neighbouring row that the paragraph also covers.
    if let Some(&(second, s2)) = per_row.get(1)
        && s2 >= threshold.max(0.4)
    {
        let (i, j) = (b.pos[best], b.pos[second]);
        if i.1 == 0 && j.1 == 0 && i.0.abs_diff(j.0) == 1 {
            let (keep, gone) = if i < j {
                (best, second)
            } else {
                (second, best)
            };
            let moved = std::mem::take(&mut b.cells[gone]);
            for (article, src) in moved.into_iter().enumerate() {
                for paragraph in src {
                    row_of.insert(ParaRef { article, paragraph }, keep);
                    b.cells[keep][article].push(paragraph);
                }
            }
            b.alive[gone] = false;
            return Some(keep);
        }
    }
    Some(best)
}

/// Mean, over pairs of reports present in the row, of their best paragraph
/// similarity.
fn row_similarity(cells: &[Vec<usize>], sims: &ParaSims) -> f64 {
    let mut total = 0.0;
    let mut pairs = 0u32;
    for (ra, ca) in cells.iter().enumerate() {
        for (rb, cb) in cells.iter().enumerate().skip(ra + 1) {
            if ca.is_empty() || cb.is_empty() {
                continue;
            }
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
                    best = best.max(sim(sims, x, y));
                }
            }
            total += best;
            pairs += 1;
        }
    }
    if pairs == 0 {
        0.0
    } else {
        total / f64::from(pairs)
    }
}
