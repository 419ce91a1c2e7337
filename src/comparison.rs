//! The whole comparison of a cluster: articles, alignment and analysis,
//! computed once and then only read (by the TUI and the exporters).

use crate::align::{AlignOptions, Alignment, align};
use crate::analysis::{Analysis, analyze_prepared, prepare};
use crate::model::Article;

/// Most bytes of report text whose names and cues are learnt beside the
/// alignment (4 MiB: two 500 KB reports do, two 5 MB reports learn them
/// after it).
const BESIDE_ALIGNMENT: usize = 4 << 20;

/// Everything that decides how a cluster is compared.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Options {
    /// Alignment tuning (pivot, thresholds).
    pub align: AlignOptions,
}

/// The stages of [`Comparison::new_staged`], in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Page furniture, candidate pairs, sentence links and rows.
    Aligning,
    /// Quotes, facts, wording and noise.
    Analysing,
}

/// An immutable comparison of two or more reports.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The reports, in input order.
    pub articles: Vec<Article>,
    /// Rows and sentence links.
    pub alignment: Alignment,
    /// Quotes, facts, wording and noise.
    pub analysis: Analysis,
}

impl Comparison {
    /// Aligns and analyses `articles`.
    #[must_use]
    pub fn new(articles: Vec<Article>, opts: &Options) -> Self {
        Self::new_staged(articles, opts, &mut |_| {})
    }

    /// [`Comparison::new`], telling `stage` as each stage begins (the
    /// TUI's progress screen names it).
    #[must_use]
    pub fn new_staged(
        mut articles: Vec<Article>,
        opts: &Options,
        stage: &mut dyn FnMut(Stage),
    ) -> Self {
        // The previous comparison's texts are no use to this one; the memo
        // holds every text of small enough reports.
        crate::text::forget_words_for(
            articles
                .iter()
                .flat_map(|a| &a.paragraphs)
                .map(|p| p.text.len())
                .sum(),
        );
        stage(Stage::Aligning);
        crate::text::furniture::mark_furniture(&mut articles);
        // What the analysis learns from the reports alone (names, furniture
        // cues) is learnt beside the alignment, whose stretches on one core
        // (the rows, one report after another) left the other idle; for big
        // inputs after it, so that both are not held at once (the
        // alignment's peak is near the run's).
        let text: usize = articles
            .iter()
            .flat_map(|a| &a.paragraphs)
            .map(|p| p.text.len())
            .sum();
        let (alignment, prepared) = if text <= BESIDE_ALIGNMENT {
            let (alignment, prepared) =
                rayon::join(|| align(&articles, &opts.align), || prepare(&articles));
            (alignment, Some(prepared))
        } else {
            (align(&articles, &opts.align), None)
        };
        stage(Stage::Analysing);
        let analysis = analyze_prepared(&articles, &alignment, prepared);
        Comparison {
            articles,
            alignment,
            analysis,
        }
    }
}
