//! Systematic wording changes across the cluster: the same word or phrase
//! replaced the same way more than once, with counts and the two reports.
//!
//! Two sources feed the table. (1) The replace runs of the sentence links'
//! word diffs, normalised and counted. (2) Names one report always writes
//! one way and another report always writes another way ("Russian
//! Federation" in one, "Russia" in the other): links are sparse in
//! rewritten news, but these name variants run through the whole text.
//! Differences of typography only (quotes, dashes, spacing) are counted
//! apart and never reported as wording.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::Substitution;
use super::names::{NameContext, alias_key, translit};
use crate::align::{Alignment, DiffOp, WIDE_REPORTS};
use crate::model::{Article, ArticleId};
use crate::text::{lowercase, normalize_cow, same_but_typography, words};

/// Longest side of a replace run still read as a substitution, in words;
/// longer runs are rewrites.
const MAX_PHRASE_WORDS: usize = 3;

/// A replace run's side, in its comparison form: lower case, typography
/// folded, words only.
fn phrase_key(s: &str) -> String {
    // Joined into one string as they come (no string per word).
    let mut key = String::with_capacity(s.len());
    for (n, (_, w)) in words(s).enumerate() {
        if n > 0 {
            key.push(' ');
        }
        key.push_str(&lowercase(&normalize_cow(w)));
    }
    key
}

/// The side as shown: trimmed of spaces and edge punctuation.
fn phrase_shown(s: &str) -> &str {
    s.trim_matches(|c: char| {
        c.is_whitespace() || ",.;:\"'\u{201c}\u{201d}\u{2018}\u{2019}".contains(c)
    })
}

/// A replace run counted across links: both sides' comparison forms and
/// the two reports.
type RunKey = (String, String, ArticleId, ArticleId);

/// Finds systematic substitutions and counts typography-only changes.
pub(crate) fn find_substitutions(
    ctx: &NameContext,
    articles: &[Article],
    alignment: &Alignment,
) -> (Vec<Substitution>, usize) {
    // (from key, to key, from article, to article) → (shown from, shown to, count)
    let mut table: BTreeMap<RunKey, (String, String, usize)> = BTreeMap::new();
    let mut typography = 0;
    for link in &alignment.links {
        for run in link.runs(articles) {
            match run.op {
                DiffOp::Equal => typography += usize::from(run.a != run.b),
                DiffOp::Replace if same_but_typography(run.a, run.b) => typography += 1,
                DiffOp::Replace => {
                    let (ka, kb) = (phrase_key(run.a), phrase_key(run.b));
                    let (na, nb) = (ka.split(' ').count(), kb.split(' ').count());
                    // Numbers changed are facts, not wording.
                    let digits = |k: &str| k.chars().any(|c| c.is_ascii_digit());
                    if ka.is_empty()
                        || kb.is_empty()
                        || digits(&ka)
                        || digits(&kb)
                        || ka == kb
                        || na > MAX_PHRASE_WORDS
                        || nb > MAX_PHRASE_WORDS
                    {
                        continue;
                    }
                    let e = table
                        .entry((ka, kb, link.a.article, link.b.article))
                        .or_insert_with(|| {
                            (
                                phrase_shown(run.a).to_string(),
                                phrase_shown(run.b).to_string(),
                                0,
                            )
                        });
                    e.2 += 1;
                }
                DiffOp::Insert | DiffOp::Delete => {}
            }
        }
    }
    let mut out: Vec<Substitution> = table
        .into_iter()
        .filter(|(_, (_, _, n))| *n > 1)
        .map(|((_, _, a, b), (from, to, count))| Substitution {
            from,
            to,
            count,
            articles: [a, b],
        })
        .collect();
    // One entry a pair of spellings: "EU" → "European Union" is the same
    // finding as "European Union" → "EU" (a set, not a scan of `out` per
    // variant: many reports have many variants).
    let mut seen: HashSet<(ArticleId, ArticleId, String, String)> = out
        .iter()
        .map(|o| {
            let (f, t) = (phrase_key(&o.from), phrase_key(&o.to));
            (o.articles[0], o.articles[1], f, t)
        })
        .collect();
    for s in name_variants(ctx, articles, alignment.pivot) {
        let (f, t) = (phrase_key(&s.from), phrase_key(&s.to));
        let [a, b] = s.articles;
        let key = (a, b, f, t);
        let reversed = (b, a, key.3.clone(), key.2.clone());
        if !seen.contains(&reversed) && seen.insert(key) {
            out.push(s);
        }
    }
    out.sort_by(|x, y| {
        y.count
            .cmp(&x.count)
            .then(x.articles.cmp(&y.articles))
            .then(x.from.cmp(&y.from))
    });
    (out, typography)
}

/// How each report writes each name: key → written form (lower-cased
/// comparison form) → (form as first written, count).
type Spellings = HashMap<String, HashMap<String, (String, usize)>>;

/// Names one report writes in a form another report never uses, while the
/// other writes the same name (same key) its own way. Beyond
/// [`WIDE_REPORTS`] reports, only pairs with the pivot, as for sentence
/// links: the table then grows with the reports, not with their pairs.
fn name_variants(ctx: &NameContext, articles: &[Article], pivot: ArticleId) -> Vec<Substitution> {
    let wide = articles.len() > WIDE_REPORTS;
    let spellings: Vec<Spellings> = articles
        .iter()
        .enumerate()
        .map(|(a, art)| {
            let mut m: Spellings = HashMap::new();
            for (pi, p) in art
                .paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| p.kind.is_compared())
            {
                for n in ctx.names_of(a, pi) {
                    let text = n.text(&p.text);
                    let form = phrase_key(text);
                    let e = m
                        .entry(n.key.to_string())
                        .or_default()
                        .entry(form)
                        .or_insert((text.to_string(), 0));
                    e.1 += 1;
                }
            }
            m
        })
        .collect();
    let mut out = Vec::new();
    for (a, sa) in spellings.iter().enumerate() {
        for (b, sb) in spellings.iter().enumerate() {
            if a == b || (wide && a != pivot && b != pivot) {
                continue;
            }
            for (key, forms_a) in sa {
                let Some(forms_b) = sb.get(key) else { continue };
                // The other report's usual spelling of the name.
                let Some((to_form, (to_shown, _))) = forms_b
                    .iter()
                    .max_by(|x, y| x.1.1.cmp(&y.1.1).then(y.0.cmp(x.0)))
                else {
                    continue;
                };
                for (form, (shown, count)) in forms_a {
                    if *count < 2 || forms_b.contains_key(form) || form == to_form {
                        continue;
                    }
                    // Only spellings of one name: a known alias ("USA" and
                    // "US") or a transliteration ("Nebi"/"Nabi"), never
                    // two names that share a key ("South"/"North Korean").
                    if !(alias_pair(form, to_form) || close_spelling(form, to_form)) {
                        continue;
                    }
                    out.push(Substitution {
                        from: shown.clone(),
                        to: to_shown.clone(),
                        count: *count,
                        articles: [a, b],
                    });
                }
            }
        }
    }
    out
}

/// Whether the alias table maps both spellings to one name ("russian
/// federation" and "russia", "u.s" and "us").
fn alias_pair(from: &str, to: &str) -> bool {
    let known = alias_key(from).is_some() || alias_key(to).is_some();
    known && alias_key(from).unwrap_or(from) == alias_key(to).unwrap_or(to)
}

/// Whether two words differ by at most one letter (changed, added or
/// dropped).
fn one_letter_apart(left: &str, right: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (left.chars().collect(), right.chars().collect());
    if x.len() == y.len() {
        return x.iter().zip(&y).filter(|(c, d)| c != d).count() <= 1;
    }
    let (short, long) = if x.len() < y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    long.len() - short.len() == 1
        && (0..long.len()).any(|skip| {
            long.iter()
                .enumerate()
                .filter(|(k, _)| *k != skip)
                .map(|(_, c)| c)
                .eq(short.iter())
        })
}

/// Whether two spellings have the same words but for one letter in each
/// differing word, once transliterations are folded ("nebi saleh" and
/// "nabi saleh"; not "south korean" and "north korean").
fn close_spelling(from: &str, to: &str) -> bool {
    let wf: Vec<String> = from.split(' ').map(translit).collect();
    let wt: Vec<String> = to.split(' ').map(translit).collect();
    wf.len() == wt.len() && wf.iter().zip(&wt).all(|(x, y)| one_letter_apart(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{AlignOptions, align};
    use crate::model::{ParaKind, Paragraph};

    fn article(paras: &[&str]) -> Article {
        Article {
            paragraphs: paras
                .iter()
                .map(|t| Paragraph::new(ParaKind::Body, (*t).to_string()))
                .collect(),
            ..Article::default()
        }
    }

    fn run(a: &[&str], b: &[&str]) -> (Vec<Substitution>, usize) {
        let arts = [article(a), article(b)];
        let alignment = align(&arts, &AlignOptions::default());
        let ctx = NameContext::learn(&arts);
        find_substitutions(&ctx, &arts, &alignment)
    }

    #[test]
    fn linked_replacements_counted_once_a_pair() {
        let (subs, _) = run(
            &[
                "The heaters were recalled on Monday, the company said.",
                "Buyers should stop using the heaters now, the company said.",
            ],
            &[
                "The heaters were recalled on Monday, the firm said.",
                "Buyers should stop using the heaters now, the firm said.",
            ],
        );
        assert_eq!(
            subs,
            vec![Substitution {
                from: "company".into(),
                to: "firm".into(),
                count: 2,
                articles: [0, 1]
            }]
        );
    }

    #[test]
    fn name_spellings_one_report_always_uses() {
        let (subs, _) = run(
            &[
                "Aid from the European Union was delayed.",
                "Later the European Union paid.",
            ],
            &[
                "The storm hit the coast hard.",
                "The EU said aid would come, and the EU paid.",
            ],
        );
        assert_eq!(
            subs,
            vec![Substitution {
                from: "European Union".into(),
                to: "EU".into(),
                count: 2,
                articles: [0, 1]
            }]
        );
    }

    #[test]
    fn typography_is_not_wording() {
        let (subs, typo) = run(
            &[
                "Trump said relations were at an \u{201c}all-time low\u{201d} \u{2014} the worst yet.",
            ],
            &["Trump said relations were at an \"all-time low\" - the worst yet."],
        );
        assert!(subs.is_empty(), "{subs:?}");
        assert!(typo >= 1);
    }

    #[test]
    fn only_spellings_of_one_name_are_variants() {
        assert!(alias_pair("russian federation", "russia"));
        assert!(alias_pair("u.s", "us"));
        assert!(!alias_pair("korea", "russia"));
        assert!(close_spelling("nebi saleh", "nabi saleh"));
        assert!(close_spelling("sergey lavrov", "sergei lavrov"));
        assert!(!close_spelling("south korean", "north korean"));
        assert!(!close_spelling("kim jong un", "un"));
    }
}
