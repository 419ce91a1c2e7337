//! Names typed from the words around them, on invented reports: a
//! company whose name reads like a person's ("First Last") is an
//! organisation wherever the cluster treats it as one, and people stay
//! people.

mod plain;

use plain::compare;
use storydiff::Comparison;
use storydiff::analysis::FactKind;

const MARKETS_A: &str = "Defence shares slide\n\n\
Hunter Blake shares fell 6% on Monday after the Pentagon delayed a radar order.\n\n\
Hunter Blake said its deliveries would slip to next year, while Carter Dale International kept its forecast.\n\n\
Analyst Ada Lund said she expected the order to be signed by March.";

const MARKETS_B: &str = "Radar order delay hits contractors\n\n\
The Pentagon delayed a radar order on Monday, and Hunter Blake warned of late deliveries.\n\n\
Carter Dale, which builds the antennas, was not affected, according to Ada Lund, who follows both companies.\n\n\
Ada Lund expects the order to be signed by March.";

/// The kind of the cluster's fact written `text`.
fn kind(c: &Comparison, text: &str) -> Option<FactKind> {
    c.analysis
        .facts
        .iter()
        .find(|f| f.text == text)
        .map(|f| f.kind)
}

#[test]
fn companies_with_given_name_like_words_are_organisations() {
    let c = compare(&[MARKETS_A, MARKETS_B]);
    // "shares fell" and "said its" in report 0 make it a body, in both
    // reports (report 1 alone gives no cue).
    assert_eq!(kind(&c, "Hunter Blake"), Some(FactKind::Organisation));
    let carriers = &c
        .analysis
        .facts
        .iter()
        .find(|f| f.text == "Hunter Blake")
        .expect("a fact")
        .articles;
    assert_eq!(carriers, &[0, 1]);
    // A company suffix names the body, and the name without it too.
    assert_eq!(
        kind(&c, "Carter Dale International"),
        Some(FactKind::Organisation)
    );
    assert_eq!(kind(&c, "Carter Dale"), Some(FactKind::Organisation));
    // People stay people.
    assert_eq!(kind(&c, "Ada Lund"), Some(FactKind::Person));
}

const FLOOD_A: &str = "River bursts its banks\n\n\
Jon Pell, a furniture maker, said he lost his workshop when the river rose overnight.\n\n\
The town's football coach, Kira Brands, said she had moved the team's kit to higher ground.\n\n\
Volunteers filled sandbags until dawn.";

const FLOOD_B: &str = "Flood reaches the market square\n\n\
Jon Pell watched the water climb past the windows of the shop he opened in 1998.\n\n\
Kira Brands, who coaches the town's football team, praised the volunteers.\n\n\
Jon Pell said the insurers had already called.";

#[test]
fn person_cues_across_mentions_outweigh_one_body_reading() {
    let c = compare(&[FLOOD_A, FLOOD_B]);
    // "a furniture maker" reads like a body's apposition ("a carmaker"),
    // but the same sentence goes on "said he ... his": a person, in
    // every mention of the cluster.
    assert_eq!(kind(&c, "Jon Pell"), Some(FactKind::Person));
    // A surname that is also a company suffix ("Brands") does not
    // override a name that says "she" and takes "who".
    assert_eq!(kind(&c, "Kira Brands"), Some(FactKind::Person));
}
