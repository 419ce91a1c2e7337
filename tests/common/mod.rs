//! Helpers shared by the integration tests.

use storydiff::Comparison;

/// Asserts the alignment's first invariant: each paragraph of each report
/// sits in exactly one row.
pub fn assert_each_paragraph_in_one_row(c: &Comparison) {
    for (ai, a) in c.articles.iter().enumerate() {
        for pi in 0..a.paragraphs.len() {
            let n = c
                .alignment
                .rows
                .iter()
                .filter(|r| r.cells[ai].contains(&pi))
                .count();
            assert_eq!(n, 1, "report {ai} paragraph {pi} is in {n} rows");
        }
    }
}
