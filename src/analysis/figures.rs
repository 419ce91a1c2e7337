//! Figures a report states about the event, read for comparison with other
//! reports ([`super::conflicts`]): counts with what they count ("at least
//! six civilians" killed, "nearly 1,000 troops"), vague quantities
//! ("scores", "dozens"), times relative to publication ("last week") and
//! months. Each figure carries its role, the words that say what it is
//! about: the event verb or head noun for counts, the nearby content words
//! for times.
//!
//! Amounts of money and percentages named by the words around them,
//! match results, weekdays and clock times are read by [`measures`] and
//! compared only between linked sentences. Records ("11-5 record"),
//! scores without a result word and bare years are left out: reports
//! name many of them for different games and seasons, and a year says
//! too little to tell which.

mod measures;

use std::borrow::Cow;
use std::ops::Range;

use super::FactKind;
use super::lexicon::{MONTHS, UNIT_CLASSES};
use super::person_figures;
use super::quantities::numbers_and_dates;
use crate::text::{is_stop_word, lower_is_in, lowercase, lowercase_in, term_of, words};

/// What a figure says, normalised.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Amount {
    /// A precise count or amount (hedges dropped: "at least 30" is 30),
    /// with its unit marker ("", "$", "%").
    Exact(f64, String),
    /// A vague quantity word, with the range of counts it can stand for
    /// ("scores": 20 to 99): a precise count outside the range disagrees
    /// with it, one inside agrees.
    Vague(f64, f64),
    /// A round figure behind a one-sided hedge, as the range the hedge
    /// leaves open at the figure's precision ([`as_bound`]): "more than $2
    /// million" is $2-3 million, "nearly 1,000" 900-1,000.
    Bound {
        /// Lowest value it allows.
        lo: f64,
        /// Highest value it allows.
        hi: f64,
        /// The figure as written (2 million, 1,000).
        written: f64,
        /// Unit marker, as for [`Amount::Exact`].
        unit: String,
    },
    /// A time before publication, as a range of days ago.
    Ago(u32, u32),
    /// A month (1–12), with the day when given.
    Month(u32, Option<u32>),
    /// A match result, the higher number first ("3-1" = "1-3").
    Score(u32, u32),
    /// A day of the week (0 = Monday).
    Weekday(u32),
    /// A clock time in minutes after midnight, with its time zone ("gmt",
    /// "local"; empty when none is named).
    Clock(u32, String),
}

/// What a figure is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    /// A count: the event it counts ("killed") and the counted noun's
    /// class ("people", "troops"; empty when not said).
    Count { event: String, noun: String },
    /// A time: the content words around it (stems, lower-case forms and
    /// joined neighbours, so "air strikes" meets "airstrikes"), each with
    /// whether it was written in lower case (a name alone does not make two
    /// times the time of one thing).
    Time(Vec<(String, bool)>),
    /// An amount of money or a percentage that names no event: its unit
    /// marker, the words around it (as for [`Role::Time`]) and the period
    /// it is for ("year", "quarter"), when named.
    Measure {
        unit: String,
        context: Vec<(String, bool)>,
        period: Option<&'static str>,
    },
    /// A match result.
    Score,
    /// The day or clock time of an action, with the words around it (as
    /// for [`Role::Time`]).
    Moment(Vec<(String, bool)>),
}

/// One figure of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    /// Byte range in the paragraph text.
    pub range: Range<usize>,
    /// The value.
    pub amount: Amount,
    /// The value as shown ("6", "last week", "scores").
    pub value: String,
    /// What it is about.
    pub role: Role,
    /// Capitalised words before it in its sentence (lower-cased): whose
    /// figure it is ("Germany has ..."); names after a preposition of
    /// place are in `places` instead.
    pub owners: Vec<String>,
    /// Capitalised words before it that follow a preposition of place
    /// ("in Kunduz", "at Kelby Park"): where, not whose.
    pub places: Vec<String>,
    /// The value of the last digit written ("$2.1bn": $0.1bn; "$2bn":
    /// $1bn; "54%": 1%; 0 when not known). Two figures closer than half
    /// the coarser step agree: "$2.1bn" is "$2.13 billion" rounded, "54%"
    /// is "54.3%".
    pub step: f64,
}

/// How many capitalised words before a figure may name its owner
/// ("Germany leads the Nato mission in Afghanistan and has 1,000 troops").
const OWNERS: usize = 8;

/// Event words and the event they name, for counts.
const EVENTS: &[(&str, &str)] = &[
    ("kill", "killed"),
    ("killed", "killed"),
    ("killing", "killed"),
    ("kills", "killed"),
    ("dead", "killed"),
    ("died", "killed"),
    ("die", "killed"),
    ("deaths", "killed"),
    ("death", "killed"),
    ("fatalities", "killed"),
    ("wounded", "wounded"),
    ("wounding", "wounded"),
    ("injured", "wounded"),
    ("injuring", "wounded"),
    ("injuries", "wounded"),
    ("hurt", "wounded"),
    // "four fans were treated (for minor injuries)".
    ("treated", "wounded"),
    ("hospital", "wounded"),
    ("hospitalised", "wounded"),
    ("hospitalized", "wounded"),
    ("arrested", "arrested"),
    ("detained", "arrested"),
    ("arrests", "arrested"),
    ("missing", "missing"),
    ("unaccounted", "missing"),
    ("evacuated", "evacuated"),
    ("displaced", "displaced"),
    ("fined", "fined"),
    ("fine", "fined"),
    ("bail", "bail"),
    ("stole", "stolen"),
    ("stolen", "stolen"),
    ("embezzled", "stolen"),
    ("damages", "damages"),
    ("compensation", "damages"),
];

/// Nouns folded into one class ("soldiers" = "troops"); units of
/// measure fold through [`UNIT_CLASSES`] too.
const NOUN_CLASSES: &[(&str, &str)] = &[
    ("troop", "troops"),
    ("soldier", "troops"),
    ("servicemen", "troops"),
    ("member", "troops"),
    ("personnel", "troops"),
    ("peopl", "people"),
    ("person", "people"),
    ("civilian", "people"),
    ("resid", "people"),
    ("individu", "people"),
    ("bodi", "people"),
    ("victim", "people"),
];

/// Words between a count and its event verb ("two people have been
/// killed", "dozens more were injured").
const AUX: &[&str] = &[
    "have",
    "has",
    "had",
    "been",
    "were",
    "was",
    "are",
    "is",
    "being",
    "be",
    "more",
    "other",
    "reportedly",
    "also",
    "people",
    "were",
    "rushed",
    "taken",
    "brought",
    "to",
    "still",
    "now",
    "remain",
    "remained",
    "feared",
    "believed",
    "confirmed",
    "reported",
];

/// Verbs that give the level a toll or tally has reached ("rose to 17",
/// "stands at 40").
const TOLL_LEVELS: &[&str] = &[
    "rose",
    "risen",
    "rises",
    "rise",
    "climbed",
    "climbs",
    "jumped",
    "reached",
    "reaches",
    "stands",
    "stood",
    "increased",
    "grew",
    "hit",
    "hits",
];

/// Nouns of a running count ("the death toll", "the number of people
/// killed").
const TALLIES: &[&str] = &["toll", "tally", "number", "count"];

/// Stems that end a number phrase without saying what it counts.
const UNIT_WORDS: &[&str] = &[
    "percent", "cent", "dollar", "euro", "pound", "hundr", "thousand", "million", "billion",
];

/// Stems of durations: reports give many of them for different spells
/// (sentences, careers, seasons), so they are no counts to compare;
/// "three weeks ago" is read as a time instead.
const DURATIONS: &[&str] = &[
    "second", "minut", "hour", "day", "week", "month", "year", "season", "time", "decad",
];

/// Vague quantity words and the counts each can stand for: "scores" and
/// "dozens" are tens of, "hundreds" and "thousands" what they say.
const VAGUE: &[(&str, f64, f64)] = &[
    ("scores", 20.0, 99.0),
    ("dozens", 24.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2000.0, 999_999.0),
    ("several", 3.0, 9.0),
];

/// The figures of one sentence (`sentence` is its byte range in `text`).
pub(crate) fn figures(text: &str, sentence: &Range<usize>) -> Vec<Figure> {
    let s = &text[sentence.clone()];
    let ws: Vec<(usize, &str)> = words(s).map(|(o, w)| (o + sentence.start, w)).collect();
    let caps = capitalised(&ws);
    // Most words are lower-case ASCII already: borrowed, not copied.
    let low: Vec<Cow<'_, str>> = ws.iter().map(|(_, w)| lowercase(w)).collect();
    let words = measures::Words {
        text,
        ws: &ws,
        low: &low,
        caps: &caps,
    };
    let mut out = Vec::new();
    for f in numbers_and_dates(s) {
        let range = f.range.start + sentence.start..f.range.end + sentence.start;
        if ws.is_empty() {
            continue;
        }
        let (i0, i1) = word_span(&ws, &range);
        if f.kind == FactKind::Date {
            out.extend(measures::moment(&words, &f, range, i0, i1));
            continue;
        }
        if f.kind != FactKind::Number {
            continue;
        }
        if is_score(text, &range) {
            out.extend(measures::score(&words, &f, range, i0, i1));
            continue;
        }
        let Some(amount) = f.value().and_then(parse_amount) else {
            continue;
        };
        let amount = as_range(amount, &ws, i0);
        if let Amount::Exact(n, unit) = &amount
            && unit.is_empty()
        {
            if let Some((amount, shown, name)) = person_figures::age(text, &ws, &range, *n, i0, i1)
            {
                let mut f = figure(
                    text,
                    &ws,
                    &caps,
                    range,
                    amount,
                    person_figures::age_role(),
                    i0,
                );
                f.value = shown;
                if let Some(name) = name {
                    f.owners = name;
                }
                out.push(f);
                continue;
            }
            if let Some((amount, shown)) = person_figures::prison_term(&ws, *n, i0, i1) {
                // "sentenced to two years": the "to" is no hedge here.
                let to = i0 < i1 && ws[i0].1.eq_ignore_ascii_case("to");
                let range = if to { ws[i0 + 1].0..range.end } else { range };
                let mut f = figure(
                    text,
                    &ws,
                    &caps,
                    range,
                    amount,
                    person_figures::term_role(),
                    i0,
                );
                f.value = shown;
                out.push(f);
                continue;
            }
        }
        let duration =
            term_of(ws[i1].1, false).is_some_and(|t| DURATIONS.contains(&t.key.as_str()));
        if duration {
            continue;
        }
        // Ages and prison terms above keep their figure; other counts and
        // money read a hedge on a round figure as a range.
        let amount = as_bound(amount, &ws, i0);
        let unit = match &amount {
            Amount::Exact(_, u) | Amount::Bound { unit: u, .. } => u.clone(),
            _ => String::new(),
        };
        let role = amount_role(&ws, &low, i0, i1, &unit);
        if let Some(role) = role {
            let step = f.value().map_or(0.0, step_of);
            let (role, factor) = in_kilometres(role, plain_length(&ws, i0, i1));
            let mut fig = figure(text, &ws, &caps, range, amount, role, i0);
            // Miles are compared as kilometres, shown as written.
            fig.amount = scaled(fig.amount, factor);
            fig.step = step * factor;
            out.push(fig);
        }
    }
    out.extend(vague(text, &ws, &caps));
    out.extend(times(text, &ws, &low, &caps));
    out.sort_by_key(|f| f.range.start);
    out
}

/// The role of a count or amount at words `[i0, i1]` with unit marker
/// `unit`: its event and noun ([`count_role`]); money takes its event
/// from a few words back ("fined the company $40,000"), and money or a
/// percentage of no event is named by the words around it
/// ([`measures::measure_role`]).
fn amount_role(
    ws: &[(usize, &str)],
    low: &[Cow<'_, str>],
    i0: usize,
    i1: usize,
    unit: &str,
) -> Option<Role> {
    let money = !unit.is_empty() && unit != "%";
    // An amount of money takes its verb from a few words back ("fined
    // the company $40,000").
    let role = count_role(ws, i0, i1).or_else(|| {
        money
            .then(|| {
                ws[i0.saturating_sub(4)..i0]
                    .iter()
                    .rev()
                    .find_map(|(_, w)| event_of(w))
            })
            .flatten()
            .map(|e| Role::Count {
                event: e.to_string(),
                noun: String::new(),
            })
    });
    // Money or a percentage of no event ("revenue of $2.1bn", "fell
    // 5%") is named by the words around it.
    let named_event = matches!(&role, Some(Role::Count { event, .. }) if !event.is_empty());
    if unit.is_empty() || named_event {
        role
    } else {
        Some(measures::measure_role(ws, low, i0, i1, unit))
    }
}

/// Kilometres in a mile.
const KM_PER_MILE: f64 = 1.609_344;

/// Whether the noun closing an amount (`ws[i1]`) is a plain length: not an
/// area, a volume or a sea mile ("100 square miles", "12 nautical miles")
/// and not a rate ("60 miles per hour", "50 miles a day").
fn plain_length(ws: &[(usize, &str)], i0: usize, i1: usize) -> bool {
    let is = |k: usize, set: &[&str]| ws.get(k).is_some_and(|(_, w)| lower_is_in(w, set));
    i1 > i0
        && !is(i1 - 1, &["square", "sq", "nautical", "cubic"])
        && !is(i1 + 1, &["per", "a", "an", "each", "every"])
}

/// A distance in miles as one in kilometres ("75 miles" = "120 km") when
/// `plain` (see [`plain_length`]): the role with its noun class `km`, and
/// the factor its amount is scaled by (1 for any other role).
fn in_kilometres(role: Role, plain: bool) -> (Role, f64) {
    match role {
        Role::Count { event, noun } if plain && noun == "mile" => (
            Role::Count {
                event,
                noun: "km".to_string(),
            },
            KM_PER_MILE,
        ),
        other => (other, 1.0),
    }
}

/// An amount times `factor` (a precise one or a hedged range).
fn scaled(amount: Amount, factor: f64) -> Amount {
    if (factor - 1.0).abs() < f64::EPSILON {
        return amount;
    }
    match amount {
        Amount::Exact(v, unit) => Amount::Exact(v * factor, unit),
        Amount::Bound {
            lo,
            hi,
            written,
            unit,
        } => Amount::Bound {
            lo: lo * factor,
            hi: hi * factor,
            written: written * factor,
            unit,
        },
        other => other,
    }
}

/// The vague quantity words of a sentence that count something ("scores
/// of people were hurt").
fn vague(text: &str, ws: &[(usize, &str)], caps: &[usize]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (i, (o, w)) in ws.iter().enumerate() {
        let lower = lowercase(w);
        if let Some(&(_, lo, hi)) = VAGUE.iter().find(|(v, _, _)| *v == lower) {
            // "scores of (other) people": the noun after "of" is counted.
            let of = ws.get(i + 1).is_some_and(|(_, w)| *w == "of");
            let mut end = i;
            if of {
                end = (i + 2..ws.len().min(i + 4))
                    .find(|&k| !lower_is_in(ws[k].1, AUX))
                    .unwrap_or(i);
            }
            if let Some(role) = count_role(ws, i, end) {
                let range = *o..o + w.len();
                let amount = Amount::Vague(lo, hi);
                let mut f = figure(text, ws, caps, range, amount, role, i);
                f.value = lower.into_owned();
                out.push(f);
            }
        }
    }
    out
}

fn figure(
    text: &str,
    ws: &[(usize, &str)],
    caps: &[usize],
    range: Range<usize>,
    amount: Amount,
    role: Role,
    at: usize,
) -> Figure {
    let value = match &amount {
        Amount::Exact(v, unit)
        | Amount::Bound {
            written: v, unit, ..
        } => show(*v, unit),
        _ => text[range.clone()].to_lowercase(),
    };
    let (owners, places) = owners(ws, caps, at);
    Figure {
        range,
        amount,
        value,
        role,
        owners,
        places,
        step: 0.0,
    }
}

/// The value of the last written digit of a number fact's value
/// (`#$2.1 billion` → 1e8, `#$2 billion` → 1e9, `#54%` → 1).
fn step_of(value: &str) -> f64 {
    let v = value.trim_start_matches(['#', '$', '\u{a3}', '\u{20ac}', '\u{a5}']);
    let mut parts = v.split(' ');
    let digits = parts.next().unwrap_or_default().trim_end_matches('%');
    let scale = match parts.next() {
        Some("hundred") => 1e2,
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        Some("trillion") => 1e12,
        _ => 1.0,
    };
    let places = digits.split_once('.').map_or(0, |(_, decimals)| {
        i32::try_from(decimals.len()).unwrap_or(0)
    });
    10f64.powi(-places) * scale
}

/// A number written as a value ("6", "$40000", "$5 billion").
fn show(v: f64, unit: &str) -> String {
    // Millions and billions in words ("$2.1 billion"), as reports write
    // them; smaller figures in digits.
    let scaled = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        .into_iter()
        .find(|(s, _)| v.abs() >= *s)
        .map(|(s, word)| {
            let digits = format!("{:.6}", v / s);
            let digits = digits.trim_end_matches('0').trim_end_matches('.');
            format!("{digits} {word}")
        });
    let n = if let Some(n) = scaled {
        n
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    };
    match unit {
        "%" => format!("{n}%"),
        "" => n,
        u => format!("{u}{n}"),
    }
}

/// The value of a number fact ("#$5 billion", "#1000", "#6%"); ordinals
/// are no amounts.
fn parse_amount(v: &str) -> Option<Amount> {
    let v = v.trim_start_matches('#');
    let (unit, rest) = match v.chars().next()? {
        c @ ('$' | '\u{a3}' | '\u{20ac}' | '\u{a5}') => (c.to_string(), &v[c.len_utf8()..]),
        _ => (String::new(), v),
    };
    let (rest, unit) = match rest.strip_suffix('%') {
        Some(r) => (r, "%".to_string()),
        None => (rest, unit),
    };
    let mut parts = rest.split(' ');
    let mut n: f64 = parts.next()?.parse().ok()?;
    if let Some(m) = parts.next() {
        n *= match m {
            "hundred" => 1e2,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            _ => return None,
        };
    }
    // Past a quintillion a number is a table's or a string of digits, not
    // a figure reports give (and two such would both read as infinite).
    (n > 1.0 && n < 1e18).then_some(Amount::Exact(n, unit))
}

/// The amount a number fact states, a hedge on a round figure read as the
/// range it leaves open ([`as_bound`]): `written` is the fact's text
/// (hedge included, "more than $2 million"), `value` its value key
/// (`#$2 million`). `None` for what is no amount (a score, a year).
pub(crate) fn fact_amount(written: &str, value: &str) -> Option<Amount> {
    let amount = parse_amount(value)?;
    let ws: Vec<(usize, &str)> = words(written).collect();
    Some(as_bound(amount, &ws, 0))
}

/// A count that ends a range ("between 20 and 30 passengers", "20 to 30
/// passengers") as that range, which agrees with any count inside it.
fn as_range(amount: Amount, ws: &[(usize, &str)], i0: usize) -> Amount {
    match (&amount, range_low(ws, i0)) {
        (Amount::Exact(n, unit), Some(low)) if unit.is_empty() && low < *n => {
            Amount::Vague(low, *n)
        }
        _ => amount,
    }
}

/// A round figure behind a one-sided hedge as the range it allows; any
/// other amount unchanged. The rule (one for counts, money and scores):
/// a figure of one significant digit ("2 million", "30", "1,000") is an
/// estimate, so "more than", "over" and "at least" leave open the values
/// up to the next step of that digit ("more than $2 million" agrees with
/// $2.4 million, "at least 30" with 34, not with 41), and "nearly",
/// "almost", "under", "less than", "up to" the tenth below it ("nearly
/// 1,000" agrees with 950, not with "about 850"). A figure of two
/// significant digits or more is a count: behind any hedge it is read as
/// itself ("at least 14" dead against 17 stays a conflict, the
/// difference a fact-checker asks about). "About" and "around" are
/// two-sided and keep the figure too.
fn as_bound(amount: Amount, ws: &[(usize, &str)], i0: usize) -> Amount {
    let Amount::Exact(n, unit) = amount else {
        return amount;
    };
    let word = |k: usize| ws.get(k).map(|(_, w)| w.to_lowercase()).unwrap_or_default();
    let (first, second) = (word(i0), word(i0 + 1));
    let lower = matches!(
        (first.as_str(), second.as_str()),
        ("more" | "at", "than" | "least") | ("over", _)
    );
    let upper = matches!(
        (first.as_str(), second.as_str()),
        ("nearly" | "almost" | "under", _) | ("less" | "fewer", "than") | ("up", "to")
    );
    // One significant digit: n = d × 10^k with k >= 1.
    let step = (1..=12)
        .map(|k| 10f64.powi(k))
        .take_while(|s| *s <= n)
        .filter(|s| {
            let d = n / s;
            (d - d.round()).abs() < 1e-9 && (1.0..=9.0).contains(&d.round())
        })
        .last();
    match step {
        Some(step) if lower => Amount::Bound {
            lo: n,
            hi: n + step - step * 1e-9,
            written: n,
            unit,
        },
        Some(_) if upper => Amount::Bound {
            lo: 0.9 * n,
            hi: n,
            written: n,
            unit,
        },
        _ => Amount::Exact(n, unit),
    }
}

/// The low end of a range whose high end starts at word `i0`: "between
/// 20 and [30]" or "20 [to 30]" (the hedge "to" opens the span).
fn range_low(ws: &[(usize, &str)], i0: usize) -> Option<f64> {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.to_lowercase());
    let number = |k: usize| {
        let w = word(k)?;
        let digits = if w.starts_with(|c: char| c.is_ascii_digit()) {
            w.replace(',', "")
        } else {
            crate::text::number_word(&w)?.to_string()
        };
        digits.parse::<f64>().ok()
    };
    if word(i0).as_deref() == Some("to") {
        return number(i0.checked_sub(1)?);
    }
    let k = i0.checked_sub(3)?;
    (word(k + 2).as_deref() == Some("and") && word(k).as_deref() == Some("between"))
        .then(|| number(k + 1))
        .flatten()
}

/// Whether a number is part of a score, record or range ("26-24",
/// "3:1").
fn is_score(text: &str, r: &Range<usize>) -> bool {
    // "3:1" is a score too (clock times are no numbers here).
    let before = text[..r.start].trim_end_matches(['-', '\u{2013}', ':']);
    let dash_before = before.len() < r.start;
    let digit_before = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit());
    let span = &text[r.clone()];
    let num_end = span
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(span.len());
    let after = &text[r.start + num_end..];
    // (Trimmed, not sliced: an en dash is three bytes.)
    let joined = after.trim_start_matches(['-', '\u{2013}', ':']);
    let dash_after = joined.len() < after.len() && joined.starts_with(|c: char| c.is_ascii_digit());
    (dash_before && digit_before) || dash_after
}

/// The words `[i0, i1]` a byte range covers.
fn word_span(ws: &[(usize, &str)], r: &Range<usize>) -> (usize, usize) {
    // Words are in text order: binary searches keep long sentences linear.
    let i0 = ws
        .partition_point(|(o, _)| *o < r.start)
        .min(ws.len().saturating_sub(1));
    let ends = ws.partition_point(|(o, w)| o + w.len() <= r.end);
    (i0, ends.saturating_sub(1).max(i0))
}

fn event_of(w: &str) -> Option<&'static str> {
    let lower = lowercase(w);
    EVENTS.iter().find(|(k, _)| *k == lower).map(|(_, e)| *e)
}

/// The role of a count at words `[i0, i1]`: its event (the word just
/// before, a word of the phrase, or the first one after it past auxiliary
/// words) and its noun's class. `None` without either: a bare number says
/// too little about what it counts.
fn count_role(ws: &[(usize, &str)], i0: usize, i1: usize) -> Option<Role> {
    let mut event = None;
    if i0 > 0 {
        event = event_of(ws[i0 - 1].1);
    }
    if event.is_none() {
        event = ws[i0..=i1].iter().find_map(|(_, w)| event_of(w));
    }
    if event.is_none() {
        for (_, w) in ws.iter().skip(i1 + 1).take(5) {
            if let Some(e) = event_of(w) {
                event = Some(e);
                break;
            }
            if !lower_is_in(w, AUX) {
                break;
            }
        }
    }
    let noun = (i1 > i0)
        .then(|| term_of(ws[i1].1, false))
        .flatten()
        .filter(|t| !t.key.chars().all(|c| c.is_ascii_digit()))
        .filter(|t| !UNIT_WORDS.contains(&t.key.as_str()))
        // "at least 14 dead": the event word is no counted noun.
        .filter(|_| event_of(ws[i1].1).is_none())
        .map(|t| {
            NOUN_CLASSES
                .iter()
                .chain(UNIT_CLASSES)
                .find(|(k, _)| *k == t.key)
                .map_or(t.key, |(_, c)| (*c).to_string())
        })
        .unwrap_or_default();
    if event.is_none() && noun.is_empty() {
        event = toll_event(ws, i0);
    }
    if event.is_none() && noun.is_empty() {
        return None;
    }
    Some(Role::Count {
        event: event.unwrap_or_default().to_string(),
        noun,
    })
}

/// The event of a count given as the level a running toll has reached
/// ("the death toll rose to 17", "the number of people killed in the
/// landslide has risen to 17", "the toll stands at 40"): the event word
/// between the tally noun and the verb, or deaths for a toll that names
/// none. `i0` is the count's first word (a hedge such as "to" included).
fn toll_event(ws: &[(usize, &str)], i0: usize) -> Option<&'static str> {
    let low = |k: usize| ws[k].1.to_lowercase();
    let mut k = i0;
    if !["to", "at"].contains(&low(k).as_str()) {
        k = k.checked_sub(1)?;
        if !["to", "at"].contains(&low(k).as_str()) {
            return None;
        }
    }
    let verb = k.checked_sub(1)?;
    if !TOLL_LEVELS.contains(&low(verb).as_str()) {
        return None;
    }
    let from = verb.saturating_sub(12);
    let tally = (from..verb)
        .rev()
        .find(|&j| TALLIES.contains(&low(j).as_str()))?;
    let toll = low(tally) == "toll";
    // "the number of cases" counts no event; a toll names its event
    // before it ("death toll") or after ("the toll of the injured").
    let start = tally.saturating_sub(1);
    let event = ws[start..verb].iter().find_map(|(_, w)| event_of(w));
    event.or(toll.then_some("killed"))
}

/// The last `OWNERS` capitalised words before word `at` (stop words
/// aside, so that a capitalised "The" or "AT" at a sentence's start names
/// nobody), as the names and the places (a run of capitals after a
/// preposition of place);
/// `caps` lists the indices of the sentence's capitalised words.
fn owners(ws: &[(usize, &str)], caps: &[usize], at: usize) -> (Vec<String>, Vec<String>) {
    let end = caps.partition_point(|&k| k < at);
    let (mut named, mut places) = (Vec::new(), Vec::new());
    for &k in &caps[end.saturating_sub(OWNERS)..end] {
        // The start of the run of capitalised words holding word k.
        let mut start = k;
        while start > 0 && caps.binary_search(&(start - 1)).is_ok() {
            start -= 1;
        }
        let located = start > 0 && lower_is_in(ws[start - 1].1, LOCATIVE);
        let word = ws[k].1.to_lowercase();
        if located {
            places.push(word);
        } else {
            named.push(word);
        }
    }
    (named, places)
}

/// Prepositions of place: a name after one says where a figure is, not
/// whose it is ("The judge in Marrow fined him"). Not "to" or "from",
/// which name people and bodies as often ("sent to Reuters", "a
/// statement from the ministry").
const LOCATIVE: &[&str] = &["in", "at", "near", "outside", "inside", "across", "around"];

/// Indices of a sentence's capitalised words that may name an owner.
fn capitalised(ws: &[(usize, &str)]) -> Vec<usize> {
    ws.iter()
        .enumerate()
        .filter(|(_, (_, w))| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|(_, (_, w))| {
            let mut buf = [0u8; 32];
            let lower = lowercase_in(w, &mut buf);
            !is_stop_word(&lower) && !MONTHS.contains(&&*lower)
        })
        .map(|(k, _)| k)
        .collect()
}

/// Relative times and months of a sentence.
fn times(text: &str, ws: &[(usize, &str)], low: &[Cow<'_, str>], caps: &[usize]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some((n, amount)) = relative(low, i).or_else(|| month(low, ws, i)) else {
            i += 1;
            continue;
        };
        let range = ws[i].0..ws[i + n - 1].0 + ws[i + n - 1].1.len();
        let role = Role::Time(context_skipping(ws, low, i, i + n, TIME_LINKS));
        let mut f = figure(text, ws, caps, range, amount, role, i);
        if let Amount::Month(m, d) = f.amount {
            let full = crate::text::calendar::month_name(m);
            let name = format!("{}{}", full[..1].to_uppercase(), &full[1..]);
            f.value = d.map_or(name.clone(), |d| format!("{name} {d}"));
        }
        out.push(f);
        i += n;
    }
    out
}

/// A relative time at word `i`: its length in words and its range of days
/// before publication.
fn relative(low: &[Cow<'_, str>], at: usize) -> Option<(usize, Amount)> {
    let word = |k: usize| low.get(k).map_or("", |w| w.as_ref());
    let unit_days = |u: &str| match u.trim_end_matches('s') {
        "day" => Some(1),
        "week" => Some(7),
        "month" => Some(30),
        "year" => Some(365),
        _ => None,
    };
    let ago = |lo: u32, hi: u32| Amount::Ago(lo, hi);
    match (word(at), word(at + 1), word(at + 2)) {
        ("yesterday", _, _) => Some((1, ago(1, 1))),
        ("earlier", "this", "week") => Some((3, ago(1, 6))),
        ("earlier", "this", "month") => Some((3, ago(1, 30))),
        ("this", "week", _) => Some((2, ago(0, 6))),
        ("last", "week", _) => Some((2, ago(7, 13))),
        ("this", "month", _) => Some((2, ago(0, 30))),
        ("last", "month", _) => Some((2, ago(1, 61))),
        (n, u, "ago") => {
            let n: u32 = match n {
                "a" | "one" => 1,
                _ => crate::text::number_word(n).unwrap_or(n).parse().ok()?,
            };
            let d = unit_days(u)?;
            let slack = if d == 1 { 0 } else { d / 2 + 1 };
            // "4294967295 weeks ago" is no time a report can mean.
            let days = n.checked_mul(d)?;
            Some((3, ago(days.saturating_sub(slack), days.checked_add(slack)?)))
        }
        _ => None,
    }
}

/// A month name (capitalised) at word `i`, with a day next to it.
fn month(low: &[Cow<'_, str>], ws: &[(usize, &str)], i: usize) -> Option<(usize, Amount)> {
    let bare = trim_suffixes(trim_suffixes(&low[i], "'s"), "\u{2019}s");
    let m = month_number(bare)?;
    if !ws[i].1.starts_with(char::is_uppercase) || (low[i] == "may" && i == 0) {
        return None;
    }
    // A day the month has ("February 30" is no date; the 29th is, as the
    // year is seldom given).
    let last = crate::text::calendar::days_in_month(m);
    let day = |k: usize| {
        low.get(k)
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|d| (1..=last).contains(d))
    };
    if let Some(d) = day(i + 1) {
        return Some((2, Amount::Month(m, Some(d))));
    }
    if low[i] == "may" {
        return None;
    }
    Some((1, Amount::Month(m, None)))
}

/// `s.trim_end_matches(pat)` for a non-empty `pat`, without building a
/// substring searcher per call ([`month`] reads every word).
fn trim_suffixes<'a>(mut s: &'a str, pat: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(pat) {
        s = rest;
    }
    s
}

pub(crate) use crate::text::calendar::month_number;

/// Content words within five words of `[i, j)`, nearest first and those
/// before first (numbers aside): stems, plus each neighbour pair joined ("air" "strikes" → "airstrikes"), each with
/// whether it was written in lower case.
fn context(ws: &[(usize, &str)], low: &[Cow<'_, str>], i: usize, j: usize) -> Vec<(String, bool)> {
    context_skipping(ws, low, i, j, &[])
}

/// Words that place a time against another ("the first since December",
/// "until March", "two weeks before the vote"): they tell how a time is
/// used, not what happened then, so two times sharing only them are not
/// the time of one thing ("the first rise since last December" / "the
/// first forecasts since the Nov. 8 election").
const TIME_LINKS: &[&str] = &[
    "since", "until", "till", "before", "after", "from", "through", "first", "last", "next",
    "earlier", "later", "ago",
];

/// [`context`] without the words of `skip`.
fn context_skipping(
    ws: &[(usize, &str)],
    low: &[Cow<'_, str>],
    i: usize,
    j: usize,
    skip: &[&str],
) -> Vec<(String, bool)> {
    let lo = i.saturating_sub(5);
    let hi = (j + 5).min(ws.len());
    let mut out = Vec::new();
    let content = |k: usize| {
        !is_stop_word(&low[k])
            && !skip.contains(&low[k].as_ref())
            && month_number(&low[k]).is_none()
            && !super::attribution::is_reporting_verb(&low[k])
            && !low[k].starts_with(|c: char| c.is_ascii_digit())
            && crate::text::number_word(&low[k]).is_none()
    };
    // Nearest words first, those before it first ([`super::conflicts`]
    // names a group by its first shared word: "strike" of "rail strike on
    // Tuesday, police said").
    let order = (lo..i).rev().chain(j..hi);
    for k in order {
        if !content(k) {
            continue;
        }
        let lower = ws[k].1.starts_with(char::is_lowercase);
        if let Some(t) = term_of(&low[k], false) {
            out.push((t.key, lower));
        }
        out.push((low[k].to_string(), lower));
        if k + 1 < hi && k + 1 != i && content(k + 1) {
            let both = lower && ws[k + 1].1.starts_with(char::is_lowercase);
            out.push((format!("{}{}", low[k], low[k + 1]), both));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(String, String)> {
        figures(text, &(0..text.len()))
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.value))
            .collect()
    }

    #[test]
    fn impossible_days_and_times_are_no_figures() {
        let amounts = |text: &str| -> Vec<Amount> {
            figures(text, &(0..text.len()))
                .into_iter()
                .map(|f| f.amount)
                .collect()
        };
        // A string of digits is no amount to compare.
        assert!(
            amounts("They counted 1234 ants.")
                .iter()
                .any(|a| matches!(a, Amount::Exact(..)))
        );
        assert!(
            !amounts("They counted 123456789012345678901234567890 ants.")
                .iter()
                .any(|a| matches!(a, Amount::Exact(..)))
        );
        // Once an overflow: the number of days no longer fits.
        assert!(
            !amounts("The vault was sealed 4294967295 weeks ago, he said.")
                .iter()
                .any(|a| matches!(a, Amount::Ago(..)))
        );
        assert!(
            amounts("The vault was sealed three weeks ago, he said.")
                .iter()
                .any(|a| matches!(a, Amount::Ago(..)))
        );
        let day_of = |text: &str| {
            amounts(text).into_iter().find_map(|a| match a {
                Amount::Month(m, d) => Some((m, d)),
                _ => None,
            })
        };
        assert_eq!(
            day_of("The fair opens on February 29."),
            Some((2, Some(29)))
        );
        assert_ne!(
            day_of("The fair opens on February 30."),
            Some((2, Some(30)))
        );
        assert_ne!(day_of("The fair opens on April 31."), Some((4, Some(31))));
        assert_eq!(day_of("The fair opens on May 31."), Some((5, Some(31))));
    }

    #[test]
    fn counts_need_an_event_or_a_noun() {
        assert_eq!(
            all("A gas blast tore through a mill, killing at least nine workers."),
            vec![("at least nine workers".into(), "9".into())]
        );
        assert_eq!(
            all("Eleven were injured and 40 people have been evacuated."),
            vec![
                ("Eleven".into(), "11".into()),
                ("40 people".into(), "40".into())
            ]
        );
        // A bare number and a record are no figures to compare; a score
        // with a result word is a match result.
        assert!(all("He said 31 of them in 2019 had an 11-5 record.").is_empty());
        assert_eq!(
            all("They won 31-17 on the road."),
            vec![("31-17".into(), "31-17".into())]
        );
        // "3:1" is a German or Italian score, not "1" of something.
        assert!(all("Sie siegten mit 3:1 gegen Verano, 2 Fans wurden verletzt.").len() <= 1);
        assert!(all("Der Klub siegte mit 3:1 gegen Verano.").is_empty());
    }

    #[test]
    fn a_hedge_on_a_round_figure_is_a_range_and_on_a_count_is_the_count() {
        let amount = |text: &str| {
            let f = figures(text, &(0..text.len()));
            assert_eq!(f.len(), 1, "{text}");
            f[0].amount.clone()
        };
        let bound = |lo: f64, hi: f64, written: f64, unit: &str| Amount::Bound {
            lo,
            hi,
            written,
            unit: unit.into(),
        };
        let Amount::Bound {
            lo, hi, written, ..
        } = amount("The club was fined more than $2 million.")
        else {
            panic!("more than $2 million is a bound");
        };
        assert!((lo - 2e6).abs() < 1.0 && (hi - 3e6).abs() < 1.0 && (written - 2e6).abs() < 1.0);
        assert_eq!(
            amount("Nearly 1,000 troops were deployed."),
            bound(900.0, 1000.0, 1000.0, "")
        );
        // Two significant digits: a count, whatever the hedge.
        assert_eq!(
            amount("At least 14 people were killed."),
            Amount::Exact(14.0, String::new())
        );
        assert_eq!(
            amount("About 30 people were killed."),
            Amount::Exact(30.0, String::new())
        );
        // An age keeps its figure.
        assert!(matches!(
            amount("Ines Roth, 54, was killed."),
            Amount::Exact(_, ref u) if u == "age"
        ));
    }

    #[test]
    fn roles() {
        let f = figures("Four people died.", &(0..17));
        assert_eq!(
            f[0].role,
            Role::Count {
                event: "killed".into(),
                noun: "people".into()
            }
        );
        let f = figures("the fund holds about 700 soldiers", &(0..33));
        assert_eq!(
            f[0].role,
            Role::Count {
                event: String::new(),
                noun: "troops".into()
            }
        );
    }

    #[test]
    fn running_tolls_and_counts_past_adverbs_have_their_event() {
        let event = |t: &str| -> Vec<String> {
            figures(t, &(0..t.len()))
                .into_iter()
                .filter_map(|f| match f.role {
                    Role::Count { event, .. } => Some(format!("{event} {}", f.value)),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(event("Death toll rises to 17"), ["killed 17"]);
        let f = figures("Mudslide in the hills, at least 14 dead", &(0..39));
        assert_eq!(
            f[0].role,
            Role::Count {
                event: "killed".into(),
                noun: String::new()
            }
        );
        assert_eq!(
            event("The number of people injured in the crash has risen to 40, police said."),
            ["wounded 40"]
        );
        assert_eq!(event("The toll stood at 212 on Monday."), ["killed 212"]);
        assert_eq!(
            event("Twenty-three people were still missing."),
            ["missing 23"]
        );
        assert_eq!(event("Nine people remain unaccounted for."), ["missing 9"]);
        // A tally of no event, and a rise that is no tally, say nothing.
        assert!(event("The number of cases rose to 30.").is_empty());
        assert!(event("Shares rose to 30 on Monday.").is_empty());
    }

    #[test]
    fn times_and_vague_words() {
        assert_eq!(
            all("The dam failed last week, flooding dozens of homes."),
            vec![
                ("last week".into(), "last week".into()),
                ("dozens".into(), "dozens".into())
            ]
        );
        let f = figures("It happened three weeks ago.", &(0..28));
        assert_eq!(f[0].amount, Amount::Ago(17, 25));
        assert_eq!(all("The vote came on Oct. 3 in Riga.")[0].1, "October 3");
    }
}
