//! The side panel's list, read from the view model's report: conflicting
//! figures, quotations
//! with speakers and where they are, unique facts per report,
//! substitutions and off-topic paragraphs, each pointing at the sentence
//! it jumps to.

use crate::model::{Article, SentenceRef};
use crate::view::{QuoteKind, Report, UniqueFactEntry};

use super::nav::{EntryKind, Section, SideEntry};

/// Builds the side panel's entries from the report, in section order:
/// altered quotes first (what a fact-checker wants), then unique, then
/// shared.
pub fn entries(report: &Report, articles: &[Article]) -> Vec<SideEntry> {
    let mut out = Vec::new();
    conflicts(report, articles, &mut out);
    let order = |k: QuoteKind| match k {
        QuoteKind::Altered => 0,
        QuoteKind::Unique => 1,
        QuoteKind::Shared => 2,
    };
    let mut quotes: Vec<_> = report.quotes.iter().collect();
    quotes.sort_by_key(|q| (order(q.kind), q.index));
    for q in quotes {
        let Some(first) = q.places.first() else {
            continue;
        };
        let kind = match q.kind {
            QuoteKind::Altered => EntryKind::AlteredQuote,
            QuoteKind::Unique => EntryKind::UniqueQuote,
            QuoteKind::Shared => EntryKind::SharedQuote,
        };
        let mut reports: Vec<usize> = q.places.iter().map(|p| p.article + 1).collect();
        reports.dedup();
        let speaker = q
            .places
            .iter()
            .find_map(|p| p.speaker.as_deref())
            .map_or(String::new(), |s| format!(" — {s}"));
        let conflict = if q.speaker_conflict {
            " (speakers differ)"
        } else {
            ""
        };
        // Jump to the first place in a shown report.
        let target = q
            .places
            .iter()
            .find(|p| p.row.is_some())
            .and_then(|p| sentence_of(articles, p.article, p.paragraph, &p.text));
        out.push(SideEntry {
            section: Section::Quotes,
            kind,
            text: format!(
                "{} “{}”{speaker}{conflict} {}",
                marker(kind),
                first.text,
                report_list(&reports)
            ),
            target,
        });
    }
    // Concrete facts (numbers, dates, names) first, then claims of one
    // report, shown by their opening words; each by salience.
    let mut facts: Vec<_> = report.unique_facts.iter().collect();
    facts.sort_by(|x, y| by_salience(x, y));
    for f in facts {
        let what = if f.facts.is_empty() {
            crate::view::text::truncate(&f.text, 60)
        } else {
            f.facts.join(", ")
        };
        out.push(SideEntry {
            section: Section::UniqueFacts,
            kind: EntryKind::UniqueFact,
            text: format!(
                "{} [{}] {what}",
                marker(EntryKind::UniqueFact),
                f.sentence.article + 1,
            ),
            target: Some(f.sentence),
        });
    }
    for s in &report.substitutions {
        out.push(SideEntry {
            section: Section::Substitutions,
            kind: EntryKind::Substitution,
            text: format!(
                "{} {} → {} ×{} ({} → {})",
                marker(EntryKind::Substitution),
                s.from,
                s.to,
                s.count,
                s.labels[0],
                s.labels[1]
            ),
            target: None,
        });
    }
    for o in &report.offtopic {
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
            target: sentence_of(articles, o.article, o.paragraph, ""),
        });
    }
    out
}

/// Sentences with concrete facts first, then the more salient.
fn by_salience(x: &UniqueFactEntry, y: &UniqueFactEntry) -> std::cmp::Ordering {
    x.facts
        .is_empty()
        .cmp(&y.facts.is_empty())
        .then(y.salience.total_cmp(&x.salience))
}

/// One entry per conflicting figure: what, and each report's value.
fn conflicts(report: &Report, articles: &[Article], out: &mut Vec<SideEntry>) {
    for c in &report.conflicts {
        let values: Vec<String> = c
            .places
            .iter()
            .map(|p| format!("{} [{}]", p.value, p.article + 1))
            .collect();
        let target = c
            .places
            .iter()
            .find(|p| p.row.is_some())
            .and_then(|p| sentence_of(articles, p.article, p.paragraph, &p.text));
        out.push(SideEntry {
            section: Section::Conflicts,
            kind: EntryKind::Conflict,
            text: format!(
                "{} {}: {}",
                marker(EntryKind::Conflict),
                c.what,
                values.join(" / ")
            ),
            target,
        });
    }
}

/// The text marker of an entry kind, so the list reads without colour.
pub fn marker(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Conflict => "#",
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
        Section::Conflicts => "Conflicting figures",
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

/// The sentence of a paragraph holding `quoted` (its first sentence when
/// the text is not found); `None` when the paragraph does not exist.
fn sentence_of(
    articles: &[Article],
    article: usize,
    paragraph: usize,
    quoted: &str,
) -> Option<SentenceRef> {
    let p = articles.get(article)?.paragraphs.get(paragraph)?;
    let at = if quoted.is_empty() {
        0
    } else {
        p.text.find(quoted).unwrap_or(0)
    };
    let sentence = p.sentences.iter().position(|r| r.end > at).unwrap_or(0);
    Some(SentenceRef {
        article,
        paragraph,
        sentence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Comparison;
    use crate::analysis::{Quote, QuoteOccurrence, QuoteStatus, Substitution, UniqueFact};
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
        // Hand-set findings, so the test is about the panel, not the
        // analysis.
        cmp.analysis = crate::analysis::Analysis::default();
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
                parts: vec![(1, start..start + 13)],
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
            spans: std::iter::once(0..4).collect(),
            salience: 1.0,
        });
        cmp.analysis.substitutions.push(Substitution {
            from: "said".into(),
            to: "stated".into(),
            count: 2,
            articles: [0, 1],
        });
        let view = crate::view::build(&cmp, &crate::view::ViewOptions::pair(0, 1));
        let e = entries(&view.report, &cmp.articles);
        let texts: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1 “We are ready,” — the mayor [1]",
                "★ [2] Rain",
                "⇄ said → stated ×2 (a.txt → a.txt)"
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
