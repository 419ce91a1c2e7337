//! Fits the page-furniture / off-topic model and renders its weights table
//! (`src/text/furniture/weights.rs`). Shared by the `fit_noise` example and
//! the test that checks the table is reproducible.
//!
//! Data: the dev gold clusters (`eval/gold/*.json` with `corpus/`, under
//! the shared folder, never in the repository) and the project's own
//! annotated pairs (`tests/fixtures/analysis/`, written for the project in
//! the style of other sites). Every paragraph of every report (titles and
//! split-off credit debris aside) is one sample with the cues of
//! `text::furniture::cues`, labelled 1 when a gold `offtopic` entry lies
//! in it, else 0. Pasted blocks (one cluster's story pasted into another's
//! report) train the block model.
//!
//! Fitting is deterministic: Newton's method (a fixed number of steps) on
//! standardised cues with an L2 penalty, no randomness. The threshold is
//! the one with the best pooled F1 on the training clusters; the "sure"
//! threshold (furniture before alignment) is the lowest probability above
//! which the training clusters hold no story paragraph.

#![allow(dead_code, reason = "the test uses part of this module")]
#![allow(
    clippy::needless_range_loop,
    clippy::many_single_char_names,
    clippy::format_push_string,
    reason = "the linear algebra reads best with index names; the table is rendered once"
)]

#[path = "../common/gold.rs"]
mod gold;
#[path = "../common/newton.rs"]
mod newton;
use gold::norm;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use storydiff::align::{AlignOptions, align};
use storydiff::load::load_inputs;
use storydiff::model::{Article, ParaKind, Paragraph};
use storydiff::text::furniture::cues::{CUE_COUNT, CUE_NAMES, Cues, cluster_cues};
use storydiff::text::furniture::{Logistic, judge, split_credits};

/// Newton steps.
const STEPS: usize = 40;
/// L2 penalty on standardised weights.
const LAMBDA: f64 = 2.0;
/// Cues the furniture model leaves out: the vocabulary ones. Furniture is
/// told by its layout and place; distance from the story is the block
/// model's part (added to layout, it flags closing story sentences).
const FURNITURE_SKIPS: [usize; 3] = [12, 13, 15];
/// Cues the block model leaves out: position (blocks are pasted
/// anywhere) and the furniture words and addresses.
const BLOCK_SKIPS: [usize; 4] = [5, 6, 8, 9];

fn uses(skips: &[usize]) -> [bool; CUE_COUNT] {
    let mut u = [true; CUE_COUNT];
    for &k in skips {
        u[k] = false;
    }
    u
}

/// Story paragraphs per allowed block false alarm on the training data.
const BLOCK_FALSE_ALARMS: usize = 33;
/// The sure threshold is never below this.
const SURE_FLOOR: f64 = 0.8;

/// One labelled paragraph.
#[derive(Debug, Clone)]
pub struct Sample {
    pub x: Cues,
    pub y: bool,
    /// Annotated as story text (aligned, unique or not unique): the only
    /// negatives the scorer counts as false alarms.
    pub story: bool,
    /// `(article, paragraph)`.
    pub at: (usize, usize),
    /// The paragraph's first words (for the error listing).
    pub head: String,
}

/// One dev cluster.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub name: String,
    pub samples: Vec<Sample>,
    /// Gold off-topic snippets (the recall denominator).
    pub gold: usize,
    /// The reports as loaded, credit debris split off.
    pub articles: Vec<Article>,
    /// Gold off-topic `(article, paragraph)`s.
    pub off: HashSet<(usize, usize)>,
}

/// A pasted block: cluster `target`'s first report with a run of another
/// cluster's (`donor`) story paragraphs inserted, the way scrapers paste
/// a gallery or another story into a page.
#[derive(Debug, Clone)]
pub struct Splice {
    pub target: usize,
    pub donor: usize,
    /// The pasted paragraphs (label 1) and up to three story paragraphs
    /// on each side (label 0).
    pub samples: Vec<Sample>,
    /// The cluster with the block pasted in.
    pub articles: Vec<Article>,
}

/// Weight of one pasted-block sample against one real paragraph.
pub const SPLICE_WEIGHT: f64 = 1.0;

/// The two fitted models: page furniture (fitted on the gold labels) and
/// pasted blocks (fitted on the pasted blocks against story paragraphs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Model {
    pub furniture: Logistic,
    pub block: Logistic,
    /// Furniture probability from which a paragraph is furniture before
    /// alignment.
    pub sure: f64,
}

impl Model {
    /// Flagged `(article, paragraph)`s of a cluster, as at run time.
    pub fn flags(
        &self,
        articles: &[Article],
        linked: &HashSet<(usize, usize)>,
    ) -> HashSet<(usize, usize)> {
        let cues = cluster_cues(articles);
        let mut out = HashSet::new();
        for (a, cs) in cues.iter().enumerate() {
            let links: Vec<bool> = (0..cs.len()).map(|i| linked.contains(&(a, i))).collect();
            for (i, v) in judge(cs, &links, &self.furniture, &self.block)
                .into_iter()
                .enumerate()
            {
                if v.is_some() {
                    out.insert((a, i));
                }
            }
        }
        out
    }
}

/// The paragraph holding a gold snippet `[article, text]`.
fn locate(articles: &[Article], r: &Value) -> Option<(usize, usize)> {
    let i = usize::try_from(r.get(0)?.as_u64()?).ok()?;
    let snip = norm(r.get(1)?.as_str()?);
    articles
        .get(i)?
        .paragraphs
        .iter()
        .position(|p| norm(&p.text).contains(&snip))
        .map(|j| (i, j))
}

/// Loads one gold cluster and labels its paragraphs.
fn cluster(shared: &Path, gold_file: &Path) -> Option<Cluster> {
    let (g, mut articles) = gold::load(shared, gold_file)?;
    split_credits(&mut articles);
    let refs = |k: &str| -> Vec<&Value> { g[k].as_array().into_iter().flatten().collect() };
    let off: HashSet<(usize, usize)> = refs("offtopic")
        .into_iter()
        .filter_map(|r| locate(&articles, r))
        .collect();
    let mut story: HashSet<(usize, usize)> = HashSet::new();
    for e in refs("aligned") {
        story.extend(locate(&articles, &e["a"]));
        story.extend(locate(&articles, &e["b"]));
    }
    for r in refs("not_unique").into_iter().chain(refs("unique")) {
        story.extend(locate(&articles, r));
    }
    let samples = label(&articles, &off, |at| story.contains(&at));
    Some(Cluster {
        name: g["cluster"].as_str().unwrap_or("?").to_string(),
        samples,
        gold: refs("offtopic").len(),
        articles,
        off,
    })
}

/// Loads one of the project's own annotated pairs
/// (`tests/fixtures/analysis/NN-name/{a,b}.txt` with `expected.json`,
/// whose `offtopic` entries name a paragraph by its opening words). Every
/// other paragraph of these pairs was written as story text.
fn fixture(dir: &Path) -> Option<Cluster> {
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).ok()?).ok()?;
    let paths: Vec<String> = ["a.txt", "b.txt"]
        .iter()
        .map(|f| dir.join(f).to_string_lossy().into_owned())
        .collect();
    let mut articles = load_inputs(&paths, &mut std::io::empty()).ok()?;
    split_credits(&mut articles);
    let mut off = HashSet::new();
    for e in g["offtopic"].as_array()? {
        let a = usize::try_from(e["article"].as_u64()?).ok()?;
        let starts = e["starts"].as_str()?;
        let j = articles
            .get(a)?
            .paragraphs
            .iter()
            .position(|p| p.text.starts_with(starts))?;
        off.insert((a, j));
    }
    let samples = label(&articles, &off, |at| !off.contains(&at));
    Some(Cluster {
        name: format!("fixture/{}", dir.file_name()?.to_string_lossy()),
        gold: off.len(),
        samples,
        articles,
        off,
    })
}

/// The samples of a cluster: every paragraph but titles and split-off
/// credit debris.
fn label(
    articles: &[Article],
    off: &HashSet<(usize, usize)>,
    story: impl Fn((usize, usize)) -> bool,
) -> Vec<Sample> {
    let cues = cluster_cues(articles);
    let mut samples = Vec::new();
    for (a, (art, cs)) in articles.iter().zip(cues).enumerate() {
        for (i, (p, c)) in art.paragraphs.iter().zip(cs).enumerate() {
            let Some(x) = c else { continue };
            if p.kind == ParaKind::Furniture {
                continue;
            }
            samples.push(Sample {
                x,
                y: off.contains(&(a, i)),
                story: story((a, i)) && !off.contains(&(a, i)),
                at: (a, i),
                head: p.text.chars().take(70).collect(),
            });
        }
    }
    samples
}

/// Loads every dev gold cluster under `shared` (file-name order), then the
/// project's own annotated pairs.
///
/// # Errors
/// No gold folder.
pub fn load(shared: &Path) -> std::io::Result<Vec<Cluster>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("eval/gold"))?
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    let mut out: Vec<Cluster> = files.iter().filter_map(|f| cluster(shared, f)).collect();
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/analysis");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(own)
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    dirs.retain(|d| d.is_dir());
    dirs.sort();
    out.extend(dirs.iter().filter_map(|d| fixture(d)));
    Ok(out)
}

/// Pastes `size` story paragraphs of `donor`'s first report into the middle
/// of `target`'s first report and labels the result.
fn splice(clusters: &[Cluster], target: usize, donor: usize, size: usize) -> Option<Splice> {
    let t = &clusters[target];
    let d = &clusters[donor];
    let block: Vec<Paragraph> = d.articles[0]
        .paragraphs
        .iter()
        .enumerate()
        .skip(2)
        .filter(|(j, p)| p.kind == ParaKind::Body && !d.off.contains(&(0, *j)))
        .map(|(_, p)| p.clone())
        .take(size)
        .collect();
    if block.len() < size {
        return None;
    }
    let mut articles = t.articles.clone();
    let len = articles[0].paragraphs.len();
    let at = (len * (1 + (target + donor) % 4) / 4).clamp(1, len);
    articles[0].paragraphs.splice(at..at, block);
    let cues = cluster_cues(&articles);
    let mut samples = Vec::new();
    for i in at.saturating_sub(3)..(at + size + 3).min(articles[0].paragraphs.len()) {
        let p = &articles[0].paragraphs[i];
        let Some(x) = cues[0][i] else { continue };
        let pasted = (at..at + size).contains(&i);
        let orig = if i < at { i } else { i.saturating_sub(size) };
        if p.kind == ParaKind::Furniture || (!pasted && t.off.contains(&(0, orig))) {
            continue;
        }
        samples.push(Sample {
            x,
            y: pasted,
            story: !pasted,
            at: (0, i),
            head: p.text.chars().take(70).collect(),
        });
    }
    Some(Splice {
        target,
        donor,
        samples,
        articles,
    })
}

/// Two pasted blocks per cluster (the stories of the next two clusters, 2
/// to 11 paragraphs long, a quarter, half, three quarters or all the way
/// down the report), deterministic.
pub fn splices(clusters: &[Cluster]) -> Vec<Splice> {
    let n = clusters.len();
    if n < 3 {
        return Vec::new();
    }
    (0..n)
        .flat_map(|i| [(i, 1), (i, 2)])
        .filter_map(|(i, k)| splice(clusters, i, (i + k) % n, 2 + (i * 5 + k * 3) % 10))
        .collect()
}

/// Logistic regression by Newton's method on standardised cues, each
/// sample with its weight.
fn logistic(data: &[(&Sample, f64)], uses: &[bool; CUE_COUNT]) -> (f64, Cues) {
    const D: usize = CUE_COUNT + 1;
    let n: f64 = data.iter().map(|(_, w)| w).sum::<f64>().max(1e-12);
    let mut mean = [0.0; CUE_COUNT];
    let mut sd = [0.0; CUE_COUNT];
    for (s, w) in data {
        for k in 0..CUE_COUNT {
            mean[k] += w * s.x[k] / n;
        }
    }
    for (s, w) in data {
        for k in 0..CUE_COUNT {
            sd[k] += w * (s.x[k] - mean[k]).powi(2) / n;
        }
    }
    let sd: Vec<f64> = sd.iter().map(|v| v.sqrt().max(1e-6)).collect();
    let rows: Vec<[f64; D]> = data
        .iter()
        .map(|(s, _)| {
            let mut r = [1.0; D];
            for k in 0..CUE_COUNT {
                r[k + 1] = if uses[k] {
                    (s.x[k] - mean[k]) / sd[k]
                } else {
                    0.0
                };
            }
            r
        })
        .collect();
    let labels: Vec<(bool, f64)> = data.iter().map(|(s, w)| (s.y, *w)).collect();
    let beta = newton::newton(&rows, &labels, STEPS, LAMBDA);
    let mut weights = [0.0; CUE_COUNT];
    let mut bias = beta[0];
    for k in 0..CUE_COUNT {
        weights[k] = beta[k + 1] / sd[k];
        bias -= weights[k] * mean[k];
    }
    (bias, weights)
}

/// Precision, recall and F1 of flags at `t` (false alarms: every other
/// paragraph when `strict`, else only annotated story paragraphs).
pub fn scores(samples: &[(&Sample, f64)], gold: usize, t: f64, strict: bool) -> (f64, f64, f64) {
    let tp = samples.iter().filter(|(s, p)| s.y && *p >= t).count() as f64;
    let fp = samples
        .iter()
        .filter(|(s, p)| !s.y && (strict || s.story) && *p >= t)
        .count() as f64;
    let prec = if tp + fp > 0.0 { tp / (tp + fp) } else { 1.0 };
    let rec = tp / gold.max(1) as f64;
    let f = if prec + rec > 0.0 {
        2.0 * prec * rec / (prec + rec)
    } else {
        0.0
    };
    (prec, rec, f)
}

/// Fits one logistic model and picks its threshold: the best pooled F1
/// over a fixed grid (false alarms counted on every other sample); ties go
/// to the higher threshold.
fn fit_one(data: &[(&Sample, f64)], uses: &[bool; CUE_COUNT]) -> Logistic {
    let (bias, weights) = logistic(data, uses);
    let mut m = Logistic {
        bias,
        weights,
        threshold: 0.5,
    };
    let scored: Vec<(&Sample, f64)> = data
        .iter()
        .map(|(s, _)| (*s, m.probability(&s.x)))
        .collect();
    let gold = data.iter().filter(|(s, _)| s.y).count();
    let mut best = (f64::MIN, 0.5);
    for k in 1..100 {
        let t = f64::from(k) / 100.0;
        let f = scores(&scored, gold, t, true).2;
        if f >= best.0 {
            best = (f, t);
        }
    }
    m.threshold = best.1;
    m
}

/// Fits both models on the given clusters and pasted blocks.
pub fn fit(clusters: &[&Cluster], splices: &[&Splice]) -> Model {
    let real: Vec<(&Sample, f64)> = clusters
        .iter()
        .flat_map(|c| &c.samples)
        .map(|s| (s, 1.0))
        .collect();
    let furniture = fit_one(&real, &uses(&FURNITURE_SKIPS));
    let mut blocks: Vec<(&Sample, f64)> = real.iter().filter(|(s, _)| !s.y).copied().collect();
    blocks.extend(
        splices
            .iter()
            .flat_map(|s| &s.samples)
            .map(|s| (s, SPLICE_WEIGHT)),
    );
    let mut block = fit_one(&blocks, &uses(&BLOCK_SKIPS));
    // A pasted block must not cost story text: the block threshold is the
    // lowest that flags at most one real story paragraph in 33 (the run
    // rule of `judge` then keeps lone ones).
    let mut story: Vec<f64> = real
        .iter()
        .filter(|(s, _)| !s.y)
        .map(|(s, _)| block.probability(&s.x))
        .collect();
    story.sort_by(|a, b| b.total_cmp(a));
    let allowed = story.len() / BLOCK_FALSE_ALARMS;
    let floor = story.get(allowed).copied().unwrap_or(0.0);
    block.threshold = block
        .threshold
        .max(((floor * 100.0).floor() + 1.0) / 100.0)
        .min(0.99);
    let top_story = real
        .iter()
        .filter(|(s, _)| s.story)
        .map(|(s, _)| furniture.probability(&s.x))
        .fold(0.0, f64::max);
    let sure = (((top_story * 100.0).floor() + 1.0) / 100.0)
        .max(SURE_FLOOR)
        .max(furniture.threshold)
        .min(0.99);
    Model {
        furniture,
        block,
        sure,
    }
}

/// Paragraphs a sentence link touches once the model's sure furniture is
/// marked, as at run time.
pub fn linked(articles: &[Article], m: &Model) -> HashSet<(usize, usize)> {
    let mut arts = articles.to_vec();
    let cues = cluster_cues(&arts);
    for (art, cs) in arts.iter_mut().zip(cues) {
        for (p, c) in art.paragraphs.iter_mut().zip(cs) {
            if matches!(p.kind, ParaKind::Body | ParaKind::Headline)
                && c.is_some_and(|c| m.furniture.probability(&c) >= m.sure)
            {
                p.kind = ParaKind::Furniture;
            }
        }
    }
    let al = align(&arts, &AlignOptions::default());
    al.links
        .iter()
        .flat_map(|l| [l.a, l.b])
        .map(|s| (s.article, s.paragraph))
        .collect()
}

/// Leave-one-cluster-out: each cluster judged by a model fitted on the
/// others (pasted blocks involving it left out too), as `(name, flags,
/// model)`.
pub fn loco(clusters: &[Cluster], splices: &[Splice]) -> Vec<(String, Vec<bool>, Model)> {
    clusters
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let rest: Vec<&Cluster> = clusters
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, c)| c)
                .collect();
            let pasted: Vec<&Splice> = splices
                .iter()
                .filter(|s| s.target != i && s.donor != i)
                .collect();
            let m = fit(&rest, &pasted);
            let linked = linked(&c.articles, &m);
            let flagged = m.flags(&c.articles, &linked);
            let flags = c.samples.iter().map(|s| flagged.contains(&s.at)).collect();
            (c.name.clone(), flags, m)
        })
        .collect()
}

fn render_one(s: &mut String, name: &str, doc: &str, m: &Logistic) {
    s.push_str(&format!(
        "/// {doc}\npub const {name}: Logistic = Logistic {{\n"
    ));
    s.push_str(&format!("    bias: {:?},\n    weights: [\n", m.bias));
    for (w, cue) in m.weights.iter().zip(CUE_NAMES) {
        s.push_str(&format!("        {w:?}, // {cue}\n"));
    }
    s.push_str(&format!("    ],\n    threshold: {:?},\n}};\n", m.threshold));
}

/// The weights table as Rust source.
pub fn render(m: &Model, header: &str) -> String {
    let mut s = header.to_string();
    s.push_str("\n#![allow(clippy::unreadable_literal, reason = \"generated, full precision\")]\n");
    s.push_str("\nuse super::Logistic;\n\n");
    render_one(
        &mut s,
        "FURNITURE",
        "Page furniture: fitted on the dev gold's off-topic labels.",
        &m.furniture,
    );
    render_one(
        &mut s,
        "BLOCK",
        "Pasted blocks of another story: fitted on pasted blocks against story paragraphs.",
        &m.block,
    );
    s.push_str("/// Furniture probability from which a paragraph is furniture before alignment.\n");
    s.push_str(&format!("pub const SURE: f64 = {:?};\n", m.sure));
    s
}
