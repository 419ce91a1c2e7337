//! Prints the heap each stage of a whole comparison holds at its peak:
//! load, alignment, analysis, JSON export (to a sink), and the view model
//! and text layout of `--format text`.
//!
//! `cargo run --release --example stage_memory -- a.txt b.txt`
//! (`STAGE_MEMORY_UNTIL=align` or `=analysis` stops after that stage, to
//! profile it alone under massif, which is slow; `STAGE_MEMORY_TRACE=50`
//! prints the live heap every 50 ms on stderr).
//!
//! It counts the bytes the system allocator hands out (the binary uses
//! mimalloc, whose arenas add to the resident size), so the figures are
//! live heap, not RSS. Being on the system allocator, the example also
//! runs under `valgrind --tool=massif`, which then names the call sites.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

#[path = "common/stages.rs"]
mod stages;

use stages::Meter;
use storydiff::Comparison;
use storydiff::align::{AlignOptions, align};
use storydiff::analysis::analyze;

/// The system allocator with a count of live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to `System` unchanged; only counters move.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `alloc`'s contract, passed on as is.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size;
                PEAK.fetch_max(now - layout.size(), Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MIB: f64 = 1024.0 * 1024.0;

/// This probe's [`Meter`].
struct Probe;

impl Meter for Probe {
    /// Runs `f`, printing the heap live before and after it and its peak.
    fn stage<T>(&self, name: &str, f: impl FnOnce() -> T) -> T {
        let before = LIVE.load(Relaxed);
        PEAK.store(before, Relaxed);
        let start = Instant::now();
        let out = f();
        println!(
            "{name:<10} {:>8.1?}  live before {:>7.1} MiB, peak {:>7.1} MiB, after {:>7.1} MiB",
            start.elapsed(),
            before as f64 / MIB,
            PEAK.load(Relaxed) as f64 / MIB,
            LIVE.load(Relaxed) as f64 / MIB,
        );
        out
    }
}

fn main() {
    // `STAGE_MEMORY_TRACE=ms`: the live heap every `ms` milliseconds, to
    // see which part of a stage its peak falls in.
    if let Some(ms) = std::env::var("STAGE_MEMORY_TRACE")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        let start = Instant::now();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(std::time::Duration::from_millis(ms));
                eprintln!(
                    "trace {:>8.3?}  live {:>7.1} MiB",
                    start.elapsed(),
                    LIVE.load(Relaxed) as f64 / MIB
                );
            }
        });
    }
    let articles = stages::load_marked(&Probe, "stage_memory");
    let until = std::env::var("STAGE_MEMORY_UNTIL").unwrap_or_default();
    let alignment = Probe.stage("align", || align(&articles, &AlignOptions::default()));
    if until == "align" {
        return;
    }
    let analysis = Probe.stage("analysis", || analyze(&articles, &alignment));
    if until == "analysis" {
        return;
    }
    let cmp = Comparison {
        articles,
        alignment,
        analysis,
    };
    Probe.stage("json", || {
        storydiff::export::json::write(&cmp, &mut std::io::sink()).expect("a sink takes anything");
    });
    // `--format text`: the view model of every row, then its layout.
    let vm = Probe.stage("view", || {
        storydiff::view::build(&cmp, &storydiff::view::ViewOptions::all(&cmp))
    });
    Probe.stage("text", || {
        let opts = storydiff::export::text::TextOptions::default();
        storydiff::export::text::write(&vm, &opts, &mut std::io::sink())
            .expect("a sink takes anything");
    });
}
