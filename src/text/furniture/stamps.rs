//! Live-blog time stamps at the head of a paragraph ("14:05 GMT", "12:15
//! BST - Police said ...", "1h ago", "Updated 12.40pm", "Just now"): page
//! furniture, split off before alignment ([`super::split_credits`]) so
//! that an entry's time is neither compared, nor a unique fact, nor a
//! figure in conflict with another report's time of the event.
//!
//! Guarantee: only a stamp that opens the paragraph and either is the
//! whole paragraph or is set off by a dash, a colon or a bar and signed
//! as a publication time (a zone, "Updated", "ago") is taken; "10.30 was
//! the hour ...", "At 9 a.m. the crews ..." and a timeline's "09:30 - A
//! gunman enters" stay prose.

/// Time zones a stamp may name (as written; the furniture lines of
/// `analysis::noise` read the same table, ignoring case).
pub(crate) const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "PST", "PDT", "PT", "CT", "IST", "JST",
    "AEST", "AEDT",
];

/// Units of a relative time ("5 mins ago", "2 weeks ago"), lower case:
/// the one table of stamps here and of the stamp and reader-comment lines
/// of `analysis::noise`.
pub(crate) const AGO_UNITS: &[&str] = &[
    "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr",
    "hrs", "hour", "hours", "d", "day", "days", "week", "weeks", "month", "months", "year",
    "years",
];

/// Byte length of a live-blog stamp opening `text` (with its separator
/// and the spaces after it), or `None` when the text opens with none.
/// A stamp followed by text needs a sign that it is a publication time
/// (a zone, "Updated"/"Posted", "ago", "just now"): a bare "09:30 -
/// Gunman enters the school" is a timeline entry, the event's own time.
#[must_use]
pub fn leading_stamp(text: &str) -> Option<usize> {
    // Only the head is read: every paragraph comes here, and most open
    // with neither a digit nor one of the prefixes.
    let opens = text.starts_with(|c: char| c.is_ascii_digit())
        || PREFIXES.iter().chain(&["just "]).any(|p| {
            text.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        });
    if !opens {
        return None;
    }
    let head_end = text.char_indices().nth(HEAD).map_or(text.len(), |(k, _)| k);
    let head = &text[..head_end];
    let lower = head.to_lowercase();
    if lower.len() != head.len() {
        return None; // offsets below are read on `head` itself
    }
    let mut rest = lower.as_str();
    let mut prefixed = false;
    for prefix in PREFIXES {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            prefixed = true;
            break;
        }
    }
    let (after, signed) = match clock(rest, head) {
        Some((after, zoned)) => (after, zoned || prefixed),
        None => (ago(rest)?, true),
    };
    let stamp_end = head.len() - after.len();
    let tail = &text[stamp_end..];
    if tail.trim().is_empty() {
        return Some(text.len());
    }
    // A separator, then the entry's text.
    let trimmed = tail.trim_start();
    let sep = ["-", "\u{2013}", "\u{2014}", ":", "|", "\u{2022}"]
        .into_iter()
        .find(|s| trimmed.starts_with(s))?;
    let body = trimmed[sep.len()..].trim_start();
    if body.is_empty() {
        return Some(text.len()); // the stamp split off, with its dash
    }
    // "14:05 - " needs a space after a dash ("14:05-15:00" is a range),
    // and a sign that it is a publication time.
    if body.len() == trimmed.len() - sep.len() || !signed {
        return None;
    }
    Some(text.len() - body.len())
}

/// Words that open a publication stamp ("Updated 12.40pm").
const PREFIXES: &[&str] = &["updated ", "update ", "posted "];

/// Characters of a paragraph's head read for a stamp.
const HEAD: usize = 40;

/// After a clock time ("14:05", "9.40am", "12:15 p.m. BST") at the start
/// of `lower`, the rest of it and whether a zone was named; `original`
/// gives the zone's capitals.
fn clock<'a>(lower: &'a str, original: &str) -> Option<(&'a str, bool)> {
    let digits = |s: &'a str| {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        (n, &s[n..])
    };
    let (h, rest) = digits(lower);
    if !(1..=2).contains(&h) || lower[..h].parse::<u32>().ok()? > 24 {
        return None;
    }
    let rest = rest.strip_prefix([':', '.'])?;
    let (m, mut rest) = digits(rest);
    if m != 2 {
        return None;
    }
    let half = |r: &'a str| {
        let r2 = r.trim_start_matches(' ');
        ["a.m.", "p.m.", "am", "pm"]
            .into_iter()
            .find_map(|x| r2.strip_prefix(x))
    };
    if let Some(r) = half(rest) {
        rest = r;
    }
    // A zone in capitals in the original text.
    let at = original.len() - rest.len();
    let zone = original[at..].trim_start_matches(' ');
    let named = ZONES.iter().find(|z| {
        zone.starts_with(*z) && !zone[z.len()..].starts_with(|c: char| c.is_alphanumeric())
    });
    if let Some(z) = named {
        let skip = rest.len() - zone.len() + z.len();
        rest = &rest[skip..];
    }
    // The stamp ends at a word boundary.
    (!rest.starts_with(|c: char| c.is_alphanumeric())).then_some((rest, named.is_some()))
}

/// After a relative stamp ("1h ago", "5 mins ago", "just now") at the
/// start of `lower`, the rest of it.
fn ago(lower: &str) -> Option<&str> {
    if let Some(r) = lower.strip_prefix("just now") {
        return Some(r);
    }
    let n = lower.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return None;
    }
    let rest = lower[n..].trim_start_matches(' ');
    let unit_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    // A live blog stamps an entry minutes, hours or days ago, never
    // years: "20 years ago – almost to the day – ..." is a story's lead.
    let unit = &rest[..unit_len];
    let long = matches!(
        unit,
        "week" | "weeks" | "month" | "months" | "year" | "years"
    );
    if long || !AGO_UNITS.contains(&unit) {
        return None;
    }
    rest[unit_len..].trim_start_matches(' ').strip_prefix("ago")
}

#[cfg(test)]
mod tests {
    use super::leading_stamp;

    fn split(text: &str) -> Option<(&str, &str)> {
        leading_stamp(text).map(|n| (&text[..n], &text[n..]))
    }

    #[test]
    fn stamps_alone_or_set_off() {
        for whole in [
            "14:05 GMT",
            "13:52",
            "1h ago",
            "5 mins ago",
            "Just now",
            "9.40am",
            "Updated 12.40pm",
        ] {
            assert_eq!(leading_stamp(whole), Some(whole.len()), "{whole}");
        }
        assert_eq!(
            split("12:15 BST - Police said the protest was peaceful."),
            Some(("12:15 BST - ", "Police said the protest was peaceful."))
        );
        assert_eq!(
            split("3 hours ago: Ferries resumed."),
            Some(("3 hours ago: ", "Ferries resumed."))
        );
    }

    #[test]
    fn times_in_prose_stay() {
        for prose in [
            "10.30 was the hour the crews chose.",
            "9 a.m. came and went.",
            "At 9 a.m. the crews walked out.",
            "14:05-15:00 the port was shut.",
            "2 hours later, the crews returned.",
            "1,200 dockers walked out.",
            // A timeline entry: the event's own time, no publication sign.
            "09:30 - A gunman enters the school.",
            // Review R8: years ago is a lead, no live blog's stamp.
            "20 years ago \u{2013} almost to the day \u{2013} the bridge fell.",
        ] {
            assert_eq!(leading_stamp(prose), None, "{prose}");
        }
    }
}
