//! One benchmark per stage of a comparison, on the same two ~50 KB
//! reports, so a profile's "where does the time go" can be checked stage by
//! stage: load, tokenise (sentences, words, content terms), candidates
//! (term ids and candidate sentence pairs), links (the scorer's features of
//! those pairs), align (candidates + links + rows), analysis, view, and
//! each exporter.
//!
//! The reports are built from the bundled samples' paragraphs, repeated in
//! two deterministic orders with a word changed here and there, so the
//! benchmark needs nothing beside the repository.
//!
//! A second group times the word-level primitives those stages share
//! (spelling keys, label scans, the sanitiser count, noise cues).
//!
//! Caches that live for a thread (word-pair cosines of `text::embed`, term
//! keys of `text::terms`) stay warm from one iteration to the next, as
//! they do from one sentence pair to the next inside a run; a whole process
//! starts them cold, so for small inputs time the binary as well
//! (`../shared/bench/run.py`).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use storydiff::align::index::{Search, Vocabulary, candidate_pairs};
use storydiff::align::variants::spelling_key;
use storydiff::align::{AlignOptions, align, pair_samples};
use storydiff::analysis::analyze;
use storydiff::export::text::{Layout, TextOptions};
use storydiff::export::{html, json, markdown, text};
use storydiff::load::{Format, parse_text, samples};
use storydiff::model::Article;
use storydiff::text::furniture::promo::inline_promo;
use storydiff::text::furniture::{judge_cluster, trailing_photo_credit};
use storydiff::text::{
    clean_display, forget_words_for, lowercase, number_word, removed, split_sentences, terms, words,
};
use storydiff::view::{ViewOptions, build};
use storydiff::{Comparison, Options};

/// Two reports of about `bytes` bytes from the samples' paragraphs: each
/// round renames the longer words (a suffix per round), so rounds are new
/// text of the same shape; the second report drops every fourth
/// paragraph, moves others and changes a word in every third.
fn reports(bytes: usize) -> [String; 2] {
    let paras: Vec<String> = samples()
        .iter()
        .flat_map(|a| a.paragraphs.iter().skip(1).map(|p| p.text.clone()))
        .collect();
    let round = |k: usize, p: &str| -> String {
        let tag: String = format!("{k:x}")
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from(b'g' + (c as u8 - b'0')),
                c => c,
            })
            .collect();
        p.split(' ')
            .map(|w| {
                if k > 0 && w.len() > 3 && w.chars().all(char::is_alphabetic) {
                    format!("{w}{tag}")
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut a = String::from("A report of the event\n\n");
    let mut b = String::from("Another report of the event\n\n");
    let mut k = 0;
    while a.len() < bytes {
        let mut moved = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            let p = round(k, p);
            a.push_str(&p);
            a.push_str("\n\n");
            match i % 4 {
                0 => {}
                1 => moved.push(p),
                _ if i % 3 == 0 => {
                    b.push_str(&p.replacen(" the ", " a ", 1));
                    b.push_str("\n\n");
                }
                _ => {
                    b.push_str(&p);
                    b.push_str("\n\n");
                }
            }
        }
        for p in moved {
            b.push_str(&p);
            b.push_str("\n\n");
        }
        k += 1;
    }
    [a, b]
}

fn load(texts: &[String]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .flat_map(|(i, t)| parse_text(&format!("{i}.txt"), t, Format::Plain).expect("parses"))
        .collect()
}

/// Every paragraph's text, report after report.
fn paragraph_texts(arts: &[Article]) -> Vec<&str> {
    arts.iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.text.as_str())
        .collect()
}

/// Sentence texts and their reports, as the alignment sees them.
fn sentences(arts: &[Article]) -> (Vec<&str>, Vec<usize>) {
    let mut texts = Vec::new();
    let mut owners = Vec::new();
    for (a, art) in arts.iter().enumerate() {
        for p in art.paragraphs.iter().filter(|p| p.kind.is_compared()) {
            for s in p.sentence_texts() {
                texts.push(s);
                owners.push(a);
            }
        }
    }
    (texts, owners)
}

fn stages(c: &mut Criterion) {
    let texts = reports(50_000);
    let mut g = c.benchmark_group("stages 2 x 50 KB");
    g.sample_size(10);
    g.bench_function("load", |b| b.iter(|| load(black_box(&texts))));
    let arts = load(&texts);
    g.bench_function("tokenise", |b| {
        b.iter(|| {
            let mut n = 0;
            for p in arts.iter().flat_map(|a| &a.paragraphs) {
                n += split_sentences(black_box(&p.text)).len();
                n += words(&p.text).count();
                n += terms(&p.text).len();
            }
            n
        });
    });
    let (sents, owners) = sentences(&arts);
    g.bench_function("candidates", |b| {
        b.iter(|| {
            let keys: Vec<_> = sents.iter().map(|s| terms(s)).collect();
            let (_, seqs) = Vocabulary::default().intern(black_box(&keys), &owners);
            candidate_pairs(&seqs, &owners, &Search::new(arts.len(), 0))
        });
    });
    g.bench_function("links (pair features)", |b| {
        b.iter(|| pair_samples(black_box(&arts), false));
    });
    let opts = AlignOptions::default();
    g.bench_function("align (candidates, links, rows)", |b| {
        b.iter(|| align(black_box(&arts), &opts));
    });
    let al = align(&arts, &opts);
    g.bench_function("analysis", |b| b.iter(|| analyze(black_box(&arts), &al)));
    let cmp = Comparison::new(arts.clone(), &Options::default());
    let vopts = ViewOptions::all(&cmp);
    g.bench_function("view", |b| b.iter(|| build(black_box(&cmp), &vopts)));
    let vm = build(&cmp, &vopts);
    let mut out: Vec<u8> = Vec::with_capacity(1 << 20);
    g.bench_function("export json", |b| {
        b.iter(|| {
            out.clear();
            json::write(black_box(&cmp), &mut out)
        });
    });
    for (name, layout) in [
        ("export text side by side", Layout::SideBySide),
        ("export text inline", Layout::Inline),
        ("export text report", Layout::Report),
    ] {
        let topts = TextOptions {
            layout,
            width: 120,
            ..TextOptions::default()
        };
        g.bench_function(name, |b| {
            b.iter(|| {
                out.clear();
                text::write(black_box(&vm), &topts, &mut out)
            });
        });
    }
    g.bench_function("export markdown", |b| {
        b.iter(|| {
            out.clear();
            markdown::write(black_box(&vm), &mut out)
        });
    });
    g.bench_function("export html", |b| {
        b.iter(|| {
            out.clear();
            html::write(black_box(&vm), &mut out)
        });
    });
    g.finish();
}

/// The word-level primitives every stage asks of every word or paragraph
/// (the 2026-11-30 evening speed work made each cheaper without changing
/// an answer): spelling keys and number words, lower-casing, label scans
/// for page furniture, the load's sanitiser count and display cleaning,
/// and the noise cues of a cluster.
fn word_level(c: &mut Criterion) {
    let texts = reports(50_000);
    let arts = load(&texts);
    let paras = paragraph_texts(&arts);
    let ws: Vec<&str> = paras
        .iter()
        .flat_map(|p| words(p).map(|(_, w)| w))
        .collect();
    let mut g = c.benchmark_group("word level 2 x 50 KB");
    g.sample_size(10);
    g.bench_function("spelling keys and number words", |b| {
        b.iter(|| {
            ws.iter()
                .filter(|w| {
                    let lower = lowercase(black_box(w));
                    number_word(&lower).is_some() || spelling_key(&lower).len() != lower.len()
                })
                .count()
        });
    });
    g.bench_function("furniture label scans", |b| {
        b.iter(|| {
            paras
                .iter()
                .filter(|p| {
                    inline_promo(black_box(p)).is_some() || trailing_photo_credit(p).is_some()
                })
                .count()
        });
    });
    g.bench_function("sanitiser count and display cleaning", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| removed(black_box(t)).controls)
                .sum::<usize>()
                + paras
                    .iter()
                    .map(|p| clean_display(black_box(p)).len())
                    .sum::<usize>()
        });
    });
    g.bench_function("noise cues", |b| {
        b.iter(|| judge_cluster(black_box(&arts), |_, _| false).len());
    });
    g.finish();
}

/// The word memo on two ~500 KB reports: each pass of a comparison
/// (names, figures, facts, cues, ...) asks for the words of every
/// paragraph; ten such passes, with the memo sized as a comparison of
/// these reports sizes it. Past the memo's budget every pass segments
/// the text again.
fn word_memo(c: &mut Criterion) {
    let texts = reports(500_000);
    let arts = load(&texts);
    let paras = paragraph_texts(&arts);
    let bytes: usize = paras.iter().map(|p| p.len()).sum();
    let mut g = c.benchmark_group("word memo 2 x 500 KB");
    g.sample_size(10);
    // The budget a comparison of these reports gets, and the smaller one
    // of bigger reports (the memo then holds about a quarter of them).
    for (name, sized_as) in [
        ("words of every paragraph, ten passes", bytes),
        ("the same with the memo of big reports", usize::MAX),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                forget_words_for(sized_as);
                let mut n = 0;
                for _ in 0..10 {
                    for p in &paras {
                        n += words(black_box(p)).count();
                    }
                }
                n
            });
        });
    }
    g.finish();
}

criterion_group!(per_stage, stages, word_level, word_memo);
criterion_main!(per_stage);
