//! The plain data every later stage reads: articles, their paragraphs and
//! sentences. Nothing here does I/O or knows about terminals.
//!
//! Text is kept as the report wrote it (only control characters are removed
//! and runs of whitespace collapsed, see [`crate::text::clean_display`]);
//! sentences are byte ranges into their paragraph's text, so a sentence is
//! always a substring of its paragraph.

use std::ops::Range;

use serde::Serialize;

/// Index of an article (report) inside a comparison, in input order.
pub type ArticleId = usize;

/// What a paragraph is, as far as comparison is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParaKind {
    /// The report's title (always paragraph 0 when present).
    Title,
    /// Dateline, byline, "Updated ..." lines: shown and kept, never compared.
    Meta,
    /// A heading or cross-head inside the body.
    Headline,
    /// Ordinary prose.
    Body,
    /// Page furniture split off a paragraph (picture credits, caption
    /// labels): shown, never compared, reported as off-topic.
    Furniture,
}

impl ParaKind {
    /// Whether paragraphs of this kind take part in matching.
    #[must_use]
    pub fn is_compared(self) -> bool {
        !matches!(self, ParaKind::Meta | ParaKind::Furniture)
    }

    /// The lower-case name used in exports.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            ParaKind::Title => "title",
            ParaKind::Meta => "meta",
            ParaKind::Headline => "headline",
            ParaKind::Body => "body",
            ParaKind::Furniture => "furniture",
        }
    }
}

/// One paragraph of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// What the paragraph is.
    pub kind: ParaKind,
    /// The paragraph as the report wrote it (whitespace collapsed, control
    /// characters removed).
    pub text: String,
    /// Sentences as byte ranges into `text`, in order, non-overlapping.
    pub sentences: Vec<Range<usize>>,
}

impl Paragraph {
    /// Builds a paragraph and splits it into sentences.
    #[must_use]
    pub fn new(kind: ParaKind, text: String) -> Self {
        // Every paragraph is held for the whole run: its sentences in a
        // block of their size.
        let sentences = crate::memory::exact(crate::text::split_sentences(&text));
        Paragraph {
            kind,
            text,
            sentences,
        }
    }

    /// The text of sentence `i`.
    #[must_use]
    pub fn sentence(&self, i: usize) -> &str {
        &self.text[self.sentences[i].clone()]
    }

    /// Iterates over the sentence texts.
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().map(|r| &self.text[r.clone()])
    }

    /// Number of words (Unicode word segments) in the paragraph.
    #[must_use]
    pub fn word_count(&self) -> usize {
        crate::text::word_count(&self.text)
    }
}

/// One report of the event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    /// Where it came from, as the user named it (a path, `-`, or
    /// `path#N` for the N-th article of a JSON array).
    pub source: String,
    /// The outlet or publisher, when the input says so.
    pub outlet: Option<String>,
    /// The original address, when known.
    pub url: Option<String>,
    /// Publication date as written in the input, when known.
    pub published: Option<String>,
    /// Paragraphs in reading order; the title, if any, is paragraph 0.
    pub paragraphs: Vec<Paragraph>,
}

impl Article {
    /// The title text, if the report has one.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.paragraphs
            .first()
            .filter(|p| p.kind == ParaKind::Title)
            .map(|p| p.text.as_str())
    }

    /// A short label for headers: the outlet, else the file name
    /// (`stdin` for a report read from standard input).
    ///
    /// File names are untrusted like the text: control characters are
    /// removed before display.
    pub fn label(&self) -> String {
        if let Some(o) = &self.outlet {
            return crate::text::clean_display(o);
        }
        if self.source == "-" {
            return "stdin".to_string();
        }
        let base = self
            .source
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.source);
        crate::text::clean_display(base)
    }

    /// Total words in compared paragraphs.
    #[must_use]
    pub fn word_count(&self) -> usize {
        self.paragraphs.iter().map(Paragraph::word_count).sum()
    }
}

/// Address of one sentence in a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SentenceRef {
    /// The report.
    pub article: ArticleId,
    /// Paragraph index inside the report.
    pub paragraph: usize,
    /// Sentence index inside the paragraph.
    pub sentence: usize,
}

impl SentenceRef {
    /// The `[report, paragraph, sentence]` triple used by the JSON contract.
    #[must_use]
    pub fn triple(self) -> [usize; 3] {
        [self.article, self.paragraph, self.sentence]
    }
}

/// Address of one paragraph in a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ParaRef {
    /// The report.
    pub article: ArticleId,
    /// Paragraph index inside the report.
    pub paragraph: usize,
}
