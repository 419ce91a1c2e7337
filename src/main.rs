//! storydiff binary: parse arguments, load, compare, then export or open
//! the TUI. Errors print one line on stderr and exit 2; a reader that goes
//! away (`| head`) is a normal exit.

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Parser;

use cli::{Cli, CompareArgs, ExportFormat, Sub};
use storydiff::model::Article;
use storydiff::{Comparison, export, load};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("storydiff: {e:#}");
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
        Some(Sub::Export(args)) => {
            let cmp = compare(&args.compare)?;
            let mut buf: Vec<u8> = Vec::new();
            match args.format {
                ExportFormat::Json => export::json::write(&cmp, &mut buf)?,
            }
            match args.output.as_deref() {
                None => write_stdout(&buf),
                Some(p) if p.as_os_str() == "-" => write_stdout(&buf),
                Some(p) => std::fs::write(p, &buf)
                    .with_context(|| format!("{}: cannot write", p.display())),
            }
        }
        None => {
            if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
                bail!("not a terminal: use `storydiff export` to write a comparison");
            }
            let opts = cli.compare.options()?;
            match storydiff::tui::run(opts, || load_checked(&cli.compare, &opts))? {
                storydiff::tui::Exit::Quit => Ok(()),
                // The terminal is restored; end as the signal asked, with
                // the code a shell gives a process it killed.
                storydiff::tui::Exit::Signal(n) => std::process::exit(128 + n),
            }
        }
    }
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
    let articles = load_checked(args, &opts)?;
    Ok(Comparison::new(articles, &opts))
}

/// Loads the inputs (or the samples): at least two, the pivot among them.
fn load_checked(args: &CompareArgs, opts: &storydiff::Options) -> anyhow::Result<Vec<Article>> {
    let articles = if args.files.is_empty() {
        load::samples()
    } else {
        load::load_inputs(&args.files, &mut std::io::stdin().lock())?
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
