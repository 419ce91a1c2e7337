//! Paragraph rows in context: a paragraph between two matched neighbours
//! takes the row between them on weaker evidence, the same paragraph out
//! of order does not, a report that splits a paragraph in two keeps both
//! halves in its row; and, on generated reports, the rows' invariants.
//! Fixtures are invented (a flooded town library).

use std::collections::HashSet;

use proptest::prelude::*;
use storydiff::align::{AlignOptions, Alignment, align};
use storydiff::load::{Format, parse_text};
use storydiff::model::{Article, ParaKind};
use storydiff::text::terms;

fn article(name: &str, paragraphs: &[&str]) -> Article {
    parse_text(name, &paragraphs.join("\n\n"), Format::Plain)
        .expect("fixture parses")
        .remove(0)
}

fn cells(al: &Alignment) -> Vec<Vec<Vec<usize>>> {
    al.rows.iter().map(|r| r.cells.clone()).collect()
}

const PIVOT: [&str; 5] = [
    "Flood closes town library",
    "Heavy rain flooded the basement of the Kelby town library on Tuesday night, ruining about four thousand books stored there.",
    "Volunteers spent Wednesday carrying damp boxes of books up to the reading room, where fans were set up to dry the pages.",
    "The head librarian, Marta Oyelaran, said the building would stay shut for at least three weeks while the wiring is checked.",
    "Insurance is expected to cover the repairs, according to the town council.",
];

const TITLE: &str = "Kelby library shut after basement flood";
const LEAD: &str = "About four thousand books were ruined when heavy rain flooded the basement of the Kelby town library on Tuesday night.";
/// Tells the pivot's third paragraph in other words: too little shared
/// wording for a row on its own.
const HELPERS: &str =
    "The next morning dozens of helpers hauled soggy cartons upstairs so the paper could dry.";
const SHUT: &str = "Librarian Marta Oyelaran said the building would stay shut for at least three weeks while electricians check the wiring.";
const COUNCIL: &str = "The town council expects insurance to cover the repairs.";

fn rows_of(other: &[&str]) -> Vec<Vec<Vec<usize>>> {
    let arts = vec![article("a.txt", &PIVOT), article("b.txt", other)];
    cells(&align(&arts, &AlignOptions::default()))
}

#[test]
fn verbatim_datelines_share_a_row_and_repeated_ones_pair_in_order() {
    let pivot = [
        PIVOT[0],
        "Posted March 3, 2031",
        PIVOT[1],
        "Updated March 3, 2031 at 9:40",
        PIVOT[2],
        "Posted March 3, 2031",
    ];
    let other = [
        TITLE,
        "Posted March 3, 2031",
        LEAD,
        "Posted March 3, 2031",
        "Updated March 4, 2031 at 7:15",
    ];
    let arts = vec![article("a.txt", &pivot), article("b.txt", &other)];
    for (a, b) in arts.iter().zip([[1, 3, 5], [1, 3, 4]]) {
        assert!(b.iter().all(|&i| a.paragraphs[i].kind == ParaKind::Meta));
    }
    let rows = cells(&align(&arts, &AlignOptions::default()));
    let row_with = |r: usize, p: usize| rows.iter().position(|c| c[r].contains(&p)).unwrap();
    // The first copy with the first, the second with the second.
    assert_eq!(row_with(1, 1), row_with(0, 1));
    assert_eq!(row_with(1, 3), row_with(0, 5));
    // A dateline that differs by a word stays alone; so does the pivot's.
    assert_eq!(rows[row_with(1, 4)][0], Vec::<usize>::new());
    assert_eq!(rows[row_with(0, 3)][1], Vec::<usize>::new());
}

#[test]
fn a_paraphrase_between_matched_neighbours_takes_the_row_between_them() {
    let rows = rows_of(&[TITLE, LEAD, HELPERS, SHUT, COUNCIL]);
    let expected: Vec<Vec<Vec<usize>>> = (0..5).map(|i| vec![vec![i], vec![i]]).collect();
    assert_eq!(rows, expected);
}

#[test]
fn the_same_paraphrase_out_of_order_stays_alone() {
    // After the last matched paragraph there is no row left to take.
    let rows = rows_of(&[TITLE, LEAD, SHUT, COUNCIL, HELPERS]);
    assert_eq!(
        rows,
        vec![
            vec![vec![0], vec![0]],
            vec![vec![1], vec![1]],
            vec![vec![2], vec![]],
            vec![vec![3], vec![2]],
            vec![vec![4], vec![3]],
            vec![vec![], vec![4]],
        ]
    );
}

#[test]
fn a_paragraph_told_in_two_keeps_both_halves_in_its_row() {
    let rows = rows_of(&[
        TITLE,
        LEAD,
        HELPERS,
        "Librarian Marta Oyelaran said the building would stay shut for at least three weeks.",
        "The wiring will be checked first, the head librarian added.",
        COUNCIL,
    ]);
    assert_eq!(
        rows,
        vec![
            vec![vec![0], vec![0]],
            vec![vec![1], vec![1]],
            vec![vec![2], vec![2]],
            vec![vec![3], vec![3, 4]],
            vec![vec![4], vec![5]],
        ]
    );
}

#[test]
fn a_third_report_joins_the_rows_the_second_filled() {
    let arts = vec![
        article("a.txt", &PIVOT),
        article("b.txt", &[TITLE, LEAD, HELPERS, SHUT, COUNCIL]),
        article("c.txt", &[TITLE, LEAD, SHUT, COUNCIL]),
    ];
    let rows = cells(&align(&arts, &AlignOptions::default()));
    assert_eq!(
        rows,
        vec![
            vec![vec![0], vec![0], vec![0]],
            vec![vec![1], vec![1], vec![1]],
            vec![vec![2], vec![2], vec![]],
            vec![vec![3], vec![3], vec![2]],
            vec![vec![4], vec![4], vec![3]],
        ]
    );
}

/// A sentence of 3-12 lower-case pseudo-words, capitalised, with a full stop.
fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z]{3,9}", 3..12).prop_map(|ws| {
        let mut s = ws.join(" ");
        s[..1].make_ascii_uppercase();
        s.push('.');
        s
    })
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|ss| ss.join(" "))
}

/// A pivot report and 1-3 others that keep some of its paragraphs (in
/// order) and add their own.
fn cluster() -> impl Strategy<Value = Vec<Vec<String>>> {
    let other = (
        prop::collection::vec(any::<bool>(), 8),
        prop::collection::vec(paragraph(), 0..4),
        any::<u16>(),
    );
    (
        prop::collection::vec(paragraph(), 2..9),
        prop::collection::vec(other, 1..4),
    )
        .prop_map(|(base, others)| {
            let mut out = vec![base.clone()];
            for (keep, own, seed) in others {
                let mut r: Vec<String> = base
                    .iter()
                    .zip(keep.iter().cycle())
                    .filter(|(_, k)| **k)
                    .map(|(p, _)| p.clone())
                    .collect();
                for (i, p) in own.into_iter().enumerate() {
                    let at = (usize::from(seed) + i * 7) % (r.len() + 1);
                    r.insert(at, p);
                }
                if r.is_empty() {
                    r.push(base[0].clone());
                }
                out.push(r);
            }
            out
        })
}

fn content_terms(text: &str) -> HashSet<String> {
    terms(text).into_iter().map(|t| t.key).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn rows_hold_each_paragraph_once_and_only_related_paragraphs(reports in cluster()) {
        let arts: Vec<Article> = reports
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let ps: Vec<&str> = r.iter().map(String::as_str).collect();
                article(&format!("{i}.txt"), &ps)
            })
            .collect();
        let al = align(&arts, &AlignOptions::default());
        let mut seen = HashSet::new();
        for row in &al.rows {
            for (a, cell) in row.cells.iter().enumerate() {
                for &p in cell {
                    prop_assert!(seen.insert((a, p)), "report {a} paragraph {p} in two rows");
                }
            }
        }
        let total: usize = arts.iter().map(|a| a.paragraphs.len()).sum();
        prop_assert_eq!(seen.len(), total);
        for row in &al.rows {
            if row.coverage() < 2 {
                continue;
            }
            for (a, cell) in row.cells.iter().enumerate() {
                for &p in cell {
                    let para = &arts[a].paragraphs[p];
                    if para.kind == ParaKind::Title {
                        continue;
                    }
                    // Linked to the row: it shares wording with a paragraph
                    // of another report there (no row by position alone).
                    let mine = content_terms(&para.text);
                    let related = row.cells.iter().enumerate().any(|(b, other)| {
                        b != a
                            && other.iter().any(|&q| {
                                !content_terms(&arts[b].paragraphs[q].text).is_disjoint(&mine)
                            })
                    });
                    prop_assert!(related, "report {a} paragraph {p} shares nothing with its row");
                }
            }
        }
    }

    #[test]
    fn a_kept_paragraph_shares_the_row_of_its_source(reports in cluster()) {
        let arts: Vec<Article> = reports
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let ps: Vec<&str> = r.iter().map(String::as_str).collect();
                article(&format!("{i}.txt"), &ps)
            })
            .collect();
        let al = align(&arts, &AlignOptions::default());
        let row_of = |a: usize, p: usize| al.rows.iter().position(|r| r.cells[a].contains(&p));
        for (a, art) in arts.iter().enumerate().skip(1) {
            for (p, para) in art.paragraphs.iter().enumerate() {
                // A verbatim copy of exactly one pivot paragraph, itself
                // told once in this report: one row for both.
                let sources: Vec<usize> = arts[0]
                    .paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.text == para.text)
                    .map(|(i, _)| i)
                    .collect();
                let copies = art.paragraphs.iter().filter(|q| q.text == para.text).count();
                if sources.len() == 1 && copies == 1 && para.kind != ParaKind::Title {
                    prop_assert_eq!(row_of(a, p), row_of(0, sources[0]));
                }
            }
        }
    }
}
