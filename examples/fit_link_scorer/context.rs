//! An experiment of the fitter, measured and not shipped: a second stage
//! of the link scorer that reads a candidate pair in its context.
//!
//! The first stage scores each candidate pair of sentences on its own
//! (`storydiff::align::features`, the `LINK_MODEL` of the weights table).
//! A pair whose words differ might be recognisable from around it: the
//! sentences before and after link too, the two paragraphs hold other
//! links, each sentence is the other's best match in its report. These
//! signals, read from the first-stage scores of the neighbouring pairs,
//! become a few numbers ([`ContextFeatures`], names in [`CONTEXT_NAMES`])
//! that a second logistic model weighs with the pair's own score. The
//! fitter reports its leave-one-cluster-out figures beside the first
//! stage's; it did not beat it on the dev clusters, so the pipeline does
//! not use it.
//!
//! Guarantees: every feature lies in `[0, 1]` and is a function of the pair
//! set and the first-stage scores only; the cost is linear in pairs (up to
//! a log factor). A sentence's neighbours are the previous and next
//! sentences of its report among those that take part in some candidate
//! pair.

#![allow(dead_code, reason = "the names document the features")]

use rustc_hash::FxHashMap as HashMap;

use storydiff::model::SentenceRef;

/// Number of context features of a pair.
pub const CONTEXT_COUNT: usize = 8;

/// A candidate pair's context as numbers, in the order of [`CONTEXT_NAMES`].
pub type ContextFeatures = [f64; CONTEXT_COUNT];

/// What each context feature measures.
pub const CONTEXT_NAMES: [&str; CONTEXT_COUNT] = [
    "first_stage",
    "first_stage_logit",
    "neighbours",
    "neighbours_mean",
    "paragraph_support",
    "mutual_best",
    "margin",
    "rival",
];

/// The logit of `p`, cut to `[-10, 10]` and mapped onto `[0, 1]`.
pub fn logit_scaled(p: f64) -> f64 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    f64::midpoint(((p / (1.0 - p)).ln() / 10.0).clamp(-1.0, 1.0), 1.0)
}

/// The context features of each pair of `pairs` (two sentences of
/// different reports, each pair once) given their first-stage
/// probabilities `first` (0 for a pair set aside before scoring).
#[must_use]
pub fn context_features(
    pairs: &[(SentenceRef, SentenceRef)],
    first: &[f64],
) -> Vec<ContextFeatures> {
    // Each report's sentences that take part in some pair, in order.
    let mut sentences: Vec<SentenceRef> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    sentences.sort_unstable();
    sentences.dedup();
    let at = |s: SentenceRef| sentences.binary_search(&s).ok();
    let step = |s: SentenceRef, forward: bool| -> Option<SentenceRef> {
        let i = at(s)?;
        let n = if forward {
            i.checked_add(1)?
        } else {
            i.checked_sub(1)?
        };
        sentences.get(n).copied().filter(|t| t.article == s.article)
    };
    let key = |a: SentenceRef, b: SentenceRef| if a <= b { (a, b) } else { (b, a) };
    let score: HashMap<(SentenceRef, SentenceRef), f64> = pairs
        .iter()
        .zip(first)
        .map(|(&(a, b), &p)| (key(a, b), p))
        .collect();
    let of = |a: Option<SentenceRef>, b: Option<SentenceRef>| -> f64 {
        match (a, b) {
            (Some(a), Some(b)) => score.get(&key(a, b)).copied().unwrap_or(0.0),
            _ => 0.0,
        }
    };
    // Best and second-best score of each sentence into each other report,
    // and the best pairs between two paragraphs (two, so that a pair can
    // see the best other one).
    let mut best: HashMap<(SentenceRef, usize), [f64; 2]> = HashMap::default();
    let mut paras: HashMap<(usize, usize, usize, usize), [f64; 2]> = HashMap::default();
    let push = |slot: &mut [f64; 2], p: f64| {
        if p > slot[0] {
            slot[1] = slot[0];
            slot[0] = p;
        } else if p > slot[1] {
            slot[1] = p;
        }
    };
    for (&(a, b), &p) in pairs.iter().zip(first) {
        push(best.entry((a, b.article)).or_default(), p);
        push(best.entry((b, a.article)).or_default(), p);
        let (x, y) = key(a, b);
        push(
            paras
                .entry((x.article, x.paragraph, y.article, y.paragraph))
                .or_default(),
            p,
        );
    }
    // The best score among `slot`'s pairs other than one scoring `p`.
    let other = |slot: [f64; 2], p: f64| if p >= slot[0] { slot[1] } else { slot[0] };
    pairs
        .iter()
        .zip(first)
        .map(|(&(a, b), &p)| {
            let before = of(step(a, false), step(b, false));
            let after = of(step(a, true), step(b, true));
            let (x, y) = key(a, b);
            let para = paras[&(x.article, x.paragraph, y.article, y.paragraph)];
            let rival_a = other(best[&(a, b.article)], p);
            let rival_b = other(best[&(b, a.article)], p);
            let mutual = f64::from(u8::from(p >= rival_a)) + f64::from(u8::from(p >= rival_b));
            [
                p,
                logit_scaled(p),
                before.max(after),
                f64::midpoint(before, after),
                other(para, p),
                mutual / 2.0,
                f64::midpoint((p - rival_a.max(rival_b)).clamp(-1.0, 1.0), 1.0),
                rival_a.max(rival_b),
            ]
        })
        .collect()
}

/// The transitive support of each pair of `pairs` given their first-stage
/// probabilities `first`: the best, over the sentences `c` of a third
/// report, of the smaller of the scores of `(a, c)` and `(b, c)` (0 when
/// no third report holds a candidate of both). Three reports that tell one
/// fact each link it to the others; a pair whose own words differ too much
/// can be vouched for by a third report's sentence close to both.
#[must_use]
pub fn transitive(pairs: &[(SentenceRef, SentenceRef)], first: &[f64]) -> Vec<f64> {
    let key = |a: SentenceRef, b: SentenceRef| if a <= b { (a, b) } else { (b, a) };
    let mut score: HashMap<(SentenceRef, SentenceRef), f64> = HashMap::default();
    let mut partners: HashMap<SentenceRef, Vec<SentenceRef>> = HashMap::default();
    for (&(a, b), &p) in pairs.iter().zip(first) {
        if p > 0.0 {
            score.insert(key(a, b), p);
            partners.entry(a).or_default().push(b);
            partners.entry(b).or_default().push(a);
        }
    }
    pairs
        .iter()
        .map(|&(a, b)| {
            partners.get(&a).map_or(0.0, |cs| {
                cs.iter()
                    .filter(|c| c.article != b.article)
                    .filter_map(|&c| {
                        let ac = score[&key(a, c)];
                        score.get(&key(b, c)).map(|bc| ac.min(*bc))
                    })
                    .fold(0.0, f64::max)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(article: usize, paragraph: usize, sentence: usize) -> SentenceRef {
        SentenceRef {
            article,
            paragraph,
            sentence,
        }
    }

    fn get(f: &ContextFeatures, name: &str) -> f64 {
        f[CONTEXT_NAMES.iter().position(|n| *n == name).unwrap()]
    }

    #[test]
    fn neighbours_paragraphs_and_rivals() {
        // Report 0: sentences (0,0,0) (0,0,1) (0,1,0); report 1 likewise.
        let pairs = [
            (s(0, 0, 0), s(1, 0, 0)),
            (s(0, 0, 1), s(1, 0, 1)),
            (s(0, 1, 0), s(1, 1, 0)),
            (s(0, 0, 1), s(1, 1, 0)),
        ];
        let first = [0.9, 0.3, 0.8, 0.2];
        let f = context_features(&pairs, &first);
        // The middle pair: both diagonal neighbours score high.
        assert_eq!(get(&f[1], "neighbours"), 0.9);
        assert!((get(&f[1], "neighbours_mean") - 0.85).abs() < 1e-12);
        // Its paragraphs hold the 0.9 pair too.
        assert_eq!(get(&f[1], "paragraph_support"), 0.9);
        // (0,0,1) prefers (1,0,1) over (1,1,0); (1,1,0) prefers (0,1,0).
        assert_eq!(get(&f[1], "mutual_best"), 1.0);
        assert_eq!(get(&f[3], "mutual_best"), 0.0);
        assert_eq!(get(&f[3], "rival"), 0.8);
        assert!(get(&f[3], "margin") < 0.5 && get(&f[1], "margin") > 0.5);
        for x in &f {
            assert!(x.iter().all(|v| (0.0..=1.0).contains(v)));
        }
    }

    #[test]
    fn a_third_report_vouches_for_a_pair() {
        let (a, b, c) = (s(0, 1, 0), s(1, 2, 0), s(2, 1, 0));
        let pairs = [(a, b), (a, c), (b, c), (a, s(2, 3, 0))];
        let t = transitive(&pairs, &[0.1, 0.9, 0.7, 0.4]);
        assert_eq!(t, [0.7, 0.1, 0.1, 0.0]);
    }

    #[test]
    fn a_lone_pair_has_no_context() {
        let f = context_features(&[(s(0, 1, 0), s(1, 1, 0))], &[0.6]);
        assert_eq!(get(&f[0], "neighbours"), 0.0);
        assert_eq!(get(&f[0], "paragraph_support"), 0.0);
        assert_eq!(get(&f[0], "mutual_best"), 1.0);
        assert_eq!(get(&f[0], "first_stage"), 0.6);
    }
}
