//! storydiff binary: parse arguments, load, compare, then export or open
//! the TUI. Errors print one line on stderr and exit 2; a reader that goes
//! away (`| head`) is a normal exit.

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::bail;
use clap::{CommandFactory, Parser};

use cli::{Cli, ColorArg, CompareArgs, ExportArgs, ExportFormat, LayoutArg, Sub};
use storydiff::export::file::{Overwrite, write_atomic};
use storydiff::export::text::{Layout, Styling, TextOptions};
use storydiff::model::Article;
use storydiff::{Comparison, export, load, view};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
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

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Sub::Export(args)) => export_cmd(&args),
        Some(Sub::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "storydiff", &mut out);
            write_stdout(&out)
        }
        Some(Sub::Man) => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            write_stdout(&out)
        }
        None => {
            if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
                bail!("not a terminal: use `storydiff export` to write a comparison");
            }
            let opts = cli.compare.options()?;
            // Warnings would land on the alternate screen: not printed.
            match storydiff::tui::run(opts, || load_checked(&cli.compare, &opts, &mut |_| {}))? {
                storydiff::tui::Exit::Quit => Ok(()),
                // The terminal is restored; end as the signal asked, with
                // the code a shell gives a process it killed.
                storydiff::tui::Exit::Signal(n) => std::process::exit(128 + n),
            }
        }
    }
}

/// `storydiff export`: compare, render the chosen format, write it.
fn export_cmd(args: &ExportArgs) -> anyhow::Result<()> {
    let to_file = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let format = args
        .format
        .or_else(|| to_file.and_then(ExportFormat::from_path))
        .unwrap_or(ExportFormat::Json);
    if let Some(p) = to_file.filter(|p| !args.force && p.exists()) {
        // Checked before the work; the write checks again atomically.
        bail!(
            "{}: already exists (use --force to replace it)",
            p.display()
        );
    }
    let cmp = compare(&args.compare)?;
    let mut buf: Vec<u8> = Vec::new();
    let vm = || view::build(&cmp, &view::ViewOptions::all(&cmp));
    match format {
        ExportFormat::Json => export::json::write(&cmp, &mut buf)?,
        ExportFormat::Markdown => export::markdown::write(&vm(), &mut buf)?,
        ExportFormat::Html => export::html::write(&vm(), &mut buf)?,
        ExportFormat::Text => {
            let stdout_tty = to_file.is_none() && std::io::stdout().is_terminal();
            let opts = TextOptions {
                layout: match args.layout {
                    LayoutArg::SideBySide => Layout::SideBySide,
                    LayoutArg::Inline => Layout::Inline,
                    LayoutArg::Report => Layout::Report,
                },
                width: args
                    .width
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
            };
            export::text::write(&vm(), &opts, &mut buf)?;
        }
    }
    match to_file {
        None => write_stdout(&buf),
        Some(p) => {
            let mode = if args.force {
                Overwrite::Replace
            } else {
                Overwrite::Refuse
            };
            Ok(write_atomic(p, &buf, mode)?)
        }
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
    let mut out = std::io::stdout().lock();
    out.write_all(buf)?;
    out.flush()?;
    Ok(())
}

/// Loads the inputs (or the samples) and compares them.
fn compare(args: &CompareArgs) -> anyhow::Result<Comparison> {
    let opts = args.options()?;
    let articles = load_checked(args, &opts, &mut |w| {
        eprintln!("storydiff: warning: {w}");
    })?;
    Ok(Comparison::new(articles, &opts))
}

/// Loads the inputs (or the samples): at least two, the pivot among them.
fn load_checked(
    args: &CompareArgs,
    opts: &storydiff::Options,
    warn: &mut dyn FnMut(load::Sanitised),
) -> anyhow::Result<Vec<Article>> {
    let articles = if args.files.is_empty() {
        load::samples()
    } else {
        load::load_inputs_warning(&args.files, &mut std::io::stdin().lock(), warn)?
    };
    if articles.len() < 2 {
        bail!(
            "need at least two reports to compare, got {} ({})",
            articles.len(),
            articles
                .iter()
                .map(|a| a.source.as_str())
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
