//! Invariants of the findings (quotes, unique facts, conflicts, noise) on
//! reports assembled at random from a pool of invented paragraphs: some
//! shared by the reports with their figures changed, some only one report
//! has, a pasted block about another subject and credit lines.

use std::collections::HashSet;

use proptest::prelude::*;
use storydiff::load::{Format, parse_text};
use storydiff::text::{normalize, words};
use storydiff::{Comparison, Options};

/// Story paragraphs, each with a variant another report might print.
const STORY: &[(&str, &str)] = &[
    (
        "A gas explosion wrecked a paint factory in Lowmoor on Tuesday, killing at least five workers and injuring 30, the fire service said.",
        "At least eight workers were killed when a gas explosion wrecked a paint factory in Lowmoor on Tuesday, the fire service said.",
    ),
    (
        "\"We heard one bang and then the roof came down,\" said Priya Nandakumar, who works in the canteen.",
        "\"We heard one bang, then the whole roof came down,\" canteen worker Priya Nandakumar told reporters.",
    ),
    (
        "The company employs about 400 people at the site, which opened in 1987.",
        "The plant, which opened in 1987, employs roughly 450 people.",
    ),
    (
        "Inspectors from the Health and Safety Board visited the factory last month.",
        "Inspectors had visited the factory last week, the board said.",
    ),
    (
        "Roads around the site stayed closed overnight while crews checked for leaks.",
        "Police kept the roads around the factory closed overnight.",
    ),
    (
        "The site will stay shut until Dec. 9, and three engineers will inspect the tanks.",
        "Three engineers will inspect the tanks before the site reopens on December 9.",
    ),
    // Money, a percentage, a day and a clock time (figures of other kinds
    // of story than tolls).
    (
        "Shares in Marlow Coatings fell 6% on Wednesday after the group put the repair bill at $2.1bn.",
        "Shares in Marlow Coatings fell 4% on Wednesday after the group put the repair bill at $2.3 billion.",
    ),
    (
        "The night shift had started at 9 p.m. on Monday, and the works team beat the office team 3-1 at football on Sunday.",
        "The night shift had started at 10 p.m. on Tuesday, and the works team beat the office team 2-1 at football on Sunday.",
    ),
];

/// Paragraphs only one report has.
const OWN: &[&str] = &[
    "Local MP Gareth Lowry called for a public inquiry into the blast.",
    "A vigil is planned at St Columba's church on Friday evening.",
    "Shares in the parent group, Marlow Coatings, fell 6 percent.",
];

/// Debris a scraper keeps.
const DEBRIS: &[&str] = &[
    "Image copyright Valley Wire Image caption Smoke rose over the factory for hours",
    "Read more: Ten recipes for a rainy weekend",
    "Sign up for our morning newsletter",
];

fn report() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((0..STORY.len(), any::<bool>()), 2..6),
        prop::collection::vec(0..OWN.len(), 0..2),
        prop::collection::vec(0..DEBRIS.len(), 0..2),
    )
        .prop_map(|(story, own, debris)| {
            let mut paras = vec!["Factory blast in Lowmoor".to_string()];
            for (k, (i, variant)) in story.iter().enumerate() {
                let (a, b) = STORY[*i];
                paras.push(if *variant { b } else { a }.to_string());
                if let Some(&d) = debris.get(k) {
                    paras.push(DEBRIS[d].to_string());
                }
                if let Some(&o) = own.get(k) {
                    paras.push(OWN[o].to_string());
                }
            }
            paras.join("\n\n")
        })
}

fn folded(text: &str) -> String {
    let ws: Vec<String> = words(text)
        .map(|(_, w)| normalize(w).to_lowercase())
        .collect();
    format!(" {} ", ws.join(" "))
}

/// A folded text with number words as digits and months in full.
fn by_value(folded: &str) -> String {
    const NUMBERS: &[(&str, &str)] = &[
        (" two ", " 2 "),
        (" three ", " 3 "),
        (" four ", " 4 "),
        (" five ", " 5 "),
        (" six ", " 6 "),
        (" seven ", " 7 "),
        (" eight ", " 8 "),
        (" nine ", " 9 "),
        (" ten ", " 10 "),
        (" dec ", " december "),
        (" nov ", " november "),
    ];
    let mut t = folded.to_string();
    for (w, v) in NUMBERS {
        t = t.replace(w, v);
    }
    t
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn findings_keep_their_invariants(texts in prop::collection::vec(report(), 2..4)) {
        let arts = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse_text(&format!("r{i}.txt"), t, Format::Plain).unwrap().remove(0))
            .collect();
        let c = Comparison::new(arts, &Options::default());
        let an = &c.analysis;
        let off: HashSet<(usize, usize)> =
            an.offtopic.iter().map(|o| (o.article, o.paragraph)).collect();
        // No finding from an off-topic paragraph.
        for q in &an.quotes {
            for o in &q.occurrences {
                prop_assert!(!off.contains(&(o.article, o.paragraph)), "quote {:?}", o.text);
            }
        }
        for u in an.unique_facts.iter().chain(&an.added_details) {
            prop_assert!(!off.contains(&(u.article, u.paragraph)), "fact {:?}", u.sentence);
        }
        for k in &an.conflicts {
            for v in &k.values {
                prop_assert!(!off.contains(&(v.article, v.paragraph)), "figure {:?}", v.text);
            }
        }
        // No unique fact that another report writes in the same words.
        let texts: Vec<String> = c
            .articles
            .iter()
            .enumerate()
            .map(|(a, art)| {
                let kept: Vec<&str> = art
                    .paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(p, x)| x.kind.is_compared() && !off.contains(&(a, *p)))
                    .map(|(_, x)| x.text.as_str())
                    .collect();
                folded(&kept.join(" \n "))
            })
            .collect();
        for u in an.unique_facts.iter().chain(&an.added_details) {
            for f in &u.facts {
                for (b, t) in texts.iter().enumerate() {
                    prop_assert!(
                        b == u.article || !t.contains(&folded(f)),
                        "unique fact {f:?} of report {} is in report {b}", u.article
                    );
                }
            }
        }
        // Nor one another report writes with the same value: number
        // words as digits, months in full ("Dec. 9" = "December 9").
        let valued: Vec<String> = texts.iter().map(|t| by_value(t)).collect();
        for u in an.unique_facts.iter().chain(&an.added_details) {
            for f in &u.facts {
                for (b, t) in valued.iter().enumerate() {
                    prop_assert!(
                        b == u.article || !t.contains(&by_value(&folded(f))),
                        "unique fact {f:?} of report {} is in report {b} by value", u.article
                    );
                }
            }
        }
        // Two linked sentences are both a report's own only when each
        // lists facts of its own (figures that tell them apart).
        let bare: HashSet<(usize, usize, usize)> = an
            .unique_facts
            .iter()
            .filter(|u| u.facts.is_empty())
            .map(|u| (u.article, u.paragraph, u.sentence_index))
            .collect();
        let unique: HashSet<(usize, usize, usize)> = an
            .unique_facts
            .iter()
            .map(|u| (u.article, u.paragraph, u.sentence_index))
            .collect();
        for l in &c.alignment.links {
            let end = |s: storydiff::model::SentenceRef| (s.article, s.paragraph, s.sentence);
            let (a, b) = (end(l.a), end(l.b));
            prop_assert!(
                !(unique.contains(&a) && unique.contains(&b))
                    || !(bare.contains(&a) || bare.contains(&b)),
                "linked unique facts {:?} {:?}", l.a, l.b
            );
        }
        // Every conflict spans two reports with two different values.
        for k in &an.conflicts {
            let reports: HashSet<usize> = k.values.iter().map(|v| v.article).collect();
            let values: HashSet<&str> = k.values.iter().map(|v| v.value.as_str()).collect();
            prop_assert!(reports.len() >= 2 && values.len() >= 2, "{k:?}");
        }
    }
}
