//! Fits the sentence-link scorer and writes its weights table.
//!
//! ```sh
//! cargo run --release --example fit_link_scorer -- [--shared ../shared] [--write]
//! ```
//!
//! Prints cross-validated figures (leave-one-cluster-out on the dev gold,
//! 5-fold on MSRP FIT) and the table; `--write` replaces
//! `src/align/link_weights.rs`. See `fit.rs` for the data and the method.

mod context;
mod data;
mod fit;
#[path = "../common/table.rs"]
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use storydiff::align::features::LinearModel;

/// ROC AUC of scores against labels (ties count half).
fn auc(scored: &mut [(f64, bool)]) -> f64 {
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut rank_sum, mut pos, mut i) = (0.0, 0usize, 0usize);
    while i < scored.len() {
        let mut j = i;
        while j < scored.len() && scored[j].0 == scored[i].0 {
            j += 1;
        }
        let avg = (i + j + 1) as f64 / 2.0;
        for s in &scored[i..j] {
            if s.1 {
                rank_sum += avg;
                pos += 1;
            }
        }
        i = j;
    }
    let neg = scored.len() - pos;
    (rank_sum - (pos * (pos + 1)) as f64 / 2.0) / (pos * neg).max(1) as f64
}

/// 5-fold CV on MSRP FIT (folds by position): AUC and accuracy at `t` of
/// a model fitted by `train` on the other folds.
fn msrp_cv(data: &data::Data, train: impl Fn(&[usize]) -> LinearModel, t: f64) -> (f64, f64) {
    let n = data.msrp.len();
    let mut scored = Vec::new();
    let mut ok = 0usize;
    for k in 0..5 {
        let rest: Vec<usize> = (0..n).filter(|i| i % 5 != k).collect();
        let m = train(&rest);
        for s in data
            .msrp
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 5 == k)
            .map(|(_, s)| s)
        {
            let p = m.probability(&s.x);
            ok += usize::from((p >= t) == (s.y > 0.5));
            scored.push((p, s.y > 0.5));
        }
    }
    (auc(&mut scored), ok as f64 / n.max(1) as f64)
}

/// Prints per-cluster and macro figures of held-out probabilities.
fn print_figures(data: &data::Data, probs: &[Vec<f64>], t: f64) {
    let cv = fit::cv_report(data, probs, t);
    let (mut sp, mut sr, mut sf, mut st) = (0.0, 0.0, 0.0, 0.0);
    for (name, (p, r, traps)) in &cv {
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        eprintln!("  {name:<28} P {p:.2} R {r:.2} F1 {f:.2} traps {traps:.2}");
        sp += p;
        sr += r;
        sf += f;
        st += traps;
    }
    let n = cv.len().max(1) as f64;
    eprintln!(
        "  {:<28} P {:.2} R {:.2} F1 {:.2} traps {:.2}",
        "MACRO",
        sp / n,
        sr / n,
        sf / n,
        st / n
    );
}

/// Prints the held-out macro F1 / traps of `probs` at the thresholds of
/// `percents` (every fifth).
fn print_curve(data: &data::Data, probs: &[Vec<f64>], percents: std::ops::RangeInclusive<u32>) {
    for k in percents.step_by(5) {
        let t = f64::from(k) / 100.0;
        let cv = fit::cv_report(data, probs, t);
        let n = cv.len().max(1) as f64;
        let f: f64 = cv
            .values()
            .map(|(p, r, _)| {
                if p + r > 0.0 {
                    2.0 * p * r / (p + r)
                } else {
                    0.0
                }
            })
            .sum::<f64>()
            / n;
        let tr: f64 = cv.values().map(|v| v.2).sum::<f64>() / n;
        eprint!(" {t:.2}: {f:.3}/{tr:.3}");
    }
    eprintln!();
}

/// Prints the transitive-stage experiment's held-out figures.
fn print_transitive(data: &data::Data, cv: &fit::Cv) {
    let (t, probs) = &cv.transitive;
    eprintln!(
        "\nexperiment, not shipped: a transitive stage (first-stage logit and the support of a third report's sentence), dev pairs only, at its best threshold {t:.2}:"
    );
    print_figures(data, probs, *t);
    eprint!("  held-out macro F1 / traps by threshold:");
    print_curve(data, probs, 20..=50);
}

/// Prints the cross-validated figures of the fit.
fn print_cv(data: &data::Data, tables: &fit::Tables, cv: &fit::Cv, pairs: usize) {
    for c in &data.clusters {
        let pos = c.samples.iter().filter(|s| s.y > 0.5).count();
        eprintln!(
            "  {:<28} {} labelled candidates, {pos} of {} aligned pairs among them",
            c.name,
            c.samples.len(),
            c.gold_pairs
        );
    }
    eprintln!(
        "\ncheap model: floor {:.3} sets aside {} of {} candidate pairs and {} of {} positives (held out)",
        tables.cheap_floor, cv.candidates.1, cv.candidates.0, cv.positives.1, cv.positives.0
    );
    eprintln!(
        "\nleave-one-cluster-out link figures at threshold {:.2} (labelled pairs, keep rule applied):",
        tables.link_threshold
    );
    print_figures(data, &cv.first, tables.link_threshold);
    eprint!("  held-out macro F1 / traps by threshold:");
    print_curve(data, &cv.first, 30..=60);
    for (lone, t, probs) in &cv.context {
        eprintln!(
            "\nexperiment, not shipped: a context stage over the held-out scores (lone MSRP pairs weighing {lone}), at its best threshold {t:.2}:"
        );
        print_figures(data, probs, *t);
    }
    print_transitive(data, cv);
    eprintln!(
        "\nwhere gold links are lost (held-out scores): gold / unlocated / not compared / not a candidate (of which the first stage would pass) / below threshold / dropped by keep rule / linked"
    );
    let mut total = [0usize; 8];
    for (c, p) in data.clusters.iter().zip(&cv.first) {
        let b = fit::breakdown(c, p, tables.link_threshold, &tables.link);
        for (t, v) in total.iter_mut().zip(b) {
            *t += v;
        }
        eprintln!(
            "  {:<28} {:>3} / {:>2} / {:>2} / {:>2} ({:>2}) / {:>2} / {:>2} / {:>3}",
            c.name, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]
        );
    }
    let b = total;
    eprintln!(
        "  {:<28} {:>3} / {:>2} / {:>2} / {:>2} ({:>2}) / {:>2} / {:>2} / {:>3}",
        "TOTAL", b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]
    );
    let same_cv = msrp_cv(
        data,
        |idx| {
            let sub = data::Data {
                msrp: idx.iter().map(|&i| data.msrp[i].clone()).collect(),
                easy: data.easy.clone(),
                clusters: Vec::new(),
                texts: (Vec::new(), Vec::new()),
            };
            fit::fit_same(&fit::same_training(&sub))
        },
        tables.same_threshold,
    );
    eprintln!(
        "MSRP FIT 5-fold CV, same model: AUC {:.3}, accuracy {:.3} at {:.2}",
        same_cv.0, same_cv.1, tables.same_threshold
    );
    let all: Vec<&data::Cluster> = data.clusters.iter().collect();
    let link_cv = msrp_cv(
        data,
        |idx| {
            let sub = data::Data {
                msrp: idx.iter().map(|&i| data.msrp[i].clone()).collect(),
                easy: data.easy.clone(),
                clusters: Vec::new(),
                texts: (Vec::new(), Vec::new()),
            };
            let mut train = fit::link_training(&sub, &[]);
            let wc = 2.0 * train.len() as f64 / 2.0 / pairs.max(1) as f64;
            for c in &all {
                train.extend(c.samples.iter().map(|s| (s, wc)));
            }
            fit::fit_link(&train)
        },
        tables.same_threshold,
    );
    eprintln!("MSRP FIT 5-fold CV, link model: AUC {:.3}", link_cv.0);
}

/// The fitting data as JSON lines (one sample a line: its group, texts,
/// features, label and, for dev pairs, cluster, ends and trap flag), for
/// trying new features outside Rust before they are built in.
fn dump_lines(data: &data::Data) -> String {
    use serde_json::json;
    let mut out = String::new();
    let groups = [
        ("msrp", &data.msrp, &data.texts.0),
        ("easy", &data.easy, &data.texts.1),
    ];
    for (group, samples, texts) in groups {
        for (s, (a, b)) in samples.iter().zip(texts) {
            let line = json!({"group": group, "a": a, "b": b, "x": s.x.to_vec(), "y": s.y});
            out += &line.to_string();
            out.push('\n');
        }
    }
    for c in &data.clusters {
        let head = json!({"group": "cluster", "cluster": c.name, "gold_pairs": c.gold_pairs,
            "gold_traps": c.gold_traps});
        out += &head.to_string();
        out.push('\n');
        for (((s, (a, b)), (ra, rb)), trap) in
            c.samples.iter().zip(&c.texts).zip(&c.ends).zip(&c.trap)
        {
            let r = |r: &storydiff::model::SentenceRef| [r.article, r.paragraph, r.sentence];
            let line = json!({"group": "dev", "cluster": c.name, "a": a, "b": b,
                "x": s.x.to_vec(), "y": s.y, "ra": r(ra), "rb": r(rb), "trap": trap});
            out += &line.to_string();
            out.push('\n');
        }
    }
    out
}

fn main() -> ExitCode {
    let mut shared = PathBuf::from("../shared");
    let mut write = false;
    let mut dump: Option<PathBuf> = None;
    let mut extra: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--shared" => shared = args.next().map(PathBuf::from).unwrap_or(shared),
            "--write" => write = true,
            "--dump" => dump = args.next().map(PathBuf::from),
            "--extra" => extra = args.next().map(PathBuf::from),
            _ => {
                eprintln!("usage: fit_link_scorer [--shared DIR] [--write] [--dump FILE.jsonl]");
                return ExitCode::from(2);
            }
        }
    }
    let data = match data::load(&shared) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("fit_link_scorer: {}: {e}", shared.display());
            return ExitCode::from(2);
        }
    };
    let pairs: usize = data.clusters.iter().map(|c| c.samples.len()).sum();
    eprintln!(
        "data: {} MSRP FIT pairs, {} easy negatives, {} dev clusters ({pairs} labelled candidate pairs)",
        data.msrp.len(),
        data.easy.len(),
        data.clusters.len()
    );
    if let Some(path) = dump {
        let mut lines = dump_lines(&data);
        if let Some(extra) = &extra {
            let Ok(text) = std::fs::read_to_string(extra) else {
                eprintln!("fit_link_scorer: {}: unreadable", extra.display());
                return ExitCode::from(2);
            };
            for l in text.lines() {
                let p: Vec<&str> = l.split('\t').collect();
                let (Some(y), Some(x)) = (
                    p.first().and_then(|v| v.parse::<f64>().ok()),
                    (p.len() == 3)
                        .then(|| data::msrp_features(p[1], p[2]))
                        .flatten(),
                ) else {
                    continue;
                };
                let line = serde_json::json!({"group": "extra", "a": p[1], "b": p[2], "x": x.to_vec(), "y": y});
                lines += &line.to_string();
                lines.push('\n');
            }
        }
        return match std::fs::write(&path, lines) {
            Ok(()) => {
                eprintln!("wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("fit_link_scorer: {}: {e}", path.display());
                ExitCode::from(2)
            }
        };
    }
    let (tables, cv) = fit::fit_cv(&data);
    print_cv(&data, &tables, &cv, pairs);
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map_or_else(|| "unknown".to_string(), |s| s.trim().to_string());
    let header = format!(
        "//! Fitted weights of the sentence-link scorer. GENERATED: do not edit.\n\
         //!\n\
         //! Produced by `cargo run --release --example fit_link_scorer -- --write`\n\
         //! (`examples/fit_link_scorer/`) at commit {commit}, from MSRP FIT (the first\n\
         //! {} pairs of `msr_paraphrase_train.txt`, {} usable, and {} easy negatives)\n\
         //! and {pairs} labelled candidate pairs of the {} dev gold clusters. Weights\n\
         //! apply to the raw features of `features::FEATURE_NAMES`.\n",
        data::MSRP_FIT,
        data.msrp.len(),
        data.easy.len(),
        data.clusters.len()
    );
    let text = fit::render(&tables, &header);
    table::write_or_print("fit_link_scorer", "src/align/link_weights.rs", &text, write)
}
