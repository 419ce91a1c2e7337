//! Plain-text export of a [`ViewModel`]: the TUI's rows side by side in
//! columns sized by display width, the inline (wdiff-like) layout for
//! narrow output, or the fact-checker's report (`Layout::Report`).
//!
//! Without colour, highlights are spelt out with markers
//! (`[-deleted-]`, `{+inserted+}`, ...) explained in a legend at the top;
//! with colour, they are ANSI styles.

use std::fmt::Write as _;
use std::io::{self, Write};

use rayon::prelude::*;

use crate::Comparison;
use crate::theme::Palette;
use crate::view::text::{Line, cell_lines, column_widths, pad, wrap, wrap_cell};
use crate::view::{
    self, Header, Mark, Parts, RowStatus, Segment, ViewModel, ViewOptions, ViewParagraph, ViewRow,
    report_name,
};

/// How the comparison is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// One column per shown report, rows aligned.
    #[default]
    SideBySide,
    /// The reference report with the others' changes interleaved.
    Inline,
    /// Quotes, unique facts, substitutions, off-topic paragraphs and the
    /// reports' similarity.
    Report,
}

/// How highlights are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Styling {
    /// Marker text around highlighted words; pure text, no escape codes.
    #[default]
    Markers,
    /// ANSI colours and attributes, for a terminal.
    Ansi,
}

/// Settings of a text export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextOptions {
    /// Side by side, inline or report.
    pub layout: Layout,
    /// Total width in display columns.
    pub width: usize,
    /// Markers or colours.
    pub styling: Styling,
    /// Fold runs of rows every shown report tells alike into one line
    /// (`… 12 matching rows …`), side by side and inline.
    pub only_differences: bool,
}

impl Default for TextOptions {
    fn default() -> Self {
        TextOptions {
            layout: Layout::SideBySide,
            width: 100,
            styling: Styling::Markers,
            only_differences: false,
        }
    }
}

/// When to colour text output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// Colour only on a terminal, and not when `NO_COLOR` is set.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl Styling {
    /// The styling `choice` gives: `Always` and `Never` decide alone;
    /// `Auto` colours only a terminal and only when `no_color` (the
    /// `NO_COLOR` variable) is unset or empty, as no-color.org asks.
    pub fn choose(choice: ColorChoice, terminal: bool, no_color: Option<&std::ffi::OsStr>) -> Self {
        let colour = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && no_color.is_none_or(std::ffi::OsStr::is_empty),
        };
        if colour {
            Styling::Ansi
        } else {
            Styling::Markers
        }
    }
}

/// Narrowest output laid out; anything less is treated as this.
pub const MIN_WIDTH: usize = 20;
/// Narrowest readable column of the side-by-side layout; below it the
/// export falls back to the inline layout, and says so.
pub const MIN_COLUMN: usize = 22;

fn too_narrow(vm: &ViewModel, opts: &TextOptions) -> bool {
    too_narrow_for(vm.headers.len(), opts)
}

/// Whether `n` columns side by side are too narrow at `opts.width`.
fn too_narrow_for(n: usize, opts: &TextOptions) -> bool {
    n > 1
        && column_widths(opts.width.saturating_sub(GUTTER), n, SEP.chars().count())
            .iter()
            .any(|&w| w < MIN_COLUMN)
}

/// Column separator of the side-by-side layout.
const SEP: &str = " │ ";
/// Room taken by the row gutter (status character and a space).
const GUTTER: usize = 2;

/// The parts of a view model of `columns` columns that [`write()`] reads
/// with `opts`: side by side, only the rows' cells (unless the columns are
/// too narrow, when it writes the inline layout); inline, the inline rows;
/// the report layout, all of them.
#[must_use]
pub fn parts(opts: &TextOptions, columns: usize) -> Parts {
    let opts = TextOptions {
        width: opts.width.max(MIN_WIDTH),
        ..*opts
    };
    let none = Parts {
        inline: false,
        report: false,
        counterparts: false,
    };
    match opts.layout {
        Layout::SideBySide if !too_narrow_for(columns, &opts) => none,
        Layout::SideBySide | Layout::Inline => Parts {
            inline: true,
            ..none
        },
        Layout::Report => Parts::ALL,
    }
}

/// Writes `vm` as text.
///
/// # Errors
/// Any write error (a closed pipe included).
pub fn write(vm: &ViewModel, opts: &TextOptions, out: &mut dyn Write) -> io::Result<()> {
    let opts = TextOptions {
        width: opts.width.max(MIN_WIDTH),
        ..*opts
    };
    match opts.layout {
        Layout::SideBySide if too_narrow(vm, &opts) => {
            // Columns this narrow wrap every few words: unreadable.
            let n = vm.headers.len();
            let need = n * MIN_COLUMN + (n - 1) * SEP.chars().count() + GUTTER;
            let note = format!(
                "(side by side needs {need} columns for {n} reports; shown inline instead)"
            );
            for l in wrapped(&note, Mark::Meta, opts.width) {
                writeln!(out, "{}", render(&l, opts.styling).trim_end())?;
            }
            inline(vm, &opts, out)
        }
        Layout::SideBySide => side_by_side(vm, &opts, out),
        Layout::Inline => inline(vm, &opts, out),
        Layout::Report => super::report::write_text(vm, &opts, out),
    }
}

/// The palette of coloured text output: the one theme's dark palette unless
/// the program set another (from the config file or the environment)
/// before writing.
static ANSI_PALETTE: std::sync::OnceLock<&'static Palette> = std::sync::OnceLock::new();

/// Chooses the palette of coloured text output, once, before any output.
pub fn set_palette(p: &'static Palette) {
    let _ = ANSI_PALETTE.set(p);
}

fn palette() -> &'static Palette {
    ANSI_PALETTE.get().copied().unwrap_or(&crate::theme::DARK)
}

/// The ANSI attributes of a segment: its highlight's look in the theme,
/// inside a quotation the quotation's look with the word change's added.
pub(crate) fn sgr(seg: &Segment) -> String {
    let p = palette();
    let own = match seg.mark {
        Mark::Plain | Mark::Equal | Mark::Unmatched => String::new(),
        m => p.mark(m).sgr(),
    };
    match seg.quote {
        Some(q) if own.is_empty() || seg.mark == Mark::Meta || seg.mark == Mark::OffTopic => {
            p.mark(q.kind.mark()).sgr()
        }
        // A changed word in a quotation: the change's look, in italics.
        Some(_) => format!("{own};3"),
        None => own,
    }
}

/// A laid-out line as text, styled when asked.
pub(crate) fn render(line: &[Segment], styling: Styling) -> String {
    let mut s = String::new();
    render_into(&mut s, line, styling);
    s
}

/// [`render`], appending to `s`.
fn render_into(s: &mut String, line: &[Segment], styling: Styling) {
    for seg in line {
        let code = if styling == Styling::Ansi {
            sgr(seg)
        } else {
            String::new()
        };
        if code.is_empty() {
            s.push_str(&seg.text);
        } else {
            let _ = write!(s, "\x1b[{code}m{}\x1b[0m", seg.text);
        }
    }
}

/// Lines of `text` wrapped to `width` with one highlight.
fn wrapped(text: &str, mark: Mark, width: usize) -> Vec<Line> {
    wrap(&[Segment::new(text, mark, None)], width)
}

/// The legend: the highlights in use by this styling and the row gutter.
fn legend(opts: &TextOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut marks = vec![vec![Segment::new("Legend:", Mark::Plain, None)]];
    for m in Mark::LEGEND {
        let (open, close) = m.plain_markers();
        match opts.styling {
            Styling::Markers if open.is_empty() => {}
            Styling::Markers => marks.push(vec![Segment::new(
                format!("{open}{}{close}", m.label()),
                Mark::Plain,
                None,
            )]),
            Styling::Ansi if matches!(m, Mark::Equal | Mark::Unmatched) => {}
            Styling::Ansi => marks.push(vec![Segment::new(m.label(), m, None)]),
        }
    }
    let mut rows = vec![vec![Segment::new("Rows:", Mark::Plain, None)]];
    for (i, s) in RowStatus::ALL.iter().enumerate() {
        let comma = if i + 1 < RowStatus::ALL.len() {
            ","
        } else {
            ""
        };
        let text = format!("{} {}{comma}", s.gutter(), s.label());
        rows.push(vec![Segment::new(text, Mark::Plain, None)]);
    }
    for entries in [marks, rows] {
        for l in pack(&entries, opts.width) {
            writeln!(out, "{}", render(&l, opts.styling).trim_end())?;
        }
    }
    Ok(())
}

/// Lays entries out on lines of `width` columns, a space apart, never
/// splitting one unless it is wider than a line.
fn pack(entries: &[Vec<Segment>], width: usize) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut line: Line = Vec::new();
    for e in entries {
        let w = crate::view::text::line_width(e);
        let have = crate::view::text::line_width(&line);
        if !line.is_empty() && have + 1 + w <= width {
            line.push(Segment::new(" ", Mark::Plain, None));
            line.extend(e.iter().cloned());
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if w <= width {
            line.extend(e.iter().cloned());
        } else {
            lines.extend(wrap(e, width));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes aligned columns of lines after a gutter string, one line of
/// each column at a time (a column that ends first is padded with blank
/// lines).
fn write_columns<I: Iterator<Item = Line>>(
    out: &mut dyn Write,
    gutter: &str,
    cells: &mut [I],
    widths: &[usize],
    styling: Styling,
) -> io::Result<()> {
    let mut s = String::new();
    for k in 0.. {
        let lines: Vec<Option<Line>> = cells.iter_mut().map(Iterator::next).collect();
        if lines.iter().all(Option::is_none) {
            break;
        }
        s.clear();
        if k == 0 {
            s.push_str(gutter);
        } else {
            s.push_str(&" ".repeat(GUTTER));
        }
        for (ci, (line, &w)) in lines.iter().zip(widths).enumerate() {
            if ci > 0 {
                s.push_str(SEP);
            }
            let line = line.as_deref().unwrap_or_default();
            let have = crate::view::text::line_width(line);
            render_into(&mut s, line, styling);
            s.extend(std::iter::repeat_n(' ', w.saturating_sub(have)));
        }
        writeln!(out, "{}", s.trim_end())?;
    }
    Ok(())
}

/// Alignment rows laid out at a time by [`write_comparison`].
const STREAM_BATCH: usize = 1024;

/// Writes every report of `cmp` (the pivot first) as text, as [`write()`]
/// writes their view model. Side by side, the common case, no row needs
/// another: the rows are built, laid out and dropped a batch at a time
/// ([`view::stream_rows`]) instead of building the whole view model first
/// (two 5 MB reports: 26 MiB of rows, a peak 17 MiB over the JSON
/// export's). The other layouts, and `only_differences` (whose folds read
/// the rows around), build the view model.
///
/// # Errors
/// Any write error (a closed pipe included).
pub fn write_comparison(
    cmp: &Comparison,
    opts: &TextOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_comparison_batched(cmp, opts, out, STREAM_BATCH)
}

/// [`write_comparison`], `batch` alignment rows at a time.
fn write_comparison_batched(
    cmp: &Comparison,
    opts: &TextOptions,
    out: &mut dyn Write,
    batch: usize,
) -> io::Result<()> {
    let view_opts = ViewOptions::all(cmp);
    let headers = view::headers(cmp, &view_opts);
    let clamped = TextOptions {
        width: opts.width.max(MIN_WIDTH),
        ..*opts
    };
    let streamed = clamped.layout == Layout::SideBySide
        && !too_narrow_for(headers.len(), &clamped)
        && !clamped.only_differences;
    if !streamed {
        let vm = view::build_parts(cmp, &view_opts, parts(opts, headers.len()));
        return write(&vm, opts, out);
    }
    let widths = side_by_side_head(&headers, &clamped, out)?;
    let folds = Folds(Vec::new());
    let row_parts = parts(opts, headers.len());
    view::stream_rows(cmp, &view_opts, row_parts, batch, |first, rows| {
        side_by_side_rows(&rows, first, &folds, &widths, &clamped, out)
    })
}

fn side_by_side(vm: &ViewModel, opts: &TextOptions, out: &mut dyn Write) -> io::Result<()> {
    let widths = side_by_side_head(&vm.headers, opts, out)?;
    let folds = Folds::new(vm, opts);
    side_by_side_rows(&vm.rows, 0, &folds, &widths, opts, out)
}

/// The legend and the column heads of the side-by-side layout; returns
/// the columns' widths.
fn side_by_side_head(
    headers: &[Header],
    opts: &TextOptions,
    out: &mut dyn Write,
) -> io::Result<Vec<usize>> {
    legend(opts, out)?;
    writeln!(out)?;
    let n = headers.len();
    let widths = column_widths(opts.width.saturating_sub(GUTTER), n, SEP.chars().count());
    let heads: Vec<Vec<Line>> = headers
        .iter()
        .zip(&widths)
        .map(|(h, &w)| {
            let mut lines = wrapped(
                &format!("{}: {}", report_name(h.article), h.title),
                Mark::Title,
                w,
            );
            lines.extend(wrapped(&h.label, Mark::Meta, w));
            lines.extend(wrapped(&h.summary, Mark::Meta, w));
            lines
        })
        .collect();
    let mut heads: Vec<_> = heads.into_iter().map(Vec::into_iter).collect();
    write_columns(out, "  ", &mut heads, &widths, opts.styling)?;
    let rule: Vec<String> = widths.iter().map(|&w| "─".repeat(w)).collect();
    writeln!(out, "{}{}", "─".repeat(GUTTER), rule.join("─┼─"))?;
    Ok(widths)
}

/// Rows of the side-by-side layout: `rows` are the view's rows from index
/// `first` on.
fn side_by_side_rows(
    rows: &[ViewRow],
    first: usize,
    folds: &Folds,
    widths: &[usize],
    opts: &TextOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let n = widths.len();
    let markers = opts.styling == Styling::Markers;
    let big = |k: usize| row_bytes(&rows[k]) > BUFFERED_ROW_MAX;
    write_rows(out, rows.len(), big, |k, out| {
        let row = &rows[k];
        let i = first + k;
        if folds.hidden(i) {
            return Ok(());
        }
        if i > 0 {
            let mut blank = vec![std::iter::once(Line::new()); n];
            write_columns(out, "  ", &mut blank, widths, opts.styling)?;
        }
        if let Some(n) = folds.starting(i) {
            writeln!(out, "  {}", render(&fold_line(n), opts.styling))?;
            return Ok(());
        }
        // Laid out as written: a giant paragraph is never held as lines.
        let mut cells: Vec<_> = row
            .cells
            .iter()
            .zip(widths)
            .map(|(c, &w)| cell_lines(c, w, markers))
            .collect();
        let gutter = format!("{} ", row.status.gutter());
        write_columns(out, &gutter, &mut cells, widths, opts.styling)
    })
}

/// Rows laid out at a time in one batch.
const ROW_BATCH: usize = 256;

/// Rows holding more text than this (bytes, all columns and the inline
/// layout) are written straight to the output, never into a buffer: a
/// giant paragraph is streamed line by line, as the wrapper promises.
const BUFFERED_ROW_MAX: usize = 64 * 1024;

/// The bytes of text a row shows.
fn row_bytes(row: &crate::view::ViewRow) -> usize {
    row.cells
        .iter()
        .flatten()
        .chain(&row.inline)
        .flat_map(|p| &p.segments)
        .map(|s| s.text.len())
        .sum()
}

/// Writes rows `0..n`, each laid out by `row`: a batch of rows is laid out
/// side by side (rayon) into buffers, then written in order, so the output
/// is the same as one row after the other; a row for which `big` holds is
/// laid out straight into `out` in its turn.
fn write_rows(
    out: &mut dyn Write,
    n: usize,
    big: impl Fn(usize) -> bool + Sync,
    row: impl Fn(usize, &mut dyn Write) -> io::Result<()> + Sync,
) -> io::Result<()> {
    let mut start = 0;
    while start < n {
        let end = (start + ROW_BATCH).min(n);
        let laid: Vec<Option<io::Result<Vec<u8>>>> = (start..end)
            .into_par_iter()
            .map(|i| {
                (!big(i)).then(|| {
                    let mut buf = Vec::new();
                    row(i, &mut buf).map(|()| buf)
                })
            })
            .collect();
        for (i, buf) in (start..end).zip(laid) {
            match buf {
                Some(buf) => out.write_all(&buf?)?,
                None => row(i, out)?,
            }
        }
        start = end;
    }
    Ok(())
}

fn inline(vm: &ViewModel, opts: &TextOptions, out: &mut dyn Write) -> io::Result<()> {
    legend(opts, out)?;
    writeln!(out)?;
    let w = opts.width.saturating_sub(GUTTER);
    for (i, h) in vm.headers.iter().enumerate() {
        let role = if i == 0 { "reference" } else { "compared" };
        let text = format!(
            "{}: {} ({}; {role}; {})",
            report_name(h.article),
            h.title,
            h.label,
            h.summary
        );
        for l in wrapped(&text, Mark::Title, opts.width) {
            writeln!(out, "{}", render(&l, opts.styling).trim_end())?;
        }
    }
    writeln!(out, "{}", "─".repeat(opts.width))?;
    let markers = opts.styling == Styling::Markers;
    let columns = vm.columns();
    let folds = Folds::new(vm, opts);
    let big = |i: usize| row_bytes(&vm.rows[i]) > BUFFERED_ROW_MAX;
    write_rows(out, vm.rows.len(), big, |ri, out| {
        let row = &vm.rows[ri];
        if folds.hidden(ri) {
            return Ok(());
        }
        if ri > 0 {
            writeln!(out)?;
        }
        if let Some(n) = folds.starting(ri) {
            writeln!(out, "  {}", render(&fold_line(n), opts.styling))?;
            return Ok(());
        }
        for (pi, p) in row.inline.iter().enumerate() {
            let gutter = if pi == 0 { row.status.gutter() } else { ' ' };
            for (k, l) in inline_lines(p, &columns, w, markers).enumerate() {
                let g = if k == 0 { gutter } else { ' ' };
                writeln!(out, "{g} {}", render(&l, opts.styling).trim_end())?;
            }
        }
        Ok(())
    })
}

/// The rows `--only-differences` folds.
struct Folds(Vec<std::ops::Range<usize>>);

impl Folds {
    fn new(vm: &ViewModel, opts: &TextOptions) -> Self {
        Folds(if opts.only_differences {
            crate::view::fold::runs(&vm.rows)
        } else {
            Vec::new()
        })
    }

    /// The number of rows folded when a fold starts at row `i`.
    fn starting(&self, i: usize) -> Option<usize> {
        self.0
            .iter()
            .find(|r| r.start == i)
            .map(ExactSizeIterator::len)
    }

    /// Row `i` is folded into the line of an earlier row.
    fn hidden(&self, i: usize) -> bool {
        self.0.iter().any(|r| r.start < i && i < r.end)
    }
}

fn fold_line(n: usize) -> Line {
    vec![Segment::new(crate::view::fold::label(n), Mark::Meta, None)]
}

/// An inline paragraph's lines, laid out as they are written; another
/// report's text is introduced by its report number (`2> `).
fn inline_lines<'a>(
    p: &'a ViewParagraph,
    columns: &[usize],
    w: usize,
    markers: bool,
) -> Box<dyn Iterator<Item = Line> + 'a> {
    if columns.first().is_none_or(|&c| c == p.article) {
        return Box::new(cell_lines(std::slice::from_ref(p), w, markers));
    }
    let mut q = p.clone();
    q.segments.insert(
        0,
        Segment::new(format!("{}> ", report_name(p.article)), Mark::Meta, None),
    );
    Box::new(wrap_cell(&[q], w, markers).into_iter())
}

/// `text` padded or cut to `w` columns (for tables in the report).
pub(crate) fn cell(text: &str, w: usize) -> String {
    pad(text, w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    /// The text written from the comparison, its rows streamed a few at a
    /// time (batches of one alignment row, of two, and all at once), is
    /// the text of the whole view model, in every layout, too narrow, with
    /// folds and in colour.
    #[test]
    fn streamed_rows_write_the_view_models_text() {
        let cmp = crate::Comparison::new(crate::load::samples(), &crate::Options::default());
        let full = crate::view::build(&cmp, &ViewOptions::all(&cmp));
        assert!(full.rows.len() > 3, "the samples have rows to stream");
        for layout in [Layout::SideBySide, Layout::Inline, Layout::Report] {
            for width in [120, 60, 30] {
                for (only_differences, styling) in [
                    (false, Styling::Markers),
                    (true, Styling::Markers),
                    (false, Styling::Ansi),
                ] {
                    let opts = TextOptions {
                        layout,
                        width,
                        styling,
                        only_differences,
                    };
                    let mut want = Vec::new();
                    write(&full, &opts, &mut want).expect("a Vec takes anything");
                    for batch in [1, 2, usize::MAX] {
                        let mut got = Vec::new();
                        write_comparison_batched(&cmp, &opts, &mut got, batch)
                            .expect("a Vec takes anything");
                        assert!(
                            got == want,
                            "{layout:?} at {width}, {only_differences} {styling:?}, batch {batch}"
                        );
                    }
                }
            }
        }
    }

    /// A view model with only the parts an exporter reads writes the same
    /// output as the full one: text in every layout, wide and too narrow,
    /// markdown and HTML.
    #[test]
    fn parts_an_exporter_reads_write_the_same_output() {
        let article = crate::load::test_article;
        let articles = vec![
            article(
                "a.txt",
                "Ferry back in service\n\nThe harbour ferry sailed again on Monday, the operator said.\n\n\
                 \"We are glad to be back,\" said skipper Ann Lowe. Fares stay at 3 pounds.",
            ),
            article(
                "b.txt",
                "Harbour ferry returns\n\nThe harbour ferry sailed again on Monday after repairs.\n\n\
                 Fares rose to 4 pounds. \"We are glad to be back,\" Lowe said.\n\nGulls followed it.",
            ),
        ];
        let cmp = crate::Comparison::new(articles, &crate::Options::default());
        let view = crate::view::ViewOptions::all(&cmp);
        let full = crate::view::build(&cmp, &view);
        for layout in [Layout::SideBySide, Layout::Inline, Layout::Report] {
            for width in [100, 30] {
                let opts = TextOptions {
                    layout,
                    width,
                    ..TextOptions::default()
                };
                let text = |vm: &ViewModel| {
                    let mut out = Vec::new();
                    write(vm, &opts, &mut out).expect("a Vec takes anything");
                    String::from_utf8(out).expect("text is UTF-8")
                };
                let parts = parts(&opts, view.columns.len());
                let some = crate::view::build_parts(&cmp, &view, parts);
                assert_eq!(text(&some), text(&full), "{layout:?} at {width}");
            }
        }
        let page = |w: fn(&ViewModel, &mut dyn Write) -> io::Result<()>, vm: &ViewModel| {
            let mut out = Vec::new();
            w(vm, &mut out).expect("a Vec takes anything");
            out
        };
        let md = crate::view::build_parts(&cmp, &view, super::super::markdown::PARTS);
        let write_md = super::super::markdown::write;
        assert_eq!(page(write_md, &md), page(write_md, &full), "markdown");
        let html = crate::view::build_parts(&cmp, &view, super::super::html::PARTS);
        let write_html = super::super::html::write;
        assert_eq!(page(write_html, &html), page(write_html, &full), "html");
        let side = parts(&TextOptions::default(), 2);
        assert!(!side.inline && !side.report && !side.counterparts);
        let narrow = TextOptions {
            width: 30,
            ..TextOptions::default()
        };
        assert!(parts(&narrow, 2).inline, "too narrow: written inline");
    }

    #[test]
    fn colour_choice_honours_no_color() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        assert_eq!(
            Styling::choose(ColorChoice::Auto, true, None),
            Styling::Ansi
        );
        assert_eq!(
            Styling::choose(ColorChoice::Auto, true, set),
            Styling::Markers
        );
        assert_eq!(
            Styling::choose(ColorChoice::Auto, true, empty),
            Styling::Ansi
        );
        assert_eq!(
            Styling::choose(ColorChoice::Auto, false, None),
            Styling::Markers
        );
        assert_eq!(
            Styling::choose(ColorChoice::Always, false, set),
            Styling::Ansi
        );
        assert_eq!(
            Styling::choose(ColorChoice::Never, true, None),
            Styling::Markers
        );
    }
}
