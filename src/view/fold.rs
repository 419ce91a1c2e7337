//! Differences only: which rows say nothing new, so that a reader can fold
//! them away like the unchanged lines of a diff. A row folds when every
//! shown report has it and every sentence in it is linked with no word
//! changed, no unique fact and no quotation that differs. Runs of such rows
//! become one line, "… 12 matching rows …"; a single such row stays, since
//! a fold line would take as much room as the row.

use std::ops::Range;

use super::{Mark, QuoteKind, RowStatus, ViewRow};

/// Fewest rows a fold hides.
pub const MIN_RUN: usize = 2;

/// Whether a row says the same thing in every shown report.
pub fn is_same(row: &ViewRow) -> bool {
    row.status == RowStatus::Matched
        && row
            .cells
            .iter()
            .flatten()
            .flat_map(|p| &p.segments)
            .filter(|s| s.sentence.is_some())
            .all(|s| {
                s.mark == Mark::Equal
                    && s.quote
                        .is_none_or(|q| !matches!(q.kind, QuoteKind::Altered | QuoteKind::Unique))
            })
}

/// The runs of at least [`MIN_RUN`] rows that fold, as ranges of row
/// indices, ascending.
pub fn runs(rows: &[ViewRow]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, row) in rows.iter().enumerate() {
        match (is_same(row), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if i - s >= MIN_RUN {
                    out.push(s..i);
                }
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start.filter(|&s| rows.len() - s >= MIN_RUN) {
        out.push(s..rows.len());
    }
    out
}

/// The line that stands for `n` folded rows.
pub fn label(n: usize) -> String {
    format!("… {n} matching rows …")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ParaKind, SentenceRef};
    use crate::view::{Segment, ViewParagraph};

    fn row(status: RowStatus, mark: Mark) -> ViewRow {
        let s = SentenceRef {
            article: 0,
            paragraph: 0,
            sentence: 0,
        };
        let para = |article| ViewParagraph {
            article,
            paragraph: 0,
            kind: ParaKind::Body,
            segments: vec![Segment::new("Same words.", mark, Some(s))],
        };
        ViewRow {
            row: 0,
            status,
            similarity: 1.0,
            present: vec![0, 1],
            cells: vec![vec![para(0)], vec![para(1)]],
            inline: Vec::new(),
        }
    }

    #[test]
    fn runs_of_two_or_more_identical_rows_fold() {
        let same = || row(RowStatus::Matched, Mark::Equal);
        let changed = || row(RowStatus::Matched, Mark::Replaced);
        let alone = || row(RowStatus::Unmatched, Mark::Unmatched);
        let unlinked = || row(RowStatus::Matched, Mark::Plain);
        let rows = vec![
            same(),
            same(),
            changed(),
            same(),
            alone(),
            unlinked(),
            same(),
            same(),
            same(),
        ];
        assert_eq!(runs(&rows), vec![0..2, 6..9]);
        assert_eq!(label(3), "… 3 matching rows …");
    }
}
