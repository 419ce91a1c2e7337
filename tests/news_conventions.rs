//! News conventions the annotated clusters may lack, on invented reports
//! of one made-up coastal flood (robustness sweep of issue 9): where a
//! quotation's speaker is named (the next sentence, a bare "Name:" before
//! it), a quotation over three paragraphs, British single marks around
//! double ones, a cut or bracketed copy of a quotation, a related-stories
//! block and picture credits inside a story, wire-page furniture, a
//! paragraph in another language, and figures written in words, digits
//! or other units. Every expectation is exact.

mod plain;

use plain::{compare, conflicts};
use storydiff::Comparison;
use storydiff::analysis::{FactKind, QuoteStatus};

/// One quotation group: status, then `(report, paragraph, text, speaker)`
/// of each occurrence, sorted.
type Group = (&'static str, Vec<(usize, usize, String, Option<String>)>);

fn status(s: QuoteStatus) -> &'static str {
    match s {
        QuoteStatus::Verbatim => "verbatim",
        QuoteStatus::Partial => "partial",
        QuoteStatus::Altered => "altered",
        QuoteStatus::Unique => "unique",
    }
}

fn groups(c: &Comparison) -> Vec<Group> {
    let mut out: Vec<Group> = c
        .analysis
        .quotes
        .iter()
        .map(|q| {
            let mut occ: Vec<_> = q
                .occurrences
                .iter()
                .map(|o| (o.article, o.paragraph, o.text.clone(), o.speaker.clone()))
                .collect();
            occ.sort();
            (status(q.status), occ)
        })
        .collect();
    out.sort();
    out
}

fn occ(
    a: usize,
    p: usize,
    text: &str,
    speaker: Option<&str>,
) -> (usize, usize, String, Option<String>) {
    (a, p, text.to_string(), speaker.map(str::to_string))
}

/// `(report, paragraph)` of every off-topic paragraph, sorted.
fn offtopic(c: &Comparison) -> Vec<(usize, usize)> {
    let mut v: Vec<_> = c
        .analysis
        .offtopic
        .iter()
        .map(|o| (o.article, o.paragraph))
        .collect();
    v.sort_unstable();
    v
}

/// The reports carrying the fact written `text`.
fn carriers(c: &Comparison, text: &str) -> Option<Vec<usize>> {
    c.analysis
        .facts
        .iter()
        .find(|f| f.text == text)
        .map(|f| f.articles.clone())
}

/// Every unique-fact sentence as `(report, sentence)`.
fn unique(c: &Comparison) -> Vec<(usize, String)> {
    c.analysis
        .unique_facts
        .iter()
        .map(|u| (u.article, u.sentence.clone()))
        .collect()
}

const NEXT_A: &str = "Tide floods harbour town\n\n\
A spring tide pushed sea water into the streets of Port Elm on Tuesday night.\n\n\
\"We have never seen the water this high in March.\" The harbour master, Ines Varga, said the tide gauge broke shortly after midnight.\n\n\
Shops along the quay stayed closed on Wednesday.";

const NEXT_B: &str = "Sea water fills Port Elm streets\n\n\
Sea water flooded the streets of Port Elm late on Tuesday during a spring tide.\n\n\
Harbour master Ines Varga said the gauge stopped working after midnight. \"We have never seen the water this high in March,\" she said.\n\n\
The quay's shops did not open on Wednesday.";

#[test]
fn a_speaker_named_in_the_next_sentence_says_the_quote() {
    let c = compare(&[NEXT_A, NEXT_B]);
    let said = "We have never seen the water this high in March";
    assert_eq!(
        groups(&c),
        [(
            "verbatim",
            vec![
                occ(0, 2, said, Some("Ines Varga")),
                occ(1, 2, said, Some("Ines Varga"))
            ]
        )]
    );
}

const COLON_A: &str = "Live: council debates the sea wall\n\n\
Councillors met on Thursday evening to vote on the new sea wall.\n\n\
Varga: \"The old wall will not survive another winter.\"\n\n\
Mayor Olsen: \"We cannot wait for the national grant.\"\n\n\
The vote passed by nine to two.";

const COLON_B: &str = "Council backs new sea wall\n\n\
The town council voted nine to two on Thursday to build a new sea wall.\n\n\
\"The old wall will not survive another winter,\" harbour master Ines Varga told the meeting.\n\n\
Mayor Piet Olsen said: \"We cannot wait for the national grant.\"";

#[test]
fn a_bare_name_and_colon_before_a_quote_is_its_speaker() {
    let c = compare(&[COLON_A, COLON_B]);
    let wall = "The old wall will not survive another winter";
    let grant = "We cannot wait for the national grant";
    assert_eq!(
        groups(&c),
        [
            (
                "verbatim",
                vec![
                    occ(0, 2, wall, Some("Varga")),
                    occ(1, 2, wall, Some("Ines Varga"))
                ]
            ),
            (
                "verbatim",
                vec![
                    occ(0, 3, grant, Some("Olsen")),
                    occ(1, 3, grant, Some("Piet Olsen"))
                ]
            ),
        ]
    );
}

const RUNS_A: &str = "How the night unfolded\n\n\
Harbour master Ines Varga described the night to reporters on Wednesday.\n\n\
\"The first wave hit the sea wall just after two,\" Varga said.\n\n\
\"By three the road to the school was under water.\n\n\
\"By four we had moved every family from the quay to the school hall.\"\n\n\
The town has asked for emergency funds.";

const RUNS_B: &str = "Port Elm asks for emergency funds\n\n\
Port Elm has asked for emergency funds after Tuesday's flood.\n\n\
Ines Varga, the harbour master, said the road to the school was flooded by three in the morning.\n\n\
\"By four we had moved every family from the quay to the school hall,\" she said.";

#[test]
fn a_quotation_over_three_paragraphs_keeps_its_speaker_and_its_last_part_is_shared() {
    let c = compare(&[RUNS_A, RUNS_B]);
    let four = "By four we had moved every family from the quay to the school hall";
    assert_eq!(
        groups(&c),
        [
            (
                "unique",
                vec![occ(
                    0,
                    2,
                    "The first wave hit the sea wall just after two",
                    Some("Varga")
                )]
            ),
            (
                "unique",
                vec![occ(
                    0,
                    3,
                    "By three the road to the school was under water",
                    Some("Varga")
                )]
            ),
            (
                "verbatim",
                vec![
                    occ(0, 4, four, Some("Varga")),
                    occ(1, 3, four, Some("Ines Varga"))
                ]
            ),
        ]
    );
}

const NESTED_A: &str = "Residents recall the blackout\n\n\
Power failed across the old town as the water rose.\n\n\
'He told us \"stay indoors\" and then the lights went out,' said resident Tom Ashby.\n\n\
'Nobody came until the morning,' he added.";

const NESTED_B: &str = "Blackout follows flood\n\n\
The old town lost power as the flood water rose on Tuesday.\n\n\
\"He told us 'stay indoors' and then the lights went out,\" Tom Ashby, a resident, said.\n\n\
Ashby said nobody came until the morning.";

#[test]
fn british_single_marks_around_double_ones_match_the_american_way_round() {
    let c = compare(&[NESTED_A, NESTED_B]);
    assert_eq!(
        groups(&c),
        [
            (
                "unique",
                vec![occ(
                    0,
                    3,
                    "Nobody came until the morning",
                    Some("Tom Ashby")
                )]
            ),
            (
                "verbatim",
                vec![
                    occ(
                        0,
                        2,
                        "He told us \"stay indoors\" and then the lights went out",
                        Some("Tom Ashby")
                    ),
                    occ(
                        1,
                        2,
                        "He told us 'stay indoors' and then the lights went out",
                        Some("Tom Ashby")
                    ),
                ]
            ),
            // The inner quotation is its own shared one, said by nobody
            // the reports name (as in the quote fixtures).
            (
                "verbatim",
                vec![
                    occ(0, 2, "stay indoors", None),
                    occ(1, 2, "stay indoors", None)
                ]
            ),
        ]
    );
}

const CUT_A: &str = "Harbour master blames council\n\n\
Harbour master Ines Varga said the sea wall had been neglected for years.\n\n\
\"The council has known about the cracks since 2019 and did nothing to repair them,\" Varga said.\n\n\
\"Every winter the gap gets wider, and every winter we are told to wait for the money.\"";

const CUT_B: &str = "Council knew of cracks, says harbour master\n\n\
The harbour master of Port Elm, Ines Varga, accused the council of neglect.\n\n\
\"The council has known about the cracks since 2019 ... and did nothing,\" she said.\n\n\
\"Every winter [the gap] gets wider,\" Varga said.";

const CUT_C: &str = "Sea wall neglected, harbour chief says\n\n\
Ines Varga, who runs the harbour, said on Wednesday the wall had been left to crumble.\n\n\
\"[The council] has known about the cracks since 2019 and did nothing to repair them,\" she told the local paper.";

#[test]
fn an_ellipsis_or_a_bracketed_insertion_keeps_a_quote_shared() {
    let c = compare(&[CUT_A, CUT_B, CUT_C]);
    assert_eq!(
        groups(&c),
        [
            (
                "partial",
                vec![
                    occ(
                        0,
                        2,
                        "The council has known about the cracks since 2019 and did nothing to repair them",
                        Some("Varga")
                    ),
                    occ(
                        1,
                        2,
                        "The council has known about the cracks since 2019 ... and did nothing",
                        Some("Ines Varga")
                    ),
                    occ(
                        2,
                        2,
                        "[The council] has known about the cracks since 2019 and did nothing to repair them",
                        Some("Ines Varga")
                    ),
                ]
            ),
            (
                "partial",
                vec![
                    // No attribution: it goes on with the speaker before.
                    occ(
                        0,
                        3,
                        "Every winter the gap gets wider, and every winter we are told to wait for the money",
                        Some("Varga")
                    ),
                    occ(1, 3, "Every winter [the gap] gets wider", Some("Varga")),
                ]
            ),
        ]
    );
}

const RELATED_A: &str = "Port Elm counts the cost of the flood\n\n\
Repair crews began clearing mud from the harbour road on Thursday, two days after a spring tide flooded Port Elm.\n\n\
The council said about 140 homes had water damage and that 30 families were still in the school hall.\n\n\
Related stories\n\n\
Lighthouse keeper retires after forty years on the rock\n\n\
Summer ferry timetable adds a Sunday crossing\n\n\
Local bakery wins regional bread prize\n\n\
Insurers have opened a claims desk at the town library, the council said.\n\n\
Harbour master Ines Varga said the sea wall would be inspected next week.";

const RELATED_B: &str = "Flood repairs begin in Port Elm\n\n\
Crews started removing mud from the harbour road in Port Elm on Thursday after Tuesday's tidal flood.\n\n\
About 140 homes were damaged, the council said, and 30 families were still sleeping in the school hall.\n\n\
An insurance claims desk has opened at the library.\n\n\
The sea wall will be inspected next week, harbour master Ines Varga said.";

#[test]
fn a_related_stories_block_inside_a_story_is_off_topic_and_the_story_is_not() {
    let c = compare(&[RELATED_A, RELATED_B]);
    assert_eq!(offtopic(&c), [(0, 3), (0, 4), (0, 5), (0, 6)]);
    // Nothing of the block is a fact of the report.
    assert!(unique(&c).is_empty(), "{:?}", unique(&c));
}

const CREDIT_A: &str = "Sea wall cracks after the storm\n\n\
The harbour wall at Port Elm cracked in two places during the storm. (Photo: Lena Ortiz/Coastal Times) Engineers will inspect it on Monday.\n\n\
Harbour master Ines Varga said the wall was built in 1952.";

const CREDIT_B: &str = "Engineers to inspect cracked sea wall\n\n\
Engineers will inspect the harbour wall at Port Elm on Monday after it cracked in two places in the storm.\n\n\
The wall was built in 1952, harbour master Ines Varga said.";

#[test]
fn a_picture_credit_inside_a_paragraph_is_split_off_and_names_no_one() {
    let c = compare(&[CREDIT_A, CREDIT_B]);
    let texts: Vec<&str> = c.articles[0]
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        texts[1..],
        [
            "The harbour wall at Port Elm cracked in two places during the storm.",
            "(Photo: Lena Ortiz/Coastal Times)",
            "Engineers will inspect it on Monday.",
            "Harbour master Ines Varga said the wall was built in 1952.",
        ]
    );
    assert_eq!(offtopic(&c), [(0, 2)]);
    assert_eq!(carriers(&c, "Lena Ortiz"), None);
    assert!(unique(&c).is_empty(), "{:?}", unique(&c));
}

const WIRE_A: &str = "Port Elm votes to rebuild its sea wall\n\n\
PORT ELM (Coastal Wire) - The town council voted on Thursday to rebuild the sea wall that failed during last week's flood.\n\n\
The new wall will cost 4.5 million euros and take two years to build, the council said.\n\n\
ADVERTISEMENT\n\n\
Sign up for our morning briefing and get the day's top stories in your inbox.\n\n\
Work will start in the spring, Mayor Piet Olsen said.\n\n\
Share this article: Facebook Twitter Email\n\n\
(Reporting by Anna Berg; Editing by Mark Hale)";

const WIRE_B: &str = "Council approves new sea wall\n\n\
Port Elm's council approved a new sea wall on Thursday, a week after the old one gave way.\n\n\
The wall is expected to cost 4.5 million euros and will take two years, officials said.\n\n\
Construction will begin in spring, according to Mayor Piet Olsen.\n\n\
Additional reporting by Tom Reyes in Port Elm.\n\n\
Copyright 2026 Coastal Times. All rights reserved.";

#[test]
fn advert_newsletter_share_and_credit_lines_are_off_topic() {
    let c = compare(&[WIRE_A, WIRE_B]);
    assert_eq!(
        offtopic(&c),
        [(0, 3), (0, 4), (0, 6), (0, 7), (1, 4), (1, 5)]
    );
    assert!(unique(&c).is_empty(), "{:?}", unique(&c));
    for credited in ["Anna Berg", "Mark Hale", "Tom Reyes"] {
        assert_eq!(carriers(&c, credited), None, "{credited}");
    }
}

const SPANISH_A: &str = "Spanish crew rescued off Port Elm\n\n\
A lifeboat from Port Elm rescued six crew members from a Spanish trawler on Friday morning.\n\n\
The trawler's owner, based in Vigo, thanked the lifeboat crew in a statement.\n\n\
\"Agradecemos a la tripulación del bote salvavidas su valentía y su rapidez. Todos nuestros marineros están a salvo y en buen estado de salud,\" dijo la empresa.\n\n\
The trawler was towed to the harbour in the afternoon.";

const SPANISH_B: &str = "Lifeboat saves six from trawler\n\n\
Six crew members of a Spanish trawler were rescued by the Port Elm lifeboat on Friday morning.\n\n\
The company that owns the trawler, from Vigo, thanked the rescuers for their courage and speed.\n\n\
The trawler was towed into the harbour later on Friday.";

#[test]
fn a_paragraph_in_another_language_is_no_off_topic_alarm() {
    let c = compare(&[SPANISH_A, SPANISH_B]);
    assert!(offtopic(&c).is_empty(), "{:?}", offtopic(&c));
    assert_eq!(carriers(&c, "six crew members"), Some(vec![0, 1]));
}

const FIGURES_A: &str = "Storm leaves three dead\n\n\
Three people died and 1.2 million homes lost power when the storm crossed the coast on Saturday.\n\n\
Winds reached 130 kilometres an hour at Port Elm, and 45 flights were cancelled at the regional airport.\n\n\
The storm caused damage estimated at two billion euros.\n\n\
The harbour master, 58-year-old Ines Varga, said the sea wall held.";

const FIGURES_B: &str = "Storm kills 3, cuts power to 1,200,000 homes\n\n\
The storm killed 3 people and cut power to 1,200,000 homes as it crossed the coast on Saturday.\n\n\
At Port Elm the wind reached 130 km/h, and the regional airport cancelled 54 flights.\n\n\
Damage was estimated at 2 billion euros.\n\n\
Harbour master Ines Varga, aged 58, said the sea wall held.";

#[test]
fn figures_in_words_digits_and_other_units_are_one_fact_and_only_real_differences_conflict() {
    let c = compare(&[FIGURES_A, FIGURES_B]);
    // "1.2 million" = "1,200,000", "130 kilometres" = "130 km",
    // "two billion" = "2 billion", "three" = "3".
    for shared in [
        "1.2 million homes",
        "130 kilometres",
        "two billion euros",
        "Three people",
    ] {
        assert_eq!(carriers(&c, shared), Some(vec![0, 1]), "{shared}");
    }
    // An age before a name ends at "-old": the name stays whole.
    assert_eq!(carriers(&c, "58-year-old"), Some(vec![0]));
    assert_eq!(carriers(&c, "Ines Varga"), Some(vec![0, 1]));
    assert_eq!(
        c.analysis
            .facts
            .iter()
            .find(|f| f.text == "Ines Varga")
            .map(|f| f.kind),
        Some(FactKind::Person)
    );
    // No sentence of the body is unique; the two flight counts conflict.
    assert!(
        unique(&c)
            .iter()
            .all(|(_, s)| !s.contains("homes") && !s.contains("wind")),
        "{:?}",
        unique(&c)
    );
    assert_eq!(
        conflicts(&c),
        [(
            "flights".to_string(),
            vec![
                (0, "45 flights".to_string(), "45".to_string()),
                (1, "54 flights".to_string(), "54".to_string()),
            ]
        )]
    );
}
