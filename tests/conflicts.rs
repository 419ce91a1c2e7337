//! Conflicting figures on invented reports (written for these tests): what
//! the issue names as a conflict, what it names as agreement, and the
//! invariants every conflict keeps.

mod plain;

use plain::{compare, conflicts};
use storydiff::Comparison;

const FLOOD_A: &str = "Dam burst floods valley town\n\n\
A river dam above the town of Eastbrook gave way on Sunday night, killing at least seven residents and injuring 45, the county sheriff said.\n\n\
The regional water board said it had warned about cracks in the dam wall last month.\n\n\
Some 300 homes were flooded, officials said.";

const FLOOD_B: &str = "Eastbrook flood toll rises\n\n\
At least three residents have been killed after a river dam above the town of Eastbrook gave way on Sunday night, and about 60 were injured, the sheriff said.\n\n\
The regional water board said it had warned about cracks in the dam wall last week.\n\n\
Some 300 homes were flooded, officials said.";

#[test]
fn tolls_and_times_that_disagree_are_conflicts() {
    let c = compare(&[FLOOD_A, FLOOD_B]);
    let found = conflicts(&c);
    let killed = found
        .iter()
        .find(|(what, _)| what == "people killed")
        .expect("death toll conflict");
    let values: Vec<&str> = killed.1.iter().map(|(_, _, v)| v.as_str()).collect();
    assert_eq!(values, vec!["7", "3"]);
    assert_eq!(killed.1[0].1, "at least seven residents");
    let wounded = found
        .iter()
        .find(|(what, _)| what == "people wounded")
        .expect("injured count conflict");
    let values: Vec<&str> = wounded.1.iter().map(|(_, _, v)| v.as_str()).collect();
    assert_eq!(values, vec!["45", "60"]);
    // "last month" and "last week" may well be the same warning: no
    // conflict (the ranges overlap); 300 homes agree.
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn hedges_spelled_numbers_and_synonyms_agree() {
    let a = "Storm batters coast\n\nThe storm killed 30 people along the coast, the coastguard said.\n\nThe navy has nearly 400 sailors in the port.";
    let b = "Coast counts storm dead\n\nThe storm killed at least thirty people along the coast, the coastguard said.\n\nThe navy has 400 sailors in the port.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

#[test]
fn figures_of_different_owners_are_no_conflict() {
    let a = "Coach leaves\n\nBrennan won 50 games in his five years with the Hawks, the club said.";
    let b = "Coach leaves the Hawks\n\nOkafor won 14 games in three years with the Hawks, the club said.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

#[test]
fn every_conflict_spans_two_reports_with_two_values() {
    let c = compare(&[FLOOD_A, FLOOD_B]);
    assert!(!c.analysis.conflicts.is_empty());
    let off: std::collections::HashSet<(usize, usize)> = c
        .analysis
        .offtopic
        .iter()
        .map(|o| (o.article, o.paragraph))
        .collect();
    for k in &c.analysis.conflicts {
        let reports: std::collections::HashSet<usize> =
            k.values.iter().map(|v| v.article).collect();
        assert!(reports.len() >= 2, "{k:?}");
        let values: std::collections::HashSet<&str> =
            k.values.iter().map(|v| v.value.as_str()).collect();
        assert!(values.len() >= 2, "{k:?}");
        for v in &k.values {
            assert!(!off.contains(&(v.article, v.paragraph)));
            let p = &c.articles[v.article].paragraphs[v.paragraph].text;
            assert_eq!(&p[v.span.clone()], v.text);
        }
    }
}

#[test]
fn json_lists_conflicts_in_the_contract_shape() {
    let c = compare(&[FLOOD_A, FLOOD_B]);
    let v = storydiff::export::json::to_value(&c);
    let first = &v["conflicts"][0];
    assert!(first["what"].is_string());
    let val = &first["values"][0];
    for key in ["article", "paragraph"] {
        assert!(val[key].is_u64(), "{key}");
    }
    for key in ["text", "value"] {
        assert!(val[key].is_string(), "{key}");
    }
    assert!(val.get("span").is_none());
}

#[test]
fn report_layout_has_a_conflicting_figures_section() {
    use storydiff::export::text::{self, Layout, Styling, TextOptions};
    use storydiff::view::{ViewOptions, build};
    let c = compare(&[FLOOD_A, FLOOD_B]);
    let vm = build(&c, &ViewOptions::all(&c));
    let opts = TextOptions {
        layout: Layout::Report,
        width: 80,
        styling: Styling::Markers,
        only_differences: false,
    };
    let mut buf = Vec::new();
    text::write(&vm, &opts, &mut buf).expect("writes to memory");
    let out = String::from_utf8(buf).expect("utf-8");
    let start = out.find("Conflicting figures").expect("section");
    let end = out[start..]
        .find("Shared quotes")
        .map_or(out.len(), |e| start + e);
    insta::assert_snapshot!("flood_report_conflicts", &out[start..end]);
}

/// The `what` and values of every conflict, in order.
fn values_of(c: &Comparison) -> Vec<(String, Vec<String>)> {
    conflicts(c)
        .into_iter()
        .map(|(what, v)| (what, v.into_iter().map(|(_, _, value)| value).collect()))
        .collect()
}

#[test]
fn ages_prison_terms_and_fines_that_disagree_are_conflicts() {
    let a = "Ferry captain sentenced\n\n\
Tomas Reyburn, 58, was sentenced to two years in prison on Monday for the ferry crash that injured 14 passengers.\n\n\
The court also fined the ferry company $40,000 for poor upkeep of the boat.";
    let b = "Ferry skipper jailed over crash\n\n\
Tomas Reyburn, 61, was sentenced to 30 months in prison on Monday for the ferry crash that injured 14 passengers.\n\n\
The court also fined the ferry company $25,000 for poor upkeep of the boat.";
    let c = compare(&[a, b]);
    let found = values_of(&c);
    assert!(
        found.contains(&("age".into(), vec!["58".into(), "61".into()])),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "prison term".into(),
            vec!["24 months".into(), "30 months".into()]
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "amount fined".into(),
            vec!["$40000".into(), "$25000".into()]
        )),
        "{found:?}"
    );
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn one_year_is_twelve_months_and_a_maximum_is_no_sentence() {
    let a = "Clerk jailed\n\nThe clerk was sentenced to one year in prison for the theft, the court heard.";
    let b = "Clerk jailed for theft\n\nThe clerk was sentenced to 12 months in prison for the theft, the court heard. He had faced up to five years in prison.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

#[test]
fn vague_words_conflict_only_with_counts_outside_their_range() {
    let a = "Quake hits hill towns\n\nThe quake killed 12 people and injured 120 in the hill towns, officials said.";
    let b = "Hill towns shaken\n\nThe quake killed 12 people and injured scores in the hill towns, officials said.";
    let found = values_of(&compare(&[a, b]));
    assert_eq!(
        found,
        vec![(
            "people wounded".to_string(),
            vec!["120".into(), "scores".into()]
        )]
    );
    let a =
        "Crowds march\n\nThousands of people marched through the capital on Saturday, police said.";
    let b =
        "Capital march\n\nAbout 5,000 people marched through the capital on Saturday, police said.";
    assert!(values_of(&compare(&[a, b])).is_empty());
}

/// A wire report with a background paragraph about an earlier raid, and a
/// tabloid-style one that gives only the new toll: the earlier raid's dead
/// are another event's figure.
#[test]
fn another_event_toll_is_no_conflict() {
    let a = "Market bombing\n\n\
KORVAL (Wirecast) \u{2014} A car bomb killed 44 people at a crowded market in Korval on Tuesday, the provincial governor said.\n\n\
In a separate raid last month, gunmen killed 9 police officers at a checkpoint outside the city.";
    let b = "CARNAGE AT KORVAL MARKET\n\n\
44 people died when a car bomb tore through a busy market in Korval on Tuesday, according to the governor.\n\n\
Shopkeepers said the blast could be heard across the city.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

/// Two tolls in one paragraph (two blasts) told in the other order by the
/// other report: both reports give 5 and 3, so nothing conflicts, whichever
/// sentences the links pair (review R5).
#[test]
fn two_tolls_told_in_another_order_are_no_conflict() {
    let a = "Blasts\n\n\
Five people were killed in the first blast, near the market. \
Three people were killed when a second bomb went off an hour later at the bus station.\n\n\
Police closed roads.";
    let b = "Two bombs\n\n\
A second bomb at the bus station an hour later killed three people. \
The first, near the market, killed five people.\n\n\
Roads were closed, police said.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

/// A range agrees with a count inside it; "dozens" with 40.
#[test]
fn ranges_and_dozens_agree_with_counts_inside_them() {
    let a = "Ferry sinks\n\nBetween 20 and 30 passengers were missing after the ferry sank off the cape, the coastguard said.\n\nDozens of boats joined the search.";
    let b = "Cape ferry sinking\n\n25 passengers were missing after the ferry sank off the cape, the coastguard said.\n\n40 boats joined the search.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

/// Reports of one event published together that disagree on when a raid
/// happened ("last week" / "this week") conflict; the same words in
/// reports published a week apart count back from different days and do
/// not.
#[test]
fn relative_times_conflict_unless_published_days_apart() {
    let a = "Dockers strike\n\nPosted May 12, 2031\n\n\
The union said the strike began after a police raid on the harbour offices last week, which left the port closed.\n\n\
Ships queued outside the harbour on Friday.";
    let b = "Port shut by strike\n\nPosted May 12, 2031\n\n\
The union said the strike began after a police raid on the harbour offices this week, which left the port closed.\n\n\
Ships queued outside the harbour on Friday.";
    let c = compare(&[a, b]);
    let found: Vec<Vec<String>> = values_of(&c).into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        found,
        vec![vec!["last week".to_string(), "this week".to_string()]],
        "{found:?}"
    );
    let later = b.replace("May 12, 2031", "May 19, 2031");
    let c = compare(&[a, &later]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

#[test]
fn distances_in_miles_and_kilometres_are_compared() {
    let km = "Convoy reaches border\n\nThe aid convoy travelled 120 kilometres through the mountains to reach the border town, the agency said.";
    let near = "Aid convoy at border\n\nThe aid convoy travelled 75 miles through the mountains to reach the border town, the agency said.";
    let far = "Aid convoy at border\n\nThe aid convoy travelled 95 miles through the mountains to reach the border town, the agency said.";
    // 75 miles is 120.7 km: one distance rounded two ways.
    let c = compare(&[km, near]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
    // 95 miles is 153 km: the reports disagree, each value as written.
    let c = compare(&[km, far]);
    let found = conflicts(&c);
    assert_eq!(found.len(), 1, "{found:?}");
    let texts: Vec<&str> = found[0].1.iter().map(|(_, t, _)| t.as_str()).collect();
    assert_eq!(texts, ["120 kilometres", "95 miles"]);
}

#[test]
fn sea_miles_and_square_miles_are_not_read_as_miles() {
    // 12 nautical miles is 22.2 km and 100 square miles is 259 square km:
    // each pair agrees, so neither may be shown as a conflict.
    let sea = "Boat stopped\n\nThe coastguard stopped the boat 12 nautical miles off the coast, officials said.";
    let sea_km = "Boat stopped at sea\n\nThe coastguard stopped the boat 22 kilometres off the coast, officials said.";
    let c = compare(&[sea, sea_km]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
    let area =
        "Fire burns on\n\nThe fire has burned 100 square miles of forest so far, officials said.";
    let area_km = "Forest fire burns on\n\nThe fire has burned 259 square kilometres of forest so far, officials said.";
    let c = compare(&[area, area_km]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

#[test]
fn a_counted_noun_is_named_by_its_written_word() {
    // The noun is compared as a stem ("cabl"); the reader sees the word.
    let a = "Bridge reopens\n\nEngineers replaced 40 steel cables on the bridge, the council said.";
    let b =
        "Bridge open again\n\nEngineers replaced 42 steel cables on the bridge, the council said.";
    let found = conflicts(&compare(&[a, b]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "cables");
}

#[test]
fn two_dates_both_reports_give_are_no_conflict() {
    // Two trials, two dates: each report gives both, so neither date is a
    // rival of the other (they were joined as "scheduled to begin").
    let a = "Ferry captain found guilty\n\n\
A jury found the ferry captain guilty of manslaughter on Thursday after a two-week trial.\n\n\
Prosecutors are seeking a prison term. The captain has asked to speak for himself in the sentencing phase of the trial, which is scheduled to begin March 3.\n\n\
The captain also faces a separate negligence case brought by the port authority, whose trial is scheduled to begin March 17.";
    let b = "Ferry captain convicted\n\n\
The ferry captain was found guilty of manslaughter by a jury on Thursday.\n\n\
The captain has asked to speak for himself in the sentencing phase of the trial, which is scheduled to begin March 3, prosecutors said.\n\n\
He also faces a separate negligence case brought by the port authority, whose trial is scheduled to begin March 17.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

#[test]
fn times_that_only_share_since_are_no_conflict() {
    // "the first since December" and "the first since the Nov. 8
    // election" anchor two different firsts.
    let a = "Bank lifts rates\n\nThe rate increase was the first since last December and only the second since the crisis, when the bank cut rates to near zero.";
    let b = "Bank lifts rates\n\nFresh forecasts, the first since the mayor won the Nov. 8 election on promises of new roads, showed the bank expecting faster growth next year.";
    let c = compare(&[a, b]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

/// Sentences that each give a dozen counts of one kind, overlapping their
/// neighbours' (hostile input: linked neighbours chain every count into
/// one group of hundreds of figures).
fn count_table(paragraphs: usize, shift: usize) -> String {
    let mut text = String::from("Raid on the village");
    for i in 1..=paragraphs {
        let counts: Vec<String> = (0..12)
            .map(|k| format!("{} soldiers were killed", i + shift + k))
            .collect();
        text.push_str("\n\nIn the raid on the village, ");
        text.push_str(&counts.join(", "));
        text.push_str(", officials said.");
    }
    text
}

#[test]
fn a_report_compared_with_itself_has_no_conflict_however_many_counts_chain() {
    // Both reports give every value, so no two of them are rivals. The
    // chained group of 480 figures once took seconds in a release build
    // (minutes in a debug one): every pair of members was tried against
    // every member; now each distinct value is tried once.
    let text = count_table(20, 0);
    let c = compare(&[&text, &text]);
    assert!(conflicts(&c).is_empty(), "{:?}", conflicts(&c));
}

#[test]
fn chained_counts_that_one_report_alone_gives_are_still_conflicts() {
    // Shifted by one, each report gives counts the other does not.
    let (a, b) = (count_table(20, 0), count_table(20, 1));
    let found = conflicts(&compare(&[&a, &b]));
    assert!(!found.is_empty());
    for (what, values) in &found {
        assert!(what.ends_with("killed"), "{what}");
        assert!(values.iter().any(|v| v.0 == 0) && values.iter().any(|v| v.0 == 1));
    }
}
