//! Facts: the spans of a report a fact-checker verifies (numbers and
//! quantities, money, percentages, dates and weekdays, named people,
//! places and organisations), keyed so that "three hours" = "3 hours" and
//! "U.S." = "United States"; which reports carry each; and the sentences
//! whose facts no other report has (unique facts).
//!
//! Reads [`super::names`] for names and the alignment's sentence links for
//! numbers written differently in two linked sentences.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::names::NameContext;
use super::quantities::numbers_and_dates;
use super::{Fact, FactKind, UniqueFact};
use crate::align::Alignment;
use crate::model::{Article, ArticleId, ParaKind, Paragraph, SentenceRef};

/// One fact-bearing span of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FactSpan {
    /// Byte range in the paragraph text.
    pub range: Range<usize>,
    /// Comparison key: `#` numbers, `@` dates, plain for names.
    pub key: String,
    /// The number's value alone (`#59`), for numbers.
    pub value: Option<String>,
    /// What it is.
    pub kind: FactKind,
}

/// All fact spans of a paragraph, in text order.
pub(crate) fn paragraph_facts(ctx: &NameContext, p: &Paragraph) -> Vec<FactSpan> {
    let mut out = numbers_and_dates(&p.text);
    for n in ctx.find(&p.text, &p.sentences) {
        if out
            .iter()
            .any(|f| f.range.start < n.range.end && n.range.start < f.range.end)
        {
            continue;
        }
        out.push(FactSpan {
            range: n.name_range,
            key: n.key,
            value: None,
            kind: n.kind,
        });
    }
    out.sort_by_key(|f| f.range.start);
    out
}

/// Finds the facts of the cluster and the unique facts of each report;
/// paragraphs in `skip` (noise) carry none.
pub(crate) fn find_facts(
    ctx: &NameContext,
    articles: &[Article],
    alignment: &Alignment,
    skip: &HashSet<(ArticleId, usize)>,
) -> (Vec<Fact>, Vec<UniqueFact>) {
    let mut facts: Vec<Fact> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut values: HashMap<String, HashSet<ArticleId>> = HashMap::new();
    let mut suffixes: HashMap<String, HashSet<ArticleId>> = HashMap::new();
    let mut per_para: Vec<(ArticleId, usize, Vec<FactSpan>)> = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        for (pi, p) in art.paragraphs.iter().enumerate() {
            if !p.kind.is_compared() || skip.contains(&(a, pi)) {
                continue;
            }
            let spans = paragraph_facts(ctx, p);
            for f in &spans {
                let idx = *by_key.entry(f.key.clone()).or_insert_with(|| {
                    facts.push(Fact {
                        text: p.text[f.range.clone()].to_string(),
                        kind: f.kind,
                        articles: Vec::new(),
                    });
                    facts.len() - 1
                });
                if !facts[idx].articles.contains(&a) {
                    facts[idx].articles.push(a);
                }
                if let Some(v) = &f.value {
                    values.entry(v.clone()).or_default().insert(a);
                }
                for suffix in name_suffixes(f) {
                    suffixes.entry(suffix).or_default().insert(a);
                }
            }
            per_para.push((a, pi, spans));
        }
    }
    for f in &mut facts {
        f.articles.sort_unstable();
    }
    let linked = link_index(alignment);
    let mut unique = Vec::new();
    for (a, pi, spans) in &per_para {
        let p = &articles[*a].paragraphs[*pi];
        if p.kind == ParaKind::Title && spans.is_empty() {
            continue;
        }
        for (si, range) in p.sentences.iter().enumerate() {
            let here = SentenceRef {
                article: *a,
                paragraph: *pi,
                sentence: si,
            };
            let others_linked: Vec<&SentenceRef> = linked
                .get(&here)
                .map(|v| v.iter().collect())
                .unwrap_or_default();
            let mut kept: Vec<&FactSpan> = Vec::new();
            for f in spans
                .iter()
                .filter(|f| range.start <= f.range.start && f.range.end <= range.end)
            {
                let carried = facts[by_key[&f.key]].articles.iter().any(|x| x != a)
                    || name_suffixes(f)
                        .any(|k| suffixes.get(&k).is_some_and(|s| s.iter().any(|x| x != a)));
                // A number another report wrote in a linked sentence with
                // another unit ("3-hour talks") is not this report's alone.
                let in_link = f.value.as_ref().is_some_and(|v| {
                    others_linked.iter().any(|o| {
                        values.get(v).is_some_and(|s| s.contains(&o.article))
                            && articles[o.article].paragraphs[o.paragraph]
                                .sentence(o.sentence)
                                .contains(v.trim_start_matches('#'))
                    })
                });
                if !carried && !in_link {
                    kept.push(f);
                }
            }
            if kept.is_empty() {
                continue;
            }
            unique.push(UniqueFact {
                article: *a,
                paragraph: *pi,
                sentence_index: si,
                sentence: p.text[range.clone()].to_string(),
                facts: kept
                    .iter()
                    .map(|f| p.text[f.range.clone()].to_string())
                    .collect(),
                spans: kept.iter().map(|f| f.range.clone()).collect(),
            });
        }
    }
    (facts, unique)
}

/// The word suffixes of a multi-word name key of two words or more
/// ("un security council" → "security council"), so that a report that
/// writes the shorter name carries the fact.
fn name_suffixes(f: &FactSpan) -> impl Iterator<Item = String> + '_ {
    let name = f.value.is_none() && !f.key.starts_with('@');
    let ws: Vec<&str> = if name {
        f.key.split(' ').collect()
    } else {
        Vec::new()
    };
    let n = ws.len();
    (0..n.saturating_sub(1)).map(move |i| ws[i..].join(" "))
}

/// Each sentence's linked sentences in other reports.
fn link_index(alignment: &Alignment) -> HashMap<SentenceRef, Vec<SentenceRef>> {
    let mut m: HashMap<SentenceRef, Vec<SentenceRef>> = HashMap::new();
    for l in &alignment.links {
        m.entry(l.a).or_default().push(l.b);
        m.entry(l.b).or_default().push(l.a);
    }
    m
}
