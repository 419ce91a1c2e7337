//! Every style the TUI draws with, in one place. Three themes: dark and
//! light terminals (picked from `COLORFGBG` or `STORYDIFF_THEME`), and
//! `NO_COLOR`, which keeps only bold/italic/underline/strike-through. Each
//! highlight carries a modifier as well as a colour, so that none relies on
//! colour alone; the text markers of the view model do the rest.

use ratatui::style::{Color, Modifier, Style};

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
}

const fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

/// For dark backgrounds: light colours.
pub const DARK: Theme = Theme {
    text: Style::new(),
    dim: fg(Color::DarkGray),
    title: Style::new().add_modifier(Modifier::BOLD),
    border: fg(Color::DarkGray),
    border_focus: fg(Color::Cyan),
    status: Style::new().fg(Color::White).bg(Color::DarkGray),
    key: fg(Color::Yellow).add_modifier(Modifier::BOLD),
    message: fg(Color::LightGreen).add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    counterpart: Style::new()
        .bg(Color::Rgb(40, 60, 90))
        .add_modifier(Modifier::UNDERLINED),
    search: Style::new().fg(Color::Black).bg(Color::Yellow),
    quote_shared: fg(Color::LightCyan).add_modifier(Modifier::ITALIC),
    quote_altered: fg(Color::LightMagenta).add_modifier(Modifier::ITALIC),
    quote_unique: fg(Color::LightYellow).add_modifier(Modifier::ITALIC),
    fact_unique: fg(Color::LightYellow).add_modifier(Modifier::UNDERLINED),
    inserted: fg(Color::LightGreen).add_modifier(Modifier::BOLD),
    deleted: fg(Color::LightRed).add_modifier(Modifier::CROSSED_OUT),
    replaced: fg(Color::LightBlue).add_modifier(Modifier::BOLD),
    unmatched: fg(Color::Gray),
    offtopic: fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
    covered: fg(Color::LightCyan),
    markers: false,
};

/// For light backgrounds: dark colours.
pub const LIGHT: Theme = Theme {
    text: Style::new(),
    dim: fg(Color::Gray),
    title: Style::new().add_modifier(Modifier::BOLD),
    border: fg(Color::Gray),
    border_focus: fg(Color::Blue),
    status: Style::new().fg(Color::Black).bg(Color::Gray),
    key: fg(Color::Blue).add_modifier(Modifier::BOLD),
    message: fg(Color::Green).add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    counterpart: Style::new()
        .bg(Color::Rgb(205, 225, 250))
        .add_modifier(Modifier::UNDERLINED),
    search: Style::new().fg(Color::Black).bg(Color::Yellow),
    quote_shared: fg(Color::Blue).add_modifier(Modifier::ITALIC),
    quote_altered: fg(Color::Magenta).add_modifier(Modifier::ITALIC),
    quote_unique: fg(Color::Rgb(150, 90, 0)).add_modifier(Modifier::ITALIC),
    fact_unique: fg(Color::Rgb(150, 90, 0)).add_modifier(Modifier::UNDERLINED),
    inserted: fg(Color::Green).add_modifier(Modifier::BOLD),
    deleted: fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
    replaced: fg(Color::Blue).add_modifier(Modifier::BOLD),
    unmatched: fg(Color::DarkGray),
    offtopic: fg(Color::Gray).add_modifier(Modifier::ITALIC),
    covered: fg(Color::Blue),
    markers: false,
};

const fn m(modifier: Modifier) -> Style {
    Style::new().add_modifier(modifier)
}

/// `NO_COLOR`: modifiers only.
pub const MONO: Theme = Theme {
    text: Style::new(),
    dim: m(Modifier::DIM),
    title: m(Modifier::BOLD),
    border: Style::new(),
    border_focus: m(Modifier::BOLD),
    status: m(Modifier::REVERSED),
    key: m(Modifier::BOLD),
    message: m(Modifier::BOLD),
    selected: m(Modifier::REVERSED),
    counterpart: m(Modifier::UNDERLINED),
    search: m(Modifier::REVERSED.union(Modifier::BOLD)),
    quote_shared: m(Modifier::ITALIC),
    quote_altered: m(Modifier::ITALIC.union(Modifier::UNDERLINED)),
    quote_unique: m(Modifier::ITALIC.union(Modifier::BOLD)),
    fact_unique: m(Modifier::UNDERLINED),
    inserted: m(Modifier::BOLD),
    deleted: m(Modifier::CROSSED_OUT),
    replaced: m(Modifier::BOLD.union(Modifier::UNDERLINED)),
    unmatched: m(Modifier::DIM),
    offtopic: m(Modifier::DIM.union(Modifier::ITALIC)),
    covered: m(Modifier::BOLD),
    markers: true,
};

impl Theme {
    /// The style of a view highlight.
    pub fn mark(&self, mark: Mark) -> Style {
        match mark {
            Mark::Plain | Mark::Equal => self.text,
            Mark::Inserted => self.inserted,
            Mark::Deleted => self.deleted,
            Mark::Replaced => self.replaced,
            Mark::SharedQuote => self.quote_shared,
            Mark::AlteredQuote => self.quote_altered,
            Mark::UniqueQuote => self.quote_unique,
            Mark::UniqueFact => self.fact_unique,
            Mark::Conflict => self.quote_altered.add_modifier(Modifier::REVERSED),
            Mark::Unmatched => self.unmatched,
            Mark::OffTopic => self.offtopic,
            Mark::Meta => self.dim,
            Mark::Title => self.title,
        }
    }

    /// The style of a row's gutter marker.
    pub fn row(&self, status: RowStatus) -> Style {
        match status {
            RowStatus::Matched => self.covered,
            RowStatus::Partial => self.quote_altered,
            RowStatus::Unmatched => self.inserted,
            RowStatus::OffTopic => self.offtopic,
            RowStatus::Meta => self.dim,
        }
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
    /// `STORYDIFF_THEME=light|dark`, then `COLORFGBG` (`fg;bg`, set by
    /// many terminals; a background of 7 or 9-15 is light).
    pub fn from_env() -> Self {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Self::decide(
            var("NO_COLOR").is_some(),
            var("STORYDIFF_THEME").as_deref(),
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
            t.selected,
            t.counterpart,
            t.search,
            t.quote_shared,
            t.quote_altered,
            t.quote_unique,
            t.fact_unique,
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
