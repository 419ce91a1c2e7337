//! Short lines of a page's chrome that scrapers keep between a story's
//! paragraphs, told by their form rather than by a site's wording: a
//! reading time ("4 min read"), a picture credit with no caption before it
//! ("Photograph by Ann Lee, Harbour Trust", "AP Photo/Kim Dale"), a
//! social-media prompt ("Follow Ann Lee on Twitter: @annlee"), a
//! publication stamp standing alone ("Published: 10:00am, 20 Jan, 2020",
//! "5 months ago") and an editor's dated update note ("Update July 3,
//! 8:05AM ET: Added the council's statement.").
//!
//! Guarantee: each rule reads a whole short line (at most
//! [`MAX_LINE_WORDS`] words, an update note at most 30) and anchors on its
//! opening or on every word's form, so a sentence of the story that uses
//! the same words ("the report took 4 minutes to read", "a photo by a
//! passer-by showed ...") stays prose.

use crate::text::words;

/// Longest line read by these rules, in words.
const MAX_LINE_WORDS: usize = 14;

/// Openings of a picture or video credit line (lower case).
const CREDIT_OPENERS: &[&str] = &[
    "photograph by ",
    "photographs by ",
    "photo by ",
    "photos by ",
    "picture by ",
    "pictures by ",
    "image by ",
    "images by ",
    "video by ",
    "illustration by ",
    "graphic by ",
    "photo courtesy",
    "image courtesy",
    "courtesy of ",
    "image credit",
    "photo credit",
    "picture credit",
    "image:",
    "images:",
    "credit:",
    "credits:",
    "photos:",
    "pictures:",
    "illustration:",
    "graphic:",
    "author:",
    "provided by ",
];

/// Words that may join the capitalised words of a credit ("Photo by Ann
/// Lee for the Courier", "Kim Dale via Wire").
const CREDIT_JOINERS: &[&str] = &[
    "via", "for", "of", "the", "and", "by", "&", "de", "van", "von",
];

/// Whether a whole line is a picture credit or a byline label: an opener
/// of [`CREDIT_OPENERS`] then a short run of names, or a short run of
/// capitalised words around a slash ("AP Photo/Kim Dale", "Kim Dale /
/// Reuters"). No sentence closes it.
pub(super) fn credit_line(text: &str) -> bool {
    let t = text.trim();
    let n = words(t).count();
    if n == 0 || n > MAX_LINE_WORDS || t.ends_with(['!', '?']) {
        return false;
    }
    let lower = t.to_lowercase();
    if let Some(opener) = CREDIT_OPENERS.iter().find(|o| lower.starts_with(*o)) {
        // The credit itself names: capitalised words and joiners, as in
        // "Photo by Ann Lee" (not "Photo by photo, the album shows ...").
        let rest = t[opener.len().min(t.len())..].trim_end_matches('.');
        // A desk's initials in brackets may close a byline ("(th)").
        let rest = match rest.rfind('(') {
            Some(open) if rest.ends_with(')') && rest.len() - open <= 8 => &rest[..open],
            _ => rest,
        };
        return named_run(rest);
    }
    t.contains('/') && !t.contains("://") && n <= 6 && !t.ends_with('.') && named_run(t)
}

/// Whether every word of `text` is capitalised, a number or a joiner, with
/// at least one capitalised word.
fn named_run(text: &str) -> bool {
    let mut capital = false;
    for (_, w) in words(text) {
        let first = w.chars().next();
        if first.is_some_and(char::is_uppercase) {
            capital = true;
        } else if !(first.is_some_and(|c| c.is_ascii_digit())
            || CREDIT_JOINERS.contains(&w.to_lowercase().as_str()))
        {
            return false;
        }
    }
    capital
}

/// Whether a whole line is a reading time ("4 min read", "3 Minute Read",
/// "Reading time: 5 minutes").
pub(super) fn reading_time(text: &str) -> bool {
    let ws: Vec<String> = words(text).map(|(_, w)| w.to_lowercase()).collect();
    if ws.is_empty() || ws.len() > 5 {
        return false;
    }
    let number = ws.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()));
    let unit = ws
        .iter()
        .any(|w| matches!(w.as_str(), "min" | "mins" | "minute" | "minutes"));
    let read = ws
        .iter()
        .any(|w| matches!(w.as_str(), "read" | "reading" | "lesezeit" | "lecture"));
    number && unit && read
}

/// Networks a social-media prompt names.
const NETWORKS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "tiktok",
    "youtube",
    "threads",
    "bluesky",
    "mastodon",
    "whatsapp",
    "telegram",
];

/// Whether a whole line asks the reader to follow someone ("Follow Ann
/// Lee on Twitter: @annlee", "Want more? Follow us on Facebook.").
pub(super) fn follow_line(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    if words(&lower).count() > MAX_LINE_WORDS {
        return false;
    }
    let follow = lower.starts_with("follow ")
        || lower.contains(" follow us")
        || lower.contains("? follow ")
        || lower.starts_with("like us on ");
    // The prompt names where: "on Twitter", or a handle.
    follow && (lower.contains(" @") || NETWORKS.iter().any(|n| lower.contains(&format!(" on {n}"))))
}

/// Month names and their short forms (English, German, French), lower
/// case, without a full stop.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Day names and their short forms, lower case.
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Words of a publication stamp besides dates and times (lower case).
const STAMP_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "modified",
    "last",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "est",
    "edt",
    "et",
    "pst",
    "pdt",
    "pt",
    "ct",
    "ist",
    "jst",
    "aest",
    "aedt",
    "veröffentlicht",
    "aktualisiert",
    "am",
    "um",
    "uhr",
    "publié",
    "le",
    "à",
    "mis",
    "jour",
];

/// Units of a relative stamp ("5 months ago").
const AGO_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
    "days", "week", "weeks", "month", "months", "year", "years",
];

/// Whether a token is a clock time or a numeric date, alone or glued to
/// its half of the day ("9:00AM", "10:09am", "20.06.2019", "05/08/2019",
/// "3rd").
fn numeric_token(w: &str) -> bool {
    let core = w.trim_end_matches(['.', ',']);
    let core = ["am", "pm", "st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| core.strip_suffix(s))
        .unwrap_or(core);
    !core.is_empty()
        && core.starts_with(|c: char| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || ":./-".contains(c))
}

/// Whether a whole line is only a publication stamp: a date and/or a
/// time with its labels ("Published: 10:00am, 20 Jan, 2020", "January
/// 10, 2020 9:00AM (UTC)", "Updated Tue 3 March 2020"), a lone
/// "Published", or a relative time ("5 months ago").
pub(super) fn stamp_line(text: &str) -> bool {
    let ws: Vec<String> = words(text)
        .map(|(_, w)| w.to_lowercase().trim_end_matches('.').to_string())
        .collect();
    if ws.is_empty() || ws.len() > 8 {
        return false;
    }
    if ws.len() == 1 && matches!(ws[0].as_str(), "published" | "updated" | "posted") {
        return true;
    }
    if let [count, unit, ago] = ws.as_slice()
        && ago == "ago"
        && AGO_UNITS.contains(&unit.as_str())
        && (count.chars().all(|c| c.is_ascii_digit()) || count == "a" || count == "an")
    {
        return true;
    }
    let dated = ws
        .iter()
        .any(|w| MONTHS.contains(&w.as_str()) || numeric_token(w));
    let all = ws.iter().all(|w| {
        MONTHS.contains(&w.as_str())
            || DAYS.contains(&w.as_str())
            || STAMP_WORDS.contains(&w.as_str())
            || numeric_token(w)
    });
    // A bare year or number is a counter or a heading, not a stamp.
    let more_than_a_number = ws.len() > 1 || ws[0].contains([':', '.', '/']);
    dated && all && more_than_a_number
}

/// Words that open what an editor's update note says was changed.
const EDIT_VERBS: &[&str] = &[
    "added",
    "adds",
    "adding",
    "updated",
    "updates",
    "corrected",
    "corrects",
    "clarified",
    "clarifies",
    "includes",
    "this story",
    "this article",
    "this post",
    "the headline",
    "headline",
];

/// Whether a paragraph is an editor's dated update note: "Update" (or
/// "Updated") and a date or time, a colon, then what was changed ("Added
/// the council's statement."). An update that tells news ("Update 3 p.m.:
/// Police named the victim.") is story text.
pub(super) fn update_note(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    if words(&lower).count() > 30 || !lower.starts_with("update") {
        return false;
    }
    let Some(colon) = lower.find(": ").filter(|&c| c <= 60) else {
        return false;
    };
    let label = &lower[..colon];
    let body = lower[colon + 2..].trim_start();
    label.chars().any(|c| c.is_ascii_digit()) && EDIT_VERBS.iter().any(|v| body.starts_with(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_lines_and_their_look_alikes() {
        for line in [
            "Photograph by Ed Lund, Harbour Trust",
            "Photo by Kim Dale/Harbour Times",
            "Image credit: Port Ellan Council",
            "Credit: Ou Lin/Harbour Wire",
            "AP Photo/Kim Dale",
            "Kim Dale / Reuters",
            "Author: Tom Harlan (th)",
            "Courtesy of the Harbour Trust",
        ] {
            assert!(credit_line(line), "{line}");
        }
        for prose in [
            "Photo by photo, the album shows the harbour's decline.",
            "A photo by a passer-by showed the crane falling.",
            "Credit: the council says the loans will be repaid by 2030.",
            "The 24/7 helpline took 300 calls on Monday.",
            "Workers replaced 120 steel cables and repainted the deck.",
        ] {
            assert!(!credit_line(prose), "{prose}");
        }
    }

    #[test]
    fn reading_times_follow_prompts_and_stamps() {
        for line in [
            "4 min read",
            "4 Min Read",
            "3 minute read",
            "Reading time: 5 minutes",
        ] {
            assert!(reading_time(line), "{line}");
        }
        assert!(!reading_time(
            "The council took 4 minutes to read the motion aloud."
        ));
        assert!(!reading_time("Read the 40-page report"));
        for line in [
            "Follow Tom Harlan on Twitter: @tomharlan",
            "Want more stories like this? Follow us on Facebook.",
        ] {
            assert!(follow_line(line), "{line}");
        }
        assert!(!follow_line(
            "Follow the money, the senator told Twitter users."
        ));
        assert!(!follow_line(
            "Other councils will follow the plan, Voss said."
        ));
        for line in [
            "Published: 10:00am, 20 Jan, 2020",
            "January 10, 2020 9:00AM (UTC)",
            "April 11, 2026",
            "Updated Tue 3 March 2020",
            "Published",
            "5 months ago",
            "05/08/2019",
        ] {
            assert!(stamp_line(line), "{line}");
        }
        for prose in [
            "2019",
            "On March 3 the bridge closed.",
            "Published in 2019, the report was ignored.",
            "Last year",
            "5 months ago the bridge closed",
        ] {
            assert!(!stamp_line(prose), "{prose}");
        }
    }

    #[test]
    fn update_notes_but_not_updates_that_tell_news() {
        assert!(update_note(
            "Update March 3, 8:05AM ET: Added the council's statement."
        ));
        assert!(update_note(
            "Updated 5 p.m.: This story has been updated with the toll."
        ));
        assert!(!update_note(
            "Update 3 p.m.: Police named the victim as Ann Lee, 34."
        ));
    }
}
