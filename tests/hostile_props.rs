//! Property: whatever bytes a report (or its file name) holds, no output
//! of any export format contains a control character, an escape sequence
//! or a bidi control, except the colour codes (`ESC [ ... m`) the text
//! exporter adds itself when asked to colour.

use proptest::prelude::*;
use storydiff::export::text::{Layout, Styling, TextOptions};
use storydiff::export::{html, json, markdown, text};
use storydiff::load::{Format, parse_text};
use storydiff::view::{ViewOptions, build};
use storydiff::{Comparison, Options};

/// Pieces of hostile text: words, sentence ends, every escape form
/// (complete and cut short), C0/C1 controls, bidi controls, invisible and
/// wide characters, line and paragraph breaks.
const PIECES: &[&str] = &[
    "The council met",
    " on Monday",
    " and 35 people",
    " said \u{201c}we will rebuild\u{201d}",
    ". ",
    "\n",
    "\n\n",
    "\u{1b}[31m",
    "\u{1b}[0m",
    "\u{1b}[",
    "\u{9b}2J",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]8;;http://x\u{1b}\\",
    "\u{1b}]0;never ended ",
    "\u{9d}0;c1 title\u{9c}",
    "\u{1b}P0;dcs\u{1b}\\",
    "\u{90}1$r",
    "\u{1b}_apc\u{1b}\\",
    "\u{1b}^pm",
    "\u{1b}X",
    "\u{1b}(B",
    "\u{1b}",
    "\u{0}",
    "\u{7f}",
    "\u{7}",
    "\u{8}",
    "\r",
    "\t",
    "\u{b}\u{c}",
    "\u{85}",
    "\u{9c}",
    "\u{202e}",
    "\u{202a}\u{202c}",
    "\u{2066}x\u{2069}",
    "\u{200b}\u{ad}\u{feff}",
    "\u{2028}",
    "\u{4e2d}\u{6587}",
    "\u{1f468}\u{200d}\u{1f469}",
    "e\u{301}",
    "#",
    "> ",
    "- ",
    "`",
    "\"",
    "<b>&amp;",
];

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..40).prop_map(|v| v.concat())
}

/// Every character of `out` is allowed: no control other than a newline,
/// no bidi control, and an ESC only as the start of an SGR colour code
/// when `colour`.
fn assert_clean(what: &str, out: &str, colour: bool) -> Result<(), TestCaseError> {
    let mut rest = out;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' && colour {
            let body = rest[1..].strip_prefix('[');
            let end = body.and_then(|b| b.find(|c: char| !(c.is_ascii_digit() || c == ';')));
            let sgr = body.zip(end).is_some_and(|(b, e)| b[e..].starts_with('m'));
            prop_assert!(
                sgr,
                "{what}: an escape that is not a colour code in {rest:?}"
            );
            rest = &rest[2 + end.unwrap_or(0) + 1..];
            continue;
        }
        prop_assert!(
            (!c.is_control() || c == '\n') && !is_bidi_control(c),
            "{what}: {c:?} in {out:?}"
        );
        rest = &rest[c.len_utf8()..];
    }
    Ok(())
}

/// Bidi embedding, override and isolate controls (spelt out here, not
/// taken from the code under test).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The strings inside a JSON document, decoded.
fn json_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, out)),
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                out.push(k.clone());
                json_strings(x, out);
            }
        }
        _ => {}
    }
}

fn load(name: &str, body: &str, format: u8) -> Vec<storydiff::model::Article> {
    let (src, fmt) = match format {
        0 => (body.to_string(), Format::Plain),
        1 => (format!("# {name}\n\n{body}"), Format::Markdown),
        _ => (
            serde_json::json!({ "title": name, "source": name, "body": body }).to_string(),
            Format::Json,
        ),
    };
    parse_text(name, &src, fmt).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_export_ever_carries_a_control_character(
        reports in prop::collection::vec((hostile(), hostile(), 0u8..3), 2..4),
        width in 20usize..90,
    ) {
        let mut articles = Vec::new();
        for (name, body, format) in &reports {
            articles.extend(load(name, &format!("Plain words here. {body}"), *format));
        }
        prop_assume!(articles.len() >= 2);
        let cmp = Comparison::new(articles, &Options::default());
        let vm = build(&cmp, &ViewOptions::all(&cmp));
        let mut outputs: Vec<(String, Vec<u8>, bool)> = Vec::new();
        let mut buf = Vec::new();
        json::write(&cmp, &mut buf).unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        let mut strings = Vec::new();
        json_strings(&doc, &mut strings);
        for s in strings {
            outputs.push(("json string".into(), s.into_bytes(), false));
        }
        outputs.push(("json".into(), buf, false));
        let mut buf = Vec::new();
        markdown::write(&vm, &mut buf).unwrap();
        outputs.push(("markdown".into(), buf, false));
        let mut buf = Vec::new();
        html::write(&vm, &mut buf).unwrap();
        outputs.push(("html".into(), buf, false));
        for layout in [Layout::SideBySide, Layout::Inline, Layout::Report] {
            for styling in [Styling::Markers, Styling::Ansi] {
                let mut buf = Vec::new();
                let opts = TextOptions { layout, width, styling, only_differences: false };
                text::write(&vm, &opts, &mut buf).unwrap();
                let what = format!("text {layout:?} {styling:?}");
                outputs.push((what, buf, styling == Styling::Ansi));
            }
        }
        for (what, bytes, colour) in outputs {
            let s = String::from_utf8(bytes).unwrap();
            assert_clean(&what, &s, colour)?;
        }
    }
}
