//! Loads the dev gold's labelled sentences and fits the unique-sentence
//! model (see `main.rs`). Shared by the `fit_unique_facts` example and the
//! test that checks the weights table is reproducible.

#![allow(dead_code, reason = "the test uses part of this module")]
#![allow(
    clippy::many_single_char_names,
    clippy::needless_range_loop,
    reason = "the linear algebra reads best with index names"
)]

#[path = "../common/gold.rs"]
mod gold;
#[path = "../common/newton.rs"]
mod newton;
use gold::locate_sentence as locate;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;
use storydiff::analysis::uniqueness::{
    FEATURE_COUNT, FEATURE_NAMES, UniqueFeatures, UniqueModel, sentence_features,
};
use storydiff::model::SentenceRef;
use storydiff::{Comparison, Options};

/// Newton steps.
const STEPS: usize = 30;
/// L2 penalty on standardised weights.
const LAMBDA: f64 = 8.0;
/// Thresholds tried.
const THRESHOLDS: [f64; 9] = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

/// One labelled sentence.
pub struct Sample {
    pub x: UniqueFeatures,
    pub y: bool,
    /// The sentence's opening words (for `--dump`).
    pub text: String,
}

/// A dev cluster's labelled sentences.
pub struct Cluster {
    pub name: String,
    pub samples: Vec<Sample>,
    /// Annotated unique sentences (the recall denominator).
    pub gold_unique: usize,
    /// Every compared sentence, labelled or not, with its features (the
    /// labelled ones are `samples[k]` for `Some(k)`).
    pub sentences: Vec<(SentenceRef, UniqueFeatures, Option<usize>)>,
    /// Sentence links as indices into `sentences`: the fact finder lists
    /// neither end of a link whose two ends it finds unique, and the
    /// cross-validated figures do the same.
    pub links: Vec<(usize, usize)>,
}

/// Loads one gold cluster and labels its sentences.
fn cluster(shared: &Path, gold_file: &Path) -> Option<Cluster> {
    let (g, articles) = gold::load(shared, gold_file)?;
    let cmp = Comparison::new(articles, &Options::default());
    let refs = |k: &str| -> Vec<&Value> { g[k].as_array().into_iter().flatten().collect() };
    let unique: HashSet<SentenceRef> = refs("unique")
        .into_iter()
        .filter_map(|r| locate(&cmp.articles, r))
        .collect();
    let mut shared_set: HashSet<SentenceRef> = refs("not_unique")
        .into_iter()
        .filter_map(|r| locate(&cmp.articles, r))
        .collect();
    for e in refs("aligned") {
        for side in ["a", "b"] {
            if let Some(s) = locate(&cmp.articles, &e[side]) {
                shared_set.insert(s);
            }
        }
    }
    let features = sentence_features(&cmp.articles, &cmp.alignment);
    let mut sentences = Vec::with_capacity(features.len());
    let mut samples = Vec::new();
    for (s, x) in features {
        let y = if unique.contains(&s) {
            Some(true)
        } else if shared_set.contains(&s) {
            Some(false)
        } else {
            None
        };
        sentences.push((s, x, y.map(|_| samples.len())));
        if let Some(y) = y {
            let text = cmp.articles[s.article].paragraphs[s.paragraph]
                .sentence(s.sentence)
                .chars()
                .filter(|c| *c != ',' && *c != '\n')
                .take(60)
                .collect();
            samples.push(Sample { x, y, text });
        }
    }
    let index: HashMap<SentenceRef, usize> = sentences
        .iter()
        .enumerate()
        .map(|(k, (s, _, _))| (*s, k))
        .collect();
    let links = cmp
        .alignment
        .links
        .iter()
        .filter_map(|l| Some((*index.get(&l.a)?, *index.get(&l.b)?)))
        .collect();
    Some(Cluster {
        name: g["cluster"].as_str().unwrap_or("?").to_string(),
        samples,
        gold_unique: refs("unique").len(),
        sentences,
        links,
    })
}

/// Logistic regression by Newton's method, classes weighted equally.
fn fit(data: &[&Sample]) -> UniqueModel {
    const D: usize = FEATURE_COUNT + 1;
    let pos = data.iter().filter(|s| s.y).count().max(1) as f64;
    let neg = data.iter().filter(|s| !s.y).count().max(1) as f64;
    let weight = |s: &Sample| if s.y { 0.5 / pos } else { 0.5 / neg } * data.len() as f64;
    let total: f64 = data.iter().map(|s| weight(s)).sum::<f64>().max(1e-12);
    let mut mean = [0.0; FEATURE_COUNT];
    let mut sd = [0.0; FEATURE_COUNT];
    for s in data {
        for k in 0..FEATURE_COUNT {
            mean[k] += weight(s) * s.x[k] / total;
        }
    }
    for s in data {
        for k in 0..FEATURE_COUNT {
            sd[k] += weight(s) * (s.x[k] - mean[k]).powi(2) / total;
        }
    }
    let sd: Vec<f64> = sd.iter().map(|v| v.sqrt().max(1e-6)).collect();
    let rows: Vec<[f64; D]> = data
        .iter()
        .map(|s| {
            let mut r = [1.0; D];
            for k in 0..FEATURE_COUNT {
                r[k + 1] = (s.x[k] - mean[k]) / sd[k];
            }
            r
        })
        .collect();
    let labels: Vec<(bool, f64)> = data.iter().map(|s| (s.y, weight(s))).collect();
    let beta = newton::newton(&rows, &labels, STEPS, LAMBDA);
    let mut weights = [0.0; FEATURE_COUNT];
    let mut bias = beta[0];
    for k in 0..FEATURE_COUNT {
        weights[k] = beta[k + 1] / sd[k];
        bias -= weights[k] * mean[k];
    }
    UniqueModel { bias, weights }
}

/// The scorer's `(precision, recall, F1)` of one cluster at threshold `t`
/// (`None` where undefined, as in `score.py`); `probs` has one probability
/// per sentence of `c.sentences`. As the fact finder does, a sentence
/// linked to another found unique is not listed, unless both give a
/// number or date of their own (`own_numbers`).
fn scores(c: &Cluster, probs: &[f64], t: f64) -> (Option<f64>, Option<f64>, Option<f64>) {
    let mut listed: Vec<bool> = probs.iter().map(|p| *p >= t).collect();
    // Two that each give a number or date of their own stay listed.
    let numbers = |k: usize| c.sentences[k].1[5] > 0.0;
    for &(a, b) in &c.links {
        if probs[a] >= t && probs[b] >= t && !(numbers(a) && numbers(b)) {
            listed[a] = false;
            listed[b] = false;
        }
    }
    let (mut tp, mut fp) = (0usize, 0usize);
    for ((_, _, k), listed) in c.sentences.iter().zip(listed) {
        if let (Some(k), true) = (k, listed) {
            if c.samples[*k].y {
                tp += 1;
            } else {
                fp += 1;
            }
        }
    }
    let r = (c.gold_unique > 0).then(|| tp as f64 / c.gold_unique as f64);
    let p = (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64);
    let f = match (p, r) {
        (_, Some(0.0)) => Some(0.0),
        (Some(p), Some(r)) => Some(2.0 * p * r / (p + r)),
        _ => None,
    };
    (p, r, f)
}

/// Mean of the defined values.
fn macro_avg(v: impl Iterator<Item = Option<f64>>) -> f64 {
    let d: Vec<f64> = v.flatten().collect();
    d.iter().sum::<f64>() / d.len().max(1) as f64
}

/// Out-of-fold probabilities: each cluster scored by a model fitted on the others.
fn out_of_fold(clusters: &[Cluster]) -> Vec<Vec<f64>> {
    (0..clusters.len())
        .map(|k| {
            let train: Vec<&Sample> = clusters
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != k)
                .flat_map(|(_, c)| &c.samples)
                .collect();
            let m = fit(&train);
            clusters[k]
                .sentences
                .iter()
                .map(|(_, x, _)| m.probability(x))
                .collect()
        })
        .collect()
}

fn render(m: &UniqueModel, t: f64, header: &str) -> String {
    let mut s = header.to_string();
    s.push_str("\n#![allow(clippy::unreadable_literal, reason = \"a generated table\")]\n");
    s.push_str("\nuse super::uniqueness::UniqueModel;\n\n");
    s.push_str("/// The model over `uniqueness::FEATURE_NAMES`.\n");
    s.push_str("pub const UNIQUE_MODEL: UniqueModel = UniqueModel {\n");
    let _ = writeln!(s, "    bias: {:.6},", m.bias);
    s.push_str("    weights: [\n");
    // Trailing comments aligned as rustfmt aligns them.
    let values: Vec<String> = m.weights.iter().map(|w| format!("{w:.6},")).collect();
    let width = values.iter().map(String::len).max().unwrap_or(0);
    for (v, n) in values.iter().zip(FEATURE_NAMES) {
        let _ = writeln!(s, "        {v:<width$} // {n}");
    }
    s.push_str("    ],\n};\n\n");
    s.push_str("/// Probability from which a sentence is listed as a unique fact (the\n");
    s.push_str("/// threshold with the best leave-one-cluster-out macro F1).\n");
    let _ = writeln!(s, "pub const UNIQUE_THRESHOLD: f64 = {t:.2};");
    s
}

/// Writes the labelled features as CSV (for inspection).
pub fn write_dump(clusters: &[Cluster], path: &Path) -> std::io::Result<()> {
    let mut out = format!("cluster,y,{},text\n", FEATURE_NAMES.join(","));
    for c in clusters {
        for s in &c.samples {
            let xs: Vec<String> = s.x.iter().map(|v| format!("{v:.5}")).collect();
            let _ = writeln!(
                out,
                "{},{},{},{}",
                c.name,
                u8::from(s.y),
                xs.join(","),
                s.text
            );
        }
    }
    std::fs::write(path, out)
}

/// Reads every gold cluster under `shared` (none when it is missing).
pub fn load_clusters(shared: &Path) -> Vec<Cluster> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("eval/gold"))
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files.iter().filter_map(|f| cluster(shared, f)).collect()
}

/// Cross-validates, fits on all clusters and renders the weights table;
/// the figures go to `log` line by line.
pub fn table(clusters: &[Cluster], log: &mut dyn FnMut(String)) -> String {
    let n: usize = clusters.iter().map(|c| c.samples.len()).sum();
    let pos: usize = clusters
        .iter()
        .map(|c| c.samples.iter().filter(|s| s.y).count())
        .sum();
    log(format!(
        "data: {} dev clusters, {n} labelled sentences ({pos} unique)",
        clusters.len()
    ));
    let oof = out_of_fold(clusters);
    let cv_f1 = |t: f64| macro_avg(clusters.iter().zip(&oof).map(|(c, p)| scores(c, p, t).2));
    let best = THRESHOLDS
        .iter()
        .copied()
        .max_by(|a, b| cv_f1(*a).total_cmp(&cv_f1(*b)).then(b.total_cmp(a)))
        .unwrap_or(0.5);
    for t in THRESHOLDS {
        log(format!(
            "  threshold {t:.2}: leave-one-cluster-out macro F1 {:.3}",
            cv_f1(t)
        ));
    }
    log(format!(
        "\nleave-one-cluster-out figures at threshold {best:.2}:"
    ));
    let fmt = |v: Option<f64>| v.map_or_else(|| "  - ".to_string(), |v| format!("{v:.2}"));
    let mut per = Vec::new();
    for (c, p) in clusters.iter().zip(&oof) {
        let (pr, re, f) = scores(c, p, best);
        log(format!(
            "  {:<28} P {} R {} F1 {}",
            c.name,
            fmt(pr),
            fmt(re),
            fmt(f)
        ));
        per.push((pr, re, f));
    }
    log(format!(
        "  {:<28} P {:.2} R {:.2} F1 {:.2}",
        "MACRO",
        macro_avg(per.iter().map(|x| x.0)),
        macro_avg(per.iter().map(|x| x.1)),
        macro_avg(per.iter().map(|x| x.2))
    ));
    let all: Vec<&Sample> = clusters.iter().flat_map(|c| &c.samples).collect();
    let model = fit(&all);
    let header = format!(
        "//! Fitted weights of the unique-sentence model. GENERATED: do not edit.\n\
         //!\n\
         //! Produced by `cargo run --release --example fit_unique_facts -- --write`\n\
         //! (`examples/fit_unique_facts/`) from {n} labelled sentences ({pos} unique)\n\
         //! of the {} dev gold clusters; leave-one-cluster-out macro F1 {:.2} at the\n\
         //! threshold below. Weights apply to the raw features of\n\
         //! `uniqueness::FEATURE_NAMES`.\n",
        clusters.len(),
        cv_f1(best)
    );
    render(&model, best, &header)
}
