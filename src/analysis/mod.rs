//! Stage 3: what a fact-checker reads first, computed from the alignment:
//! quotations (shared, altered, unique, with speakers), facts (numbers,
//! dates, names) and which reports carry them, systematic wording
//! substitutions, and paragraphs that are no part of the story (noise).
//!
//! Everything here is plain data that the view model and the exporters read.
//! Byte spans (`span`, `parts`, `spans`) point into a paragraph's display
//! text so that the view can highlight the words; they are not exported.
//!
//! Modules: `quotes` finds quote marks, `attribution` speakers, `collect`
//! walks a report, `quote_match` groups quotes across reports; `names`
//! (with `bodies`, the cues that a name is a company's),
//! `quantities` and `facts` find fact-bearing spans and unique facts
//! (`uniqueness` scores each sentence with the model of `unique_weights`);
//! `figures`, `person_figures` and `conflicts` find conflicting figures;
//! `wording` finds systematic substitutions; `noise` flags off-topic
//! paragraphs and page furniture; `lexicon` holds the word lists.

mod attribution;
mod bodies;
mod collect;
mod conflicts;
mod credits;
mod facts;
mod figures;
mod lexicon;
mod names;
mod noise;
mod person_figures;
mod quantities;
mod quote_match;
mod quote_units;
mod quotes;
pub mod unique_weights;
pub mod uniqueness;
mod wording;

use std::ops::Range;

use rayon::prelude::*;
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
    /// Byte range of `text` inside the paragraph's text (the first part,
    /// for quotes split by their attribution or run over paragraphs).
    #[serde(skip)]
    pub span: Range<usize>,
    /// Every piece of the quotation as `(paragraph, byte range)`: one for
    /// a plain quote, two for "We responded," he said, "in a way", one a
    /// paragraph for a quote that runs over several paragraphs. The first
    /// is `(paragraph, span)`.
    #[serde(skip)]
    pub parts: Vec<(usize, Range<usize>)>,
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
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// The fact spans only this report has, most salient first (numbers
    /// and dates, then the longest names).
    pub facts: Vec<String>,
    /// Byte ranges of those fact spans in the paragraph's text, in the
    /// order of `facts`.
    #[serde(skip)]
    pub spans: Vec<Range<usize>>,
    /// How sure the analysis is that the sentence is a report's own, in
    /// `[0, 1]` (the fitted model's probability): listings rank by it.
    pub salience: f64,
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

/// One report's figure in a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictValue {
    /// The report.
    pub article: ArticleId,
    /// Paragraph index.
    pub paragraph: usize,
    /// The figure as written ("at least six civilians").
    pub text: String,
    /// Its normalised value ("6", "last week").
    pub value: String,
    /// Byte range of `text` in the paragraph's text.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// A quantity about the same thing on which reports disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// What the figures count or date ("people killed").
    pub what: String,
    /// Every report's figure for it, agreeing ones included, in reading
    /// order (at least two reports, at least two different values).
    pub values: Vec<ConflictValue>,
}

/// Everything the analysis found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// Quotations, grouped across reports.
    pub quotes: Vec<Quote>,
    /// Fact spans and who carries them.
    pub facts: Vec<Fact>,
    /// Sentences with facts only one report has: unlinked sentences with
    /// a concrete fact, or with a claim whose words no other report uses.
    pub unique_facts: Vec<UniqueFact>,
    /// Linked sentences in which one report adds a concrete fact (a
    /// number, a dated day, a full name) the others lack. A figure the
    /// reports give differently is a conflict (`conflicts`), never a detail
    /// or a unique fact.
    pub added_details: Vec<UniqueFact>,
    /// Systematic wording substitutions.
    pub substitutions: Vec<Substitution>,
    /// Typography-only differences in linked sentences (not wording).
    pub typography_changes: usize,
    /// Scraped noise and page furniture.
    pub offtopic: Vec<OffTopic>,
    /// Figures on which reports disagree.
    pub conflicts: Vec<Conflict>,
}

/// What the analysis learns from the reports alone, before any alignment
/// (the names and people of the cluster, the page-furniture cues of its
/// paragraphs): [`prepare`] it beside the alignment, then
/// [`analyze_prepared`].
pub struct Prepared {
    ctx: names::NameContext,
    cues: Vec<Vec<Option<crate::text::furniture::cues::Cues>>>,
}

/// Learns what the analysis needs of the reports alone ([`Prepared`]).
#[must_use]
pub fn prepare(articles: &[Article]) -> Prepared {
    let (ctx, cues) = rayon::join(
        || names::NameContext::learn(articles),
        || crate::text::furniture::cues::cluster_cues(articles),
    );
    Prepared { ctx, cues }
}

/// Analyses an aligned cluster.
#[must_use]
pub fn analyze(articles: &[Article], alignment: &Alignment) -> Analysis {
    analyze_prepared(articles, alignment, None)
}

/// [`analyze`], with what [`prepare`] learnt from the same `articles` when
/// given (else learnt here).
#[must_use]
pub fn analyze_prepared(
    articles: &[Article],
    alignment: &Alignment,
    prepared: Option<Prepared>,
) -> Analysis {
    // Independent passes run side by side; every result keeps input order.
    // Finding noise costs about as much as learning names, collecting the
    // quotations and finding wording changes together, none of which needs
    // the noise: they run on one side, noise on the other.
    let (ctx, cues) = prepared.map_or((None, None), |p| (Some(p.ctx), Some(p.cues)));
    let ((ctx, mut found, (substitutions, typography_changes)), offtopic) = rayon::join(
        || {
            let ctx = ctx.unwrap_or_else(|| names::NameContext::learn(articles));
            let found: Vec<collect::FoundQuote> = articles
                .par_iter()
                .enumerate()
                .flat_map_iter(|(id, art)| collect::collect_quotes(&ctx, id, art))
                .collect();
            let wording = wording::find_substitutions(&ctx, articles, alignment);
            (ctx, found, wording)
        },
        || noise::find_noise_with(articles, alignment, cues),
    );
    let skip: std::collections::HashSet<(ArticleId, usize)> =
        offtopic.iter().map(|o| (o.article, o.paragraph)).collect();
    // Quotations of off-topic paragraphs are no findings.
    found.retain(|q| !skip.contains(&(q.occurrence.article, q.occurrence.paragraph)));
    // Terms in marks count only where another report quotes their words.
    let found = collect::keep_quoted_terms(found);
    // Conflicts need neither names nor quotes: they run beside the rest
    // rather than after it.
    let ((quotes, conflicts), found_facts) = rayon::join(
        || {
            rayon::join(
                || quote_match::match_quotes(&found, articles, alignment),
                || conflicts::find_conflicts(articles, alignment, &skip),
            )
        },
        || facts::find_facts(ctx, articles, alignment, &skip, false),
    );
    let mut unique_facts = found_facts.unique;
    let mut added_details = found_facts.details;
    without_conflicting_figures(&mut unique_facts, &conflicts);
    without_conflicting_figures(&mut added_details, &conflicts);
    Analysis {
        quotes,
        facts: found_facts.facts,
        unique_facts,
        added_details,
        substitutions,
        typography_changes,
        offtopic,
        conflicts,
    }
}

/// Drops from `facts` the spans that are a figure of a conflict (the
/// reports give it differently: it is a changed figure, listed under
/// `conflicts`, not a detail one report adds), and the sentences left
/// with no span.
fn without_conflicting_figures(facts: &mut Vec<UniqueFact>, conflicts: &[Conflict]) {
    let mut figures: std::collections::HashMap<(ArticleId, usize), Vec<Range<usize>>> =
        std::collections::HashMap::new();
    for v in conflicts.iter().flat_map(|c| &c.values) {
        figures
            .entry((v.article, v.paragraph))
            .or_default()
            .push(v.span.clone());
    }
    if figures.is_empty() {
        return;
    }
    facts.retain_mut(|u| {
        let Some(here) = figures.get(&(u.article, u.paragraph)) else {
            return true;
        };
        if u.spans.len() != u.facts.len() {
            return true;
        }
        let keep: Vec<bool> = u
            .spans
            .iter()
            .map(|r| !here.iter().any(|v| v.start < r.end && r.start < v.end))
            .collect();
        if keep.iter().all(|k| *k) {
            return true;
        }
        let mut kept = keep.iter();
        u.facts.retain(|_| *kept.next().unwrap_or(&true));
        let mut kept = keep.iter();
        u.spans.retain(|_| *kept.next().unwrap_or(&true));
        !u.facts.is_empty()
    });
}
