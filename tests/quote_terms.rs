//! A word or two in quote marks that nobody says is a term, not a
//! quotation (invented reports): no quote entry and no speaker; a quote
//! needs several words or a reporting verb beside it.

mod plain;

use plain::compare;
use storydiff::Comparison;

const TERMS_A: &str = "Council keeps its budget rule\n\n\
The council will keep its \"reset\" policy for another year, officials said on Monday.\n\n\
Critics have long mocked the so-called \"green\" levy on parking.\n\n\
Police said Ansel Fenwick was the \"middle man\" who \"moved the money abroad\" in 2019.\n\n\
\"Never,\" the treasurer said when asked about a refund.\n\n\
The mayor said the repairs were \"nearly done,\" and the roads would reopen soon.";

const TERMS_B: &str = "Budget rule stays\n\n\
Officials said on Monday the council would keep the reset policy another year.\n\n\
The parking levy has drawn criticism for years.\n\n\
The treasurer ruled out a refund.";

/// Every quotation of report `a` as `(text, speaker)`.
fn quotes_of(c: &Comparison, a: usize) -> Vec<(String, Option<String>)> {
    c.analysis
        .quotes
        .iter()
        .flat_map(|q| &q.occurrences)
        .filter(|o| o.article == a)
        .map(|o| (o.text.clone(), o.speaker.clone()))
        .collect()
}

#[test]
fn terms_in_marks_are_no_quotations() {
    let c = compare(&[TERMS_A, TERMS_B]);
    let quotes = quotes_of(&c, 0);
    let texts: Vec<&str> = quotes.iter().map(|(t, _)| t.as_str()).collect();
    // A term inside a noun phrase, after "so-called", or inside a
    // sentence whose verb says nothing of it.
    for term in ["reset", "green", "middle man"] {
        assert!(!texts.contains(&term), "{term:?} in {texts:?}");
    }
    // Three words are a quotation, and the sentence's speaker says them.
    assert!(
        quotes.contains(&(
            "moved the money abroad".to_string(),
            Some("Police".to_string())
        )),
        "{quotes:?}"
    );
    // One word beside a reporting verb is an utterance; two words that
    // close on their own punctuation are a quotation.
    assert!(texts.contains(&"Never"), "{texts:?}");
    assert!(
        texts.iter().any(|t| t.starts_with("nearly done")),
        "{texts:?}"
    );
    assert_eq!(texts.len(), 3, "{quotes:?}");
}

/// Review R6: a short quote that a verb names ("branded the deal “a
/// betrayal”") is a quotation even with its full stop outside the marks,
/// British style.
#[test]
fn quotes_named_by_branding_verbs_stay_quotations() {
    let a = "Deal row\n\n\
The minister branded the deal \"a betrayal\".\n\n\
Talks went on late into the night.";
    let b = "Deal row deepens\n\n\
The deal was signed on Tuesday after a long night of talks.";
    let c = compare(&[a, b]);
    let texts: Vec<String> = quotes_of(&c, 0).into_iter().map(|(t, _)| t).collect();
    assert_eq!(texts, ["a betrayal"], "{texts:?}");
}

/// Review R5: a word one report quotes as a quotation and the other only
/// as a term in marks is one shared quote, not a unique quote of the
/// first; a term no other report quotes stays no finding.
#[test]
fn a_term_another_report_quotes_is_a_shared_quote() {
    let a = "Strike ends\n\n\
The drivers' union said the minister had \"capitulated\".\n\n\
The trains run again on Monday.";
    let b = "Rail strike over\n\n\
The \"capitulated\" jibe angered the ministry, which called the deal fair.\n\n\
Officials hailed the \"reset\" plan on Monday.";
    let c = compare(&[a, b]);
    let mut shared = Vec::new();
    for q in &c.analysis.quotes {
        let mut at: Vec<(usize, &str)> = q
            .occurrences
            .iter()
            .map(|o| (o.article, o.text.as_str()))
            .collect();
        at.sort_unstable();
        shared.push(at);
    }
    assert_eq!(
        shared,
        [vec![(0, "capitulated"), (1, "capitulated")]],
        "{shared:?}"
    );
}
