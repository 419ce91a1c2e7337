//! What a paragraph looks like as numbers, for the page-furniture and
//! off-topic model: layout cues (length, closing punctuation, title case,
//! capitals, a leading label, addresses), position on the page, a weak
//! cue of generic web vocabulary, repetition across reports, how far its
//! vocabulary lies from the other reports (word vectors and shared
//! terms), and the same cues of its neighbours (galleries and related-link
//! lists come in runs).
//!
//! Guarantees:
//! - Computed from the reports alone (no alignment), so the same numbers
//!   are available before alignment ([`super::mark_furniture`]) and after
//!   it (the analysis' noise pass).
//! - Every cue is finite; the title gets none.
//! - The vocabulary cues are 0 (no evidence) for a paragraph whose words
//!   the vectors cannot judge as they judge the rest of the cluster (another
//!   script or language than the other reports): a Japanese or German lead
//!   of the same story is never "far from the topic".

use std::borrow::Cow;
use std::collections::HashSet;

use rayon::prelude::*;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{Article, ParaKind};
use crate::text::embed::{Bag, vectors};
use crate::text::{lower_is_in, lowercase, word_count_upto, words};

/// Number of cues.
pub const CUE_COUNT: usize = 17;

/// One paragraph's cues, in the order of [`CUE_NAMES`].
pub type Cues = [f64; CUE_COUNT];

/// Names of the cues (for the weights table and the fitting report).
pub const CUE_NAMES: [&str; CUE_COUNT] = [
    "log_words",
    "no_end_punct",
    "title_case",
    "all_caps",
    "label",
    "address",
    "web_words",
    "no_verb",
    "near_bottom",
    "near_top",
    "meta_line",
    "repeated_line",
    "foreign_words",
    "vector_gap",
    "nb_link_lines",
    "nb_foreign_words",
    "under_label",
];

/// Generic words of web pages around a story (subscription boxes, share
/// buttons, link lists, advertising). One weak cue among many: a story
/// paragraph may use them, and the model weighs them with the rest.
const WEB_WORDS: &[&str] = &[
    "advertisement",
    "sponsored",
    "subscribe",
    "subscribing",
    "subscription",
    "newsletter",
    "newsletters",
    "sign",
    "login",
    "share",
    "follow",
    "facebook",
    "twitter",
    "instagram",
    "whatsapp",
    "email",
    "emails",
    "copyright",
    "rights",
    "reserved",
    "click",
    "download",
    "app",
    "cookies",
    "privacy",
    "gallery",
    "photos",
    "video",
    "watch",
    "podcast",
    "trending",
    "read",
    "related",
    "more",
];

/// Words that make an English-like clause finite (auxiliaries and the
/// reporting verbs); with `-ed` forms they tell a sentence from a label.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "did", "does", "do", "said", "says", "told", "say",
];

/// Paragraph distance within which neighbours count.
const NEIGHBOURS: usize = 2;
/// Largest gap between a paragraph's share of vector-known words and the
/// other reports' for its vocabulary to be judged against them.
const SAME_LANGUAGE: f64 = 0.3;

/// Most paragraphs of other reports a paragraph is compared with.
const MAX_OTHERS: usize = 400;

/// Per-paragraph facts the cues are computed from.
struct Para {
    words: usize,
    /// Short, with no closing punctuation (a link or a heading).
    link_line: bool,
    /// Short and ending with a colon ("Read more:").
    label: bool,
    /// Share of its weighted vocabulary no other report uses (then: how
    /// much more than the cluster's median paragraph); `None` when it
    /// cannot be judged.
    foreign: Option<f64>,
    /// How much its mean word vector resembles the other reports' closest
    /// paragraph (then: how much less than the cluster's median paragraph).
    vector_gap: Option<f64>,
    /// [`layout_cues`] (zeros for a title, which gets no cues).
    layout: [f64; 8],
}

/// What the cues need of a paragraph that some report compares itself
/// with: its word-vector bag and its terms ([`bag_and_terms`]) as
/// cluster-wide numbers with their weights, in the terms' order.
struct Sampled<'a> {
    bag: Bag<'a>,
    terms: Vec<(u32, f64)>,
}

/// Cues of every paragraph of every report (`None` for titles).
///
/// Memory: only the paragraphs some report compares itself with (at most
/// `MAX_OTHERS` per report) keep their bag and terms; every other
/// paragraph's are computed, used and dropped one at a time, so two 5 MB
/// reports hold a few hundred bags, not one per paragraph.
#[must_use]
pub fn cluster_cues(articles: &[Article]) -> Vec<Vec<Option<Cues>>> {
    let compared: Vec<Vec<(usize, usize)>> = (0..articles.len())
        .map(|a| sample_others(articles, a))
        .collect();
    // `slot[b][j]`: where paragraph `j` of report `b` sits in `sampled`.
    let mut slot: Vec<Vec<u32>> = articles
        .iter()
        .map(|a| vec![u32::MAX; a.paragraphs.len()])
        .collect();
    let mut order: Vec<(usize, usize)> = Vec::new();
    for &(b, j) in compared.iter().flatten() {
        if slot[b][j] == u32::MAX {
            slot[b][j] = u32::try_from(order.len()).unwrap_or(u32::MAX);
            order.push((b, j));
        }
    }
    // Reports are independent until the medians: one task each.
    let described: Vec<(Bag, Terms)> = order
        .par_iter()
        .map(|&(b, j)| bag_and_terms(&articles[b].paragraphs[j].text))
        .collect();
    let mut number: FxHashMap<Cow<'static, str>, u32> = FxHashMap::default();
    let sampled: Vec<Sampled> = described
        .into_iter()
        .map(|(bag, terms)| {
            let terms = terms
                .into_iter()
                .map(|(t, w)| {
                    let next = u32::try_from(number.len()).unwrap_or(u32::MAX);
                    (*number.entry(t).or_insert(next), w)
                })
                .collect();
            Sampled { bag, terms }
        })
        .collect();
    let repeats = repeated_lines(articles);
    let mut all: Vec<Vec<Para>> = (0..articles.len())
        .into_par_iter()
        .map(|a| {
            let others = Others {
                sample: &compared[a],
                slot: &slot,
                sampled: &sampled,
                number: &number,
            };
            facts_of(articles, &others, a)
        })
        .collect();
    drop(sampled);
    // Distances are relative to the cluster's median paragraph: a long
    // pasted block moves one report's median, not the cluster's.
    let foreign_median = median(all.iter().flatten().map(|p| p.foreign));
    let sim_median = median(all.iter().flatten().map(|p| p.vector_gap));
    for p in all.iter_mut().flatten() {
        p.foreign = p.foreign.map(|f| f - foreign_median);
        p.vector_gap = p.vector_gap.map(|s| sim_median - s);
    }
    let cues_of = |(a, art): (usize, &Article)| {
        let paras = &all[a];
        let n = art.paragraphs.len();
        let mut cues = Vec::with_capacity(n);
        for (i, p) in art.paragraphs.iter().enumerate() {
            if p.kind == ParaKind::Title {
                cues.push(None);
                continue;
            }
            let f = &paras[i];
            let lo = i.saturating_sub(NEIGHBOURS);
            let hi = (i + NEIGHBOURS).min(n - 1);
            let nbs: Vec<&Para> = (lo..=hi)
                .filter(|&j| j != i && art.paragraphs[j].kind != ParaKind::Title)
                .map(|j| &paras[j])
                .collect();
            let count = nbs.len().max(1) as f64;
            let nb_links = nbs.iter().filter(|q| q.link_line).count() as f64 / count;
            let nb_foreign = nbs.iter().filter_map(|q| q.foreign).sum::<f64>() / count;
            // A list under a label: link lines back to a "Read more:" line.
            let under_label = (0..i)
                .rev()
                .take_while(|&j| art.paragraphs[j].kind != ParaKind::Title)
                .find(|&j| !paras[j].link_line || paras[j].label)
                .is_some_and(|j| paras[j].label && i - j <= 8);
            let mut c = [0.0; CUE_COUNT];
            c[..8].copy_from_slice(&f.layout);
            c[8] = (-((n - 1 - i) as f64) / 3.0).exp();
            c[9] = (-(i as f64) / 2.0).exp();
            c[10] = f64::from(u8::from(p.kind == ParaKind::Meta));
            c[11] = f64::from(u8::from(repeats.contains(&(a, i)) && f.words <= 20));
            c[12] = f.foreign.unwrap_or(0.0);
            c[13] = f.vector_gap.unwrap_or(0.0);
            c[14] = nb_links;
            c[15] = nb_foreign;
            c[16] = f64::from(u8::from(under_label));
            cues.push(Some(c));
        }
        cues
    };
    articles.par_iter().enumerate().map(cues_of).collect()
}

/// The eight layout cues of one paragraph text, and its number of words.
fn layout_cues(text: &str, bag: &Bag) -> ([f64; 8], usize) {
    let ws: Vec<&str> = words(text).map(|(_, w)| w).collect();
    let n = ws.len();
    let cased: Vec<&&str> = ws
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_lowercase())
        })
        .collect();
    let title = if cased.is_empty() {
        0.0
    } else {
        cased
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count() as f64
            / cased.len() as f64
    };
    let caps = if cased.is_empty() {
        0.0
    } else {
        cased
            .iter()
            .filter(|w| w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase()))
            .count() as f64
            / cased.len() as f64
    };
    let t = text.trim();
    let end = t.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '\u{bb}']);
    let unpunct = !end.ends_with([
        '.', '!', '?', '\u{3002}', '\u{ff01}', '\u{ff1f}', '\u{2026}',
    ]);
    // "Related: ...", "Information from: ...", a bracketed link line.
    let label = (t.ends_with(':') && n <= 8)
        || (t.starts_with('[') && t.ends_with(']'))
        || t.find(':').is_some_and(|k| {
            let after = t[k + 1..].trim_start();
            k < 30
                && word_count_upto(&t[..k], 3) <= 3
                && !after.starts_with(['"', '\'', '\u{201c}', '\u{2018}'])
        });
    let lower = t.to_lowercase();
    #[allow(
        clippy::case_sensitive_file_extension_comparisons,
        reason = "a web address, not a file name; the weights were fitted on this test"
    )]
    let address = lower.contains("http")
        || lower.contains("www.")
        || ws.iter().any(|w| w.contains('@') || w.ends_with(".com"))
        || t.contains('\u{a9}');
    let web = ws
        .iter()
        .filter(|w| lower_is_in(w, WEB_WORDS))
        .map(|w| w.to_lowercase())
        .collect::<HashSet<_>>()
        .len();
    let english = bag.len() >= 3 && bag.known() as f64 >= 0.6 * bag.len() as f64;
    let finite = ws.iter().skip(1).any(|w| {
        w.chars().next().is_some_and(char::is_lowercase) && {
            let l = w.to_lowercase();
            FINITE.contains(&l.as_str()) || (l.len() > 4 && l.ends_with("ed"))
        }
    });
    let cues = [
        (1.0 + n as f64).ln(),
        f64::from(u8::from(unpunct)),
        title,
        caps,
        f64::from(u8::from(label)),
        f64::from(u8::from(address)),
        (web as f64).min(3.0) / 3.0,
        f64::from(u8::from(english && !finite)),
    ];
    (cues, n)
}

/// A paragraph's terms with their weights ([`bag_and_terms`]).
type Terms = Vec<(Cow<'static, str>, f64)>;

/// The terms of [`bag_and_terms`] looked up on their own (what it must
/// give).
#[cfg(test)]
fn content_terms(text: &str) -> Terms {
    let wv = vectors();
    let terms: Vec<(Cow<'static, str>, f64)> = words(text)
        .filter(|(_, w)| w.chars().any(char::is_alphabetic))
        .map(|(_, w)| term_of_lookup(w, wv.canonical_and_weight(w)))
        .collect();
    sorted_terms(terms)
}

/// A paragraph's word-vector bag and its terms, one segmentation and one
/// vocabulary lookup a word serving both. The terms: lower-cased words
/// with a letter, in their canonical form (ordered, so that sums over them
/// are reproducible to the last bit), each with how much it says
/// ([`crate::text::embed::WordVectors::weight`]: function words near 0,
/// rare words and names 1). A term written twice keeps its last weight, as
/// the map these were collected into before did; vocabulary terms are
/// borrowed from the table, not copied.
fn bag_and_terms(text: &str) -> (Bag<'static>, Terms) {
    let mut words = Vec::new();
    let bag = vectors().bag_of_text_with(text, |w, cw| {
        if w.chars().any(char::is_alphabetic) {
            words.push(term_of_lookup(w, cw));
        }
    });
    (bag, sorted_terms(words))
}

/// A word's term and weight from its
/// [`crate::text::embed::WordVectors::canonical_and_weight`].
fn term_of_lookup(
    w: &str,
    (canonical, weight): (Option<&'static str>, f32),
) -> (Cow<'static, str>, f64) {
    let key = canonical.map_or_else(|| Cow::Owned(w.to_lowercase()), Cow::Borrowed);
    (key, f64::from(weight))
}

/// The terms of [`bag_and_terms`] from the words' terms in text order.
fn sorted_terms(mut terms: Vec<(Cow<'static, str>, f64)>) -> Terms {
    // Stable: a repeated term's weights stay in the words' order.
    terms.sort_by(|x, y| x.0.cmp(&y.0));
    let mut out: Terms = Vec::with_capacity(terms.len());
    for t in terms {
        match out.last_mut() {
            Some(last) if last.0 == t.0 => *last = t,
            _ => out.push(t),
        }
    }
    out
}

/// `(article, paragraph)` of lines of three words or more that another
/// report carries word for word.
fn repeated_lines(articles: &[Article]) -> FxHashSet<(usize, usize)> {
    // The words lower-cased, joined by single spaces (into one string,
    // no string per word).
    let key = |t: &str| -> String {
        let mut k = String::with_capacity(t.len());
        for (n, (_, w)) in words(t).enumerate() {
            if n > 0 {
                k.push(' ');
            }
            k.push_str(&lowercase(w));
        }
        k
    };
    // Each paragraph's key is made once: the lines of three words or more
    // number theirs (with the reports that carry them), the others look
    // theirs up.
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut carriers: Vec<FxHashSet<usize>> = Vec::new();
    let mut id_of: Vec<Vec<Option<u32>>> = Vec::with_capacity(articles.len());
    for (a, art) in articles.iter().enumerate() {
        let mut row = Vec::with_capacity(art.paragraphs.len());
        for p in &art.paragraphs {
            if word_count_upto(&p.text, 3) >= 3 {
                let next = u32::try_from(carriers.len()).unwrap_or(u32::MAX);
                let id = *ids.entry(key(&p.text)).or_insert(next);
                if id == next {
                    carriers.push(FxHashSet::default());
                }
                carriers[id as usize].insert(a);
                row.push(Some(id));
            } else {
                row.push(None);
            }
        }
        id_of.push(row);
    }
    for (art, row) in articles.iter().zip(&mut id_of) {
        for (p, id) in art.paragraphs.iter().zip(row.iter_mut()) {
            if id.is_none() {
                *id = ids.get(&key(&p.text)).copied();
            }
        }
    }
    let mut out = FxHashSet::default();
    for (a, row) in id_of.iter().enumerate() {
        for (i, id) in row.iter().enumerate() {
            if id.is_some_and(|id| carriers[id as usize].len() > 1) {
                out.insert((a, i));
            }
        }
    }
    out
}

/// Whether a paragraph's words count as the report's text (furniture
/// included, so that marking furniture does not change the cues).
fn is_text(kind: ParaKind) -> bool {
    kind != ParaKind::Meta
}

/// The other reports' paragraphs report `a` is compared with (all
/// reports' when there is only one), as `(report, paragraph)`: an even
/// sample of at most about [`MAX_OTHERS`], which bounds the work on long
/// inputs.
fn sample_others(articles: &[Article], a: usize) -> Vec<(usize, usize)> {
    let others: Vec<(usize, usize)> = articles
        .iter()
        .enumerate()
        .filter(|(b, _)| *b != a || articles.len() == 1)
        .flat_map(|(b, o)| {
            o.paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| is_text(p.kind))
                .map(move |(j, _)| (b, j))
        })
        .collect();
    let step = others.len().div_ceil(MAX_OTHERS).max(1);
    others.into_iter().step_by(step).collect()
}

/// One report's view of the paragraphs it is compared with.
struct Others<'s, 'a> {
    /// [`sample_others`] of the report.
    sample: &'s [(usize, usize)],
    /// Where each paragraph of the cluster sits in `sampled`
    /// (`u32::MAX`: nowhere).
    slot: &'s [Vec<u32>],
    /// The bags and terms of every report's sample.
    sampled: &'s [Sampled<'a>],
    /// The numbers of the sampled paragraphs' terms.
    number: &'s FxHashMap<Cow<'static, str>, u32>,
}

impl<'a> Others<'_, 'a> {
    fn get(&self, b: usize, j: usize) -> Option<&Sampled<'a>> {
        self.sampled.get(self.slot[b][j] as usize)
    }
}

/// The per-paragraph facts of report `a`, each paragraph's bag and terms
/// made and dropped in turn.
fn facts_of(articles: &[Article], others: &Others<'_, '_>, a: usize) -> Vec<Para> {
    let art = &articles[a];
    let other_bags: Vec<(usize, usize, &Bag)> = others
        .sample
        .iter()
        .map(|&(b, j)| (b, j, &others.get(b, j).expect("sampled").bag))
        .collect();
    let known_share = |bag: &Bag| bag.known() as f64 / bag.len().max(1) as f64;
    let mut ref_shares: Vec<f64> = other_bags
        .iter()
        .map(|&(_, _, bag)| bag)
        .filter(|bag| bag.len() >= 5)
        .map(known_share)
        .collect();
    ref_shares.sort_by(f64::total_cmp);
    let reference = ref_shares.get(ref_shares.len() / 2).copied();
    // A flag per sampled term: with many reports this set is built once
    // per report from hundreds of paragraphs, and hashing the terms
    // dominated the whole run.
    let mut other_terms = vec![false; others.number.len()];
    for &(b, j) in others.sample {
        for &(id, _) in &others.get(b, j).expect("sampled").terms {
            other_terms[id as usize] = true;
        }
    }
    let shared = |id: u32| other_terms[id as usize];
    art.paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let kept = others.get(a, i);
            // A paragraph no report samples gets its bag and terms from
            // one segmentation and one vocabulary lookup a word.
            let made;
            let (bag, terms) = if let Some(s) = kept {
                (&s.bag, None)
            } else {
                made = bag_and_terms(&p.text);
                (&made.0, Some(&made.1))
            };
            let judged = p.kind != ParaKind::Title
                && bag.known() >= 3
                && reference.is_some_and(|r| (known_share(bag) - r).abs() <= SAME_LANGUAGE);
            let vector_gap = judged.then(|| {
                other_bags
                    .iter()
                    .filter(|&&(b, j, _)| b != a || j.abs_diff(i) > NEIGHBOURS)
                    .map(|&(_, _, o)| f64::from(bag.mean_cosine(o)))
                    .fold(0.0, f64::max)
            });
            let foreign = judged.then(|| {
                let (total, unshared) =
                    match (kept, terms) {
                        (Some(s), _) => weigh_terms(s.terms.iter().map(|&(id, w)| (shared(id), w))),
                        (None, terms) => weigh_terms(terms.into_iter().flatten().map(|(t, w)| {
                            (others.number.get(t).is_some_and(|&id| shared(id)), *w)
                        })),
                    };
                if total > 0.0 { unshared / total } else { 0.0 }
            });
            let (layout, n) = if p.kind == ParaKind::Title {
                ([0.0; 8], words(&p.text).count())
            } else {
                layout_cues(&p.text, bag)
            };
            let t = p.text.trim_end();
            let link_line = n <= 20
                && !t
                    .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
                    .ends_with(['.', '!', '?']);
            Para {
                words: n,
                link_line,
                label: n <= 8 && t.ends_with(':'),
                foreign,
                vector_gap,
                layout,
            }
        })
        .collect()
}

/// The total weight of a paragraph's terms and the weight of those no
/// other report uses, each summed in the terms' order.
fn weigh_terms(terms: impl Iterator<Item = (bool, f64)>) -> (f64, f64) {
    let terms: Vec<(bool, f64)> = terms.collect();
    let total = terms.iter().map(|&(_, w)| w).sum();
    let unshared = terms.iter().filter(|&&(s, _)| !s).map(|&(_, w)| w).sum();
    (total, unshared)
}

/// Median of the known values (0 when none is known).
fn median(values: impl Iterator<Item = Option<f64>>) -> f64 {
    let mut v: Vec<f64> = values.flatten().collect();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One segmentation serves a paragraph's bag and terms: the terms are
    /// those looked up on their own, each once and in order, and the bag
    /// is the text's.
    #[test]
    fn bag_and_terms_are_the_bag_and_the_terms_alone() {
        for t in [
            "The harbour board met on Tuesday; the harbour stays shut.",
            "Zorvath and Qelmira signed the accord in Brekkstad, 3 km away.",
            "",
        ] {
            let (bag, terms) = bag_and_terms(t);
            assert_eq!(terms, content_terms(t), "{t}");
            assert!(terms.windows(2).all(|w| w[0].0 < w[1].0), "{t}");
            let alone = vectors().bag_of_text(t);
            assert_eq!(
                (bag.len(), bag.known()),
                (alone.len(), alone.known()),
                "{t}"
            );
        }
    }
}
