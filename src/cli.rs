//! Command line: raw arguments (clap) → validated options; the examples,
//! files, environment and exit codes that `--help` and the man page share.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use storydiff::Options;
use storydiff::align::{AlignOptions, DEFAULT_LINK_THRESHOLD};
use storydiff::export::file::Format;

/// Examples: `(command, what it does)`; `--help` and the man page both
/// print this list.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("storydiff", "open the bundled sample stories"),
    (
        "storydiff a.txt b.md c.json",
        "compare three reports in the TUI",
    ),
    (
        "storydiff reports/",
        "every report file in a folder, by name",
    ),
    (
        "cat a.txt | storydiff - b.txt",
        "a report on stdin (keys still come from the terminal)",
    ),
    (
        "storydiff export --format text a.txt b.txt",
        "side by side, as wide as the terminal",
    ),
    (
        "storydiff export --format text --only-differences a.txt b.txt",
        "fold rows both tell alike",
    ),
    (
        "storydiff export --format text --layout inline --width 60 a.txt b.txt",
        "inline, 60 columns",
    ),
    (
        "storydiff export --format text --layout report a.txt b.txt c.txt",
        "quotes, unique facts...",
    ),
    (
        "storydiff export -o cmp.md a.txt b.txt",
        "format from the extension",
    ),
    (
        "storydiff export --format html -o cmp.html a.txt b.txt",
        "one HTML page",
    ),
    (
        "storydiff export a.txt b.txt > cmp.json",
        "the JSON contract",
    ),
    (
        "storydiff --cache pages/ https://a.example/story https://b.example/story",
        "compare two web pages; kept in pages/ to reopen offline",
    ),
    (
        "storydiff batch clusters.jsonl -o results.jsonl",
        "one cluster a line in, one JSON result a line out, in parallel",
    ),
    (
        "storydiff batch --summary clusters.jsonl > counts.csv",
        "per-cluster counts for a spreadsheet",
    ),
    (
        "storydiff completions bash > /etc/bash_completion.d/storydiff",
        "shell completion",
    ),
    ("storydiff man > storydiff.1", "this manual as a man page"),
];

/// The config file, environment variables and exit codes: `(name, meaning)`.
pub const FILES: &[(&str, &str)] = &[(
    "$XDG_CONFIG_HOME/storydiff/config.toml",
    "(else ~/.config/storydiff/config.toml) theme, key overrides, the TUI's starting columns, \
     the text export's default layout and width; `storydiff config` prints an example",
)];

/// Environment variables read.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "any value turns colour off (TUI and text) unless --color always",
    ),
    (
        "STORYDIFF_THEME",
        "dark, light or mono: the theme, over the config file",
    ),
    (
        "COLORFGBG",
        "set by many terminals: a light background picks the light theme",
    ),
];

/// Exit codes.
pub const EXIT_CODES: &[(&str, &str)] = &[
    ("0", "done (also when the reader of a pipe goes away)"),
    (
        "1",
        "batch: some clusters failed (their lines hold \"error\")",
    ),
    (
        "2",
        "bad input or usage, a file not written, a closed stdout (one line on stderr)",
    ),
    (
        "128+N",
        "ended by signal N, after restoring the terminal and removing temporary files",
    ),
];

/// The text after `--help`: examples, files, environment, exit codes.
fn after_help() -> String {
    let mut s = String::from("Examples:\n");
    for (cmd, what) in EXAMPLES {
        let _ = write!(s, "  {cmd}\n      {what}\n");
    }
    for (title, list) in [
        ("Files", FILES),
        ("Environment", ENVIRONMENT),
        ("Exit codes", EXIT_CODES),
    ] {
        let _ = write!(s, "\n{title}:\n");
        for (k, v) in list {
            let _ = writeln!(s, "  {k}: {v}");
        }
    }
    s
}

/// Compare several news reports of the same event.
#[derive(Debug, Parser)]
#[command(name = "storydiff", version, about, after_help = after_help())]
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
    #[command(after_help = after_help())]
    Export(ExportArgs),
    /// Compare many clusters: one JSON object a line in (`{"id": ...,
    /// "articles": [...]}`), one JSON result a line out, in input order.
    Batch(BatchArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `storydiff man > storydiff.1`.
    Man,
    /// Print where the config file is read from and an example of it.
    Config,
}

/// Inputs and alignment settings shared by the TUI and export.
#[derive(Debug, Args, Clone)]
pub struct CompareArgs {
    /// Report files (.txt, .md, .json, .html), folders, web addresses
    /// (http://, https://), or - for stdin.
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
    /// Keep fetched web pages in this folder and read them from there
    /// next time (a comparison of web addresses reopens offline).
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
}

/// `storydiff export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub compare: CompareArgs,
    /// Output format [default: from the -o file's extension, else json].
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Layout of text output [default: side-by-side, or the config file's].
    #[arg(long, value_enum)]
    pub layout: Option<LayoutArg>,
    /// Text output: fold runs of rows every report tells alike into one
    /// line ("… 12 matching rows …"), as a diff hides unchanged lines.
    #[arg(long)]
    pub only_differences: bool,
    /// Width of text output in columns [default: the config file's, else the
    /// terminal's, else 100].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
    /// Colour text output: auto (only on a terminal, not with `NO_COLOR`),
    /// always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
    /// Write here instead of stdout (- is stdout); written atomically. The
    /// extension picks the format (.txt .md .html .json); any other is an
    /// error unless --format says.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists (through a symlink, to its target;
    /// never a folder or a device).
    #[arg(long)]
    pub force: bool,
}

/// `storydiff batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// JSONL file of clusters, or - (the default) for stdin.
    #[arg(value_name = "IN.jsonl")]
    pub input: Option<PathBuf>,
    /// Write here instead of stdout (- is stdout); written atomically.
    #[arg(short, long, value_name = "OUT.jsonl")]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Write per-cluster counts as CSV (id, reports, links, shared quotes,
    /// conflicts, unique facts, error) instead of the JSON documents.
    #[arg(long)]
    pub summary: bool,
    /// Threads comparing clusters [default: `RAYON_NUM_THREADS`, else one
    /// per core]. The output does not depend on it.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Index of the pivot report in every cluster.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub pivot: usize,
    /// Minimum similarity (0-1) for two sentences to be linked.
    #[arg(long, value_name = "X", default_value_t = DEFAULT_LINK_THRESHOLD)]
    pub threshold: f64,
}

impl BatchArgs {
    /// The comparison options, validated as for a single comparison.
    ///
    /// # Errors
    /// A threshold outside 0..=1.
    pub fn options(&self) -> anyhow::Result<Options> {
        CompareArgs {
            files: Vec::new(),
            pivot: self.pivot,
            threshold: self.threshold,
            cache: None,
        }
        .options()
    }
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

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Text => Format::Text,
            ExportFormat::Markdown => Format::Markdown,
            ExportFormat::Html => Format::Html,
            ExportFormat::Json => Format::Json,
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

impl LayoutArg {
    /// The layout a config file names (`side-by-side`, `inline`, `report`).
    pub fn from_name(name: &str) -> Option<Self> {
        <Self as ValueEnum>::from_str(name, true).ok()
    }
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
