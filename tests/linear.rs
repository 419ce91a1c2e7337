//! Linear paths on long input, asserted by counting work, never by a
//! wall-clock limit: the bytes allocated by a stage (a counting global
//! allocator) for input of size n and 2n. A quadratic path (copying the
//! rest of a paragraph per line or per number) allocates about four times
//! as much for twice the input; a linear one about twice.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use storydiff::load::{Format, parse_plain, parse_text};
use storydiff::view::text::wrap;
use storydiff::view::{Mark, Segment, ViewOptions, build};
use storydiff::{Comparison, Options};

/// Counts the bytes every allocation asks for.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes straight to the system allocator; the counter
// is only a side effect.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: as the caller promised for `layout`.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size, Ordering::Relaxed);
        // SAFETY: as the caller promised.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// One measurement at a time: the counter is global.
static SERIAL: Mutex<()> = Mutex::new(());

/// Bytes allocated while `f` runs on input `n` (the input built outside),
/// from an empty word-segmentation memo (a memo filled by an earlier run
/// would make the later run look cheaper).
fn allocated<T, R>(input: &T, f: impl Fn(&T) -> R) -> usize {
    storydiff::text::forget_words();
    let before = ALLOCATED.load(Ordering::Relaxed);
    let out = f(input);
    let used = ALLOCATED.load(Ordering::Relaxed) - before;
    drop(out);
    used
}

/// The ratio of work for input of size 2n to size n.
fn growth<T, R>(make: impl Fn(usize) -> T, n: usize, f: impl Fn(&T) -> R) -> f64 {
    let _one = SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let (small, big) = (make(n), make(2 * n));
    // The least of three runs: the counter is process-wide, and the test
    // harness's own thread allocates now and then (another test's result,
    // its captured output) while this one measures; a stage's own
    // allocations are the same in every run.
    let least = |input: &T| (0..3).map(|_| allocated(input, &f)).min().unwrap_or(0);
    let a = least(&small);
    let b = least(&big);
    eprintln!("{a} bytes for n, {b} for 2n");
    b as f64 / a as f64
}

/// A long paragraph of news prose, with names and many figures, in
/// sentences of 23 words.
fn figures(words: usize) -> String {
    let pieces = [
        "Mayor", "Alvarez", "said", "about", "35", "people", "and", "12%", "of", "4,500", "voters",
        "in", "Dunmore", "counted", "$7", "million", "on", "April", "4", "while", "Judge",
        "Okafor", "waited.",
    ];
    (0..words)
        .map(|i| pieces[i % pieces.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn wrapping_one_long_paragraph_is_linear() {
    let make = |n: usize| vec![Segment::new("x".repeat(n), Mark::Plain, None)];
    let g = growth(make, 20_000, |segs| wrap(segs, 40));
    assert!(g < 2.6, "wrap grows {g:.2}x for 2x input");
    let make = |n: usize| vec![Segment::new("word ".repeat(n / 5), Mark::Equal, None)];
    let g = growth(make, 20_000, |segs| wrap(segs, 40));
    assert!(g < 2.6, "wrap grows {g:.2}x for 2x input");
}

#[test]
fn analysing_a_paragraph_full_of_figures_is_linear() {
    let make = |n: usize| {
        let text = format!("Title\n\n{}", figures(n));
        let mut arts = parse_text("a.txt", &text, Format::Plain).unwrap();
        arts.extend(parse_text("b.txt", &text, Format::Plain).unwrap());
        let alignment = storydiff::align::align(&arts, &Options::default().align);
        (arts, alignment)
    };
    let g = growth(make, 3_000, |(arts, alignment)| {
        storydiff::analysis::analyze(arts, alignment)
    });
    assert!(g < 2.6, "analysis grows {g:.2}x for 2x input");
}

#[test]
fn analysing_one_endless_sentence_full_of_figures_is_linear() {
    // The same prose with no full stop: one sentence of n words, whose
    // figures were compared pairwise and each given every name before it.
    let make = |n: usize| {
        let text = format!("Title\n\n{}", figures(n).replace('.', ""));
        let mut arts = parse_text("a.txt", &text, Format::Plain).unwrap();
        arts.extend(parse_text("b.txt", &text, Format::Plain).unwrap());
        let alignment = storydiff::align::align(&arts, &Options::default().align);
        (arts, alignment)
    };
    let g = growth(make, 3_000, |(arts, alignment)| {
        storydiff::analysis::analyze(arts, alignment)
    });
    assert!(g < 2.6, "analysis grows {g:.2}x for 2x input");
}

#[test]
fn loading_hard_wrapped_text_without_blank_lines_is_linear() {
    let make = |n: usize| {
        let line = "The committee met again on Tuesday to discuss the budget and the";
        let mut text = String::new();
        for i in 0..n {
            // Some lines end a sentence, most run on.
            let end = if i % 7 == 0 { "." } else { "" };
            writeln!(text, "{line} {i}{end}").unwrap();
        }
        text
    };
    let g = growth(make, 5_000, |t| parse_plain(t, true));
    assert!(g < 2.6, "loading grows {g:.2}x for 2x input");
}

#[test]
fn exporting_a_long_paragraph_as_text_is_linear() {
    let make = |n: usize| {
        let text = format!("Title\n\n{}", figures(n));
        let mut arts = parse_text("a.txt", &text, Format::Plain).unwrap();
        arts.extend(parse_text("b.txt", "Title\n\nOther words.", Format::Plain).unwrap());
        let cmp = Comparison::new(arts, &Options::default());
        build(&cmp, &ViewOptions::all(&cmp))
    };
    for layout in [
        storydiff::export::text::Layout::SideBySide,
        storydiff::export::text::Layout::Inline,
    ] {
        let opts = storydiff::export::text::TextOptions {
            layout,
            width: 80,
            styling: storydiff::export::text::Styling::Markers,
            only_differences: false,
        };
        let g = growth(make, 3_000, |vm| {
            let mut out = Vec::new();
            storydiff::export::text::write(vm, &opts, &mut out).unwrap();
            out
        });
        assert!(g < 2.6, "{layout:?} export grows {g:.2}x for 2x input");
    }
}

/// Issue 12, case 1: 1,000 copies of one report once kept every pair of
/// paragraphs (13 GB). Past the ten reports whose every pair is linked,
/// comparing twice as many reports (and writing their JSON) costs about
/// twice as much, not four times.
#[test]
fn comparing_many_reports_grows_linearly_with_their_number() {
    let report = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/004_0290fbc7ad97d892.txt"
    ))
    .unwrap();
    let make = |n: usize| {
        (0..n)
            .flat_map(|i| parse_text(&format!("r{i}.txt"), &report, Format::Plain).unwrap())
            .collect::<Vec<_>>()
    };
    let g = growth(make, 24, |arts| {
        let cmp = Comparison::new(arts.clone(), &Options::default());
        let mut out = Vec::new();
        storydiff::export::json::write(&cmp, &mut out).unwrap();
        out
    });
    assert!(g < 2.6, "24 -> 48 reports: {g:.2}x the work");
}

/// Issue 12, case 4: 40,000 sentences in one paragraph took 7.8 s (the
/// paragraph's sentence list was merged again per sentence). Loading,
/// aligning and analysing n short sentences in one paragraph is linear.
#[test]
fn comparing_one_paragraph_of_many_short_sentences_is_linear() {
    let make = |n: usize| {
        let mut text = String::from("Many sentences\n\n");
        for i in 0..n {
            write!(text, "Sentence {i} is here. ").unwrap();
        }
        text
    };
    let g = growth(make, 2_000, |text| {
        let mut arts = parse_text("a.txt", text, Format::Plain).unwrap();
        arts.extend(parse_text("b.txt", "Title\n\nSentence 7 is here.", Format::Plain).unwrap());
        Comparison::new(arts, &Options::default())
    });
    assert!(g < 2.6, "{g:.2}x for 2x the sentences");
}

/// SB8 of UAX #29 looks past closing marks and spaces after a full stop
/// for a lower-case letter; done afresh at every byte of the run it was
/// quadratic (a 400,000-byte run: ~8 * 10^10 steps, minutes). The ASCII
/// splitter reads it from one backward pass: this test ends at once, and
/// its allocations grow with the text.
#[test]
fn splitting_a_long_run_of_closing_marks_after_a_full_stop_is_linear() {
    for (mark, end) in [
        (")", ""),
        (" ", ""),
        ("\")", ""),
        (")", " \u{2013} \u{e9}"),
        // Closing marks of other scripts take the Unicode path on their own.
        ("\u{201d}", ""),
        ("\u{bb} ", ""),
        ("\u{ff09}", ""),
    ] {
        let make = |n: usize| {
            format!(
                "Prices rose 5 per cent.{} and then fell{end}.",
                mark.repeat(n)
            )
        };
        let g = growth(make, 200_000, |t| storydiff::text::split_sentences(t));
        assert!(
            g < 2.6,
            "sentence split grows {g:.2}x for 2x input ({mark:?})"
        );
        // The ASCII splitter keeps the one sentence; the Unicode path cuts
        // the run every 1,000 marks (no prose has such a run).
        if end.is_empty() && mark.is_ascii() {
            let text = make(200_000);
            assert_eq!(storydiff::text::split_sentences(&text).len(), 1, "{mark:?}");
        }
    }
}
