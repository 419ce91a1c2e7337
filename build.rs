//! Build script: links the `storydiff` binary as a position-dependent
//! executable on Linux.
//!
//! Why: the binary carries about 33,000 relative relocations (string and
//! vtable pointers in static tables: HTML entities, lexicons, clap, TLS
//! roots). In a position-independent executable the dynamic loader rewrites
//! every one at each start, which dirties ~150 pages of `.data.rel.ro`:
//! about 200 of the ~680 page faults and a sixth of the instructions of a
//! one-sentence comparison. Linked with `-no-pie` the addresses are fixed
//! at link time and the loader has nothing to do (measured with
//! `perf stat -e page-faults` and callgrind, see README "Performance").
//! Shared libraries, heap and stacks keep their address randomisation;
//! only the executable's own image loads at a fixed address. The library,
//! tests and examples are built as before.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo::rustc-link-arg-bin=storydiff=-no-pie");
    }
}
