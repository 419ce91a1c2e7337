//! The side panel's list, read once from the analysis: quotations with
//! speakers and where they are, unique facts per report, substitutions and
//! off-topic paragraphs, each pointing at the sentence it jumps to.

use crate::Comparison;
use crate::analysis::{Quote, QuoteStatus};
use crate::model::{Article, SentenceRef};

use super::nav::{EntryKind, Section, SideEntry};

/// Builds the side panel's entries, in section order.
pub fn entries(cmp: &Comparison) -> Vec<SideEntry> {
    let a = &cmp.analysis;
    let mut out = Vec::new();
    let mut quotes: Vec<&Quote> = a.quotes.iter().collect();
    // Altered first (what a fact-checker wants), then unique, then shared.
    quotes.sort_by_key(|q| match q.status {
        QuoteStatus::Altered => 0,
        QuoteStatus::Unique => 1,
        QuoteStatus::Partial | QuoteStatus::Verbatim => 2,
    });
    for q in quotes {
        let Some(first) = q.occurrences.first() else {
            continue;
        };
        let kind = match q.status {
            QuoteStatus::Altered => EntryKind::AlteredQuote,
            QuoteStatus::Unique => EntryKind::UniqueQuote,
            QuoteStatus::Partial | QuoteStatus::Verbatim => EntryKind::SharedQuote,
        };
        let mut reports: Vec<usize> = q.occurrences.iter().map(|o| o.article + 1).collect();
        reports.dedup();
        let speaker = q
            .occurrences
            .iter()
            .find_map(|o| o.speaker.as_deref())
            .map_or(String::new(), |s| format!(" — {s}"));
        let conflict = if q.speaker_conflict {
            " (speakers differ)"
        } else {
            ""
        };
        out.push(SideEntry {
            section: Section::Quotes,
            kind,
            text: format!(
                "{} “{}”{speaker}{conflict} {}",
                marker(kind),
                first.text,
                report_list(&reports)
            ),
            target: sentence_at(
                &cmp.articles,
                first.article,
                first.paragraph,
                first.span.start,
            ),
        });
    }
    for f in &a.unique_facts {
        out.push(SideEntry {
            section: Section::UniqueFacts,
            kind: EntryKind::UniqueFact,
            text: format!(
                "{} [{}] {}",
                marker(EntryKind::UniqueFact),
                f.article + 1,
                f.facts.join(", ")
            ),
            target: Some(SentenceRef {
                article: f.article,
                paragraph: f.paragraph,
                sentence: f.sentence_index,
            }),
        });
    }
    for s in &a.substitutions {
        out.push(SideEntry {
            section: Section::Substitutions,
            kind: EntryKind::Substitution,
            text: format!(
                "{} {} → {} ×{} [{}→{}]",
                marker(EntryKind::Substitution),
                s.from,
                s.to,
                s.count,
                s.articles[0] + 1,
                s.articles[1] + 1
            ),
            target: None,
        });
    }
    for o in &a.offtopic {
        out.push(SideEntry {
            section: Section::OffTopic,
            kind: EntryKind::OffTopic,
            text: format!(
                "{} [{}] ¶{}: {}",
                marker(EntryKind::OffTopic),
                o.article + 1,
                o.paragraph + 1,
                o.reason
            ),
            target: sentence_at(&cmp.articles, o.article, o.paragraph, 0),
        });
    }
    out
}

/// The text marker of an entry kind, so the list reads without colour.
pub fn marker(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::SharedQuote => "=",
        EntryKind::AlteredQuote => "≠",
        EntryKind::UniqueQuote => "1",
        EntryKind::UniqueFact => "★",
        EntryKind::Substitution => "⇄",
        EntryKind::OffTopic => "~",
    }
}

/// The heading of a section.
pub fn heading(section: Section) -> &'static str {
    match section {
        Section::Quotes => "Quotes",
        Section::UniqueFacts => "Unique facts",
        Section::Substitutions => "Substitutions",
        Section::OffTopic => "Off-topic",
    }
}

fn report_list(reports: &[usize]) -> String {
    let parts: Vec<String> = reports.iter().map(ToString::to_string).collect();
    format!("[{}]", parts.join(","))
}

/// The sentence of a paragraph that holds byte `at` (the last one when
/// `at` is past the end); `None` when the paragraph does not exist.
fn sentence_at(
    articles: &[Article],
    article: usize,
    paragraph: usize,
    at: usize,
) -> Option<SentenceRef> {
    let p = articles.get(article)?.paragraphs.get(paragraph)?;
    let sentence = p
        .sentences
        .iter()
        .position(|r| r.end > at)
        .unwrap_or(p.sentences.len().saturating_sub(1));
    Some(SentenceRef {
        article,
        paragraph,
        sentence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{QuoteOccurrence, Substitution, UniqueFact};
    use crate::model::{ParaKind, Paragraph};

    fn article(text: &str) -> Article {
        Article {
            source: "a.txt".into(),
            paragraphs: vec![
                Paragraph::new(ParaKind::Title, "Title".into()),
                Paragraph::new(ParaKind::Body, text.into()),
            ],
            ..Article::default()
        }
    }

    #[test]
    fn entries_point_at_the_sentence_holding_the_quote() {
        let text = "Rain fell. \"We are ready,\" the mayor said.";
        let articles = vec![article(text), article("Rain fell.")];
        let mut cmp = Comparison::new(articles, &crate::Options::default());
        let start = text.find("We").unwrap_or(0);
        cmp.analysis.quotes.push(Quote {
            status: QuoteStatus::Unique,
            scare: false,
            speaker_conflict: false,
            occurrences: vec![QuoteOccurrence {
                article: 0,
                paragraph: 1,
                text: "We are ready,".into(),
                span: start..start + 13,
                speaker: Some("the mayor".into()),
            }],
            diff: Vec::new(),
        });
        cmp.analysis.unique_facts.push(UniqueFact {
            article: 1,
            paragraph: 1,
            sentence_index: 0,
            sentence: "Rain fell.".into(),
            facts: vec!["Rain".into()],
        });
        cmp.analysis.substitutions.push(Substitution {
            from: "said".into(),
            to: "stated".into(),
            count: 2,
            articles: [0, 1],
        });
        let e = entries(&cmp);
        let texts: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1 “We are ready,” — the mayor [1]",
                "★ [2] Rain",
                "⇄ said → stated ×2 [1→2]"
            ]
        );
        let s = SentenceRef {
            article: 0,
            paragraph: 1,
            sentence: 1,
        };
        assert_eq!(e[0].target, Some(s));
        assert_eq!(e[2].target, None);
    }
}
