//! Noise and findings on invented reports in the layouts of other kinds of
//! sites (tests/fixtures/sites/*/, written for these tests), checked
//! exactly: which paragraphs are off-topic, which are not, and what the
//! unique facts of each report are.
//!
//! `01-plant-fire`: a wire story (dateline, "(Reporting by ...)",
//! standards line), a British tabloid page (byline, caption and credit,
//! single quotes split around the attribution, a "RELATED ARTICLES" block
//! with pagination, share counters, an author bio, "Most Read", a comments
//! section with signed comments, and a background paragraph that is the
//! report's own), a German agency report ("Mehr zum Thema" block, dpa
//! line) and a live blog (timestamps, "Key events" controls, an embedded
//! post, a newsletter line).

use std::path::Path;

use storydiff::load::{Format, parse_text};
use storydiff::{Comparison, Options};

fn compare(dir: &str, names: &[&str]) -> Comparison {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sites")
        .join(dir);
    let mut articles = Vec::new();
    for name in names {
        let text = std::fs::read_to_string(root.join(name)).expect("fixture file");
        articles.extend(parse_text(name, &text, Format::Plain).expect("fixture parses"));
    }
    Comparison::new(articles, &Options::default())
}

/// `(report, opening words)` of every off-topic paragraph, reading order.
fn offtopic(cmp: &Comparison) -> Vec<(usize, String)> {
    cmp.analysis
        .offtopic
        .iter()
        .map(|o| {
            let text = &cmp.articles[o.article].paragraphs[o.paragraph].text;
            (o.article, text.chars().take(24).collect())
        })
        .collect()
}

fn fire() -> Comparison {
    compare("01-plant-fire", &["a.txt", "b.txt", "c.txt", "d.txt"])
}

#[test]
fn page_sections_of_four_layouts_are_off_topic_and_story_text_is_not() {
    let cmp = fire();
    let want: Vec<(usize, &str)> = vec![
        (0, "(Reporting by Anna de Wi"),
        (0, "Our Standards: The Trust"),
        (1, "Photograph: Pieter Maas/"),
        (1, "RELATED ARTICLES"),
        (1, "Previous"),
        (1, "1"),
        (1, "Next"),
        (1, "Fire crews tackle blaze "),
        (1, "Warehouse fire in Leeds "),
        (1, "Share this article"),
        (1, "Share"),
        (1, "132 shares"),
        (1, "Tom Harlan is our Europe"),
        (1, "Most Read"),
        (1, "Celebrity couple announc"),
        (1, "Weather warning as heatw"),
        (1, "Comments (24)"),
        (1, "Share what you think"),
        (1, "The comments below have "),
        (1, "Another plastic plant on"),
        (1, "Hope the two lads are ok"),
        (2, "Mehr zum Thema"),
        (2, "Brand in Lagerhalle: Feu"),
        (2, "\u{a9} dpa-infocom, dpa:30051"),
        (3, "Key events"),
        (3, "Show key events only"),
        (3, "Sign up for the First Ed"),
    ];
    let want: Vec<(usize, String)> = want.into_iter().map(|(a, t)| (a, t.to_string())).collect();
    assert_eq!(offtopic(&cmp), want);
}

#[test]
fn a_german_report_has_no_off_topic_prose_and_no_nouns_as_facts() {
    let cmp = fire();
    // Its story paragraphs share no words with the English reports, yet
    // none is off-topic (the German lines flagged above are its link
    // block and agency line).
    let german: Vec<usize> = cmp
        .analysis
        .offtopic
        .iter()
        .filter(|o| o.article == 2)
        .map(|o| o.paragraph)
        .collect();
    assert_eq!(german, [5, 6, 8]);
    // Capitalised German nouns (Großbrand, Halle, Feuerwehr) are no names,
    // and without a concrete fact of its own no German sentence is a
    // unique fact: its words cannot be compared with English ones.
    let facts: Vec<&str> = cmp
        .analysis
        .unique_facts
        .iter()
        .filter(|u| u.article == 2)
        .map(|u| u.sentence.as_str())
        .collect();
    assert_eq!(facts, Vec::<&str>::new());
}

#[test]
fn unique_facts_of_the_english_reports() {
    let cmp = fire();
    let got: Vec<(usize, Vec<String>)> = cmp
        .analysis
        .unique_facts
        .iter()
        .filter(|u| !u.facts.is_empty())
        .map(|u| (u.article, u.facts.clone()))
        .collect();
    // "6 a.m." (wire), "6am" (tabloid) and "6 Uhr" (German) are one time:
    // only the wire's "0400" GMT time is its own.
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            (0, s(&["0400"])),
            (0, s(&["Verbeek Recycling"])),
            (1, s(&["third fire"])),
            (1, s(&["March", "Groningen"])),
            (3, s(&["Marum"])),
            (3, s(&["May 14, 2030", "Kessling Post"])),
        ]
    );
}
