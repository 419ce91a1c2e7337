//! View model tests on the bundled samples and the CJK/emoji fixture.

use super::*;
use crate::align::{LinkGrade, SentenceLink};
use crate::analysis::{OffTopic, Quote, QuoteOccurrence, QuoteStatus, UniqueFact};
use crate::load::{Format, parse_text};
use crate::model::SentenceRef;
use crate::{Comparison, Options};

fn samples() -> Comparison {
    Comparison::new(crate::load::samples(), &Options::default())
}

pub(super) fn cjk() -> Comparison {
    let mut arts = Vec::new();
    for (name, text) in [
        ("cjk_a.txt", include_str!("../../tests/fixtures/cjk_a.txt")),
        ("cjk_b.txt", include_str!("../../tests/fixtures/cjk_b.txt")),
    ] {
        arts.extend(parse_text(name, text, Format::Plain).expect("fixture parses"));
    }
    Comparison::new(arts, &Options::default())
}

fn text_of(p: &ViewParagraph) -> String {
    p.segments.iter().map(|s| s.text.as_str()).collect()
}

fn find<'v>(vm: &'v ViewModel, col: usize, needle: &str) -> (usize, &'v ViewParagraph) {
    vm.rows
        .iter()
        .enumerate()
        .find_map(|(i, r)| {
            r.cells[col]
                .iter()
                .find(|p| text_of(p).contains(needle))
                .map(|p| (i, p))
        })
        .expect("paragraph is shown")
}

fn marked(p: &ViewParagraph, mark: Mark) -> Vec<&str> {
    p.segments
        .iter()
        .filter(|s| s.mark == mark)
        .map(|s| s.text.as_str())
        .collect()
}

#[test]
fn every_paragraph_once_and_text_kept() {
    for cmp in [samples(), cjk()] {
        let vm = build(&cmp, &ViewOptions::all(&cmp));
        for (col, &a) in vm.columns().iter().enumerate() {
            let shown: Vec<usize> = vm
                .rows
                .iter()
                .flat_map(|r| r.cells[col].iter().map(|p| p.paragraph))
                .collect();
            let all: Vec<usize> = (0..cmp.articles[a].paragraphs.len()).collect();
            let mut sorted = shown.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, all);
            for r in &vm.rows {
                for p in &r.cells[col] {
                    assert_eq!(text_of(p), cmp.articles[a].paragraphs[p.paragraph].text);
                    assert_eq!(
                        vm.row_of[&(a, p.paragraph)],
                        vm.rows.iter().position(|x| x == r).unwrap()
                    );
                }
            }
        }
        assert!(
            vm.rows
                .iter()
                .all(|r| r.cells.iter().any(|c| !c.is_empty()))
        );
    }
}

#[test]
fn samples_headers_and_title_changes() {
    let cmp = samples();
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    assert_eq!(vm.headers.len(), 2);
    assert_eq!(
        vm.headers[0].title,
        "Trump declares US-Russia relations may be at 'all-time low'"
    );
    assert_eq!(vm.headers[1].label, "004_0290fbc7ad97d892.txt");
    assert!(vm.headers[0].summary.starts_with("22 paragraphs, "));
    assert!(vm.headers[1].summary.starts_with("13 paragraphs, "));
    // The titles share the first row; each side marks its own words.
    let row = &vm.rows[0];
    assert_eq!(row.status, RowStatus::Matched);
    assert_eq!(
        marked(&row.cells[0][0], Mark::Deleted),
        ["Trump declares ", "may be "]
    );
    assert_eq!(
        marked(&row.cells[1][0], Mark::Inserted),
        [" after Syria attacks"]
    );
    assert_eq!(row.cells[0][0].kind, ParaKind::Title);
    // The dateline is meta, never compared.
    let (i, p) = find(&vm, 0, "Posted April 17, 2017");
    assert_eq!(vm.rows[i].status, RowStatus::Meta);
    assert_eq!(marked(p, Mark::Meta), ["Posted April 17, 2017"]);
}

#[test]
fn samples_linked_sentence_replacement() {
    let cmp = samples();
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    let (i, left) = find(&vm, 0, "Tillerson called for Assad");
    let right = &vm.rows[i].cells[1][0];
    assert_eq!(marked(left, Mark::Replaced), ["called for Assad to"]);
    assert_eq!(
        marked(right, Mark::Replaced),
        ["reiterated the US position that Assad must"]
    );
    assert_eq!(marked(right, Mark::Inserted), [" in Syria"]);
    assert!(vm.nav.changes.contains(&i));
    // Selecting the left sentence lights up the right one.
    let s = left
        .segments
        .iter()
        .find(|s| s.mark == Mark::Replaced)
        .unwrap();
    let there = &vm.counterparts[&s.sentence.unwrap()];
    assert_eq!(there[0].article, 1);
    assert_eq!(vm.row_of_sentence(there[0]), Some(i));
    // Inline: the left words deleted, the right ones inserted, in order.
    let inline: Vec<(Mark, &str)> = vm.rows[i].inline[0]
        .segments
        .iter()
        .filter(|s| s.mark.is_change())
        .map(|s| (s.mark, s.text.as_str()))
        .collect();
    assert_eq!(
        inline,
        [
            (Mark::Deleted, "called for Assad to"),
            (Mark::Inserted, "reiterated the US position that Assad must"),
            (Mark::Inserted, " in Syria"),
        ]
    );
}

#[test]
fn one_column_drops_rows_it_lacks() {
    let cmp = samples();
    let vm = build(&cmp, &ViewOptions { columns: vec![1] });
    assert_eq!(vm.rows.len(), cmp.articles[1].paragraphs.len());
    // Unknown and repeated columns are ignored; none left means all.
    let vm = build(
        &cmp,
        &ViewOptions {
            columns: vec![1, 1, 9],
        },
    );
    assert_eq!(vm.columns(), [1]);
    let vm = build(&cmp, &ViewOptions { columns: vec![] });
    assert_eq!(vm.columns(), [0, 1]);
}

#[test]
fn reversed_columns_swap_inserted_and_deleted() {
    let cmp = samples();
    let vm = build(&cmp, &ViewOptions::pair(1, 0));
    let row = &vm.rows[0];
    assert_eq!(
        marked(&row.cells[0][0], Mark::Deleted),
        [" after Syria attacks"]
    );
    assert_eq!(
        marked(&row.cells[1][0], Mark::Inserted),
        ["Trump declares ", "may be "]
    );
}

#[test]
fn analysis_results_become_highlights() {
    let mut cmp = samples();
    cmp.analysis = crate::analysis::Analysis::default();
    let para = &cmp.articles[0].paragraphs[3].text;
    let quote = "There is a low level of trust between our two countries";
    let start = para.find(quote).unwrap();
    cmp.analysis.quotes.push(Quote {
        status: QuoteStatus::Unique,
        scare: false,
        speaker_conflict: false,
        occurrences: vec![QuoteOccurrence {
            article: 0,
            paragraph: 3,
            text: quote.into(),
            span: start..start + quote.len(),
            parts: vec![(3, start..start + quote.len())],
            speaker: Some("Tillerson".into()),
        }],
        diff: Vec::new(),
    });
    cmp.analysis.unique_facts.push(UniqueFact {
        article: 1,
        paragraph: 4,
        sentence_index: 0,
        sentence: cmp.articles[1].paragraphs[4].sentence(0).into(),
        facts: vec!["59 Tomahawk cruise missiles".into()],
        spans: std::iter::once(39..66).collect(),
        salience: 1.0,
    });
    cmp.analysis.offtopic.push(OffTopic {
        article: 0,
        paragraph: 12,
        reason: "another story".into(),
    });
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    let (qi, p) = find(&vm, 0, quote);
    let q: Vec<&Segment> = p.segments.iter().filter(|s| s.quote.is_some()).collect();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, quote);
    assert_eq!(q[0].shown_mark(), Mark::UniqueQuote);
    assert_eq!(text_of(p), cmp.articles[0].paragraphs[3].text);
    assert_eq!(vm.nav.quotes, [qi]);
    assert_eq!(vm.report.quotes[0].places[0].row, Some(qi));
    assert_eq!(
        vm.report.quotes[0].places[0].speaker.as_deref(),
        Some("Tillerson")
    );

    let (fi, p) = find(&vm, 1, "59 Tomahawk");
    assert_eq!(marked(p, Mark::UniqueFact), ["59 Tomahawk cruise missiles"]);
    assert_eq!(text_of(p), cmp.articles[1].paragraphs[4].text);
    assert_eq!(vm.nav.unique_facts, [fi]);
    assert_eq!(vm.report.unique_facts[0].row, Some(fi));

    let (oi, p) = find(&vm, 0, "In a message sent to TechCrunch");
    assert_eq!(vm.rows[oi].status, RowStatus::OffTopic);
    assert!(p.segments.iter().all(|s| s.mark == Mark::OffTopic));
    assert_eq!(vm.report.offtopic[0].reason, "another story");
}

#[test]
fn cjk_fixture_rows_and_similarity() {
    let mut cmp = cjk();
    // The view's own statuses, whatever the analysis makes of the fixture.
    cmp.analysis = crate::analysis::Analysis::default();
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    let (i, left) = find(&vm, 0, "台风海葵周日下午");
    assert_eq!(vm.rows[i].status, RowStatus::Matched);
    assert_eq!(marked(left, Mark::Deleted), ["下午"]);
    assert_eq!(marked(&vm.rows[i].cells[1][0], Mark::Replaced), ["说"]);
    let (j, _) = find(&vm, 1, "航班取消");
    assert_eq!(vm.rows[j].status, RowStatus::Unmatched);
    assert_eq!(vm.rows[j].present, [1]);
    let sim = &vm.report.similarity;
    assert_eq!(sim[0][0], 1.0);
    assert_eq!(sim[0][1], sim[1][0]);
    assert!(
        sim[0][1] > 0.5,
        "the fixture's reports mostly agree: {sim:?}"
    );
}

#[test]
fn navigation_steps() {
    let list = [2, 5, 9];
    assert_eq!(Navigation::next(&list, 0), Some(2));
    assert_eq!(Navigation::next(&list, 5), Some(9));
    assert_eq!(Navigation::next(&list, 9), None);
    assert_eq!(Navigation::previous(&list, 9), Some(5));
    assert_eq!(Navigation::previous(&list, 2), None);
}

/// A link between two sentences of the samples, with its word diff.
fn crafted_link(cmp: &Comparison, a: SentenceRef, b: SentenceRef, sim: f64) -> SentenceLink {
    let text =
        |s: SentenceRef| cmp.articles[s.article].paragraphs[s.paragraph].sentence(s.sentence);
    SentenceLink {
        a,
        b,
        similarity: sim,
        grade: LinkGrade::Same,
        diff: crate::align::diff_spans(text(a), text(b)),
    }
}

/// The first sentence of report `a` containing `needle`.
fn sentence_with(cmp: &Comparison, a: usize, needle: &str) -> SentenceRef {
    cmp.articles[a]
        .paragraphs
        .iter()
        .enumerate()
        .find_map(|(p, para)| {
            para.sentence_texts()
                .position(|t| t.contains(needle))
                .map(|s| SentenceRef {
                    article: a,
                    paragraph: p,
                    sentence: s,
                })
        })
        .expect("sentence in the samples")
}

#[test]
fn changes_are_against_the_paragraph_beside() {
    // B's sentence links to a sentence of A in its own row and, better, to
    // one elsewhere: the row shows it against the one beside it.
    let mut cmp = samples();
    let b = sentence_with(&cmp, 1, "Tillerson reiterated the US position");
    let row = cmp.alignment.row_of(1, b.paragraph).expect("in a row");
    let near_para = cmp.alignment.rows[row].cells[0][0];
    let near = SentenceRef {
        article: 0,
        paragraph: near_para,
        sentence: 0,
    };
    let far = sentence_with(&cmp, 0, "Assad was behind the attack");
    assert_ne!(far.paragraph, near_para);
    let near_link = crafted_link(&cmp, near, b, 0.4);
    let far_link = crafted_link(&cmp, far, b, 0.9);
    cmp.alignment.links = vec![near_link.clone(), far_link];
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    let right = vm
        .rows
        .iter()
        .find_map(|r| r.cells[1].iter().find(|p| p.paragraph == b.paragraph))
        .expect("B's paragraph is shown");
    let want: String = near_link
        .runs(&cmp.articles)
        .filter(|r| r.op == crate::align::DiffOp::Equal)
        .map(|r| r.b)
        .collect();
    assert!(!want.trim().is_empty());
    assert_eq!(marked(right, Mark::Equal).concat().trim(), want.trim());
}

#[test]
fn a_link_into_another_row_marks_no_changes_side_by_side() {
    // B's sentence links only to a sentence of A in another row: side by
    // side, its words are not marked against text that is not beside it.
    let mut cmp = samples();
    let b = sentence_with(&cmp, 1, "Tillerson reiterated the US position");
    let row = cmp.alignment.row_of(1, b.paragraph).expect("in a row");
    let far = sentence_with(&cmp, 0, "Assad was behind the attack");
    assert!(!cmp.alignment.rows[row].cells[0].contains(&far.paragraph));
    cmp.alignment.links = vec![crafted_link(&cmp, far, b, 0.9)];
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    let right = vm
        .rows
        .iter()
        .find_map(|r| r.cells[1].iter().find(|p| p.paragraph == b.paragraph))
        .expect("B's paragraph is shown");
    assert!(right.segments.iter().all(|s| !s.mark.is_change()));
    assert!(marked(right, Mark::Equal).is_empty());
}

#[test]
fn related_links_are_marked_whole() {
    // A related link shows its sentence as related, without a word diff.
    let mut cmp = samples();
    let b = sentence_with(&cmp, 1, "Tillerson reiterated the US position");
    let row = cmp.alignment.row_of(1, b.paragraph).expect("in a row");
    let beside = cmp.alignment.rows[row].cells[0][0];
    let a = SentenceRef {
        article: 0,
        paragraph: beside,
        sentence: 0,
    };
    let text = cmp.articles[0].paragraphs[beside].sentence(0).to_string();
    let mut link = crafted_link(&cmp, a, b, 0.3);
    link.grade = LinkGrade::Related;
    cmp.alignment.links = vec![link];
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    let (_, left) = find(&vm, 0, &text);
    assert_eq!(marked(left, Mark::Related), [text.as_str()]);
    assert!(left.segments.iter().all(|s| !s.mark.is_change()));
}

/// Review R5: a link whose byte ranges do not fit its sentences (made for
/// other texts: out of range, or cutting a character in two) leaves the
/// sentence unmarked instead of panicking.
#[test]
fn a_link_whose_ranges_do_not_fit_its_sentences_is_shown_unmarked() {
    let arts: Vec<_> = [
        ("a.txt", "Caf\u{e9} owners met.\n\nThe mayor spoke at noon."),
        (
            "b.txt",
            "Caf\u{e9} owners gathered.\n\nThe mayor spoke at noon.",
        ),
    ]
    .iter()
    .flat_map(|(n, t)| parse_text(n, t, Format::Plain).expect("fixture parses"))
    .collect();
    let cmp = Comparison::new(arts, &Options::default());
    let s = |article| SentenceRef {
        article,
        paragraph: 0,
        sentence: 0,
    };
    let text = cmp.articles[0].paragraphs[0].sentence(0);
    let span = |a: std::ops::Range<u32>, b: std::ops::Range<u32>| crate::align::DiffSpan {
        op: crate::align::DiffOp::Equal,
        a,
        b,
    };
    for diff in [
        // Past the sentence's end.
        vec![span(0..500, 0..500)],
        // Inside the two bytes of "é" (bytes 3..5).
        vec![span(0..4, 0..4), span(4..20, 4..6)],
    ] {
        let link = SentenceLink {
            a: s(0),
            b: s(1),
            similarity: 0.9,
            grade: LinkGrade::Same,
            diff,
        };
        assert!(super::cells::sided_runs(&cmp.articles, &link, s(0), text).is_none());
    }
    // The link's own diff fits.
    let own = crafted_link(&cmp, s(0), s(1), 0.9);
    assert!(super::cells::sided_runs(&cmp.articles, &own, s(0), text).is_some());
}
