//! Numbers, quantities, money, percentages and dates in running text,
//! keyed so that spelled-out and digit forms meet ("three hours" = "3
//! hours" → `#3 hour`, "Ten nations" → `#10 nation`, "eighth time" →
//! `#8th time`, "$5 billion" → `#$5 billion`, "April 4" → `@april 4`).
//! Part of fact finding ([`super::facts`]).

use std::cell::OnceCell;
use std::ops::Range;

use super::FactKind;
use super::facts::FactSpan;
use super::lexicon::{FOREIGN_MONTHS, GERMAN_MONTHS, MONTHS, UNIT_CLASSES, WEEKDAYS};
use crate::text::furniture::lang::{self, Tongue};
use crate::text::{is_stop_word, number_word, term_of, words};

/// Words before a number that belong to the fact ("about three hours").
const APPROX: &[&str] = &[
    "about",
    "nearly",
    "almost",
    "around",
    "some",
    "over",
    "roughly",
    "approximately",
    "least",
    "than",
    "to",
    "under",
];
/// Number words too common to be facts ("one of them", "first time").
const WEAK_NUMBERS: &[&str] = &["one", "first", "second", "zero"];
/// Multipliers that stay part of a number ("5 billion"), with their
/// English word: other languages' words meet it ("2,4 Millionen" = "2.4
/// million", "3 miliardi" = "3 billion"; a German or French "Milliarde"
/// is a billion).
const MULTIPLIERS: &[(&str, &str)] = &[
    ("hundred", "hundred"),
    ("thousand", "thousand"),
    ("million", "million"),
    ("billion", "billion"),
    ("trillion", "trillion"),
    ("millionen", "million"),
    ("millions", "million"),
    ("milioni", "million"),
    ("milione", "million"),
    ("millones", "million"),
    ("mill\u{f3}n", "million"),
    ("milliarde", "billion"),
    ("milliarden", "billion"),
    ("milliard", "billion"),
    ("milliards", "billion"),
    ("miliardo", "billion"),
    ("miliardi", "billion"),
    ("mila", "thousand"),
    ("tausend", "thousand"),
];
/// Currency words folded to symbols.
const CURRENCIES: &[(&str, &str)] = &[
    ("dollar", "$"),
    ("dollars", "$"),
    ("euro", "\u{20ac}"),
    ("euros", "\u{20ac}"),
    ("pound", "\u{a3}"),
    ("pounds", "\u{a3}"),
    ("dollari", "$"),
    ("d\u{f3}lares", "$"),
];

/// The numeric value of a word: digits, or a number word as digits.
fn numeric(w: &str) -> Option<String> {
    // Called for every word: ASCII words are lower-cased on the stack.
    let mut buf = [0u8; 32];
    let owned;
    let lower: &str = if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or_default()
    } else {
        owned = w.to_lowercase();
        &owned
    };
    if lower.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Some(digits_of(lower));
    }
    if WEAK_NUMBERS.contains(&lower) {
        return None;
    }
    number_word(lower).map(str::to_string)
}

/// The digits of a number as written in English: commas group thousands
/// ("28,500"), but a single comma followed by one or two digits is a
/// decimal comma ("2,4 Millionen" = 2.4: no language groups thousands by
/// one or two digits), and dots that group threes twice or more are
/// thousands ("1.250.000"). A single dot stays a decimal point ("28.500"
/// is ambiguous).
fn digits_of(lower: &str) -> String {
    let digit_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(lower.len());
    let (num, rest) = lower.split_at(digit_end);
    let groups: Vec<&str> = num.split(',').collect();
    let decimal_comma = groups.len() == 2
        && !num.contains('.')
        && (1..=2).contains(&groups[1].len())
        && !groups[0].is_empty();
    let dots: Vec<&str> = num.split('.').collect();
    let dotted_thousands = dots.len() >= 3
        && !num.contains(',')
        && (1..=3).contains(&dots[0].len())
        && dots[1..].iter().all(|g| g.len() == 3);
    let num = if decimal_comma {
        num.replace(',', ".")
    } else if dotted_thousands {
        num.replace('.', "")
    } else {
        num.replace(',', "")
    };
    format!("{num}{rest}")
}

/// The value of a compound number word whose tens are word `i` (value
/// `tens`): "twenty-three" → 23, "forty-first" → 41st; `None` when the
/// next word is no unit joined by a hyphen.
fn compound_units(text: &str, ws: &[(usize, &str)], at: usize, tens: &str) -> Option<String> {
    let tens: u32 = tens
        .parse()
        .ok()
        .filter(|t| (20..=90).contains(t) && t % 10 == 0)?;
    if ws[at].1.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (start, word) = ws.get(at + 1)?;
    if !["-", "\u{2010}", "\u{2011}"].contains(&&text[end_of(ws, at)..*start]) {
        return None;
    }
    let unit = number_word(&word.to_lowercase())?;
    let digits: String = unit.chars().take_while(char::is_ascii_digit).collect();
    let ones: u32 = digits.parse().ok().filter(|n| (1..=9).contains(n))?;
    Some(format!("{}{}", tens + ones, &unit[digits.len()..]))
}

/// Finds the number and date facts of a paragraph.
pub(crate) fn numbers_and_dates(text: &str) -> Vec<FactSpan> {
    let ws: Vec<(usize, &str)> = words(text).collect();
    let mut out = Vec::new();
    let mut used = vec![false; ws.len()];
    dates(text, &ws, &mut used, &mut out);
    clock_times(text, &ws, &mut used, &mut out);
    foreign_dates(text, &ws, &mut used, &mut out);
    numbers(text, &ws, &mut used, &mut out, &OnceCell::new());
    out.sort_by_key(|f| f.range.start);
    out
}

/// Whether word `k` is the number of a designation: digits glued by a
/// hyphen to a word with a capital ("F-35", "Covid-19", "MH-17", "G-20").
/// That names a model, a strain or a flight ([`super::names`]), and counts
/// nothing; "mid-30s", "under-21" and "11-5" stay figures.
fn designation_at(text: &str, ws: &[(usize, &str)], k: usize) -> bool {
    k > 0
        && k < ws.len()
        && super::names::designator(ws[k - 1].1, ws[k].1)
        && text[end_of(ws, k - 1)..ws[k].0] == *"-"
        && ws[k - 1].1.starts_with(char::is_alphabetic)
        && ws[k - 1].1.chars().any(char::is_uppercase)
}

/// End byte of word `k`.
fn end_of(ws: &[(usize, &str)], k: usize) -> usize {
    ws[k].0 + ws[k].1.len()
}

/// Dates: "April 4", "4 April", "April 4, 2017", weekdays; marks the
/// words used.
fn dates(text: &str, ws: &[(usize, &str)], used: &mut [bool], out: &mut Vec<FactSpan>) {
    let end_of = |k: usize| end_of(ws, k);
    for i in 0..ws.len() {
        let capital = ws[i].1.chars().next().is_some_and(char::is_uppercase);
        // Every date starts with a capital: other words are not lower-cased.
        // Only a weekday or a month makes a date here (`is_month_at` asks
        // for a month): other capitalised words are not lower-cased.
        if !capital
            || !(crate::text::lower_is_in(ws[i].1, WEEKDAYS)
                || crate::text::lower_is_in(ws[i].1, MONTHS))
        {
            continue;
        }
        let lower = ws[i].1.to_lowercase();
        if capital && WEEKDAYS.contains(&lower.as_str()) {
            used[i] = true;
            out.push(date(ws[i].0..end_of(i), &lower));
        } else if capital && is_month_at(text, ws, i) && !(lower == "may" && i == 0) {
            let lower = full_month(&lower);
            let mut key = lower.to_string();
            let mut last = i;
            if let Some((_, d)) = ws.get(i + 1).filter(|(_, d)| is_day(d)) {
                key = format!("{lower} {}", d.trim_end_matches(char::is_alphabetic));
                last = i + 1;
                if let Some((_, y)) = ws.get(i + 2).filter(|(_, y)| is_year(y)) {
                    key = format!("{key} {y}");
                    last = i + 2;
                }
            } else if i > 0 && is_day(ws[i - 1].1) && !used[i - 1] {
                key = format!(
                    "{lower} {}",
                    ws[i - 1].1.trim_end_matches(char::is_alphabetic)
                );
                used[i - 1] = true;
                used[i] = true;
                out.push(day(date(ws[i - 1].0..end_of(i), &key)));
                continue;
            }
            if lower == "may" && last == i {
                continue; // the modal verb, capitalised
            }
            used[i..=last].iter_mut().for_each(|u| *u = true);
            let d = date(ws[i].0..end_of(last), &key);
            out.push(if last > i { day(d) } else { d });
        }
    }
}

/// Dates written in another language inside a sentence: a day number,
/// then "de"/"di" or (German) a full stop, then a month of
/// [`FOREIGN_MONTHS`], then maybe a year ("el 3 de mayo", "le 3 mai
/// 2024", "am 3. Mai", "il 3 maggio"). Keyed as the English date, so that
/// "3 de mayo" meets "May 3"; marks the words used, so that neither the
/// day nor the month is read as a number of something.
fn foreign_dates(text: &str, ws: &[(usize, &str)], used: &mut [bool], out: &mut Vec<FactSpan>) {
    let end_of = |k: usize| end_of(ws, k);
    let gap = |k: usize| &text[end_of(k - 1)..ws[k].0];
    for i in 0..ws.len() {
        if used[i] || !is_day(ws[i].1) || !ws[i].1.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let mut k = i + 1;
        if k < ws.len() && gap(k) == " " && ["de", "di"].contains(&ws[k].1) {
            k += 1;
        }
        let Some(&(_, month)) = ws
            .get(k)
            .filter(|_| [" ", ". "].contains(&gap(k)))
            .and_then(|(_, m)| {
                let lower = m.to_lowercase();
                // Romance languages write months in lower case; only German
                // capitalises them ("2 Mars rovers" is no date).
                let german = GERMAN_MONTHS.contains(&lower.as_str());
                (german || !m.starts_with(char::is_uppercase))
                    .then(|| FOREIGN_MONTHS.iter().find(|(f, _)| *f == lower))
                    .flatten()
            })
        else {
            continue;
        };
        let name = crate::text::calendar::month_name(month);
        let mut key = format!("{name} {}", ws[i].1);
        let mut last = k;
        let year_at = if ws.get(k + 1).is_some_and(|(_, w)| *w == "de") {
            k + 2
        } else {
            k + 1
        };
        if let Some((_, y)) = ws.get(year_at).filter(|(_, y)| is_year(y)) {
            key = format!("{key} {y}");
            last = year_at;
        }
        used[i..=last].iter_mut().for_each(|u| *u = true);
        out.push(day(date(ws[i].0..end_of(last), &key)));
    }
}

/// Clock times, keyed on a 24-hour clock so that the ways of writing one
/// meet ("6 a.m." = "6am" = "6 AM" = "06:00" = "6 Uhr" → `@06:00`, "6:30
/// p.m." = "18:30"): an hour with a.m./p.m. (joined or not), hours and
/// minutes with a colon, an hour before "Uhr" or "h" (German, French), or
/// four digits before a time zone ("0400 GMT"). Marks the words used.
fn clock_times(text: &str, ws: &[(usize, &str)], used: &mut [bool], out: &mut Vec<FactSpan>) {
    let end_of = |k: usize| end_of(ws, k);
    let gap = |k: usize| &text[end_of(k - 1)..ws[k].0];
    let hour = |w: &str| {
        (1..=2).contains(&w.len())
            && w.chars().all(|c| c.is_ascii_digit())
            && w.parse::<u32>().is_ok_and(|h| h <= 24)
    };
    let half = |w: &str| match w.to_lowercase().trim_end_matches('.') {
        "am" | "a.m" => Some(0),
        "pm" | "p.m" => Some(12),
        _ => None,
    };
    let mut i = 0;
    while i < ws.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let w = ws[i].1;
        // Every clock time below opens with an ASCII digit (lower-casing
        // makes none): other words are not lower-cased.
        if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        let lower = w.to_lowercase();
        // (hour, minutes, a.m./p.m. offset, last word used)
        let mut found: Option<(u32, u32, Option<u32>, usize)> = None;
        let digits: String = lower.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && hour(&digits) && half(&lower[digits.len()..]).is_some() {
            // "6am", "11PM"
            found = Some((
                digits.parse().unwrap_or(0),
                0,
                half(&lower[digits.len()..]),
                i,
            ));
        } else if hour(w) {
            let h: u32 = w.parse().unwrap_or(0);
            let mut last = i;
            let mut minutes = None;
            if let Some((_, m)) = ws.get(i + 1)
                && [":", "."].contains(&gap(i + 1))
                && m.len() == 2
                && m.chars().all(|c| c.is_ascii_digit())
                && m.parse::<u32>().is_ok_and(|m| m < 60)
            {
                minutes = m.parse().ok();
                last = i + 1;
            }
            // "9:00AM", "5:30pm": minutes with the half of the day joined.
            let joined = ws
                .get(i + 1)
                .filter(|_| gap(i + 1) == ":")
                .and_then(|(_, m)| {
                    let mm = m
                        .get(..2)
                        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
                    let mm: u32 = mm.parse().ok().filter(|&v| v < 60)?;
                    Some((mm, half(m.get(2..)?)?))
                });
            let next = ws.get(last + 1).filter(|_| gap(last + 1) == " ");
            if let Some((mm, off)) = joined {
                found = Some((h, mm, Some(off), i + 1));
            } else if let Some(off) = next.and_then(|(_, n)| half(n)) {
                found = Some((h, minutes.unwrap_or(0), Some(off), last + 1));
            } else if next.is_some_and(|(_, n)| *n == "Uhr" || *n == "h") {
                found = Some((h, minutes.unwrap_or(0), None, last + 1));
            } else if let Some(m) = minutes
                && gap(last) == ":"
            {
                found = Some((h, m, None, last));
            }
        } else if w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && ws.get(i + 1).is_some_and(|(_, z)| {
                [
                    "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT",
                ]
                .contains(z)
            })
        {
            let (h, m) = (w[..2].parse().unwrap_or(99), w[2..].parse().unwrap_or(99));
            if h < 24 && m < 60 {
                found = Some((h, m, None, i));
            }
        }
        let Some((h, m, off, last)) = found else {
            i += 1;
            continue;
        };
        // 12 a.m. is midnight, 12 p.m. noon.
        let h = match off {
            Some(off) => h % 12 + off,
            None => h % 24,
        };
        used[i..=last].iter_mut().for_each(|u| *u = true);
        // "a.m." keeps its closing full stop in the span.
        let end = end_of(last)
            + usize::from(
                text[end_of(last)..].starts_with('.') && off.is_some() && ws[last].1.contains('.'),
            );
        out.push(date(ws[i].0..end, &format!("{h:02}:{m:02}")));
        i = last + 1;
    }
}

/// The counted noun after a number ending at word `last`: up to three
/// words, stopping at a stop word; a plural ends it ("59 cruise
/// missiles"), and without one the first word is the unit ("six year").
/// Returns the last word used, the unit's term key and a currency symbol
/// when the noun names one ("5 million dollars").
fn counted_noun(
    text: &str,
    ws: &[(usize, &str)],
    last: usize,
    german: &OnceCell<bool>,
) -> (usize, String, Option<String>) {
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
    let (mut unit, mut cur) = (String::new(), None);
    let mut k = last + 1;
    // Words of a designation before the noun ("twelve F-35 fighters"):
    // they modify what is counted and leave room for three more words.
    let mut designation = 0;
    while k < ws.len() && k <= last + 3 + designation {
        let gap = &text[end_of(ws, k - 1)..ws[k].0];
        if gap == " " && designation_at(text, ws, k + 1) {
            designation += 2;
            k += 2;
            continue;
        }
        let lw = ws[k].1.to_lowercase();
        // "3 miliardi di euro", "5 millones de d\u{f3}lares": the
        // preposition before a currency word is no noun.
        let currency_next = ws
            .get(k + 1)
            .is_some_and(|(_, c)| CURRENCIES.iter().any(|(w, _)| *w == c.to_lowercase()));
        if gap == " " && (lw == "di" || lw == "de") && currency_next {
            k += 1;
            continue;
        }
        if !(gap == " " || gap == "-") || is_stop_word(&lw) || numeric(ws[k].1).is_some() {
            break;
        }
        if k == last + 1 && !counts_word(text, ws, last, &lw, german) {
            break;
        }
        if let Some((_, sym)) = CURRENCIES.iter().find(|(c, _)| *c == lw) {
            cur = Some((*sym).to_string());
        } else if let Some(t) = term_of(ws[k].1, false) {
            // "130 kilometres" = "130 km".
            unit = UNIT_CLASSES
                .iter()
                .find(|(k, _)| *k == t.key)
                .map_or(t.key, |(_, c)| (*c).to_string());
        }
        k += 1;
        // "58-year-old Ines Varga": an age ends at its "-old", before the
        // name it describes.
        if plural(&lw) || text[end_of(ws, k - 1)..].starts_with("-old") {
            break;
        }
        // A capitalised word ahead is a name, no plural noun ("Ines"),
        // in a language that capitalises only names.
        let noun_ahead = |w: &str| {
            plural(w)
                && (!w.starts_with(char::is_uppercase)
                    || *german.get_or_init(|| lang::guess(text) == Some(Tongue::Latin(Some("de")))))
        };
        let ahead = ws[k..ws.len().min(last + 4 + designation)]
            .iter()
            .take_while(|(_, w)| !is_stop_word(&w.to_lowercase()))
            .any(|(_, w)| noun_ahead(w));
        if !ahead {
            break;
        }
    }
    (k - 1, unit, cur)
}

/// Whether the word right after a number (`k`, lower case `lw`) can be
/// what it counts. Not an adverb in "-ly" with no plural noun after it
/// ("$20 reportedly", "16 currently"; "3 family members" counts), nor a
/// capitalised word in singular in a language that capitalises only
/// names ("paid $10 Amazon", "four Thunderbolt"), where the number ends
/// before the name; German nouns ("28 Tage"), plural groups ("450
/// Dreamers"), currency words, modifiers of a plural noun after them and
/// a name after an ordinal ("6th Avenue") count.
fn counts_word(
    text: &str,
    ws: &[(usize, &str)],
    number: usize,
    lw: &str,
    german: &OnceCell<bool>,
) -> bool {
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
    let k = number + 1;
    let w = ws[k].1;
    let adverb = lw.len() > 4 && lw.ends_with("ly");
    // An ordinal opens a name ("6th Avenue", "14th Century"); a currency
    // word is what money counts ("49.95 Euro").
    let ordinal = ["th", "st", "nd", "rd"]
        .iter()
        .any(|s| ws[number].1.to_lowercase().ends_with(s));
    // A unit symbol ("MWh", "GHz", "Hz", "Nm") is what is counted: a
    // capital after the first letter, or at most three letters.
    let symbol = w.chars().skip(1).any(char::is_uppercase) || w.chars().count() <= 3;
    let name_like = w.starts_with(char::is_uppercase)
        && w.chars().skip(1).any(char::is_lowercase)
        && !symbol
        && !plural(lw)
        && !ordinal
        && !CURRENCIES.iter().any(|(c, _)| *c == lw);
    if !adverb && !name_like {
        return true;
    }
    // A plural noun after it makes it a modifier of what is counted ("59
    // Tomahawk cruise missiles", "3 family members").
    let plural_after = ws[k + 1..ws.len().min(k + 3)]
        .iter()
        .take_while(|(_, w)| !is_stop_word(&w.to_lowercase()))
        .any(|(_, w)| plural(w));
    plural_after
        || (!adverb && *german.get_or_init(|| lang::guess(text) == Some(Tongue::Latin(Some("de")))))
}

/// The number that word `i` opens, with its last word: digits or a
/// number word, a compound number word ("Twenty-three" = 23), or half of
/// a multiplier ("half a million" = 500000, through
/// [`canonical_amount`]).
fn number_at(text: &str, ws: &[(usize, &str)], i: usize) -> Option<(String, usize)> {
    if let Some(value) = numeric(ws[i].1) {
        return Some(compound_units(text, ws, i, &value).map_or((value, i), |v| (v, i + 1)));
    }
    if !ws[i].1.eq_ignore_ascii_case("half")
        || ws.get(i + 1).is_none_or(|(_, a)| *a != "a")
        || (i + 1..=i + 2).any(|k| {
            ws.get(k)
                .is_none_or(|&(at, _)| &text[end_of(ws, k - 1)..at] != " ")
        })
    {
        return None;
    }
    let lower = ws[i + 2].1.to_lowercase();
    let (_, english) = MULTIPLIERS.iter().find(|(w, _)| *w == lower)?;
    Some((format!("0.5 {english}"), i + 2))
}

/// Numbers, quantities, money and percentages (and bare years, which are
/// dates), skipping words already used by dates.
/// `german`: whether the paragraph is German, guessed at most once (a
/// guess per number made long paragraphs quadratic, review R5).
fn numbers(
    text: &str,
    ws: &[(usize, &str)],
    used: &mut [bool],
    out: &mut Vec<FactSpan>,
    german: &OnceCell<bool>,
) {
    let end_of = |k: usize| end_of(ws, k);
    for i in 0..ws.len() {
        // "F-35": a designation's number counts nothing.
        if used[i] || designation_at(text, ws, i) {
            continue;
        }
        let w = ws[i].1;
        if is_year(w) && !text[..ws[i].0].ends_with(['$', '\u{a3}', '\u{20ac}']) {
            used[i] = true;
            out.push(date(ws[i].0..end_of(i), w));
            continue;
        }
        let Some((mut value, mut last)) = number_at(text, ws, i) else {
            continue;
        };
        used[i..=last].iter_mut().for_each(|u| *u = true);
        let mut start = ws[i].0;
        // A record or score is one figure ("11-5 record", "59-35-1").
        while w.starts_with(|c: char| c.is_ascii_digit())
            && ws.get(last + 1).is_some_and(|(o, n)| {
                n.chars().all(|c| c.is_ascii_digit())
                    // "3:1" (German and Italian scores; clock times are
                    // read before numbers).
                    && ["-", "\u{2013}", ":"].contains(&&text[end_of(last)..*o])
            })
        {
            last += 1;
            used[last] = true;
            value = format!("{value}-{}", ws[last].1);
        }
        // Approximators before the number ("about", "more than", "at least").
        if let Some(h) = hedge_start(ws, i) {
            start = h;
        }
        let currency = currency_before(text, ws[i].0);
        if let Some(c) = currency {
            start = start.min(ws[i].0 - c.len_utf8());
            value = abbreviated_multiplier(&value)
                .filter(|_| last == i)
                .unwrap_or(value);
        }
        if let Some(english) = ws.get(last + 1).filter(|_| last == i).and_then(|(_, m)| {
            let lower = m.to_lowercase();
            MULTIPLIERS
                .iter()
                .find(|(w, _)| *w == lower)
                .map(|(_, e)| *e)
        }) {
            value = format!("{value} {english}");
            last = i + 1;
        }
        let after = &text[end_of(last)..];
        // Only the next few characters can say "percent": lowercasing all
        // of `after` per number made long paragraphs quadratic.
        let ahead: String = after
            .trim_start()
            .chars()
            .take(8)
            .flat_map(char::to_lowercase)
            .collect();
        let mut unit: String;
        let mut cur = currency.map(String::from);
        if after.starts_with('%') || ahead.starts_with("percent") || ahead.starts_with("per cent") {
            unit = "%".to_string();
            last += usize::from(!after.starts_with('%'));
            if ahead.starts_with("per cent") {
                last += 1;
            }
        } else {
            let (end_word, noun, money) = counted_noun(text, ws, last, german);
            last = end_word;
            unit = noun;
            cur = money.or(cur);
        }
        used[i..=last.min(ws.len() - 1)]
            .iter_mut()
            .for_each(|u| *u = true);
        let tail = &text[end_of(last.min(ws.len() - 1))..];
        // An age keeps its "-old" ("65-year-old").
        let end = end_of(last.min(ws.len() - 1))
            + usize::from(tail.starts_with('%'))
            + if unit == "year" && tail.starts_with("-old") {
                4
            } else {
                0
            };
        let mut value = cur.unwrap_or_default() + &canonical_amount(&value).unwrap_or(value);
        if unit == "%" {
            value.push('%');
            unit.clear();
        }
        let key = if let Some(k) = duration_key(&value, &unit) {
            k
        } else if unit.is_empty() {
            format!("#{value}")
        } else {
            format!("#{value} {unit}")
        };
        out.push(FactSpan::new(
            start..end,
            &key,
            Some(&format!("#{value}")),
            FactKind::Number,
        ));
    }
}

/// Powers of ten of the multipliers a value may carry ("2.4 million").
const SCALES: &[(&str, usize)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// A number's value in one form whatever the writing, so that "1.2
/// million" = "1,200,000" = "1200000" (`1.2 million`) and "five thousand"
/// = "5,000" (`5000`): a million or more in words, with the largest
/// multiplier that leaves a whole part, smaller numbers in digits.
/// Exact: digits are shifted, never rounded through a float. `None` for
/// what is no plain amount (an ordinal, a score, a decimal below a
/// million: those stay as written).
fn canonical_amount(value: &str) -> Option<String> {
    let (number, power) = match value.split_once(' ') {
        Some((n, word)) => (n, SCALES.iter().find(|(w, _)| *w == word)?.1),
        None => (value, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > power && power > 0
        || (power == 0 && !fraction.is_empty())
    {
        return None;
    }
    // The whole number's digits: the fraction's shifted in, zeros after.
    let mut digits = format!("{whole}{fraction}{}", "0".repeat(power - fraction.len()));
    let zeros = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..zeros.min(digits.len() - 1));
    let Some(&(word, scale)) = SCALES
        .iter()
        .rev()
        .find(|(_, p)| *p >= 6 && digits.len() > *p)
    else {
        return Some(digits);
    };
    let (head, tail) = digits.split_at(digits.len() - scale);
    let tail = tail.trim_end_matches('0');
    Some(if tail.is_empty() {
        format!("{head} {word}")
    } else {
        format!("{head}.{tail} {word}")
    })
}

/// The currency symbol right before byte `at`, if any ("$" of "$5").
fn currency_before(text: &str, at: usize) -> Option<char> {
    text[..at]
        .chars()
        .next_back()
        .filter(|c| ['$', '\u{a3}', '\u{20ac}', '\u{a5}'].contains(c))
}

/// A money figure's abbreviated multiplier spelled out ("2.1bn" → "2.1
/// billion", "5m" → "5 million"), so that "$2.1bn" meets "$2.1 billion";
/// `None` for digits without one.
fn abbreviated_multiplier(value: &str) -> Option<String> {
    let digits = value.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let word = match &value[digits.len()..] {
        "bn" | "b" | "bln" => "billion",
        "m" | "mn" | "mln" => "million",
        "k" => "thousand",
        "tn" | "trn" => "trillion",
        _ => return None,
    };
    (!digits.is_empty() && digits.parse::<f64>().is_ok()).then(|| format!("{digits} {word}"))
}

/// Where the hedge before number word `i` starts ("about", "more than",
/// "at least", "up to"), if it has one.
fn hedge_start(ws: &[(usize, &str)], i: usize) -> Option<usize> {
    if i == 0 || !APPROX.contains(&ws[i - 1].1.to_lowercase().as_str()) {
        return None;
    }
    let two = i > 1
        && ["more", "less", "fewer", "at", "up"].contains(&ws[i - 2].1.to_lowercase().as_str());
    // "to" hedges only in "up to" ("fell to $254" states the value).
    if ws[i - 1].1.eq_ignore_ascii_case("to") && !two {
        return None;
    }
    Some(if two { ws[i - 2].0 } else { ws[i - 1].0 })
}

/// Durations keyed in one unit per family, so that "48 hours" = "two
/// days" (`#48 hour`) and "one year" = "12 months" (`#12 month`).
fn duration_key(value: &str, unit: &str) -> Option<String> {
    let n: u64 = value.parse().ok()?;
    let (factor, base) = match unit {
        "hour" => (1, "hour"),
        "day" => (24, "hour"),
        "week" => (168, "hour"),
        "month" => (1, "month"),
        "year" => (12, "month"),
        _ => return None,
    };
    Some(format!("#{} {base}", n.checked_mul(factor)?))
}

/// Whether word `i` (a month word) names a month: a full month name, or
/// an abbreviation written with its full stop or next to a day number
/// ("Dec. 29", "Jan 4"). A bare abbreviation is a word of a name ("Ajmal
/// Jan said").
pub(crate) fn is_month_at(text: &str, ws: &[(usize, &str)], i: usize) -> bool {
    // Asked of every capitalised word: compared without lower-casing.
    let w = ws[i].1;
    if !crate::text::lower_is_in(w, MONTHS) {
        return false;
    }
    if crate::text::lower_is_in(w, &MONTHS[..12]) {
        return true;
    }
    text[ws[i].0 + ws[i].1.len()..].starts_with('.')
        || ws.get(i + 1).is_some_and(|(_, d)| is_day(d))
        || (i > 0 && is_day(ws[i - 1].1))
}

/// A month's full name for any of its spellings ("Nov" → "november"), so
/// that "Nov. 15" and "November 15" meet.
fn full_month(lower: &str) -> &str {
    match crate::text::calendar::month_number(lower) {
        Some(n) => crate::text::calendar::month_name(n),
        None => lower,
    }
}

/// A dated day: its value is the month and day without the year, so that
/// "December 29, 2017" meets "Dec. 29".
fn day(f: FactSpan) -> FactSpan {
    let value = f.key().split(' ').take(2).collect::<Vec<_>>().join(" ");
    f.with_value(&value)
}

fn date(range: Range<usize>, key: &str) -> FactSpan {
    FactSpan::new(range, &format!("@{key}"), None, FactKind::Date)
}

fn is_day(w: &str) -> bool {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    !digits.is_empty()
        && digits.len() <= 2
        && ["", "st", "nd", "rd", "th"].contains(&&w[digits.len()..])
        && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_words_and_digits_share_one_form() {
        let c = |v: &str| canonical_amount(v);
        assert_eq!(c("1200000").as_deref(), Some("1.2 million"));
        assert_eq!(c("1.2 million").as_deref(), Some("1.2 million"));
        assert_eq!(c("1.25 billion").as_deref(), Some("1.25 billion"));
        assert_eq!(c("1250000000").as_deref(), Some("1.25 billion"));
        assert_eq!(c("5 thousand").as_deref(), Some("5000"));
        assert_eq!(c("0.5 million").as_deref(), Some("500000"));
        assert_eq!(c("2 billion").as_deref(), Some("2 billion"));
        assert_eq!(c("1234567").as_deref(), Some("1.234567 million"));
        assert_eq!(c("0").as_deref(), Some("0"));
        // What is no plain amount stays as written.
        for v in ["2.5", "10th", "11-5", "5m", "1.2345 thousand", "two"] {
            assert_eq!(c(v), None, "{v}");
        }
        let key = |t: &str| {
            numbers_and_dates(t)
                .into_iter()
                .map(|f| f.key().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            key("Power was cut to 1.2 million homes."),
            key("Power was cut to 1,200,000 homes.")
        );
        assert_eq!(key("It cost $2,000,000."), key("It cost $2 million."));
        assert_eq!(key("Five thousand fans came."), key("5,000 fans came."));
        assert_eq!(
            key("Half a million people fled."),
            key("500,000 people fled.")
        );
        assert_eq!(key("It took half an hour."), Vec::<String>::new());
        // Units of length however spelled.
        assert_eq!(
            key("Winds reached 130 kilometres an hour."),
            key("Winds reached 130 km an hour.")
        );
    }

    #[test]
    fn an_age_before_a_name_ends_at_its_old() {
        let texts = |t: &str| {
            numbers_and_dates(t)
                .into_iter()
                .map(|f| t[f.range].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts("The harbour master, 58-year-old Ines Varga, agreed."),
            ["58-year-old"]
        );
        assert_eq!(texts("Two fishing boats sank."), ["Two fishing boats"]);
    }

    #[test]
    fn decimal_commas_and_dotted_thousands_of_other_languages() {
        assert_eq!(digits_of("28,500"), "28500");
        assert_eq!(digits_of("1,250,000"), "1250000");
        assert_eq!(digits_of("2,4"), "2.4");
        assert_eq!(digits_of("12,75"), "12.75");
        assert_eq!(digits_of("1.250.000"), "1250000");
        assert_eq!(digits_of("28.500"), "28.500");
        assert_eq!(digits_of("5.8"), "5.8");
        assert_eq!(digits_of("2,400th"), "2400th");
        // Other languages' multipliers and currency words meet English.
        let key = |t: &str| {
            numbers_and_dates(t)
                .into_iter()
                .map(|f| f.key().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            key("Der Klub erh\u{e4}lt ein Preisgeld von 2,4 Millionen Dollar."),
            key("The club gets prize money of $2.4 million.")
        );
        assert_eq!(
            key("Costa 3 miliardi di euro."),
            key("It costs 3 billion euros.")
        );
        // A score written with a colon is one figure, as with a dash.
        assert_eq!(key("Sie siegten 3:1."), key("They won 3-1."));
    }

    fn facts(text: &str) -> Vec<(String, String)> {
        numbers_and_dates(text)
            .into_iter()
            .map(|f| (text[f.range.clone()].to_string(), f.key().into()))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_designation_number_counts_nothing() {
        // The "35" of "F-35" and the "19" of "Covid-19" are names' parts;
        // "twelve" still counts the fighters after the designation.
        assert_eq!(
            facts("the air force got twelve F-35 stealth fighters as Covid-19 cases rose"),
            vec![pair("twelve F-35 stealth fighters", "#12 fighter")]
        );
        assert_eq!(facts("the MH-17 inquiry"), vec![]);
        // A year or an ordinary prefix makes no designation (review R5).
        assert_eq!(
            facts("Mid-2017, the air force ordered jets."),
            vec![pair("2017", "@2017")]
        );
        assert!(
            facts("the Under-21 side")
                .iter()
                .any(|f| f.1.starts_with("#21"))
        );
        // Lower-case prefixes and scores stay figures.
        assert!(facts("voters in their mid-30s.")[0].1.starts_with("#30"));
        assert_eq!(
            facts("an 11-5 record"),
            vec![pair("11-5 record", "#11-5 record")]
        );
    }

    #[test]
    fn number_words_equal_digits() {
        assert_eq!(
            facts("talks lasted about three hours"),
            vec![pair("about three hours", "#3 hour")]
        );
        assert_eq!(
            facts("after two days, 48 hours, two years and 24 months"),
            vec![
                pair("two days", "#48 hour"),
                pair("48 hours", "#48 hour"),
                pair("two years", "#24 month"),
                pair("24 months", "#24 month")
            ]
        );
        assert_eq!(facts("after 3 hours"), vec![pair("3 hours", "#3 hour")]);
        // A compound number word is one number, never its last part.
        assert_eq!(
            facts("Twenty-three people were missing"),
            vec![pair("Twenty-three people", "#23 peopl")]
        );
        assert_eq!(
            facts("the forty-first day"),
            vec![pair("forty-first day", "#41st day")]
        );
        assert_eq!(
            facts("Ten nations voted"),
            vec![pair("Ten nations", "#10 nation")]
        );
        assert_eq!(
            facts("the eighth time"),
            vec![pair("eighth time", "#8th time")]
        );
        assert_eq!(
            facts("he ordered 59 Tomahawk cruise missiles to be fired"),
            vec![pair("59 Tomahawk cruise missiles", "#59 missil")]
        );
    }

    #[test]
    fn records_months_and_dated_days_are_whole() {
        assert_eq!(
            facts("a 11-5 record and a 59\u{2013}35\u{2013}1 mark"),
            vec![
                pair("11-5 record", "#11-5 record"),
                pair("59\u{2013}35\u{2013}1 mark", "#59-35-1 mark")
            ]
        );
        let nov = numbers_and_dates("freed on Nov. 15, 2017 and seen Thursday");
        let november = numbers_and_dates("on November 15 he was home");
        assert_eq!(nov[0].key(), "@november 15 2017");
        assert_eq!(nov[0].value(), november[0].value());
        assert_eq!(november[0].value(), Some("@november 15"));
        assert_eq!(numbers_and_dates("the 4th of July")[0].key(), "#4th");
        assert_eq!(numbers_and_dates("on 4th July")[0].key(), "@july 4");
        // A bare abbreviation is a name's word, not a month.
        assert!(numbers_and_dates("police chief Ajmal Jan said").is_empty());
        assert_eq!(numbers_and_dates("on Jan 4 he said")[0].key(), "@january 4");
        assert_eq!(
            facts("shares fell to $254, up to 10 years, a 65-year-old man"),
            vec![
                pair("$254", "#$254"),
                pair("up to 10 years", "#120 month"),
                pair("65-year-old", "#780 month")
            ]
        );
    }

    #[test]
    fn foreign_dates_meet_the_english_date_and_give_no_number() {
        let may3 = numbers_and_dates("on May 3 they met")[0]
            .value()
            .map(str::to_string);
        assert_eq!(may3.as_deref(), Some("@may 3"));
        for (text, span) in [
            ("se reunir\u{e1}n el 3 de mayo en Berna", "3 de mayo"),
            ("ils se retrouveront le 3 mai \u{e0} Berne", "3 mai"),
            ("Sie treffen sich am 3. Mai in Bern", "3. Mai"),
            ("si incontreranno il 3 maggio 2026 a Berna", "3 maggio 2026"),
            ("reuniram-se a 3 de maio de 2026", "3 de maio de 2026"),
        ] {
            let found = numbers_and_dates(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(&text[found[0].range.clone()], span, "{text}");
            assert_eq!(found[0].value(), may3.as_deref(), "{text}");
        }
        // Without a day, "mars" and "mai" are other words; a number before
        // another word stays a number.
        assert!(numbers_and_dates("la mission vers mars").is_empty());
        // A capitalised Romance month is an English word ("Mars").
        assert!(facts("NASA sent 2 Mars rovers")[0].1.starts_with("#2 "));
        assert!(facts("3 de ellos")[0].1.starts_with("#3"));
    }

    #[test]
    fn clock_times_meet_however_written() {
        for (text, span) in [
            ("The fire started at 6 a.m. in the hall.", "6 a.m."),
            ("The fire started at 6am local time.", "6am"),
            ("The fire started at 6 AM, police said.", "6 AM"),
            ("The fire started at 06:00, police said.", "06:00"),
            ("Das Feuer brach gegen 6 Uhr aus.", "6 Uhr"),
            ("It began shortly before 0600 GMT.", "0600"),
            ("The fire started at 6:00AM, police said.", "6:00AM"),
        ] {
            assert_eq!(facts(text), vec![pair(span, "@06:00")], "{text}");
        }
        assert_eq!(
            facts("Crews left at 6:30 p.m. and again at 18:30."),
            vec![pair("6:30 p.m.", "@18:30"), pair("18:30", "@18:30")]
        );
        // The half of the day joined to the minutes ("6:30PM"), not a
        // number "6" and a time "30PM".
        assert_eq!(
            facts("Crews left at 6:30PM."),
            vec![pair("6:30PM", "@18:30")]
        );
        assert_eq!(
            facts("The talks ran past 12 a.m."),
            vec![pair("12 a.m.", "@00:00")]
        );
        // A count is no time; nor is a ratio with one-digit parts.
        assert_eq!(
            facts("Six people and 12 dogs"),
            vec![pair("Six people", "#6 peopl"), pair("12 dogs", "#12 dog")]
        );
        assert!(
            facts("The vote was 3:1 in favour.")
                .iter()
                .all(|(_, k)| !k.contains(':'))
        );
    }

    #[test]
    fn money_percent_and_dates() {
        assert_eq!(
            facts("a $5 billion hit"),
            vec![pair("$5 billion hit", "#$5 billion hit")]
        );
        assert_eq!(
            facts("it cost 1.2 billion euros"),
            vec![pair("1.2 billion euros", "#\u{20ac}1.2 billion")]
        );
        assert_eq!(facts("shares fell 6% today"), vec![pair("6%", "#6%")]);
        // An abbreviated multiplier on money is the word spelled out.
        assert_eq!(
            numbers_and_dates("revenue of $2.1bn")[0].value(),
            numbers_and_dates("revenue of $2.1 billion")[0].value()
        );
        assert_eq!(
            facts("a \u{a3}5m fund"),
            vec![pair("\u{a3}5m fund", "#\u{a3}5 million fund")]
        );
        // An adverb or a name after a number is nothing it counts; an
        // adjective before a plural noun, a plural group and a German noun
        // are.
        assert_eq!(
            facts("it sold for $20 reportedly"),
            vec![pair("$20", "#$20")]
        );
        assert_eq!(facts("they paid $10 Amazon for it")[0].0, "$10");
        assert_eq!(facts("saw 3 family members")[0].0, "3 family members");
        assert_eq!(facts("we saw 450 Dreamers")[0].0, "450 Dreamers");
        assert_eq!(facts("it cost 49.95 Euro")[0].0, "49.95 Euro");
        assert_eq!(facts("on 6th Avenue")[0].0, "6th Avenue");
        // Review R4: unit symbols with capitals stay the unit.
        assert_eq!(facts("it lost 500 MWh")[0].1, "#500 mwh");
        assert_eq!(facts("a 40 Hz hum")[0].0, "40 Hz");
        assert_eq!(facts("runs at 3 GHz")[0].0, "3 GHz");
        assert_eq!(
            facts("Die Feuerwehr war 28 Tage lang vor Ort und die Polizei auch.")[0].0,
            "28 Tage"
        );
        // Without a currency, "5m" may be metres: left as written.
        assert_eq!(facts("a 5m wall")[0].1, "#5m wall");
        assert_eq!(facts("up 6 percent"), vec![pair("6 percent", "#6%")]);
        assert_eq!(
            facts("the April 4 attack on Wednesday in 2017"),
            vec![
                pair("April 4", "@april 4"),
                pair("Wednesday", "@wednesday"),
                pair("2017", "@2017")
            ]
        );
        // "May" the verb is no month; "one" is too common to be a fact.
        assert!(facts("May the talks go on for one more day.").is_empty());
    }
}
