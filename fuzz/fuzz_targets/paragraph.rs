//! The analysis of one paragraph: the fuzz text as a report's only
//! paragraph, against a fixed report (and against itself), aligned and
//! analysed. Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::model::{Article, ParaKind, Paragraph};
use storydiff::text::clean_display;

fn article(name: &str, text: &str) -> Article {
    Article {
        source: name.into(),
        paragraphs: vec![
            Paragraph::new(ParaKind::Title, "Council votes on the bridge".into()),
            Paragraph::new(ParaKind::Body, clean_display(text)),
        ],
        ..Article::default()
    }
}

fuzz_target!(|text: &str| {
    let fixed = "The council voted 7 to 2 on Monday to close the old bridge, \
                 Mayor Ana Ruiz said. \"It is not safe,\" she told reporters.";
    let arts = vec![article("a", text), article("b", fixed), article("c", text)];
    let opts = storydiff::Options::default();
    let alignment = storydiff::align::align(&arts, &opts.align);
    let _ = storydiff::analysis::analyze(&arts, &alignment);
});
