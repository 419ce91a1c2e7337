//! Unique facts on invented reports (written for these tests): values
//! written differently are one fact, names are listed whole, lone
//! demonyms and generic words are no facts, and every listed fact is
//! absent from the other reports once normalised.

mod plain;

use plain::compare;
use storydiff::Comparison;

/// Every listed fact span of report `a` (unique sentences and details).
fn facts_of(c: &Comparison, a: usize) -> Vec<String> {
    c.analysis
        .unique_facts
        .iter()
        .chain(&c.analysis.added_details)
        .filter(|u| u.article == a)
        .flat_map(|u| u.facts.clone())
        .collect()
}

const HARBOUR_A: &str = "Harbour strike ends\n\n\
Dock workers in Port Avel ended a strike on Dec. 29 after talks that lasted 48 hours, the union said.\n\n\
Three ministers joined the talks at the harbour office.\n\n\
The union leader, Wendell van der Berg, said the Norwegian owners had agreed to a 4% raise.\n\n\
Ships had queued outside the Port Avel harbour during the dock strike, and the Coastal Freight Alliance said the strike cost its members $12 million.";

const HARBOUR_B: &str = "Port Avel dock strike over\n\n\
After two days of talks, dock workers in Port Avel ended their strike on December 29, the union said.\n\n\
3 ministers had joined the talks, held at the harbour office.\n\n\
Union leader Wendell van der Berg said the owners, a Norwegian group, agreed a pay rise of 4 percent.\n\n\
Police said one man was arrested at the gates on the first day of the strike.";

#[test]
fn values_written_differently_are_one_fact() {
    let c = compare(&[HARBOUR_A, HARBOUR_B]);
    for a in 0..2 {
        let facts = facts_of(&c, a);
        for shared in [
            "Dec. 29",
            "December 29",
            "48 hours",
            "two days",
            "Three ministers",
            "3 ministers",
            "4%",
            "4 percent",
            "Wendell van der Berg",
        ] {
            assert!(
                !facts.iter().any(|f| f == shared),
                "{shared:?} listed for report {a}: {facts:?}"
            );
        }
    }
}

#[test]
fn names_are_whole_and_demonyms_are_no_facts() {
    let c = compare(&[HARBOUR_A, HARBOUR_B]);
    let a = facts_of(&c, 0);
    assert!(a.contains(&"Coastal Freight Alliance".to_string()), "{a:?}");
    assert!(a.contains(&"$12 million".to_string()), "{a:?}");
    for f in a.iter().chain(&facts_of(&c, 1)) {
        assert!(
            !["Norwegian", "Freight", "Alliance", "Berg", "Police"].contains(&f.as_str()),
            "{f:?}"
        );
    }
}

#[test]
fn a_report_own_sentence_is_a_unique_fact_and_shared_ones_are_not() {
    let c = compare(&[HARBOUR_A, HARBOUR_B]);
    let unique: Vec<(usize, &str)> = c
        .analysis
        .unique_facts
        .iter()
        .map(|u| (u.article, u.sentence.as_str()))
        .collect();
    assert!(
        unique
            .iter()
            .any(|(a, s)| *a == 1 && s.starts_with("Police said one man was arrested")),
        "{unique:?}"
    );
    assert!(
        !unique.iter().any(|(_, s)| s.contains("ministers")),
        "{unique:?}"
    );
    // The listing ranks by salience, which is a probability.
    for u in &c.analysis.unique_facts {
        assert!((0.0..=1.0).contains(&u.salience), "{u:?}");
    }
}

#[test]
fn a_name_opening_a_sentence_is_whole_and_a_bare_abbreviation_is_no_month() {
    let a = "Harbour strike ends\n\n\
Dock workers in Port Avel ended a strike on Tuesday after talks at the harbour office, the union said.\n\n\
Oren Dec, a crane driver at the Port Avel harbour, said dock workers would start the night shift again on Wednesday after the strike.";
    let b = "Port Avel strike over\n\n\
Dock workers in Port Avel ended their strike on Tuesday after talks at the harbour office, the union said.";
    let c = compare(&[a, b]);
    let facts = facts_of(&c, 0);
    assert!(facts.contains(&"Oren Dec".to_string()), "{facts:?}");
    assert!(!facts.iter().any(|f| f == "Dec"), "{facts:?}");
}

/// A wire-style report with an opening dateline and agency credit, and a
/// web-style one that names only the month: the dateline is where the
/// report was filed (no fact), and "in September" is carried by "Sept. 3".
#[test]
fn datelines_are_no_facts_and_a_month_is_carried_by_a_dated_day() {
    let a = "Quarry blast shakes village\n\n\
LINDQVIST FALLS, Ont. (Wirecast) \u{2014} A blast at a limestone quarry broke windows in 40 homes on Sept. 3, the operator said.\n\n\
Engineers from Brandt Minerals are checking the walls of the pit.";
    let b = "Homes damaged by quarry explosion\n\n\
An explosion at the limestone quarry near the village broke windows in 40 homes in September, its operator said.\n\n\
Engineers from Brandt Minerals are checking the walls of the pit.";
    let c = compare(&[a, b]);
    let (fa, fb) = (facts_of(&c, 0), facts_of(&c, 1));
    for f in fa.iter().chain(&fb) {
        assert!(
            !["LINDQVIST FALLS", "Ont", "Wirecast", "September"].contains(&f.as_str()),
            "{f:?} listed: {fa:?} / {fb:?}"
        );
    }
}

/// A report that credits wire agencies and another outlet for what it
/// tells (and a picture credit stuck to a caption): the credits are no
/// facts, unique or not; the witness's own name is still a fact.
#[test]
fn source_credits_are_no_facts() {
    let a = "Quarry blast shakes Lenholt\n\n\
An explosion at a quarry outside Lenholt on Tuesday shattered windows across the town, police said.\n\n\
\"The whole house jumped when the quarry blew,\" resident Tomas Ekdahl told Reuters by telephone.\n\n\
A safety report seen by the Associated Press found that the quarry had failed two inspections.\n\n\
The Lenholt Courier reported that the quarry owner had been fined in 2019.\n\n\
AFP Firefighters work near the quarry gate";
    let b = "Lenholt quarry explosion\n\n\
An explosion at a quarry outside Lenholt on Tuesday shattered windows across the town, police said.\n\n\
Nobody was hurt, the police added.";
    let c = compare(&[a, b]);
    let listed: Vec<String> = c
        .analysis
        .facts
        .iter()
        .map(|f| f.text.clone())
        .chain(facts_of(&c, 0))
        .collect();
    for credit in [
        "Reuters",
        "Associated Press",
        "Lenholt Courier",
        "AFP",
        "AFP Firefighters",
    ] {
        assert!(
            !listed.iter().any(|f| f == credit),
            "{credit} listed: {listed:?}"
        );
    }
    assert!(listed.iter().any(|f| f == "Tomas Ekdahl"), "{listed:?}");
}

/// Three invented reports of one fund-raiser: hedged round figures and
/// the precise ones they allow carry each other, figures outside the
/// hedge do not; in a German report, a compound of a name another report
/// writes ("Lindau-Brücke") is no fact of its own.
#[test]
fn hedged_round_figures_allow_the_precise_ones_inside_them() {
    let a = "Bridge appeal closes\n\n\
The appeal to rebuild the Lindau footbridge raised more than $2 million, its organisers said on Friday.\n\n\
Nearly 1,000 volunteers helped at the events over the summer, they said.\n\n\
The town council added about 40 staff to run the final weekend.";
    let b = "Footbridge appeal ends\n\n\
Organisers of the Lindau footbridge appeal said it raised $2.3 million in total.\n\n\
Some 950 volunteers took part in the summer events, according to the organisers.\n\n\
There were 70 staff on duty on the final weekend.";
    let g = "Spendenaktion beendet\n\n\
Die Spendenaktion f\u{fc}r die Lindau-Br\u{fc}cke ist abgeschlossen. Die neue Br\u{fc}cke soll im Mai er\u{f6}ffnet werden.";
    let c = compare(&[a, b, g]);
    for (report, fits) in [(0, "more than $2 million"), (1, "$2.3 million")] {
        assert!(
            !facts_of(&c, report).iter().any(|f| f == fits),
            "{fits} is carried by the other report: {:?}",
            facts_of(&c, report)
        );
    }
    assert!(
        !facts_of(&c, 0)
            .iter()
            .any(|f| f == "Nearly 1,000 volunteers")
    );
    assert!(
        !facts_of(&c, 2).iter().any(|f| f.contains("Lindau")),
        "{:?}",
        facts_of(&c, 2)
    );
    // "about 40 staff" and "70 staff" differ: a conflict, listed as one
    // and not as either report's own detail.
    let staff: Vec<(usize, &str)> = c
        .analysis
        .conflicts
        .iter()
        .flat_map(|k| k.values.iter().map(|v| (v.article, v.text.as_str())))
        .filter(|(_, t)| t.ends_with("staff"))
        .collect();
    assert_eq!(staff, [(0, "about 40 staff"), (1, "70 staff")]);
    assert!(!facts_of(&c, 0).iter().any(|f| f == "about 40 staff"));
    assert!(!facts_of(&c, 1).iter().any(|f| f == "70 staff"));
}

/// Review R8: names translated word by word pair off across languages,
/// people's names never do, however alike ("María Costa" / "Mario
/// Castro", two people of one row).
#[test]
fn translated_names_pair_off_and_people_never_do() {
    let en = "Hotel fire in Vallmar\n\n\
Fire broke out at the Hotel Miramar in Vallmar on 3 May 2030, and the Coastal Guard rescued 40 guests, firefighter Mario Castro said.\n\n\
The hotel had passed an inspection in 2029.";
    let es = "Incendio en un hotel de Vallmar\n\n\
El fuego comenz\u{f3} en el Hotel Miramar de Vallmar el 3 de mayo de 2030 y la Guardia Costera rescat\u{f3} a 40 hu\u{e9}spedes, dijo la bombera Mar\u{ed}a Costa.\n\n\
Nadie result\u{f3} herido de gravedad.";
    let c = compare(&[en, es]);
    assert!(
        facts_of(&c, 0).iter().any(|f| f == "Mario Castro"),
        "{:?}",
        facts_of(&c, 0)
    );
    assert!(
        facts_of(&c, 1).iter().any(|f| f == "Mar\u{ed}a Costa"),
        "{:?}",
        facts_of(&c, 1)
    );
    assert!(
        !facts_of(&c, 1).iter().any(|f| f.contains("Guardia")),
        "{:?}",
        facts_of(&c, 1)
    );
    assert!(
        !facts_of(&c, 0).iter().any(|f| f.contains("Coastal Guard")),
        "{:?}",
        facts_of(&c, 0)
    );
}

const BUDGET_A: &str = "Lornby council rejects budget\n\n\
The Lornby city council rejected the mayor's spending plan on Tuesday, sending it back for a second vote.\n\n\
Council members said the plan cut too deeply into library and park funding.\n\n\
This is the fourth time in three years that the council has used its veto against a budget from Mayor Tessa Ondrake.\n\n\
The mayor's office said a revised plan would be ready within two weeks.";

const BUDGET_B: &str = "Council sends Lornby budget back\n\n\
Lornby's city council on Tuesday rejected the spending plan of the mayor, which now goes to a second vote.\n\n\
Members of the council said library and park funding had been cut too deeply.\n\n\
Earlier, council members vetoed a draft budget from the mayor that the Greenway caucus and the Harbour Traders Guild had backed.\n\n\
A spokesman for the mayor said a revised plan would come within two weeks.";

/// Two linked sentences (both about the council's veto) each add details
/// of their own: neither is a report's own claim, so neither is a unique
/// fact; each lists its details as an added detail of the link.
#[test]
fn linked_sentences_add_details_and_are_not_both_unique() {
    let c = compare(&[BUDGET_A, BUDGET_B]);
    let veto = |a: usize| {
        if a == 0 {
            "This is the fourth time"
        } else {
            "Earlier, council members vetoed"
        }
    };
    let link = c.alignment.links.iter().find(|l| {
        let text = |s: storydiff::model::SentenceRef| {
            c.articles[s.article].paragraphs[s.paragraph].sentence(s.sentence)
        };
        text(l.a).starts_with(veto(0)) && text(l.b).starts_with(veto(1))
    });
    assert!(link.is_some(), "the two veto sentences are linked");
    for a in 0..2 {
        assert!(
            !c.analysis
                .unique_facts
                .iter()
                .any(|u| u.article == a && u.sentence.starts_with(veto(a))),
            "report {a}'s veto sentence is no unique fact"
        );
    }
    let details = |a: usize| -> Vec<&str> {
        c.analysis
            .added_details
            .iter()
            .filter(|u| u.article == a && u.sentence.starts_with(veto(a)))
            .flat_map(|u| u.facts.iter().map(String::as_str))
            .collect()
    };
    assert_eq!(details(0), ["fourth time", "three years", "Tessa Ondrake"]);
    assert_eq!(details(1), ["Greenway", "Harbour Traders Guild"]);
}
