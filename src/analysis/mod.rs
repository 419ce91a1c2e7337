//! Stage 3: what a fact-checker reads first, computed from the alignment:
//! quotations (shared, altered, unique, with speakers), facts (numbers,
//! dates, names) and which reports carry them, systematic wording
//! substitutions, and paragraphs that are no part of the story (noise).
//!
//! Everything here is plain data that the view model and the exporters read.

use serde::Serialize;

use crate::align::{Alignment, DiffRun};
use crate::model::{Article, ArticleId};

/// How a quotation appears across reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteStatus {
    /// Same words in every report that has it (typography aside).
    Verbatim,
    /// One report quotes a contiguous part of another's quotation.
    Partial,
    /// The same quotation with words changed.
    Altered,
    /// Only one report has it.
    Unique,
}

/// One place a quotation occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteOccurrence {
    /// The report.
    pub article: ArticleId,
    /// Paragraph index in the report.
    pub paragraph: usize,
    /// The quoted words as the report wrote them (without the marks).
    pub text: String,
    /// Byte range of `text` inside the paragraph's text.
    #[serde(skip)]
    pub span: std::ops::Range<usize>,
    /// Who said it, when the text says so.
    pub speaker: Option<String>,
}

/// A quotation matched across reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Verbatim, partial, altered or unique.
    pub status: QuoteStatus,
    /// Headline scare quotes ("'all-time low'") rather than a statement.
    pub scare: bool,
    /// Reports attribute it to different speakers.
    pub speaker_conflict: bool,
    /// Where it occurs, one entry per report (and place).
    pub occurrences: Vec<QuoteOccurrence>,
    /// Word diff between the first two occurrences, for altered quotes.
    pub diff: Vec<DiffRun>,
}

/// What sort of fact a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// Numbers, quantities, money, percentages, ordinals.
    Number,
    /// Dates, weekdays, times.
    Date,
    /// Named people.
    Person,
    /// Named places.
    Place,
    /// Named organisations.
    Organisation,
    /// Other named things.
    Other,
}

/// A fact-bearing span and the reports that carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// The fact as first written.
    pub text: String,
    /// What it is.
    pub kind: FactKind,
    /// Reports that carry it, ascending.
    pub articles: Vec<ArticleId>,
}

/// A sentence whose fact or claim no other report has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UniqueFact {
    /// The report.
    pub article: ArticleId,
    /// Paragraph index.
    pub paragraph: usize,
    /// Sentence index inside the paragraph.
    #[serde(skip)]
    pub sentence_index: usize,
    /// The sentence text.
    pub sentence: String,
    /// The fact spans only this report has.
    pub facts: Vec<String>,
}

/// A word or phrase replaced the same way more than once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Substitution {
    /// The wording of the first report.
    pub from: String,
    /// The wording of the second.
    pub to: String,
    /// How many linked sentence pairs show it.
    pub count: usize,
    /// The two reports, `[from's, to's]`.
    pub articles: [ArticleId; 2],
}

/// A paragraph that belongs to no report of the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OffTopic {
    /// The report.
    pub article: ArticleId,
    /// Paragraph index.
    pub paragraph: usize,
    /// Why it was flagged, in a few words.
    pub reason: String,
}

/// Everything the analysis found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// Quotations, grouped across reports.
    pub quotes: Vec<Quote>,
    /// Fact spans and who carries them.
    pub facts: Vec<Fact>,
    /// Sentences with facts only one report has.
    pub unique_facts: Vec<UniqueFact>,
    /// Systematic wording substitutions.
    pub substitutions: Vec<Substitution>,
    /// Typography-only differences in linked sentences (not wording).
    pub typography_changes: usize,
    /// Scraped noise and page furniture.
    pub offtopic: Vec<OffTopic>,
}

/// Analyses an aligned cluster.
#[must_use]
pub fn analyze(articles: &[Article], alignment: &Alignment) -> Analysis {
    let _ = (articles, alignment);
    Analysis::default()
}
