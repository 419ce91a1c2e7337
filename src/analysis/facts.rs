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

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::credits::Credits;
use super::figures::Amount;
use super::names::{NameContext, NameSpan};
use super::quantities::numbers_and_dates;
use super::uniqueness::{self, Cover, SpanCounts, UniqueFeatures};
use super::{Fact, FactKind, UniqueFact};
use crate::align::Alignment;
use crate::model::{Article, ArticleId, Paragraph, SentenceRef};
use crate::text::dateline::dateline_len;
use crate::text::furniture::lang;

/// One fact-bearing span of a paragraph.
///
/// Every compared paragraph's spans are held while the sentences are
/// judged (240,000 of them for two 5 MB reports, beside the conflicts'
/// figures at the analysis' peak), so the key and the value share one
/// boxed string: 40 bytes a span and one allocation, where a `Box<str>`
/// each took 56 bytes and two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FactSpan {
    /// Byte range in the paragraph text.
    pub range: Range<usize>,
    /// The key, then the value when there is one.
    key_value: Box<str>,
    /// Where the value starts in `key_value`; `u32::MAX` for none.
    value_at: u32,
    /// What it is.
    pub kind: FactKind,
}

/// No value in [`FactSpan::key_value`].
const NO_VALUE: u32 = u32::MAX;

impl FactSpan {
    /// A span of `range` with comparison `key` (`#` numbers, `@` dates,
    /// plain for names) and, for numbers and dated days, its `value`
    /// alone (`#59`, `@december 29`).
    pub(crate) fn new(range: Range<usize>, key: &str, value: Option<&str>, kind: FactKind) -> Self {
        let mut key_value = String::with_capacity(key.len() + value.map_or(0, str::len));
        key_value.push_str(key);
        let value_at = match value {
            Some(v) => {
                key_value.push_str(v);
                u32::try_from(key.len()).expect("a key shorter than 4 GiB")
            }
            None => NO_VALUE,
        };
        FactSpan {
            range,
            key_value: key_value.into_boxed_str(),
            value_at,
            kind,
        }
    }

    /// The comparison key.
    pub(crate) fn key(&self) -> &str {
        if self.value_at == NO_VALUE {
            &self.key_value
        } else {
            &self.key_value[..self.value_at as usize]
        }
    }

    /// The value alone, for numbers and dated days.
    pub(crate) fn value(&self) -> Option<&str> {
        (self.value_at != NO_VALUE).then(|| &self.key_value[self.value_at as usize..])
    }

    /// The same span with `value` as its value.
    pub(crate) fn with_value(self, value: &str) -> Self {
        FactSpan::new(self.range.clone(), self.key(), Some(value), self.kind)
    }
}

/// How many compared paragraphs open a report: a dateline is looked for
/// only in them (a photo caption or a standfirst may precede the lead).
const LEAD_PARAGRAPHS: usize = 3;

/// All fact spans of a paragraph, in text order; names that only credit
/// a source (`credits`: "told Reuters") are none. `lead`: one of the
/// report's first [`LEAD_PARAGRAPHS`] compared paragraphs, the only ones
/// a dateline opens.
pub(crate) fn paragraph_facts(
    names: &[NameSpan],
    credits: &Credits,
    p: &Paragraph,
    lead: bool,
) -> Vec<FactSpan> {
    // An opening dateline ("SAN MATEO, Calif. (Wire) —") says where the
    // report was filed, not what happened: none of its spans is a fact.
    // Only the lead has one ("Jim Jordan (R-Ohio) — who ..." further
    // down is a subject).
    let skip = if lead { dateline_len(&p.text) } else { 0 };
    let mut out = numbers_and_dates(&p.text);
    out.retain(|f| f.range.start >= skip);
    // Overlap tests by binary search, not a scan of `out` per name (which
    // was quadratic in a long paragraph). Numbers come sorted by start:
    // with the running maximum of their ends, the last one starting before
    // a name's end tells. Names taken are disjoint, so ordered by start
    // their ends rise too: the last one starting before tells.
    let max_end: Vec<usize> = out
        .iter()
        .scan(0, |m, f| {
            *m = f.range.end.max(*m);
            Some(*m)
        })
        .collect();
    let numbers = out.len();
    let mut taken = std::collections::BTreeSet::new();
    for n in names
        .iter()
        .filter(|n| n.range().start >= skip && !credits.is_credit(&p.text, &n.name_range()))
    {
        let (range, name_range) = (n.range(), n.name_range());
        let k = out[..numbers].partition_point(|f| f.range.start < range.end);
        let on_number = k > 0 && max_end[k - 1] > range.start;
        let on_name = taken
            .range(..(range.end, 0))
            .next_back()
            .is_some_and(|&(_, end)| end > range.start);
        if on_number || on_name {
            continue;
        }
        taken.insert((name_range.start, name_range.end));
        out.push(FactSpan::new(name_range, &n.key, None, n.kind));
    }
    out.sort_by_key(|f| f.range.start);
    out
}

/// Every fact span of the cluster, and which reports carry what.
#[derive(Default)]
struct Carriers {
    /// The facts list, in order of first appearance.
    facts: Vec<Fact>,
    /// Fact key → index in `facts`.
    by_key: HashMap<String, usize>,
    /// Number value → reports.
    values: HashMap<String, HashSet<ArticleId>>,
    /// Number value written without a counted noun → reports.
    bare_values: HashMap<String, HashSet<ArticleId>>,
    /// Name suffixes and initials → reports.
    names: HashMap<String, HashSet<ArticleId>>,
    /// The month alone and the year alone of every dated day (`@december`,
    /// `@2017` for "December 29, 2017") → reports.
    coarse_dates: HashMap<String, HashSet<ArticleId>>,
    /// Each compared paragraph's spans.
    spans: HashMap<(ArticleId, usize), Vec<FactSpan>>,
    /// Amounts by what they measure ([`amount_kind`]): precise ones as
    /// `(value, report)`, sorted by value once every report is read, and
    /// hedged round ones ("more than $2 million") as `(low, high,
    /// report)`, so that "$2.4 million" and "more than $2 million" carry
    /// each other.
    exact: HashMap<String, Vec<(f64, ArticleId)>>,
    bounds: HashMap<String, Vec<(f64, f64, ArticleId)>>,
}

/// What an amount measures, for comparing a hedged figure with precise
/// ones: its unit marker ("$", "%", "") and counted noun ("$|", "|fan").
/// `None` for a duration (keyed in hours or months, not by its value).
fn amount_kind(f: &FactSpan, unit: &str) -> Option<String> {
    let value = f.value()?;
    let noun = f.key().strip_prefix(value)?.trim_start();
    Some(format!("{unit}|{noun}"))
}

impl Carriers {
    fn add(&mut self, a: ArticleId, pi: usize, p: &Paragraph, spans: Vec<FactSpan>) {
        for f in &spans {
            let idx = *self.by_key.entry(f.key().to_string()).or_insert_with(|| {
                self.facts.push(Fact {
                    text: p.text[f.range.clone()].to_string(),
                    kind: f.kind,
                    articles: Vec::new(),
                });
                self.facts.len() - 1
            });
            if !self.facts[idx].articles.contains(&a) {
                self.facts[idx].articles.push(a);
            }
            if let Some(v) = &f.value() {
                match super::figures::fact_amount(&p.text[f.range.clone()], v) {
                    Some(Amount::Exact(n, unit)) => {
                        if let Some(k) = amount_kind(f, &unit) {
                            self.exact.entry(k).or_default().push((n, a));
                        }
                    }
                    Some(Amount::Bound { lo, hi, unit, .. }) => {
                        if let Some(k) = amount_kind(f, &unit) {
                            self.bounds.entry(k).or_default().push((lo, hi, a));
                        }
                    }
                    _ => {}
                }
                self.values.entry(v.to_string()).or_default().insert(a);
                if f.key() == *v {
                    self.bare_values.entry(v.to_string()).or_default().insert(a);
                }
            }
            for k in name_suffixes(f).chain(initials(f)) {
                self.names.entry(k).or_default().insert(a);
            }
            for k in coarse_dates(f) {
                self.coarse_dates.entry(k).or_default().insert(a);
            }
        }
        // Held while every sentence is judged: no spare capacity.
        let spans = crate::memory::exact(spans);
        self.spans.insert((a, pi), spans);
    }

    /// Whether a report other than `a` carries fact `f`, anywhere or (for
    /// numbers) in one of the `linked` sentences.
    fn carried(&self, articles: &[Article], f: &FactSpan, a: ArticleId, linked: &[Packed]) -> bool {
        let others =
            |set: Option<&HashSet<ArticleId>>| set.is_some_and(|s| s.iter().any(|x| *x != a));
        if self.facts[self.by_key[f.key()]]
            .articles
            .iter()
            .any(|x| *x != a)
            || others(self.names.get(f.key()))
            || name_suffixes(f).any(|k| others(self.names.get(&k)))
            || (f.kind == FactKind::Date && others(self.coarse_dates.get(f.key())))
        {
            return true;
        }
        let Some(v) = &f.value() else { return false };
        // Big or bare numbers meet by value ("2,000 residents" = "2,000
        // people"); small counted ones need their unit ("two helicopters").
        if ((big_value(v) || f.key() == *v) && others(self.values.get(&**v)))
            || others(self.bare_values.get(&**v))
        {
            return true;
        }
        // A linked sentence of another report with the number, whatever
        // its unit ("3-hour talks").
        linked.iter().map(|&o| unpack(o)).any(|o| {
            self.spans
                .get(&(o.article, o.paragraph))
                .is_some_and(|spans| {
                    let r = &articles[o.article].paragraphs[o.paragraph].sentences[o.sentence];
                    spans.iter().any(|g| {
                        g.value().as_ref() == Some(v)
                            && r.start <= g.range.start
                            && g.range.end <= r.end
                    })
                })
        })
    }
}

/// What the reports write, for judging whether a span is a fact to list.
struct Wording {
    /// Every word written in lower case somewhere.
    common: FxHashSet<String>,
    /// Every report's word sequences.
    written: Written,
}

impl Carriers {
    /// The concrete fact spans of sentence `s` (byte `range`) that no
    /// other report carries, most salient first (numbers and dates, then
    /// names of more words), and how many of its spans another report
    /// carries. `comparable`: the sentence's language is another
    /// report's too.
    fn own_spans(
        &self,
        articles: &[Article],
        s: SentenceRef,
        range: &Range<usize>,
        links: &[Packed],
        wording: &Wording,
        comparable: bool,
    ) -> (Vec<&FactSpan>, usize) {
        let p = &articles[s.article].paragraphs[s.paragraph];
        let spans = &self.spans[&(s.article, s.paragraph)];
        // Spans are sorted: this sentence's start where the last ended.
        let from = spans.partition_point(|f| f.range.start < range.start);
        let inside: Vec<&FactSpan> = spans[from..]
            .iter()
            .take_while(|f| f.range.start < range.end)
            .filter(|f| f.range.end <= range.end)
            .collect();
        let own: Vec<&FactSpan> = inside
            .iter()
            .copied()
            .filter(|f| {
                !self.carried(articles, f, s.article, links)
                    && (comparable
                        || !self.hyphen_part_carried(f, &p.text[f.range.clone()], s.article))
                    && !self.amount_carried(f, &p.text[f.range.clone()], s.article)
            })
            .collect();
        let shared = inside.len() - own.len();
        // Only concrete facts are listed: a lone capitalised word (a
        // demonym, a cut name) is no fact to check.
        let mut kept: Vec<&FactSpan> = own
            .into_iter()
            .filter(|f| {
                is_strong(f, &p.text[f.range.clone()], &wording.common)
                    && !back_reference(f, &articles[s.article].paragraphs[..s.paragraph], &p.text)
            })
            .filter(|f| {
                !wording
                    .written
                    .elsewhere(s.article, &p.text[f.range.clone()])
            })
            .collect();
        kept.sort_by_key(|f| salience_rank(f));
        (kept, shared)
    }
}

/// Rank of a fact span in a listing: numbers, then dates, then names of
/// three words or more, two words, one word (a stable sort keeps the
/// text order within a rank).
fn salience_rank(f: &FactSpan) -> usize {
    match f.kind {
        FactKind::Number => 0,
        FactKind::Date => 1,
        _ => 5 - f.key().split(' ').count().min(3),
    }
}

/// A sentence whose unique-fact verdict waits for its soft overlap.
struct Pending {
    here: SentenceRef,
    range: Range<usize>,
    /// Byte ranges of its kept fact spans (the spans themselves are freed
    /// before the verdicts).
    kept: Vec<Range<usize>>,
    wordy: bool,
    detail: bool,
    /// Its features, `best_soft` not yet filled in.
    x: UniqueFeatures,
}

/// The highest probability the model can give features `x` over every
/// value of `best_soft` from `least` to 1: the probability is monotonic
/// in each feature, so one of the two ends is the highest.
///
/// The bound holds only while no other feature reads `best_soft` values
/// (its own or other sentences', e.g. a cluster-wide mean of them): those
/// are partial or 0 before [`Cover::soften`], and a feature built on them
/// would have to soften every sentence first (the test
/// `settling_soft_overlaps_early_changes_no_finding` catches a change).
fn highest_over_soft(model: &uniqueness::UniqueModel, mut x: UniqueFeatures, least: f64) -> f64 {
    x[uniqueness::BEST_SOFT] = least;
    let low_end = model.probability(&x);
    x[uniqueness::BEST_SOFT] = 1.0;
    low_end.max(model.probability(&x))
}

/// Below this a sentence's highest possible probability cannot reach the
/// threshold (a margin far above rounding, so the bound never misjudges).
const SURELY_BELOW: f64 = super::unique_weights::UNIQUE_THRESHOLD - 1e-9;

/// What fact finding returns.
pub(crate) struct Found {
    /// Every fact span's key and carriers.
    pub facts: Vec<Fact>,
    /// Unlinked sentences with a concrete fact or a claim of their own.
    pub unique: Vec<UniqueFact>,
    /// Linked sentences with a concrete fact the linked report lacks.
    pub details: Vec<UniqueFact>,
    /// Every compared sentence's uniqueness features, in reading order.
    pub features: Vec<(SentenceRef, UniqueFeatures)>,
}

/// Every compared paragraph's fact spans (paragraphs in `skip` carry
/// none), and those paragraphs in reading order. The names only serve to
/// find the spans: paragraphs are read in chunks, each chunk's spans found
/// side by side and its names freed once they are (names and spans at once
/// were an analysis peak, 15 + 19 MiB for two 5 MB reports), the rest when
/// the context is dropped here.
fn carriers(
    mut ctx: NameContext,
    articles: &[Article],
    skip: &HashSet<(ArticleId, usize)>,
) -> (Carriers, Vec<(ArticleId, usize)>) {
    /// Paragraphs whose spans are found side by side at once: enough to
    /// keep both cores busy, few enough that their names and spans are a
    /// small part of the peak.
    const CHUNK: usize = 512;
    let mut c = Carriers::default();
    let credits = Credits::learn(articles);
    let mut order: Vec<(ArticleId, usize)> = Vec::new();
    // Whether each paragraph of `order` opens its report (a dateline is
    // read there only; a caption or a standfirst may come before the lead).
    let mut lead: Vec<bool> = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        let mut seen = 0;
        for (pi, p) in art.paragraphs.iter().enumerate() {
            if p.kind.is_compared() && !skip.contains(&(a, pi)) {
                order.push((a, pi));
                lead.push(seen < LEAD_PARAGRAPHS);
                seen += 1;
            }
        }
    }
    for (chunk, leads) in order.chunks(CHUNK).zip(lead.chunks(CHUNK)) {
        let names: Vec<Vec<NameSpan>> =
            chunk.iter().map(|&(a, pi)| ctx.take_names(a, pi)).collect();
        let spans: Vec<Vec<FactSpan>> = chunk
            .par_iter()
            .zip(names.par_iter())
            .zip(leads.par_iter())
            .map(|((&(a, pi), names), &lead)| {
                paragraph_facts(names, &credits, &articles[a].paragraphs[pi], lead)
            })
            .collect();
        drop(names);
        for (&(a, pi), spans) in chunk.iter().zip(spans) {
            c.add(a, pi, &articles[a].paragraphs[pi], spans);
        }
    }
    c.finish();
    (c, order)
}

/// Finds the facts of the cluster, the unique facts of each report and
/// the details one report adds to a linked sentence; paragraphs in `skip`
/// (noise) carry none; the name context is consumed. Every sentence's
/// features are kept only when `keep_features` asks for them (the fitting
/// program): the pipeline has no use for them, and they were 13 MiB for
/// two 5 MB reports.
pub(crate) fn find_facts(
    ctx: NameContext,
    articles: &[Article],
    alignment: &Alignment,
    skip: &HashSet<(ArticleId, usize)>,
    keep_features: bool,
) -> Found {
    let (mut c, order) = carriers(ctx, articles, skip);
    let tongues = lang::of_reports(articles);
    c.pair_translated_names(articles, alignment, &tongues);
    let linked = link_index(alignment);
    let release = span_releases(&order, &linked, articles);
    let owners = term_owners(alignment);
    let wording = Wording {
        common: lower_case_words(articles),
        written: Written::new(
            articles,
            skip,
            c.spans.iter().flat_map(|(&(a, pi), spans)| {
                let text = &articles[a].paragraphs[pi].text;
                spans.iter().map(move |f| &text[f.range.clone()])
            }),
        ),
    };
    let mut cover = Cover::new(articles, alignment);
    let model = super::unique_weights::UNIQUE_MODEL;
    // Every sentence's features but its soft overlap (the costly one);
    // kept are the sentences whose verdict or listed salience can depend
    // on it: the others are dropped whatever their soft overlap is.
    // Each paragraph's sentences side by side, a chunk of paragraphs at a
    // time; the order is kept. After each chunk, the spans no later
    // paragraph reads are freed (`span_releases`).
    let mut pending: Vec<Vec<Pending>> = Vec::new();
    for (at, chunk) in (0..order.len())
        .step_by(PENDING_CHUNK)
        .zip(order.chunks(PENDING_CHUNK))
    {
        let sentences = Sentences {
            articles,
            alignment,
            c: &c,
            wording: &wording,
            linked: &linked,
            owners: &owners,
            cover: &cover,
            tongues: &tongues,
            model,
            keep_features,
        };
        pending.push(
            chunk
                .par_iter()
                .flat_map_iter(|&(a, pi)| sentences.pending(a, pi))
                .collect(),
        );
        for done in release[at..at + chunk.len()].iter().flatten() {
            c.spans.remove(done);
        }
    }
    let wanted: Vec<SentenceRef> = pending.iter().flatten().map(|s| s.here).collect();
    // Where each chunk's sentences start among the wanted.
    let starts: Vec<usize> = pending
        .iter()
        .scan(0, |at, c| {
            *at += c.len();
            Some(*at - c.len())
        })
        .collect();
    // A sentence whose soft overlap so far already keeps it below the
    // threshold is dropped below, so its soft overlap is never read.
    let settled = |k: usize, soft: f64| {
        let chunk = starts.partition_point(|&at| at <= k) - 1;
        let s = &pending[chunk][k - starts[chunk]];
        !keep_features && !s.detail && highest_over_soft(&model, s.x, soft) < SURELY_BELOW
    };
    cover.soften(&wanted, settled);
    // The verdicts read the pending sentences and their soft overlaps
    // only: the rest is freed before the unique facts are gathered (for
    // two 5 MB reports the analysis peaked there, 80 MiB live).
    let mut facts = std::mem::take(&mut c.facts);
    drop(wording);
    drop((c, order, tongues, linked, release, owners, wanted, starts));
    cover.keep_softs_only();
    let (unique, details, features) = judge(pending, &cover, articles, alignment, keep_features);
    drop(cover);
    for f in &mut facts {
        f.articles.sort_unstable();
    }
    Found {
        facts,
        unique,
        details,
        features,
    }
}

/// What judging a sentence reads.
struct Sentences<'x, 'c> {
    articles: &'x [Article],
    alignment: &'x Alignment,
    c: &'c Carriers,
    wording: &'x Wording,
    linked: &'x LinkIndex,
    owners: &'x FxHashMap<u32, Vec<ArticleId>>,
    cover: &'x Cover<'x>,
    tongues: &'x [Option<lang::Tongue>],
    model: uniqueness::UniqueModel,
    keep_features: bool,
}

impl Sentences<'_, '_> {
    /// Every sentence of paragraph `pi` of report `a` with its features
    /// but its soft overlap, the ones whose verdict or listed salience can
    /// depend on it (every one when the features are kept).
    fn pending(&self, a: ArticleId, pi: usize) -> Vec<Pending> {
        let mut pending: Vec<Pending> = Vec::new();
        let p = &self.articles[a].paragraphs[pi];
        // Words say nothing across languages: a paragraph in a language no
        // other report uses is unique only by a concrete fact.
        let comparable = lang::comparable_with_others(self.tongues, a, &p.text);
        for (si, range) in p.sentences.iter().enumerate() {
            let here = SentenceRef {
                article: a,
                paragraph: pi,
                sentence: si,
            };
            let links = self.linked.of(here);
            let (kept, shared) =
                self.c
                    .own_spans(self.articles, here, range, links, self.wording, comparable);
            let numbers = kept
                .iter()
                .filter(|f| matches!(f.kind, FactKind::Number | FactKind::Date))
                .count();
            let counts = SpanCounts {
                own_numbers: numbers,
                own_names: kept.len() - numbers,
                shared,
            };
            let x = uniqueness::features(
                self.alignment,
                self.cover,
                self.articles,
                here,
                counts,
                novelty(self.alignment, self.owners, here),
            );
            // A claim needs words: a sentence of fewer than four terms
            // (an emoji, a dateline), or in another language than the
            // other reports, is unique only by a concrete fact.
            let wordy = comparable
                && self
                    .alignment
                    .sentence_vectors
                    .get(&here)
                    .is_some_and(|v| v.entries.len() >= 4);
            // A linked sentence with a fact of its own adds a detail to a
            // claim another report tells (listed with its salience).
            let detail = !links.is_empty() && !kept.is_empty();
            let may_be_unique = (wordy || !kept.is_empty())
                && highest_over_soft(&self.model, x, 0.0) >= SURELY_BELOW;
            if self.keep_features || detail || may_be_unique {
                pending.push(Pending {
                    here,
                    range: range.clone(),
                    kept: kept.iter().map(|f| f.range.clone()).collect(),
                    wordy,
                    detail,
                    x,
                });
            }
        }
        pending
    }
}

/// The verdicts of the pending sentences, their soft overlaps computed:
/// unique facts, added details, and every sentence's features when
/// `keep_features` asks for them.
///
/// Two sentences of different reports that the alignment links tell at
/// least part of one claim: when the model finds both unique, neither is
/// (unless each gives figures of its own: [`linked_to_unique`]); one that
/// carries a concrete fact of its own is an added detail of the link
/// instead.
fn judge(
    pending: Vec<Vec<Pending>>,
    cover: &Cover<'_>,
    articles: &[Article],
    alignment: &Alignment,
    keep_features: bool,
) -> (
    Vec<UniqueFact>,
    Vec<UniqueFact>,
    Vec<(SentenceRef, UniqueFeatures)>,
) {
    let model = super::unique_weights::UNIQUE_MODEL;
    let verdict = |s: &Pending| {
        let mut x = s.x;
        x[uniqueness::BEST_SOFT] = cover.soft(s.here);
        // A sentence settled early has a partial soft overlap, whose
        // probability is still below the threshold: it is dropped here.
        let salience = model.probability(&x);
        let is_unique =
            salience >= super::unique_weights::UNIQUE_THRESHOLD && (s.wordy || !s.kept.is_empty());
        (x, salience, is_unique)
    };
    let mut found_unique: Vec<(SentenceRef, bool)> = pending
        .iter()
        .flatten()
        .filter(|s| verdict(s).2)
        .map(|s| (s.here, s.x[OWN_NUMBERS] > 0.0))
        .collect();
    found_unique.sort_unstable_by_key(|(r, _)| *r);
    let demoted = linked_to_unique(&found_unique, alignment);
    let is_unique = |s: &Pending, unique: bool| unique && !demoted.contains(&s.here);
    // Counted first, so that the lists are made at their size: grown by
    // doubling, they held up to twice their size, and each growth a copy.
    let (mut n_unique, mut n_details) = (0, 0);
    for s in pending.iter().flatten() {
        if is_unique(s, verdict(s).2) {
            n_unique += 1;
        } else if s.detail {
            n_details += 1;
        }
    }
    let mut unique = Vec::with_capacity(n_unique);
    let mut details = Vec::with_capacity(n_details);
    let mut features = Vec::new();
    // Chunk by chunk: each chunk's pending sentences are freed as the
    // verdicts they become are gathered.
    for s in pending.into_iter().flatten() {
        let (x, salience, model_says) = verdict(&s);
        let is_unique = is_unique(&s, model_says);
        let Pending {
            here,
            range,
            kept,
            detail,
            ..
        } = s;
        features.extend(keep_features.then_some((here, x)));
        if !is_unique && !detail {
            continue;
        }
        let p = &articles[here.article].paragraphs[here.paragraph];
        let found = UniqueFact {
            article: here.article,
            paragraph: here.paragraph,
            sentence_index: here.sentence,
            sentence: p.text[range.clone()].to_string(),
            facts: kept.iter().map(|f| p.text[f.clone()].to_string()).collect(),
            spans: kept,
            salience,
        };
        if is_unique {
            unique.push(found);
        } else {
            details.push(found);
        }
    }
    (unique, details, features)
}

/// Where `own_numbers` sits in the uniqueness features.
const OWN_NUMBERS: usize = 5;

const _: () = assert!(matches!(
    uniqueness::FEATURE_NAMES[OWN_NUMBERS].as_bytes(),
    b"own_numbers"
));

/// The sentences of `unique` (sorted, each with whether it has a number
/// or date of its own) linked to another sentence of `unique`: two linked
/// sentences tell part of one claim, so a detail both carry is no
/// report's own, and where one of them adds a detail it does so to a
/// claim the other report tells too (an added detail, not a unique fact).
/// Two that each give figures of their own are told apart by them (last
/// year's floods and another year's slide, linked by their wording): both
/// stay unique.
fn linked_to_unique(unique: &[(SentenceRef, bool)], alignment: &Alignment) -> HashSet<SentenceRef> {
    let found = |s: &SentenceRef| {
        unique
            .binary_search_by(|(r, _)| r.cmp(s))
            .ok()
            .map(|i| unique[i].1)
    };
    alignment
        .links
        .iter()
        .filter(|l| match (found(&l.a), found(&l.b)) {
            (Some(x), Some(y)) => !(x && y),
            _ => false,
        })
        .flat_map(|l| [l.a, l.b])
        .collect()
}

/// Whether a fact span is concrete enough to list and to make its
/// sentence unique on its own: a number, a date other than a lone weekday,
/// a name of two words or more, or a lone name that is no demonym
/// ("Russians", "German"), no acronym or abbreviation of three letters or
/// fewer ("US", "La") and no word the reports also write in lower case
/// (a generic noun: "Police", "Ministry"). `text` is the span as written.
fn is_strong(f: &FactSpan, text: &str, common: &FxHashSet<String>) -> bool {
    match f.kind {
        FactKind::Number => !generic_count(f, text),
        FactKind::Date => !super::lexicon::WEEKDAYS.contains(&f.key().trim_start_matches('@')),
        _ if f.key().contains(' ') => true,
        _ => {
            let lower = text.to_lowercase();
            let stem = lower.strip_suffix('s').unwrap_or(&lower);
            let demonym = stem.chars().count() > 4
                && ["an", "ese", "ish", "ic", "i"]
                    .iter()
                    .any(|s| stem.ends_with(s));
            text.chars().count() > 3
                && text.chars().any(char::is_lowercase)
                && !demonym
                && !common.contains(&lower)
        }
    }
}

/// Words before a count that make it point back at things already named
/// ("the two nations", "these three men", "their four children").
const DEFINITE: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "both",
];

/// Paragraphs before a count searched for what it points back at.
const BACK_PARAGRAPHS: usize = 12;

/// Whether a number span is a small count (under ten) after a definite
/// word ([`DEFINITE`]) that points back at what the report has named: its
/// noun written in the paragraphs just before or earlier in its own
/// ("the two suspects ... the two suspects"), or as many capitalised
/// names before it in its paragraph ("Valdoria and Ostrana ... the two
/// nations"). Such a count is no detail of its own; "their four
/// children" and "the three victims were named", said first, stay facts.
fn back_reference(f: &FactSpan, earlier: &[crate::model::Paragraph], text: &str) -> bool {
    let Some(n) = f
        .value()
        .and_then(|v| v.trim_start_matches('#').parse::<usize>().ok())
        .filter(|n| *n < 10)
    else {
        return false;
    };
    let before = &text[..f.range.start];
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    if f.kind != FactKind::Number || !DEFINITE.iter().any(|d| prev.eq_ignore_ascii_case(d)) {
        return false;
    }
    let noun = text[f.range.clone()]
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_lowercase();
    let stem = |w: &str| crate::text::term_of(w, false).map(|t| t.key);
    let key = stem(&noun);
    let names_noun =
        |t: &str| key.is_some() && crate::text::words_once(t).any(|(_, w)| stem(w) == key);
    let names = coordinated_names(before);
    names >= n
        || names_noun(before)
        || earlier
            .iter()
            .rev()
            .take(BACK_PARAGRAPHS)
            .any(|p| names_noun(&p.text))
}

/// How many names a coordination right before the end of `before` lists
/// ("Valdoria and Ostrana met, the first time the" → 2; "Lee, Ruiz and
/// Park"; 0 without one). A name is a capitalised word that is no stop
/// word; a name of several words counts once.
fn coordinated_names(before: &str) -> usize {
    let ws: Vec<(usize, &str)> = crate::text::words_once(before).collect();
    let name = |k: usize| {
        ws.get(k).is_some_and(|(_, w)| {
            w.starts_with(char::is_uppercase) && !crate::text::is_stop_word(&w.to_lowercase())
        })
    };
    let Some(and) = ws.iter().rposition(|(_, w)| *w == "and") else {
        return 0;
    };
    if and == 0 || !name(and - 1) || !name(and + 1) {
        return 0;
    }
    // Items before "and", separated by commas; words of one name by spaces.
    let mut items = 2;
    let mut k = and - 1;
    while k > 0 && name(k - 1) {
        let gap = &before[ws[k - 1].0 + ws[k - 1].1.len()..ws[k].0];
        if gap.trim() == "," {
            items += 1;
        } else if gap != " " {
            break;
        }
        k -= 1;
    }
    items
}

/// Nouns whose small counts say nothing to check ("two pieces", "three
/// ways").
#[rustfmt::skip]
const GENERIC_NOUNS: &[&str] = &[
    "piece", "thing", "way", "part", "time", "kind", "type", "sort", "aspect", "side", "step",
    "point", "area", "issue", "reason", "question", "word", "example", "item", "factor",
    "element", "option", "idea", "bit", "lot", "sentence", "line",
];

/// Whether a number span is a small count (under ten) of a generic noun
/// ("two pieces"): no fact to check.
fn generic_count(f: &FactSpan, text: &str) -> bool {
    let small = f
        .value()
        .and_then(|v| v.trim_start_matches('#').parse::<u32>().ok())
        .is_some_and(|n| n < 10);
    let noun = text
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let noun = noun.strip_suffix('s').unwrap_or(&noun);
    small && GENERIC_NOUNS.contains(&noun)
}

/// Longest fact, in words, checked against other reports' wording.
const MAX_FACT_WORDS: usize = 6;

/// Each report's word sequences (up to [`MAX_FACT_WORDS`] long), case and
/// typography folded: a fact another report writes in the same words,
/// whatever its case or quote marks, is no unique fact.
struct Written {
    /// Folded word sequence → reports that write it; only the sequences
    /// of the fact spans asked about are kept (every sequence of a 5 MB
    /// report would be millions of strings).
    grams: rustc_hash::FxHashMap<String, Vec<ArticleId>>,
}

impl Written {
    /// Which reports write each of the `asked` texts (the fact spans).
    fn new<'t>(
        articles: &[Article],
        skip: &HashSet<(ArticleId, usize)>,
        asked: impl Iterator<Item = &'t str>,
    ) -> Self {
        let mut grams: rustc_hash::FxHashMap<String, Vec<ArticleId>> =
            rustc_hash::FxHashMap::default();
        for text in asked {
            let ws = folded_words(text);
            if !ws.is_empty() && ws.len() <= MAX_FACT_WORDS {
                grams.entry(ws.join(" ")).or_default();
            }
        }
        let mut key = String::new();
        for (a, art) in articles.iter().enumerate() {
            for (pi, p) in art.paragraphs.iter().enumerate() {
                if !p.kind.is_compared() || skip.contains(&(a, pi)) {
                    continue;
                }
                let ws = folded_words(&p.text);
                for i in 0..ws.len() {
                    // `ws[i..i + n].join(" ")`, grown a word at a time.
                    key.clear();
                    for (n, w) in ws[i..(i + MAX_FACT_WORDS).min(ws.len())].iter().enumerate() {
                        if n > 0 {
                            key.push(' ');
                        }
                        key.push_str(w);
                        if let Some(e) = grams.get_mut(key.as_str())
                            && !e.contains(&a)
                        {
                            e.push(a);
                        }
                    }
                }
            }
        }
        Written { grams }
    }

    /// Whether a report other than `a` writes `text` word for word.
    fn elsewhere(&self, a: ArticleId, text: &str) -> bool {
        let ws = folded_words(text);
        ws.len() <= MAX_FACT_WORDS
            && self
                .grams
                .get(&ws.join(" "))
                .is_some_and(|r| r.iter().any(|&x| x != a))
    }
}

/// Lower-case, typography-folded words of a text.
fn folded_words(text: &str) -> Vec<String> {
    crate::text::words(text)
        .map(|(_, w)| {
            // One string a word: ASCII lower-cases byte by byte, as
            // `to_lowercase` does it.
            let folded = crate::text::normalize_cow(w);
            if folded.is_ascii() {
                folded.to_ascii_lowercase()
            } else {
                folded.to_lowercase()
            }
        })
        .collect()
}

/// Every word the cluster writes in lower case somewhere.
fn lower_case_words(articles: &[Article]) -> FxHashSet<String> {
    // A word is copied once, when first seen (most recur).
    let mut common = FxHashSet::default();
    for p in articles.iter().flat_map(|a| &a.paragraphs) {
        for (_, w) in crate::text::words(&p.text) {
            if w.starts_with(char::is_lowercase) && !common.contains(w) {
                common.insert(w.to_string());
            }
        }
    }
    common
}

/// Which reports use each term.
fn term_owners(alignment: &Alignment) -> FxHashMap<u32, Vec<ArticleId>> {
    // Fx hashing: an entry per term and sentence, looked up only.
    let mut m: FxHashMap<u32, Vec<ArticleId>> = FxHashMap::default();
    for (s, v) in &alignment.sentence_vectors {
        for &(id, _) in &v.entries {
            let e = m.entry(id).or_default();
            if !e.contains(&s.article) {
                e.push(s.article);
            }
        }
    }
    m
}

/// Share of a sentence's term weight (rarity-weighted) that no other
/// report uses; 0 for sentences of fewer than four terms.
fn novelty(alignment: &Alignment, owners: &FxHashMap<u32, Vec<ArticleId>>, s: SentenceRef) -> f64 {
    let Some(v) = alignment.sentence_vectors.get(&s) else {
        return 0.0;
    };
    if v.entries.len() < 4 || v.norm <= 0.0 {
        return 0.0;
    }
    let novel: f64 = v
        .entries
        .iter()
        .filter(|(id, _)| {
            owners
                .get(id)
                .is_none_or(|o| o.iter().all(|&x| x == s.article))
        })
        .map(|&(_, w)| w)
        .sum();
    novel / v.norm
}

/// Whether a number value is distinctive enough to meet by value alone:
/// ten or more, or money, a percentage, a decimal, a multiplier.
fn big_value(v: &str) -> bool {
    let digits = v.trim_start_matches('#');
    digits.parse::<u64>().map_or(true, |n| n >= 10)
}

/// The initials of a name of three words or more ("european space
/// agency" → "esa"), so that a report writing the acronym carries it.
fn initials(f: &FactSpan) -> Option<String> {
    if f.value().is_some() || f.key().starts_with('@') {
        return None;
    }
    let ws: Vec<&str> = f
        .key()
        .split(' ')
        .filter(|w| !["of", "the", "and", "for"].contains(w))
        .collect();
    (ws.len() >= 3).then(|| ws.iter().filter_map(|w| w.chars().next()).collect())
}

/// The coarser dates a dated day implies: its month alone and its year
/// alone ("@december 29 2017" → "@december", "@2017"), so that "in
/// December" is carried by a report that writes "Dec. 29".
fn coarse_dates(f: &FactSpan) -> impl Iterator<Item = String> + '_ {
    let parts: Vec<&str> = if f.kind == FactKind::Date {
        f.key().trim_start_matches('@').split(' ').collect()
    } else {
        Vec::new()
    };
    let month = (parts.len() >= 2).then(|| format!("@{}", parts[0]));
    let year = (parts.len() == 3).then(|| format!("@{}", parts[2]));
    month.into_iter().chain(year)
}

/// Each sentence's linked sentences in other reports.
fn link_index(alignment: &Alignment) -> LinkIndex {
    // Both ends of every link, grouped by sentence in link order: one
    // flat list (a map of small vectors was 8 MiB for two 5 MB reports).
    let mut ends: Vec<(Packed, Packed)> = alignment
        .links
        .iter()
        .flat_map(|l| [(pack(l.a), pack(l.b)), (pack(l.b), pack(l.a))])
        .collect();
    ends.sort_by_key(|e| e.0);
    let mut sentences = Vec::new();
    let mut starts = Vec::new();
    for (k, e) in ends.iter().enumerate() {
        if sentences.last() != Some(&e.0) {
            sentences.push(e.0);
            starts.push(id32(k));
        }
    }
    starts.push(id32(ends.len()));
    // Collected anew, not in place: that would keep the pairs' allocation.
    let others = ends.iter().map(|e| e.1).collect();
    LinkIndex {
        sentences,
        starts,
        others,
    }
}

/// Paragraphs whose sentences are judged side by side at once before the
/// spans no later paragraph reads are freed.
const PENDING_CHUNK: usize = 512;

/// When each paragraph's spans are read for the last time, by its own
/// sentences or, through a link, by those of another paragraph (see
/// `Carriers::carried`), as the paragraphs of `order` are judged in turn:
/// `release[k]` lists the paragraphs whose spans may go once the `k`-th is
/// done. Held to the end, the spans were 19 MiB of the analysis' peak for
/// two 5 MB reports, beside the unique facts it gathers.
fn span_releases(
    order: &[(ArticleId, usize)],
    linked: &LinkIndex,
    articles: &[Article],
) -> Vec<Vec<(ArticleId, usize)>> {
    // Readers come in `order`: the latest one seen is the last.
    let mut last: HashMap<(ArticleId, usize), usize> = HashMap::new();
    for (k, &(a, pi)) in order.iter().enumerate() {
        last.insert((a, pi), k);
        for o in linked_from(a, pi, linked, articles) {
            last.insert((o.article, o.paragraph), k);
        }
    }
    let mut release = vec![Vec::new(); order.len()];
    for (p, k) in last {
        release[k].push(p);
    }
    release
}

/// The sentences linked to any sentence of paragraph `pi` of report `a`:
/// the other paragraphs whose spans that paragraph's facts read.
fn linked_from<'x>(
    a: ArticleId,
    pi: usize,
    linked: &'x LinkIndex,
    articles: &[Article],
) -> impl Iterator<Item = SentenceRef> + 'x {
    (0..articles[a].paragraphs[pi].sentences.len()).flat_map(move |sentence| {
        linked
            .of(SentenceRef {
                article: a,
                paragraph: pi,
                sentence,
            })
            .iter()
            .map(|&o| unpack(o))
    })
}

#[cfg(test)]
mod release_tests {
    use super::*;
    use crate::align::{AlignOptions, align};

    /// Every judged paragraph's spans go exactly once, never before the
    /// paragraph itself nor before a paragraph linked to one of its
    /// sentences has been judged, and not all of them at the end.
    #[test]
    fn spans_go_after_their_last_reader() {
        let art = crate::load::test_article;
        let articles = [
            art(
                "a.txt",
                "Dam repairs begin\n\nCrews closed the north gate of the dam on Monday. \
                 The reservoir holds 40 million litres.\n\nThe mayor thanked the engineers \
                 for their quick work.",
            ),
            art(
                "b.txt",
                "Repairs start at the dam\n\nThe mayor thanked the engineers for their \
                 fast work.\n\nCrews closed the north gate of the dam on Monday. The \
                 reservoir holds 40 million litres of water.",
            ),
        ];
        let alignment = align(&articles, &AlignOptions::default());
        assert!(alignment.links.len() >= 2, "{:?}", alignment.links);
        let order: Vec<(ArticleId, usize)> = articles
            .iter()
            .enumerate()
            .flat_map(|(a, art)| {
                art.paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.kind.is_compared())
                    .map(move |(pi, _)| (a, pi))
            })
            .collect();
        let linked = link_index(&alignment);
        let release = span_releases(&order, &linked, &articles);
        let mut when: HashMap<(ArticleId, usize), usize> = HashMap::new();
        for (k, done) in release.iter().enumerate() {
            for &p in done {
                assert!(when.insert(p, k).is_none(), "{p:?} released twice");
            }
        }
        for (k, &(a, pi)) in order.iter().enumerate() {
            assert!(when[&(a, pi)] >= k, "{a} {pi}");
            for o in linked_from(a, pi, &linked, &articles) {
                assert!(when[&(o.article, o.paragraph)] >= k, "{o:?} read at {k}");
            }
        }
        assert!(when.values().any(|&k| k + 1 < order.len()), "{when:?}");
    }
}

/// A sentence as three `u32`s, ordered as [`SentenceRef`]: half its 24
/// bytes, in an index held while the facts are found (beside the
/// conflicts' figures, the analysis' peak).
type Packed = [u32; 3];

/// A `usize` the index holds as a `u32`.
fn id32(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 2^32 reports, paragraphs, sentences and links")
}

/// `s` packed.
fn pack(s: SentenceRef) -> Packed {
    [id32(s.article), id32(s.paragraph), id32(s.sentence)]
}

/// A packed sentence as a [`SentenceRef`].
fn unpack([article, paragraph, sentence]: Packed) -> SentenceRef {
    SentenceRef {
        article: article as usize,
        paragraph: paragraph as usize,
        sentence: sentence as usize,
    }
}

/// Each linked sentence's linked sentences, in the order of the links.
struct LinkIndex {
    /// The linked sentences, ascending.
    sentences: Vec<Packed>,
    /// Where each one's list starts in `others` (and one past the end).
    starts: Vec<u32>,
    others: Vec<Packed>,
}

impl LinkIndex {
    /// The sentences linked to `s` (none for an unlinked one), packed
    /// ([`unpack`] each).
    fn of(&self, s: SentenceRef) -> &[Packed] {
        self.sentences.binary_search(&pack(s)).map_or(&[], |i| {
            &self.others[self.starts[i] as usize..self.starts[i + 1] as usize]
        })
    }
}

/// The word suffixes of a multi-word name key, itself included ("un
/// security council" → itself, "security council"), so that a report that
/// writes the shorter name carries the fact.
fn name_suffixes(f: &FactSpan) -> impl Iterator<Item = String> + '_ {
    let name = f.value().is_none() && !f.key().starts_with('@');
    let ws: Vec<&str> = if name {
        f.key().split(' ').collect()
    } else {
        Vec::new()
    };
    let n = ws.len();
    (0..n.saturating_sub(1)).map(move |i| ws[i..].join(" "))
}

impl Carriers {
    /// Pairs off names that translate each other: a name of two words or
    /// more in a paragraph whose language no other report uses ("Coppa
    /// Costiera"), and a name of a paragraph of another report in the
    /// same row that this report does not carry ("Coastal Cup"), when
    /// their words are cognates ([`cognate_names`]). Each then counts as
    /// carried by the other's report. Two people's names never pair, and
    /// cognates that share at most one word do not.
    fn pair_translated_names(
        &mut self,
        articles: &[Article],
        alignment: &Alignment,
        tongues: &[Option<lang::Tongue>],
    ) {
        let carries = |c: &Carriers, key: &str, a: ArticleId| {
            c.by_key
                .get(key)
                .is_some_and(|&i| c.facts[i].articles.contains(&a))
                || c.names.get(key).is_some_and(|s| s.contains(&a))
        };
        let many_words = |f: &FactSpan, text: &str| {
            f.value().is_none()
                && f.kind != FactKind::Date
                && text[f.range.clone()].contains(char::is_whitespace)
        };
        let mut adds: Vec<(String, ArticleId)> = Vec::new();
        for (&(a, pi), spans) in &self.spans {
            let text = &articles[a].paragraphs[pi].text;
            if lang::comparable_with_others(tongues, a, text) {
                continue;
            }
            let own: Vec<&FactSpan> = spans
                .iter()
                .filter(|f| {
                    many_words(f, text)
                        && self.facts[self.by_key[f.key()]]
                            .articles
                            .iter()
                            .all(|&x| x == a)
                        && self
                            .names
                            .get(f.key())
                            .is_none_or(|s| s.iter().all(|&x| x == a))
                })
                .collect();
            let Some(row) = (!own.is_empty()).then(|| alignment.row_of(a, pi)).flatten() else {
                continue;
            };
            for (y, cell) in alignment.rows[row].cells.iter().enumerate() {
                for &pj in cell.iter().filter(|_| y != a) {
                    let Some(theirs) = self.spans.get(&(y, pj)) else {
                        continue;
                    };
                    let their_text = &articles[y].paragraphs[pj].text;
                    for g in theirs
                        .iter()
                        .filter(|g| many_words(g, their_text) && !carries(self, g.key(), a))
                    {
                        // Two people never pair: their names are not
                        // translated, and two of them can look like
                        // cognates ("María Costa" / "Mario Castro"). A
                        // name of two to four unknown words counts as a
                        // person's, so one side typed so may still pair
                        // ("Guardia Costera" / "Coastal Guard").
                        for f in own
                            .iter()
                            .filter(|f| f.kind != FactKind::Person || g.kind != FactKind::Person)
                        {
                            if cognate_names(&text[f.range.clone()], &their_text[g.range.clone()]) {
                                adds.push((f.key().to_string(), y));
                                adds.push((g.key().to_string(), a));
                            }
                        }
                    }
                }
            }
        }
        for (key, x) in adds {
            self.names.entry(key).or_default().insert(x);
        }
    }

    /// Sorts the precise amounts by value, once every report is read.
    fn finish(&mut self) {
        // Only amounts of a kind some hedge measures are ever asked about.
        let bounds = &self.bounds;
        self.exact.retain(|k, _| bounds.contains_key(k));
        for list in self.exact.values_mut() {
            list.sort_unstable_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        }
    }

    /// Whether another report than `a` states an amount that number fact
    /// `f` allows, or one whose hedge allows `f`'s: "more than $2
    /// million" and "$2.4 million", "nearly 1,000 troops" and "950
    /// troops" (but not "about 850 troops": see `figures::as_bound`);
    /// `written` is the span's text.
    fn amount_carried(&self, f: &FactSpan, written: &str, a: ArticleId) -> bool {
        let Some(v) = f.value() else {
            return false;
        };
        match super::figures::fact_amount(written, v) {
            Some(Amount::Exact(n, unit)) => amount_kind(f, &unit).is_some_and(|k| {
                self.bounds
                    .get(&k)
                    .is_some_and(|b| b.iter().any(|&(lo, hi, x)| x != a && lo <= n && n <= hi))
            }),
            Some(Amount::Bound { lo, hi, unit, .. }) => amount_kind(f, &unit).is_some_and(|k| {
                self.exact.get(&k).is_some_and(|list| {
                    let from = list.partition_point(|&(n, _)| n < lo);
                    list[from..]
                        .iter()
                        .take_while(|&&(n, _)| n <= hi)
                        .any(|&(_, x)| x != a)
                })
            }),
            _ => false,
        }
    }

    /// Whether a name written as one hyphenated word ("Kessel-Stausee", a
    /// German compound of a place and a noun) has a part that another
    /// report than `a` carries as a name: that report carries the
    /// compound's fact. Asked only of text in a language no other report
    /// uses (in English, "Trump-Kim" names a second person).
    fn hyphen_part_carried(&self, f: &FactSpan, text: &str, a: ArticleId) -> bool {
        let name = f.value().is_none() && f.kind != FactKind::Date;
        if !name || text.contains(char::is_whitespace) {
            return false;
        }
        let others =
            |set: Option<&HashSet<ArticleId>>| set.is_some_and(|s| s.iter().any(|x| *x != a));
        text.split(['-', '\u{2010}', '\u{2011}'])
            .filter(|p| p.chars().count() >= 3 && p.len() < text.len())
            .map(|p| super::names::name_key(p, FactKind::Other))
            .any(|k| {
                others(self.names.get(&k))
                    || self
                        .by_key
                        .get(&k)
                        .is_some_and(|&i| self.facts[i].articles.iter().any(|x| *x != a))
            })
    }
}

/// A word's cognate sign: its first letter and the first consonant after
/// it, accents dropped ("coppa" and "cup" → "cp", "costiera" and
/// "coastal" → "cs", "defensa" and "defence" → "df").
fn cognate_sign(word: &str) -> Option<(char, char)> {
    let w = super::names::translit(&word.to_lowercase());
    let mut cs = w.chars().filter(|c| c.is_alphabetic());
    let first = cs.next()?;
    let next = cs.find(|&c| !"aeiouy".contains(c) && c != first)?;
    Some((first, next))
}

/// Whether two names of different languages translate each other word by
/// word: at least two content words of each (particles and function words
/// aside) have a cognate in the other, and at least two thirds of each
/// name's content words do ("Instituto Nacional de Defensa Civil" /
/// "National Civil Defence Institute": 3 of 4 each way).
fn cognate_names(a: &str, b: &str) -> bool {
    let signs = |t: &str| -> Vec<Option<(char, char)>> {
        t.split(|c: char| c.is_whitespace() || c == '-')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| {
                let l = w.to_lowercase();
                !w.is_empty()
                    && !super::lexicon::PARTICLES.contains(&l.as_str())
                    && !crate::text::is_stop_word(&l)
            })
            .map(cognate_sign)
            .collect()
    };
    let (x, y) = (signs(a), signs(b));
    let matched = |from: &[Option<(char, char)>], to: &[Option<(char, char)>]| {
        from.iter()
            .filter(|s| s.is_some() && to.contains(s))
            .count()
    };
    let (mx, my) = (matched(&x, &y), matched(&y, &x));
    mx >= 2 && my >= 2 && 3 * mx >= 2 * x.len() && 3 * my >= 2 * y.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_translated_word_by_word_are_cognates_and_people_are_not() {
        assert!(cognate_names("Coppa Costiera", "Coastal Cup"));
        assert!(cognate_names(
            "Instituto Nacional de Defensa Civil",
            "National Civil Defence Institute"
        ));
        assert!(!cognate_names("Juan Quispe", "Jean Quinn"));
        assert!(!cognate_names("Juan Quispe", "Coastal Cup"));
        assert!(!cognate_names("Stadio Marino", "Coastal Cup"));
    }

    #[test]
    fn small_counts_of_generic_nouns_are_no_facts() {
        let span = |value: &str| FactSpan::new(0..0, "", Some(value), FactKind::Number);
        let common = FxHashSet::default();
        assert!(!is_strong(&span("#2"), "two pieces", &common));
        assert!(!is_strong(&span("#3"), "3 ways", &common));
        assert!(is_strong(&span("#3"), "three ministers", &common));
        assert!(is_strong(&span("#40"), "40 pieces", &common));
        // A count after a definite word points back at what was named.
        let at = |text: &str, value: &str, span: &str| {
            let start = text.find(span).expect("span in text");
            FactSpan::new(start..start + span.len(), "", Some(value), FactKind::Number)
        };
        let t = "Valdoria and Ostrana met, the first time the two nations talked.";
        assert!(back_reference(&at(t, "#2", "two nations"), &[], t));
        let t = "Police held two suspects. Later the two suspects were freed.";
        let second = FactSpan {
            range: t.rfind("two suspects").unwrap()..t.len() - " were freed.".len(),
            ..at(t, "#2", "two suspects")
        };
        assert!(back_reference(&second, &[], t));
        // Said first, a count is a detail of its own.
        let t = "He leaves his wife and their four children.";
        assert!(!back_reference(&at(t, "#4", "four children"), &[], t));
        // Words with characters of several bytes are read whole (no
        // panic).
        let t = "They did. Didn\u{2019}t they? Then the two dids left.";
        let _ = back_reference(&at(t, "#2", "two dids"), &[], t);
        let t = "Police in Springfield, Illinois, said the two men were arrested.";
        assert!(!back_reference(&at(t, "#2", "two men"), &[], t));
        let t = "Officials mentioned a raid. Then the two men were arrested.";
        assert!(!back_reference(&at(t, "#2", "two men"), &[], t));
        assert_eq!(coordinated_names("Lee, Ruiz and Park met the"), 3);
        assert_eq!(coordinated_names("Tom Selby and Ana Ruiz met the"), 2);
        let t = "The three victims were named on Friday.";
        assert!(!back_reference(&at(t, "#3", "three victims"), &[], t));
    }

    #[test]
    fn a_dated_day_implies_its_month_and_year() {
        let day = FactSpan::new(
            0..0,
            "@december 29 2017",
            Some("@december 29"),
            FactKind::Date,
        );
        assert_eq!(
            coarse_dates(&day).collect::<Vec<_>>(),
            ["@december", "@2017"]
        );
        let month = FactSpan::new(day.range.clone(), "@december", None, day.kind);
        assert_eq!(coarse_dates(&month).count(), 0);
    }

    /// Sentences settled early (their soft overlap left partial) change
    /// nothing: the unique facts and details, saliences to the bit, are
    /// those of a run that computes every soft overlap in full (as the
    /// fitting program's does).
    #[test]
    fn settling_soft_overlaps_early_changes_no_finding() {
        let articles = crate::load::samples();
        let alignment = crate::align::align(&articles, &crate::align::AlignOptions::default());
        let run = |all: bool| {
            let ctx = NameContext::learn(&articles);
            find_facts(ctx, &articles, &alignment, &HashSet::new(), all)
        };
        let (lazy, full) = (run(false), run(true));
        assert!(!lazy.unique.is_empty() && !lazy.details.is_empty());
        assert!(full.features.len() > lazy.unique.len() + lazy.details.len());
        for (x, y) in [(&lazy.unique, &full.unique), (&lazy.details, &full.details)] {
            assert_eq!(x.len(), y.len());
            for (a, b) in x.iter().zip(y) {
                assert_eq!(
                    (a.article, a.paragraph, a.sentence_index),
                    (b.article, b.paragraph, b.sentence_index)
                );
                assert_eq!(a.salience.to_bits(), b.salience.to_bits());
                assert_eq!(a.facts, b.facts);
            }
        }
    }
}
