//! The analysis on the two bundled sample reports (assets/): the issue's
//! "Must show" list, each item an exact expectation on the real text.

use storydiff::analysis::{Analysis, Quote, QuoteStatus};
use storydiff::{Comparison, Options, load};

fn analysis() -> (Comparison, Analysis) {
    let cmp = Comparison::new(load::samples(), &Options::default());
    let a = cmp.analysis.clone();
    (cmp, a)
}

/// The quote group with an occurrence containing `words`.
fn quote<'a>(a: &'a Analysis, words: &str) -> &'a Quote {
    a.quotes
        .iter()
        .find(|q| q.occurrences.iter().any(|o| o.text.contains(words)))
        .unwrap_or_else(|| panic!("no quote with {words:?}"))
}

#[test]
fn all_time_low_is_quoted_in_both_reports() {
    let (_, a) = analysis();
    let q = quote(&a, "all-time low");
    let mut arts: Vec<usize> = q.occurrences.iter().map(|o| o.article).collect();
    arts.dedup();
    assert_eq!(arts, vec![0, 1]);
    assert_eq!(q.status, QuoteStatus::Partial);
    assert!(q.scare, "the titles' 'all-time low' are scare quotes");
    // The body quotes name the speaker; the title's verb does too.
    let speakers: Vec<Option<&str>> = q.occurrences.iter().map(|o| o.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        vec![
            Some("Trump"),
            None,
            Some("Donald Trump"),
            Some("Donald Trump")
        ]
    );
    assert!(!q.speaker_conflict);
}

#[test]
fn open_to_dialogue_is_altered_with_its_diff() {
    let (_, a) = analysis();
    let q = quote(&a, "open to dialogue");
    assert_eq!(q.status, QuoteStatus::Altered);
    assert_eq!(q.occurrences.len(), 2);
    assert_eq!(
        q.occurrences[1].text,
        "open to dialogue with the US in all different areas"
    );
    let changed: Vec<(&str, &str)> = q
        .diff
        .iter()
        .filter(|r| r.a != r.b)
        .map(|r| (r.a.as_str(), r.b.as_str()))
        .collect();
    assert!(changed.contains(&("dialogues", "dialogue")), "{changed:?}");
    assert!(changed.contains(&("", "US in all ")), "{changed:?}");
    // 000 puts it after Tillerson's sentence ("he said"), 004 gives it to
    // Lavrov: the reports disagree on the speaker.
    assert_eq!(q.occurrences[0].speaker.as_deref(), Some("Tillerson"));
    assert_eq!(q.occurrences[1].speaker.as_deref(), Some("Lavrov"));
    assert!(q.speaker_conflict);
}

#[test]
fn unique_quotes_of_each_report() {
    let (_, a) = analysis();
    let q = quote(&a, "This is obviously the subject where our views differ");
    assert_eq!(q.status, QuoteStatus::Unique);
    assert_eq!(q.occurrences[0].article, 0);
    assert_eq!(q.occurrences[0].speaker.as_deref(), Some("Lavrov"));
    let q = quote(&a, "The level of trust on a working level");
    assert_eq!(q.status, QuoteStatus::Unique);
    assert_eq!(q.occurrences[0].article, 1);
    assert_eq!(q.occurrences[0].speaker.as_deref(), Some("Vladimir Putin"));
}

#[test]
fn quote_spans_point_at_the_quoted_words() {
    let (cmp, a) = analysis();
    for q in &a.quotes {
        for o in &q.occurrences {
            let p = &cmp.articles[o.article].paragraphs[o.paragraph];
            assert_eq!(o.parts[0], (o.paragraph, o.span.clone()));
            assert!(o.text.starts_with(&p.text[o.span.clone()]), "{:?}", o.text);
        }
    }
}

/// The unique fact strings of report `article` (unlinked sentences and
/// details added inside linked ones).
fn unique_facts(a: &Analysis, article: usize) -> Vec<&str> {
    a.unique_facts
        .iter()
        .chain(&a.added_details)
        .filter(|u| u.article == article)
        .flat_map(|u| u.facts.iter().map(String::as_str))
        .collect()
}

#[test]
fn unique_facts_of_each_report() {
    let (cmp, a) = analysis();
    let f1 = unique_facts(&a, 1);
    assert!(f1.contains(&"59 Tomahawk cruise missiles"), "{f1:?}");
    assert!(f1.contains(&"about three hours"), "{f1:?}");
    let f0 = unique_facts(&a, 0);
    assert!(f0.contains(&"eighth time"), "{f0:?}");
    assert!(f0.contains(&"Deir al-Zor"), "{f0:?}");
    // "the eighth time ... Moscow has used its veto" and "Russia vetoed a
    // draft resolution" are linked: the count is a detail the first
    // report adds to the veto both tell, and neither sentence is unique.
    let veto = |u: &&storydiff::analysis::UniqueFact| {
        u.sentence.contains("eighth time") || u.sentence.contains("Russia vetoed")
    };
    assert!(!a.unique_facts.iter().any(|u| veto(&u)));
    assert_eq!(a.added_details.iter().filter(veto).count(), 2);
    // Shared facts never show up as unique.
    for shared in [
        "Tillerson",
        "Wednesday",
        "Moscow",
        "NATO",
        "Security Council",
    ] {
        assert!(!f0.contains(&shared) && !f1.contains(&shared), "{shared}");
    }
    // Spans locate the fact words in the paragraph.
    for u in a.unique_facts.iter().chain(&a.added_details) {
        let p = &cmp.articles[u.article].paragraphs[u.paragraph];
        assert_eq!(p.sentence(u.sentence_index), u.sentence);
        for (f, r) in u.facts.iter().zip(&u.spans) {
            assert_eq!(&p.text[r.clone()], f);
        }
    }
}

#[test]
fn facts_with_variants_are_shared() {
    let (_, a) = analysis();
    let shared = |text: &str| {
        a.facts
            .iter()
            .find(|f| f.text == text)
            .unwrap_or_else(|| panic!("no fact {text:?}"))
            .articles
            .clone()
    };
    // "Sergey Lavrov" (000) and "Sergei Lavrov" (004); "US"/"U.S."/"USA".
    assert_eq!(shared("Sergey Lavrov"), vec![0, 1]);
    assert_eq!(shared("US"), vec![0, 1]);
    assert_eq!(shared("NATO"), vec![0, 1]);
}

#[test]
fn russian_federation_becomes_russia() {
    let (_, a) = analysis();
    let s = a
        .substitutions
        .iter()
        .find(|s| s.from == "Russian Federation")
        .expect("Russian Federation substitution");
    assert_eq!(s.to, "Russia");
    assert_eq!(s.count, 3);
    assert_eq!(s.articles, [0, 1]);
    assert!(a.substitutions.iter().all(|s| s.count > 1));
}

#[test]
fn microsoft_block_is_off_topic() {
    let (cmp, a) = analysis();
    let flagged: Vec<&str> = a
        .offtopic
        .iter()
        .map(|o| {
            cmp.articles[o.article].paragraphs[o.paragraph]
                .text
                .as_str()
        })
        .collect();
    assert_eq!(flagged.len(), 2, "{flagged:?}");
    assert!(flagged[0].starts_with("Microsoft responds"));
    assert!(flagged[1].starts_with("In a message sent to TechCrunch"));
    // Its facts are not the story's unique facts.
    assert!(!unique_facts(&a, 0).contains(&"TechCrunch"));
}

#[test]
fn json_carries_the_analysis() {
    let (cmp, _) = analysis();
    let v = storydiff::export::json::to_value(&cmp);
    let q = &v["quotes"][0];
    for key in ["status", "scare", "speaker_conflict", "occurrences", "diff"] {
        assert!(q.get(key).is_some(), "{key}");
    }
    assert!(q["occurrences"][0].get("span").is_none());
    assert_eq!(v["substitutions"][0]["from"], "Russian Federation");
    assert_eq!(v["offtopic"][0]["reason"], "unrelated to the other reports");
}
