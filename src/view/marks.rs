//! What a piece of text is, for display: the one vocabulary of highlights
//! the TUI styles and the exporters mark, with the legend both show.

use serde::Serialize;

/// The kind of a displayed piece of text. Every highlight the view can show
/// is one of these; the legend lists them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Ordinary text with nothing to say about it.
    Plain,
    /// Text of a linked sentence that the compared report has too.
    Equal,
    /// A sentence linked as related: it shares part of a claim with the
    /// compared report's sentence but says something else too, so its
    /// words are not diffed.
    Related,
    /// Words only this (non-reference) report has inside a linked sentence.
    Inserted,
    /// Words only the reference report has inside a linked sentence.
    Deleted,
    /// Words that the other side of a linked sentence words differently.
    Replaced,
    /// A quotation the shown reports share word for word (or in part).
    SharedQuote,
    /// A quotation other reports give with different words.
    AlteredQuote,
    /// A quotation no other report has.
    UniqueQuote,
    /// A sentence with a fact no other report has.
    UniqueFact,
    /// A figure other reports give differently (a conflicting figure).
    Conflict,
    /// A paragraph no other shown report matches.
    Unmatched,
    /// A paragraph that belongs to no report of the event (scraped noise).
    OffTopic,
    /// Datelines, bylines: shown, never compared.
    Meta,
    /// The report's title or a cross-head.
    Title,
}

impl Mark {
    /// Every highlight, in legend order (`Plain` excluded).
    pub const LEGEND: [Mark; 13] = [
        Mark::Equal,
        Mark::Inserted,
        Mark::Deleted,
        Mark::Replaced,
        Mark::Related,
        Mark::SharedQuote,
        Mark::AlteredQuote,
        Mark::UniqueQuote,
        Mark::UniqueFact,
        Mark::Unmatched,
        Mark::OffTopic,
        Mark::Meta,
        Mark::Title,
    ];

    /// A short name for legends and the side panel.
    pub fn label(self) -> &'static str {
        match self {
            Mark::Plain => "text",
            Mark::Equal => "linked",
            Mark::Related => "related",
            Mark::Inserted => "inserted",
            Mark::Deleted => "deleted",
            Mark::Replaced => "replaced",
            Mark::SharedQuote => "shared quote",
            Mark::AlteredQuote => "altered quote",
            Mark::UniqueQuote => "unique quote",
            Mark::UniqueFact => "unique fact",
            Mark::Conflict => "conflicting figure",
            Mark::Unmatched => "unmatched",
            Mark::OffTopic => "off-topic",
            Mark::Meta => "meta",
            Mark::Title => "title",
        }
    }

    /// One sentence saying what the highlight means.
    pub fn description(self) -> &'static str {
        match self {
            Mark::Plain => "text with nothing to note",
            Mark::Equal => "sentence the compared report also has (words diffed)",
            Mark::Related => {
                "sentence related to one of the compared report (part of the claim shared, words not diffed)"
            }
            Mark::Inserted => "words only this report has in a linked sentence",
            Mark::Deleted => "words only the reference report has in a linked sentence",
            Mark::Replaced => "words the other report puts differently",
            Mark::SharedQuote => "quotation the reports share",
            Mark::AlteredQuote => "quotation given with different words elsewhere",
            Mark::UniqueQuote => "quotation no other report has",
            Mark::UniqueFact => "sentence with a fact no other report has",
            Mark::Conflict => "figure other reports give differently",
            Mark::Unmatched => "paragraph no other shown report matches",
            Mark::OffTopic => "paragraph unrelated to the event (scraped noise)",
            Mark::Meta => "dateline or byline, not compared",
            Mark::Title => "title or heading",
        }
    }

    /// The markers that show this highlight without colour, wdiff style
    /// (`[-deleted-]`, `{+inserted+}`); empty for marks that the row gutter
    /// or the layout already shows.
    pub fn plain_markers(self) -> (&'static str, &'static str) {
        match self {
            Mark::Inserted => ("{+", "+}"),
            Mark::Deleted => ("[-", "-]"),
            Mark::Replaced => ("[~", "~]"),
            Mark::Related => ("{~", "~}"),
            Mark::SharedQuote => ("<<", ">>"),
            Mark::AlteredQuote => ("<~", "~>"),
            Mark::UniqueQuote => ("<!", "!>"),
            Mark::UniqueFact => ("{!", "!}"),
            Mark::Conflict => ("{?", "?}"),
            Mark::Plain
            | Mark::Equal
            | Mark::Unmatched
            | Mark::OffTopic
            | Mark::Meta
            | Mark::Title => ("", ""),
        }
    }

    /// Whether this mark is a word change inside a linked sentence.
    pub fn is_change(self) -> bool {
        matches!(self, Mark::Inserted | Mark::Deleted | Mark::Replaced)
    }
}

/// How a quotation appears across the shown reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Shared word for word (or one quotes part of the other).
    Shared,
    /// Shared with words changed.
    Altered,
    /// Only one report has it.
    Unique,
}

impl QuoteKind {
    /// The highlight for this kind of quotation.
    pub fn mark(self) -> Mark {
        match self {
            QuoteKind::Shared => Mark::SharedQuote,
            QuoteKind::Altered => Mark::AlteredQuote,
            QuoteKind::Unique => Mark::UniqueQuote,
        }
    }
}

/// A quotation a segment belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct QuoteRef {
    /// Shared, altered or unique.
    pub kind: QuoteKind,
    /// Index into `comparison.analysis.quotes`.
    pub index: usize,
}

/// How a row stands across the shown reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    /// Every shown report has something in the row.
    Matched,
    /// More than one shown report, but not all.
    Partial,
    /// Only one shown report.
    Unmatched,
    /// Only off-topic paragraphs.
    OffTopic,
    /// Only datelines and bylines.
    Meta,
}

impl RowStatus {
    /// Every status, in legend order.
    pub const ALL: [RowStatus; 5] = [
        RowStatus::Matched,
        RowStatus::Partial,
        RowStatus::Unmatched,
        RowStatus::OffTopic,
        RowStatus::Meta,
    ];

    /// One ASCII character for a row gutter.
    pub fn gutter(self) -> char {
        match self {
            RowStatus::Matched => '=',
            RowStatus::Partial => '~',
            RowStatus::Unmatched => '+',
            RowStatus::OffTopic => 'x',
            RowStatus::Meta => '.',
        }
    }

    /// A short name.
    pub fn label(self) -> &'static str {
        match self {
            RowStatus::Matched => "matched by all shown reports",
            RowStatus::Partial => "matched by some shown reports",
            RowStatus::Unmatched => "only one report",
            RowStatus::OffTopic => "off-topic",
            RowStatus::Meta => "meta",
        }
    }
}

/// One legend line: a highlight, its no-colour markers and its meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LegendEntry {
    /// The highlight.
    pub mark: Mark,
    /// Short name.
    pub label: &'static str,
    /// Marker text before the highlighted words when there is no colour.
    pub open: &'static str,
    /// Marker text after them.
    pub close: &'static str,
    /// What it means.
    pub description: &'static str,
}

/// The full legend, in display order.
pub fn legend() -> Vec<LegendEntry> {
    Mark::LEGEND
        .iter()
        .map(|&mark| {
            let (open, close) = mark.plain_markers();
            LegendEntry {
                mark,
                label: mark.label(),
                open,
                close,
                description: mark.description(),
            }
        })
        .collect()
}
