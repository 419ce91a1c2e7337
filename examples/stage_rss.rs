//! Prints the resident memory each stage of a whole comparison peaks at,
//! on the binary's allocator (mimalloc, freed pages purged at once, as in
//! `src/main.rs`): load, alignment, analysis, JSON export (to a sink).
//!
//! `cargo run --release --example stage_rss -- a.txt b.txt`
//!
//! [`stage_memory`](../stage_memory.rs) counts live heap bytes, which the
//! allocator holds at about 1.4 times as resident pages; this reads what
//! `/usr/bin/time` reports: the kernel's peak resident size (`VmHWM`),
//! reset before each stage (`/proc/self/clear_refs`, Linux only).

use std::time::Instant;

#[path = "common/stages.rs"]
mod stages;

use stages::Meter;
use storydiff::Comparison;
use storydiff::align::{AlignOptions, align};
use storydiff::analysis::analyze;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

unsafe extern "C" {
    fn mi_option_set(option: libc::c_int, value: libc::c_long);
    fn mi_collect(force: bool);
}

/// With `STAGE_RSS_COLLECT` set, every thread's heap gives its free
/// memory back between stages.
fn collect_all() {
    if std::env::var_os("STAGE_RSS_COLLECT").is_some() {
        Probe.stage("collect", || {
            // SAFETY: a plain call into the allocator, on each thread.
            rayon::broadcast(|_| unsafe { mi_collect(true) });
            // SAFETY: as above.
            unsafe { mi_collect(true) };
        });
    }
}

/// `mi_option_purge_delay` (see `src/main.rs`).
const MI_OPTION_PURGE_DELAY: libc::c_int = 15;

/// A line of `/proc/self/status` in MiB (`VmRSS`, `VmHWM`).
fn status_mib(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// This probe's [`Meter`].
struct Probe;

impl Meter for Probe {
    /// Runs `f`, printing the resident size before and after it and its peak.
    fn stage<T>(&self, name: &str, f: impl FnOnce() -> T) -> T {
        let before = status_mib("VmRSS");
        // "5" resets the peak resident size to the current one; where the
        // kernel refuses, every peak printed is the process's so far.
        if let Err(e) = std::fs::write("/proc/self/clear_refs", "5") {
            eprintln!("stage_rss: peak not reset before {name} ({e}): the peak is the process's");
        }
        let start = Instant::now();
        let out = f();
        println!(
            "{name:<10} {:>8.1?}  RSS before {before:>7.1} MiB, peak {:>7.1} MiB, after {:>7.1} MiB (anon {:>6.1}, file {:>6.1})",
            start.elapsed(),
            status_mib("VmHWM"),
            status_mib("VmRSS"),
            status_mib("RssAnon"),
            status_mib("RssFile"),
        );
        out
    }
}

fn main() {
    // SAFETY: a plain setter of the allocator's option table, called
    // before any other thread exists.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    let articles = stages::load_marked(&Probe, "stage_rss");
    let alignment = Probe.stage("align", || align(&articles, &AlignOptions::default()));
    let alignment = if std::env::var_os("STAGE_RSS_CLONE").is_some() {
        Probe.stage("clone", || {
            let copy = alignment.clone();
            drop(alignment);
            copy
        })
    } else {
        alignment
    };
    collect_all();
    let analysis = Probe.stage("analysis", || analyze(&articles, &alignment));
    collect_all();
    let cmp = Comparison {
        articles,
        alignment,
        analysis,
    };
    Probe.stage("json", || {
        storydiff::export::json::write(&cmp, &mut std::io::sink()).expect("a sink takes anything");
    });
}
