//! Stage 5: the view model. [`build`] turns an immutable
//! [`Comparison`] and the reader's [`ViewOptions`] (which reports are shown,
//! which is the reference) into a [`ViewModel`]: column headers, a legend,
//! and aligned rows whose cells are paragraphs of styled [`Segment`]s.
//!
//! The TUI and every exporter render this same data, so what the screen
//! shows, the file shows. It is built once per change of options, never
//! inside a draw call, and holds no terminal types. [`text`] turns segments
//! into lines of a given display width for both.
//!
//! ```
//! use storydiff::view::{self, ViewOptions, text};
//! use storydiff::{Comparison, Options, load};
//!
//! let cmp = Comparison::new(load::samples(), &Options::default());
//! let vm = view::build(&cmp, &ViewOptions::pair(0, 1));
//! // The titles share the first row; wrap it into two 30-column cells
//! // with the no-colour markers spelt out.
//! let cells = text::wrap_row(&vm.rows[0].cells, &[30, 30], true);
//! assert_eq!(cells[0].len(), cells[1].len());
//! let first: String = cells[0][0].iter().map(|s| s.text.as_str()).collect();
//! assert_eq!(first, "[-Trump declares-] US-Russia");
//! ```

mod cells;
pub mod fold;
mod header;
mod inline;
mod marks;
mod overlay;
mod report;
pub mod text;

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;
use serde::Serialize;

use crate::Comparison;
use crate::model::{ArticleId, ParaKind, SentenceRef};

pub use header::Header;
use header::header;
pub use marks::{LegendEntry, Mark, QuoteKind, QuoteRef, RowStatus, legend};
pub use report::{
    ConflictEntry, ConflictPlace, OffTopicEntry, QuoteEntry, QuotePlace, Report, SubstitutionEntry,
    UniqueFactEntry,
};

/// What the reader chose to see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewOptions {
    /// Reports shown, in column order; the first is the reference that word
    /// changes are measured against.
    pub columns: Vec<ArticleId>,
}

impl ViewOptions {
    /// Every report, the alignment's pivot first, the others in input order.
    pub fn all(cmp: &Comparison) -> Self {
        let pivot = cmp.alignment.pivot;
        let mut columns = vec![pivot];
        columns.extend((0..cmp.articles.len()).filter(|&a| a != pivot));
        ViewOptions { columns }
    }

    /// Two reports side by side, `reference` on the left.
    pub fn pair(reference: ArticleId, other: ArticleId) -> Self {
        ViewOptions {
            columns: vec![reference, other],
        }
    }

    /// The columns that exist, each once; all reports when none is left.
    fn checked(&self, cmp: &Comparison) -> Vec<ArticleId> {
        let mut seen = HashSet::new();
        let cols: Vec<ArticleId> = self
            .columns
            .iter()
            .copied()
            .filter(|&a| a < cmp.articles.len() && seen.insert(a))
            .collect();
        if cols.is_empty() {
            ViewOptions::all(cmp).columns
        } else {
            cols
        }
    }
}

/// A run of text with one highlight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// The text, as the report wrote it.
    pub text: String,
    /// Its highlight.
    pub mark: Mark,
    /// The quotation it is part of, if any.
    pub quote: Option<QuoteRef>,
    /// The sentence it belongs to (none for the space between sentences).
    pub sentence: Option<SentenceRef>,
}

impl Segment {
    /// A segment outside any quotation.
    pub fn new(text: impl Into<String>, mark: Mark, sentence: Option<SentenceRef>) -> Self {
        Segment {
            text: text.into(),
            mark,
            quote: None,
            sentence,
        }
    }

    /// The highlight a reader should see first: the quotation's when the
    /// text is in one and its own mark is no word change, else its own.
    pub fn shown_mark(&self) -> Mark {
        match self.quote {
            Some(q) if !self.mark.is_change() => q.kind.mark(),
            _ => self.mark,
        }
    }
}

/// One paragraph as displayed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewParagraph {
    /// The report.
    pub article: ArticleId,
    /// Paragraph index inside the report.
    pub paragraph: usize,
    /// What it is.
    pub kind: ParaKind,
    /// The paragraph's text in highlighted runs; their texts concatenate to
    /// the paragraph's text (except in the inline layout, which adds the
    /// other reports' words).
    pub segments: Vec<Segment>,
}

/// One row: per shown column, the paragraphs that tell the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewRow {
    /// Index of the row in `comparison.alignment.rows`.
    pub row: usize,
    /// How the row stands across the shown reports.
    pub status: RowStatus,
    /// The alignment's similarity of the row (0-1).
    pub similarity: f64,
    /// Every report (shown or not) with something in the row, ascending:
    /// what a coverage strip draws.
    pub present: Vec<ArticleId>,
    /// One cell per shown column, in column order.
    pub cells: Vec<Vec<ViewParagraph>>,
    /// The reference column's paragraphs with the other columns' word
    /// changes interleaved, followed by what only they have: the inline
    /// layout.
    pub inline: Vec<ViewParagraph>,
}

/// Rows to jump to, as indices into [`ViewModel::rows`], ascending.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Navigation {
    /// Rows with word changes in linked sentences, and the first row of
    /// each run of rows that not every shown report has.
    pub changes: Vec<usize>,
    /// Rows with a quotation.
    pub quotes: Vec<usize>,
    /// Rows with a unique fact.
    pub unique_facts: Vec<usize>,
}

impl Navigation {
    /// The first target after `row` in `list`.
    pub fn next(list: &[usize], row: usize) -> Option<usize> {
        list.iter().copied().find(|&r| r > row)
    }

    /// The last target before `row` in `list`.
    pub fn previous(list: &[usize], row: usize) -> Option<usize> {
        list.iter().copied().rev().find(|&r| r < row)
    }
}

/// Everything a screen or a file shows of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewModel {
    /// Headers, one per shown column, in column order.
    pub headers: Vec<Header>,
    /// The highlights and their meaning.
    pub legend: Vec<LegendEntry>,
    /// The rows, in the alignment's order, without rows empty in all shown
    /// columns.
    pub rows: Vec<ViewRow>,
    /// Jump targets.
    pub nav: Navigation,
    /// Quotes, unique facts, substitutions, off-topic paragraphs and the
    /// reports' similarity: the side panel and the text report.
    pub report: Report,
    /// For every shown sentence with links, its linked sentences in other
    /// shown columns, best first.
    #[serde(skip)]
    pub counterparts: BTreeMap<SentenceRef, Vec<SentenceRef>>,
    /// The view row holding each shown paragraph, by `(report, paragraph)`.
    #[serde(skip)]
    pub row_of: HashMap<(ArticleId, usize), usize>,
}

impl ViewModel {
    /// The shown columns' reports, in column order.
    pub fn columns(&self) -> Vec<ArticleId> {
        self.headers.iter().map(|h| h.article).collect()
    }

    /// The view row holding a sentence.
    pub fn row_of_sentence(&self, s: SentenceRef) -> Option<usize> {
        self.row_of.get(&(s.article, s.paragraph)).copied()
    }
}

/// The name of a report in headers, exports, the TUI and the JSON: its
/// number, 1 to N in input order (whichever columns are shown), so that a
/// report is called the same everywhere.
pub fn report_name(article: ArticleId) -> String {
    (article + 1).to_string()
}

/// A row of [`build`] as laid out, with its paragraphs per shown column
/// (`None`: the row shows nothing).
type Built<'c> = Option<(ViewRow, Vec<&'c [usize]>)>;

/// Builds the view of `cmp` that `opts` asks for.
pub fn build(cmp: &Comparison, opts: &ViewOptions) -> ViewModel {
    build_parts(cmp, opts, Parts::ALL)
}

/// The optional parts of a view model: the TUI reads them all, a text
/// export fewer (side by side, only the rows' cells). For two 5 MB
/// reports the inline rows were 23 MiB, the report 28 MiB and the
/// counterparts 9 MiB of a 86 MiB view model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// [`ViewRow::inline`] of every row.
    pub inline: bool,
    /// [`ViewModel::report`].
    pub report: bool,
    /// [`ViewModel::counterparts`].
    pub counterparts: bool,
}

impl Parts {
    /// Every part.
    pub const ALL: Parts = Parts {
        inline: true,
        report: true,
        counterparts: true,
    };
}

/// [`build`] with only the optional `parts` asked for; the others are left
/// empty.
#[must_use]
pub fn build_parts(cmp: &Comparison, opts: &ViewOptions, parts: Parts) -> ViewModel {
    let columns = opts.checked(cmp);
    let offtopic: HashSet<(ArticleId, usize)> = cmp
        .analysis
        .offtopic
        .iter()
        .map(|o| (o.article, o.paragraph))
        .collect();
    let ctx = cells::Context::new(cmp, &columns, &offtopic);
    // Each row's cells are laid out on its own (side by side); the rows
    // are kept in alignment order.
    let built: Vec<Built<'_>> = cmp
        .alignment
        .rows
        .par_iter()
        .enumerate()
        .map(|(ri, _)| view_row(&ctx, &offtopic, parts, ri))
        .collect();
    let mut rows = Vec::new();
    let mut row_of = HashMap::new();
    for (view, shown) in built.into_iter().flatten() {
        index_row(&mut row_of, &columns, &shown, rows.len());
        rows.push(view);
    }
    let counterparts = if parts.counterparts {
        ctx.counterparts()
    } else {
        BTreeMap::new()
    };
    assemble(cmp, &columns, parts, rows, row_of, counterparts)
}

/// The paragraphs alignment row `row` shows in each of `columns`, or
/// `None` when it shows nothing in any of them: the one rule that says
/// which alignment rows are view rows, for [`build_parts`],
/// [`stream_rows`] and [`build_without_rows`] alike.
fn shown_cells<'c>(row: &'c crate::align::Row, columns: &[ArticleId]) -> Option<Vec<&'c [usize]>> {
    let shown: Vec<&[usize]> = columns
        .iter()
        .map(|&a| row.cells.get(a).map_or(&[][..], Vec::as_slice))
        .collect();
    (!shown.iter().all(|c| c.is_empty())).then_some(shown)
}

/// Records in `row_of` that the paragraphs `shown` (per column) sit in
/// view row `index`.
fn index_row(
    row_of: &mut HashMap<(ArticleId, usize), usize>,
    columns: &[ArticleId],
    shown: &[&[usize]],
    index: usize,
) {
    for (&a, paras) in columns.iter().zip(shown) {
        for &p in *paras {
            row_of.insert((a, p), index);
        }
    }
}

/// The view model of `rows` (the jump targets are read from them), with
/// the report if `parts` asks for it.
fn assemble(
    cmp: &Comparison,
    columns: &[ArticleId],
    parts: Parts,
    rows: Vec<ViewRow>,
    row_of: HashMap<(ArticleId, usize), usize>,
    counterparts: BTreeMap<SentenceRef, Vec<SentenceRef>>,
) -> ViewModel {
    let report = if parts.report {
        report::build(cmp, columns, &row_of)
    } else {
        Report::default()
    };
    ViewModel {
        headers: columns.iter().map(|&a| header(cmp, a)).collect(),
        legend: legend(),
        nav: navigation(&rows),
        rows,
        report,
        counterparts,
        row_of,
    }
}

/// Alignment row `ri` as shown (`None`: it shows nothing in the columns).
fn view_row<'c>(
    ctx: &cells::Context<'c>,
    offtopic: &HashSet<(ArticleId, usize)>,
    parts: Parts,
    ri: usize,
) -> Built<'c> {
    let (cmp, columns) = (ctx.cmp, ctx.columns);
    let row = &cmp.alignment.rows[ri];
    let shown = shown_cells(row, columns)?;
    let status = row_status(cmp, columns, &shown, offtopic);
    let cells: Vec<Vec<ViewParagraph>> = columns
        .iter()
        .zip(&shown)
        .enumerate()
        .map(|(ci, (&a, paras))| {
            paras
                .iter()
                .map(|&p| ctx.paragraph(ci, a, p, status, &shown))
                .collect()
        })
        .collect();
    let inline = if parts.inline {
        inline::row(ctx, &shown, status)
    } else {
        Vec::new()
    };
    let present = (0..cmp.articles.len())
        .filter(|&a| row.cells.get(a).is_some_and(|c| !c.is_empty()))
        .collect();
    let view = ViewRow {
        row: ri,
        status,
        similarity: row.similarity,
        present,
        cells,
        inline,
    };
    Some((view, shown))
}

/// [`build_parts`] without the rows (nor the jump targets, read from
/// them): for a writer that writes the rest first, then the rows from
/// [`stream_rows`]. The report and [`ViewModel::row_of`] are those of the
/// whole view.
#[must_use]
pub fn build_without_rows(cmp: &Comparison, opts: &ViewOptions, parts: Parts) -> ViewModel {
    let columns = opts.checked(cmp);
    let mut row_of = HashMap::new();
    let mut shown_rows = 0;
    for row in &cmp.alignment.rows {
        if let Some(shown) = shown_cells(row, &columns) {
            index_row(&mut row_of, &columns, &shown, shown_rows);
            shown_rows += 1;
        }
    }
    assemble(cmp, &columns, parts, Vec::new(), row_of, BTreeMap::new())
}

/// The headers of the view of `cmp` that `opts` asks for (those of
/// [`build`]).
pub fn headers(cmp: &Comparison, opts: &ViewOptions) -> Vec<Header> {
    opts.checked(cmp).iter().map(|&a| header(cmp, a)).collect()
}

/// The rows of [`build_parts`] (`parts` says which of theirs), handed to
/// `each` a batch of `batch` alignment rows at a time, in order, with the
/// index in the view's rows of the batch's first: a writer that needs no
/// row after the one it writes lays out and drops each batch in turn
/// instead of holding the whole view (the rows of two 5 MB reports were
/// 26 MiB). Stops at the first error `each` returns.
///
/// # Errors
/// The first error of `each`.
pub fn stream_rows<E>(
    cmp: &Comparison,
    opts: &ViewOptions,
    parts: Parts,
    batch: usize,
    mut each: impl FnMut(usize, Vec<ViewRow>) -> Result<(), E>,
) -> Result<(), E> {
    let columns = opts.checked(cmp);
    let offtopic: HashSet<(ArticleId, usize)> = cmp
        .analysis
        .offtopic
        .iter()
        .map(|o| (o.article, o.paragraph))
        .collect();
    let ctx = cells::Context::new(cmp, &columns, &offtopic);
    let mut first = 0;
    let n = cmp.alignment.rows.len();
    for start in (0..n).step_by(batch.max(1)) {
        let end = n.min(start.saturating_add(batch.max(1)));
        let rows: Vec<ViewRow> = (start..end)
            .into_par_iter()
            .filter_map(|ri| view_row(&ctx, &offtopic, parts, ri).map(|(view, _)| view))
            .collect();
        let len = rows.len();
        each(first, rows)?;
        first += len;
    }
    Ok(())
}

/// How a row stands across the shown columns.
fn row_status(
    cmp: &Comparison,
    columns: &[ArticleId],
    shown: &[&[usize]],
    offtopic: &HashSet<(ArticleId, usize)>,
) -> RowStatus {
    let paras = || {
        columns
            .iter()
            .zip(shown)
            .flat_map(|(&a, ps)| ps.iter().map(move |&p| (a, p)))
    };
    let kind = |(a, p): (ArticleId, usize)| cmp.articles[a].paragraphs.get(p).map(|x| x.kind);
    if paras().all(|ap| kind(ap) == Some(ParaKind::Meta)) {
        return RowStatus::Meta;
    }
    if paras().all(|ap| offtopic.contains(&ap)) {
        return RowStatus::OffTopic;
    }
    match shown.iter().filter(|c| !c.is_empty()).count() {
        n if n == columns.len() && n > 1 => RowStatus::Matched,
        1 => RowStatus::Unmatched,
        _ => RowStatus::Partial,
    }
}

/// Jump targets over the built rows.
fn navigation(rows: &[ViewRow]) -> Navigation {
    let mut nav = Navigation::default();
    for (i, row) in rows.iter().enumerate() {
        let segs = || row.cells.iter().flatten().flat_map(|p| p.segments.iter());
        // A run of rows not every shown report has is one change, like a
        // diff hunk: jumping lands on its first row.
        let gap = |s: RowStatus| matches!(s, RowStatus::Partial | RowStatus::Unmatched);
        let starts_gap = gap(row.status) && (i == 0 || !gap(rows[i - 1].status));
        if starts_gap || segs().any(|s| s.mark.is_change()) {
            nav.changes.push(i);
        }
        if segs().any(|s| s.quote.is_some()) {
            nav.quotes.push(i);
        }
        if segs().any(|s| s.mark == Mark::UniqueFact) {
            nav.unique_facts.push(i);
        }
    }
    nav
}

#[cfg(test)]
mod tests;
