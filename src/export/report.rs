//! The text report: what a fact-checker pastes into notes. The reports and
//! how much they overlap, conflicting figures, then shared, altered and unique quotations with
//! speakers and places, unique facts per report, systematic substitutions
//! and off-topic paragraphs. Paragraphs are numbered from 1 (¶1).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::text::{Styling, TextOptions, cell, render};
use crate::align::DiffOp;
use crate::model::ArticleId;
use crate::view::text::wrap;
use crate::view::{Mark, QuoteEntry, QuoteKind, Segment, ViewModel, report_name};

/// The short name of a report: its number, as everywhere else (the
/// label is listed once under "Reports").
pub(crate) fn short(_vm: &ViewModel, a: ArticleId, _label: &str) -> String {
    report_name(a)
}

/// A quotation place: `2 ¶3 (Tillerson)`.
pub(crate) fn place(vm: &ViewModel, p: &crate::view::QuotePlace) -> String {
    let who = p
        .speaker
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    format!(
        "{} ¶{}{who}",
        short(vm, p.article, &p.label),
        p.paragraph + 1
    )
}

/// One report's figure of a conflict: `A ¶2 “at least six civilians” (6)`.
pub(crate) fn conflict_place(vm: &ViewModel, p: &crate::view::ConflictPlace) -> String {
    format!(
        "{} ¶{} \u{201c}{}\u{201d} ({})",
        short(vm, p.article, &p.label),
        p.paragraph + 1,
        p.text,
        p.value
    )
}

/// Notes on a quotation: scare quotes, speakers that disagree.
pub(crate) fn quote_notes(q: &QuoteEntry) -> String {
    let mut notes = Vec::new();
    if q.scare {
        notes.push("scare quotes");
    }
    if q.speaker_conflict {
        notes.push("speakers differ");
    }
    if notes.is_empty() {
        String::new()
    } else {
        format!(" [{}]", notes.join(", "))
    }
}

/// The word changes of an altered quotation, wdiff style.
pub(crate) fn quote_changes(q: &QuoteEntry) -> Vec<Segment> {
    let mut segs = Vec::new();
    for r in &q.diff {
        match r.op {
            DiffOp::Equal => segs.push(Segment::new(&r.a, Mark::Plain, None)),
            DiffOp::Delete => segs.push(Segment::new(&r.a, Mark::Deleted, None)),
            DiffOp::Insert => segs.push(Segment::new(&r.b, Mark::Inserted, None)),
            DiffOp::Replace => {
                segs.push(Segment::new(&r.a, Mark::Deleted, None));
                segs.push(Segment::new(&r.b, Mark::Inserted, None));
            }
        }
    }
    segs
}

struct Writer<'o> {
    out: &'o mut dyn Write,
    opts: TextOptions,
}

impl Writer<'_> {
    /// Writes highlighted text wrapped with a hanging indent.
    fn para(&mut self, indent: usize, segs: &[Segment]) -> io::Result<()> {
        let segs = if self.opts.styling == Styling::Markers {
            crate::view::text::decorate(segs)
        } else {
            segs.to_vec()
        };
        let first = indent;
        let rest = indent + 2;
        let w = self.opts.width.saturating_sub(rest).max(10);
        for (k, l) in wrap(&segs, w).iter().enumerate() {
            let pad = if k == 0 { first } else { rest };
            let text = render(l, self.opts.styling);
            writeln!(self.out, "{}{}", " ".repeat(pad), text.trim_end())?;
        }
        Ok(())
    }

    fn line(&mut self, indent: usize, text: &str, mark: Mark) -> io::Result<()> {
        self.para(indent, &[Segment::new(text, mark, None)])
    }

    fn heading(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out)?;
        self.line(0, text, Mark::Title)
    }

    /// A heading with its entry count, and "none" when there is none.
    fn section(&mut self, title: &str, n: usize) -> io::Result<()> {
        self.heading(&format!("{title} ({n})"))?;
        if n == 0 {
            self.line(2, "none", Mark::Plain)?;
        }
        Ok(())
    }
}

/// Writes the report of `vm`.
pub(crate) fn write_text(
    vm: &ViewModel,
    opts: &TextOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = Writer { out, opts: *opts };
    overview(&mut w, vm)?;
    conflicts(&mut w, vm)?;
    quotes(&mut w, vm)?;
    facts_and_noise(&mut w, vm)
}

/// Title, the reports and their similarity.
fn overview(w: &mut Writer<'_>, vm: &ViewModel) -> io::Result<()> {
    w.line(
        0,
        &format!(
            "storydiff report: {} reports compared (paragraphs numbered from 1)",
            vm.headers.len()
        ),
        Mark::Title,
    )?;
    w.heading("Reports")?;
    for h in &vm.headers {
        w.line(
            2,
            &format!(
                "{}  {} — {} — {}",
                report_name(h.article),
                h.title,
                h.label,
                h.summary
            ),
            Mark::Plain,
        )?;
    }
    w.heading("Similarity (share of their words in linked sentences)")?;
    let names: Vec<String> = vm.headers.iter().map(|h| report_name(h.article)).collect();
    let mut head = String::from("     ");
    for n in &names {
        let _ = write!(head, "{n:>6}");
    }
    writeln!(w.out, "{head}")?;
    for (i, row) in vm.report.similarity.iter().enumerate() {
        let mut line = format!("  {} ", cell(&names[i], 2));
        for x in row {
            let _ = write!(line, "{:>5.0}%", x * 100.0);
        }
        writeln!(w.out, "{line}")?;
    }
    Ok(())
}

/// Figures the reports disagree on, one line per report's figure.
fn conflicts(w: &mut Writer<'_>, vm: &ViewModel) -> io::Result<()> {
    let r = &vm.report;
    w.section("Conflicting figures", r.conflicts.len())?;
    for c in &r.conflicts {
        w.line(2, &c.what, Mark::Conflict)?;
        for p in &c.places {
            w.line(4, &conflict_place(vm, p), Mark::Plain)?;
        }
    }
    Ok(())
}

/// Shared, altered and unique quotations.
fn quotes(w: &mut Writer<'_>, vm: &ViewModel) -> io::Result<()> {
    let r = &vm.report;
    for (kind, title) in [
        (QuoteKind::Shared, "Shared quotes"),
        (QuoteKind::Altered, "Altered quotes"),
        (QuoteKind::Unique, "Unique quotes"),
    ] {
        let qs: Vec<&QuoteEntry> = r.quotes.iter().filter(|q| q.kind == kind).collect();
        w.section(title, qs.len())?;
        for q in qs {
            let Some(first) = q.places.first() else {
                continue;
            };
            let mut quote = Segment::new(&first.text, Mark::Plain, None);
            quote.quote = Some(crate::view::QuoteRef {
                kind,
                index: q.index,
            });
            let notes = quote_notes(q);
            w.para(2, &[quote, Segment::new(notes, Mark::Plain, None)])?;
            for p in &q.places {
                let text = if kind == QuoteKind::Altered {
                    format!("{}: \"{}\"", place(vm, p), p.text)
                } else {
                    place(vm, p)
                };
                w.line(4, &text, Mark::Plain)?;
            }
            if kind == QuoteKind::Altered && !q.diff.is_empty() {
                let mut segs = vec![Segment::new("changes: ", Mark::Plain, None)];
                segs.extend(quote_changes(q));
                w.para(4, &segs)?;
            }
        }
    }
    Ok(())
}

/// Unique facts, substitutions, off-topic paragraphs.
fn facts_and_noise(w: &mut Writer<'_>, vm: &ViewModel) -> io::Result<()> {
    let r = &vm.report;
    w.section("Unique facts", r.unique_facts.len())?;
    for u in &r.unique_facts {
        let mut segs = vec![
            Segment::new(
                format!(
                    "{} ¶{}: ",
                    short(vm, u.sentence.article, &u.label),
                    u.sentence.paragraph + 1
                ),
                Mark::Plain,
                None,
            ),
            Segment::new(&u.text, Mark::UniqueFact, None),
        ];
        if !u.facts.is_empty() {
            segs.push(Segment::new(
                format!(" (only here: {})", u.facts.join("; ")),
                Mark::Plain,
                None,
            ));
        }
        w.para(2, &segs)?;
    }
    w.section("Substitutions", r.substitutions.len())?;
    for s in &r.substitutions {
        let times = if s.count == 1 {
            "once".to_string()
        } else {
            format!("{} times", s.count)
        };
        w.para(
            2,
            &[
                Segment::new(&s.from, Mark::Deleted, None),
                Segment::new(
                    format!(" ({}) → ", short(vm, s.articles[0], &s.labels[0])),
                    Mark::Plain,
                    None,
                ),
                Segment::new(&s.to, Mark::Inserted, None),
                Segment::new(
                    format!(" ({}), {times}", short(vm, s.articles[1], &s.labels[1])),
                    Mark::Plain,
                    None,
                ),
            ],
        )?;
    }
    if r.typography_changes > 0 {
        w.line(
            2,
            &format!(
                "{} typography-only differences (quotes, dashes) not counted as wording",
                r.typography_changes
            ),
            Mark::Plain,
        )?;
    }
    w.section("Off-topic paragraphs", r.offtopic.len())?;
    for o in &r.offtopic {
        let text = crate::view::text::truncate(&o.text, 120);
        w.line(
            2,
            &format!(
                "{} ¶{}: {text} — {}",
                short(vm, o.article, &o.label),
                o.paragraph + 1,
                o.reason
            ),
            Mark::OffTopic,
        )?;
    }
    Ok(())
}
