//! The one theme: how every highlight and every piece of the screen looks,
//! defined once and read by the TUI (as terminal styles), coloured text
//! export (as ANSI SGR codes) and HTML (as CSS, from the light palette,
//! since a page is light). Markdown has no colour; its markers sit beside
//! these looks in [`markdown_markers`], one distinct pair per highlight.
//!
//! Each highlight carries an attribute (bold, italic, underline style,
//! strike-through) as well as a colour, so none relies on colour alone,
//! and no two highlights look alike in any palette.

use std::fmt::Write as _;

use crate::view::{Mark, RowStatus};

/// A colour: the 16 terminal colours (rendered by the terminal's own
/// palette) or an exact one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // the names say it
pub enum Colour {
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
    Rgb(u8, u8, u8),
}

impl Colour {
    /// SGR parameters for a foreground (`bg` false) or background colour.
    fn sgr(self, bg: bool) -> String {
        let base = if bg { 40 } else { 30 };
        let bright = if bg { 100 } else { 90 };
        let n = match self {
            Colour::Black => base,
            Colour::Red => base + 1,
            Colour::Green => base + 2,
            Colour::Yellow => base + 3,
            Colour::Blue => base + 4,
            Colour::Magenta => base + 5,
            Colour::Cyan => base + 6,
            Colour::Gray => base + 7,
            Colour::DarkGray => bright,
            Colour::LightRed => bright + 1,
            Colour::LightGreen => bright + 2,
            Colour::LightYellow => bright + 3,
            Colour::LightBlue => bright + 4,
            Colour::LightMagenta => bright + 5,
            Colour::LightCyan => bright + 6,
            Colour::White => bright + 7,
            Colour::Rgb(r, g, b) => return format!("{};2;{r};{g};{b}", base + 8),
        };
        n.to_string()
    }

    /// A CSS colour (for a light page).
    fn css(self) -> String {
        let (r, g, b) = match self {
            Colour::Black => (0x1b, 0x1b, 0x1b),
            Colour::Red => (0xb3, 0x26, 0x1e),
            Colour::Green => (0x1a, 0x7f, 0x37),
            Colour::Yellow => (0x8a, 0x61, 0x00),
            Colour::Blue => (0x24, 0x56, 0xb3),
            Colour::Magenta => (0x8a, 0x2f, 0x9e),
            Colour::Cyan => (0x0b, 0x7a, 0x8a),
            Colour::Gray => (0x77, 0x77, 0x77),
            Colour::DarkGray => (0x55, 0x55, 0x55),
            Colour::LightRed => (0xff, 0xe0, 0xe0),
            Colour::LightGreen => (0xd7, 0xf5, 0xdd),
            Colour::LightYellow => (0xff, 0xf0, 0xc2),
            Colour::LightBlue => (0xe3, 0xec, 0xff),
            Colour::LightMagenta => (0xf1, 0xe8, 0xff),
            Colour::LightCyan => (0xdc, 0xf4, 0xf7),
            Colour::White => (0xff, 0xff, 0xff),
            Colour::Rgb(r, g, b) => (r, g, b),
        };
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// How text is underlined. Terminals draw every style as a plain
/// underline (few draw the others); HTML draws each as it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Underline {
    /// Not underlined.
    None,
    /// One solid line.
    Solid,
    /// Dots.
    Dotted,
    /// Dashes.
    Dashed,
    /// Two lines.
    Double,
}

/// One look: colours and attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // one flag per terminal attribute
pub struct Look {
    /// Text colour.
    pub fg: Option<Colour>,
    /// Background colour.
    pub bg: Option<Colour>,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Faint.
    pub dim: bool,
    /// Struck through.
    pub strike: bool,
    /// Foreground and background swapped.
    pub reversed: bool,
    /// Underline style.
    pub underline: Underline,
}

impl Look {
    /// Nothing special.
    pub const PLAIN: Look = Look {
        fg: None,
        bg: None,
        bold: false,
        italic: false,
        dim: false,
        strike: false,
        reversed: false,
        underline: Underline::None,
    };

    const fn fg(c: Colour) -> Look {
        Look {
            fg: Some(c),
            ..Look::PLAIN
        }
    }
    const fn on(self, c: Colour) -> Look {
        Look {
            bg: Some(c),
            ..self
        }
    }
    const fn bold(self) -> Look {
        Look { bold: true, ..self }
    }
    const fn italic(self) -> Look {
        Look {
            italic: true,
            ..self
        }
    }
    const fn dim(self) -> Look {
        Look { dim: true, ..self }
    }
    const fn strike(self) -> Look {
        Look {
            strike: true,
            ..self
        }
    }
    const fn reversed(self) -> Look {
        Look {
            reversed: true,
            ..self
        }
    }
    const fn under(self, u: Underline) -> Look {
        Look {
            underline: u,
            ..self
        }
    }

    /// The ANSI SGR parameters (`1;32`), empty for plain text.
    pub fn sgr(&self) -> String {
        let mut p: Vec<String> = Vec::new();
        for (on, code) in [
            (self.bold, "1"),
            (self.dim, "2"),
            (self.italic, "3"),
            (self.underline != Underline::None, "4"),
            (self.reversed, "7"),
            (self.strike, "9"),
        ] {
            if on {
                p.push(code.to_string());
            }
        }
        if let Some(c) = self.fg {
            p.push(c.sgr(false));
        }
        if let Some(c) = self.bg {
            p.push(c.sgr(true));
        }
        p.join(";")
    }

    /// CSS declarations for this look.
    pub fn css(&self) -> String {
        let mut s = String::new();
        if let Some(c) = self.fg {
            let _ = write!(s, "color:{};", c.css());
        }
        if let Some(c) = self.bg {
            let _ = write!(s, "background:{};", c.css());
        }
        if self.bold {
            s.push_str("font-weight:700;");
        }
        if self.italic {
            s.push_str("font-style:italic;");
        }
        if self.dim {
            s.push_str("opacity:.8;");
        }
        let line = match self.underline {
            Underline::None => None,
            Underline::Solid => Some("underline solid"),
            Underline::Dotted => Some("underline dotted"),
            Underline::Dashed => Some("underline dashed"),
            Underline::Double => Some("underline double"),
        };
        match (line, self.strike) {
            (Some(l), true) => {
                let _ = write!(s, "text-decoration:{l} line-through;");
            }
            (Some(l), false) => {
                let _ = write!(
                    s,
                    "text-decoration:{l};text-underline-offset:.2em;text-decoration-thickness:2px;"
                );
            }
            (None, true) => s.push_str("text-decoration:line-through;"),
            (None, false) => {}
        }
        s
    }
}

/// A whole theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Its name in the config file and `STORYDIFF_THEME`.
    pub name: &'static str,
    /// Ordinary text.
    pub text: Look,
    /// Metadata, filler and other quiet text.
    pub dim: Look,
    /// Titles and headings.
    pub title: Look,
    /// Borders.
    pub border: Look,
    /// The focused pane's border and title mark.
    pub border_focus: Look,
    /// The status bar.
    pub status: Look,
    /// Key names in hints and help.
    pub key: Look,
    /// Messages in the status bar.
    pub message: Look,
    /// A warning (reports that share little).
    pub warning: Look,
    /// The selected sentence.
    pub selected: Look,
    /// Sentences linked to the selected one.
    pub counterpart: Look,
    /// Search matches.
    pub search: Look,
    /// A quotation every report carrying it has word for word.
    pub quote_shared: Look,
    /// A quotation with words changed between reports.
    pub quote_altered: Look,
    /// A quotation only one report has.
    pub quote_unique: Look,
    /// A fact only one report has.
    pub fact_unique: Look,
    /// A figure other reports give differently.
    pub conflict: Look,
    /// Words only the shown report has, in a linked sentence.
    pub inserted: Look,
    /// Words the shown report dropped, in a linked sentence.
    pub deleted: Look,
    /// Words replaced by others, in a linked sentence.
    pub replaced: Look,
    /// A paragraph no other shown report matches.
    pub unmatched: Look,
    /// A paragraph that is not part of the story.
    pub offtopic: Look,
    /// Coverage: a report carries the row (strip, gutter `=`).
    pub covered: Look,
    /// Spell highlights out with the view's markers (no colour).
    pub markers: bool,
}

/// For dark backgrounds.
pub const DARK: Palette = Palette {
    name: "dark",
    text: Look::PLAIN,
    dim: Look::fg(Colour::DarkGray),
    title: Look::PLAIN.bold(),
    border: Look::fg(Colour::DarkGray),
    border_focus: Look::fg(Colour::Cyan),
    status: Look::fg(Colour::White).on(Colour::DarkGray),
    key: Look::fg(Colour::LightYellow).bold(),
    message: Look::fg(Colour::LightGreen).bold(),
    warning: Look::fg(Colour::Black).on(Colour::LightYellow).bold(),
    selected: Look::PLAIN.reversed(),
    counterpart: Look::PLAIN
        .on(Colour::Rgb(40, 60, 90))
        .under(Underline::Solid),
    search: Look::fg(Colour::Black).on(Colour::Yellow),
    quote_shared: Look::fg(Colour::LightCyan).italic(),
    quote_altered: Look::fg(Colour::LightMagenta)
        .italic()
        .under(Underline::Dashed),
    quote_unique: Look::fg(Colour::LightBlue)
        .italic()
        .bold()
        .under(Underline::Double),
    fact_unique: Look::PLAIN.bold().under(Underline::Solid),
    conflict: Look::fg(Colour::Black).on(Colour::LightRed).bold(),
    inserted: Look::fg(Colour::LightGreen).bold(),
    deleted: Look::fg(Colour::LightRed).strike(),
    replaced: Look::fg(Colour::LightYellow).under(Underline::Dotted),
    unmatched: Look::fg(Colour::Gray),
    offtopic: Look::fg(Colour::DarkGray).dim().italic(),
    covered: Look::fg(Colour::LightCyan),
    markers: false,
};

/// For light backgrounds (and the HTML page). Tints are exact colours, so
/// that a terminal's bright palette entries cannot make them loud.
pub const LIGHT: Palette = Palette {
    name: "light",
    text: Look::PLAIN,
    dim: Look::fg(Colour::DarkGray),
    title: Look::PLAIN.bold(),
    border: Look::fg(Colour::Gray),
    border_focus: Look::fg(Colour::Blue),
    status: Look::fg(Colour::Black).on(Colour::Rgb(215, 215, 215)),
    key: Look::fg(Colour::Blue).bold(),
    message: Look::fg(Colour::Green).bold(),
    warning: Look::fg(Colour::Black)
        .on(Colour::Rgb(255, 214, 102))
        .bold(),
    selected: Look::PLAIN.reversed(),
    counterpart: Look::PLAIN
        .on(Colour::Rgb(205, 225, 250))
        .under(Underline::Solid),
    search: Look::fg(Colour::Black).on(Colour::Rgb(255, 230, 90)),
    quote_shared: Look::fg(Colour::Cyan).italic(),
    quote_altered: Look::fg(Colour::Magenta).italic().under(Underline::Dashed),
    quote_unique: Look::fg(Colour::Blue)
        .italic()
        .bold()
        .under(Underline::Double),
    fact_unique: Look::PLAIN
        .bold()
        .under(Underline::Solid)
        .on(Colour::Rgb(241, 232, 255)),
    conflict: Look::fg(Colour::Black)
        .on(Colour::Rgb(255, 190, 150))
        .bold(),
    inserted: Look::fg(Colour::Green)
        .bold()
        .on(Colour::Rgb(215, 245, 221)),
    deleted: Look::fg(Colour::Red)
        .strike()
        .on(Colour::Rgb(255, 224, 224)),
    replaced: Look::fg(Colour::Yellow)
        .under(Underline::Dotted)
        .on(Colour::Rgb(255, 240, 194)),
    unmatched: Look::fg(Colour::DarkGray),
    offtopic: Look::fg(Colour::Gray).dim().italic(),
    covered: Look::fg(Colour::Blue),
    markers: false,
};

/// `NO_COLOR`: attributes only, highlights also spelt out.
pub const MONO: Palette = Palette {
    name: "mono",
    text: Look::PLAIN,
    dim: Look::PLAIN.dim(),
    title: Look::PLAIN.bold(),
    border: Look::PLAIN,
    border_focus: Look::PLAIN.bold(),
    status: Look::PLAIN.reversed(),
    key: Look::PLAIN.bold(),
    message: Look::PLAIN.bold(),
    warning: Look::PLAIN.reversed().bold(),
    selected: Look::PLAIN.reversed(),
    counterpart: Look::PLAIN.under(Underline::Solid),
    search: Look::PLAIN.reversed().bold(),
    quote_shared: Look::PLAIN.italic(),
    quote_altered: Look::PLAIN.italic().under(Underline::Dashed),
    quote_unique: Look::PLAIN.italic().bold(),
    fact_unique: Look::PLAIN.under(Underline::Solid).bold(),
    conflict: Look::PLAIN.reversed().bold(),
    inserted: Look::PLAIN.bold(),
    deleted: Look::PLAIN.strike(),
    replaced: Look::PLAIN.under(Underline::Dotted),
    unmatched: Look::PLAIN.dim(),
    offtopic: Look::PLAIN.dim().italic(),
    covered: Look::PLAIN.bold(),
    markers: true,
};

/// Every palette, by name.
pub const ALL: [&Palette; 3] = [&DARK, &LIGHT, &MONO];

impl Palette {
    /// The look of a view highlight.
    pub const fn mark(&self, mark: Mark) -> Look {
        match mark {
            Mark::Plain | Mark::Equal => self.text,
            // Related sentences are not diffed: one quiet look for all.
            Mark::Related => self.text.dim().under(Underline::Dotted),
            Mark::Inserted => self.inserted,
            Mark::Deleted => self.deleted,
            Mark::Replaced => self.replaced,
            Mark::SharedQuote => self.quote_shared,
            Mark::AlteredQuote => self.quote_altered,
            Mark::UniqueQuote => self.quote_unique,
            Mark::UniqueFact => self.fact_unique,
            Mark::Conflict => self.conflict,
            Mark::Unmatched => self.unmatched,
            Mark::OffTopic => self.offtopic,
            Mark::Meta => self.dim,
            Mark::Title => self.title,
        }
    }

    /// The look of a row's gutter marker.
    pub const fn row(&self, status: RowStatus) -> Look {
        match status {
            RowStatus::Matched => self.covered,
            RowStatus::Partial => self.quote_altered,
            RowStatus::Unmatched => self.inserted,
            RowStatus::OffTopic => self.offtopic,
            RowStatus::Meta => self.dim,
        }
    }

    /// The palette called `name` (`dark`, `light`, `mono`).
    pub fn named(name: &str) -> Option<&'static Palette> {
        ALL.into_iter().find(|p| p.name == name)
    }
}

/// The Markdown delimiters of a highlight: one distinct pair each, since
/// Markdown has only a few styles (bold, italic, strike-through) and no
/// colour; the legend of the export lists them. Off-topic, unmatched and
/// meta paragraphs are told by the row column (`x`, `+`, `.`), not by
/// emphasis.
pub fn markdown_markers(m: Mark) -> (&'static str, &'static str) {
    match m {
        Mark::Inserted => ("**", "**"),
        Mark::Deleted => ("~~", "~~"),
        Mark::Replaced => ("*", "*"),
        Mark::SharedQuote => ("«", "»"),
        Mark::AlteredQuote => ("«~", "~»"),
        Mark::UniqueQuote => ("«!", "!»"),
        Mark::UniqueFact => ("{!", "!}"),
        Mark::Conflict => ("{?", "?}"),
        _ => ("", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_highlights_look_alike_and_each_has_an_attribute() {
        for p in ALL {
            let looks: Vec<Look> = Mark::LEGEND
                .iter()
                .filter(|m| !matches!(m, Mark::Equal | Mark::Meta | Mark::Title))
                .map(|&m| p.mark(m))
                .collect();
            for (i, a) in looks.iter().enumerate() {
                for b in &looks[i + 1..] {
                    assert_ne!(a, b, "{} has two alike looks", p.name);
                }
            }
            for m in [
                Mark::Inserted,
                Mark::Deleted,
                Mark::Replaced,
                Mark::SharedQuote,
                Mark::AlteredQuote,
                Mark::UniqueQuote,
                Mark::UniqueFact,
                Mark::Conflict,
            ] {
                let l = p.mark(m);
                assert!(
                    l.bold || l.italic || l.strike || l.underline != Underline::None,
                    "{} {m:?} relies on colour alone",
                    p.name
                );
            }
        }
        let md: Vec<_> = Mark::LEGEND
            .iter()
            .map(|&m| markdown_markers(m))
            .filter(|m| !m.0.is_empty())
            .collect();
        for (i, a) in md.iter().enumerate() {
            assert!(!md[i + 1..].contains(a), "{a:?} used twice in Markdown");
        }
    }

    #[test]
    fn sgr_and_css() {
        assert_eq!(DARK.inserted.sgr(), "1;92");
        assert_eq!(DARK.replaced.sgr(), "4;93");
        assert_eq!(Look::PLAIN.sgr(), "");
        assert_eq!(
            LIGHT.quote_unique.css(),
            "color:#2456b3;font-weight:700;font-style:italic;text-decoration:underline double;\
             text-underline-offset:.2em;text-decoration-thickness:2px;"
        );
        assert!(MONO.mark(Mark::Inserted).fg.is_none());
    }
}
