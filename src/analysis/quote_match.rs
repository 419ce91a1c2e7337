//! Matching quotations across reports: verbatim (same words once
//! typography is folded), partial (one is a contiguous part of the other),
//! altered (the same quotation with words changed, with its word diff) or
//! unique; and whether reports name different speakers.
//!
//! Candidates come from an inverted index of the quotes' content terms, so
//! the cost grows with the number of quotes, not its square.

use std::collections::HashMap;

use rayon::prelude::*;

use super::collect::FoundQuote;
use super::lexicon::{ORG_WORDS, TITLES};
use super::names::name_key;
use super::quote_units::{Unit, append, split_units};
use super::{FactKind, Quote, QuoteOccurrence, QuoteStatus};
use crate::align::{Alignment, DiffRun, word_diff};
use crate::model::{Article, SentenceRef};
use crate::text::{normalize, terms, words};

/// Terms in more quotes than this do not nominate candidates.
const MAX_DF: usize = 64;
/// Share of the shorter quote's terms the longer must have to be the same
/// quotation altered.
const ALTERED_CONTAINMENT: f64 = 0.6;

/// Share of the shorter quote's words the longer must have in the same
/// order to be the same quotation altered.
const ALTERED_ORDER: f64 = 0.55;
/// Quotes longer than this (in words) skip the word-order check.
const MAX_LCS_WORDS: usize = 300;
/// When two quotes share a single phrase, the share of the longer quote's
/// words it must cover for them to be one quotation.
const PHRASE_SHARE: f64 = 0.5;
/// Shortest quotation (in words) matched through a sentence link alone.
const REWORDED_MIN_WORDS: usize = 4;
/// Share of the larger quote's distinct terms two reworded quotes share.
const REWORDED_SHARE: f64 = 0.34;

/// The candidate `pairs` that [`relate`] relates, with their relation,
/// found side by side (this pass ran on one core while the other had
/// finished its share of the analysis). `sets` holds each quotation's
/// distinct terms, sorted once here rather than once a pair.
fn related(
    pairs: Vec<(u32, u32)>,
    key_ids: &[Vec<u32>],
    term_ids: &[Vec<u32>],
    sets: &[Vec<u32>],
) -> Vec<((usize, usize), Relation)> {
    pairs
        .into_par_iter()
        .filter_map(|(i, j)| {
            let (i, j) = (i as usize, j as usize);
            let (a, b) = (
                Quotation::new(&key_ids[i], &term_ids[i], &sets[i]),
                Quotation::new(&key_ids[j], &term_ids[j], &sets[j]),
            );
            relate(&a, &b).map(|r| ((i, j), r))
        })
        .collect()
}

/// A quotation as the pair tests read it: its words, its terms in order,
/// and its distinct terms sorted.
struct Quotation<'a, T> {
    words: &'a [T],
    terms: &'a [T],
    set: &'a [T],
}

impl<'a, T> Quotation<'a, T> {
    fn new(words: &'a [T], terms: &'a [T], set: &'a [T]) -> Self {
        Quotation { words, terms, set }
    }
}

/// The distinct items of `ts`, sorted.
fn sorted_set<T: Ord + Clone>(ts: &[T]) -> Vec<T> {
    let mut set = ts.to_vec();
    set.sort_unstable();
    set.dedup();
    set
}

/// How many items two sorted, duplicate-free lists share.
fn shared_count<T: Ord>(xs: &[T], ys: &[T]) -> usize {
    let (mut x, mut y, mut shared) = (0, 0, 0);
    while x < xs.len() && y < ys.len() {
        match xs[x].cmp(&ys[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                x += 1;
                y += 1;
            }
        }
    }
    shared
}

/// How two quotations relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    Verbatim,
    Partial,
    Altered,
}

/// Lower-case, typography-folded words of a quotation.
fn word_key(text: &str) -> impl Iterator<Item = String> + '_ {
    words(text).map(|(_, w)| normalize(w).to_lowercase())
}

/// Whether `small` occurs as a contiguous run inside `big`.
fn contains_run<T: PartialEq>(big: &[T], small: &[T]) -> bool {
    !small.is_empty() && small.len() <= big.len() && big.windows(small.len()).any(|w| w == small)
}

/// How two quotations relate, if they are the same quotation at all.
///
/// Words and terms are compared for equality only (and sorted to count
/// the shared ones), so interned ids give the same answer as the strings.
/// The word-order tables are only filled for a pair that shares enough
/// terms to be one quotation altered.
fn relate<T: Ord>(a: &Quotation<'_, T>, b: &Quotation<'_, T>) -> Option<Relation> {
    let (wa, wb) = (a.words, b.words);
    if wa == wb {
        return Some(Relation::Verbatim);
    }
    let min_len = wa.len().min(wb.len());
    if min_len >= 2 && (contains_run(wa, wb) || contains_run(wb, wa)) {
        return Some(Relation::Partial);
    }
    let shared = shared_count(a.set, b.set);
    let small = a.set.len().min(b.set.len());
    if shared < 2 || small == 0 || (shared as f64 / small as f64) < ALTERED_CONTAINMENT {
        return None;
    }
    // The same content words, and mostly the same words in the same
    // order: "The bird is flying around the cockpit" is no altered "There's
    // a bird in the cockpit".
    let lcs = common_run(wa, wb);
    if min_len == 0 || (lcs as f64 / min_len as f64) < ALTERED_ORDER {
        return None;
    }
    // Two quotes that share one phrase ("US citizens") and nothing else
    // are two quotations, unless that phrase is most of both.
    let phrase_only = longest_common_run(a.terms, b.terms) >= shared;
    (!phrase_only || lcs as f64 / wa.len().max(wb.len()) as f64 >= PHRASE_SHARE)
        .then_some(Relation::Altered)
}

/// Whether two quotations in linked sentences are one quotation in other
/// words ("that tolerated breaches of the rules" / "There was a tolerance
/// for breaking the rules"): the link says the sentences tell the same
/// thing, the quotes must still share content words beyond one phrase.
fn reworded<T: Ord>(a: &Quotation<'_, T>, b: &Quotation<'_, T>) -> bool {
    if a.words.len().min(b.words.len()) < REWORDED_MIN_WORDS {
        return false;
    }
    let shared = shared_count(a.set, b.set);
    let large = a.set.len().max(b.set.len());
    shared >= 2
        && shared as f64 / large as f64 >= REWORDED_SHARE
        && longest_common_run(a.terms, b.terms) < shared
}

/// Longest run of terms two term lists share in the same order, in terms.
fn longest_common_run<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    if a.len() > MAX_LCS_WORDS || b.len() > MAX_LCS_WORDS {
        return 0;
    }
    let mut best = 0;
    // Two rows of the table, swapped after each word of `a`.
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// Longest common subsequence of two word lists, in words. Past
/// [`MAX_LCS_WORDS`] it answers the shorter length, so that very long
/// quotes are matched by their terms alone and the cost stays bounded.
fn common_run<T: Ord>(a: &[T], b: &[T]) -> usize {
    if a.len() > MAX_LCS_WORDS || b.len() > MAX_LCS_WORDS {
        return a.len().min(b.len());
    }
    crate::text::lcs_len(a, b)
}

/// Words as ids, each distinct word held once: the quotations' words as
/// strings, one `String` per word of every quotation, were 10 MiB at the
/// analysis' peak for two 5 MB reports.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    /// The ids of `ws`, new words numbered in order of appearance.
    fn intern(&mut self, ws: impl Iterator<Item = String>) -> Vec<u32> {
        ws.map(|w| {
            if let Some(&id) = self.ids.get(w.as_str()) {
                return id;
            }
            let next = u32::try_from(self.ids.len()).expect("fewer than 2^32 words");
            self.ids.insert(w, next);
            next
        })
        .collect()
    }
}

/// Union-find root with path halving.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Units of quotations whose sentences are linked across reports, as
/// index pairs: the candidates for a reworded quotation.
fn linked_pairs(
    units: &[Unit],
    articles: &[Article],
    alignment: &Alignment,
) -> Vec<(usize, usize)> {
    let mut at: HashMap<SentenceRef, Vec<usize>> = HashMap::new();
    for (i, u) in units.iter().enumerate() {
        let o = &u.occurrence;
        let Some(art) = articles.get(o.article) else {
            continue;
        };
        for (p, r) in &o.parts {
            let Some(para) = art.paragraphs.get(*p) else {
                continue;
            };
            for (s, sr) in para.sentences.iter().enumerate() {
                if sr.start < r.end && r.start < sr.end {
                    let key = SentenceRef {
                        article: o.article,
                        paragraph: *p,
                        sentence: s,
                    };
                    let list = at.entry(key).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
    }
    let mut pairs = Vec::new();
    for l in &alignment.links {
        let (Some(xs), Some(ys)) = (at.get(&l.a), at.get(&l.b)) else {
            continue;
        };
        for &x in xs {
            for &y in ys {
                pairs.push((x.min(y), x.max(y)));
            }
        }
    }
    pairs
}

/// Groups quotations across reports and gives each group its status.
/// Quotations are compared sentence by sentence ([`split_units`]); the
/// sentences of linked report sentences may match as reworded quotes.
pub(crate) fn match_quotes(
    found: &[FoundQuote],
    articles: &[Article],
    alignment: &Alignment,
) -> Vec<Quote> {
    let mut units = split_units(found);
    // A role alone ("the spokesman", "le syndicaliste", kept in lower
    // case by the attribution) names nobody: no speaker is shown for it.
    // An unnamed source ("a senior official", "an Iowa Republican") is
    // shown as described. A named body after its article ("the White
    // House", "la CGT") is shown without the article.
    for u in &mut units {
        let s = &mut u.occurrence.speaker;
        *s = s.as_deref().and_then(|sp| {
            let named = without_article(sp);
            (named.starts_with(char::is_uppercase) || unnamed_source(named))
                .then(|| named.to_string())
        });
    }
    // Words and terms as interned ids, made as they are read: the search
    // and the pair tests below compare integers, not strings, with the
    // same outcome (equal ids are equal words).
    let mut ids = Interner::default();
    let key_ids: Vec<Vec<u32>> = units
        .iter()
        .map(|u| ids.intern(word_key(&u.occurrence.text)))
        .collect();
    let term_ids: Vec<Vec<u32>> = units
        .iter()
        .map(|u| ids.intern(terms(&u.occurrence.text).into_iter().map(|t| t.key)))
        .collect();
    drop(ids);
    let sets: Vec<Vec<u32>> = term_ids.iter().map(|ts| sorted_set(ts)).collect();
    // Candidates: a shared rare term, or the very same words.
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, set) in sets.iter().enumerate() {
        for &t in set {
            index.entry(t).or_default().push(i);
        }
    }
    let mut by_words: HashMap<&[u32], Vec<usize>> = HashMap::new();
    for (i, k) in key_ids.iter().enumerate() {
        by_words.entry(k.as_slice()).or_default().push(i);
    }
    // As `u32` pairs: half the memory (a large report has millions).
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let unit_id = |i: usize| u32::try_from(i).expect("fewer than 2^32 quotations");
    for list in index.values().chain(by_words.values()) {
        if list.len() > MAX_DF {
            continue;
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                pairs.push((unit_id(i), unit_id(j)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    // The candidate search's maps, freed before the pairs are related.
    drop((index, by_words));
    let mut linked = linked_pairs(&units, articles, alignment);
    linked.sort_unstable();
    linked.dedup();
    let mut parent: Vec<usize> = (0..units.len()).collect();
    let mut relations: HashMap<(usize, usize), Relation> = HashMap::new();
    relations.extend(related(pairs, &key_ids, &term_ids, &sets));
    let quotation = |i: usize| Quotation::new(&key_ids[i], &term_ids[i], &sets[i]);
    for (i, j) in linked {
        let other_report = units[i].occurrence.article != units[j].occurrence.article;
        if other_report
            && !relations.contains_key(&(i, j))
            && reworded(&quotation(i), &quotation(j))
        {
            relations.insert((i, j), Relation::Altered);
        }
    }
    drop_nested(&units, &mut relations);
    unite(&units, &mut relations, &mut parent);
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..units.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    // Each group's cross-report relations, in one pass.
    let mut group_relations: HashMap<usize, Vec<(usize, usize, Relation)>> = HashMap::new();
    for (&(i, j), &r) in &relations {
        if units[i].occurrence.article != units[j].occurrence.article {
            let g = root(&mut parent, i);
            group_relations.entry(g).or_default().push((i, j, r));
        }
    }
    let mut built: Vec<(Vec<usize>, Quote)> = groups
        .into_iter()
        .map(|(g, members)| {
            let cross = group_relations.remove(&g).unwrap_or_default();
            let q = build(found, &units, &key_ids, &cross, &members);
            (members, q)
        })
        .collect();
    built.sort_by_key(|(members, _)| members[0]);
    rejoin(articles, &units, built)
}

/// Joins related quotations into groups, the closest relations first
/// (verbatim, then partial, then altered). A part never joins two groups
/// that each already hold a quotation of the other's report; a quotation
/// is never the altered form of another report's quotation when either
/// has a word-for-word twin in the other's report: when both reports carry
/// two similar quotations word for word ("I missed crossing the old
/// bridge every single morning" / "I missed crossing the old bridge every
/// evening"), each pairs with its own copy instead of all four reading as
/// one altered quote, and a report's second, similar quotation stays its
/// own. Two quotations of one report that differ in words are never one
/// altered quotation (another report's copy may still join them), and a
/// quotation these refusals leave alone joins its refused partner's group
/// when the speakers agree and it adds no word of its own (a shortened
/// copy of a shared quotation is not unique; a second quotation that says
/// more stays its own). Relations left outside a group are dropped.
fn unite(units: &[Unit], relations: &mut HashMap<(usize, usize), Relation>, parent: &mut [usize]) {
    let strength = |r: Relation| match r {
        Relation::Verbatim => 0u8,
        Relation::Partial => 1,
        Relation::Altered => 2,
    };
    let mut order: Vec<(u8, usize, usize)> = relations
        .iter()
        .map(|(&(i, j), &r)| (strength(r), i, j))
        .collect();
    order.sort_unstable();
    // (quotation, report) where the report has the quotation word for word.
    let twins: std::collections::HashSet<(usize, usize)> = relations
        .iter()
        .filter(|&(_, &r)| r == Relation::Verbatim)
        .flat_map(|(&(i, j), _)| {
            [
                (i, units[j].occurrence.article),
                (j, units[i].occurrence.article),
            ]
        })
        .collect();
    // Reports each group root holds, sorted.
    let mut reports: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut refused: Vec<(usize, usize)> = Vec::new();
    for (st, i, j) in order {
        let (ri, rj) = (root(parent, i), root(parent, j));
        if ri == rj {
            continue;
        }
        let of = |r: usize, reports: &HashMap<usize, Vec<usize>>| {
            reports
                .get(&r)
                .cloned()
                .unwrap_or_else(|| vec![units[r].occurrence.article])
        };
        let (a, b) = (of(ri, &reports), of(rj, &reports));
        let (ai, aj) = (units[i].occurrence.article, units[j].occurrence.article);
        let twin = |u: usize, report: usize| twins.contains(&(u, report));
        let refuse = match st {
            0 => false,
            1 => ai != aj && a.binary_search(&aj).is_ok() && b.binary_search(&ai).is_ok(),
            _ => ai == aj || twin(i, aj) || twin(j, ai),
        };
        if refuse {
            refused.push((i, j));
            continue;
        }
        let mut joined = a;
        joined.extend(b);
        joined.sort_unstable();
        joined.dedup();
        reports.remove(&ri);
        reports.remove(&rj);
        let (lo, hi) = (ri.min(rj), ri.max(rj));
        parent[hi] = lo;
        reports.insert(lo, joined);
    }
    // A quotation the refusals left alone (the reworded copy of a
    // quotation that two reports share word for word) joins the group of
    // its closest refused partner when the speakers agree and it adds no
    // word of its own (a shortened copy: "rebuild the mill before the
    // harvest" of "rebuild the whole mill before the spring harvest"),
    // rather than being called unique although another report carries
    // it. A second quotation that says something more ("... the bakery
    // beside it before the autumn harvest") stays its own.
    let mut size = vec![0usize; parent.len()];
    for u in 0..parent.len() {
        let r = root(parent, u);
        size[r] += 1;
    }
    let agree =
        |x: usize, y: usize| match (&units[x].occurrence.speaker, &units[y].occurrence.speaker) {
            (Some(p), Some(q)) => p.split_whitespace().last() == q.split_whitespace().last(),
            _ => true,
        };
    for &(i, j) in &refused {
        let (ri, rj) = (root(parent, i), root(parent, j));
        if ri == rj || (size[ri] == 1) == (size[rj] == 1) || !agree(i, j) {
            continue;
        }
        let (lone, partner) = if size[ri] == 1 { (i, j) } else { (j, i) };
        if !adds_nothing(
            &units[lone].occurrence.text,
            &units[partner].occurrence.text,
        ) {
            continue;
        }
        let (lo, hi) = (ri.min(rj), ri.max(rj));
        parent[hi] = lo;
        size[lo] = size[ri] + size[rj];
    }
    for key in refused {
        if root(parent, key.0) != root(parent, key.1) {
            relations.remove(&key);
        }
    }
}

/// Whether every content term of `lone` occurs in `partner` (a shortened
/// or trimmed copy of it), and it has at least two.
fn adds_nothing(lone: &str, partner: &str) -> bool {
    let theirs: std::collections::HashSet<String> =
        terms(partner).into_iter().map(|t| t.key).collect();
    let mine = terms(lone);
    mine.len() >= 2 && mine.iter().all(|t| theirs.contains(&t.key))
}

/// Articles a speaker may open with ("the White House", "la CGT", "der
/// ADAC", "l'UE"), in lower case only: a capitalised one starts a name
/// ("Le Pen", "Los Angeles police").
const ARTICLES: &[&str] = &[
    "the ",
    "la ",
    "le ",
    "les ",
    "l'",
    "l\u{2019}",
    "el ",
    "los ",
    "las ",
    "il ",
    "lo ",
    "der ",
    "die ",
    "das ",
];

/// Whether a speaker is an unnamed source described with an indefinite
/// article ("a senior official", "an Iowa Republican").
fn unnamed_source(speaker: &str) -> bool {
    speaker.starts_with("a ") || speaker.starts_with("an ")
}

/// A speaker without its leading article, when the rest is a name.
fn without_article(speaker: &str) -> &str {
    ARTICLES
        .iter()
        .find_map(|a| {
            speaker
                .get(..a.len())
                .filter(|h| h == a)
                .map(|_| &speaker[a.len()..])
        })
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .unwrap_or(speaker)
}

/// Whether unit `inner` is a quotation inside quotation `outer` (a
/// British '... "..." ...' or "... '...' ..."): the same report, and its
/// first piece within one of the outer's pieces.
fn nested_in(outer: &Unit, inner: &Unit) -> bool {
    let (o, i) = (&outer.occurrence, &inner.occurrence);
    o.article == i.article
        && outer.src != inner.src
        && o.parts.iter().any(|(p, r)| {
            *p == i.paragraph
                && r.start <= i.span.start
                && i.span.end <= r.end
                && r.len() > i.span.len()
        })
}

/// Removes the relations a nested quotation explains: the outer quote
/// and the quote inside it are two quotations (two speakers); an outer
/// quote relates to another report's quote only through its inner quote
/// when the inner one relates to it too ('The minister told us "there is
/// no money",' said X / the minister said "there is no money": the
/// minister's words match, X's sentence is his own) unless the two are
/// verbatim; and an inner quote does not relate to the copy of its outer
/// quote (a report against itself pairs outer with outer, inner with
/// inner).
fn drop_nested(units: &[Unit], relations: &mut HashMap<(usize, usize), Relation>) {
    // Units by paragraph (one sorted list of indices, no map of lists):
    // nesting is looked for among a paragraph's units only.
    let key = |k: usize| (units[k].occurrence.article, units[k].occurrence.paragraph);
    let mut order: Vec<u32> = (0..units.len())
        .map(|k| u32::try_from(k).expect("fewer than 2^32 quotations"))
        .collect();
    order.sort_unstable_by_key(|&k| key(k as usize));
    let mut inner_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, outer) in units.iter().enumerate() {
        for &(p, _) in &outer.occurrence.parts {
            let at = (outer.occurrence.article, p);
            let from = order.partition_point(|&m| key(m as usize) < at);
            for &m in order[from..].iter().take_while(|&&m| key(m as usize) == at) {
                let m = m as usize;
                if m != k && nested_in(outer, &units[m]) {
                    inner_of.entry(k).or_default().push(m);
                }
            }
        }
    }
    if inner_of.is_empty() {
        return;
    }
    let related = |a: usize, b: usize, rel: &HashMap<(usize, usize), Relation>| {
        rel.contains_key(&(a, b)) || rel.contains_key(&(b, a))
    };
    let inners = |outer: usize| inner_of.get(&outer).map_or(&[][..], Vec::as_slice);
    // An outer quote and its own inner quote; an outer quote and a quote
    // that only shares the inner quote's words.
    // (Not when the other is an outer quote too: two reports that nest
    // the same words in reworded sentences pair outer with outer.)
    let explained = |outer: usize, other: usize, r: Relation| {
        inners(outer).iter().any(|&k| {
            k == other
                || (r != Relation::Verbatim
                    && !inner_of.contains_key(&other)
                    && related(k, other, relations))
        })
    };
    let drop: Vec<(usize, usize)> = relations
        .iter()
        .filter(|&(&(i, j), &r)| explained(i, j, r) || explained(j, i, r))
        .map(|(&key, _)| key)
        .collect();
    for key in drop {
        relations.remove(&key);
    }
    // An inner quote and another report's copy of its outer quote (the
    // inner quote's counterpart is the copy's own inner quote).
    let nested: Vec<(usize, usize)> = inner_of
        .iter()
        .flat_map(|(&outer, inner)| inner.iter().map(move |&k| (outer, k)))
        .collect();
    let drop: Vec<(usize, usize)> = relations
        .keys()
        .copied()
        .filter(|&(i, j)| {
            let inner = |u: usize| nested.iter().any(|&(_, k)| k == u);
            nested.iter().any(|&(outer, k)| {
                (k == i && !inner(j) && related(outer, j, relations))
                    || (k == j && !inner(i) && related(outer, i, relations))
            })
        })
        .collect();
    for key in drop {
        relations.remove(&key);
    }
}

/// The mark that ends the sentence before `next` in the report ('.', '?'
/// or '!' right after `prev`'s last piece, in its paragraph): units are
/// trimmed of it, and two sentences joined again must not read as one
/// ("... measure We know ...").
fn sentence_stop(
    articles: &[Article],
    prev: &QuoteOccurrence,
    next: &QuoteOccurrence,
) -> Option<char> {
    let (p, r) = prev.parts.last()?;
    let (q, s) = next.parts.first()?;
    let text = &articles.get(prev.article)?.paragraphs.get(*p)?.text;
    // In one paragraph, what lies between; over a paragraph break, what
    // ends the first paragraph's piece.
    let gap = if p == q {
        text.get(r.end..s.start.max(r.end))?
    } else {
        text.get(r.end..)?
    };
    gap.chars()
        .find(|c| !c.is_whitespace())
        .filter(|c| matches!(c, '.' | '?' | '!'))
}

/// Joins groups whose members are the next sentences of the previous
/// group's members, with the same status: a three-sentence quotation two
/// reports share word for word stays one finding.
fn rejoin(articles: &[Article], units: &[Unit], built: Vec<(Vec<usize>, Quote)>) -> Vec<Quote> {
    let mut out: Vec<(Vec<usize>, Quote)> = Vec::new();
    for (members, q) in built {
        if let Some((tail, prev)) = out.last_mut() {
            let follows = tail.len() == members.len()
                && prev.status == q.status
                && tail.iter().zip(&members).all(|(&a, &b)| {
                    b == a + 1 && units[a].src == units[b].src && units[b].seq == units[a].seq + 1
                });
            if follows {
                for (o, n) in prev.occurrences.iter_mut().zip(&q.occurrences) {
                    let stop = sentence_stop(articles, o, n);
                    append(o, n, stop);
                }
                prev.scare |= q.scare;
                prev.speaker_conflict |= q.speaker_conflict;
                if prev.status == QuoteStatus::Altered {
                    prev.diff = altered_diff(&prev.occurrences);
                }
                *tail = members;
                continue;
            }
        }
        out.push((members, q));
    }
    out.into_iter().map(|(_, q)| q).collect()
}

/// Word diff of the first two occurrences from different reports.
fn altered_diff(occurrences: &[QuoteOccurrence]) -> Vec<DiffRun> {
    let Some(first) = occurrences.first() else {
        return Vec::new();
    };
    occurrences
        .iter()
        .find(|o| o.article != first.article)
        .map(|o| word_diff(&first.text, &o.text))
        .unwrap_or_default()
}

/// One quote group's status, diff and speaker check; `cross` holds the
/// group's relations between occurrences of different reports.
fn build(
    found: &[FoundQuote],
    units: &[Unit],
    keys: &[Vec<u32>],
    cross: &[(usize, usize, Relation)],
    members: &[usize],
) -> Quote {
    let art = |i: usize| units[i].occurrence.article;
    let many = members.iter().any(|&i| art(i) != art(members[0]));
    // Verbatim when every occurrence has a word-for-word twin in another
    // report (a quote inside a quote included: its twin is the other
    // report's inner quote, not the outer one that contains it).
    let twinned = members.iter().all(|&i| {
        members
            .iter()
            .any(|&j| art(j) != art(i) && keys[j] == keys[i])
    });
    let status = if !many {
        QuoteStatus::Unique
    } else if cross.iter().any(|c| c.2 == Relation::Altered) {
        QuoteStatus::Altered
    } else if twinned {
        QuoteStatus::Verbatim
    } else {
        QuoteStatus::Partial
    };
    let diff = if status == QuoteStatus::Altered {
        cross
            .iter()
            .filter(|c| c.2 == Relation::Altered)
            .min_by_key(|c| (c.0, c.1))
            .map(|&(i, j, _)| word_diff(&units[i].occurrence.text, &units[j].occurrence.text))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let speaker_conflict = {
        let named: Vec<(usize, String)> = members
            .iter()
            .filter_map(|&i| {
                let s = units[i].occurrence.speaker.as_deref()?;
                // Only people's names can conflict: "US president" and
                // "Trump" may be one person.
                let key = name_key(s, FactKind::Person);
                (s.starts_with(char::is_uppercase)
                    && !TITLES.contains(&key.as_str())
                    && !ORG_WORDS.contains(&key.as_str()))
                .then(|| (art(i), key))
            })
            .collect();
        named
            .iter()
            .any(|(a, k)| named.iter().any(|(b, l)| a != b && k != l))
    };
    Quote {
        status,
        scare: members.iter().any(|&i| found[units[i].src].scare),
        speaker_conflict,
        occurrences: members
            .iter()
            .map(|&i| units[i].occurrence.clone())
            .collect(),
        diff,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> Vec<String> {
        word_key(s).collect()
    }

    fn t(s: &str) -> Vec<String> {
        terms(s).into_iter().map(|t| t.key).collect()
    }

    fn rel(a: &str, b: &str) -> Option<Relation> {
        let (ka, kb, ta, tb) = (k(a), k(b), t(a), t(b));
        let (sa, sb) = (sorted_set(&ta), sorted_set(&tb));
        relate(
            &Quotation::new(&ka, &ta, &sa),
            &Quotation::new(&kb, &tb, &sb),
        )
    }

    #[test]
    fn a_named_body_loses_its_article_and_a_role_stays_lower_case() {
        assert_eq!(super::without_article("the White House"), "White House");
        assert_eq!(super::without_article("la CGT"), "CGT");
        assert_eq!(
            super::without_article("l\u{2019}Elys\u{e9}e"),
            "Elys\u{e9}e"
        );
        assert_eq!(super::without_article("le syndicaliste"), "le syndicaliste");
        assert_eq!(super::without_article("the spokeswoman"), "the spokeswoman");
        assert_eq!(super::without_article("Theresa May"), "Theresa May");
        assert_eq!(super::without_article("Le Pen"), "Le Pen");
        assert_eq!(
            super::without_article("Los Angeles police"),
            "Los Angeles police"
        );
    }

    #[test]
    fn relations() {
        assert_eq!(
            rel("It\u{2019}s over", "it's over"),
            Some(Relation::Verbatim)
        );
        assert_eq!(
            rel("all-time low", "may be at an all-time low"),
            Some(Relation::Partial)
        );
        assert_eq!(
            rel(
                "Russian Federation is open to dialogues with the different areas, and not only to dialogues but also to joint actions",
                "open to dialogue with the US in all different areas"
            ),
            Some(Relation::Altered)
        );
        assert_eq!(rel("we will win", "the weather is fine today"), None);
        assert_eq!(
            rel("It is a beautiful start", "It's a beautiful start"),
            Some(Relation::Altered)
        );
        assert_eq!(
            rel(
                "There's a bird in the cockpit",
                "The bird is flying around the cockpit"
            ),
            None
        );
    }
}
