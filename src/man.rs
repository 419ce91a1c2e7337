//! The manual page (roff), generated from the same definitions as `--help`
//! (clap's arguments, the examples, files, environment and exit codes of
//! [`crate::cli`]) and the TUI's key table, so it can never lag behind
//! them: every option of every subcommand, every key, every mark.

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::CommandFactory;

use crate::cli::{Cli, ENVIRONMENT, EXAMPLES, EXIT_CODES, FILES};
use storydiff::tui::keymap::{Group, KEYMAP, PROMPT_KEYS};
use storydiff::tui::ui::legend::gutter_label;
use storydiff::view::{Mark, RowStatus};

/// Escapes text for roff: backslashes, hyphens, a leading dot or quote,
/// and every non-ASCII character as `\[uXXXX]`, so that the page reads
/// the same whatever the input encoding groff assumes.
fn roff(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\e"),
            '-' => out.push_str("\\-"),
            c if c.is_ascii() => out.push(c),
            c => {
                let _ = write!(out, "\\[u{:04X}]", u32::from(c));
            }
        }
    }
    let s = out;
    if s.starts_with('.') || s.starts_with('\'') {
        format!("\\&{s}")
    } else {
        s
    }
}

fn tagged(out: &mut dyn Write, tag: &str, text: &str) -> io::Result<()> {
    writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(tag), roff(text))
}

/// How an argument is written: `-o, --output <FILE>`.
fn arg_tag(a: &clap::Arg) -> String {
    let mut names = Vec::new();
    if let Some(s) = a.get_short() {
        names.push(format!("-{s}"));
    }
    if let Some(l) = a.get_long() {
        names.push(format!("--{l}"));
    }
    let takes_value = a.get_num_args().is_some_and(|n| n.takes_values())
        && !matches!(
            a.get_action(),
            clap::ArgAction::SetTrue | clap::ArgAction::Help | clap::ArgAction::Version
        );
    let value = if takes_value {
        let v = a
            .get_value_names()
            .and_then(|v| v.first())
            .map_or_else(|| a.get_id().as_str().to_uppercase(), ToString::to_string);
        format!(" <{v}>")
    } else {
        String::new()
    };
    if names.is_empty() {
        format!("[{}]...", a.get_id().as_str().to_uppercase())
    } else {
        format!("{}{value}", names.join(", "))
    }
}

fn arg_help(a: &clap::Arg) -> String {
    let mut h = a
        .get_long_help()
        .or(a.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    if !h.is_empty() && !h.ends_with('.') {
        h.push('.');
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| match v.get_help() {
            Some(help) => format!("{} ({help})", v.get_name()),
            None => v.get_name().to_string(),
        })
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        let _ = write!(h, " Values: {}.", values.join("; "));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| v != "false")
        .collect();
    if !defaults.is_empty() {
        let _ = write!(h, " Default: {}.", defaults.join(", "));
    }
    h
}

fn options(out: &mut dyn Write, cmd: &clap::Command) -> io::Result<()> {
    for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        tagged(out, &arg_tag(a), &arg_help(a))?;
    }
    Ok(())
}

/// Writes the manual page.
#[allow(clippy::too_many_lines)] // one section after another, in page order
pub fn render(out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = Cli::command();
    cmd.build();
    let version = cmd.get_version().unwrap_or("").to_string();
    writeln!(
        out,
        ".TH STORYDIFF 1 \"\" \"storydiff {version}\" \"User Commands\""
    )?;
    writeln!(
        out,
        ".SH NAME\nstorydiff \\- compare several news reports of the same event"
    )?;
    writeln!(out, ".SH SYNOPSIS")?;
    writeln!(
        out,
        "\\fBstorydiff\\fR [\\fIOPTIONS\\fR] [\\fIFILES\\fR]..."
    )?;
    writeln!(
        out,
        ".br\n\\fBstorydiff export\\fR [\\fIOPTIONS\\fR] [\\fIFILES\\fR]..."
    )?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "export") {
        writeln!(out, ".br\n\\fBstorydiff {}\\fR", sub.get_name())?;
    }
    writeln!(out, ".SH DESCRIPTION")?;
    writeln!(
        out,
        "{}",
        roff(
            "storydiff lines up several reports of one event paragraph by paragraph and \
             sentence by sentence, and shows what they share and where they differ: changed \
             words, quotations shared, altered or unique, facts only one report gives, \
             paragraphs off the topic. Without a subcommand it opens an interactive view \
             in the terminal; `storydiff export` writes the same comparison as text, \
             Markdown, HTML or JSON. Reports are numbered 1 to N in the order given, with \
             their outlet or file name, everywhere."
        )
    )?;
    writeln!(out, ".SH OPTIONS")?;
    options(out, &cmd)?;
    writeln!(out, ".SH COMMANDS")?;
    for sub in cmd.get_subcommands() {
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        tagged(out, sub.get_name(), &about)?;
    }
    if let Some(export) = cmd.find_subcommand("export") {
        writeln!(out, ".SH EXPORT OPTIONS")?;
        writeln!(
            out,
            "{}",
            roff("Options of `storydiff export` (with FILES, --pivot and --threshold as above):")
        )?;
        options(out, export)?;
    }
    writeln!(out, ".SH KEYS")?;
    writeln!(
        out,
        "{}",
        roff(
            "In the interactive view. The config file's [keys] table rebinds them by the name in brackets."
        )
    )?;
    for group in Group::ALL {
        writeln!(out, ".SS {}", group.title())?;
        for b in KEYMAP.iter().filter(|b| b.group == group) {
            tagged(out, b.label, &format!("{} [{}]", b.help, b.name))?;
        }
    }
    writeln!(out, ".SS In prompts (search, export)")?;
    for (k, h) in PROMPT_KEYS {
        tagged(out, k, h)?;
    }
    writeln!(out, ".SH THE SCREEN")?;
    writeln!(
        out,
        "{}",
        roff(
            "Row marks at the left of each pane count all the reports, as the coverage strip (three or more reports) does:"
        )
    )?;
    for s in RowStatus::ALL {
        tagged(out, &s.gutter().to_string(), gutter_label(s))?;
    }
    writeln!(
        out,
        "{}",
        roff("Highlights (without colour, spelt out with the markers shown):")
    )?;
    for m in Mark::LEGEND {
        let (o, c) = m.plain_markers();
        let tag = if o.is_empty() {
            m.label().to_string()
        } else {
            format!("{o}{}{c}", m.label())
        };
        tagged(out, &tag, m.description())?;
    }
    writeln!(out, ".SH FILES")?;
    for (k, v) in FILES {
        tagged(out, k, v)?;
    }
    writeln!(out, ".SH ENVIRONMENT")?;
    for (k, v) in ENVIRONMENT {
        tagged(out, k, v)?;
    }
    writeln!(out, ".SH EXIT STATUS")?;
    for (k, v) in EXIT_CODES {
        tagged(out, k, v)?;
    }
    writeln!(out, ".SH EXAMPLES")?;
    for (c, what) in EXAMPLES {
        tagged(out, c, what)?;
    }
    Ok(())
}
