//! What the fitters share to read the dev gold (`../shared/eval/gold/`):
//! the annotation tools' normal form of a snippet, so that a gold snippet
//! is found in a paragraph exactly as the scorer finds it, and the loading
//! of a gold file's reports.

use std::path::Path;

use serde_json::Value;
use storydiff::load::load_inputs;
use storydiff::model::{Article, SentenceRef};

/// One gold file (`shared/eval/gold/NAME.json`) and its reports, loaded as
/// the program loads them (paths in the file are relative to `shared/..`).
pub fn load(shared: &Path, gold_file: &Path) -> Option<(Value, Vec<Article>)> {
    let g: Value = serde_json::from_str(&std::fs::read_to_string(gold_file).ok()?).ok()?;
    let root = shared.parent()?;
    let paths: Vec<String> = g["articles"]
        .as_array()?
        .iter()
        .filter_map(|p| Some(root.join(p.as_str()?).to_string_lossy().into_owned()))
        .collect();
    let articles = load_inputs(&paths, &mut std::io::empty()).ok()?;
    Some((g, articles))
}

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

/// The sentence holding a gold snippet `[article, text]`, as the scorer
/// finds it. (Not every fitter reads sentences.)
#[allow(dead_code)]
pub fn locate_sentence(articles: &[Article], r: &Value) -> Option<SentenceRef> {
    let i = usize::try_from(r.get(0)?.as_u64()?).ok()?;
    let snip = norm(r.get(1)?.as_str()?);
    for (j, p) in articles.get(i)?.paragraphs.iter().enumerate() {
        let t = norm(&p.text);
        let Some(k) = t.find(&snip) else { continue };
        let mut pos = 0;
        for (n, s) in p.sentence_texts().enumerate() {
            let s = norm(s);
            let start = t[pos..].find(&s).map(|x| x + pos).or_else(|| t.find(&s))?;
            if start <= k && k < start + s.len() {
                return Some(SentenceRef {
                    article: i,
                    paragraph: j,
                    sentence: n,
                });
            }
            pos = start + s.len();
        }
        return None;
    }
    None
}
