//! Golden tests of every export format and layout: the bundled samples, the
//! CJK/emoji fixture, and the samples with analysis results set by hand (so
//! quotes, unique facts and off-topic paragraphs are pinned before the
//! analysis stage fills them). Text output is also checked to fit its width
//! and, without colour, to hold no escape code.

use storydiff::analysis::{
    OffTopic, Quote, QuoteOccurrence, QuoteStatus, Substitution, UniqueFact,
};
use storydiff::export::text::{Layout, Styling, TextOptions};
use storydiff::export::{html, json, markdown, text};
use storydiff::load::{Format, parse_text};
use storydiff::view::text::width;
use storydiff::view::{ViewModel, ViewOptions, build};
use storydiff::{Comparison, Options};

fn samples() -> Comparison {
    Comparison::new(storydiff::load::samples(), &Options::default())
}

fn cjk() -> Comparison {
    let mut arts = Vec::new();
    for (name, text) in [
        ("cjk_a.txt", include_str!("fixtures/cjk_a.txt")),
        ("cjk_b.txt", include_str!("fixtures/cjk_b.txt")),
    ] {
        arts.extend(parse_text(name, text, Format::Plain).expect("fixture parses"));
    }
    Comparison::new(arts, &Options::default())
}

/// The samples with one result of each kind of analysis, placed on real
/// text of the samples.
fn samples_with_analysis() -> Comparison {
    let mut cmp = samples();
    // Only these results, whatever the analysis stage finds on its own.
    cmp.analysis = storydiff::analysis::Analysis::default();
    let span = |cmp: &Comparison, a: usize, p: usize, quote: &str| {
        let text = &cmp.articles[a].paragraphs[p].text;
        let start = text.find(quote).expect("quote in sample");
        start..start + quote.len()
    };
    let para = |cmp: &Comparison, a: usize, needle: &str| {
        cmp.articles[a]
            .paragraphs
            .iter()
            .position(|p| p.text.contains(needle))
            .expect("needle in sample")
    };
    let q0 = "There is a low level of trust between our two countries";
    let q2 = "all-time low";
    let alt_a = "open to dialogues with the different areas";
    let alt_b = "open to dialogue with the US in all different areas";
    let (pa, pb) = (para(&cmp, 0, alt_a), para(&cmp, 1, alt_b));
    let occ =
        |a, p, text: &str, span: std::ops::Range<usize>, speaker: Option<&str>| QuoteOccurrence {
            article: a,
            paragraph: p,
            text: text.into(),
            span: span.clone(),
            parts: vec![(p, span)],
            speaker: speaker.map(Into::into),
        };
    let quotes = vec![
        Quote {
            status: QuoteStatus::Verbatim,
            scare: true,
            speaker_conflict: false,
            occurrences: vec![
                occ(0, 0, q2, span(&cmp, 0, 0, q2), None),
                occ(1, 0, q2, span(&cmp, 1, 0, q2), None),
            ],
            diff: Vec::new(),
        },
        Quote {
            status: QuoteStatus::Unique,
            scare: false,
            speaker_conflict: false,
            occurrences: vec![occ(0, 3, q0, span(&cmp, 0, 3, q0), Some("Tillerson"))],
            diff: Vec::new(),
        },
        Quote {
            status: QuoteStatus::Altered,
            scare: false,
            speaker_conflict: true,
            occurrences: vec![
                occ(0, pa, alt_a, span(&cmp, 0, pa, alt_a), Some("Lavrov")),
                occ(1, pb, alt_b, span(&cmp, 1, pb, alt_b), Some("Putin")),
            ],
            diff: storydiff::align::word_diff(alt_a, alt_b),
        },
    ];
    cmp.analysis.quotes = quotes;
    cmp.analysis.unique_facts.push(UniqueFact {
        article: 1,
        paragraph: 4,
        sentence_index: 0,
        sentence: cmp.articles[1].paragraphs[4].sentence(0).into(),
        facts: vec!["59 Tomahawk cruise missiles".into()],
        spans: std::iter::once(39..66).collect(),
        salience: 1.0,
    });
    cmp.analysis.substitutions.push(Substitution {
        from: "Russian Federation".into(),
        to: "Russia".into(),
        count: 2,
        articles: [0, 1],
    });
    cmp.analysis.offtopic.push(OffTopic {
        article: 0,
        paragraph: 12,
        reason: "about Microsoft, not the talks".into(),
    });
    cmp
}

fn view(cmp: &Comparison) -> ViewModel {
    build(cmp, &ViewOptions::all(cmp))
}

fn text_out(vm: &ViewModel, layout: Layout, w: usize, styling: Styling) -> String {
    let mut buf = Vec::new();
    let opts = TextOptions {
        layout,
        width: w,
        styling,
        ..TextOptions::default()
    };
    text::write(vm, &opts, &mut buf).expect("writes to memory");
    String::from_utf8(buf).expect("utf-8")
}

fn check_fits(out: &str, w: usize) {
    assert!(!out.contains('\x1b'), "escape code without colour");
    for line in out.lines() {
        assert!(width(line) <= w, "line wider than {w}: {line:?}");
    }
}

fn layouts() -> [(Layout, &'static str); 3] {
    [
        (Layout::SideBySide, "side_by_side"),
        (Layout::Inline, "inline"),
        (Layout::Report, "report"),
    ]
}

#[test]
fn text_samples() {
    let vm = view(&samples());
    for (layout, name) in layouts() {
        for w in [40, 80, 200] {
            let out = text_out(&vm, layout, w, Styling::Markers);
            check_fits(&out, w);
            insta::assert_snapshot!(format!("samples_{name}_{w}"), out);
        }
    }
}

#[test]
fn text_cjk_emoji() {
    let vm = view(&cjk());
    for (layout, name) in layouts() {
        for w in [40, 80, 200] {
            let out = text_out(&vm, layout, w, Styling::Markers);
            check_fits(&out, w);
            insta::assert_snapshot!(format!("cjk_{name}_{w}"), out);
        }
    }
}

#[test]
fn text_with_analysis() {
    let vm = view(&samples_with_analysis());
    for (layout, name) in layouts() {
        let out = text_out(&vm, layout, 80, Styling::Markers);
        check_fits(&out, 80);
        insta::assert_snapshot!(format!("analysis_{name}_80"), out);
    }
}

#[test]
fn text_in_colour() {
    let vm = view(&samples_with_analysis());
    let out = text_out(&vm, Layout::SideBySide, 80, Styling::Ansi);
    assert!(out.contains("\x1b[9;91mTrump declares \x1b[0m"), "{out}");
    assert!(!out.contains("[-"), "markers are for output without colour");
    insta::assert_snapshot!("analysis_side_by_side_80_ansi", out);
}

#[test]
fn markdown() {
    for (name, cmp) in [
        ("samples", samples()),
        ("cjk", cjk()),
        ("analysis", samples_with_analysis()),
    ] {
        let mut buf = Vec::new();
        markdown::write(&view(&cmp), &mut buf).expect("writes");
        let out = String::from_utf8(buf).expect("utf-8");
        assert!(!out.contains('\x1b'));
        insta::assert_snapshot!(format!("{name}_markdown"), out);
    }
}

#[test]
fn html_page() {
    for (name, cmp) in [
        ("samples", samples()),
        ("cjk", cjk()),
        ("analysis", samples_with_analysis()),
    ] {
        let mut buf = Vec::new();
        html::write(&view(&cmp), &mut buf).expect("writes");
        let out = String::from_utf8(buf).expect("utf-8");
        // Self-contained: no script, no external resource.
        for banned in ["<script", "http://", "https://", "<link", "src="] {
            assert!(!out.contains(banned), "{name}: {banned}");
        }
        assert!(out.starts_with("<!DOCTYPE html>"));
        assert!(out.ends_with("</html>\n"));
        insta::assert_snapshot!(format!("{name}_html"), out);
    }
}

#[test]
fn json_contract() {
    let mut buf = Vec::new();
    json::write(&samples_with_analysis(), &mut buf).expect("writes");
    let out = String::from_utf8(buf).expect("utf-8");
    insta::assert_snapshot!("analysis_json", out);
}
