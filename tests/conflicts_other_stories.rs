//! Conflicting figures in kinds of stories other than tolls (invented
//! reports written for these tests): court reports, company results,
//! match reports, disasters whose toll was updated, ages, days and clock
//! times, percentages and distances; and the look-alikes that are no
//! conflict (another period, another game, a half-time score, when
//! something was said, an earlier toll the report itself updates).

mod plain;

use plain::{Found, compare, conflicts};

/// Every conflict, in order.
fn found(texts: &[&str]) -> Vec<Found> {
    conflicts(&compare(texts))
}

/// One expected conflict.
fn conflict(what: &str, values: &[(usize, &str, &str)]) -> Found {
    (
        what.to_string(),
        values
            .iter()
            .map(|(a, t, v)| (*a, (*t).to_string(), (*v).to_string()))
            .collect(),
    )
}

#[test]
fn court_report_terms_and_fines() {
    let a = "Former mayor jailed over tender fraud\n\n\
A former mayor of Hollin Bay was jailed for six years on Thursday for rigging council building tenders, a court in Marrow heard.\n\n\
Judge Anna Pell also fined Derek Tolland $2,000 and ordered him to repay the money he took.\n\n\
Tolland, 52, had denied the charges throughout the trial.";
    let b = "Ex-mayor of Hollin Bay gets prison term\n\n\
Derek Tolland, the former mayor of Hollin Bay, was handed a seven-year sentence on Thursday for rigging council building tenders.\n\n\
The judge in Marrow also fined him 2,500 dollars and ordered him to repay the money he took.\n\n\
Tolland, 52, had denied the charges throughout the trial, his lawyer said.";
    assert_eq!(
        found(&[a, b]),
        vec![
            conflict(
                "prison term",
                &[
                    (0, "six years", "72 months"),
                    (1, "seven-year", "84 months")
                ]
            ),
            // "Judge Anna Pell" and "the judge" are one owner: the other
            // sentence names her title.
            conflict(
                "amount fined",
                &[(0, "$2,000", "$2000"), (1, "2,500 dollars", "$2500")]
            ),
        ]
    );
}

const RESULTS_A: &str = "Orlen Foods profit rises\n\n\
Orlen Foods said on Tuesday its revenue rose to $2.1bn in the three months to June, helped by strong demand for frozen meals.\n\n\
Shares in the company fell 5% in early trading after it warned of higher costs.\n\n\
Revenue was up 3% on the year, the company said.";

const RESULTS_B: &str = "Orlen Foods posts higher sales\n\n\
Frozen meals maker Orlen Foods reported revenue of $2.3 billion for the quarter to June on Tuesday, citing strong demand.\n\n\
Its shares fell 7% in early trading after the company warned of higher costs.\n\n\
Quarterly revenue was up 8% from the previous quarter.";

#[test]
fn company_results_revenue_and_share_moves() {
    // "$2.1bn" is $2.1 billion; the yearly 3% and the quarterly 8% are
    // figures for two periods, though their sentences are linked.
    assert_eq!(
        found(&[RESULTS_A, RESULTS_B]),
        vec![
            conflict(
                "amount: revenue",
                &[
                    (0, "$2.1bn", "$2.1 billion"),
                    (1, "$2.3 billion", "$2.3 billion")
                ]
            ),
            conflict("percentage: fell", &[(0, "5%", "5%"), (1, "7%", "7%")]),
        ]
    );
}

#[test]
fn rounded_amounts_and_other_companies_agree() {
    let a = "Orlen Foods sales up\n\n\
Orlen Foods said its revenue rose 4% to $2.1bn in the three months to June.\n\n\
Kelda Steel shares fell 5% after a profit warning.";
    let b = "Orlen Foods grows\n\n\
Orlen Foods reported revenue of $2.13 billion for the quarter, up 4.2% on a year earlier.\n\n\
Orlen Foods shares fell 2% in early trading.";
    assert_eq!(found(&[a, b]), vec![]);
    // A whole percentage is another rounded to it (review R1).
    let a = "Turnout\n\nTurnout in the regional election was 54%, the electoral board said.";
    let b = "Vote turnout\n\nTurnout in the regional election was 54.3%, the electoral board said.";
    assert_eq!(found(&[a, b]), vec![]);
}

/// A capitalised first word ("Shares") names no owner the other
/// sentence's lower-case "shares" shares: two companies' moves are no
/// conflict (review R2).
#[test]
fn two_companies_share_moves_are_no_conflict() {
    let a = "Markets\n\nShares in Kelda Steel fell 5% after a profit warning on Monday.";
    let b = "Markets today\n\nOrlen Foods shares fell 7% after a profit warning on Monday.";
    assert_eq!(found(&[a, b]), vec![]);
}

#[test]
fn match_results_but_not_half_time_or_other_games() {
    let a = "Rovers edge Town in cup final\n\n\
Rovers beat Town 3-1 in the cup final at Kelby Park on Saturday, with Sam Odell scoring twice.\n\n\
A crowd of 41,000 watched the match.";
    let b = "Odell double wins cup for Rovers\n\n\
Rovers beat Town 3-2 in the cup final at Kelby Park on Saturday, with Sam Odell scoring twice.\n\n\
A crowd of 41,000 watched the match.";
    assert_eq!(
        found(&[a, b]),
        vec![conflict(
            "final score",
            &[(0, "3-1", "3-1"), (1, "3-2", "3-2")]
        )]
    );
    let a = "Rovers win again\n\n\
Rovers beat Town 3-1 at Kelby Park on Saturday, a week after losing 2-0 to City.\n\n\
Town led 1-0 at half-time through a penalty.";
    let b = "Rovers bounce back\n\n\
Rovers beat Town 3-1 at Kelby Park on Saturday.\n\n\
Town had led 2-0 at half-time before Rovers hit back.";
    assert_eq!(found(&[a, b]), vec![]);
}

#[test]
fn an_updated_toll_conflicts_and_the_report_s_own_earlier_toll_does_not() {
    let a = "Quake toll rises in mountain province\n\n\
The death toll from an earthquake in the mountain province of Tavre rose to 14 on Monday, the disaster agency said.\n\n\
Earlier on Monday officials had said 9 people were killed when the quake struck at dawn.\n\n\
Rescuers were still searching collapsed homes in three villages.";
    let b = "Earthquake strikes Tavre province\n\n\
At least 12 people were killed when an earthquake struck the mountain province of Tavre at dawn on Monday, the disaster agency said.\n\n\
Rescuers were still searching collapsed homes in three villages.";
    assert_eq!(
        found(&[a, b]),
        vec![conflict(
            "people killed",
            &[(0, "14", "14"), (1, "At least 12 people", "12")]
        )]
    );
}

#[test]
fn ages_written_two_ways() {
    let a = "Climber rescued on Mount Ferren\n\n\
A climber aged 34 was rescued from Mount Ferren on Wednesday after spending two nights on a ledge, mountain rescue said.";
    let b = "Stranded climber airlifted\n\n\
A 35-year-old climber was rescued from Mount Ferren on Wednesday after spending two nights on a ledge, mountain rescue said.";
    assert_eq!(
        found(&[a, b]),
        vec![conflict(
            "age",
            &[(0, "34", "34"), (1, "35-year-old", "35")]
        )]
    );
}

/// Two people's ages in one sentence, told in another order: each is
/// compared with the same person's (the names before the figures).
#[test]
fn ages_of_two_people_pair_by_name() {
    let a =
        "Council vote\n\nTom Selby, 34, and Ana Ruiz, 35, were elected to the council on Sunday.";
    let b = "Council elected\n\nAna Ruiz, 35, and Tom Selby, 36, were elected to the council on Sunday.";
    assert_eq!(
        found(&[a, b]),
        vec![conflict("age", &[(0, "34", "34"), (1, "36", "36")])]
    );
}

/// Shares of a vote listed in one sentence: the one that differs; a
/// rate "from 4%" the other report leaves out is no conflict.
#[test]
fn a_list_of_percentages_and_a_dropped_earlier_rate() {
    let a = "Regional vote\n\n\
The Green Party won 38% and the Farmers' Union 31%, the electoral board said.\n\n\
Unemployment in the region rose to 5% from 4% last year, the statistics office said.";
    let b = "Region counts votes\n\n\
The Green Party won 38% and the Farmers' Union 29%, the electoral board said.\n\n\
Unemployment in the region rose to 5% last year, the statistics office said.";
    let got = found(&[a, b]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1,
        conflict("", &[(0, "31%", "31%"), (1, "29%", "29%")]).1
    );
}

#[test]
fn days_and_clock_times_of_one_action() {
    let a = "Rail strike called off\n\n\
Train drivers called off a planned rail strike on Tuesday after talks with the operator ended in a deal.\n\n\
The talks began at 9 a.m. and lasted twelve hours, the union said.";
    let b = "Drivers cancel rail strike\n\n\
Train drivers called off a planned rail strike on Wednesday after talks with the operator ended in a deal.\n\n\
The talks began at 10 a.m. and lasted twelve hours, the union said.";
    assert_eq!(
        found(&[a, b]),
        vec![
            conflict(
                "day: strike",
                &[(0, "Tuesday", "Tuesday"), (1, "Wednesday", "Wednesday")]
            ),
            conflict(
                "time: began",
                &[(0, "9 a.m.", "09:00"), (1, "10 a.m.", "10:00")]
            ),
        ]
    );
}

/// The commonest news sentence: the day of the event, then "police
/// said" (review R3).
#[test]
fn the_day_of_the_event_before_its_attribution() {
    let a = "Bridge hit\n\nA lorry hit the Tarrow bridge on Monday, police said.";
    let b = "Tarrow bridge hit\n\nA lorry hit the Tarrow bridge on Tuesday, police said.";
    assert_eq!(
        found(&[a, b]),
        vec![conflict(
            "day: bridge",
            &[(0, "Monday", "Monday"), (1, "Tuesday", "Tuesday")]
        )]
    );
}

#[test]
fn when_something_was_said_and_a_second_day_are_no_conflict() {
    let a = "Bridge closed after crash\n\n\
A lorry hit the Tarrow bridge on Monday, forcing it to close, police said on Tuesday.\n\n\
Engineers will inspect the bridge on Thursday.";
    let b = "Tarrow bridge shut\n\n\
A lorry hit the Tarrow bridge on Monday, forcing it to close, police said on Wednesday.\n\n\
Engineers will inspect the bridge on Thursday and Friday.";
    assert_eq!(found(&[a, b]), vec![]);
}

#[test]
fn percentages_and_distances() {
    let a = "Turnout falls in regional vote\n\n\
Turnout in the regional election fell to 54% on Sunday, the electoral board said.\n\n\
The winning party took 38% of the vote.\n\n\
The new bridge will be 12 km long, the governor said.";
    let b = "Low turnout in regional vote\n\n\
Turnout in the regional election fell to 51% on Sunday, the electoral board said.\n\n\
The winning party took 38 percent of the vote.\n\n\
The new bridge will be 15 kilometres long, the governor said.";
    assert_eq!(
        found(&[a, b]),
        vec![
            conflict("percentage: fell", &[(0, "54%", "54%"), (1, "51%", "51%")]),
            conflict("km", &[(0, "12 km", "12"), (1, "15 kilometres", "15")]),
        ]
    );
}

/// Another event's count in an unlinked sentence ("last year", "another
/// plant"), another group counted, and "dozens" against 40.
#[test]
fn different_subjects_and_vague_words_are_no_conflict() {
    let a = "Factory fire in Dunmore\n\n\
Fire crews fought a blaze at a paint factory in Dunmore on Friday. Forty workers were evacuated, the fire service said.\n\n\
Last year a fire at another plant in the town injured 6 people.\n\n\
Dozens of firefighters were at the scene.";
    let b = "Blaze at Dunmore paint plant\n\n\
Fire crews fought a blaze at a paint factory in Dunmore on Friday, and 40 workers were evacuated, the fire service said.\n\n\
Three firefighters were injured while tackling the blaze.\n\n\
Some 40 firefighters were at the scene.";
    assert_eq!(found(&[a, b]), vec![]);
}

/// A figure the reports give differently is a conflict, not a detail one
/// report adds: neither the added details nor the unique facts list it,
/// while the sentence's other details stay.
#[test]
fn conflicting_figures_are_no_added_details() {
    let a = "Orlen Foods profit rises\n\n\
Orlen Foods said on Tuesday its revenue rose to $2.1bn in the three months to June, helped by strong demand for frozen meals in Tarrow.\n\n\
Shares in the company fell 5% in early trading after it warned of higher costs.";
    let b = "Orlen Foods posts higher sales\n\n\
Orlen Foods said on Tuesday its revenue rose to $2.3bn in the three months to June, helped by strong demand for frozen meals.\n\n\
Shares in the company fell 5% in early trading after it warned of higher costs.";
    let c = compare(&[a, b]);
    let figures: Vec<(usize, String)> = c
        .analysis
        .conflicts
        .iter()
        .flat_map(|k| k.values.iter().map(|v| (v.article, v.text.clone())))
        .collect();
    assert_eq!(
        figures,
        [(0, "$2.1bn".to_string()), (1, "$2.3bn".to_string())]
    );
    let listed: Vec<(usize, String)> = c
        .analysis
        .added_details
        .iter()
        .chain(&c.analysis.unique_facts)
        .flat_map(|u| u.facts.iter().map(move |f| (u.article, f.clone())))
        .collect();
    assert_eq!(listed, [(0, "Tarrow".to_string())]);
}
