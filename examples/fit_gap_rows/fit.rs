//! Loads the dev gold's labelled gap pairs and fits the gap model (see
//! `main.rs`). Shared by the `fit_gap_rows` example and the test that
//! checks the weights table is reproducible.

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
use gold::norm;

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;
use storydiff::align::{AlignOptions, GAP_FEATURE_COUNT, GAP_FEATURES, gap_samples};
use storydiff::model::{Article, ParaRef};

/// Newton steps.
const STEPS: usize = 30;
/// L2 penalty on standardised weights.
const LAMBDA: f64 = 1.0;

/// One labelled (paragraph, row) pair.
pub struct Sample {
    pub x: [f64; GAP_FEATURE_COUNT],
    pub y: bool,
}

/// A dev cluster's labelled gap pairs.
pub struct Cluster {
    pub name: String,
    pub samples: Vec<Sample>,
}

/// A fitted model: bias, then one weight per feature.
pub type Weights = [f64; GAP_FEATURE_COUNT + 1];

/// The paragraph holding a gold snippet `[article, text]`, as the scorer
/// finds it.
fn locate(articles: &[Article], r: &Value) -> Option<ParaRef> {
    let i = usize::try_from(r.get(0)?.as_u64()?).ok()?;
    let snip = norm(r.get(1)?.as_str()?);
    let paragraph = articles
        .get(i)?
        .paragraphs
        .iter()
        .position(|p| norm(&p.text).contains(&snip))?;
    Some(ParaRef {
        article: i,
        paragraph,
    })
}

/// Loads one gold cluster and labels its gap pairs: 1 when an annotated
/// aligned sentence pair joins the paragraph to a paragraph of the row.
fn cluster(shared: &Path, gold_file: &Path) -> Option<Cluster> {
    let (g, articles) = gold::load(shared, gold_file)?;
    let mut aligned: HashSet<(ParaRef, ParaRef)> = HashSet::new();
    for e in g["aligned"].as_array().into_iter().flatten() {
        if let (Some(a), Some(b)) = (locate(&articles, &e["a"]), locate(&articles, &e["b"])) {
            aligned.insert((a, b));
            aligned.insert((b, a));
        }
    }
    let samples = gap_samples(&articles, &AlignOptions::default())
        .into_iter()
        .map(|s| Sample {
            x: s.features,
            y: s.row.iter().any(|&o| aligned.contains(&(s.paragraph, o))),
        })
        .collect();
    Some(Cluster {
        name: g["cluster"].as_str().unwrap_or("?").to_string(),
        samples,
    })
}

/// Logistic regression by Newton's method on standardised features.
fn fit(data: &[&Sample]) -> Weights {
    const D: usize = GAP_FEATURE_COUNT + 1;
    let n = data.len().max(1) as f64;
    let mut mean = [0.0; GAP_FEATURE_COUNT];
    let mut sd = [0.0; GAP_FEATURE_COUNT];
    for s in data {
        for k in 0..GAP_FEATURE_COUNT {
            mean[k] += s.x[k] / n;
        }
    }
    for s in data {
        for k in 0..GAP_FEATURE_COUNT {
            sd[k] += (s.x[k] - mean[k]).powi(2) / n;
        }
    }
    let sd: Vec<f64> = sd.iter().map(|v| v.sqrt().max(1e-6)).collect();
    let rows: Vec<[f64; D]> = data
        .iter()
        .map(|s| {
            let mut r = [1.0; D];
            for k in 0..GAP_FEATURE_COUNT {
                r[k + 1] = (s.x[k] - mean[k]) / sd[k];
            }
            r
        })
        .collect();
    let labels: Vec<(bool, f64)> = data.iter().map(|s| (s.y, 1.0)).collect();
    let beta = newton::newton(&rows, &labels, STEPS, LAMBDA);
    let mut w = [0.0; D];
    w[0] = beta[0];
    for k in 0..GAP_FEATURE_COUNT {
        w[k + 1] = beta[k + 1] / sd[k];
        w[0] -= w[k + 1] * mean[k];
    }
    w
}

/// The model's probability for one pair.
pub fn probability(w: &Weights, x: &[f64; GAP_FEATURE_COUNT]) -> f64 {
    let z = w[0] + x.iter().zip(&w[1..]).map(|(x, w)| x * w).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// `(true positives, false positives, positives)` at threshold `t`.
fn counts(scored: &[(f64, bool)], t: f64) -> (usize, usize, usize) {
    let tp = scored.iter().filter(|s| s.0 >= t && s.1).count();
    let fp = scored.iter().filter(|s| s.0 >= t && !s.1).count();
    (tp, fp, scored.iter().filter(|s| s.1).count())
}

fn f1((tp, fp, pos): (usize, usize, usize)) -> f64 {
    let d = tp + fp + pos;
    if d == 0 {
        0.0
    } else {
        2.0 * tp as f64 / d as f64
    }
}

/// The threshold (hundredths, 0.05 to 0.60) with the best F1 on `scored`.
fn best_threshold(scored: &[(f64, bool)]) -> f64 {
    let mut best = (f64::MIN, 0.5);
    for h in 5..=60 {
        let t = f64::from(h) / 100.0;
        let f = f1(counts(scored, t));
        if f > best.0 + 1e-12 {
            best = (f, t);
        }
    }
    best.1
}

/// Fits on all samples of `clusters` but the one at `skip` (if any) and
/// picks the threshold on the same samples.
fn fit_without(clusters: &[Cluster], skip: Option<usize>) -> (Weights, f64) {
    let data: Vec<&Sample> = clusters
        .iter()
        .enumerate()
        .filter(|&(i, _)| Some(i) != skip)
        .flat_map(|(_, c)| &c.samples)
        .collect();
    let w = fit(&data);
    let scored: Vec<(f64, bool)> = data.iter().map(|s| (probability(&w, &s.x), s.y)).collect();
    (w, best_threshold(&scored))
}

/// Every dev gold cluster under `shared/eval/gold`, labelled.
pub fn load_clusters(shared: &Path) -> Vec<Cluster> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("eval/gold"))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files.iter().filter_map(|f| cluster(shared, f)).collect()
}

/// Leave-one-cluster-out figures (logged), then the table fitted on every
/// cluster, as the text of `src/align/rows/gap_weights.rs`.
pub fn table(clusters: &[Cluster], log: &mut dyn FnMut(String)) -> String {
    let mut held_out: Vec<(f64, bool)> = Vec::new();
    let (mut tp, mut fp, mut pos) = (0, 0, 0);
    for (i, c) in clusters.iter().enumerate() {
        let (w, t) = fit_without(clusters, Some(i));
        let scored: Vec<(f64, bool)> = c
            .samples
            .iter()
            .map(|s| (probability(&w, &s.x), s.y))
            .collect();
        let k = counts(&scored, t);
        log(format!(
            "{:<26} pairs {:>4} aligned {:>3}  held out: taken {:>3} right {:>3}",
            c.name,
            c.samples.len(),
            k.2,
            k.0 + k.1,
            k.0
        ));
        (tp, fp, pos) = (tp + k.0, fp + k.1, pos + k.2);
        held_out.extend(scored);
    }
    let precision = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let recall = if pos > 0 { tp as f64 / pos as f64 } else { 0.0 };
    log(format!(
        "LOCO (each cluster by a model fitted on the others): precision {precision:.3} recall {recall:.3} F1 {:.3} ({tp} right of {} taken, {pos} aligned)",
        f1((tp, fp, pos)),
        tp + fp
    ));
    let (w, t) = fit_without(clusters, None);
    let samples: usize = clusters.iter().map(|c| c.samples.len()).sum();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "//! Weights of the gap model (`rows/gaps.rs`), fitted by\n\
         //! `cargo run --release --example fit_gap_rows -- --write` on {samples}\n\
         //! labelled (paragraph, row) pairs of the {} dev gold clusters; do not\n\
         //! edit. Leave-one-cluster-out: precision {precision:.3}, recall\n\
         //! {recall:.3} of the gap pairs an annotated alignment joins.\n\n\
         #![allow(clippy::unreadable_literal, reason = \"a generated table\")]\n",
        clusters.len()
    );
    let names = GAP_FEATURES.join(", ");
    let _ = writeln!(
        s,
        "/// Bias, then one weight per feature ({names}).\n\
         pub(super) const GAP_WEIGHTS: [f64; {}] = [{:.6}, {:.6}, {:.6}, {:.6}];\n",
        GAP_FEATURE_COUNT + 1,
        w[0],
        w[1],
        w[2],
        w[3]
    );
    let _ = writeln!(
        s,
        "/// Least probability for a gap pair (best F1 on the fitted pairs).\n\
         pub(super) const GAP_THRESHOLD: f64 = {t:.2};"
    );
    s
}
