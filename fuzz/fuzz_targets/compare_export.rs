//! The whole pipeline: the fuzz text cut into two to four reports (at
//! form feeds), each loaded in a format the first byte picks, compared,
//! and written in every export format. Must never panic, and no output
//! may carry a control character other than a newline (or the colour
//! codes of coloured text).
#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::export::text::{Layout, Styling, TextOptions};
use storydiff::export::{html, json, markdown, text};
use storydiff::load::{Format, parse_text};
use storydiff::view::{ViewOptions, build};
use storydiff::{Comparison, Options};

fn clean(out: &[u8], colour: bool) {
    let s = std::str::from_utf8(out).expect("exports write UTF-8");
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if colour && c == '\u{1b}' {
            let body = &rest[2..];
            let end = body.find('m').expect("colour code ends in m");
            assert!(body[..end].chars().all(|c| c.is_ascii_digit() || c == ';'));
            rest = &body[end + 1..];
            continue;
        }
        assert!(c == '\n' || !c.is_control(), "{c:?} in output");
        assert!(!matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'));
        rest = &rest[c.len_utf8()..];
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let Ok(all) = std::str::from_utf8(bytes) else {
        return;
    };
    let mut articles = Vec::new();
    for (i, part) in all.split('\u{c}').take(4).enumerate() {
        let format = match (pick >> (2 * i)) % 4 {
            0 => Format::Plain,
            1 => Format::Markdown,
            2 => Format::Json,
            _ => Format::Html,
        };
        if let Ok(a) = parse_text(&format!("r{i}"), part, format) {
            articles.extend(a);
        }
    }
    if articles.len() < 2 || articles.len() > 8 {
        return;
    }
    let cmp = Comparison::new(articles, &Options::default());
    let vm = build(&cmp, &ViewOptions::all(&cmp));
    let mut out = Vec::new();
    json::write(&cmp, &mut out).unwrap();
    serde_json::from_slice::<serde_json::Value>(&out).expect("valid JSON");
    clean(&out, false);
    out.clear();
    markdown::write(&vm, &mut out).unwrap();
    clean(&out, false);
    out.clear();
    html::write(&vm, &mut out).unwrap();
    clean(&out, false);
    let width = 20 + usize::from(pick % 100);
    for layout in [Layout::SideBySide, Layout::Inline, Layout::Report] {
        for styling in [Styling::Markers, Styling::Ansi] {
            out.clear();
            text::write(
                &vm,
                &TextOptions {
                    layout,
                    width,
                    styling,
                    only_differences: pick & 0x80 != 0,
                },
                &mut out,
            )
            .unwrap();
            clean(&out, styling == Styling::Ansi);
        }
    }
});
