//! What the fitters share to read the dev gold (`../shared/eval/gold/`):
//! the annotation tools' normal form of a snippet, so that a gold snippet
//! is found in a paragraph exactly as the scorer finds it.

/// The annotation tools' normal form: typography folded, spaces collapsed.
pub fn norm(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .replace('\u{2026}', "...");
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}
