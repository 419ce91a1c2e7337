//! Benchmarks of the learned link scorer: describing sentences, computing a
//! pair's features, and all candidate pairs of the bundled samples.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use storydiff::align::features::{Profile, pair_features};
use storydiff::align::index::TermVec;
use storydiff::align::pair_samples;
use storydiff::load::samples;

fn scorer(c: &mut Criterion) {
    let a = "The harbour authority said on Tuesday that 14 ferries were cancelled after the storm.";
    let b =
        "Fourteen ferry crossings were called off on Tuesday because of the storm, the port said.";
    // The word vectors load once; keep that out of the loops.
    let _ = Profile::new(a, 0.0);
    c.bench_function("scorer/profile", |bench| {
        bench.iter(|| Profile::new(black_box(a), 0.3));
    });
    let (pa, pb) = (Profile::new(a, 0.2), Profile::new(b, 0.3));
    let empty = TermVec::default();
    c.bench_function("scorer/pair_features", |bench| {
        bench.iter(|| pair_features(black_box(&pa), black_box(&pb), &empty, &empty, 0.0));
    });
    let arts = samples();
    c.bench_function("scorer/samples_all_candidates", |bench| {
        bench.iter(|| pair_samples(black_box(&arts), false));
    });
}

criterion_group!(benches, scorer);
criterion_main!(benches);
