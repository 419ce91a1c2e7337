//! The data the link scorer is fitted on. Shared by the `fit_link_scorer`
//! example and the test that checks the table is reproducible.
//!
//! Data (all under the shared folder, never in the repository):
//! - MSRP FIT: the first 3,000 pairs of `eval/msrp/msr_paraphrase_train.txt`
//!   (the rest, DEV, is never read here), each fed as the two-report
//!   cluster `eval/msrp.py` builds; plus as many easy negatives (sentence 1
//!   of pair `i` with sentence 2 of pair `i + 1500`).
//! - Dev gold clusters (`eval/gold/*.json` with `corpus/`): the real
//!   candidate pairs of each cluster, labelled 1 when annotated as aligned,
//!   0 when both sentences are annotated (aligned elsewhere, unique,
//!   off-topic or a trap) but not as this pair; pairs of unannotated
//!   sentences are left out.

#![allow(dead_code, reason = "the test uses part of this module")]
#![allow(
    clippy::many_single_char_names,
    reason = "the gold-locating loop reads best with index names"
)]

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::json;
use storydiff::align::features::{FEATURE_COUNT, Features};
use storydiff::align::{PairSample, pair_samples};
use storydiff::load::{Format, parse_text};
use storydiff::model::SentenceRef;
#[path = "../common/gold.rs"]
mod gold;
use gold::locate_sentence as locate;

/// Pairs of MSRP's train file used for fitting (its FIT part).
pub const MSRP_FIT: usize = 3000;

/// One labelled example (by default a pair's first-stage features).
#[derive(Debug, Clone)]
pub struct Sample<const N: usize = FEATURE_COUNT> {
    pub x: [f64; N],
    pub y: f64,
}

/// The two sentences of a sample.
pub type TextPair = (String, String);

/// A dev cluster's labelled candidate pairs.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub name: String,
    pub samples: Vec<Sample>,
    /// Whether each sample is an annotated trap (look-alike, not aligned).
    pub trap: Vec<bool>,
    /// The two sentences of each sample.
    pub ends: Vec<(SentenceRef, SentenceRef)>,
    /// Annotated aligned pairs (the recall denominator).
    pub gold_pairs: usize,
    /// Annotated traps.
    pub gold_traps: usize,
    /// Every candidate pair of the cluster (labelled or not), for the
    /// context stage, which reads the first-stage scores of neighbours.
    pub all: Vec<PairSample>,
    /// Where each labelled sample sits in `all`.
    pub at: Vec<usize>,
    /// Gold aligned pairs whose sentences the segmentation does not
    /// separate or find (lost before any scoring).
    pub unlocated: usize,
    /// Features of the gold aligned pairs the candidate search missed.
    pub missed: Vec<Features>,
    /// The two sentences' texts of each sample (for `--dump`).
    pub texts: Vec<(String, String)>,
}

/// Everything the fit reads.
pub struct Data {
    /// MSRP FIT pairs with their labels.
    pub msrp: Vec<Sample>,
    /// Easy negatives built from MSRP FIT sentences of different pairs.
    pub easy: Vec<Sample>,
    pub clusters: Vec<Cluster>,
    /// The two sentences of each MSRP sample, then of each easy negative
    /// (for `--dump`).
    pub texts: (Vec<TextPair>, Vec<TextPair>),
}

pub fn msrp_features(a: &str, b: &str) -> Option<Features> {
    let doc = json!([
        {"title": "Alpha", "source": "a", "paragraphs": [a]},
        {"title": "Beta", "source": "b", "paragraphs": [b]},
    ]);
    let articles = parse_text("-", &doc.to_string(), Format::Json).ok()?;
    let body: Vec<_> = pair_samples(&articles, true)
        .into_iter()
        .filter(|s| s.a.paragraph >= 1 && s.b.paragraph >= 1)
        .collect();
    // A sentence the segmenter splits has no single pair to learn from.
    (body.len() == 1).then(|| body[0].features)
}

/// Reads MSRP's FIT part: `(label, sentence 1, sentence 2)`.
pub fn msrp_fit(shared: &Path) -> std::io::Result<Vec<(bool, String, String)>> {
    let text = std::fs::read_to_string(shared.join("eval/msrp/msr_paraphrase_train.txt"))?;
    Ok(text
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .filter_map(|l| {
            let p: Vec<&str> = l.split('\t').collect();
            (p.len() == 5).then(|| (p[0] == "1", p[3].to_string(), p[4].to_string()))
        })
        .take(MSRP_FIT)
        .collect())
}

fn key(a: SentenceRef, b: SentenceRef) -> (SentenceRef, SentenceRef) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Loads one gold cluster and labels its candidate pairs.
fn cluster(shared: &Path, gold_file: &Path) -> Option<Cluster> {
    let (g, articles) = gold::load(shared, gold_file)?;
    let pairs_of = |k: &str| -> Vec<(SentenceRef, SentenceRef)> {
        g[k].as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| {
                Some(key(
                    locate(&articles, &e["a"])?,
                    locate(&articles, &e["b"])?,
                ))
            })
            .collect()
    };
    let aligned = pairs_of("aligned");
    let traps = pairs_of("not_aligned");
    let mut known: HashSet<SentenceRef> = HashSet::new();
    for (a, b) in aligned.iter().chain(&traps) {
        known.insert(*a);
        known.insert(*b);
    }
    for k in ["unique", "offtopic"] {
        for r in g[k].as_array().into_iter().flatten() {
            if let Some(s) = locate(&articles, r) {
                known.insert(s);
            }
        }
    }
    let gold: HashSet<_> = aligned.iter().copied().collect();
    let trap_set: HashSet<_> = traps.iter().copied().collect();
    let mut samples = Vec::new();
    let mut trap = Vec::new();
    let mut ends = Vec::new();
    let mut texts = Vec::new();
    let mut at = Vec::new();
    let all = pair_samples(&articles, false);
    let mut found: HashSet<(SentenceRef, SentenceRef)> = HashSet::new();
    for (n, s) in all.iter().enumerate() {
        let k = key(s.a, s.b);
        let y = if gold.contains(&k) {
            found.insert(k);
            1.0
        } else if known.contains(&s.a) && known.contains(&s.b) {
            0.0
        } else {
            continue;
        };
        trap.push(trap_set.contains(&k));
        ends.push((s.a, s.b));
        let text = |r: SentenceRef| {
            articles[r.article].paragraphs[r.paragraph]
                .sentence(r.sentence)
                .to_string()
        };
        texts.push((text(s.a), text(s.b)));
        at.push(n);
        samples.push(Sample { x: s.features, y });
    }
    let missing: HashSet<_> = gold.difference(&found).copied().collect();
    let missed = if missing.is_empty() {
        Vec::new()
    } else {
        pair_samples(&articles, true)
            .into_iter()
            .filter(|s| missing.contains(&key(s.a, s.b)))
            .map(|s| s.features)
            .collect()
    };
    let gold_pairs = g["aligned"].as_array().map_or(0, Vec::len);
    Some(Cluster {
        name: g["cluster"].as_str().unwrap_or("?").to_string(),
        samples,
        trap,
        ends,
        gold_pairs,
        gold_traps: g["not_aligned"].as_array().map_or(0, Vec::len),
        all,
        at,
        unlocated: gold_pairs - missing.len() - found.len(),
        missed,
        texts,
    })
}

/// Reads all fitting data under `shared`.
///
/// # Errors
/// A missing MSRP file.
pub fn load(shared: &Path) -> std::io::Result<Data> {
    let rows = msrp_fit(shared)?;
    let (msrp, msrp_texts): (Vec<Sample>, Vec<(String, String)>) = rows
        .iter()
        .filter_map(|(y, a, b)| {
            Some((
                Sample {
                    x: msrp_features(a, b)?,
                    y: f64::from(u8::from(*y)),
                },
                (a.clone(), b.clone()),
            ))
        })
        .unzip();
    let half = rows.len() / 2;
    let (easy, easy_texts): (Vec<Sample>, Vec<(String, String)>) = (0..rows.len())
        .filter_map(|i| {
            let (a, b) = (&rows[i].1, &rows[(i + half) % rows.len()].2);
            let x = msrp_features(a, b)?;
            Some((Sample { x, y: 0.0 }, (a.clone(), b.clone())))
        })
        .unzip();
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("eval/gold"))
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    let clusters = files.iter().filter_map(|f| cluster(shared, f)).collect();
    Ok(Data {
        msrp,
        easy,
        clusters,
        texts: (msrp_texts, easy_texts),
    })
}
