//! Width and wrapping tests: CJK, emoji, combining marks, tabs, controls.

use super::*;
use crate::view::{Mark, QuoteKind, QuoteRef, ViewOptions, build};

mod oracle;

fn seg(text: &str, mark: Mark) -> Segment {
    Segment::new(text, mark, None)
}

fn plain_lines(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.iter().map(|s| s.text.as_str()).collect())
        .collect()
}

#[test]
fn widths_of_graphemes() {
    assert_eq!(width("abc"), 3);
    assert_eq!(width("台风"), 4);
    assert_eq!(width("e\u{301}"), 1);
    assert_eq!(width("👨\u{200d}👩\u{200d}👧"), 2);
    assert_eq!(width("🌀"), 2);
    assert_eq!(width("a\tb"), 5);
    assert_eq!(width("abcd\t"), 8);
    assert_eq!(width("\u{1b}[31m"), 5);
}

#[test]
fn wraps_words_at_spaces() {
    let lines = wrap(&[seg("the quick brown fox jumps", Mark::Plain)], 10);
    assert_eq!(plain_lines(&lines), ["the quick", "brown fox", "jumps"]);
    // Highlights split where they fall and keep their marks.
    let lines = wrap(
        &[
            seg("one two ", Mark::Equal),
            seg("three four", Mark::Inserted),
        ],
        9,
    );
    assert_eq!(plain_lines(&lines), ["one two", "three", "four"]);
    assert_eq!(lines[1][0].mark, Mark::Inserted);
    // A word made of two highlights stays whole.
    let lines = wrap(
        &[
            seg("ab ", Mark::Plain),
            seg("cd", Mark::Equal),
            seg("ef", Mark::Inserted),
        ],
        4,
    );
    assert_eq!(plain_lines(&lines), ["ab", "cdef"]);
}

#[test]
fn cjk_breaks_between_characters_never_inside() {
    let lines = wrap(&[seg("台风海葵周日下午在台东县登陆。", Mark::Plain)], 5);
    let text = plain_lines(&lines);
    assert_eq!(
        text,
        ["台风", "海葵", "周日", "下午", "在台", "东县", "登", "陆。"]
    );
    assert!(lines.iter().all(|l| line_width(l) <= 5));
}

#[test]
fn long_words_cut_between_graphemes() {
    let lines = wrap(&[seg("Cafe\u{301}te\u{301}ria", Mark::Plain)], 4);
    assert_eq!(plain_lines(&lines), ["Cafe\u{301}", "te\u{301}ri", "a"]);
    // A wide character in a one-column cell becomes a placeholder.
    let lines = wrap(&[seg("台", Mark::Plain)], 1);
    assert_eq!(plain_lines(&lines), ["?"]);
}

#[test]
fn controls_and_tabs_are_made_safe() {
    let lines = wrap(&[seg("a\u{1b}[2Jb\tc", Mark::Plain)], 20);
    assert_eq!(plain_lines(&lines), ["a\u{fffd}[2Jb  c"]);
    assert_eq!(truncate("ab\tc", 10), "ab c");
}

#[test]
fn empty_text_is_one_empty_line() {
    assert_eq!(wrap(&[], 10), vec![Vec::<Segment>::new()]);
    assert_eq!(
        wrap(&[seg("   ", Mark::Plain)], 10),
        vec![Vec::<Segment>::new()]
    );
}

#[test]
fn pad_and_truncate_by_columns() {
    assert_eq!(pad("台风", 6), "台风  ");
    assert_eq!(pad("abcdef", 4), "abc…");
    assert_eq!(truncate("台风海葵", 5), "台风…");
    assert_eq!(width(&pad("👨\u{200d}👩\u{200d}👧x", 7)), 7);
}

#[test]
fn markers_spell_out_highlights() {
    let q = QuoteRef {
        kind: QuoteKind::Altered,
        index: 0,
    };
    let mut inside = seg("ready", Mark::Replaced);
    inside.quote = Some(q);
    let mut before = seg("We are ", Mark::Equal);
    before.quote = Some(q);
    let segs = [
        seg("He said ", Mark::Equal),
        before,
        inside,
        seg(" now", Mark::Inserted),
    ];
    let text: String = decorate(&segs).iter().map(|s| s.text.as_str()).collect();
    assert_eq!(text, "He said <~We are [~ready~]~> {+now+}");
}

#[test]
fn column_split() {
    assert_eq!(column_widths(80, 2, 3), [39, 38]);
    assert_eq!(column_widths(10, 3, 1), [3, 3, 2]);
    assert_eq!(column_widths(2, 3, 3), [1, 1, 1]);
}

#[test]
fn rows_never_drift_on_the_cjk_fixture() {
    let cmp = crate::view::tests::cjk();
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    for total in [40, 80, 200] {
        let widths = column_widths(total, 2, 3);
        for row in &vm.rows {
            for markers in [false, true] {
                let cells = wrap_row(&row.cells, &widths, markers);
                let h = cells[0].len();
                assert!(cells.iter().all(|c| c.len() == h));
                for (c, w) in cells.iter().zip(&widths) {
                    assert!(c.iter().all(|l| line_width(l) <= *w), "{c:?} over {w}");
                }
            }
        }
    }
}

proptest::proptest! {
    /// The lazy wrapper lays out exactly the lines the one-shot wrapper
    /// did, markers, tabs, controls, CR LF, CJK and combining marks
    /// included.
    #[test]
    fn lazy_wrap_matches_the_oracle(
        parts in proptest::collection::vec(
            (
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "a", "word", "Zed.", " ", "  ", "\t", "\r", "\n", "\r\n", ",", ".",
                        ")", "\u{1b}", "\u{7f}", "台", "风。", "e\u{301}", "\u{1f44d}\u{1f3fd}",
                        "\u{a0}", "\u{2019}", "\u{200d}", "longerwordthanaline",
                    ]),
                    0..8,
                ),
                0..3usize,
                0..3usize,
            ),
            0..10,
        ),
        width in 0..14usize,
    ) {
        let marks = [Mark::Plain, Mark::Equal, Mark::Inserted];
        let tag_of = [Tag::Text, Tag::Open, Tag::Close];
        let segs: Vec<Segment> = parts
            .iter()
            .map(|(t, m, _)| seg(&t.concat(), marks[*m]))
            .collect();
        let tags: Vec<Tag> = parts.iter().map(|(_, _, k)| tag_of[*k]).collect();
        let lazy: Vec<Line> =
            Lines::new(segs.as_slice().into(), tags.as_slice().into(), width).collect();
        proptest::prop_assert_eq!(lazy, oracle::wrap_tagged(&segs, &tags, width));
        proptest::prop_assert_eq!(wrap(&segs, width), oracle::wrap_tagged(&segs, &[], width));
    }
}

#[test]
fn a_giant_paragraph_is_laid_out_line_by_line() {
    let text = "word ".repeat(200_000);
    let para = crate::view::ViewParagraph {
        article: 0,
        paragraph: 0,
        kind: crate::model::ParaKind::Body,
        segments: vec![seg(&text, Mark::Inserted)],
    };
    let paras = [para];
    let mut lines = cell_lines(&paras, 40, true);
    // The first line comes before the rest is laid out...
    let first = lines.next().unwrap();
    assert_eq!(
        first.iter().map(|s| s.text.as_str()).collect::<String>(),
        "{+word word word word word word word"
    );
    // ...and the lines rebuild the text.
    let words: usize = lines
        .map(|l| {
            l.iter()
                .map(|s| s.text.matches("word").count())
                .sum::<usize>()
        })
        .sum();
    assert_eq!(words + 7, 200_000);
}
