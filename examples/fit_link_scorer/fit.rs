//! Fits the link scorer's two logistic models and renders the weights table
//! (`src/align/link_weights.rs`). Shared by the `fit_link_scorer` example and
//! the test that checks the table is reproducible.
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
//!
//! Fitting is deterministic: Newton's method (a fixed number of steps) on
//! standardised features with an L2 penalty, no randomness.

#![allow(dead_code, reason = "the test uses part of this module")]
#![allow(
    clippy::many_single_char_names,
    clippy::needless_range_loop,
    clippy::format_push_string,
    reason = "the linear algebra reads best with index names; the table is rendered once"
)]

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use storydiff::align::features::{FEATURE_COUNT, FEATURE_NAMES, Features, LinearModel};
use storydiff::align::pair_samples;
use storydiff::load::{Format, load_inputs, parse_text};
use storydiff::model::{Article, SentenceRef};

/// Pairs of MSRP's train file used for fitting (its FIT part).
pub const MSRP_FIT: usize = 3000;
/// Newton steps.
const STEPS: usize = 30;
/// L2 penalty on standardised weights.
const LAMBDA: f64 = 1.0;

/// One labelled example.
#[derive(Debug, Clone)]
pub struct Sample {
    pub x: Features,
    pub y: f64,
}

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
}

/// Everything the fit reads.
pub struct Data {
    /// MSRP FIT pairs with their labels.
    pub msrp: Vec<Sample>,
    /// Easy negatives built from MSRP FIT sentences of different pairs.
    pub easy: Vec<Sample>,
    pub clusters: Vec<Cluster>,
}

fn msrp_features(a: &str, b: &str) -> Option<Features> {
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

/// The annotation tools' normal form: typography folded, spaces collapsed.
fn norm(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .replace('\u{2026}', "...");
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sentence holding a gold snippet `[article, text]`.
fn locate(articles: &[Article], r: &Value) -> Option<SentenceRef> {
    let i = usize::try_from(r.get(0)?.as_u64()?).ok()?;
    let snip = norm(r.get(1)?.as_str()?);
    for (j, p) in articles.get(i)?.paragraphs.iter().enumerate() {
        let t = norm(&p.text);
        let Some(k) = t.find(&snip) else { continue };
        let mut pos = 0;
        for (n, s) in p.sentence_texts().enumerate() {
            let s = norm(s);
            let start = t[pos..].find(&s).map(|x| x + pos).or_else(|| t.find(&s))?;
            if start <= k && k < start + s.len() {
                return Some(SentenceRef {
                    article: i,
                    paragraph: j,
                    sentence: n,
                });
            }
            pos = start + s.len();
        }
        return None;
    }
    None
}

fn key(a: SentenceRef, b: SentenceRef) -> (SentenceRef, SentenceRef) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Loads one gold cluster and labels its candidate pairs.
fn cluster(shared: &Path, gold_file: &Path) -> Option<Cluster> {
    let g: Value = serde_json::from_str(&std::fs::read_to_string(gold_file).ok()?).ok()?;
    let root = shared.parent()?;
    let paths: Vec<String> = g["articles"]
        .as_array()?
        .iter()
        .filter_map(|p| Some(root.join(p.as_str()?).to_string_lossy().into_owned()))
        .collect();
    let articles = load_inputs(&paths, &mut std::io::empty()).ok()?;
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
    for s in pair_samples(&articles, false) {
        let k = key(s.a, s.b);
        let y = if gold.contains(&k) {
            1.0
        } else if known.contains(&s.a) && known.contains(&s.b) {
            0.0
        } else {
            continue;
        };
        trap.push(trap_set.contains(&k));
        ends.push((s.a, s.b));
        samples.push(Sample { x: s.features, y });
    }
    Some(Cluster {
        name: g["cluster"].as_str().unwrap_or("?").to_string(),
        samples,
        trap,
        ends,
        gold_pairs: g["aligned"].as_array().map_or(0, Vec::len),
        gold_traps: g["not_aligned"].as_array().map_or(0, Vec::len),
    })
}

/// Reads all fitting data under `shared`.
///
/// # Errors
/// A missing MSRP file.
pub fn load(shared: &Path) -> std::io::Result<Data> {
    let rows = msrp_fit(shared)?;
    let msrp = rows
        .iter()
        .filter_map(|(y, a, b)| {
            Some(Sample {
                x: msrp_features(a, b)?,
                y: f64::from(u8::from(*y)),
            })
        })
        .collect();
    let half = rows.len() / 2;
    let easy = (0..rows.len())
        .filter_map(|i| {
            let x = msrp_features(&rows[i].1, &rows[(i + half) % rows.len()].2)?;
            Some(Sample { x, y: 0.0 })
        })
        .collect();
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
    })
}

/// Weighted logistic regression by Newton's method.
pub fn fit_logistic(data: &[(&Sample, f64)]) -> LinearModel {
    const D: usize = FEATURE_COUNT + 1;
    let total: f64 = data.iter().map(|(_, w)| w).sum::<f64>().max(1e-12);
    let mut mean = [0.0; FEATURE_COUNT];
    let mut sd = [0.0; FEATURE_COUNT];
    for (s, w) in data {
        for k in 0..FEATURE_COUNT {
            mean[k] += w * s.x[k] / total;
        }
    }
    for (s, w) in data {
        for k in 0..FEATURE_COUNT {
            sd[k] += w * (s.x[k] - mean[k]).powi(2) / total;
        }
    }
    let sd: Vec<f64> = sd.iter().map(|v| v.sqrt().max(1e-6)).collect();
    let rows: Vec<[f64; D]> = data
        .iter()
        .map(|(s, _)| {
            let mut r = [1.0; D];
            for k in 0..FEATURE_COUNT {
                r[k + 1] = (s.x[k] - mean[k]) / sd[k];
            }
            r
        })
        .collect();
    let mut beta = [0.0; D];
    for _ in 0..STEPS {
        let mut grad = [0.0; D];
        let mut hess = [[0.0; D]; D];
        for (r, (s, w)) in rows.iter().zip(data) {
            let z: f64 = r.iter().zip(&beta).map(|(x, b)| x * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = w * (p - s.y);
            let h = w * (p * (1.0 - p)).max(1e-9);
            for a in 0..D {
                grad[a] += g * r[a];
                for b in 0..=a {
                    hess[a][b] += h * r[a] * r[b];
                }
            }
        }
        for a in 0..D {
            for b in a + 1..D {
                hess[a][b] = hess[b][a];
            }
            if a > 0 {
                grad[a] += LAMBDA * beta[a];
                hess[a][a] += LAMBDA;
            }
        }
        let step = solve(hess, grad);
        for a in 0..D {
            beta[a] -= step[a];
        }
    }
    let mut weights = [0.0; FEATURE_COUNT];
    let mut bias = beta[0];
    for k in 0..FEATURE_COUNT {
        weights[k] = beta[k + 1] / sd[k];
        bias -= weights[k] * mean[k];
    }
    LinearModel { bias, weights }
}

/// Solves `m x = v` by Gaussian elimination with partial pivoting.
fn solve<const D: usize>(mut m: [[f64; D]; D], mut v: [f64; D]) -> [f64; D] {
    for c in 0..D {
        let p = (c..D)
            .max_by(|&a, &b| m[a][c].abs().total_cmp(&m[b][c].abs()))
            .unwrap_or(c);
        m.swap(c, p);
        v.swap(c, p);
        let d = if m[c][c].abs() < 1e-12 {
            1e-12
        } else {
            m[c][c]
        };
        for r in c + 1..D {
            let f = m[r][c] / d;
            for k in c..D {
                m[r][k] -= f * m[c][k];
            }
            v[r] -= f * v[c];
        }
    }
    let mut x = [0.0; D];
    for c in (0..D).rev() {
        let s: f64 = (c + 1..D).map(|k| m[c][k] * x[k]).sum();
        let d = if m[c][c].abs() < 1e-12 {
            1e-12
        } else {
            m[c][c]
        };
        x[c] = (v[c] - s) / d;
    }
    x
}

/// The fitted tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Tables {
    pub link: LinearModel,
    pub same: LinearModel,
    pub link_threshold: f64,
    pub same_threshold: f64,
}

/// Training set of the link model: MSRP paraphrases as positives, easy
/// negatives, and the given dev clusters; each of the three groups weighs
/// as much as the MSRP part in total.
pub fn link_training<'a>(data: &'a Data, clusters: &[&'a Cluster]) -> Vec<(&'a Sample, f64)> {
    let pos: Vec<&Sample> = data.msrp.iter().filter(|s| s.y > 0.5).collect();
    let n_cluster: usize = clusters.iter().map(|c| c.samples.len()).sum();
    let base = pos.len() as f64;
    let mut out: Vec<(&Sample, f64)> = pos.iter().map(|s| (*s, 1.0)).collect();
    let we = base / data.easy.len().max(1) as f64;
    out.extend(data.easy.iter().map(|s| (s, we)));
    let wc = 2.0 * base / n_cluster.max(1) as f64;
    for c in clusters {
        out.extend(c.samples.iter().map(|s| (s, wc)));
    }
    out
}

/// Training set of the same-thing model: MSRP FIT pairs and easy negatives.
pub fn same_training(data: &Data) -> Vec<(&Sample, f64)> {
    data.msrp
        .iter()
        .chain(&data.easy)
        .map(|s| (s, 1.0))
        .collect()
}

/// Link precision, recall and trap rate of one cluster at threshold `t`,
/// with the probabilities of its samples.
/// Labelled samples only: the keep rule also sees unlabelled pairs, so
/// this is an estimate (it can only keep fewer than the real rule would
/// drop).
pub fn cluster_scores(c: &Cluster, probs: &[f64], t: f64) -> (f64, f64, f64) {
    let kept = keep_rule(c, probs, t);
    let (mut tp, mut fp, mut traps) = (0usize, 0usize, 0usize);
    for (((s, p), trap), keep) in c.samples.iter().zip(probs).zip(&c.trap).zip(&kept) {
        if *p >= t && *keep {
            if s.y > 0.5 {
                tp += 1;
            } else {
                fp += 1;
            }
            traps += usize::from(*trap);
        }
    }
    let prec = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let rec = tp as f64 / c.gold_pairs.max(1) as f64;
    (prec, rec, traps as f64 / c.gold_traps.max(1) as f64)
}

/// The pipeline's keep rule on the samples above `t`: each sentence keeps
/// its two best matches in each other report, and a pair stays when both
/// ends keep it.
fn keep_rule(c: &Cluster, probs: &[f64], t: f64) -> Vec<bool> {
    let mut by_side: BTreeMap<(SentenceRef, usize), Vec<(f64, usize)>> = BTreeMap::new();
    for (k, ((a, b), p)) in c.ends.iter().zip(probs).enumerate() {
        if *p >= t {
            by_side.entry((*a, b.article)).or_default().push((*p, k));
            by_side.entry((*b, a.article)).or_default().push((*p, k));
        }
    }
    let mut keep = vec![0u8; probs.len()];
    for list in by_side.values_mut() {
        list.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        for (_, k) in list.iter().take(2) {
            keep[*k] += 1;
        }
    }
    keep.into_iter().map(|n| n == 2).collect()
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Leave-one-cluster-out probabilities: each cluster scored by a link
/// model fitted without it.
pub fn loco(data: &Data) -> Vec<Vec<f64>> {
    (0..data.clusters.len())
        .map(|held| {
            let rest: Vec<&Cluster> = data
                .clusters
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != held)
                .map(|(_, c)| c)
                .collect();
            let m = fit_logistic(&link_training(data, &rest));
            data.clusters[held]
                .samples
                .iter()
                .map(|s| m.probability(&s.x))
                .collect()
        })
        .collect()
}

/// Macro link F1 over clusters at threshold `t`, less half the macro
/// share of traps linked (a linked look-alike misleads more than a missed
/// link).
pub fn macro_f1(data: &Data, probs: &[Vec<f64>], t: f64) -> f64 {
    let n = data.clusters.len().max(1) as f64;
    data.clusters
        .iter()
        .zip(probs)
        .map(|(c, p)| {
            let (pr, re, traps) = cluster_scores(c, p, t);
            f1(pr, re) - 0.5 * traps
        })
        .sum::<f64>()
        / n
}

/// The threshold (on a 0.01 grid) that maximises `score`.
pub fn best_threshold(score: impl Fn(f64) -> f64) -> f64 {
    let mut best = (f64::MIN, 0.5);
    for k in 5..=95 {
        let t = f64::from(k) / 100.0;
        let s = score(t);
        if s > best.0 + 1e-12 {
            best = (s, t);
        }
    }
    best.1
}

/// Accuracy of `model` on `samples` at threshold `t`.
pub fn accuracy(model: &LinearModel, samples: &[Sample], t: f64) -> f64 {
    let ok = samples
        .iter()
        .filter(|s| (model.probability(&s.x) >= t) == (s.y > 0.5))
        .count();
    ok as f64 / samples.len().max(1) as f64
}

/// Fits both models on all data; the link threshold is picked on
/// leave-one-cluster-out probabilities, the same threshold on MSRP FIT.
pub fn fit(data: &Data) -> Tables {
    let all: Vec<&Cluster> = data.clusters.iter().collect();
    let link = fit_logistic(&link_training(data, &all));
    let same = fit_logistic(&same_training(data));
    let probs = loco(data);
    let link_threshold = best_threshold(|t| macro_f1(data, &probs, t));
    let same_threshold = best_threshold(|t| accuracy(&same, &data.msrp, t));
    Tables {
        link,
        same,
        link_threshold,
        same_threshold,
    }
}

fn model_text(name: &str, doc: &str, m: &LinearModel) -> String {
    let mut s = format!("/// {doc}\npub const {name}: LinearModel = LinearModel {{\n");
    s += &format!("    bias: {:.6},\n    weights: [\n", m.bias);
    for (w, n) in m.weights.iter().zip(FEATURE_NAMES) {
        s += &format!("        {w:.6}, // {n}\n");
    }
    s += "    ],\n};\n";
    s
}

/// The Rust source of the weights table; `header` lines (already `//!`
/// comments) say what produced it.
pub fn render(t: &Tables, header: &str) -> String {
    let mut s = String::from(header);
    s += "\n#![allow(clippy::unreadable_literal, reason = \"a generated table\")]\n";
    s += "\nuse super::features::LinearModel;\n\n";
    s += &model_text(
        "LINK_MODEL",
        "Probability that a candidate pair is a link (same fact or claim).",
        &t.link,
    );
    s += "\n";
    s += &model_text(
        "SAME_MODEL",
        "Probability that the two sentences say the same thing.",
        &t.same,
    );
    s += &format!(
        "\n/// Link probability from which a candidate pair is linked by default.\npub const LINK_THRESHOLD: f64 = {:.2};\n",
        t.link_threshold
    );
    s += &format!(
        "\n/// Same-thing probability from which a link is graded `same`.\npub const SAME_THRESHOLD: f64 = {:.2};\n",
        t.same_threshold
    );
    s
}

/// The table without its `//!` header and with whitespace collapsed (the
/// file is rustfmt-formatted), for comparisons.
pub fn body(source: &str) -> String {
    source
        .lines()
        .filter(|l| !l.starts_with("//!"))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Per-cluster cross-validated figures, for the fitting report.
pub fn cv_report(data: &Data, t: f64) -> BTreeMap<String, (f64, f64, f64)> {
    let probs = loco(data);
    data.clusters
        .iter()
        .zip(&probs)
        .map(|(c, p)| (c.name.clone(), cluster_scores(c, p, t)))
        .collect()
}
