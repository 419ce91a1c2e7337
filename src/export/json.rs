//! The JSON document: a contract other tools read. Field names are fixed by
//! the project's issues; add fields, never rename them.

use std::io::Write;

use serde::Serialize;

use crate::Comparison;
use crate::align::DiffRun;

/// Version of the document's shape.
pub const VERSION: u32 = 1;

/// The document. The long sequences (`A`rticles, `R`ows, sentence
/// `L`inks and `G`roups) are [`Streamed`]: written from the comparison as
/// the serializer reaches them, never collected.
#[derive(Serialize)]
struct Document<'a, A, R, L, G> {
    version: u32,
    pivot: usize,
    articles: A,
    rows: R,
    sentence_links: L,
    /// Sentences saying the same thing, each a list of `[report,
    /// paragraph, sentence]`, the pivot's (or the anchor's) first.
    sentence_groups: G,
    quotes: Vec<QuoteOut<'a>>,
    facts: &'a [crate::analysis::Fact],
    unique_facts: &'a [crate::analysis::UniqueFact],
    added_details: &'a [crate::analysis::UniqueFact],
    substitutions: &'a [crate::analysis::Substitution],
    offtopic: &'a [crate::analysis::OffTopic],
    conflicts: &'a [crate::analysis::Conflict],
}

/// A sequence serialised straight from the iterator its closure makes:
/// the articles, rows and links collected as vectors of borrowed fields
/// before writing were 11 MiB for two 5 MB reports.
struct Streamed<F>(F);

impl<F, I> Serialize for Streamed<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct ArticleOut<'a, P> {
    /// The report's number everywhere (TUI, exports): 1 to N.
    number: usize,
    /// Outlet or file name, as headers show it.
    label: String,
    source: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<&'a str>,
    paragraphs: P,
}

#[derive(Serialize)]
struct ParagraphOut<'a, S> {
    kind: &'static str,
    text: &'a str,
    sentences: S,
}

#[derive(Serialize)]
struct RowOut<'a> {
    cells: &'a [Vec<usize>],
    similarity: f64,
}

#[derive(Serialize)]
struct LinkOut<'a> {
    a: [usize; 3],
    b: [usize; 3],
    similarity: f64,
    /// `same` or `related` (see [`crate::align::LinkGrade`]).
    grade: &'static str,
    diff: LinkDiffOut<'a>,
}

/// A link's word diff as exported: its runs' words read from the two
/// sentences while written (the link keeps byte ranges only).
struct LinkDiffOut<'a> {
    link: &'a crate::align::SentenceLink,
    articles: &'a [crate::model::Article],
}

impl Serialize for LinkDiffOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.link.runs(self.articles))
    }
}

/// A quotation group as exported: the analysis' fields, with each
/// occurrence cut into its pieces.
#[derive(Serialize)]
struct QuoteOut<'a> {
    status: crate::analysis::QuoteStatus,
    scare: bool,
    speaker_conflict: bool,
    occurrences: Vec<OccurrenceOut<'a>>,
    diff: &'a [DiffRun],
}

/// One piece of a quotation as the report wrote it. A quotation split by
/// its attribution ("We tried," she said, "and failed") or run over
/// several paragraphs has one entry a piece, each with its own paragraph,
/// so that `paragraph` and `text` always point at words of the report;
/// `piece` is `[k, n]`: the k-th (from 0) of the quotation's n pieces.
#[derive(Serialize)]
struct OccurrenceOut<'a> {
    article: usize,
    paragraph: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    piece: [usize; 2],
}

/// The quotations with their occurrences cut into pieces.
fn quotes_out(c: &Comparison) -> Vec<QuoteOut<'_>> {
    c.analysis
        .quotes
        .iter()
        .map(|q| QuoteOut {
            status: q.status,
            scare: q.scare,
            speaker_conflict: q.speaker_conflict,
            diff: &q.diff,
            occurrences: q
                .occurrences
                .iter()
                .flat_map(|o| {
                    let texts: Option<Vec<(usize, &str)>> = o
                        .parts
                        .iter()
                        .map(|(p, r)| {
                            let para = c.articles.get(o.article)?.paragraphs.get(*p)?;
                            Some((*p, para.text.get(r.clone())?))
                        })
                        .collect();
                    let pieces = match texts {
                        Some(t) if t.len() > 1 => t,
                        _ => vec![(o.paragraph, o.text.as_str())],
                    };
                    let n = pieces.len();
                    pieces
                        .into_iter()
                        .enumerate()
                        .map(move |(k, (paragraph, text))| OccurrenceOut {
                            article: o.article,
                            paragraph,
                            text,
                            speaker: o.speaker.as_deref(),
                            piece: [k, n],
                        })
                })
                .collect(),
        })
        .collect()
}

/// Rounds a score for output: three decimals are plenty and keep the
/// document stable across platforms.
fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Builds the JSON value of a comparison.
///
/// # Panics
/// Never: every field serialises.
#[must_use]
pub fn to_value(c: &Comparison) -> serde_json::Value {
    serde_json::to_value(document(c)).expect("plain data serialises")
}

fn document(
    c: &Comparison,
) -> Document<'_, impl Serialize, impl Serialize, impl Serialize, impl Serialize> {
    Document {
        version: VERSION,
        pivot: c.alignment.pivot,
        articles: Streamed(|| {
            c.articles.iter().enumerate().map(|(i, a)| ArticleOut {
                number: i + 1,
                label: a.label(),
                source: &a.source,
                title: a.title(),
                outlet: a.outlet.as_deref(),
                url: a.url.as_deref(),
                published: a.published.as_deref(),
                paragraphs: Streamed(|| {
                    a.paragraphs.iter().map(|p| ParagraphOut {
                        kind: p.kind.as_str(),
                        text: &p.text,
                        sentences: Streamed(|| p.sentence_texts()),
                    })
                }),
            })
        }),
        rows: Streamed(|| {
            c.alignment.rows.iter().map(|r| RowOut {
                cells: &r.cells,
                similarity: round(r.similarity),
            })
        }),
        sentence_links: Streamed(|| {
            c.alignment.links.iter().map(|l| LinkOut {
                a: l.a.triple(),
                b: l.b.triple(),
                similarity: round(l.similarity),
                grade: l.grade.as_str(),
                diff: LinkDiffOut {
                    link: l,
                    articles: &c.articles,
                },
            })
        }),
        sentence_groups: Streamed(|| {
            c.alignment
                .sentence_groups
                .iter()
                .map(|g| Streamed(|| g.iter().map(|s| s.triple())))
        }),
        quotes: quotes_out(c),
        facts: &c.analysis.facts,
        unique_facts: &c.analysis.unique_facts,
        added_details: &c.analysis.added_details,
        substitutions: &c.analysis.substitutions,
        offtopic: &c.analysis.offtopic,
        conflicts: &c.analysis.conflicts,
    }
}

/// The comparison as one line of compact JSON (no newline), fields in the
/// same order as [`write()`]'s: the shape `storydiff batch` writes a line of.
///
/// # Panics
/// Never: every field serialises.
#[must_use]
pub fn to_compact_string(c: &Comparison) -> String {
    serde_json::to_string(&document(c)).expect("plain data serialises")
}

/// Writes the comparison as pretty-printed JSON followed by a newline.
///
/// # Errors
/// Any write error (a closed pipe included).
pub fn write(c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
    // The serializer writes piece by piece (a quote, a key, an indent):
    // into a buffer of known type each piece is a copy, not a call through
    // `dyn Write` (a third of the export's instructions went to those).
    let mut buf = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buf, &document(c))?;
    buf.write_all(b"\n")?;
    buf.flush()
}
