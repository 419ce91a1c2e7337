//! Load: any bytes, in every format, through the bounded reader and the
//! decoder. Must never panic; whatever loads has no control character
//! left in its text or names.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::load::{Format, parse_bytes, read_bounded};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = match pick % 5 {
        0 => Format::Plain,
        1 => Format::Markdown,
        2 => Format::Json,
        3 => Format::Sniff,
        _ => Format::Html,
    };
    // A small cap, so that the over-the-cap path is reached too.
    let cap = u64::from(pick) * 64;
    let _ = read_bounded(&mut &bytes[..], "fuzz", cap);
    let Ok(articles) = parse_bytes("fuzz\u{1b}]0;x\u{7}", bytes, format) else {
        return;
    };
    for a in &articles {
        assert!(!a.paragraphs.is_empty());
        let names = [
            Some(&a.source),
            a.outlet.as_ref(),
            a.url.as_ref(),
            a.published.as_ref(),
        ];
        let texts = a
            .paragraphs
            .iter()
            .map(|p| &p.text)
            .chain(names.into_iter().flatten());
        for t in texts {
            assert!(!t.chars().any(char::is_control), "{t:?}");
        }
        for p in &a.paragraphs {
            for r in &p.sentences {
                assert!(p.text.get(r.clone()).is_some(), "sentence off a boundary");
            }
        }
    }
});
