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
  storydiff export --format text a.txt b.txt         side by side, as wide as the terminal
  storydiff export --format text --layout inline --width 60 a.txt b.txt
  storydiff export --format text --layout report a.txt b.txt c.txt
  storydiff export -o cmp.md a.txt b.txt             format from the extension
  storydiff export --format html -o cmp.html a.txt b.txt
  storydiff export --format json a.txt b.txt > cmp.json
  cat a.txt | storydiff export - b.txt
  storydiff completions bash > /etc/bash_completion.d/storydiff
  storydiff man > storydiff.1

Environment: NO_COLOR (any value) turns colour off unless --color always.
Exit codes: 0 done (also when the reader of a pipe goes away),
            2 bad input or usage (one line on stderr).";

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
    #[command(after_help = EXAMPLES)]
    Export(ExportArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `storydiff man > storydiff.1`.
    Man,
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
    /// Output format [default: from the -o file's extension, else json].
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Layout of text and Markdown output.
    #[arg(long, value_enum, default_value_t = LayoutArg::SideBySide)]
    pub layout: LayoutArg,
    /// Width of text output in columns [default: the terminal's, else 100].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
    /// Colour text output: auto (only on a terminal, not with `NO_COLOR`),
    /// always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
    /// Write here instead of stdout (- is stdout); written atomically.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// Plain text (side by side, inline or report).
    Text,
    /// GitHub-flavoured Markdown: the report, then a side-by-side table.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// The JSON contract.
    Json,
}

impl ExportFormat {
    /// The format a file name asks for, by extension.
    pub fn from_path(p: &std::path::Path) -> Option<Self> {
        let ext = p.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(ExportFormat::Text),
            "md" | "markdown" => Some(ExportFormat::Markdown),
            "html" | "htm" => Some(ExportFormat::Html),
            "json" => Some(ExportFormat::Json),
            _ => None,
        }
    }
}

/// `--layout`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LayoutArg {
    /// One column per report, rows aligned.
    SideBySide,
    /// The pivot report with the others' changes interleaved.
    Inline,
    /// Quotes, unique facts, substitutions, off-topic, similarity.
    Report,
}

/// `--color`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ColorArg {
    /// Colour only when writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour text output.
    Always,
    /// Never colour.
    Never,
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
