//! The analysis never panics, whatever the text: quote marks of every
//! kind, apostrophes, multi-byte letters, digits and names in any order.

use proptest::prelude::*;
use storydiff::load::{Format, parse_text};
use storydiff::{Comparison, Options};

/// Pieces that exercise the quote, name and number scanners.
const PIECES: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    " ",
    " ",
    ", ",
    ". ",
    ": ",
    "\n\n",
    "said",
    "he",
    "Mr.",
    "Tillerson",
    "U.S.",
    "NATO",
    "al-",
    "Assad's",
    "'90s",
    "three",
    "59",
    "$5",
    "%",
    "April",
    "4",
    "Wednesday",
    "\u{e9}t\u{e9}",
    "\u{4e2d}\u{6587}",
    "\u{1f600}",
    "Read more",
    "Advertisement",
    "according to",
    "told",
];

fn report() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_text_is_analysed(a in report(), b in report()) {
        let mut articles = Vec::new();
        for (name, text) in [("a", &a), ("b", &b)] {
            if let Ok(mut arts) = parse_text(name, text, Format::Plain) {
                articles.append(&mut arts);
            }
        }
        let cmp = Comparison::new(articles, &Options::default());
        for q in &cmp.analysis.quotes {
            for o in &q.occurrences {
                let p = &cmp.articles[o.article].paragraphs[o.paragraph];
                prop_assert!(p.text.get(o.span.clone()).is_some());
            }
        }
        for u in cmp
            .analysis
            .unique_facts
            .iter()
            .chain(&cmp.analysis.added_details)
        {
            let p = &cmp.articles[u.article].paragraphs[u.paragraph];
            for r in &u.spans {
                prop_assert!(p.text.get(r.clone()).is_some());
            }
        }
    }
}
