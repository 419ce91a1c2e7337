//! Conflicting figures: quantities about the same thing on which reports
//! disagree (tolls, counts, troop numbers, times, dates).
//!
//! "The same thing" is decided from the alignment and the words around the
//! figures ([`super::figures`]): two figures of different reports are about
//! the same thing when their sentences are linked (or sit in linked
//! paragraphs, for times and dates), their roles agree (the same event
//! verb or noun class for counts, a shared lower-case content word for
//! times) and the names before them do not point at different owners.
//! Figures joined that way form a group; a group is a conflict when two
//! reports give values that cannot both hold: different numbers once
//! hedges are dropped ("at least 30" agrees with 30), times whose ranges
//! do not overlap (unless the reports are known to be published two days
//! or more apart: "last week" then counts back from different days),
//! different months, a vague word and a count outside its
//! range ("scores" vs 120; "thousands" vs 5,000 agree), a range and a
//! count outside it ("between 20 and 30" agrees with 25). Ages ("Neu, 67,")
//! and prison terms are counts of their own ("age", "sentenced"), tied to
//! the person named before them. Two reports that each give both of two
//! values tell two things alike, not rival values; words that only place
//! a time against another ("the first since ...") make no two times the
//! time of one thing. Guarantees: every conflict has values
//! from two reports or more, and two of them differ after normalisation.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::figures::{Amount, Figure, Role, figures, month_number};
use super::{Conflict, ConflictValue};
use crate::align::Alignment;
use crate::align::index::TermVec;
use crate::model::{Article, ArticleId, SentenceRef};

/// Most times a cluster may hold for all of them to be compared pairwise.
const MAX_TIMES: usize = 400;

/// Least weighted Dice similarity of two sentences for their times to be
/// compared without a link.
const MIN_TIME_SIMILARITY: f64 = 0.15;

/// Most figures a sentence may hold and still be compared.
const MAX_FIGURES: usize = 12;

/// A sentence as `(article, paragraph, sentence)`.
type SentenceKey = (usize, usize, usize);

/// Figures to compare: two reports' figure indices, and whether they are
/// times.
type Block<'a> = (&'a [usize], &'a [usize], bool);

/// Two paragraphs, each as `(article, paragraph)`.
type ParaPair = ((usize, usize), (usize, usize));

/// A figure and where it is.
struct Placed {
    article: ArticleId,
    paragraph: usize,
    sentence: usize,
    figure: Figure,
    /// Whether its sentence gives it as superseded ([`SUPERSEDED`]).
    superseded: bool,
    /// Whether its sentence sets it in another event or time
    /// ([`ELSEWHERE`]).
    elsewhere: bool,
}

/// Finds the conflicting figures of a cluster; paragraphs in `skip`
/// (noise) and uncompared ones give none.
pub(crate) fn find_conflicts(
    articles: &[Article],
    alignment: &Alignment,
    skip: &HashSet<(ArticleId, usize)>,
) -> Vec<Conflict> {
    // Money, percentages, scores, days and clock times are compared only
    // between linked sentences: those of other sentences are not kept.
    let linked = LinkedSentences::new(articles, alignment.links.iter().flat_map(|l| [l.a, l.b]));
    let all = collect(articles, skip, &linked);
    // Read by `collect` only.
    drop(linked);
    let reference = reference_month(articles);
    let days = publication_days(articles);
    // Figures by sentence and by paragraph, for the pairs the links name.
    let runs = Runs::new(&all);
    // Blocks of figures to compare: linked sentences for counts, linked
    // paragraphs for times.
    let mut blocks: Vec<Block> = Vec::new();
    let mut para_pairs: HashSet<ParaPair> = HashSet::new();
    for l in &alignment.links {
        let fa = runs.sentence((l.a.article, l.a.paragraph, l.a.sentence));
        let fb = runs.sentence((l.b.article, l.b.paragraph, l.b.sentence));
        if let (Some(fa), Some(fb)) = (fa, fb) {
            blocks.push((fa, fb, false));
        }
        para_pairs.insert(((l.a.article, l.a.paragraph), (l.b.article, l.b.paragraph)));
    }
    // Counts that name both their event and what they count ("four fans
    // were hurt" / "seven fans were injured") are also compared between
    // similar sentences the links missed, in paragraphs of one row (so
    // never last week's toll against today's): the figure is what differs.
    similar_count_sentences(&all, alignment, &runs, &mut blocks);
    // Times are also compared between paragraphs whose sentences share
    // enough words, linked or not: a date is often the one detail two
    // otherwise different sentences about one event share.
    similar_time_paragraphs(&all, alignment, &mut para_pairs);
    for (pa, pb) in &para_pairs {
        if let (Some(fa), Some(fb)) = (runs.paragraph(*pa), runs.paragraph(*pb)) {
            blocks.push((fa, fb, true));
        }
    }
    // Union-find over figures joined as "the same thing".
    let mut parent: Vec<usize> = (0..all.len()).collect();
    let disagree = join_blocks(&all, blocks, &mut parent, reference, &days);
    let mut conflicting: HashSet<usize> = HashSet::new();
    for (i, _) in &disagree {
        conflicting.insert(root(&mut parent, *i));
    }
    // Only the groups of conflicting figures are gathered (one list per
    // figure was an allocation each, most of them of one figure).
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..all.len() {
        let r = root(&mut parent, i);
        if conflicting.contains(&r) {
            groups.entry(r).or_default().push(i);
        }
    }
    let mut out: Vec<Conflict> = groups
        .into_values()
        .map(|members| drop_superseded(&all, members))
        .filter(|members| rival_reports(&all, members, reference, &days))
        .map(|members| Conflict {
            what: describe(articles, &all, &members),
            values: members
                .iter()
                .map(|&k| {
                    let p = &all[k];
                    ConflictValue {
                        article: p.article,
                        paragraph: p.paragraph,
                        text: articles[p.article].paragraphs[p.paragraph].text
                            [p.figure.range.clone()]
                        .to_string(),
                        value: p.figure.value.clone(),
                        span: p.figure.range.clone(),
                    }
                })
                .collect(),
        })
        .collect();
    for c in &mut out {
        c.values
            .sort_by_key(|v| (v.article, v.paragraph, v.span.start));
    }
    out.sort_by_key(|c| {
        c.values
            .first()
            .map(|v| (v.article, v.paragraph, v.span.start))
    });
    out
}

/// Whether two reports of a group disagree once earlier tolls are out:
/// two reports that each give both figures ("the rate rose for the first
/// time since December ... since the Nov. 8 vote") tell the same two
/// things, not rival values.
///
/// Quadratic in the group's distinct values, never cubic in its members:
/// figures of one report with the same amount and rounding step answer
/// [`values_differ`] alike, so each such class is tested once, and the
/// reports agreeing with each class are gathered before the pairs are
/// tried (a group chained through many linked sentences can hold
/// thousands of figures).
fn rival_reports(
    all: &[Placed],
    members: &[usize],
    reference: Option<(i32, u32)>,
    days: &[Option<i64>],
) -> bool {
    let mut seen: HashSet<(ArticleId, String, u64)> = HashSet::new();
    let classes: Vec<&Placed> = members
        .iter()
        .map(|&k| &all[k])
        .filter(|p| {
            seen.insert((
                p.article,
                format!("{:?}", p.figure.amount),
                p.figure.step.to_bits(),
            ))
        })
        .collect();
    // For each class, the reports that give a value agreeing with it.
    let agreeing: Vec<HashSet<ArticleId>> = classes
        .iter()
        .map(|j| {
            classes
                .iter()
                .filter(|k| !values_differ(k, j, reference, days))
                .map(|k| k.article)
                .collect()
        })
        .collect();
    classes.iter().enumerate().any(|(i, x)| {
        classes.iter().enumerate().any(|(j, y)| {
            x.article != y.article
                && values_differ(x, y, reference, days)
                && !(agreeing[j].contains(&x.article) && agreeing[i].contains(&y.article))
        })
    })
}

/// Joins the figures of each block that are about the same thing (in
/// `parent`, a union-find) and returns the pairs whose values cannot both
/// hold.
fn join_blocks(
    all: &[Placed],
    blocks: Vec<Block<'_>>,
    parent: &mut [usize],
    reference: Option<(i32, u32)>,
    days: &[Option<i64>],
) -> Vec<(usize, usize)> {
    let mut disagree: Vec<(usize, usize)> = Vec::new();
    for (fa, fb, times) in blocks {
        let raw: Vec<(usize, usize)> = fa
            .iter()
            .flat_map(|&i| fb.iter().map(move |&j| (i, j)))
            .filter(|&(i, j)| {
                let (x, y) = (&all[i], &all[j]);
                matches!(x.figure.role, Role::Time(_)) == times
                    && matches!(y.figure.role, Role::Time(_)) == times
                    && x.article != y.article
            })
            .collect();
        let pairs: Vec<(usize, usize)> = raw
            .iter()
            .copied()
            .filter(|&(i, j)| {
                let (x, y) = (&all[i], &all[j]);
                same_role(&x.figure.role, &y.figure.role) && same_owner(x, y)
            })
            .collect();
        for &(i, j) in &pairs {
            let (ri, rj) = (root(parent, i), root(parent, j));
            parent[ri] = rj;
        }
        // Times: a date the other report also gives, whatever the words
        // around it, is accounted for. Days and clock times of linked
        // sentences likewise, among their own kind ("on Monday" and "on
        // Tuesday" in one, "on Monday" in the other: the attack's day
        // agrees and the other day is another action's).
        if times {
            disagree.extend(disagreements(all, &pairs, &raw, reference, days));
        } else {
            let moment = |i: usize| matches!(all[i].figure.role, Role::Moment(_));
            let (moments, counts): (Vec<_>, Vec<_>) = pairs.iter().partition(|p| moment(p.0));
            let kin: Vec<(usize, usize)> = raw
                .iter()
                .copied()
                .filter(|&(i, j)| {
                    moment(i)
                        && moment(j)
                        && std::mem::discriminant(&all[i].figure.amount)
                            == std::mem::discriminant(&all[j].figure.amount)
                })
                .collect();
            disagree.extend(disagreements(all, &counts, &counts, reference, days));
            disagree.extend(disagreements(all, &moments, &kin, reference, days));
        }
    }
    disagree
}

/// Words that mark a figure as one a report itself has since updated
/// ("earlier officials had said 9 were killed").
const SUPERSEDED: &[&str] = &[
    "earlier",
    "initially",
    "previously",
    "originally",
    "initial",
];

/// A group's members without the figures a report gives as superseded
/// ([`SUPERSEDED`], or "had said") when the same report gives another
/// value in the group: a report's earlier and later toll are no
/// disagreement, and the later one stands for the report.
fn drop_superseded(all: &[Placed], members: Vec<usize>) -> Vec<usize> {
    let superseded = |p: &Placed| p.superseded;
    let keep: Vec<bool> = members
        .iter()
        .map(|&i| {
            let p = &all[i];
            !superseded(p)
                || !members.iter().any(|&j| {
                    j != i
                        && all[j].article == p.article
                        && !superseded(&all[j])
                        && all[j].figure.value != p.figure.value
                })
        })
        .collect();
    members
        .into_iter()
        .zip(keep)
        .filter_map(|(i, k)| k.then_some(i))
        .collect()
}

/// Whether a sentence gives its figures as superseded ([`SUPERSEDED`],
/// or "had" + a reporting verb) and whether it sets them in another event
/// or time ([`ELSEWHERE`]).
fn sentence_cues(text: &str) -> (bool, bool) {
    let (mut superseded, mut elsewhere) = (false, false);
    let mut had = false;
    for (_, w) in crate::text::words_once(text) {
        let lower = crate::text::lowercase(w);
        superseded |= SUPERSEDED.contains(&lower.as_ref())
            || (had && super::attribution::is_reporting_verb(&lower));
        elsewhere |= ELSEWHERE.contains(&lower.as_ref());
        had = lower == "had";
    }
    (superseded, elsewhere)
}

/// The figures of each sentence and paragraph, as runs of indices into
/// the figures (which [`collect`] gives in reading order), found by
/// binary search: two maps of small lists were 3.7 MiB of the analysis'
/// peak for two 5 MB reports, where conflicts and facts are found side by
/// side.
struct Runs<'a> {
    all: &'a [Placed],
    /// `ids[k] == k`: a run of figures is a slice of it.
    ids: Vec<usize>,
}

impl<'a> Runs<'a> {
    fn new(all: &'a [Placed]) -> Self {
        let at = |p: &Placed| (p.article, p.paragraph, p.sentence);
        debug_assert!(all.windows(2).all(|w| at(&w[0]) <= at(&w[1])));
        Runs {
            all,
            ids: (0..all.len()).collect(),
        }
    }

    /// The indices of the figures whose place `at` gives `key`, when
    /// there are some and at most `max` (a sentence or paragraph crowded
    /// with figures is a table or a list, not a statement to compare
    /// figure by figure, and pairing all of them would grow with the
    /// square of their number).
    fn run<K: Ord>(&self, at: impl Fn(&Placed) -> K, key: &K, max: usize) -> Option<&[usize]> {
        let from = self.all.partition_point(|p| at(p) < *key);
        let to = from + self.all[from..].partition_point(|p| at(p) == *key);
        (from < to && to - from <= max).then(|| &self.ids[from..to])
    }

    /// The figures of one sentence.
    fn sentence(&self, key: SentenceKey) -> Option<&[usize]> {
        self.run(|p| (p.article, p.paragraph, p.sentence), &key, MAX_FIGURES)
    }

    /// The figures of one paragraph.
    fn paragraph(&self, key: (usize, usize)) -> Option<&[usize]> {
        self.run(|p| (p.article, p.paragraph), &key, 2 * MAX_FIGURES)
    }
}

/// The sentences some link touches: one bit per sentence of the cluster.
/// A set of `(article, paragraph, sentence)` keys was 3 MiB of the
/// analysis' peak for two 5 MB reports (conflicts and facts are found side
/// by side); the bits are 15 KiB and each paragraph's first bit 4 bytes.
struct LinkedSentences {
    /// Per report, each paragraph's first bit in `bits`.
    first: Vec<Vec<u32>>,
    bits: Vec<u64>,
}

impl LinkedSentences {
    /// The set of the `linked` sentences of `articles`.
    fn new(articles: &[Article], linked: impl IntoIterator<Item = SentenceRef>) -> Self {
        let mut next = 0usize;
        let first: Vec<Vec<u32>> = articles
            .iter()
            .map(|art| {
                art.paragraphs
                    .iter()
                    .map(|p| {
                        let at = u32::try_from(next).expect("fewer than 2^32 sentences");
                        next += p.sentences.len();
                        at
                    })
                    .collect()
            })
            .collect();
        let mut set = LinkedSentences {
            first,
            bits: vec![0; next.div_ceil(64)],
        };
        for s in linked {
            if let Some(bit) = set.bit(s.article, s.paragraph, s.sentence) {
                set.bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        set
    }

    /// The bit of a sentence (none for a paragraph out of range).
    fn bit(&self, article: usize, paragraph: usize, sentence: usize) -> Option<usize> {
        let at = *self.first.get(article)?.get(paragraph)? as usize + sentence;
        (at / 64 < self.bits.len()).then_some(at)
    }

    /// Whether some link touches the sentence.
    fn contains(&self, article: usize, paragraph: usize, sentence: usize) -> bool {
        self.bit(article, paragraph, sentence)
            .is_some_and(|bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// Every figure of the compared, on-topic paragraphs (of the kinds read
/// only between linked sentences, those of `linked` sentences only).
fn collect(
    articles: &[Article],
    skip: &HashSet<(ArticleId, usize)>,
    linked: &LinkedSentences,
) -> Vec<Placed> {
    // Reports side by side, in input order (finding the figures is most of
    // the cost of the conflicts, which ran on one core while the other had
    // finished its share of the analysis).
    articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(a, art)| {
            let mut all: Vec<Placed> = Vec::new();
            for (pi, p) in art.paragraphs.iter().enumerate() {
                if !p.kind.is_compared() || skip.contains(&(a, pi)) {
                    continue;
                }
                for (si, r) in p.sentences.iter().enumerate() {
                    let mut found = figures(&p.text, r);
                    if !linked.contains(a, pi, si) {
                        found.retain(|f| matches!(f.role, Role::Count { .. } | Role::Time(_)));
                    }
                    if found.is_empty() {
                        continue;
                    }
                    let (superseded, elsewhere) = sentence_cues(&p.text[r.clone()]);
                    all.extend(found.into_iter().map(|figure| Placed {
                        article: a,
                        paragraph: pi,
                        sentence: si,
                        figure,
                        superseded,
                        elsewhere,
                    }));
                }
            }
            all
        })
        .collect()
}

/// Whether a figure is a count that says both what happened and to whom
/// ("four fans were hurt"): only such counts are compared between
/// unlinked sentences.
fn full_count(p: &Placed) -> bool {
    matches!(&p.figure.role, Role::Count { event, noun }
        if !event.is_empty() && !noun.is_empty() && event != "age" && event != "sentenced")
}

/// Whether two counts name the same noun: between unlinked sentences
/// "people" stands for no other group ("6 people" hurt in last year's
/// fire, "three firefighters" hurt in this one).
fn same_noun(x: &Placed, y: &Placed) -> bool {
    matches!((&x.figure.role, &y.figure.role),
        (Role::Count { noun: n1, .. }, Role::Count { noun: n2, .. }) if n1 == n2)
}

/// Words that set a sentence's counts in another event or time ("a fire
/// at another plant", "a separate raid", "last year").
const ELSEWHERE: &[&str] = &[
    "another", "separate", "previous", "earlier", "last", "ago", "former", "since",
];

/// Whether a count's sentence places it in another event or time
/// ([`ELSEWHERE`]): such counts are compared only when the links pair
/// their sentences.
fn elsewhere(p: &Placed) -> bool {
    p.elsewhere
}

/// Adds the blocks of sentence pairs of different reports, not linked,
/// in paragraphs of one row, whose full counts ([`full_count`]) have one
/// role and whose words are similar enough (weighted Dice, as for times).
fn similar_count_sentences<'a>(
    all: &[Placed],
    alignment: &Alignment,
    runs: &'a Runs<'_>,
    blocks: &mut Vec<Block<'a>>,
) {
    let counts: Vec<usize> = (0..all.len()).filter(|&k| full_count(&all[k])).collect();
    if counts.len() > MAX_TIMES {
        return;
    }
    let at = |k: usize| (all[k].article, all[k].paragraph, all[k].sentence);
    // The links are only read from the counts' sentences: every link of
    // the cluster, both ways, was 6 MiB for two 5 MB reports.
    let from_counts: HashSet<SentenceKey> = counts.iter().map(|&k| at(k)).collect();
    let linked: HashSet<_> = alignment
        .links
        .iter()
        .flat_map(|l| {
            let a = (l.a.article, l.a.paragraph, l.a.sentence);
            let b = (l.b.article, l.b.paragraph, l.b.sentence);
            [(a, b), (b, a)]
        })
        .filter(|(from, _)| from_counts.contains(from))
        .collect();
    drop(from_counts);
    let vec_of = |k: usize| sentence_vector(alignment, &all[k]);
    let mut seen = HashSet::new();
    for (n, &i) in counts.iter().enumerate() {
        for &j in &counts[n + 1..] {
            let (x, y) = (&all[i], &all[j]);
            let row = |p: &Placed| alignment.row_of(p.article, p.paragraph);
            if x.article == y.article
                || row(x).is_none()
                || row(x) != row(y)
                || !same_role(&x.figure.role, &y.figure.role)
                || !same_noun(x, y)
                || elsewhere(x)
                || elsewhere(y)
                || linked.contains(&(at(i), at(j)))
            {
                continue;
            }
            let sim = match (vec_of(i), vec_of(j)) {
                (Some(u), Some(v)) => u.dice(v),
                _ => 0.0,
            };
            // One count of this role in each paragraph (two tolls in one
            // paragraph, this blast's and the other's or this year's and
            // last year's, cannot be told apart by their words), and no
            // link from either sentence into the other paragraph (the
            // links already pair its sentences): review R5.
            let alone = |p: &Placed| {
                counts
                    .iter()
                    .filter(|&&k| {
                        let q = &all[k];
                        q.article == p.article
                            && q.paragraph == p.paragraph
                            && same_role(&q.figure.role, &p.figure.role)
                    })
                    .count()
                    == 1
            };
            let links_into = |p: &Placed, other: &Placed| {
                linked.iter().any(|&(from, to)| {
                    from == (p.article, p.paragraph, p.sentence)
                        && (to.0, to.1) == (other.article, other.paragraph)
                })
            };
            if sim >= MIN_TIME_SIMILARITY
                && alone(x)
                && alone(y)
                && !links_into(x, y)
                && !links_into(y, x)
                && seen.insert((at(i), at(j)))
                && let (Some(fa), Some(fb)) = (runs.sentence(at(i)), runs.sentence(at(j)))
            {
                blocks.push((fa, fb, false));
            }
        }
    }
}

/// The term vector of the sentence a figure stands in.
fn sentence_vector<'a>(alignment: &'a Alignment, p: &Placed) -> Option<&'a TermVec> {
    alignment.sentence_vectors.get(&crate::model::SentenceRef {
        article: p.article,
        paragraph: p.paragraph,
        sentence: p.sentence,
    })
}

/// Adds the paragraph pairs whose time-bearing sentences are similar
/// enough (weighted Dice) for their times to be compared.
fn similar_time_paragraphs(
    all: &[Placed],
    alignment: &Alignment,
    para_pairs: &mut HashSet<ParaPair>,
) {
    let times: Vec<usize> = (0..all.len())
        .filter(|&k| matches!(all[k].figure.role, Role::Time(_)))
        .collect();
    if times.len() <= MAX_TIMES {
        let vec_of = |k: usize| sentence_vector(alignment, &all[k]);
        for (n, &i) in times.iter().enumerate() {
            for &j in &times[n + 1..] {
                let (x, y) = (&all[i], &all[j]);
                if x.article == y.article {
                    continue;
                }
                let sim = match (vec_of(i), vec_of(j)) {
                    (Some(u), Some(v)) => u.dice(v),
                    _ => 0.0,
                };
                if sim >= MIN_TIME_SIMILARITY {
                    let (pa, pb) = ((x.article, x.paragraph), (y.article, y.paragraph));
                    if !para_pairs.contains(&(pb, pa)) {
                        para_pairs.insert((pa, pb));
                    }
                }
            }
        }
    }
}

/// The pairs of a block whose values cannot both hold. When a block
/// lists several figures of one kind on both sides ("15.5% and 8%" in
/// each report), or it compares times, a figure whose value the other
/// side also gives (in one of the `accounting` pairs) is accounted for and
/// makes no conflict: the reports list the same values, paired
/// differently.
fn disagreements(
    all: &[Placed],
    pairs: &[(usize, usize)],
    accounting: &[(usize, usize)],
    reference: Option<(i32, u32)>,
    days: &[Option<i64>],
) -> Vec<(usize, usize)> {
    let lefts: HashSet<usize> = pairs.iter().map(|p| p.0).collect();
    let rights: HashSet<usize> = pairs.iter().map(|p| p.1).collect();
    // Times and the kinds of figure read from other stories (money,
    // percentages, scores, days) are accounted for value by value: "won
    // 3-1, a week after losing 2-0" against "won 3-1" is no conflict.
    let times = pairs
        .first()
        .is_some_and(|&(i, _)| !matches!(all[i].figure.role, Role::Count { .. }));
    let strict = times || (lefts.len() > 1 && lefts.len() == rights.len());
    let differs = |i: usize, j: usize| values_differ(&all[i], &all[j], reference, days);
    let agrees = |i: usize, j: usize| {
        !differs(i, j)
            && !matches!(all[i].figure.amount, Amount::Vague(..))
            && !matches!(all[j].figure.amount, Amount::Vague(..))
    };
    let accounted: HashSet<usize> = accounting
        .iter()
        .filter(|&&(i, j)| agrees(i, j))
        .flat_map(|&(i, j)| [i, j])
        .collect();
    pairs
        .iter()
        .copied()
        .filter(|&(i, j)| {
            differs(i, j) && (!strict || !(accounted.contains(&i) || accounted.contains(&j)))
        })
        .collect()
}

/// Whether two figures' values cannot both hold ([`differ`]), unless
/// they are relative times of reports published days apart or one value
/// rounded two ways.
fn values_differ(
    x: &Placed,
    y: &Placed,
    reference: Option<(i32, u32)>,
    days: &[Option<i64>],
) -> bool {
    differ(&x.figure.amount, &y.figure.amount, reference)
        && !relative_apart(x, y, days)
        && !rounded_alike(&x.figure, &y.figure)
}

/// Whether two amounts differ by less than half the coarser one's last
/// written digit ([`Figure::step`]): "$2.1bn" and "$2.13 billion", "54%"
/// and "54.3%" are one figure rounded.
fn rounded_alike(first: &Figure, second: &Figure) -> bool {
    match (&first.amount, &second.amount) {
        (Amount::Exact(one, unit), Amount::Exact(other, other_unit)) if unit == other_unit => {
            let half = first.step.max(second.step) / 2.0;
            (one - other).abs() < half + 1e-9 * one.abs().max(1.0)
        }
        _ => false,
    }
}

/// Whether two figures are both times relative to publication ("last
/// week", "this week") in reports known to be published two days or more
/// apart: each counts back from its own day, so they are not comparable.
fn relative_apart(x: &Placed, y: &Placed, days: &[Option<i64>]) -> bool {
    matches!(x.figure.amount, Amount::Ago(..))
        && matches!(y.figure.amount, Amount::Ago(..))
        && matches!(
            (days.get(x.article).copied().flatten(), days.get(y.article).copied().flatten()),
            (Some(a), Some(b)) if (a - b).abs() >= 2
        )
}

/// Each report's day of publication as a day number, when its metadata
/// (`published`, else a dateline such as "Posted April 17, 2017") gives a
/// full date.
fn publication_days(articles: &[Article]) -> Vec<Option<i64>> {
    articles
        .iter()
        .map(|art| {
            art.published.as_deref().and_then(day_number).or_else(|| {
                art.paragraphs
                    .iter()
                    .filter(|p| p.kind == crate::model::ParaKind::Meta)
                    .find_map(|p| day_number(&p.text))
            })
        })
        .collect()
}

/// A full date in a short text ("2017-04-17T09:00Z", "April 17, 2017",
/// "17 Apr 2017") as a day number (days since 1970-01-01).
fn day_number(text: &str) -> Option<i64> {
    // Runs of digits or of letters ("17T09" is "17", "t", "09").
    let mut toks: Vec<String> = Vec::new();
    let mut prev: Option<bool> = None;
    for c in text.chars().take(80) {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        if kind.is_some() && kind == prev {
            if let Some(t) = toks.last_mut() {
                t.extend(c.to_lowercase());
            }
        } else if kind.is_some() {
            toks.push(c.to_lowercase().collect());
        }
        prev = kind;
    }
    let num = |t: &str| t.parse::<i64>().ok();
    let yi = toks
        .iter()
        .position(|t| t.len() == 4 && num(t).is_some_and(|y| (1900..=2100).contains(&y)))?;
    let year = num(&toks[yi])?;
    let named = toks.iter().find_map(|t| month_number(t));
    let (month, day) = if let Some(m) = named {
        let d = toks
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != yi)
            .find_map(|(_, t)| num(t).filter(|d| (1..=31).contains(d)))?;
        (i64::from(m), d)
    } else {
        // ISO order: year, month, day.
        let m = num(toks.get(yi + 1)?).filter(|m| (1..=12).contains(m))?;
        let d = num(toks.get(yi + 2)?).filter(|d| (1..=31).contains(d))?;
        (m, d)
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The representative of `i`'s group (with path halving).
fn root(p: &mut [usize], mut i: usize) -> usize {
    while p[i] != i {
        p[i] = p[p[i]];
        i = p[i];
    }
    i
}

/// Whether two roles say the figures are about the same thing.
fn same_role(a: &Role, b: &Role) -> bool {
    match (a, b) {
        (
            Role::Count {
                event: e1,
                noun: n1,
            },
            Role::Count {
                event: e2,
                noun: n2,
            },
        ) => {
            if !e1.is_empty() || !e2.is_empty() {
                // A count of an event: the same event, and nouns that do
                // not name two different groups ("soldiers" vs "civilians").
                e1 == e2
                    && (n1 == n2
                        || n1.is_empty()
                        || n2.is_empty()
                        || n1 == "people"
                        || n2 == "people")
            } else {
                n1 == n2
            }
        }
        (Role::Time(c1), Role::Time(c2)) | (Role::Moment(c1), Role::Moment(c2)) => {
            share_word(c1, c2)
        }
        (
            Role::Measure {
                unit: u1,
                context: c1,
                period: p1,
            },
            Role::Measure {
                unit: u2,
                context: c2,
                period: p2,
            },
        ) => {
            // A yearly and a quarterly figure are two figures.
            let periods = p1.is_none() || p2.is_none() || p1 == p2;
            u1 == u2 && periods && share_word(c1, c2)
        }
        (Role::Score, Role::Score) => true,
        _ => false,
    }
}

/// Whether two figures' surrounding words share one, written in lower
/// case on one side at least (a name alone does not make two figures
/// the figure of one thing).
fn share_word(c1: &[(String, bool)], c2: &[(String, bool)]) -> bool {
    c1.iter()
        .any(|(w, l1)| c2.iter().any(|(v, l2)| w == v && (*l1 || *l2)))
}

/// Whether the names before two figures allow one owner. Names and
/// places are weighed apart: both name someone (or both a place) and
/// nobody in common means two owners ("Smith's 50 wins" vs "Jones's 14
/// wins"; "Selby, 34," vs "Ruiz, 35,"; "in Kunduz" vs "in Mazar"), while a
/// person and a place do not clash ("Judge Ann Pell fined Tolland" / "the
/// judge in Marrow fined him"). Times (compared between paragraphs, not
/// linked sentences) need a capitalised word in common, names and places
/// alike.
fn same_owner(x: &Placed, y: &Placed) -> bool {
    let (fx, fy) = (&x.figure, &y.figure);
    if matches!(fx.role, Role::Time(_)) {
        let a: Vec<&String> = fx.owners.iter().chain(&fx.places).collect();
        let b: Vec<&String> = fy.owners.iter().chain(&fy.places).collect();
        return !clash(&a, &b);
    }
    let (nx, ny): (Vec<&String>, Vec<&String>) =
        (fx.owners.iter().collect(), fy.owners.iter().collect());
    let (px, py): (Vec<&String>, Vec<&String>) =
        (fx.places.iter().collect(), fy.places.iter().collect());
    !clash(&nx, &ny) && !clash(&px, &py)
}

/// Whether two lists of owner words name two owners: both given, and no
/// word in common.
fn clash(a: &[&String], b: &[&String]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|w| b.contains(w))
}

/// Whether two values cannot both hold.
fn differ(first: &Amount, second: &Amount, reference: Option<(i32, u32)>) -> bool {
    match (first, second) {
        (Amount::Exact(x, unit_x), Amount::Exact(y, unit_y)) => {
            unit_x == unit_y && (x - y).abs() > 1e-9
        }
        // A vague word and a plain count: the count outside the word's
        // range ("scores" wounded vs 120).
        (Amount::Vague(lo, hi), Amount::Exact(x, unit))
        | (Amount::Exact(x, unit), Amount::Vague(lo, hi)) => unit.is_empty() && (x < lo || x > hi),
        // A hedged round figure and a value outside what it allows
        // ("more than $2 million" vs $3.5 million; see `figures::as_bound`).
        (Amount::Bound { lo, hi, unit, .. }, Amount::Exact(x, unit_x))
        | (Amount::Exact(x, unit_x), Amount::Bound { lo, hi, unit, .. }) => {
            unit == unit_x && (x < lo || x > hi)
        }
        (
            Amount::Bound { lo, hi, unit, .. },
            Amount::Bound {
                lo: l2,
                hi: h2,
                unit: u2,
                ..
            },
        ) => unit == u2 && (hi < l2 || h2 < lo),
        (Amount::Bound { lo, hi, unit, .. }, Amount::Vague(l2, h2))
        | (Amount::Vague(l2, h2), Amount::Bound { lo, hi, unit, .. }) => {
            unit.is_empty() && (hi < l2 || h2 < lo)
        }
        (Amount::Ago(l1, h1), Amount::Ago(l2, h2)) => h1 < l2 || h2 < l1,
        (Amount::Score(h1, l1), Amount::Score(h2, l2)) => (h1, l1) != (h2, l2),
        (Amount::Weekday(d1), Amount::Weekday(d2)) => d1 != d2,
        (Amount::Clock(t1, z1), Amount::Clock(t2, z2)) => z1 == z2 && t1 != t2,
        (Amount::Month(m1, d1), Amount::Month(m2, d2)) => {
            m1 != m2 || (d1.is_some() && d2.is_some() && d1 != d2)
        }
        (Amount::Month(m, _), Amount::Ago(lo, hi)) | (Amount::Ago(lo, hi), Amount::Month(m, _)) => {
            reference.is_some_and(|r| !months_ago(r, *lo, *hi).contains(m))
        }
        _ => false,
    }
}

/// The months a time `lo..=hi` days before some day of month `r` can fall in.
fn months_ago(r: (i32, u32), lo: u32, hi: u32) -> Vec<u32> {
    // Day numbers counted from the reference month's first day.
    let first = -(i64::from(hi));
    let last = 30 - i64::from(lo);
    let mut out = Vec::new();
    let mut d = first;
    while d <= last {
        let back = if d < 0 { (-d - 1) / 30 + 1 } else { 0 };
        let m = (i64::from(r.1) - 1 - back).rem_euclid(12) + 1;
        let m = u32::try_from(m).unwrap_or(1);
        if !out.contains(&m) {
            out.push(m);
        }
        d += 10;
    }
    let m_last = r.1;
    if last >= 0 && !out.contains(&m_last) {
        out.push(m_last);
    }
    out
}

/// The latest month named with a year in the cluster ("28 December
/// 2017"): where the reports stand in time, so that "last week" can meet
/// "September". `None` when no report dates anything that fully.
fn reference_month(articles: &[Article]) -> Option<(i32, u32)> {
    let mut best: Option<(i32, u32)> = None;
    for art in articles {
        for p in &art.paragraphs {
            // Lower-case ASCII words are borrowed, not copied.
            let ws: Vec<std::borrow::Cow<'_, str>> = crate::text::words(&p.text)
                .map(|(_, w)| crate::text::lowercase(w))
                .collect();
            for (i, w) in ws.iter().enumerate() {
                let Some(m) = month_number(w) else { continue };
                let year = ws[i + 1..ws.len().min(i + 3)]
                    .iter()
                    .find_map(|y| y.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y)));
                if let Some(y) = year {
                    best = best.max(Some((y, m)));
                }
            }
        }
    }
    best
}

/// A short name for what a group's figures count.
fn describe(articles: &[Article], all: &[Placed], members: &[usize]) -> String {
    for &k in members {
        if let Role::Count { event, noun } = &all[k].figure.role {
            // The counted noun is kept as a stem ("cabl"): name it by the
            // word the first figure writes ("40 steel cables").
            let p = &all[k];
            let written = &articles[p.article].paragraphs[p.paragraph].text[p.figure.range.clone()];
            let word = crate::text::words(written)
                .map(|(_, w)| w.to_lowercase())
                .find(|w| !noun.is_empty() && w.len() > noun.len() && w.starts_with(noun.as_str()));
            let noun = word.as_deref().unwrap_or(noun);
            match event.as_str() {
                "age" => return "age".to_string(),
                "sentenced" => return "prison term".to_string(),
                _ => {}
            }
            let money = matches!(&all[k].figure.amount,
                Amount::Exact(_, u) | Amount::Bound { unit: u, .. } if !u.is_empty() && u != "%");
            let noun = match (noun.is_empty(), money) {
                (true, true) => "amount",
                (true, false) => "people",
                _ => noun,
            };
            return if event.is_empty() {
                noun.to_string()
            } else {
                format!("{noun} {event}")
            };
        }
    }
    let first = &all[members[0]].figure;
    let (kind, context) = match (&first.role, &first.amount) {
        (Role::Score, _) => return "final score".to_string(),
        (Role::Measure { unit, context, .. }, _) => {
            (if unit == "%" { "percentage" } else { "amount" }, context)
        }
        (Role::Moment(c), Amount::Weekday(_)) => ("day", c),
        (Role::Moment(c), _) => ("time", c),
        (Role::Time(c), _) => ("when", c),
        (Role::Count { .. }, _) => return "figure".to_string(),
    };
    let mut words: Vec<&String> = Vec::new();
    for (w, lower) in context {
        if *lower
            && members.iter().all(|&k| match &all[k].figure.role {
                Role::Time(d) | Role::Moment(d) | Role::Measure { context: d, .. } => {
                    d.iter().any(|(v, _)| v == w)
                }
                Role::Count { .. } | Role::Score => false,
            })
            && !words.contains(&w)
        {
            words.push(w);
        }
    }
    // A word the first figure's context joins from two ("rail" "strike" →
    // "railstrike") names it only when no single word is shared.
    let joined = |w: &str| {
        context.iter().any(|(a, _)| {
            w.len() > a.len() && w.starts_with(a.as_str()) && {
                let rest = &w[a.len()..];
                context.iter().any(|(b, _)| b == rest)
            }
        })
    };
    // A stem shared with its word ("revenu", "revenue") names by the word.
    let stem = |w: &str| words.iter().any(|v| v.len() > w.len() && v.starts_with(w));
    let nearest = words
        .iter()
        .find(|w| !joined(w) && !stem(w))
        .or_else(|| words.first());
    nearest.map_or_else(|| kind.to_string(), |w| format!("{kind}: {w}"))
}

#[cfg(test)]
mod tests {
    use super::{Amount, LinkedSentences, day_number, differ};
    use crate::model::{Article, ParaKind, Paragraph, SentenceRef};

    /// The set holds the sentences named and no other, in every report
    /// and paragraph, and answers no for places that do not exist.
    #[test]
    fn linked_sentences_hold_exactly_the_sentences_named() {
        let article = |paras: &[&str]| Article {
            paragraphs: paras
                .iter()
                .map(|t| Paragraph::new(ParaKind::Body, (*t).to_string()))
                .collect(),
            ..Article::default()
        };
        let arts = [
            article(&["One went. Two came. Three left.", "Four stayed."]),
            article(&["Five ran.", "Six sat. Seven stood."]),
        ];
        let at = |article, paragraph, sentence| SentenceRef {
            article,
            paragraph,
            sentence,
        };
        let named = [at(0, 0, 2), at(1, 1, 0), at(0, 1, 0)];
        let set = LinkedSentences::new(&arts, named);
        for (a, art) in arts.iter().enumerate() {
            for (p, para) in art.paragraphs.iter().enumerate() {
                for s in 0..para.sentences.len() {
                    assert_eq!(
                        set.contains(a, p, s),
                        named.contains(&at(a, p, s)),
                        "{a} {p} {s}"
                    );
                }
            }
        }
        assert!(!set.contains(2, 0, 0) && !set.contains(0, 5, 0));
    }

    #[test]
    fn hedged_round_figures_agree_with_values_they_allow() {
        let exact = |v: f64, u: &str| Amount::Exact(v, u.into());
        let more_than_2m = Amount::Bound {
            lo: 2e6,
            hi: 3e6,
            written: 2e6,
            unit: "$".into(),
        };
        let nearly_1000 = Amount::Bound {
            lo: 900.0,
            hi: 1000.0,
            written: 1000.0,
            unit: String::new(),
        };
        assert!(!differ(&more_than_2m, &exact(2.4e6, "$"), None));
        assert!(differ(&more_than_2m, &exact(3.5e6, "$"), None));
        assert!(differ(&more_than_2m, &exact(1.5e6, "$"), None));
        // Another unit is another thing.
        assert!(!differ(&more_than_2m, &exact(3.5e6, "\u{20ac}"), None));
        assert!(!differ(&nearly_1000, &exact(950.0, ""), None));
        assert!(differ(&nearly_1000, &exact(850.0, ""), None));
        // "scores" (20-99) and "nearly 1,000" cannot both hold.
        assert!(differ(&nearly_1000, &Amount::Vague(20.0, 99.0), None));
        assert!(differ(
            &more_than_2m,
            &Amount::Bound {
                lo: 1.8e6,
                hi: 1.9e6,
                written: 2e6,
                unit: "$".into()
            },
            None
        ));
    }

    #[test]
    fn full_dates_become_day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2017-04-17T09:30:00Z"),
            day_number("April 17, 2017")
        );
        assert_eq!(
            day_number("Posted 18 Apr 2017").zip(day_number("2017-04-17")),
            Some((17_274, 17_273))
        );
        assert_eq!(
            day_number("2016-03-01")
                .zip(day_number("2016-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(day_number("April 2017"), None);
        assert_eq!(day_number("Updated 5 minutes ago"), None);
    }
}
