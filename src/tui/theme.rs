//! The TUI's styles: the one theme ([`crate::theme`], shared with the
//! exporters) turned into terminal styles. Three palettes: dark and light
//! terminals (picked by the config file, `STORYDIFF_THEME` or
//! `COLORFGBG`), and `NO_COLOR`, which keeps only bold/italic/underline/
//! strike-through and spells highlights out with the view's markers.

use ratatui::style::{Color, Modifier, Style};

use crate::theme::{Colour, Look, Palette, Underline};
use crate::view::{Mark, RowStatus};

/// The styles of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Ordinary text.
    pub text: Style,
    /// Metadata, filler and other quiet text.
    pub dim: Style,
    /// Report titles in the header.
    pub title: Style,
    /// Pane borders.
    pub border: Style,
    /// The focused pane's border.
    pub border_focus: Style,
    /// The status bar.
    pub status: Style,
    /// Key names in hints and help.
    pub key: Style,
    /// Messages in the status bar.
    pub message: Style,
    /// The warning banner.
    pub warning: Style,
    /// The selected sentence.
    pub selected: Style,
    /// Sentences linked to the selected one.
    pub counterpart: Style,
    /// Search matches.
    pub search: Style,
    /// A quotation every report carrying it has word for word.
    pub quote_shared: Style,
    /// A quotation with words changed between reports.
    pub quote_altered: Style,
    /// A quotation only one report has.
    pub quote_unique: Style,
    /// A fact only one report has.
    pub fact_unique: Style,
    /// A figure other reports give differently.
    pub conflict: Style,
    /// A sentence linked as related (part of a claim shared), not diffed.
    pub related: Style,
    /// Words only the shown report has, in a linked sentence.
    pub inserted: Style,
    /// Words the shown report dropped, in a linked sentence.
    pub deleted: Style,
    /// Words replaced by others, in a linked sentence.
    pub replaced: Style,
    /// A paragraph no other shown report matches.
    pub unmatched: Style,
    /// A paragraph that is not part of the story.
    pub offtopic: Style,
    /// The coverage strip: a report carries the row.
    pub covered: Style,
    /// Spell highlights out in the text with the view's markers
    /// (`[-deleted-]`, `{+inserted+}`...), for when there is no colour.
    pub markers: bool,
    /// The palette these styles come from, which maps view highlights and
    /// row statuses to looks.
    palette: &'static Palette,
}

const fn colour(c: Colour) -> Color {
    match c {
        Colour::Black => Color::Black,
        Colour::Red => Color::Red,
        Colour::Green => Color::Green,
        Colour::Yellow => Color::Yellow,
        Colour::Blue => Color::Blue,
        Colour::Magenta => Color::Magenta,
        Colour::Cyan => Color::Cyan,
        Colour::Gray => Color::Gray,
        Colour::DarkGray => Color::DarkGray,
        Colour::LightRed => Color::LightRed,
        Colour::LightGreen => Color::LightGreen,
        Colour::LightYellow => Color::LightYellow,
        Colour::LightBlue => Color::LightBlue,
        Colour::LightMagenta => Color::LightMagenta,
        Colour::LightCyan => Color::LightCyan,
        Colour::White => Color::White,
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

/// A look as a terminal style (every underline style as an underline).
pub const fn style(l: Look) -> Style {
    let mut s = Style::new();
    if let Some(c) = l.fg {
        s = s.fg(colour(c));
    }
    if let Some(c) = l.bg {
        s = s.bg(colour(c));
    }
    let mut m = Modifier::empty();
    if l.bold {
        m = m.union(Modifier::BOLD);
    }
    if l.italic {
        m = m.union(Modifier::ITALIC);
    }
    if l.dim {
        m = m.union(Modifier::DIM);
    }
    if l.strike {
        m = m.union(Modifier::CROSSED_OUT);
    }
    if l.reversed {
        m = m.union(Modifier::REVERSED);
    }
    if !matches!(l.underline, Underline::None) {
        m = m.union(Modifier::UNDERLINED);
    }
    s.add_modifier(m)
}

impl Theme {
    /// The terminal styles of a palette.
    pub const fn from_palette(p: &'static Palette) -> Theme {
        Theme {
            text: style(p.text),
            dim: style(p.dim),
            title: style(p.title),
            border: style(p.border),
            border_focus: style(p.border_focus),
            status: style(p.status),
            key: style(p.key),
            message: style(p.message),
            warning: style(p.warning),
            selected: style(p.selected),
            counterpart: style(p.counterpart),
            search: style(p.search),
            quote_shared: style(p.quote_shared),
            quote_altered: style(p.quote_altered),
            quote_unique: style(p.quote_unique),
            fact_unique: style(p.fact_unique),
            conflict: style(p.conflict),
            // The one theme decides how a related sentence looks.
            related: style(p.mark(Mark::Related)),
            inserted: style(p.inserted),
            deleted: style(p.deleted),
            replaced: style(p.replaced),
            unmatched: style(p.unmatched),
            offtopic: style(p.offtopic),
            covered: style(p.covered),
            markers: p.markers,
            palette: p,
        }
    }
}

/// For dark backgrounds.
pub const DARK: Theme = Theme::from_palette(&crate::theme::DARK);
/// For light backgrounds.
pub const LIGHT: Theme = Theme::from_palette(&crate::theme::LIGHT);
/// `NO_COLOR`: modifiers only.
pub const MONO: Theme = Theme::from_palette(&crate::theme::MONO);

impl Theme {
    /// The style of a view highlight.
    pub fn mark(&self, mark: Mark) -> Style {
        style(self.palette.mark(mark))
    }

    /// The style of a row's gutter marker.
    pub fn row(&self, status: RowStatus) -> Style {
        style(self.palette.row(status))
    }
}

/// Which theme to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Light text on dark.
    Dark,
    /// Dark text on light.
    Light,
    /// No colour at all.
    Mono,
}

impl ThemeChoice {
    /// Reads the environment: `NO_COLOR` (any non-empty value) wins, then
    /// `STORYDIFF_THEME=light|dark|mono`, then the config file's `theme`,
    /// then `COLORFGBG` (`fg;bg`, set by many terminals; a background of 7
    /// or 9-15 is light).
    pub fn from_env() -> Self {
        Self::with_config(None)
    }

    /// As [`ThemeChoice::from_env`], with the config file's setting.
    pub fn with_config(config: Option<crate::config::Theme>) -> Self {
        use crate::config::Theme as C;
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let configured = match config {
            Some(C::Dark) => Some("dark"),
            Some(C::Light) => Some("light"),
            Some(C::Mono) => Some("mono"),
            Some(C::Auto) | None => None,
        };
        Self::decide(
            var("NO_COLOR").is_some(),
            var("STORYDIFF_THEME").as_deref().or(configured),
            var("COLORFGBG").as_deref(),
        )
    }

    fn decide(no_color: bool, chosen: Option<&str>, colorfgbg: Option<&str>) -> Self {
        if no_color {
            return ThemeChoice::Mono;
        }
        match chosen {
            Some("light") => return ThemeChoice::Light,
            Some("dark") => return ThemeChoice::Dark,
            Some("mono") => return ThemeChoice::Mono,
            _ => {}
        }
        let bg = colorfgbg
            .and_then(|v| v.rsplit(';').next())
            .and_then(|b| b.parse::<u8>().ok());
        match bg {
            Some(7 | 9..=15) => ThemeChoice::Light,
            _ => ThemeChoice::Dark,
        }
    }

    /// The palette (for coloured text export).
    pub fn palette(self) -> &'static Palette {
        match self {
            ThemeChoice::Dark => &crate::theme::DARK,
            ThemeChoice::Light => &crate::theme::LIGHT,
            ThemeChoice::Mono => &crate::theme::MONO,
        }
    }

    /// The styles.
    pub fn theme(self) -> &'static Theme {
        match self {
            ThemeChoice::Dark => &DARK,
            ThemeChoice::Light => &LIGHT,
            ThemeChoice::Mono => &MONO,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_then_choice_then_colorfgbg() {
        let d = ThemeChoice::decide;
        assert_eq!(d(true, Some("light"), Some("0;15")), ThemeChoice::Mono);
        assert_eq!(d(false, Some("light"), Some("15;0")), ThemeChoice::Light);
        assert_eq!(d(false, None, Some("0;15")), ThemeChoice::Light);
        assert_eq!(d(false, None, Some("15;default;0")), ThemeChoice::Dark);
        assert_eq!(d(false, None, None), ThemeChoice::Dark);
    }

    #[test]
    fn mono_has_no_colour_anywhere() {
        let t = MONO;
        for s in [
            t.text,
            t.dim,
            t.title,
            t.border,
            t.border_focus,
            t.status,
            t.key,
            t.message,
            t.warning,
            t.selected,
            t.counterpart,
            t.search,
            t.quote_shared,
            t.quote_altered,
            t.quote_unique,
            t.fact_unique,
            t.conflict,
            t.inserted,
            t.deleted,
            t.replaced,
            t.unmatched,
            t.offtopic,
            t.covered,
        ] {
            assert_eq!((s.fg, s.bg), (None, None));
        }
    }

    #[test]
    fn every_highlight_has_a_modifier_not_only_a_colour() {
        for t in [DARK, LIGHT, MONO] {
            for s in [
                t.quote_shared,
                t.quote_altered,
                t.quote_unique,
                t.fact_unique,
                t.inserted,
                t.deleted,
                t.replaced,
                t.selected,
                t.counterpart,
            ] {
                assert!(!s.add_modifier.is_empty(), "{s:?}");
            }
        }
    }
}
