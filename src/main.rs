//! storydiff binary: parse arguments, read the config file, load, compare,
//! then export or open the TUI. Errors print one line on stderr and exit 2;
//! a reader that goes away (`| head`) is a normal exit; a closed stdout is
//! an error.

mod cli;
mod man;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{CommandFactory, Parser};

use cli::{BatchArgs, Cli, ColorArg, CompareArgs, ExportArgs, LayoutArg, Sub};
use storydiff::config::Config;
use storydiff::export::file::{Format, Overwrite, write_atomic_with};
use storydiff::export::text::{Layout, Styling, TextOptions};
use storydiff::model::Article;
use storydiff::{Comparison, export, load, view};

// The analysis makes millions of small, short-lived allocations (words,
// keys, per-sentence vectors) on two threads; mimalloc's per-thread free
// lists serve them for a fraction of the system allocator's instructions
// (about a tenth of the whole run's). Built without transparent huge pages
// (`no_thp`), which would otherwise double the resident memory of small runs.
// Version 2 of mimalloc (the crate's `v2` feature), not 3: for the same
// heap, its pages hold two 5 MB reports in 99 MiB resident against 104
// (500 KB: 38 against 43 MiB), in no more time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc keeps freed pages a while before it gives them back
// (`purge_delay`: 10 ms in mimalloc 2, 1000 ms in 3): the stages free and
// refill tens of MiB, so two 5 MB reports peaked (under mimalloc 3) at
// 215 MiB resident for a live heap of 123 MiB. Pages go back at once
// instead (170 MiB then, at no measurable cost in time).
// The statically linked mimalloc exports its option setter; the crate's
// `extended` bindings would add a dependency for these two symbols.
unsafe extern "C" {
    fn mi_option_set(option: libc::c_int, value: libc::c_long);
    #[cfg(test)]
    fn mi_option_get(option: libc::c_int) -> libc::c_long;
}

/// `mi_option_purge_delay` in the vendored mimalloc's `mi_option_t`.
const MI_OPTION_PURGE_DELAY: libc::c_int = 15;

/// Makes the allocator give freed memory back to the system at once.
fn purge_freed_memory_at_once() {
    // SAFETY: a plain setter of the allocator's option table, called
    // before any other thread exists.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

fn main() -> ExitCode {
    purge_freed_memory_at_once();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) if e.downcast_ref::<SomeFailed>().is_some() => {
            eprintln!("storydiff: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            // Paths and messages are untrusted: one clean line.
            eprintln!(
                "storydiff: {}",
                storydiff::text::clean_line(&format!("{e:#}"))
            );
            ExitCode::from(2)
        }
    }
}

/// `--help` and `--version` print as clap writes them; a usage error is
/// one line (clap's first, without its "error: " prefix), exit 2.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let text = e.render().to_string();
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let first = first.trim().trim_start_matches("error: ");
    eprintln!("storydiff: {first} (see storydiff --help)");
    ExitCode::from(2)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Sub::Export(args)) => export_cmd(&args, &Config::load()?),
        Some(Sub::Batch(args)) => batch_cmd(&args),
        Some(Sub::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "storydiff", &mut out);
            write_stdout(&out)
        }
        Some(Sub::Man) => {
            let mut out = Vec::new();
            man::render(&mut out)?;
            write_stdout(&out)
        }
        Some(Sub::Config) => {
            let path = storydiff::config::path().map_or_else(
                || "(no $XDG_CONFIG_HOME or $HOME)".to_string(),
                |p| p.display().to_string(),
            );
            let text = format!("# storydiff reads {path}\n{}", storydiff::config::EXAMPLE);
            write_stdout(text.as_bytes())
        }
        None => tui_cmd(&cli.compare),
    }
}

fn tui_cmd(args: &CompareArgs) -> anyhow::Result<()> {
    if !std::io::stdout().is_terminal() {
        bail!("not a terminal: use `storydiff export` to write a comparison");
    }
    // Keys come from the terminal even when a report comes on stdin, as
    // with less and fzf (the terminal library reads /dev/tty then).
    if !std::io::stdin().is_terminal() && std::fs::File::open("/dev/tty").is_err() {
        bail!("no terminal to read keys from: use `storydiff export`");
    }
    let config = Config::load()?;
    let opts = args.options()?;
    // Read on the TUI's worker thread, behind its progress screen; the
    // sanitiser's warnings go to the screen (stderr is under it).
    let args = args.clone();
    let load = move |warn: &mut dyn FnMut(load::Sanitised), begin: &mut dyn FnMut(usize, &str)| {
        load_checked(&args, &opts, warn, begin)
    };
    match storydiff::tui::run(opts, &config, load)? {
        storydiff::tui::Exit::Quit => Ok(()),
        // The terminal is restored; end as the signal asked, with the code
        // a shell gives a process it killed.
        storydiff::tui::Exit::Signal(n) => {
            export::file::remove_pending();
            std::process::exit(128 + n)
        }
    }
}

/// The format of an export: `--format`, else the `-o` file's extension
/// (an unknown one is an error), else JSON.
fn export_format(args: &ExportArgs, to_file: Option<&Path>) -> anyhow::Result<Format> {
    if let Some(f) = args.format {
        return Ok(f.into());
    }
    let Some(p) = to_file else {
        return Ok(Format::Json);
    };
    if let Some(f) = Format::from_path(p) {
        return Ok(f);
    }
    match p.extension() {
        Some(ext) => bail!(
            "{}: unknown extension .{}: use {}, or give --format",
            p.display(),
            ext.to_string_lossy(),
            Format::known_extensions()
        ),
        None => bail!(
            "{}: no extension to pick the format from: use {}, or give --format",
            p.display(),
            Format::known_extensions()
        ),
    }
}

/// Where `-o` sends the output (`None`, or `-`, is stdout) and whether
/// it may replace a file. The target is checked before any work (a folder
/// or a device first, then the format); the write checks again
/// atomically. Stdout is checked too ([`check_stdout`]).
fn output_target(output: Option<&Path>, force: bool) -> anyhow::Result<(Option<&Path>, Overwrite)> {
    let to_file = output.filter(|p| p.as_os_str() != "-");
    let overwrite = if force {
        Overwrite::Replace
    } else {
        Overwrite::Refuse
    };
    if let Some(p) = to_file {
        export::file::target(p, overwrite)?;
        remove_temp_files_on_signal();
    } else {
        check_stdout()?;
    }
    Ok((to_file, overwrite))
}

/// `storydiff export`: compare, render the chosen format, stream it out.
fn export_cmd(args: &ExportArgs, config: &Config) -> anyhow::Result<()> {
    let (to_file, overwrite) = output_target(args.output.as_deref(), args.force)?;
    let format = export_format(args, to_file)?;
    let cmp = compare(&args.compare)?;
    let stdout_tty = to_file.is_none() && std::io::stdout().is_terminal();
    let layout = args
        .layout
        .or_else(|| config.layout.as_deref().and_then(LayoutArg::from_name))
        .unwrap_or(LayoutArg::SideBySide);
    let text = TextOptions {
        layout: match layout {
            LayoutArg::SideBySide => Layout::SideBySide,
            LayoutArg::Inline => Layout::Inline,
            LayoutArg::Report => Layout::Report,
        },
        width: args
            .width
            .or(config.width)
            .map(usize::from)
            .or_else(|| stdout_tty.then(terminal_width).flatten())
            .unwrap_or(DEFAULT_WIDTH),
        styling: Styling::choose(
            match args.color {
                ColorArg::Auto => storydiff::export::text::ColorChoice::Auto,
                ColorArg::Always => storydiff::export::text::ColorChoice::Always,
                ColorArg::Never => storydiff::export::text::ColorChoice::Never,
            },
            stdout_tty,
            std::env::var_os("NO_COLOR").as_deref(),
        ),
        only_differences: args.only_differences,
    };
    let render = |out: &mut dyn Write| -> std::io::Result<()> {
        let opts = view::ViewOptions::all(&cmp);
        // Only the parts each exporter reads: the full view model of two
        // 5 MB reports was 86 MiB (inline rows 23, report 28, counterparts 9).
        let vm = |parts| view::build_parts(&cmp, &opts, parts);
        match format {
            Format::Json => export::json::write(&cmp, out),
            // The rows are written as they are built.
            Format::Markdown => export::markdown::write_comparison(&cmp, out),
            Format::Html => export::html::write(&vm(export::html::PARTS), out),
            // Side by side, rows are laid out as they are built.
            Format::Text => export::text::write_comparison(&cmp, &text, out),
        }
    };
    match to_file {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            render(&mut out).context("cannot write to stdout")?;
            out.flush().context("cannot write to stdout")?;
            Ok(())
        }
        Some(p) => Ok(write_atomic_with(p, overwrite, render)?),
    }
}

/// A batch ran to its end but some clusters failed: exit 1.
#[derive(Debug)]
struct SomeFailed {
    failed: usize,
    clusters: usize,
}

impl std::fmt::Display for SomeFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "batch: {} of {} clusters failed",
            self.failed, self.clusters
        )
    }
}

impl std::error::Error for SomeFailed {}

/// `storydiff batch`: JSONL clusters in, one result a line out.
fn batch_cmd(args: &BatchArgs) -> anyhow::Result<()> {
    let opts = storydiff::batch::BatchOptions {
        compare: args.options()?,
        summary: args.summary,
        ..Default::default()
    };
    let (to_file, overwrite) = output_target(args.output.as_deref(), args.force)?;
    let from = args.input.as_deref().filter(|p| p.as_os_str() != "-");
    if from.is_none() && std::io::stdin().is_terminal() {
        bail!(
            "batch: no clusters: give a JSONL file or pipe them in (storydiff batch - < clusters.jsonl)"
        );
    }
    let mut input: Box<dyn std::io::BufRead> = match from {
        Some(p) => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).with_context(|| format!("{}", p.display()))?,
        )),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        builder = builder.num_threads(usize::from(n));
    }
    let pool = builder.build().context("cannot start threads")?;
    let progress = std::io::stderr().is_terminal();
    let mut report = |e: storydiff::batch::Event<'_>| match e {
        storydiff::batch::Event::Failed { line, id, error } => {
            let line_text = format!("batch line {line} (id {id}): {error}");
            if progress {
                eprint!("\r\x1b[K");
            }
            eprintln!("storydiff: {}", storydiff::text::clean_line(&line_text));
        }
        storydiff::batch::Event::Progress { done, failed } if progress => {
            eprint!("\r\x1b[Kstorydiff batch: {done} clusters done, {failed} failed");
        }
        storydiff::batch::Event::Progress { .. } => {}
    };
    let name = from.map_or_else(|| "-".to_string(), |p| p.display().to_string());
    let mut stats = storydiff::batch::BatchStats::default();
    let mut go = |out: &mut dyn Write| -> std::io::Result<()> {
        stats = storydiff::batch::run(&mut input, out, &opts, Some(&pool), &mut report)?;
        Ok(())
    };
    let result: anyhow::Result<()> = match to_file {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            go(&mut out)
                .and_then(|()| out.flush())
                .with_context(|| format!("{name}: batch stopped"))
        }
        Some(p) => write_atomic_with(p, overwrite, go).map_err(Into::into),
    };
    if progress {
        eprint!("\r\x1b[K");
    }
    result?;
    if stats.failed > 0 {
        return Err(SomeFailed {
            failed: stats.failed,
            clusters: stats.clusters,
        }
        .into());
    }
    Ok(())
}

/// When a program starts with file descriptor 1 closed
/// (`storydiff export >&-`), Rust's runtime opens `/dev/null` there,
/// read-write, and the output vanishes without a word. A shell's
/// `> /dev/null` opens it write-only, so a read-write `/dev/null` on fd 1
/// means stdout was closed: say so.
fn check_stdout() -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: F_GETFL on a descriptor reads its flags and changes nothing.
        let flags = unsafe { libc::fcntl(1, libc::F_GETFL) };
        if flags == -1 {
            bail!("cannot write to stdout: it is closed");
        }
        let read_write = flags & libc::O_ACCMODE == libc::O_RDWR;
        let dev_null = |m: &std::fs::Metadata| {
            std::fs::metadata("/dev/null").is_ok_and(|n| n.rdev() == m.rdev() && m.rdev() != 0)
        };
        let out = std::fs::metadata("/proc/self/fd/1").or_else(|_| std::fs::metadata("/dev/fd/1"));
        if read_write && out.as_ref().is_ok_and(dev_null) {
            bail!("cannot write to stdout: it is closed");
        }
    }
    Ok(())
}

/// An export to a file removes its temporary file when a signal ends the
/// program, then exits as the signal asked (128 + n).
fn remove_temp_files_on_signal() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        let Ok(mut signals) =
            signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT])
        else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("export-signals".into())
            .spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    export::file::remove_pending();
                    std::process::exit(128 + sig);
                }
            });
    }
}

/// Width of text output when neither `--width` nor a terminal says.
const DEFAULT_WIDTH: usize = 100;

/// The terminal's width in columns, when stdout is one.
fn terminal_width() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, _)| usize::from(w.0))
        .filter(|&w| w > 0)
}

fn write_stdout(buf: &[u8]) -> anyhow::Result<()> {
    check_stdout()?;
    let mut out = std::io::stdout().lock();
    out.write_all(buf).context("cannot write to stdout")?;
    out.flush().context("cannot write to stdout")?;
    Ok(())
}

/// Loads the inputs (or the samples) and compares them.
fn compare(args: &CompareArgs) -> anyhow::Result<Comparison> {
    let opts = args.options()?;
    let articles = load_checked(
        args,
        &opts,
        &mut |w| {
            eprintln!("storydiff: warning: {w}");
        },
        &mut |_, _| {},
    )?;
    Ok(Comparison::new(articles, &opts))
}

/// Loads the inputs (or the samples): at least two, the pivot among them.
fn load_checked(
    args: &CompareArgs,
    opts: &storydiff::Options,
    warn: &mut dyn FnMut(load::Sanitised),
    begin: &mut dyn FnMut(usize, &str),
) -> anyhow::Result<Vec<Article>> {
    let articles = if args.files.is_empty() {
        load::samples()
    } else {
        let fetch = load::url::FetchOptions {
            cache: args.cache.clone(),
            ..Default::default()
        };
        load::load_inputs_observed(
            &args.files,
            &mut std::io::stdin().lock(),
            warn,
            &fetch,
            begin,
        )?
    };
    if articles.len() < 2 {
        bail!(
            "need at least two reports to compare, got {} ({})",
            articles.len(),
            articles
                .iter()
                .map(Article::label)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if opts.align.pivot >= articles.len() {
        bail!(
            "--pivot {} is out of range: there are {} reports (0-{})",
            opts.align.pivot,
            articles.len(),
            articles.len() - 1
        );
    }
    Ok(articles)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`MI_OPTION_PURGE_DELAY`] names the vendored mimalloc's purge delay:
    /// its default (10 ms in mimalloc 2) reads back, then the value set.
    #[test]
    fn purge_delay_option_is_the_one_set() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: a plain getter of the allocator's option table.
        let read = || unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert_eq!(read(), 10, "mimalloc 2's default purge delay (ms)");
        purge_freed_memory_at_once();
        assert_eq!(read(), 0);
    }
}
