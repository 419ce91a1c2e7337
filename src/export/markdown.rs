//! Markdown export of a [`ViewModel`]: the report (reports, similarity,
//! quotes, unique facts, substitutions, off-topic paragraphs), then the
//! rows side by side as a table. Plain GitHub-flavoured Markdown that
//! renders on GitHub and in common viewers: word changes as `~~deleted~~`
//! and `**inserted**`, quotations and unique facts with the text markers of
//! the legend.

use std::io::{self, Write};

use super::report::{place, quote_changes, quote_notes, short};
use crate::Comparison;
use crate::view::text::decorate_with;
use crate::view::{
    self, Mark, Parts, QuoteKind, Segment, ViewModel, ViewOptions, ViewParagraph, ViewRow,
    report_name,
};

/// The Markdown delimiters of a highlight (the one theme's).
fn md_markers(m: Mark) -> (&'static str, &'static str) {
    crate::theme::markdown_markers(m)
}

/// Escapes Markdown syntax (and table pipes) in report text.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '~'
                | '['
                | ']'
                | '<'
                | '>'
                | '|'
                | '#'
                | '&'
                | '{'
                | '}'
                | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Highlighted text as Markdown.
fn inline(segs: &[Segment]) -> String {
    let escaped: Vec<Segment> = segs
        .iter()
        .map(|s| Segment {
            text: escape(&s.text),
            ..s.clone()
        })
        .collect();
    decorate_with(&escaped, md_markers)
        .0
        .iter()
        .map(|s| s.text.as_str())
        .collect()
}

/// A cell's paragraphs, on one table line.
fn cell(paras: &[ViewParagraph]) -> String {
    paras
        .iter()
        .map(|p| inline(&p.segments))
        .collect::<Vec<_>>()
        .join("<br><br>")
}

/// A heading with its entry count, and "None." when there is none.
fn section(out: &mut dyn Write, level: &str, title: &str, n: usize) -> io::Result<()> {
    writeln!(out, "\n{level} {title} ({n})\n")?;
    if n == 0 {
        writeln!(out, "None.")?;
    }
    Ok(())
}

fn plain(text: &str) -> String {
    escape(text)
}

/// The parts of a view model that [`write()`] reads: the rows' cells and
/// the report, not the inline rows nor the counterparts.
pub const PARTS: Parts = Parts {
    inline: false,
    report: true,
    counterparts: false,
};

/// Writes `vm` as Markdown.
///
/// # Errors
/// Any write error (a closed pipe included).
pub fn write(vm: &ViewModel, out: &mut dyn Write) -> io::Result<()> {
    let names: Vec<String> = vm.headers.iter().map(|h| report_name(h.article)).collect();
    writeln!(out, "# storydiff: {} reports compared\n", vm.headers.len())?;
    for (n, h) in names.iter().zip(&vm.headers) {
        writeln!(
            out,
            "- **{n}**: {} — `{}` — {}",
            plain(&h.title),
            h.label.replace('`', "'"),
            h.summary
        )?;
    }
    let r = &vm.report;
    writeln!(out, "\n## Similarity\n")?;
    writeln!(out, "Share of their words in linked sentences.\n")?;
    writeln!(out, "| | {} |", names.join(" | "))?;
    writeln!(out, "|---|{}", "---:|".repeat(names.len()))?;
    for (n, row) in names.iter().zip(&r.similarity) {
        let cells: Vec<String> = row.iter().map(|x| format!("{:.0}%", x * 100.0)).collect();
        writeln!(out, "| **{n}** | {} |", cells.join(" | "))?;
    }
    writeln!(out, "\n## Quotes\n\nParagraphs are numbered from 1.")?;
    for (kind, title) in [
        (QuoteKind::Shared, "Shared quotes"),
        (QuoteKind::Altered, "Altered quotes"),
        (QuoteKind::Unique, "Unique quotes"),
    ] {
        let qs: Vec<_> = r.quotes.iter().filter(|q| q.kind == kind).collect();
        section(out, "###", title, qs.len())?;
        for q in qs {
            let places: Vec<String> = q
                .places
                .iter()
                .map(|p| {
                    if kind == QuoteKind::Altered {
                        format!("{}: “{}”", plain(&place(vm, p)), plain(&p.text))
                    } else {
                        plain(&place(vm, p))
                    }
                })
                .collect();
            let first = q.places.first().map_or("", |p| p.text.as_str());
            write!(
                out,
                "- “{}”{} — {}",
                plain(first),
                plain(&quote_notes(q)),
                places.join("; ")
            )?;
            if kind == QuoteKind::Altered && !q.diff.is_empty() {
                write!(out, " — changes: {}", inline(&quote_changes(q)))?;
            }
            writeln!(out)?;
        }
    }
    section(out, "##", "Unique facts", r.unique_facts.len())?;
    for u in &r.unique_facts {
        let only = if u.facts.is_empty() {
            String::new()
        } else {
            format!(" (only here: {})", plain(&u.facts.join("; ")))
        };
        writeln!(
            out,
            "- **{}** ¶{}: {}{only}",
            plain(&short(vm, u.sentence.article, &u.label)),
            u.sentence.paragraph + 1,
            plain(&u.text)
        )?;
    }
    section(out, "##", "Substitutions", r.substitutions.len())?;
    for s in &r.substitutions {
        writeln!(
            out,
            "- ~~{}~~ ({}) → **{}** ({}), {}×",
            plain(&s.from),
            plain(&short(vm, s.articles[0], &s.labels[0])),
            plain(&s.to),
            plain(&short(vm, s.articles[1], &s.labels[1])),
            s.count
        )?;
    }
    section(out, "##", "Off-topic paragraphs", r.offtopic.len())?;
    for o in &r.offtopic {
        writeln!(
            out,
            "- {} ¶{}: {} — {}",
            plain(&short(vm, o.article, &o.label)),
            o.paragraph + 1,
            plain(&crate::view::text::truncate(&o.text, 120)),
            plain(&o.reason)
        )?;
    }
    side_by_side_head(vm, &names, out)?;
    vm.rows.iter().try_for_each(|row| write_row(row, out))
}

/// Rows (alignment rows) built and written at a time by
/// [`write_comparison`].
const STREAM_BATCH: usize = 1024;

/// Writes every report of `cmp` (the pivot first) as Markdown, as
/// [`write()`] writes their view model, the rows built and written a batch
/// at a time ([`view::stream_rows`]) after the rest: the whole view
/// model's rows were 26 MiB for two 5 MB reports.
///
/// # Errors
/// Any write error (a closed pipe included).
pub fn write_comparison(cmp: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    write_comparison_batched(cmp, out, STREAM_BATCH)
}

/// [`write_comparison`], `batch` alignment rows at a time.
fn write_comparison_batched(cmp: &Comparison, out: &mut dyn Write, batch: usize) -> io::Result<()> {
    let opts = ViewOptions::all(cmp);
    let vm = view::build_without_rows(cmp, &opts, PARTS);
    write(&vm, out)?;
    drop(vm);
    view::stream_rows(cmp, &opts, PARTS, batch, |_, rows| {
        rows.iter().try_for_each(|row| write_row(row, out))
    })
}

/// One row of the side-by-side table.
fn write_row(row: &ViewRow, out: &mut dyn Write) -> io::Result<()> {
    let cells: Vec<String> = row.cells.iter().map(|c| cell(c)).collect();
    writeln!(out, "| `{}` | {} |", row.status.gutter(), cells.join(" | "))
}

/// The side-by-side table's title, legend and head.
fn side_by_side_head(vm: &ViewModel, names: &[String], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n## Side by side\n")?;
    let legend: Vec<String> = Mark::LEGEND
        .iter()
        .filter(|m| !md_markers(**m).0.is_empty())
        .map(|&m| {
            let (o, c) = md_markers(m);
            format!("{o}{}{c}", m.label())
        })
        .collect();
    writeln!(out, "Legend: {}.", legend.join(", "))?;
    let rows: Vec<String> = crate::view::RowStatus::ALL
        .iter()
        .map(|s| format!("`{}` {}", s.gutter(), s.label()))
        .collect();
    writeln!(out, "Rows: {}.\n", rows.join(", "))?;
    let heads: Vec<String> = names
        .iter()
        .zip(&vm.headers)
        .map(|(n, h)| format!("{n}: {}", plain(&h.title)))
        .collect();
    writeln!(out, "| | {} |", heads.join(" | "))?;
    writeln!(out, "|:-:|{}", "---|".repeat(names.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Markdown written from the comparison, its rows streamed a few
    /// at a time (batches of one alignment row, of two, and all at once),
    /// is that of the whole view model.
    #[test]
    fn streamed_rows_write_the_view_models_markdown() {
        let cmp = crate::Comparison::new(crate::load::samples(), &crate::Options::default());
        let full = crate::view::build(&cmp, &ViewOptions::all(&cmp));
        assert!(full.rows.len() > 3, "the samples have rows to stream");
        let mut want = Vec::new();
        write(&full, &mut want).expect("a Vec takes anything");
        for batch in [1, 2, usize::MAX] {
            let mut got = Vec::new();
            write_comparison_batched(&cmp, &mut got, batch).expect("a Vec takes anything");
            assert!(got == want, "batch {batch}");
        }
    }

    #[test]
    fn escapes_syntax() {
        assert_eq!(
            escape("a*b_c | <x> #1 [y]"),
            "a\\*b\\_c \\| \\<x\\> \\#1 \\[y\\]"
        );
    }

    #[test]
    fn changes_as_emphasis() {
        let segs = [
            Segment::new("He ", Mark::Equal, None),
            Segment::new("flatly refused ", Mark::Deleted, None),
            Segment::new("to *comment*", Mark::Inserted, None),
        ];
        assert_eq!(inline(&segs), "He ~~flatly refused~~ **to \\*comment\\***");
    }
}
