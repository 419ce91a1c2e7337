//! Prints what the bundled word vectors cost: asset size, parse time, and the
//! time of word lookups and of the sentence helpers.
//!
//! `cargo run --release --example embed_cost`

use std::hint::black_box;
use std::time::{Duration, Instant};

use storydiff::text::embed::{self, WordVectors};

const ASSET: &[u8] = include_bytes!("../assets/data/wordvec.bin");

/// Time of one call of `f`: the mean over `runs` calls, taking the fastest
/// of seven such batches (the development machine is shared, so slower
/// batches measure other processes).
fn time_per_call(runs: u32, mut f: impl FnMut(u32)) -> Duration {
    (0..7)
        .map(|_| {
            let start = Instant::now();
            for i in 0..runs {
                f(i);
            }
            start.elapsed() / runs
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let parse = time_per_call(5, |_| {
        black_box(WordVectors::parse(black_box(ASSET)).expect("asset parses"));
    });
    let vecs = embed::vectors();
    println!(
        "asset {} bytes, {} words x {} dims; parse {parse:.2?}",
        ASSET.len(),
        vecs.len(),
        vecs.dims()
    );

    let words = [
        "retaliation",
        "Reprisal",
        "killed",
        "dead",
        "Russia's",
        "promoted",
        "expand",
        "weather",
        "the",
        "qzxwvtk",
        "airstrikes",
        "diesel",
    ];
    let similarity = time_per_call(50_000, |i| {
        let first = words[i as usize % words.len()];
        let second = words[(i as usize * 7 + 3) % words.len()];
        black_box(vecs.similarity(black_box(first), black_box(second)));
    });
    println!("similarity (two lookups + cosine) {similarity:.2?}");

    let left: Vec<&str> =
        "Russia vetoed a draft resolution in retaliation for the air strikes on Tuesday"
            .split(' ')
            .collect();
    let right: Vec<&str> = "Moscow blocked the Security Council text as a reprisal for airstrikes"
        .split(' ')
        .collect();
    let soft = time_per_call(5_000, |_| {
        black_box(vecs.soft_overlap(black_box(&left), black_box(&right)));
    });
    let mean = time_per_call(5_000, |_| {
        black_box(vecs.mean_cosine(black_box(&left), black_box(&right)));
    });
    let (bag_l, bag_r) = (vecs.bag(&left), vecs.bag(&right));
    let bags = time_per_call(5_000, |_| {
        black_box(vecs.bag(black_box(&left)));
    });
    let prepared = time_per_call(5_000, |_| {
        black_box(black_box(&bag_l).soft_overlap(black_box(&bag_r)));
    });
    println!(
        "bag of {} words {bags:.2?}; soft_overlap of two bags {prepared:.2?}",
        left.len()
    );
    println!(
        "sentence pair of {}+{} words: soft_overlap {soft:.2?} ({:.3}), mean_cosine {mean:.2?} ({:.3})",
        left.len(),
        right.len(),
        vecs.soft_overlap(&left, &right),
        vecs.mean_cosine(&left, &right)
    );
}
