//! Fits the page-furniture / off-topic model and writes its weights table.
//!
//! ```sh
//! cargo run --release --example fit_noise -- [--shared ../shared] [--write] [--errors]
//! ```
//!
//! Prints leave-one-cluster-out figures on the dev gold (each cluster
//! scored by a model fitted on the other ten) and the table; `--write`
//! replaces `src/text/furniture/weights.rs`; `--errors` lists the
//! held-out mistakes (cluster, article, paragraph, probability). See
//! `fit.rs` for the data and the method.

mod fit;
#[path = "../common/table.rs"]
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use storydiff::text::furniture::cues::CUE_NAMES;

/// Prints the leave-one-cluster-out figures (with `errors`, the held-out
/// mistakes) and how the pasted blocks fare.
fn report(clusters: &[fit::Cluster], splices: &[fit::Splice], errors: bool) {
    eprintln!(
        "\nleave-one-cluster-out (held-out cluster, model and threshold fitted on the others):"
    );
    eprintln!(
        "  {:<28} {:>5} | strict P    R    F1 | scorer P    R    F1",
        "cluster", "t"
    );
    let (mut sf, mut kf, mut defined) = (0.0, 0.0, 0usize);
    let (mut tp, mut fp, mut gold) = (0usize, 0usize, 0usize);
    let cv = fit::loco(clusters, splices);
    for (c, (name, flags, m)) in clusters.iter().zip(&cv) {
        let scored: Vec<(&fit::Sample, f64)> = c
            .samples
            .iter()
            .zip(flags)
            .map(|(s, f)| (s, f64::from(u8::from(*f))))
            .collect();
        let s = fit::scores(&scored, c.gold, 0.5, true);
        let k = fit::scores(&scored, c.gold, 0.5, false);
        if c.gold > 0 {
            sf += s.2;
            kf += k.2;
            defined += 1;
        }
        gold += c.gold;
        tp += c
            .samples
            .iter()
            .zip(flags)
            .filter(|(x, f)| x.y && **f)
            .count();
        fp += c
            .samples
            .iter()
            .zip(flags)
            .filter(|(x, f)| x.story && **f)
            .count();
        eprintln!(
            "  {name:<28} {:>5.2} |       {:.2} {:.2} {:.2} |        {:.2} {:.2} {:.2}",
            m.furniture.threshold, s.0, s.1, s.2, k.0, k.1, k.2
        );
        if errors {
            for (smp, f) in &scored {
                let p = m.furniture.probability(&smp.x);
                let b = m.block.probability(&smp.x);
                let wrong = smp.y != (*f > 0.5);
                if wrong || (smp.y && p < m.sure) {
                    let cues: Vec<String> = smp.x.iter().map(|v| format!("{v:.2}")).collect();
                    eprintln!(
                        "      {} a{} p{} prob {p:.3} block {b:.3} gold {} story {} {:?}\n        [{}]",
                        if wrong { "MISS" } else { "late" },
                        smp.at.0,
                        smp.at.1,
                        smp.y,
                        smp.story,
                        smp.head,
                        cues.join(" ")
                    );
                }
            }
        }
    }
    let n = defined.max(1) as f64;
    eprintln!(
        "  {:<28}       | macro F1       {:.2} |       macro F1 {:.2}",
        "MACRO (clusters with labels)",
        sf / n,
        kf / n
    );
    let (p, r) = (
        tp as f64 / (tp + fp).max(1) as f64,
        tp as f64 / gold.max(1) as f64,
    );
    eprintln!(
        "  pooled, false alarms on story text only: P {p:.2} R {r:.2} F1 {:.2} ({tp} found, {fp} false, {gold} labelled)",
        2.0 * p * r / (p + r).max(1e-9)
    );
    // Pasted blocks, each scored by the model that held its target out
    // (its donor may be in that model's training clusters: the donor's
    // text is not what is judged, its distance from the target is).
    eprintln!(
        "\npasted blocks (held-out target): flagged pasted / pasted, flagged neighbours / neighbours"
    );
    for s in splices {
        let m = &cv[s.target].2;
        let got = m.flags(&s.articles, &std::collections::HashSet::new());
        let flagged = |y: bool| {
            s.samples
                .iter()
                .filter(|x| x.y == y && got.contains(&x.at))
                .count()
        };
        let count = |y: bool| s.samples.iter().filter(|x| x.y == y).count();
        eprintln!(
            "  {:<28} <- {:<28} {}/{}  {}/{}",
            clusters[s.target].name,
            clusters[s.donor].name,
            flagged(true),
            count(true),
            flagged(false),
            count(false)
        );
    }
}

/// Pooled leave-one-cluster-out figures of the held-out models with
/// both thresholds raised to at least t: the precision bought by a stricter
/// model (for running it next to the analysis' rules, where only its surest
/// verdicts should count).
fn sweep(clusters: &[fit::Cluster], splices: &[fit::Splice]) {
    let cv = fit::loco(clusters, splices);
    let gold: usize = clusters.iter().map(|c| c.gold).sum();
    eprintln!("\nleave-one-cluster-out, thresholds raised to at least t (pooled):");
    for t in [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] {
        let (mut tp, mut fp) = (0usize, 0usize);
        for (c, (_, _, m)) in clusters.iter().zip(&cv) {
            let mut m = *m;
            m.furniture.threshold = m.furniture.threshold.max(t);
            m.block.threshold = m.block.threshold.max(t);
            let got = m.flags(&c.articles, &fit::linked(&c.articles, &m));
            tp += c
                .samples
                .iter()
                .filter(|x| x.y && got.contains(&x.at))
                .count();
            fp += c
                .samples
                .iter()
                .filter(|x| x.story && got.contains(&x.at))
                .count();
        }
        eprintln!(
            "  t {t:.2}: P {:.2} R {:.2} ({tp} found, {fp} false)",
            tp as f64 / (tp + fp).max(1) as f64,
            tp as f64 / gold.max(1) as f64
        );
    }
}

fn main() -> ExitCode {
    let mut shared = PathBuf::from("../shared");
    let (mut write, mut errors) = (false, false);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--shared" => shared = args.next().map(PathBuf::from).unwrap_or(shared),
            "--write" => write = true,
            "--errors" => errors = true,
            _ => {
                eprintln!("usage: fit_noise [--shared DIR] [--write] [--errors]");
                return ExitCode::from(2);
            }
        }
    }
    let clusters = match fit::load(&shared) {
        Ok(c) if !c.is_empty() => c,
        Ok(_) => {
            eprintln!("fit_noise: {}: no gold clusters", shared.display());
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("fit_noise: {}: {e}", shared.display());
            return ExitCode::from(2);
        }
    };
    let samples: usize = clusters.iter().map(|c| c.samples.len()).sum();
    let positives: usize = clusters
        .iter()
        .map(|c| c.samples.iter().filter(|s| s.y).count())
        .sum();
    eprintln!(
        "data: {} dev clusters, {samples} paragraphs, {positives} labelled off-topic",
        clusters.len()
    );
    let splices = fit::splices(&clusters);
    report(&clusters, &splices, errors);
    sweep(&clusters, &splices);
    let all: Vec<&fit::Cluster> = clusters.iter().collect();
    let pasted: Vec<&fit::Splice> = splices.iter().collect();
    let model = fit::fit(&all, &pasted);
    eprintln!(
        "\nfull fit: furniture threshold {:.2}, block threshold {:.2}, sure {:.2}",
        model.furniture.threshold, model.block.threshold, model.sure
    );
    for ((w, b), name) in model
        .furniture
        .weights
        .iter()
        .zip(&model.block.weights)
        .zip(CUE_NAMES)
    {
        eprintln!("  {name:<16} {w:>8.3} {b:>8.3}");
    }
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map_or_else(|| "unknown".to_string(), |s| s.trim().to_string());
    let header = format!(
        "//! Fitted weights of the page-furniture / off-topic model. GENERATED: do not edit.\n\
         //!\n\
         //! Produced by `cargo run --release --example fit_noise -- --write`\n\
         //! (`examples/fit_noise/`) at commit {commit}, from the {samples} paragraphs\n\
         //! ({positives} labelled off-topic) of the {} dev gold clusters and {} pasted\n\
         //! blocks (one cluster's story pasted into another's report). A logistic\n\
         //! model on the raw cues of `cues::CUE_NAMES`; the figures it was judged by\n\
         //! are leave-one-cluster-out (the example prints them).\n",
        clusters.len(),
        splices.len()
    );
    let text = fit::render(&model, &header);
    table::write_or_print("fit_noise", "src/text/furniture/weights.rs", &text, write)
}
