//! Batch: many clusters, one a line (JSONL in, JSONL out), compared in
//! parallel.
//!
//! Each input line is an object `{"id": ..., "articles": [...]}` whose
//! articles are what the JSON loader reads ([`crate::load`]). Each output
//! line is the JSON contract of `storydiff export --format json` on one
//! line, with `"id"` first; a line that cannot be compared becomes
//! `{"id": ..., "error": "..."}` and the run goes on. Guarantees:
//!
//! - output lines come in input order, one per non-blank input line, and
//!   do not depend on the number of threads;
//! - clusters share nothing, so splitting the input anywhere and
//!   concatenating the outputs gives the output of one run (what GNU
//!   parallel and Spark's `RDD.pipe` rely on);
//! - memory stays bounded: lines are read in chunks of
//!   [`BatchOptions::chunk`], each chunk is written (and flushed) before
//!   the next is read, and one line is at most [`MAX_INPUT_BYTES`];
//! - a panic while comparing one cluster is that cluster's error, not the
//!   end of the run.
//!
//! The caller picks the number of threads (a rayon pool, else rayon's
//! global one).

use std::io::{self, BufRead, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};

use rayon::prelude::*;
use serde_json::Value;

use crate::analysis::QuoteStatus;
use crate::load::{Format, MAX_INPUT_BYTES, parse_text};
use crate::{Comparison, Options};

/// How a batch runs.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    /// Comparison settings, the same for every cluster.
    pub compare: Options,
    /// Write per-cluster counts as CSV instead of the JSON documents.
    pub summary: bool,
    /// Lines compared together before their results are written.
    pub chunk: usize,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            compare: Options::default(),
            summary: false,
            chunk: 64,
        }
    }
}

/// The counts `--summary` writes for one cluster.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Reports in the cluster.
    pub reports: usize,
    /// Sentence links.
    pub links: usize,
    /// Quotations found in two reports or more.
    pub shared_quotes: usize,
    /// Figures the reports disagree on.
    pub conflicts: usize,
    /// Sentences with facts only one report has.
    pub unique_facts: usize,
}

/// What became of one line.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Compared: the document on one line (with `id`) and its counts.
    Done {
        /// The line's `id`, as given (`null` when missing).
        id: Value,
        /// The output line, without its newline.
        json: String,
        /// Counts for `--summary`.
        counts: Counts,
    },
    /// Not compared, and why.
    Failed {
        /// The line's `id`, when it could be read.
        id: Value,
        /// One line saying what is wrong.
        error: String,
    },
}

/// What the run tells its caller as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// A line failed: its 1-based line number, id and error.
    Failed {
        /// 1-based line number in the input.
        line: usize,
        /// The line's id (`null` when unknown).
        id: &'a Value,
        /// What is wrong.
        error: &'a str,
    },
    /// Lines done so far and how many of them failed.
    Progress {
        /// Clusters written.
        done: usize,
        /// Of which failed.
        failed: usize,
    },
}

/// Totals of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchStats {
    /// Clusters read (non-blank lines).
    pub clusters: usize,
    /// Clusters that failed.
    pub failed: usize,
}

/// The CSV header `--summary` writes first.
pub const SUMMARY_HEADER: &str = "id,reports,links,shared_quotes,conflicts,unique_facts,error";

/// Reads clusters from `input`, compares each chunk in parallel (on the
/// current rayon pool) and writes one line per cluster to `out`, in input
/// order. Clusters are compared on `pool`, else on rayon's global pool.
///
/// # Errors
/// Reading the input or writing the output fails (a closed pipe included).
/// Bad clusters are not errors: they are written as such and counted.
pub fn run(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    opts: &BatchOptions,
    pool: Option<&rayon::ThreadPool>,
    report: &mut dyn FnMut(Event<'_>),
) -> io::Result<BatchStats> {
    let mut stats = BatchStats::default();
    let mut line_no = 0;
    let cap = usize::try_from(MAX_INPUT_BYTES).unwrap_or(usize::MAX);
    if opts.summary {
        writeln!(out, "{SUMMARY_HEADER}")?;
    }
    loop {
        let mut chunk: Vec<(usize, Result<Vec<u8>, String>)> = Vec::new();
        while chunk.len() < opts.chunk.max(1) {
            let mut buf = Vec::new();
            let Some(too_long) = read_line(input, &mut buf, cap)? else {
                break;
            };
            line_no += 1;
            if too_long {
                chunk.push((line_no, Err(format!("line over {MAX_INPUT_BYTES} bytes"))));
            } else if !buf.trim_ascii().is_empty() {
                chunk.push((line_no, Ok(buf)));
            }
        }
        if chunk.is_empty() {
            break;
        }
        let compute = || -> Vec<Outcome> {
            chunk
                .par_iter()
                .map(|(_, line)| match line {
                    Ok(bytes) => compare_line(bytes, &opts.compare),
                    Err(e) => Outcome::Failed {
                        id: Value::Null,
                        error: e.clone(),
                    },
                })
                .collect()
        };
        let outcomes = match pool {
            Some(p) => p.install(compute),
            None => compute(),
        };
        for ((line, _), outcome) in chunk.iter().zip(&outcomes) {
            stats.clusters += 1;
            if let Outcome::Failed { id, error } = outcome {
                stats.failed += 1;
                report(Event::Failed {
                    line: *line,
                    id,
                    error,
                });
            }
            write_outcome(out, outcome, opts.summary)?;
        }
        out.flush()?;
        report(Event::Progress {
            done: stats.clusters,
            failed: stats.failed,
        });
    }
    Ok(stats)
}

/// Compares the cluster on one input line.
#[must_use]
pub fn compare_line(line: &[u8], opts: &Options) -> Outcome {
    let fail = |id: &Value, error: String| Outcome::Failed {
        id: id.clone(),
        error,
    };
    let Ok(text) = std::str::from_utf8(line) else {
        return fail(&Value::Null, "not UTF-8 text".into());
    };
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return fail(&Value::Null, format!("not JSON: {e}")),
    };
    let Value::Object(mut obj) = v else {
        return fail(&Value::Null, "expected an object with \"articles\"".into());
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let Some(Value::Array(articles)) = obj.remove("articles") else {
        return fail(&id, "no \"articles\" array".into());
    };
    if articles.len() < 2 {
        let n = articles.len();
        return fail(&id, format!("need at least two reports, got {n}"));
    }
    if opts.align.pivot >= articles.len() {
        let (p, n) = (opts.align.pivot, articles.len());
        return fail(&id, format!("pivot {p} is out of range: {n} reports"));
    }
    let source = match &id {
        Value::String(s) => s.clone(),
        Value::Null => "cluster".to_string(),
        other => other.to_string(),
    };
    let articles = match parse_text(&source, &Value::Array(articles).to_string(), Format::Json) {
        Ok(a) => a,
        Err(e) => return fail(&id, e.to_string()),
    };
    let Ok(cmp) = catch_unwind(AssertUnwindSafe(|| Comparison::new(articles, opts))) else {
        return fail(
            &id,
            "internal error while comparing (a bug: please report it)".into(),
        );
    };
    let counts = Counts {
        reports: cmp.articles.len(),
        links: cmp.alignment.links.len(),
        shared_quotes: cmp
            .analysis
            .quotes
            .iter()
            .filter(|q| q.status != QuoteStatus::Unique)
            .count(),
        conflicts: cmp.analysis.conflicts.len(),
        unique_facts: cmp.analysis.unique_facts.len(),
    };
    let doc = crate::export::json::to_compact_string(&cmp);
    let json = format!("{{\"id\":{id},{}", doc.strip_prefix('{').unwrap_or(&doc));
    Outcome::Done { id, json, counts }
}

fn write_outcome(out: &mut dyn Write, o: &Outcome, summary: bool) -> io::Result<()> {
    match (o, summary) {
        (Outcome::Done { json, .. }, false) => writeln!(out, "{json}"),
        (Outcome::Failed { id, error }, false) => {
            writeln!(
                out,
                "{{\"id\":{id},\"error\":{}}}",
                Value::from(error.as_str())
            )
        }
        (Outcome::Done { id, counts: c, .. }, true) => writeln!(
            out,
            "{},{},{},{},{},{},",
            csv_id(id),
            c.reports,
            c.links,
            c.shared_quotes,
            c.conflicts,
            c.unique_facts
        ),
        (Outcome::Failed { id, error }, true) => {
            writeln!(out, "{},,,,,,{}", csv_id(id), csv_field(error))
        }
    }
}

fn csv_id(id: &Value) -> String {
    match id {
        Value::Null => String::new(),
        Value::String(s) => csv_field(s),
        other => csv_field(&other.to_string()),
    }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `cap`
/// bytes and skipping the rest of a longer one. `None` at the end of the
/// input, else whether the line was over `cap`.
fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<Option<bool>> {
    let mut any = false;
    let mut over = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(any.then_some(over));
        }
        any = true;
        let (piece, used, end) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], i + 1, true),
            None => (avail, avail.len(), false),
        };
        let room = cap.saturating_sub(buf.len());
        if piece.len() > room {
            over = true;
        }
        buf.extend_from_slice(&piece[..piece.len().min(room)]);
        r.consume(used);
        if end {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Some(over));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_str(input: &str, summary: bool) -> (String, BatchStats) {
        let opts = BatchOptions {
            summary,
            chunk: 2,
            ..BatchOptions::default()
        };
        let mut out = Vec::new();
        let stats = run(&mut input.as_bytes(), &mut out, &opts, None, &mut |_| {}).unwrap();
        (String::from_utf8(out).unwrap(), stats)
    }

    const GOOD: &str = r#"{"id":"c1","articles":[{"title":"Dam opens","body":"The river dam opened on Monday, officials said."},{"source":"B","body":"Officials said the river dam opened Monday."}]}"#;

    #[test]
    fn lines_in_order_with_ids_and_errors() {
        let input = format!("{GOOD}\n\n{{oops\n{{\"id\":7,\"articles\":[{{\"body\":\"x\"}}]}}\r\n");
        let (out, stats) = run_str(&input, false);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with(r#"{"id":"c1","version":1,"pivot":0,"#));
        assert!(lines[1].starts_with(r#"{"id":null,"error":"not JSON: "#));
        assert_eq!(
            lines[2],
            r#"{"id":7,"error":"need at least two reports, got 1"}"#
        );
        assert_eq!(
            stats,
            BatchStats {
                clusters: 3,
                failed: 2
            }
        );
    }

    #[test]
    fn summary_is_csv() {
        let input = format!("{GOOD}\n{{\"id\":\"a,b\"}}\n");
        let (out, _) = run_str(&input, true);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], SUMMARY_HEADER);
        assert_eq!(lines[1], "c1,2,2,0,0,0,");
        assert_eq!(lines[2], "\"a,b\",,,,,,\"no \"\"articles\"\" array\"");
    }

    #[test]
    fn an_overlong_line_is_skipped_whole() {
        let mut buf = Vec::new();
        let mut r: &[u8] = b"abcdef\nxy\n";
        assert_eq!(read_line(&mut r, &mut buf, 3).unwrap(), Some(true));
        assert_eq!(buf, b"abc");
        buf.clear();
        assert_eq!(read_line(&mut r, &mut buf, 3).unwrap(), Some(false));
        assert_eq!(buf, b"xy");
        assert_eq!(read_line(&mut r, &mut buf, 3).unwrap(), None);
    }
}
