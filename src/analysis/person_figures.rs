//! Figures about a person that reports often give differently: ages
//! ("Michael Neu, 67," / "a 67-year-old man") and prison terms ("sentenced
//! to 18 months" / "jailed for a year and a half" is left alone, only a
//! number with its unit is read). Part of [`super::figures`]: each reader
//! returns the figure's normalised amount, shown value and role, or
//! `None` when the number is no age or term.
//!
//! A term is normalised to months (years and months) or to days (weeks
//! and days): "one year" = "12 months"; a maximum ("faces up to 10 years")
//! is no sentence and is left out.

use std::ops::Range;

use super::figures::{Amount, Role};
use crate::text::term_of;

/// Words shortly before a duration that make it a prison term.
const SENTENCING: &[&str] = &[
    "sentenced",
    "sentence",
    "jailed",
    "imprisoned",
    "imprisonment",
    "prison",
    "jail",
];

/// Nouns right after a hyphenated duration that make it a prison term
/// ("a seven-year sentence", "a six-month jail term").
const TERM_NOUNS: &[&str] = &["sentence", "term", "prison", "jail"];

/// Words that make a duration a maximum, not a sentence handed down.
const MAXIMUM: &[&str] = &["up", "maximum", "max", "faces", "facing", "could", "would"];

/// How many words before a duration may hold its sentencing word.
const LOOK_BACK: usize = 4;

/// An age at words `[i0, i1]` of a sentence (`range` in `text`): the
/// number before "-year-old" / "years old", a number after "aged" ("a
/// climber aged 34"), or a bare number set off by commas right after a
/// capitalised name ("Neu, 67,"). Returns the
/// amount, the value shown and the owner (the name, lower-cased, when the
/// comma form gives one).
pub(crate) fn age(
    text: &str,
    ws: &[(usize, &str)],
    range: &Range<usize>,
    n: f64,
    i0: usize,
    i1: usize,
) -> Option<(Amount, String, Option<Vec<String>>)> {
    if n.fract() != 0.0 || !(1.0..=120.0).contains(&n) {
        return None;
    }
    let shown = format!("{n:.0}");
    let rest: String = text[range.end..]
        .chars()
        .take(10)
        .flat_map(char::to_lowercase)
        .collect();
    let unit = term_of(ws[i1].1, false).map(|t| t.key);
    let span = text[range.clone()].to_lowercase();
    let hyphenated = span.ends_with("year-old") || span.ends_with("years-old");
    if hyphenated
        || (i1 > i0
            && unit.as_deref() == Some("year")
            && (rest.starts_with("-old") || rest.starts_with(" old")))
    {
        return Some((Amount::Exact(n, "age".into()), shown, None));
    }
    let aged = i0 == i1 && i0 > 0 && ws[i0 - 1].1.eq_ignore_ascii_case("aged");
    if aged {
        return Some((Amount::Exact(n, "age".into()), shown, None));
    }
    let bare = i0 == i1
        && i0 > 0
        && ws[i0].1.chars().all(|c| c.is_ascii_digit())
        && text[ws[i0 - 1].0 + ws[i0 - 1].1.len()..range.start] == *", "
        && ws[i0 - 1].1.starts_with(char::is_uppercase)
        && (rest.starts_with(',') || rest.starts_with(')'));
    if !bare {
        return None;
    }
    // The name: the capitalised words just before the comma.
    let mut k = i0;
    let mut name = Vec::new();
    while k > 0 && ws[k - 1].1.starts_with(char::is_uppercase) {
        k -= 1;
        name.push(ws[k].1.to_lowercase());
        let gap = if k > 0 {
            &text[ws[k - 1].0 + ws[k - 1].1.len()..ws[k].0]
        } else {
            " "
        };
        if gap != " " {
            break;
        }
    }
    Some((Amount::Exact(n, "age".into()), shown, Some(name)))
}

/// A prison term: a duration at words `[i0, i1]` with a sentencing word
/// shortly before and no word of a maximum.
pub(crate) fn prison_term(
    ws: &[(usize, &str)],
    n: f64,
    i0: usize,
    i1: usize,
) -> Option<(Amount, String)> {
    let before: Vec<String> = ws[i0.saturating_sub(LOOK_BACK)..i0]
        .iter()
        .map(|(_, w)| w.to_lowercase())
        .collect();
    // "a seven-year sentence": the term noun follows the duration.
    let noun_after = i1 > i0
        && ws
            .get(i1 + 1)
            .is_some_and(|(_, w)| TERM_NOUNS.contains(&w.to_lowercase().as_str()));
    if !(noun_after || before.iter().any(|w| SENTENCING.contains(&w.as_str())))
        || before.iter().any(|w| MAXIMUM.contains(&w.as_str()))
    {
        return None;
    }
    let unit = term_of(ws[i1].1, false)?.key;
    let (v, unit, name) = match unit.as_str() {
        "year" => (n * 12.0, "months", "months"),
        "month" => (n, "months", "months"),
        "week" => (n * 7.0, "days", "days"),
        "day" => (n, "days", "days"),
        _ => return None,
    };
    let shown = format!("{v} {name}");
    Some((Amount::Exact(v, unit.into()), shown))
}

/// The role of an age.
pub(crate) fn age_role() -> Role {
    Role::Count {
        event: "age".into(),
        noun: String::new(),
    }
}

/// The role of a prison term.
pub(crate) fn term_role() -> Role {
    Role::Count {
        event: "sentenced".into(),
        noun: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::figures::{Role, figures};

    /// Ages and terms (and other counts) of a sentence; its days aside.
    fn all(text: &str) -> Vec<(String, String)> {
        figures(text, &(0..text.len()))
            .into_iter()
            .filter(|f| !matches!(f.role, Role::Moment(_)))
            .map(|f| (text[f.range].to_string(), f.value))
            .collect()
    }

    #[test]
    fn ages_by_hyphen_or_commas() {
        assert_eq!(
            all("Dana Whitlock, 54, was charged on Friday."),
            vec![("54".into(), "54".into())]
        );
        assert_eq!(
            all("A 54-year-old teacher was charged."),
            vec![("54-year-old".into(), "54".into())]
        );
        assert_eq!(
            all("A climber aged 34 was rescued."),
            vec![("34".into(), "34".into())]
        );
        // A number after a comma that closes no name is no age.
        assert!(all("In the end, 54 of them stayed.").is_empty());
    }

    #[test]
    fn prison_terms_in_months_and_maximums_left_out() {
        assert_eq!(
            all("He was sentenced to two years in prison."),
            vec![("two years".into(), "24 months".into())]
        );
        assert_eq!(
            all("She was jailed for 24 months."),
            vec![("24 months".into(), "24 months".into())]
        );
        assert!(all("He faces up to 10 years in prison.").is_empty());
        assert_eq!(
            all("He was handed a seven-year sentence."),
            vec![("seven-year".into(), "84 months".into())]
        );
        assert_eq!(
            all("She got a six-month jail term."),
            vec![("six-month".into(), "6 months".into())]
        );
        // A hyphenated duration before another noun is no term.
        assert!(all("It was a seven-year project.").is_empty());
    }
}
