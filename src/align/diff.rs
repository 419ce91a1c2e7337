//! Word-level diff of two sentences, made with `similar` and cleaned up for
//! prose readers: runs over word tokens, compared in their typography-folded
//! form, with tiny equal islands between two changes absorbed so that the
//! reader sees "replaced this phrase by that one", not confetti.

use std::time::{Duration, Instant};

use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};

use crate::text::{fold_char, is_stop_word, tokens};

/// What a diff run does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffOp {
    /// Same words in both (typography may differ).
    Equal,
    /// Only in the second text.
    Insert,
    /// Only in the first text.
    Delete,
    /// Words of the first text replaced by words of the second.
    Replace,
}

/// One run of a word diff. `a` is the first text's part (empty for an
/// insert), `b` the second's (empty for a delete). Concatenating the `a`s
/// of all runs rebuilds the first text, the `b`s the second.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffRun {
    /// The operation.
    pub op: DiffOp,
    /// Text from the first sentence.
    pub a: String,
    /// Text from the second sentence.
    pub b: String,
}

/// Time allowed for one sentence pair before `similar` falls back to a
/// coarser (still correct) diff.
const DEADLINE: Duration = Duration::from_millis(50);

/// Inputs longer than this many tokens get a time limit.
const LONG_INPUT: usize = 400;

/// A text split into diff tokens, with their comparison keys.
#[derive(Debug, Clone, Default)]
pub struct Tokens<'a> {
    texts: Vec<&'a str>,
    keys: Vec<u64>,
}

impl<'a> Tokens<'a> {
    /// Tokenises a text once so that it can be diffed against many others.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let texts: Vec<&str> = tokens(text).map(|(_, t)| t).collect();
        let keys = texts.iter().map(|t| token_key(t)).collect();
        Tokens { texts, keys }
    }
}

/// Whether a character is a quote mark of any style.
fn is_quote_mark(c: char) -> bool {
    matches!(fold_char(c), Some('"' | '\'')) || matches!(c, '\u{2039}' | '\u{203a}')
}

/// Hash of a token's match form: whitespace runs are all one key,
/// typography and case are folded, without allocating. (`FxHash`: std's
/// `SipHash` cost more than the diffs; two different short tokens still
/// never share a key in practice.)
fn token_key(t: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    if t.chars().all(char::is_whitespace) {
        ' '.hash(&mut h);
    } else if t.chars().all(is_quote_mark) {
        // 'single', "double", «guillemets»: the outlet's style of marks,
        // never a change of words.
        '"'.hash(&mut h);
    } else {
        // Case folds too: "All" opening one sentence and "all" inside
        // another are the same word to a reader.
        for c in t.chars().filter_map(fold_char).flat_map(char::to_lowercase) {
            c.hash(&mut h);
        }
    }
    h.finish()
}

/// Diffs two texts word by word.
#[must_use]
pub fn word_diff(a: &str, b: &str) -> Vec<DiffRun> {
    diff_tokens(&Tokens::new(a), &Tokens::new(b))
}

/// Diffs two tokenised texts.
#[must_use]
pub fn diff_tokens(a: &Tokens<'_>, b: &Tokens<'_>) -> Vec<DiffRun> {
    let (ta, tb) = (&a.texts, &b.texts);
    let deadline = (ta.len().max(tb.len()) > LONG_INPUT).then(|| Instant::now() + DEADLINE);
    let ops = capture_diff_slices_deadline(Algorithm::Patience, &a.keys, &b.keys, deadline);
    // Raw runs as token ranges: (is_equal, a range, b range).
    let mut runs: Vec<(bool, std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for op in &ops {
        let (tag, ra, rb) = op.as_tag_tuple();
        let equal = tag == DiffTag::Equal;
        match runs.last_mut() {
            Some(last) if last.0 == equal => {
                last.1.end = ra.end;
                last.2.end = rb.end;
            }
            _ => runs.push((equal, ra, rb)),
        }
    }
    absorb_islands(&mut runs, ta, tb);
    runs.into_iter()
        .map(|(equal, ra, rb)| {
            let sa: String = ta[ra].concat();
            let sb: String = tb[rb].concat();
            let op = match (equal, sa.is_empty(), sb.is_empty()) {
                (true, _, _) => DiffOp::Equal,
                (false, false, false) if same_punctuation(&sa, &sb) => DiffOp::Equal,
                (false, true, _) => DiffOp::Insert,
                (false, _, true) => DiffOp::Delete,
                (false, false, false) => DiffOp::Replace,
            };
            DiffRun { op, a: sa, b: sb }
        })
        .collect()
}

/// Whether two runs without words hold the same punctuation once quote
/// marks are set aside: `".` against `."` is where the outlet puts its
/// full stop, a matter of house style.
fn same_punctuation(a: &str, b: &str) -> bool {
    let key = |s: &str| -> Option<Vec<char>> {
        if s.chars().any(char::is_alphanumeric) {
            return None;
        }
        let mut k: Vec<char> = s
            .chars()
            .filter(|c| !c.is_whitespace() && !is_quote_mark(*c))
            .filter_map(fold_char)
            .collect();
        k.sort_unstable();
        Some(k)
    };
    key(a).is_some_and(|k| Some(k) == key(b))
}

fn word_count(toks: &[&str]) -> usize {
    toks.iter()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .count()
}

/// Merges small equal runs that sit between two changes into one change.
fn absorb_islands(
    runs: &mut Vec<(bool, std::ops::Range<usize>, std::ops::Range<usize>)>,
    ta: &[&str],
    tb: &[&str],
) {
    loop {
        let mut changed = false;
        let mut i = 1;
        while i + 1 < runs.len() {
            let (eq, ra, _) = &runs[i];
            if *eq && !runs[i - 1].0 && !runs[i + 1].0 {
                let island = &ta[ra.clone()];
                let words = word_count(island);
                let around = |r: &(bool, std::ops::Range<usize>, std::ops::Range<usize>)| {
                    word_count(&ta[r.1.clone()]).max(word_count(&tb[r.2.clone()]))
                };
                let size = around(&runs[i - 1]) + around(&runs[i + 1]);
                let stop_only = island
                    .iter()
                    .filter(|t| t.chars().any(char::is_alphanumeric))
                    .all(|t| is_stop_word(&t.to_lowercase()));
                let absorb = words == 0
                    || (words == 1 && (size >= 4 || stop_only))
                    || (words == 2 && stop_only && size >= 6);
                if absorb {
                    let next = runs.remove(i + 1);
                    runs.remove(i);
                    let prev = &mut runs[i - 1];
                    prev.1.end = next.1.end;
                    prev.2.end = next.2.end;
                    changed = true;
                    continue;
                }
            }
            i += 1;
        }
        if !changed {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rebuild(runs: &[DiffRun]) -> (String, String) {
        (
            runs.iter().map(|r| r.a.as_str()).collect(),
            runs.iter().map(|r| r.b.as_str()).collect(),
        )
    }

    #[test]
    fn one_word_changed() {
        let runs = word_diff("The cat sat on the mat.", "The dog sat on the mat.");
        assert_eq!(
            runs,
            vec![
                DiffRun {
                    op: DiffOp::Equal,
                    a: "The ".into(),
                    b: "The ".into()
                },
                DiffRun {
                    op: DiffOp::Replace,
                    a: "cat".into(),
                    b: "dog".into()
                },
                DiffRun {
                    op: DiffOp::Equal,
                    a: " sat on the mat.".into(),
                    b: " sat on the mat.".into()
                },
            ]
        );
    }

    #[test]
    fn islands_are_absorbed_and_text_rebuilt() {
        let a = "open to dialogues with the different areas";
        let b = "open to dialogue with the US in all different areas";
        let runs = word_diff(a, b);
        assert_eq!(rebuild(&runs), (a.to_string(), b.to_string()));
        let ops: Vec<DiffOp> = runs.iter().map(|r| r.op).collect();
        assert_eq!(
            ops,
            vec![
                DiffOp::Equal,
                DiffOp::Replace,
                DiffOp::Equal,
                DiffOp::Insert,
                DiffOp::Equal
            ]
        );
        assert_eq!(
            (runs[1].a.as_str(), runs[1].b.as_str()),
            ("dialogues", "dialogue")
        );
        assert_eq!(runs[3].b, "US in all ");
        // A one-word island between two long changes is absorbed.
        let runs = word_diff(
            "the minister flatly refused to comment on the talks",
            "a spokesman for the ministry declined to comment on the talks",
        );
        assert_eq!(runs[0].op, DiffOp::Replace);
        assert_eq!(runs[0].a, "the minister flatly refused");
    }

    #[test]
    fn typography_is_not_a_change() {
        let runs = word_diff("it\u{2019}s \u{201c}low\u{201d}", "it's \"low\"");
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].op, DiffOp::Equal);
        // Nor is the place of a full stop around a closing mark.
        let runs = word_diff("a \"real change\".", "a \"real change.\"");
        assert!(runs.iter().all(|r| r.op == DiffOp::Equal), "{runs:?}");
        // The style of quote marks is no change either.
        for other in [
            "'We held,' she said",
            "\u{ab}We held,\u{bb} she said",
            "\u{201e}We held,\u{201c} she said",
        ] {
            let runs = word_diff("\u{201c}We held,\u{201d} she said", other);
            assert!(
                runs.iter().all(|r| r.op == DiffOp::Equal),
                "{other}: {runs:?}"
            );
        }
    }
}
