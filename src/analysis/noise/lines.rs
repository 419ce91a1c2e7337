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

use crate::analysis::lexicon::FOREIGN_MONTHS;
use crate::text::calendar::{MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS};
use crate::text::furniture::stamps::{AGO_UNITS, ZONES};
use crate::text::{is_stop_word, word_count_upto, words};

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
/// of [`CREDIT_OPENERS`] then a short run of names, or at most 6
/// capitalised words around one slash where one side is a short credit
/// word run ("AP Photo/Kim Dale", "Ann Lee/Reuters") or the slash, set
/// with spaces, parts a name of at most 3 words from an outlet of 1-2
/// words ("Kim Dale / Reuters"). A title-case headline with a slash
/// ("Ukraine/Russia Talks Stall", "AC/DC Reunite For Tour") is neither.
/// No sentence closes it.
pub(super) fn credit_line(text: &str) -> bool {
    let t = text.trim();
    // A credit in brackets on its own line ("(Image credit: Ann Lee)").
    let t = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .filter(|inner| !inner.contains(['(', ')']))
        .map_or(t, str::trim);
    // Counted up to one past the longest line: `n` answers every test below.
    let n = word_count_upto(t, MAX_LINE_WORDS);
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
    if t.matches('/').count() != 1 || t.contains("://") || n > 6 || t.ends_with('.') {
        return false;
    }
    let (left, right) = t.split_once('/').unwrap_or((t, ""));
    named_run(t) && (credit_side(left) || credit_side(right) || spaced_names(t, left, right))
}

/// Words that make a side of a slash a credit: a picture word or a wire
/// agency (lower case).
const CREDIT_WORDS: &[&str] = &[
    "photo", "photos", "images", "pictures", "video", "reuters", "afp", "ap", "epa", "getty",
    "xinhua", "dpa", "aap", "anp", "ansa", "efe", "pa", "press", "wire",
];

/// Whether one side of a credit's slash is a short credit word run ("AP
/// Photo", "Reuters", "Getty Images"): at most 3 words, one of them in
/// [`CREDIT_WORDS`].
fn credit_side(side: &str) -> bool {
    let ws: Vec<String> = words(side).map(|(_, w)| w.to_lowercase()).collect();
    !ws.is_empty() && ws.len() <= 3 && ws.iter().any(|w| CREDIT_WORDS.contains(&w.as_str()))
}

/// Whether a slash set with spaces stands between a name of at most 3
/// words and an outlet of 1 or 2 words ("Kim Dale / Reuters").
fn spaced_names(t: &str, left: &str, right: &str) -> bool {
    let (l, r) = (words(left).count(), words(right).count());
    t.contains(" / ") && (1..=3).contains(&l) && (1..=2).contains(&r)
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

/// Whether a whole line is a gallery's counter: "3 of 12", after at most
/// one picture word ("Photo 3 of 12", or with a slash after one, "Slide
/// 1/6"), or its size ([`gallery_size`]). A sentence ("1 of 6 crew members died") goes on after the
/// second number, and a bare "9/11" is a date.
pub(super) fn gallery_counter(text: &str) -> bool {
    let ws: Vec<String> = words(text).map(|(_, w)| w.to_lowercase()).collect();
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let counter = |ws: &[String], slash: bool| match ws {
        [a, of, b] => digits(a) && of == "of" && digits(b),
        // "Slide 2/9"; a bare "9/11" is a date.
        [a, b] => slash && digits(a) && digits(b) && text.contains('/'),
        _ => false,
    };
    let numbered = match ws.first().map(String::as_str) {
        Some("photo" | "image" | "picture" | "slide" | "gallery" | "video") => {
            counter(&ws[1..], true)
        }
        _ => counter(&ws, false),
    };
    numbered || gallery_size(text, &ws)
}

/// Whether a short line closes with a gallery's size, "14 Photos", alone,
/// after a bar ("Gallery: New console | 14 Photos") or after a gallery
/// word ("View 9 images"). A sentence ("She took 14 photos.") has a stop
/// or no such opening.
fn gallery_size(text: &str, ws: &[String]) -> bool {
    let n = ws.len();
    if !(2..=10).contains(&n) || text.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let count = ws[n - 2].bytes().all(|b| b.is_ascii_digit());
    let pictures = matches!(
        ws[n - 1].as_str(),
        "photos" | "images" | "pictures" | "slides" | "videos"
    );
    let opened = n == 2
        || text.contains('|')
        || matches!(
            ws[0].as_str(),
            "gallery" | "slideshow" | "view" | "see" | "photos" | "images"
        );
    count && pictures && opened
}

/// Role words that close a byline label ("Ann Lee, AP Auto Writer",
/// "Opinion Columnist"), lower case.
const BYLINE_ROLES: &[&str] = &[
    "writer",
    "correspondent",
    "reporter",
    "columnist",
    "contributor",
    "journalist",
];

/// Whether a whole line is a byline: "By" and a run of names (joined by
/// commas, "and", "&"), alone when it holds two words or more, or followed
/// by nothing but its publication stamp ("By Ann Lee - 11/18/19 11:04 PM
/// EST", "By Ann Lee and Tom Reyes Monday, November 18, 2019, 4:05 pm
/// PT"); or a run of capitalised words closed by a reporter's role ("Ann
/// Lee, AP Auto Writer", "Opinion Columnist"). "By Tuesday, the crews
/// ..." and "By Land And Sea, a film ..." go on as prose (a comma or a
/// lower-case word after the names that is no stamp's).
pub(super) fn byline_line(text: &str) -> bool {
    let t = text.trim();
    let ws: Vec<(usize, &str)> = words(t).collect();
    if ws.len() < 2 || ws.len() > 24 || t.ends_with(['!', '?']) {
        return false;
    }
    let last = ws[ws.len() - 1].1.to_lowercase();
    if ws.len() <= 8 && BYLINE_ROLES.contains(&last.as_str()) && !t.ends_with('.') {
        return named_run(t);
    }
    if !ws[0].1.eq_ignore_ascii_case("by") {
        return false;
    }
    // The names: capitalised words (no month or weekday) and joiners,
    // parted by spaces or commas.
    let mut k = 1;
    let mut names = 0;
    while k < ws.len() {
        let w = ws[k].1;
        let lower = w.to_lowercase();
        let gap = &t[ws[k - 1].0 + ws[k - 1].1.len()..ws[k].0];
        if !matches!(gap.trim(), "" | "," | "&") || is_month(&lower) || is_day(&lower) {
            break;
        }
        if w.starts_with(char::is_uppercase) && !is_stop_word(&lower) {
            names += 1;
        } else if !matches!(lower.as_str(), "and" | "de" | "van" | "von" | "der") {
            break;
        }
        k += 1;
    }
    if names == 0 || names > 8 {
        return false;
    }
    if k == ws.len() {
        return names >= 2 && !t.ends_with('.');
    }
    // Only a stamp may follow: dates, times, zones and stamp labels.
    let tail: Vec<String> = ws[k..]
        .iter()
        .map(|(_, w)| w.to_lowercase().trim_end_matches('.').to_string())
        .collect();
    let zone = |w: &str| w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase());
    let dated = tail.iter().any(|w| is_month(w) || numeric_token(w));
    dated
        && ws[k..].iter().zip(&tail).all(|(&(_, raw), w)| {
            is_month(w)
                || is_day(w)
                || STAMP_WORDS.contains(&w.as_str())
                || numeric_token(w)
                || zone(raw)
        })
}

/// Whether a whole line is a reading time ("4 min read", "3 Minute Read",
/// "Reading time: 5 minutes", "5 Minuten Lesezeit", "Tempo de leitura: 2
/// minutos").
pub(super) fn reading_time(text: &str) -> bool {
    let ws: Vec<String> = words(text).map(|(_, w)| w.to_lowercase()).collect();
    if ws.is_empty() || ws.len() > 5 {
        return false;
    }
    let number = ws.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()));
    let unit = ws.iter().any(|w| MINUTE_WORDS.contains(&w.as_str()));
    let read = ws.iter().any(|w| READ_WORDS.contains(&w.as_str()));
    number && unit && read
}

/// Words saying "reading" in a reading-time line, in English and the
/// languages a cluster may mix in ("5 Minuten Lesezeit", "leestijd").
const READ_WORDS: &[&str] = &[
    "read", "reading", "lesezeit", "lecture", "leitura", "lectura", "lettura", "leestijd",
];

/// Words of a minute count, in the languages of [`READ_WORDS`].
const MINUTE_WORDS: &[&str] = &[
    "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti",
];

/// Labels marking an advertisement slot, in English and other languages:
/// a line that is nothing else is the slot's label, never prose.
const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertising",
    "sponsored",
    "anzeige",
    "werbung",
    "publicit\u{e9}",
    "publicidad",
    "publicidade",
    "pubblicit\u{e0}",
    "iklan",
    "advertentie",
    "reklame",
    "reklama",
    "\u{440}\u{435}\u{43a}\u{43b}\u{430}\u{43c}\u{430}",
];

/// Whether a whole line is an advertisement slot's label ("Advertisement",
/// "Anzeige", "Iklan"), with nothing but punctuation around it.
pub(super) fn ad_label(text: &str) -> bool {
    let core = text
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    AD_LABELS.contains(&core.as_str())
}

/// Words of a share bar or a comment form's fields: a line made of them
/// alone ("Share Tweet Submit", "Post Comment (+)", "Email *", "Reply")
/// is the page's interface.
const INTERFACE_WORDS: &[&str] = &[
    "share",
    "shares",
    "tweet",
    "submit",
    "email",
    "e-mail",
    "pin",
    "reply",
    "comment",
    "comments",
    "post",
    "print",
    "website",
    "name",
    "save",
    "copy",
    "link",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "messenger",
    "flipboard",
];

/// Whether a whole line is a share bar or a comment form's field labels:
/// at most six words, every one of [`INTERFACE_WORDS`] or a joining "on"
/// ("Share on Facebook"; marks such as "*" or "(+)" aside).
pub(super) fn interface_line(text: &str) -> bool {
    let ws: Vec<String> = words(text).map(|(_, w)| w.to_lowercase()).collect();
    // One word alone only when it is a button's, not a name a crosshead
    // may use ("Facebook", "Print").
    let lone = ws.len() != 1
        || text.contains('*')
        || matches!(ws[0].as_str(), "reply" | "share" | "tweet" | "submit");
    (1..=6).contains(&ws.len())
        && lone
        && ws[0] != "on"
        && ws
            .iter()
            .all(|w| w == "on" || INTERFACE_WORDS.contains(&w.as_str()))
}

/// Networks a social-media prompt names.
pub(super) const NETWORKS: &[&str] = &[
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
/// Lee on Twitter: @annlee", "Want more? Follow us on Facebook."): the
/// line ends at the network or the handle, nothing but handles, further
/// networks and a full stop after `on <network>`.
pub(super) fn follow_line(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    if word_count_upto(&lower, MAX_LINE_WORDS) > MAX_LINE_WORDS {
        return false;
    }
    let follow = lower.starts_with("follow ")
        || lower.contains(" follow us")
        || lower.contains("? follow ")
        || lower.starts_with("like us on ");
    if !follow {
        return false;
    }
    // The prompt ends where it names where: "on Twitter", "on Twitter:
    // @handle", "on Facebook.", or a handle; a story sentence goes on
    // ("Follow him on Twitter, the coach told fans.").
    let network_end = NETWORKS.iter().any(|n| {
        let on = format!(" on {n}");
        lower
            .match_indices(&on)
            .any(|(at, _)| prompt_tail(&lower[at + on.len()..]))
    });
    network_end
        || lower
            .match_indices(" @")
            .any(|(at, _)| prompt_tail(&lower[at..]))
}

/// Whether a line asks the reader to sign up ("Please sign up for our
/// newsletter", "Sign up for free", "Want more? Sign up for alerts"):
/// "sign up" opens the line or a sentence, follows "please" or "here
/// to", or goes on to the site's own offer ("our", "free", "now",
/// "today", "here"). A story's "officials urged residents to sign up for
/// alerts" is prose.
pub(super) fn sign_up_prompt(lower: &str) -> bool {
    lower.match_indices("sign up").any(|(at, m)| {
        let before = lower[..at].trim_end();
        let after = lower[at + m.len()..].trim_start();
        let after = after
            .strip_prefix("for")
            .or_else(|| after.strip_prefix("to"))
            .unwrap_or(after)
            .trim_start();
        let asks = before.is_empty()
            || before.ends_with(['.', '!', '?', ':', '|', '\u{2014}', '\u{2013}'])
            || before.ends_with("please")
            || before.ends_with("here to");
        asks || ["our ", "free", "now", "today", "here"]
            .iter()
            .any(|w| after.starts_with(w))
    })
}

/// Whether a paragraph is program code a scraper kept from a page's
/// scripts (`var slot = defineSlot("/news"); function load() { ... }`):
/// two or more of a statement's marks, which prose never combines: a
/// `var`/`let`/`const`/`function` keyword opening a statement, a call
/// closed by ");", a pair of braces, an arrow "=>", a page object
/// ("window.", "document.").
pub(super) fn code_line(text: &str) -> bool {
    let t = text.trim();
    // A keyword opens the line or a statement ("; " or "{ " before it).
    let opens_statement = |at: usize| at == 0 || t[..at].ends_with("; ") || t[..at].ends_with("{ ");
    let keyword = ["var ", "let ", "const ", "function "]
        .iter()
        .any(|k| t.match_indices(k).any(|(at, _)| opens_statement(at)))
        || t.contains("function(")
        || t.contains("function (");
    let marks = [
        keyword,
        t.contains(");"),
        t.contains('{') && t.contains('}'),
        t.contains("=>"),
        t.contains("window.") || t.contains("document."),
    ];
    marks.iter().filter(|&&m| m).count() >= 2
}

/// Whether a short paragraph is a teaser cut off by its page ("Fishermen
/// count losses as the harbour stays closed and prices…"): it ends in an
/// ellipsis right after a word, in a line that quotes no one (a
/// quotation may trail off).
pub(super) fn truncated_teaser(text: &str) -> bool {
    let t = text.trim_end();
    let Some(cut) = t.strip_suffix('\u{2026}').or_else(|| t.strip_suffix("...")) else {
        return false;
    };
    cut.ends_with(char::is_alphanumeric)
        && !t.contains(['\u{201c}', '"'])
        && word_count_upto(t, MAX_WORDS_TEASER) <= MAX_WORDS_TEASER
}

/// Longest teaser line, in words.
const MAX_WORDS_TEASER: usize = 40;

/// Whether what follows a prompt's network is only handles, further
/// networks ("and Instagram") and punctuation closing the line.
fn prompt_tail(rest: &str) -> bool {
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    rest.split_whitespace().all(|w| {
        let w = w.trim_matches([':', ',', '.', ';', '|']);
        w.is_empty()
            || w.starts_with('@')
            || matches!(w, "and" | "or" | "on")
            || NETWORKS.contains(&w)
    })
}

/// Whether a lower-case word is a month, in English (names and short
/// forms, [`MONTHS`]) or another language ([`FOREIGN_MONTHS`]): the one
/// calendar every stage reads.
fn is_month(w: &str) -> bool {
    MONTHS.contains(&w) || FOREIGN_MONTHS.iter().any(|(m, _)| *m == w)
}

/// Whether a lower-case word is a weekday or its short form.
fn is_day(w: &str) -> bool {
    WEEKDAYS.contains(&w) || WEEKDAY_ABBREVIATIONS.contains(&w) || FOREIGN_WEEKDAYS.contains(&w)
}

/// Weekdays in the languages of [`FOREIGN_MONTHS`] (lower case), as a
/// stamp writes them ("sexta-feira, 22 de outubro de 2010 \u{e0}s 20:13";
/// a hyphen splits a word in two).
#[rustfmt::skip]
const FOREIGN_WEEKDAYS: &[&str] = &[
    "segunda", "ter\u{e7}a", "quarta", "quinta", "sexta", "feira",
    "s\u{e1}bado", "domingo", "lunes", "martes", "mi\u{e9}rcoles", "jueves", "viernes",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag",
    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "luned\u{ec}",
    "marted\u{ec}", "mercoled\u{ec}", "gioved\u{ec}", "venerd\u{ec}", "sabato",
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
    "um",
    "uhr",
    "publié",
    "le",
    "à",
    "mis",
    "jour",
    "de",
    "del",
    "di",
    "\u{e0}s",
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
/// "Published", or a relative time ("5 months ago"). Besides the "ago"
/// form it needs a publication sign ([`published_sign`]), so the event's
/// own time as a short paragraph ("At 10:30", "Mon 3", "9/11") stays
/// story text, and a line closing with a full stop after a word ("On
/// Sunday at 3 pm.") is a sentence.
pub(super) fn stamp_line(text: &str) -> bool {
    let ws: Vec<String> = words(text)
        .map(|(_, w)| w.to_lowercase().trim_end_matches('.').to_string())
        .collect();
    if ws.is_empty() || ws.len() > 10 {
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
    // "On Sunday at 3 pm." is a sentence, not a stamp ("Updated 5 p.m."
    // is one).
    let t = text.trim();
    if let Some(before) = t.strip_suffix('.')
        && before.ends_with(char::is_alphabetic)
        && !ws.last().is_some_and(|w| w == "a.m" || w == "p.m")
    {
        return false;
    }
    let dated = ws.iter().any(|w| is_month(w) || numeric_token(w));
    let all = ws
        .iter()
        .all(|w| is_month(w) || is_day(w) || STAMP_WORDS.contains(&w.as_str()) || numeric_token(w));
    // A bare year or number is a counter or a heading, not a stamp.
    let more_than_a_number = ws.len() > 1 || ws[0].contains([':', '.', '/']);
    dated && all && more_than_a_number && published_sign(text, &ws)
}

/// Labels of a publication stamp (lower case).
const STAMP_LABELS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "modified",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "mis",
];

/// Whether a stamp's words show it is a publication's, not the event's own
/// time ("At 10:30", "Mon 3", "9/11", "2 pm"): a label of
/// [`STAMP_LABELS`], a zone after a clock time ("9:00AM (UTC)"), or a full
/// date with its year (a month, a day and a 4-digit year, or a numeric
/// date with two separators, "20/01/2020").
fn published_sign(text: &str, ws: &[String]) -> bool {
    let label = ws.iter().any(|w| STAMP_LABELS.contains(&w.as_str()));
    // Clock times and numeric dates are read from the raw tokens: word
    // segmentation splits "10:30" and "20/01/2020".
    let raw: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(['(', ')', ',', ';']).to_lowercase())
        .collect();
    let clock = raw.iter().any(|w| {
        (numeric_token(w) && (w.contains(':') || w.ends_with("am") || w.ends_with("pm")))
            || matches!(w.trim_end_matches('.'), "am" | "pm" | "a.m" | "p.m")
    });
    let zone = clock
        && ws
            .iter()
            .any(|w| ZONES.iter().any(|z| z.eq_ignore_ascii_case(w)));
    let numeric_date = raw.iter().any(|w| {
        let w = w.trim_end_matches('.');
        numeric_token(w) && w.chars().filter(|c| "./-".contains(*c)).count() >= 2
    });
    let month = ws.iter().any(|w| is_month(w));
    let digits = |w: &str| {
        let w = w.trim_end_matches(',');
        let core = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        (!core.is_empty() && core.chars().all(|c| c.is_ascii_digit())).then_some(core.len())
    };
    let day = ws.iter().any(|w| matches!(digits(w), Some(1 | 2)));
    let year = ws.iter().any(|w| digits(w) == Some(4));
    label || zone || numeric_date || (month && day && year)
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
    if word_count_upto(&lower, 30) > 30 || !lower.starts_with("update") {
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
    fn sign_up_prompts_code_and_teasers_but_not_prose() {
        for prompt in [
            "please sign up for our newsletter to get the latest news.",
            "want more? sign up for alerts.",
            "you can sign up for free in a minute.",
            "click here to sign up.",
        ] {
            assert!(sign_up_prompt(prompt), "{prompt}");
        }
        for prose in [
            "officials urged residents to sign up for emergency text alerts before the storm.",
            "only 40 farmers chose to sign up for the scheme, the ministry said.",
        ] {
            assert!(!sign_up_prompt(prose), "{prose}");
        }
        assert!(code_line(
            "var slot = googletag.defineSlot('/1234/news', [300, 250]); \
             function loadAds() { slot.display(); }"
        ));
        assert!(code_line(
            "window.dataLayer = []; const go = () => push(1);"
        ));
        for prose in [
            "The mayor (who spoke late); the chief did not.",
            "The function of the council is to set the budget, she said.",
            "Let the voters decide, he said; we will abide by it.",
        ] {
            assert!(!code_line(prose), "{prose}");
        }
        assert!(truncated_teaser(
            "Fishermen count losses as the harbour stays closed and prices\u{2026}"
        ));
        assert!(truncated_teaser(
            "Storm leaves the coast without power and..."
        ));
        for prose in [
            "\"We just don't know...\" the mayor said.",
            "\"We will see what comes\u{2026}\"",
            "The mayor said the town would rebuild.",
        ] {
            assert!(!truncated_teaser(prose), "{prose}");
        }
    }

    #[test]
    fn credit_lines_and_their_look_alikes() {
        for line in [
            "Photograph by Ed Lund, Harbour Trust",
            "Photo by Kim Dale/Harbour Times",
            "Image credit: Port Ellan Council",
            "Credit: Ou Lin/Harbour Wire",
            "AP Photo/Kim Dale",
            "Kim Dale / Reuters",
            "Kim Dale/Reuters",
            "Ann Lee/Getty Images",
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
            // Review R3: title-case headlines with a slash.
            "Ukraine/Russia Talks Stall",
            "Covid/Flu Season Outlook",
            "AC/DC Reunite For Tour",
        ] {
            assert!(!credit_line(prose), "{prose}");
        }
    }

    #[test]
    fn gallery_counters_and_bracketed_credits() {
        for line in [
            "1 of 6",
            "Photo 3 of 12",
            "Slide 2/9",
            "Gallery: Harbour crane | 14 Photos",
            "View 9 images",
            "12 Photos",
        ] {
            assert!(gallery_counter(line), "{line}");
        }
        for prose in [
            "1 of 6 crew members died.",
            "One of six",
            "9/11",
            "2020/21",
            "She took 14 photos.",
            "Crew members shared 14 photos",
        ] {
            assert!(!gallery_counter(prose), "{prose}");
        }
        assert!(credit_line("(Image credit: Harbour Trust)"));
        assert!(!credit_line("(The council met on Friday.)"));
    }

    #[test]
    fn bylines_with_their_stamps_but_not_sentences_opening_with_by() {
        for line in [
            "By Ann Lee and Tom Reyes",
            "By Ann Lee - 11/18/19 11:04 PM EST",
            "By Ann Lee, Tom Reyes on Monday, March 9th, 2020 at 11:08 a.m.",
            "By Ann Lee and Tom Reyes Monday, March 9, 2020, 04:05 pm PT (07:05 pm ET)",
            "by Lee March 9, 2020",
            "Ann Lee, Wire Auto Writer",
            "Opinion Columnist",
        ] {
            assert!(byline_line(line), "{line}");
        }
        for prose in [
            "By Tuesday, the crews had left.",
            "By March 9, 2020",
            "By Land And Sea, a film about the harbour, opens.",
            "By The Numbers",
            "By All Means",
            "By noon the harbour was closed",
            "By Ann Lee.",
            "The council hired a writer",
            "Letters to the Writer",
        ] {
            assert!(!byline_line(prose), "{prose}");
        }
    }

    #[test]
    fn reading_times_follow_prompts_and_stamps() {
        for line in [
            "4 min read",
            "4 Min Read",
            "3 minute read",
            "Reading time: 5 minutes",
            // The same line in other languages.
            "5 Minuten Lesezeit",
            "Tempo de leitura: 2 minutos",
            "Temps de lecture : 4 min",
        ] {
            assert!(reading_time(line), "{line}");
        }
        assert!(!reading_time(
            "Die Lesezeit betrug 5 Minuten pro Tag im Schnitt"
        ));
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
        // Review R2: the prompt ends at the network or the handle.
        for prose in [
            "Follow him on Twitter, the coach told fans.",
            "Follow the money on Facebook, the senator said",
        ] {
            assert!(!follow_line(prose), "{prose}");
        }
        assert!(follow_line("Follow us on Twitter and Instagram"));
        assert!(follow_line("Follow Ann Lee @annlee"));
        for line in [
            "Published: 10:00am, 20 Jan, 2020",
            "January 10, 2020 9:00AM (UTC)",
            "April 11, 2026",
            "Updated Tue 3 March 2020",
            "Published",
            "5 months ago",
            "05/08/2019",
            "20.06.2019",
            "Updated 5 p.m.",
            "10:00am ET",
            "sexta-feira, 22 de outubro de 2031 \u{e0}s 20:13",
        ] {
            assert!(stamp_line(line), "{line}");
        }
        for prose in [
            "2019",
            "On March 3 the bridge closed.",
            "Published in 2019, the report was ignored.",
            "Last year",
            "5 months ago the bridge closed",
            // Review R4: the event's own time, no publication sign.
            "At 10:30",
            "On Sunday at 3 pm.",
            "Mon 3",
            "On 3",
            "9/11",
            "2 pm",
            "Et 3",
        ] {
            assert!(!stamp_line(prose), "{prose}");
        }
    }

    #[test]
    fn advertisement_labels_and_interface_lines() {
        for line in ["Advertisement", "ANZEIGE", "- Iklan -", "Publicit\u{e9}"] {
            assert!(ad_label(line), "{line}");
        }
        assert!(!ad_label("Advertisement revenue fell by half"));
        for line in [
            "Share Tweet Submit",
            "Post Comment (+)",
            "Email *",
            "Reply",
            "Share on Facebook",
        ] {
            assert!(interface_line(line), "{line}");
        }
        for prose in [
            "Share prices fell.",
            "Reply to the council by Friday",
            "Comment is free",
            "Post office closed",
            // Review R7: a network's name alone may be a crosshead.
            "Facebook",
            "Print",
        ] {
            assert!(!interface_line(prose), "{prose}");
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
