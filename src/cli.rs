//! Command line: raw arguments (clap) → validated [`Command`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use storydiff::Options;
use storydiff::align::{AlignOptions, DEFAULT_LINK_THRESHOLD};

const EXAMPLES: &str = "\
Examples:
  storydiff                          open the bundled sample stories
  storydiff a.txt b.md c.json        compare three reports in the TUI
  storydiff reports/                 every report file in a folder, by name
  storydiff export --format json a.txt b.txt > cmp.json
  cat a.txt | storydiff export - b.txt

Exit codes: 0 done, 2 bad input or usage.";

/// Compare several news reports of the same event.
#[derive(Debug, Parser)]
#[command(name = "storydiff", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Sub>,
    #[command(flatten)]
    pub compare: CompareArgs,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Sub {
    /// Write a comparison to stdout or a file instead of opening the TUI.
    Export(ExportArgs),
}

/// Inputs and alignment settings shared by the TUI and export.
#[derive(Debug, Args, Clone)]
pub struct CompareArgs {
    /// Report files (.txt, .md, .json), folders, or - for stdin.
    /// None: the bundled samples.
    #[arg(value_name = "FILES")]
    pub files: Vec<String>,
    /// Index of the pivot report whose order the rows follow (0-based, as
    /// in the JSON).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub pivot: usize,
    /// Minimum similarity (0-1) for two sentences to be linked.
    #[arg(long, value_name = "X", default_value_t = DEFAULT_LINK_THRESHOLD)]
    pub threshold: f64,
}

/// `storydiff export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub compare: CompareArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Write here instead of stdout (- is stdout).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// The JSON contract.
    Json,
}

impl CompareArgs {
    /// Validated comparison options.
    ///
    /// # Errors
    /// A threshold outside 0..=1.
    pub fn options(&self) -> anyhow::Result<Options> {
        if !(0.0..=1.0).contains(&self.threshold) || self.threshold.is_nan() {
            anyhow::bail!(
                "--threshold must be between 0 and 1, got {}",
                self.threshold
            );
        }
        Ok(Options {
            align: AlignOptions {
                pivot: self.pivot,
                link_threshold: self.threshold,
                ..AlignOptions::default()
            },
        })
    }
}
