//! What the state update needs to know about the laid-out screen, and
//! nothing more: where each sentence sits (line and pane), where the
//! findings are, what a search matches. The layout implements [`Nav`];
//! tests implement it by hand, so the update is tested without a terminal.

use crate::model::SentenceRef;

/// A sentence on the laid-out screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stop {
    /// The sentence.
    pub sentence: SentenceRef,
    /// The pane (column) showing it, from the left.
    pub pane: usize,
    /// Its first screen line, counted from the top of the document.
    pub line: usize,
    /// How many lines it spans (at least 1).
    pub height: usize,
}

/// A fold (differences only): one line standing for rows every shown
/// report tells alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoldStop {
    /// Its document line.
    pub line: usize,
    /// The first view row it hides (what the state remembers to expand).
    pub row: usize,
    /// How many rows it hides.
    pub rows: usize,
}

/// Findings the user can jump between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Sentences with changed words, and unmatched paragraphs.
    Change,
    /// Quotations.
    Quote,
    /// Sentences with a fact only one report has.
    Fact,
    /// Sentences with a figure other reports give differently.
    Conflict,
}

/// The side panel's sections, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Figures the reports disagree on.
    Conflicts,
    /// Quotations, shared/altered/unique.
    Quotes,
    /// Facts only one report has.
    UniqueFacts,
    /// Systematic wording substitutions.
    Substitutions,
    /// Paragraphs that are not part of the story.
    OffTopic,
}

/// How a side-panel entry is marked (and styled).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A conflicting figure.
    Conflict,
    /// A quotation every report carrying it has word for word.
    SharedQuote,
    /// A quotation with words changed.
    AlteredQuote,
    /// A quotation only one report has.
    UniqueQuote,
    /// A unique fact.
    UniqueFact,
    /// A substitution.
    Substitution,
    /// An off-topic paragraph.
    OffTopic,
}

/// One entry of the side panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideEntry {
    /// The section it is listed under.
    pub section: Section,
    /// Its marker and style.
    pub kind: EntryKind,
    /// What the panel shows (one line, cut to fit when drawn).
    pub text: String,
    /// Where choosing it goes (a sentence of any report), if anywhere.
    pub target: Option<SentenceRef>,
}

/// The laid-out screen, read by [`super::state::UiState::update`].
pub trait Nav {
    /// Number of reports in the comparison.
    fn report_count(&self) -> usize;
    /// Number of screen lines of the whole document.
    fn line_count(&self) -> usize;
    /// Every shown sentence of one pane, top to bottom.
    fn stops(&self, pane: usize) -> &[Stop];
    /// Findings of one kind in every pane, ordered by line then pane.
    fn targets(&self, kind: Target) -> &[Stop];
    /// Where a sentence is shown, if it is.
    fn locate(&self, sentence: SentenceRef) -> Option<Stop>;
    /// Shown sentences linked to `sentence`, top to bottom.
    fn counterparts(&self, sentence: SentenceRef) -> Vec<Stop>;
    /// Shown sentences containing `query` (case-insensitive), top to bottom.
    fn matches(&self, query: &str) -> Vec<Stop>;
    /// The side panel's entries.
    fn side_entries(&self) -> &[SideEntry];
    /// The folds, top to bottom (none unless differences only).
    fn folds(&self) -> &[FoldStop] {
        &[]
    }
}
