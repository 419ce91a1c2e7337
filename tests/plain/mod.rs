//! Helpers for the tests that compare invented plain-text reports given
//! inline: one comparison with default options, and its conflicts as
//! plain tuples for exact expectations.

use storydiff::load::{Format, parse_text};
use storydiff::{Comparison, Options};

/// Compares `texts` as reports `r0.txt`, `r1.txt`, ... with default options.
pub fn compare(texts: &[&str]) -> Comparison {
    let arts = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            parse_text(&format!("r{i}.txt"), t, Format::Plain)
                .expect("fixture parses")
                .remove(0)
        })
        .collect();
    Comparison::new(arts, &Options::default())
}

/// One conflict as `(what, [(article, text, value)])`.
pub type Found = (String, Vec<(usize, String, String)>);

/// Every conflict of a comparison, in order.
#[allow(dead_code)] // the unique-fact tests read no conflicts
pub fn conflicts(c: &Comparison) -> Vec<Found> {
    c.analysis
        .conflicts
        .iter()
        .map(|k| {
            (
                k.what.clone(),
                k.values
                    .iter()
                    .map(|v| (v.article, v.text.clone(), v.value.clone()))
                    .collect(),
            )
        })
        .collect()
}
