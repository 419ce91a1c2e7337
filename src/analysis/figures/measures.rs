//! Figures of stories other than tolls: amounts of money and percentages
//! named by the words around them ("revenue rose to $2.1bn", "shares fell
//! 5%", "turnout fell to 54%"), match scores ("beat Town 3-1") and the day
//! or clock time of an action ("on Tuesday", "at 9 a.m."). Part of
//! [`super`]: each reader returns a [`Figure`] or `None`.
//!
//! What keeps them from false alarms: an amount carries the period it is
//! for (a yearly and a quarterly rise are two figures), a score needs a
//! result word and no half-time, and all of them are compared only
//! between linked sentences ([`crate::analysis::conflicts`]).

use std::borrow::Cow;
use std::ops::Range;

use super::{Amount, Figure, Role, context, figure};

/// A sentence's words as the readers below need them: the paragraph
/// text, its words with their offsets, the words lower-cased and the
/// indices of its capitalised words.
pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub ws: &'a [(usize, &'a str)],
    pub low: &'a [Cow<'a, str>],
    pub caps: &'a [usize],
}
use crate::analysis::attribution::is_reporting_verb;
use crate::analysis::facts::FactSpan;
use crate::analysis::lexicon::WEEKDAYS;

/// Words that make a pair of numbers a match result ("beat Town 3-1",
/// "a 2-0 win").
const RESULTS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "won",
    "win",
    "wins",
    "winning",
    "lost",
    "lose",
    "loses",
    "losing",
    "defeat",
    "defeated",
    "defeats",
    "victory",
    "draw",
    "drew",
    "drawn",
    "edged",
    "scoreline",
];

/// Words of a score that is not the result (a half-time or aggregate
/// score, a lead).
const NOT_RESULT: &[&str] = &[
    "half-time",
    "halftime",
    "half",
    "interval",
    "aggregate",
    "led",
    "lead",
    "leading",
    "trailed",
    "trailing",
];

/// Stems of the noun a score may carry ("a 3-1 win"); any other noun
/// ("11-5 record", "4-12 season", "52-48 vote") makes it no result.
const SCORE_NOUNS: &[&str] = &["win", "victori", "defeat", "loss", "draw"];

/// Time zones after a clock time: two clock times are compared only in
/// the same zone (or both with none).
const ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pst", "pdt", "pt", "ct", "cdt", "ist",
    "jst", "local",
];

/// Words naming the period a money figure or percentage is for, and the
/// period.
const PERIODS: &[(&str, &str)] = &[
    ("year", "year"),
    ("years", "year"),
    ("annual", "year"),
    ("yearly", "year"),
    ("annually", "year"),
    ("year-on-year", "year"),
    ("quarter", "quarter"),
    ("quarters", "quarter"),
    ("quarterly", "quarter"),
    ("half-year", "half"),
    ("half-yearly", "half"),
    ("month", "month"),
    ("monthly", "month"),
    ("week", "week"),
    ("weekly", "week"),
    ("daily", "day"),
];

/// How many words on each side may name an amount's period.
const PERIOD_WINDOW: usize = 6;

/// The role of an amount of money or a percentage at words `[i0, i1]`:
/// the words around it and the period it is for.
pub(crate) fn measure_role(
    ws: &[(usize, &str)],
    low: &[Cow<'_, str>],
    i0: usize,
    i1: usize,
    unit: &str,
) -> Role {
    Role::Measure {
        unit: unit.to_string(),
        context: context(ws, low, i0, i1 + 1),
        period: period(low, i0, i1),
    }
}

/// The period named near words `[i0, i1]` ("up 3% on the year", "in the
/// three months to June" is a quarter).
fn period(low: &[Cow<'_, str>], i0: usize, i1: usize) -> Option<&'static str> {
    let lo = i0.saturating_sub(PERIOD_WINDOW);
    let hi = (i1 + 1 + PERIOD_WINDOW).min(low.len());
    (lo..hi).filter(|k| *k < i0 || *k > i1).find_map(|k| {
        let w = low[k].as_ref();
        let three = k > 0 && ["three", "3"].contains(&low[k - 1].as_ref());
        if three && w == "months" {
            return Some("quarter");
        }
        PERIODS.iter().find(|(p, _)| *p == w).map(|(_, p)| *p)
    })
}

/// A match result: a number fact "3-1" (value `#3-1`) with a result word
/// within four words, no half-time or lead, and no other noun. Its amount
/// is the two numbers high first, so "beat them 3-1" meets "lost 1-3".
pub(crate) fn score(
    sent: &Words<'_>,
    fact: &FactSpan,
    range: Range<usize>,
    i0: usize,
    i1: usize,
) -> Option<Figure> {
    let value = fact.value()?.strip_prefix('#')?;
    let (first, second) = value.split_once('-')?;
    let small = |n: &str| (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit());
    if !small(first) || !small(second) {
        return None;
    }
    let noun = fact.key().split_once(' ').map(|(_, n)| n);
    if noun.is_some_and(|n| !SCORE_NOUNS.contains(&n)) {
        return None;
    }
    let lo = i0.saturating_sub(4);
    let hi = (i1 + 4).min(sent.low.len());
    let near = &sent.low[lo..hi];
    if near.iter().any(|w| NOT_RESULT.contains(&w.as_ref())) {
        return None;
    }
    if noun.is_none() && !near.iter().any(|w| RESULTS.contains(&w.as_ref())) {
        return None;
    }
    let (x, y): (u32, u32) = (first.parse().ok()?, second.parse().ok()?);
    let (h, l) = (x.max(y), x.min(y));
    let amount = Amount::Score(h, l);
    let mut out = figure(
        sent.text,
        sent.ws,
        sent.caps,
        range,
        amount,
        Role::Score,
        i0,
    );
    out.value = format!("{h}-{l}");
    Some(out)
}

/// The day of the week or clock time of a date fact (`@tuesday`,
/// `@09:00`) at words `[i0, i1]`, with the words around it; `None` for
/// other dates (months are read by [`super::times`]).
pub(crate) fn moment(
    sent: &Words<'_>,
    fact: &FactSpan,
    range: Range<usize>,
    i0: usize,
    i1: usize,
) -> Option<Figure> {
    let key = fact.key().strip_prefix('@')?;
    // "police said on Tuesday", "On Wednesday, the minister said": when
    // something was said, which reports published on different days give
    // differently ("hit the bridge on Monday, police said" is the day of
    // the crash).
    let said_before = (i0.saturating_sub(2)..i0).any(|k| is_reporting_verb(&sent.low[k]));
    let opens = i0 <= 1;
    let said_after =
        opens && (i1 + 1..(i1 + 5).min(sent.low.len())).any(|k| is_reporting_verb(&sent.low[k]));
    if said_before || said_after {
        return None;
    }
    let amount = if let Some(d) = WEEKDAYS.iter().position(|w| *w == key) {
        Amount::Weekday(u32::try_from(d).ok()?)
    } else {
        let (h, m) = key.split_once(':')?;
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        let zone = sent
            .low
            .get(i1 + 1)
            .filter(|z| ZONES.contains(&z.as_ref()))
            .map_or(String::new(), ToString::to_string);
        Amount::Clock(h * 60 + m, zone)
    };
    let role = Role::Moment(context(sent.ws, sent.low, i0, i1 + 1));
    let mut out = figure(sent.text, sent.ws, sent.caps, range, amount, role, i0);
    if let Amount::Weekday(d) = out.amount {
        let name = WEEKDAYS[d as usize];
        out.value = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
    } else {
        out.value = key.to_string();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::{Amount, Role, figures};

    fn read(text: &str) -> Vec<(String, String, Amount)> {
        figures(text, &(0..text.len()))
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.value, f.amount))
            .collect()
    }

    fn period(text: &str) -> Option<&'static str> {
        figures(text, &(0..text.len()))
            .into_iter()
            .find_map(|f| match f.role {
                Role::Measure { period, .. } => Some(period),
                _ => None,
            })
            .flatten()
    }

    #[test]
    fn money_and_percentages_carry_their_period() {
        assert_eq!(period("Revenue was up 3% on the year."), Some("year"));
        assert_eq!(period("Quarterly revenue was up 8%."), Some("quarter"));
        assert_eq!(
            period("Revenue rose to $2.1bn in the three months to June."),
            Some("quarter")
        );
        assert_eq!(period("Shares fell 5% in early trading."), None);
        assert_eq!(
            read("Revenue rose to $2.1bn.")[0].2,
            Amount::Exact(2.1e9, "$".into())
        );
    }

    #[test]
    fn results_need_a_result_word_and_no_half_time() {
        assert_eq!(
            read("Town lost 1-3 at home.")[0].1,
            "3-1",
            "the higher number first"
        );
        assert_eq!(read("a 2-0 win over City")[0].2, Amount::Score(2, 0));
        assert!(read("Town led 2-0 at half-time.").is_empty());
        assert!(read("They won with an 11-5 record.").is_empty());
        assert!(read("The vote went 52-48.").is_empty());
    }

    #[test]
    fn days_and_clock_times_of_an_action_not_of_a_statement() {
        assert_eq!(
            read("The strike began on Tuesday at 0600 GMT."),
            vec![
                ("Tuesday".into(), "Tuesday".into(), Amount::Weekday(1)),
                (
                    "0600".into(),
                    "06:00".into(),
                    Amount::Clock(360, "gmt".into())
                ),
            ]
        );
        assert!(read("Police said on Tuesday the road was shut.").is_empty());
        assert!(read("On Wednesday, the minister said the road was shut.").is_empty());
    }
}
