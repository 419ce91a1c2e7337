//! The engine on real text: the bundled samples (what the issue says they
//! must show) and fixtures written for the cases alignment must handle.

use storydiff::align::{DiffOp, LinkGrade, SentenceLink};
use storydiff::load::{Format, parse_text};
use storydiff::model::{Article, ParaKind};
use storydiff::{Comparison, Options};

mod common;
use common::assert_each_paragraph_in_one_row;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/engine/{name}")).expect("fixture exists")
}

fn article(name: &str, text: &str) -> Article {
    parse_text(name, text, Format::Plain)
        .expect("fixture parses")
        .remove(0)
}

fn compare(arts: Vec<Article>) -> Comparison {
    Comparison::new(arts, &Options::default())
}

fn sentence(c: &Comparison, r: [usize; 3]) -> &str {
    c.articles[r[0]].paragraphs[r[1]].sentence(r[2])
}

/// Links as `(sentence a, sentence b)` texts.
fn linked_texts(c: &Comparison) -> Vec<(&str, &str)> {
    c.alignment
        .links
        .iter()
        .map(|l| (sentence(c, l.a.triple()), sentence(c, l.b.triple())))
        .collect()
}

fn link_between<'a>(c: &'a Comparison, a: &str, b: &str) -> Option<&'a SentenceLink> {
    c.alignment
        .links
        .iter()
        .find(|l| sentence(c, l.a.triple()).contains(a) && sentence(c, l.b.triple()).contains(b))
}

fn samples() -> Comparison {
    compare(storydiff::load::samples())
}

#[test]
fn samples_link_what_the_issue_names() {
    let c = samples();
    assert!(
        link_between(
            &c,
            "Tillerson called for Assad to eventually relinquish power.",
            "Tillerson reiterated the US position that Assad must eventually relinquish power in Syria."
        )
        .is_some()
    );
    let dialogue = link_between(
        &c,
        "open to dialogues with the different areas",
        "open to dialogue with the US in all different areas",
    )
    .expect("dialogue sentences linked");
    assert!(
        dialogue
            .runs(&c.articles)
            .any(|r| r.op == DiffOp::Replace && r.a == "dialogues" && r.b == "dialogue")
    );
    let titles = link_between(
        &c,
        "Trump declares US-Russia relations may be at 'all-time low'",
        "US-Russia relations at 'all-time low' after Syria attacks",
    )
    .expect("titles linked");
    assert_eq!((titles.a.paragraph, titles.b.paragraph), (0, 0));
    // "The eighth veto of the war" and "Russia vetoed a draft" share a
    // topic, not a claim: never shown as the same thing.
    assert!(
        link_between(
            &c,
            "used its veto power on the Security Council",
            "Russia vetoed a draft resolution"
        )
        .is_none_or(|l| l.grade == LinkGrade::Related)
    );
}

#[test]
fn samples_microsoft_block_is_a_headline_plus_paragraph_linked_with_nothing() {
    let c = samples();
    let a = &c.articles[0];
    let (h, head) = a
        .paragraphs
        .iter()
        .enumerate()
        .find(|(_, p)| p.text.starts_with("Microsoft responds"))
        .expect("headline present");
    assert_eq!(head.kind, ParaKind::Headline);
    assert!(
        a.paragraphs[h + 1]
            .text
            .starts_with("In a message sent to TechCrunch")
    );
    for l in &c.alignment.links {
        for end in [l.a, l.b] {
            assert!(
                !(end.article == 0 && (end.paragraph == h || end.paragraph == h + 1)),
                "Microsoft text linked: {l:?}"
            );
        }
    }
    // The paragraphs sit in rows of their own.
    let row = c.alignment.row_of(0, h + 1).unwrap();
    assert!(c.alignment.rows[row].cells[1].is_empty());
}

#[test]
fn samples_dateline_is_meta_and_every_paragraph_is_in_one_row() {
    let c = samples();
    assert_eq!(c.articles[0].paragraphs[1].kind, ParaKind::Meta);
    assert_eq!(c.articles[0].paragraphs[1].text, "Posted April 17, 2017");
    assert_each_paragraph_in_one_row(&c);
}

/// The rows that hold both a's paragraph starting with `pa` and b's
/// starting with `pb`.
fn same_row(c: &Comparison, a: usize, pa: &str, b: usize, pb: &str) -> bool {
    let find = |r: usize, start: &str| {
        c.articles[r]
            .paragraphs
            .iter()
            .position(|p| p.text.starts_with(start))
            .unwrap_or_else(|| panic!("no paragraph starting {start:?}"))
    };
    c.alignment.row_of(a, find(a, pa)) == c.alignment.row_of(b, find(b, pb))
}

#[test]
fn reordered_and_rewritten_paragraphs_find_each_other() {
    let c = compare(vec![
        article("a", &fixture("bridge_a.txt")),
        article("b", &fixture("bridge_b.txt")),
    ]);
    assert!(same_row(
        &c,
        0,
        "The bridge, opened in 1911",
        1,
        "The old harbour bridge, opened"
    ));
    assert!(same_row(
        &c,
        0,
        "The city council",
        1,
        "Brindlemoor's city council"
    ));
    assert!(same_row(
        &c,
        0,
        "Shopkeepers on the north bank",
        1,
        "A petition against"
    ));
    // Rows follow the pivot: the 1911 paragraph comes last in a.
    let last_row = c.alignment.rows.last().unwrap();
    assert!(!last_row.cells[0].is_empty());
    assert_each_paragraph_in_one_row(&c);
}

#[test]
fn a_paragraph_split_in_two_shares_one_row() {
    // b splits a's "Engineers ... Mayor ..." paragraph in two.
    let c = compare(vec![
        article("a", &fixture("bridge_a.txt")),
        article("b", &fixture("bridge_b.txt")),
    ]);
    assert!(same_row(&c, 0, "Engineers told", 1, "Engineers told"));
    assert!(same_row(&c, 0, "Engineers told", 1, "Mayor Elena Vasquez"));
}

#[test]
fn two_paragraphs_merged_into_one_share_one_row() {
    let a = fixture("bridge_a.txt");
    // Merge a's ferry and shopkeeper paragraphs into one.
    let merged = a.replace(
        "for pedestrians.\n\nShopkeepers",
        "for pedestrians. Shopkeepers",
    );
    assert_ne!(a, merged);
    let c = compare(vec![article("merged", &merged), article("a", &a)]);
    assert!(same_row(&c, 0, "Ferry operators", 1, "Ferry operators"));
    assert!(same_row(&c, 0, "Ferry operators", 1, "Shopkeepers on"));
    assert_each_paragraph_in_one_row(&c);
}

#[test]
fn one_word_changed_gives_one_replace_run() {
    let a = fixture("bridge_a.txt");
    let b = a.replace("painful but unavoidable", "painful but necessary");
    let c = compare(vec![article("a", &a), article("b", &b)]);
    let link = link_between(&c, "painful but unavoidable", "painful but necessary").unwrap();
    let changes: Vec<(&str, &str)> = link
        .runs(&c.articles)
        .filter(|r| r.op != DiffOp::Equal)
        .map(|r| (r.a, r.b))
        .collect();
    assert_eq!(changes, vec![("unavoidable", "necessary")]);
}

#[test]
fn unrelated_reports_link_nothing() {
    let c = compare(vec![
        article("a", &fixture("bridge_a.txt")),
        article("u", &fixture("unrelated.txt")),
    ]);
    assert!(c.alignment.links.is_empty(), "{:?}", linked_texts(&c));
    // Titles always open the view side by side; nothing else shares a row.
    assert!(c.alignment.rows[1..].iter().all(|r| r.coverage() == 1));
    assert_eq!(c.alignment.rows[0].cells, vec![vec![0], vec![0]]);
}

#[test]
fn three_reports_share_rows() {
    let c = compare(vec![
        article("a", &fixture("bridge_a.txt")),
        article("b", &fixture("bridge_b.txt")),
        article("c", &fixture("bridge_c.txt")),
    ]);
    // The opening paragraphs of all three tell the same thing.
    let row = c.alignment.row_of(0, 2).unwrap();
    let cells = &c.alignment.rows[row].cells;
    assert!(cells.iter().all(|cell| !cell.is_empty()), "{cells:?}");
    // c's minister paragraph is c's alone.
    assert!(same_row(
        &c,
        2,
        "The regional transport minister",
        2,
        "The regional"
    ));
    let minister = c.articles[2].paragraphs.len() - 1;
    let row = c.alignment.row_of(2, minister).unwrap();
    assert_eq!(c.alignment.rows[row].coverage(), 1);
    assert!(
        link_between(
            &c,
            "Engineers told councillors",
            "Engineers estimated repairs"
        )
        .is_some()
    );
    assert_each_paragraph_in_one_row(&c);
}

#[test]
fn five_reports_with_pivot_choice() {
    let a = fixture("bridge_a.txt");
    let reversed = {
        let mut blocks: Vec<&str> = a.split("\n\n").collect();
        blocks[3..].reverse();
        blocks.join("\n\n")
    };
    let arts = vec![
        article("a", &a),
        article("b", &fixture("bridge_b.txt")),
        article("c", &fixture("bridge_c.txt")),
        article("r", &reversed),
        article("u", &fixture("unrelated.txt")),
    ];
    let mut opts = Options::default();
    opts.align.pivot = 3;
    let c = Comparison::new(arts, &opts);
    assert_eq!(c.alignment.pivot, 3);
    // Rows follow the reversed report's order.
    let order: Vec<usize> = c
        .alignment
        .rows
        .iter()
        .filter_map(|r| r.cells[3].first().copied())
        .collect();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(order, sorted);
    // The reversed copy matches a paragraph for paragraph.
    for (pi, p) in c.articles[3].paragraphs.iter().enumerate() {
        if p.kind == ParaKind::Meta {
            continue;
        }
        let twin = c.articles[0]
            .paragraphs
            .iter()
            .position(|q| q.text == p.text)
            .unwrap();
        assert_eq!(
            c.alignment.row_of(3, pi),
            c.alignment.row_of(0, twin),
            "{}",
            p.text
        );
    }
    // Nothing links to the unrelated report.
    assert!(
        c.alignment
            .links
            .iter()
            .all(|l| l.a.article != 4 && l.b.article != 4)
    );
    assert_each_paragraph_in_one_row(&c);
}

#[test]
fn output_is_deterministic() {
    let one = storydiff::export::json::to_value(&samples());
    let two = storydiff::export::json::to_value(&samples());
    assert_eq!(one, two);
}

#[test]
fn typography_never_hides_a_match() {
    let straight = "Title here\n\nThe minister said it's \"over\" - for now.\n";
    let curly = "Title here\r\n\r\nThe minister\u{a0}said it\u{2019}s \u{201c}over\u{201d} \u{2014} for\u{ad} now.\r\n";
    let c = compare(vec![article("s", straight), article("c", curly)]);
    let link = link_between(&c, "The minister", "The minister").expect("linked");
    assert_eq!(link.grade, LinkGrade::Same);
    assert!(link.similarity > 0.9, "{}", link.similarity);
    assert!(
        link.diff.iter().all(|r| r.op == DiffOp::Equal),
        "{:?}",
        link.diff
    );
    // The text shown stays as the report wrote it (soft hyphen aside).
    assert_eq!(
        c.articles[1].paragraphs[1].text,
        "The minister said it\u{2019}s \u{201c}over\u{201d} \u{2014} for now."
    );
}
