//! Column headers: which report a column shows and a one-line summary of
//! it (paragraphs, words, share of its text linked to the other reports).

use std::collections::HashSet;

use serde::Serialize;

use crate::Comparison;
use crate::model::{ArticleId, SentenceRef};

/// One column's header.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Header {
    /// The report shown in this column.
    pub article: ArticleId,
    /// Its title, or its label when it has none.
    pub title: String,
    /// Outlet or file name.
    pub label: String,
    /// Where it was loaded from.
    pub source: String,
    /// Number of paragraphs.
    pub paragraphs: usize,
    /// Number of words in compared paragraphs.
    pub words: usize,
    /// Share (0-1) of those words in sentences linked to another report.
    pub linked_share: f64,
    /// "22 paragraphs, 640 words, 18% linked".
    pub summary: String,
}

/// Header of one report's column.
pub(super) fn header(cmp: &Comparison, a: ArticleId) -> Header {
    let art = &cmp.articles[a];
    let linked: HashSet<SentenceRef> = cmp
        .alignment
        .links
        .iter()
        .flat_map(|l| [l.a, l.b])
        .filter(|s| s.article == a)
        .collect();
    let mut words = 0;
    let mut linked_words = 0;
    for (pi, p) in art.paragraphs.iter().enumerate() {
        if !p.kind.is_compared() {
            continue;
        }
        for (si, s) in p.sentence_texts().enumerate() {
            let n = crate::text::word_count(s);
            words += n;
            let r = SentenceRef {
                article: a,
                paragraph: pi,
                sentence: si,
            };
            if linked.contains(&r) {
                linked_words += n;
            }
        }
    }
    let linked_share = if words == 0 {
        0.0
    } else {
        linked_words as f64 / words as f64
    };
    let paragraphs = art.paragraphs.len();
    let label = art.label();
    Header {
        article: a,
        title: art.title().map_or_else(|| label.clone(), str::to_string),
        label,
        source: art.source.clone(),
        paragraphs,
        words,
        linked_share,
        summary: format!(
            "{paragraphs} paragraphs, {words} words, {:.0}% linked",
            linked_share * 100.0
        ),
    }
}
