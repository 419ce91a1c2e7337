//! What a fact-checker reads first, arranged for display: quotations with
//! speakers and places, unique facts per report, systematic substitutions,
//! off-topic paragraphs and how much the reports overlap. Each entry knows
//! the view row it sits in, so the TUI's side panel can jump there.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::QuoteKind;
use crate::Comparison;
use crate::align::DiffRun;
use crate::analysis::QuoteStatus;
use crate::model::{ArticleId, SentenceRef};

/// Where one quotation occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotePlace {
    /// The report.
    pub article: ArticleId,
    /// Its label.
    pub label: String,
    /// Paragraph index in the report.
    pub paragraph: usize,
    /// The view row, when the report is shown.
    pub row: Option<usize>,
    /// The quoted words as this report has them.
    pub text: String,
    /// Who said it, when the text says so.
    pub speaker: Option<String>,
}

/// A quotation across the reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteEntry {
    /// Index into `comparison.analysis.quotes`.
    pub index: usize,
    /// Shared, altered or unique (the highlight).
    pub kind: QuoteKind,
    /// The analysis's finer status.
    pub status: QuoteStatus,
    /// Headline scare quotes rather than a statement.
    pub scare: bool,
    /// Reports name different speakers.
    pub speaker_conflict: bool,
    /// Every place it occurs.
    pub places: Vec<QuotePlace>,
    /// Word diff between the first two places (altered quotes).
    pub diff: Vec<DiffRun>,
}

/// A sentence with a fact no other report has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UniqueFactEntry {
    /// The sentence.
    pub sentence: SentenceRef,
    /// Its report's label.
    pub label: String,
    /// The view row.
    pub row: Option<usize>,
    /// The sentence text.
    pub text: String,
    /// The fact spans only this report has.
    pub facts: Vec<String>,
    /// How sure the analysis is that it is the report's own (`[0, 1]`).
    pub salience: f64,
}

/// A wording replaced the same way more than once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubstitutionEntry {
    /// The first report's wording.
    pub from: String,
    /// The second's.
    pub to: String,
    /// Linked sentence pairs that show it.
    pub count: usize,
    /// The two reports, `[from's, to's]`.
    pub articles: [ArticleId; 2],
    /// Their labels.
    pub labels: [String; 2],
}

/// A paragraph flagged as no part of the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OffTopicEntry {
    /// The report.
    pub article: ArticleId,
    /// Its label.
    pub label: String,
    /// Paragraph index.
    pub paragraph: usize,
    /// The view row.
    pub row: Option<usize>,
    /// The paragraph's text.
    pub text: String,
    /// Why it was flagged.
    pub reason: String,
}

/// One report's figure in a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictPlace {
    /// The report.
    pub article: ArticleId,
    /// Its label.
    pub label: String,
    /// Paragraph index.
    pub paragraph: usize,
    /// The view row, when the report is shown.
    pub row: Option<usize>,
    /// The figure as written.
    pub text: String,
    /// Its normalised value.
    pub value: String,
}

/// Figures about one thing on which shown reports disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictEntry {
    /// What the figures count or date.
    pub what: String,
    /// Every shown report's figure, in reading order.
    pub places: Vec<ConflictPlace>,
}

/// The report part of a view, over the shown reports.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Conflicting figures among shown reports (two shown reports with
    /// different values at least).
    pub conflicts: Vec<ConflictEntry>,
    /// Quotations with a place in a shown report: shared, then altered,
    /// then unique.
    pub quotes: Vec<QuoteEntry>,
    /// Unique facts of shown reports, in column then reading order.
    pub unique_facts: Vec<UniqueFactEntry>,
    /// Substitutions between shown reports.
    pub substitutions: Vec<SubstitutionEntry>,
    /// Off-topic paragraphs of shown reports.
    pub offtopic: Vec<OffTopicEntry>,
    /// Typography-only differences in linked sentences.
    pub typography_changes: usize,
    /// `similarity[i][j]`: share (0-1) of the words of shown columns `i`
    /// and `j` in sentences linked between them; 1 on the diagonal.
    pub similarity: Vec<Vec<f64>>,
}

/// Builds the report over `columns`; `row_of` maps shown paragraphs to
/// view rows.
pub(super) fn build(
    cmp: &Comparison,
    columns: &[ArticleId],
    row_of: &HashMap<(ArticleId, usize), usize>,
) -> Report {
    let shown: HashSet<ArticleId> = columns.iter().copied().collect();
    let label = |a: ArticleId| cmp.articles.get(a).map(crate::model::Article::label);
    let label = |a| label(a).unwrap_or_default();
    let a = &cmp.analysis;
    let mut quotes: Vec<QuoteEntry> = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.occurrences.iter().any(|o| shown.contains(&o.article)))
        .map(|(index, q)| QuoteEntry {
            index,
            kind: match q.status {
                QuoteStatus::Verbatim | QuoteStatus::Partial => QuoteKind::Shared,
                QuoteStatus::Altered => QuoteKind::Altered,
                QuoteStatus::Unique => QuoteKind::Unique,
            },
            status: q.status,
            scare: q.scare,
            speaker_conflict: q.speaker_conflict,
            places: q
                .occurrences
                .iter()
                .map(|o| QuotePlace {
                    article: o.article,
                    label: label(o.article),
                    paragraph: o.paragraph,
                    row: row_of.get(&(o.article, o.paragraph)).copied(),
                    text: o.text.clone(),
                    speaker: o.speaker.clone(),
                })
                .collect(),
            diff: q.diff.clone(),
        })
        .collect();
    let kind_order = |k: QuoteKind| match k {
        QuoteKind::Shared => 0,
        QuoteKind::Altered => 1,
        QuoteKind::Unique => 2,
    };
    quotes.sort_by_key(|q| (kind_order(q.kind), q.index));
    let mut unique_facts: Vec<UniqueFactEntry> = a
        .unique_facts
        .iter()
        .chain(&a.added_details)
        .filter(|u| shown.contains(&u.article))
        .map(|u| UniqueFactEntry {
            sentence: SentenceRef {
                article: u.article,
                paragraph: u.paragraph,
                sentence: u.sentence_index,
            },
            label: label(u.article),
            row: row_of.get(&(u.article, u.paragraph)).copied(),
            text: u.sentence.clone(),
            facts: u.facts.clone(),
            salience: u.salience,
        })
        .collect();
    let col = |a: ArticleId| columns.iter().position(|&c| c == a).unwrap_or(usize::MAX);
    unique_facts.sort_by_key(|u| (col(u.sentence.article), u.sentence));
    Report {
        conflicts: conflicts(cmp, &shown, row_of),
        quotes,
        unique_facts,
        substitutions: a
            .substitutions
            .iter()
            .filter(|s| s.articles.iter().all(|x| shown.contains(x)))
            .map(|s| SubstitutionEntry {
                from: s.from.clone(),
                to: s.to.clone(),
                count: s.count,
                articles: s.articles,
                labels: [label(s.articles[0]), label(s.articles[1])],
            })
            .collect(),
        offtopic: a
            .offtopic
            .iter()
            .filter(|o| shown.contains(&o.article))
            .map(|o| OffTopicEntry {
                article: o.article,
                label: label(o.article),
                paragraph: o.paragraph,
                row: row_of.get(&(o.article, o.paragraph)).copied(),
                text: cmp.articles[o.article]
                    .paragraphs
                    .get(o.paragraph)
                    .map(|p| p.text.clone())
                    .unwrap_or_default(),
                reason: o.reason.clone(),
            })
            .collect(),
        typography_changes: a.typography_changes,
        similarity: similarity(cmp, columns),
    }
}

/// The conflicts still standing among the shown reports.
fn conflicts(
    cmp: &Comparison,
    shown: &HashSet<ArticleId>,
    row_of: &HashMap<(ArticleId, usize), usize>,
) -> Vec<ConflictEntry> {
    cmp.analysis
        .conflicts
        .iter()
        .filter_map(|c| {
            let places: Vec<ConflictPlace> = c
                .values
                .iter()
                .filter(|v| shown.contains(&v.article))
                .map(|v| ConflictPlace {
                    article: v.article,
                    label: cmp.articles[v.article].label(),
                    paragraph: v.paragraph,
                    row: row_of.get(&(v.article, v.paragraph)).copied(),
                    text: v.text.clone(),
                    value: v.value.clone(),
                })
                .collect();
            let reports: HashSet<ArticleId> = places.iter().map(|p| p.article).collect();
            let values: HashSet<&str> = places.iter().map(|p| p.value.as_str()).collect();
            (reports.len() >= 2 && values.len() >= 2).then(|| ConflictEntry {
                what: c.what.clone(),
                places,
            })
        })
        .collect()
}

/// Pairwise overlap of the shown reports: the words of both in sentences
/// linked between them, over all their compared words.
fn similarity(cmp: &Comparison, columns: &[ArticleId]) -> Vec<Vec<f64>> {
    let words = |s: SentenceRef| {
        cmp.articles
            .get(s.article)
            .and_then(|a| a.paragraphs.get(s.paragraph))
            .filter(|p| s.sentence < p.sentences.len())
            .map_or(0, |p| crate::text::word_count(p.sentence(s.sentence)))
    };
    let total: Vec<usize> = columns
        .iter()
        .map(|&a| {
            cmp.articles[a]
                .paragraphs
                .iter()
                .filter(|p| p.kind.is_compared())
                .map(crate::model::Paragraph::word_count)
                .sum()
        })
        .collect();
    let mut linked: HashMap<(ArticleId, ArticleId), HashSet<SentenceRef>> = HashMap::new();
    for l in &cmp.alignment.links {
        linked
            .entry((l.a.article, l.b.article))
            .or_default()
            .insert(l.a);
        linked
            .entry((l.b.article, l.a.article))
            .or_default()
            .insert(l.b);
    }
    let covered = |i: ArticleId, j: ArticleId| -> usize {
        linked
            .get(&(i, j))
            .map_or(0, |set| set.iter().map(|&s| words(s)).sum())
    };
    columns
        .iter()
        .enumerate()
        .map(|(ci, &i)| {
            columns
                .iter()
                .enumerate()
                .map(|(cj, &j)| {
                    let all = total[ci] + total[cj];
                    if i == j {
                        1.0
                    } else if all == 0 {
                        0.0
                    } else {
                        ((covered(i, j) + covered(j, i)) as f64 / all as f64).min(1.0)
                    }
                })
                .collect()
        })
        .collect()
}
