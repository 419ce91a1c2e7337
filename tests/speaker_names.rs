//! Speakers with hyphenated given names keep the whole name, whichever
//! side of the quotation the attribution stands (invented report).

mod plain;

use plain::compare;

const HYPHENS_A: &str = "Port deal signed\n\n\
\"It took eleven weeks of talks,\" said Hans-Peter Vogel, the port director.\n\n\
Anne-Marie Roy, a union steward, said: \"The night shifts come back in March.\"\n\n\
\"We are relieved,\" Lise-Lotte Berg told reporters.";

const HYPHENS_B: &str = "Docks to reopen\n\n\
The docks reopen in spring after eleven weeks of talks, the port said.";

#[test]
fn hyphenated_given_names_are_whole_speakers() {
    let c = compare(&[HYPHENS_A, HYPHENS_B]);
    let mut speakers: Vec<(String, Option<String>)> = c
        .analysis
        .quotes
        .iter()
        .flat_map(|q| &q.occurrences)
        .map(|o| (o.text.clone(), o.speaker.clone()))
        .collect();
    speakers.sort();
    let expected = [
        ("It took eleven weeks of talks", "Hans-Peter Vogel"),
        ("The night shifts come back in March", "Anne-Marie Roy"),
        ("We are relieved", "Lise-Lotte Berg"),
    ];
    let expected: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(t, s)| ((*t).to_string(), Some((*s).to_string())))
        .collect();
    assert_eq!(speakers, expected);
}
