//! Benchmarks of the engine: load + align (+ analysis) on the bundled
//! samples, on two synthetic 50 KB reports, on ten ~1,000-word reports, and
//! on two 1 MB reports (the 5 MB figure is taken with `scripts/bench.sh`),
//! and the alignment and analysis stages apart (`stage ...`).
//!
//! Synthetic reports share a pool of "facts" (sentences of Zipf-distributed
//! pseudo-words, names and numbers); each report takes most of them in its
//! own order with some words swapped, like real coverage of one event.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use storydiff::align::{AlignOptions, align};
use storydiff::analysis::analyze;
use storydiff::load::{Format, parse_text, samples};
use storydiff::model::Article;
use storydiff::{Comparison, Options};

/// A small deterministic generator (xorshift64*), so runs compare.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }
    /// `floor(r * n)` for `r` in `[0, 1)`.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "r * n lies in [0, n), far below usize::MAX"
    )]
    fn below_f(r: f64, n: usize) -> usize {
        ((r * n as f64) as usize).min(n - 1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `n` reports of about `bytes` bytes each.
fn synthetic(n: usize, bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    let syll = [
        "ka", "lo", "mi", "ren", "tos", "va", "qui", "del", "sar", "po", "nex", "tru", "bel", "ar",
    ];
    let vocab: Vec<String> = (0..6000)
        .map(|_| {
            (0..=rng.below(3))
                .map(|_| syll[rng.below(syll.len())])
                .collect()
        })
        .collect();
    let stop = [
        "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "said",
    ];
    let word = |rng: &mut Rng| -> String {
        let r = rng.unit();
        if r < 0.35 {
            stop[rng.below(stop.len())].to_string()
        } else if r < 0.45 {
            let mut w = vocab[rng.below(400)].clone();
            w[..1].make_ascii_uppercase();
            w
        } else if r < 0.5 {
            (2 + rng.below(5000)).to_string()
        } else {
            // Zipf-like: low indices much more common.
            let r = rng.unit().powi(3);
            vocab[Rng::below_f(r, vocab.len())].clone()
        }
    };
    let sentence = |rng: &mut Rng| -> String {
        let len = 8 + rng.below(20);
        let mut s: String = (0..len).map(|_| word(rng)).collect::<Vec<_>>().join(" ");
        s[..1].make_ascii_uppercase();
        s.push('.');
        s
    };
    let mut pool: Vec<Vec<String>> = Vec::new();
    let mut total = 0;
    while total < bytes * 13 / 10 {
        let p: Vec<String> = (0..=rng.below(4)).map(|_| sentence(&mut rng)).collect();
        total += p.iter().map(String::len).sum::<usize>() + 2;
        pool.push(p);
    }
    (0..n)
        .map(|_| {
            let mut order: Vec<usize> = (0..pool.len()).filter(|_| rng.unit() > 0.25).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            let mut out = String::from("A synthetic report title\n\n");
            for i in order {
                if out.len() > bytes {
                    break;
                }
                let mut para = pool[i].join(" ");
                if rng.unit() < 0.3 {
                    para = para.replacen(" the ", " a ", 1);
                }
                out.push_str(&para);
                out.push_str("\n\n");
            }
            out
        })
        .collect()
}

fn articles(texts: &[String]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .flat_map(|(i, t)| parse_text(&i.to_string(), t, Format::Plain).expect("parses"))
        .collect()
}

fn load_and_compare(texts: &[String]) -> Comparison {
    Comparison::new(articles(texts), &Options::default())
}

/// The alignment and the analysis apart, on loaded reports.
fn stages(c: &mut Criterion, name: &str, texts: &[String]) {
    let arts = articles(texts);
    let opts = AlignOptions::default();
    let mut g = c.benchmark_group(format!("stage {name}"));
    g.sample_size(10);
    g.bench_function("align", |b| b.iter(|| align(black_box(&arts), &opts)));
    let al = align(&arts, &opts);
    g.bench_function("analysis", |b| b.iter(|| analyze(black_box(&arts), &al)));
    g.finish();
}

fn benches(c: &mut Criterion) {
    c.bench_function("samples: load+align+analyse", |b| {
        b.iter(|| Comparison::new(black_box(samples()), &Options::default()));
    });
    let two_50k = synthetic(2, 50_000, 1);
    c.bench_function("2 reports x 50 KB", |b| {
        b.iter(|| load_and_compare(black_box(&two_50k)));
    });
    let ten = synthetic(10, 6_500, 2);
    c.bench_function("10 reports x 1,000 words", |b| {
        b.iter(|| load_and_compare(black_box(&ten)));
    });
    let fifty = synthetic(50, 6_500, 3);
    let mut slow = c.benchmark_group("large");
    slow.sample_size(10);
    slow.bench_function("50 reports x 1,000 words", |b| {
        b.iter(|| load_and_compare(black_box(&fifty)));
    });
    let two_1m = synthetic(2, 1_000_000, 4);
    slow.bench_function("2 reports x 1 MB", |b| {
        b.iter(|| load_and_compare(black_box(&two_1m)));
    });
    slow.finish();
    stages(c, "2 x 50 KB", &two_50k);
    stages(c, "50 x 1,000 words", &fifty);
    stages(c, "2 x 1 MB", &two_1m);
}

criterion_group!(engine, benches);
criterion_main!(engine);
