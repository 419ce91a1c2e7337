//! Noise: paragraphs that are no part of any report of the event. Two
//! kinds: page furniture that scrapers keep ("Read more", related-link
//! lists, newsletter and subscription blurbs, "Advertisement", photo
//! credits, wire copyright lines) and off-topic blocks (another story
//! pasted in) that no sentence link touches and that share little
//! vocabulary with the rest of the cluster. Background about related
//! events shares the story's names and words, so it stays.

use std::collections::{HashMap, HashSet};

use super::OffTopic;
use crate::align::Alignment;
use crate::model::{Article, ParaKind, SentenceRef};
use crate::text::words;

/// Share of a paragraph's terms found elsewhere in the cluster below which
/// an unlinked paragraph is off-topic. On the corpus clusters, pasted
/// foreign stories and promotion blurbs share 0.11–0.16, story paragraphs
/// with new names 0.20 and up.
const MIN_SHARED: f64 = 0.18;
/// Paragraphs shorter than this (in words) are too small to judge by
/// vocabulary; only furniture patterns flag them.
const MIN_WORDS_TOPIC: usize = 6;
/// Furniture is short: longer paragraphs are prose even when a pattern
/// matches.
const MAX_WORDS_FURNITURE: usize = 40;

/// Lines that are page furniture when a paragraph starts with them.
const FURNITURE_START: &[&str] = &[
    "read more",
    "read or share",
    "also read",
    "related:",
    "related coverage",
    "related articles",
    "see also",
    "more from",
    "more:",
    "click here",
    "sign up",
    "subscribe",
    "advertisement",
    "image copyright",
    "image caption",
    "photo:",
    "photo credit",
    "photograph:",
    "picture:",
    "now playing",
    "watch:",
    "listen:",
    "follow us",
    "share this",
    "slideshow",
    "getty images",
    "copyright",
    "\u{a9}",
    "for more ",
    "like ",
    "today\u{2019}s coverage",
    "today's coverage",
];

/// Phrases that make a short paragraph furniture wherever they occur.
const FURNITURE_ANY: &[&str] = &[
    "newsletter",
    "all rights reserved",
    "thanks for subscribing",
    "privacy policy",
    "continue reading the main story",
    "this material may not be published",
    "contributed to this report",
    "sign up for",
    "most read",
    "we pay for your stories",
    "email us at",
    "download the app",
];

/// Why a paragraph is furniture, if it is.
fn furniture(text: &str) -> Option<&'static str> {
    let lower = text.trim().to_lowercase();
    let n = words(text).count();
    if n > MAX_WORDS_FURNITURE {
        return None;
    }
    if lower == "photo" || lower.chars().all(|c| !c.is_alphanumeric()) {
        return Some("page furniture");
    }
    if FURNITURE_START.iter().any(|p| lower.starts_with(p))
        || FURNITURE_ANY.iter().any(|p| lower.contains(p))
    {
        return Some("page furniture");
    }
    // "[Related story title]" and "... Read more" link lines.
    if (lower.starts_with('[') && lower.ends_with(']')) || lower.ends_with("read more") {
        return Some("related link");
    }
    // Photo credits: "(Mark Schiefelbein/AP)" at the end of a caption.
    let t = text.trim_end();
    if t.ends_with(')')
        && t.rfind('(')
            .is_some_and(|i| t[i..].contains('/') && t.len() - i < 48)
    {
        return Some("photo caption");
    }
    None
}

/// Flags noise paragraphs, in reading order.
pub(crate) fn find_noise(articles: &[Article], alignment: &Alignment) -> Vec<OffTopic> {
    let linked: HashSet<(usize, usize)> = alignment
        .links
        .iter()
        .flat_map(|l| [l.a, l.b])
        .map(|s| (s.article, s.paragraph))
        .collect();
    // Where each term occurs: (article, paragraph) of up to a few places.
    let mut places: HashMap<u32, Vec<(usize, usize)>> = HashMap::new();
    for (s, v) in &alignment.sentence_vectors {
        for &(id, _) in &v.entries {
            let e = places.entry(id).or_default();
            if e.len() < 8 && !e.contains(&(s.article, s.paragraph)) {
                e.push((s.article, s.paragraph));
            }
        }
    }
    let mut out = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        let mut after_read_more = false;
        for (pi, p) in art.paragraphs.iter().enumerate() {
            if !p.kind.is_compared() || p.kind == ParaKind::Title {
                continue;
            }
            let n = words(&p.text).count();
            let reason = furniture(&p.text).or_else(|| {
                // A list of link titles follows "Read more:".
                if after_read_more
                    && n <= 25
                    && (!linked.contains(&(a, pi)) || !p.text.trim_end().ends_with('.'))
                {
                    return Some("related link");
                }
                if linked.contains(&(a, pi)) || n < MIN_WORDS_TOPIC {
                    return None;
                }
                (shared_share(alignment, &places, a, pi, p.sentences.len()) < MIN_SHARED)
                    .then_some("unrelated to the other reports")
            });
            let lower = p.text.trim().to_lowercase();
            if lower.starts_with("read more")
                || lower.starts_with("more from")
                || lower.starts_with("related")
            {
                after_read_more = lower.ends_with(':') || lower == "read more";
            } else if reason.is_none() {
                after_read_more = false;
            }
            if let Some(r) = reason {
                out.push(OffTopic {
                    article: a,
                    paragraph: pi,
                    reason: r.to_string(),
                });
            }
        }
    }
    // Blocks: an unlinked heading right before an off-topic paragraph
    // belongs to it.
    let flagged: HashSet<(usize, usize)> = out.iter().map(|o| (o.article, o.paragraph)).collect();
    for o in out.clone() {
        if o.paragraph == 0 || o.reason != "unrelated to the other reports" {
            continue;
        }
        let prev = (o.article, o.paragraph - 1);
        let p = &articles[o.article].paragraphs[prev.1];
        if p.kind == ParaKind::Headline && !linked.contains(&prev) && !flagged.contains(&prev) {
            out.push(OffTopic {
                article: o.article,
                paragraph: prev.1,
                reason: o.reason.clone(),
            });
        }
    }
    out.sort_by_key(|o| (o.article, o.paragraph));
    out
}

/// Share of a paragraph's content terms that occur in another report or
/// in a paragraph of its own report that is not its neighbour. Terms are
/// counted, not weighted by rarity: an on-topic paragraph that names a new
/// person still shares the story's ordinary words.
fn shared_share(
    alignment: &Alignment,
    places: &HashMap<u32, Vec<(usize, usize)>>,
    a: usize,
    pi: usize,
    sentences: usize,
) -> f64 {
    let (mut total, mut shared) = (0.0, 0.0);
    for s in 0..sentences {
        let r = SentenceRef {
            article: a,
            paragraph: pi,
            sentence: s,
        };
        let Some(v) = alignment.sentence_vectors.get(&r) else {
            continue;
        };
        for &(id, _) in &v.entries {
            total += 1.0;
            let elsewhere = places
                .get(&id)
                .is_some_and(|ps| ps.iter().any(|&(b, q)| b != a || q.abs_diff(pi) > 1));
            if elsewhere {
                shared += 1.0;
            }
        }
    }
    if total <= 0.0 { 1.0 } else { shared / total }
}
