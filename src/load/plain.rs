//! Plain text → paragraphs.
//!
//! Paragraphs are blank-line separated blocks; text with no blank lines has
//! one paragraph per line. Inside a block, hard-wrapped lines (all about the
//! same width, at most ~100 columns) are joined again, while a short line
//! with no closing punctuation on top of a long one is a headline of its
//! own. Every line lands in exactly one paragraph: nothing is dropped.

use unicode_width::UnicodeWidthStr;

use crate::model::{ParaKind, Paragraph};
use crate::text::calendar::{MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS};
use crate::text::clean_display;

/// Widest line that can belong to hard-wrapped text.
const WRAP_MAX: usize = 100;

/// Splits plain text into classified paragraphs. With `detect_title`, a
/// short first line followed by more text becomes the title.
#[must_use]
pub fn parse_plain(text: &str, detect_title: bool) -> Vec<Paragraph> {
    let lines: Vec<String> = text.lines().map(clean_display).collect();
    let has_blank = {
        let mut seen_text = false;
        let mut blank_inside = false;
        for l in &lines {
            if l.is_empty() {
                blank_inside |= seen_text;
            } else if blank_inside {
                break;
            } else {
                seen_text = true;
            }
        }
        blank_inside && lines.iter().rev().skip_while(|l| l.is_empty()).count() > 0
    };
    let mut pieces: Vec<String> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for l in &lines {
        if l.is_empty() {
            split_block(&block, has_blank, &mut pieces);
            block.clear();
        } else {
            block.push(l);
        }
    }
    split_block(&block, has_blank, &mut pieces);
    classify(pieces, detect_title)
}

/// Turns one block of non-blank lines into paragraph texts.
fn split_block(block: &[&str], blank_separated: bool, out: &mut Vec<String>) {
    if block.is_empty() {
        return;
    }
    if !is_hard_wrapped(block) {
        out.extend(block.iter().map(|l| (*l).to_string()));
        return;
    }
    let max = block.iter().map(|l| l.width()).max().unwrap_or(0);
    let mut cur = String::new();
    for (i, line) in block.iter().enumerate() {
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(line);
        let last = i + 1 == block.len();
        // Without blank lines, a short line ending a sentence ends the
        // paragraph (the next line starts a new one).
        let early_end =
            !blank_separated && line.width() * 10 < max * 7 && ends_sentence(line) && !last;
        if last || early_end {
            out.push(std::mem::take(&mut cur));
        }
    }
}

/// Whether a block's line breaks are soft wraps rather than paragraph ends.
fn is_hard_wrapped(block: &[&str]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let widths: Vec<usize> = block.iter().map(|l| l.width()).collect();
    let max = widths.iter().copied().max().unwrap_or(0);
    if !(30..=WRAP_MAX).contains(&max) {
        return false;
    }
    let body = &widths[..widths.len() - 1];
    let full = body.iter().filter(|w| **w * 10 >= max * 7).count();
    // The first line of a wrapped block is full; a short first line over
    // longer ones is a headline, not a wrap.
    widths[0] * 10 >= max * 7 && full * 10 >= body.len() * 7
}

/// Whether a line ends with sentence-closing punctuation.
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', '\u{bb}']);
    t.ends_with(['.', '!', '?', ':', ';', '\u{2026}'])
}

/// A short line that reads like a heading: few words, no closing
/// punctuation.
fn looks_like_heading(text: &str) -> bool {
    // The cheap tests first (most paragraphs end a sentence), and words
    // counted only as far as the limit: the same answer, without
    // segmenting every paragraph of the report.
    !ends_sentence(text)
        && !text.ends_with(',')
        && (1..=16).contains(&crate::text::words(text).take(17).count())
        && text.width() <= 110
}

/// Assigns a kind to each paragraph text.
fn classify(pieces: Vec<String>, detect_title: bool) -> Vec<Paragraph> {
    let n = pieces.len();
    let bylines: Vec<bool> = (0..n.min(HEAD_PIECES))
        .map(|i| i > 0 && is_place_byline(&pieces[i]) && names_no_common_words(&pieces, i))
        .collect();
    let mut out = Vec::with_capacity(n);
    for (i, text) in pieces.into_iter().enumerate() {
        let followed = i + 1 < n;
        let kind = if is_meta_line(&text) || bylines.get(i).copied().unwrap_or(false) {
            ParaKind::Meta
        } else if i == 0 && detect_title && followed && is_title_line(&text) {
            ParaKind::Title
        } else if followed && looks_like_heading(&text) {
            ParaKind::Headline
        } else {
            ParaKind::Body
        };
        out.push(Paragraph::new(kind, text));
    }
    out
}

/// How scraped photo captions and credits begin; such a line is never the
/// title, however short.
const CAPTION_PREFIXES: &[&str] = &[
    "image copyright",
    "image caption",
    "photo",
    "file -",
    "file photo",
    "getty images",
    "(photo",
    "picture",
    "now playing",
    "slideshow",
    "video",
];

/// A first line that can be a title: one short line, not a full sentence,
/// not a caption.
fn is_title_line(text: &str) -> bool {
    let words = crate::text::word_count(text);
    let lower = text.to_lowercase();
    !CAPTION_PREFIXES.iter().any(|p| lower.starts_with(p))
        && (1..=30).contains(&words)
        && text.width() <= 200
        && !text
            .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}'])
            .ends_with('.')
}

/// A weekday, written out or abbreviated.
fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w) || WEEKDAY_ABBREVIATIONS.contains(&w)
}

/// Prefixes of timestamp lines; they count only when a date or time follows.
const DATE_PREFIXES: &[&str] = &[
    "posted",
    "published",
    "updated",
    "last updated",
    "last modified",
    "first published",
    "modified",
];
/// Prefixes of credit lines.
const CREDIT_PREFIXES: &[&str] = &[
    "photo:",
    "photograph:",
    "image:",
    "credit:",
    "picture:",
    "video:",
    "filed under",
    "reporting by",
    "editing by",
    "written by",
];

/// How many pieces of a report's top (title, standfirst, byline, date)
/// may hold a byline of the form "Name in Place".
const HEAD_PIECES: usize = 5;

/// Most words of a byline naming where its authors are.
const MAX_BYLINE_WORDS: usize = 14;

/// Whether a line is a byline naming where its authors filed from: names
/// of two or three capitalised words, each group or the last followed by
/// "in" and a place of one to three capitalised words ("Ann Lee in Quito",
/// "Ann Lee and Tom Roe in Kyiv", "Ann Lee in Quito and Tom Roe in
/// Lima"). No punctuation of a sentence, no stop word among the names: a
/// headline ("Floods in the Capital") or a sentence ("Ann Lee lives in
/// Quito.") is none. Read only at a report's top by [`classify`]: a short
/// crosshead of that form lower down stays text.
fn is_place_byline(text: &str) -> bool {
    let t = text.trim();
    if t.contains(['.', ',', ':', ';', '!', '?', '"', '(', '\u{201c}']) {
        return false;
    }
    let ws: Vec<&str> = t.split_whitespace().collect();
    if ws.len() < 4 || ws.len() > MAX_BYLINE_WORDS {
        return false;
    }
    let capital = |w: &&str| {
        let lower = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
            && !crate::text::is_stop_word(&lower)
            && !MONTHS.contains(&lower.as_str())
            && !is_weekday(&lower)
    };
    // Groups "Name [in Place]" joined by "and"; the last names a place.
    let groups: Vec<&[&str]> = ws.split(|w| *w == "and").collect();
    let mut placed = false;
    for g in &groups {
        let (names, place) = match g.iter().position(|w| *w == "in") {
            Some(k) => (&g[..k], Some(&g[k + 1..])),
            None => (*g, None),
        };
        if !(2..=3).contains(&names.len()) || !names.iter().all(capital) {
            return false;
        }
        placed = place.is_some();
        if let Some(p) = place
            && (!(1..=3).contains(&p.len()) || !p.iter().all(capital))
        {
            return false;
        }
    }
    placed
}

/// Whether the name words of the byline candidate `pieces[at]` (the
/// capitalised words before "in") are no common words of the report: a
/// Title Case headline ("Tech Stocks Tumble in Tokyo") uses words the
/// story writes in lower case ("stocks tumbled"); a reporter's name does
/// not (review R2).
fn names_no_common_words(pieces: &[String], at: usize) -> bool {
    let line = &pieces[at];
    let names: Vec<String> = line
        .split(" and ")
        .flat_map(|g| g.split(" in ").next().unwrap_or("").split_whitespace())
        .map(str::to_lowercase)
        .collect();
    !pieces.iter().enumerate().any(|(k, p)| {
        k != at
            && crate::text::words(p)
                .any(|(_, w)| w.starts_with(char::is_lowercase) && names.iter().any(|n| n == w))
    })
}

/// Dateline, byline and timestamp lines: shown, kept, never compared.
#[must_use]
pub fn is_meta_line(text: &str) -> bool {
    if text.width() > 120 {
        return false;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = crate::text::words(&lower).map(|(_, w)| w).collect();
    let has_date = words.iter().any(|w| {
        MONTHS.contains(w) || is_weekday(w) || *w == "ago" || w.chars().any(|c| c.is_ascii_digit())
    });
    let prefixed = |list: &[&str]| {
        list.iter().any(|p| {
            lower.starts_with(p)
                && lower[p.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    if words.len() <= 16 && (prefixed(CREDIT_PREFIXES) || (has_date && prefixed(DATE_PREFIXES))) {
        return true;
    }
    // Bare media labels left by scrapers.
    let bare = lower.trim_end_matches([':', '.']);
    if matches!(
        bare,
        "photo" | "image" | "video" | "now playing" | "advertisement" | "audio"
    ) || (bare.starts_with("slideshow (") && words.len() <= 4)
    {
        return true;
    }
    if let Some(rest) = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("BY "))
    {
        let ws: Vec<&str> = crate::text::words(rest).map(|(_, w)| w).collect();
        let capitalised = ws
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        if !ws.is_empty() && ws.len() <= 10 && capitalised * 2 >= ws.len() && !ends_sentence(text) {
            return true;
        }
    }
    // A line made only of date and time words.
    !words.is_empty()
        && words.len() <= 10
        && words
            .iter()
            .any(|w| MONTHS.contains(w) || is_weekday(w) || (w.len() == 4 && w.starts_with("20")))
        && words.iter().all(|w| {
            MONTHS.contains(w)
                || is_weekday(w)
                || w.chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
                || matches!(
                    *w,
                    "am" | "pm"
                        | "a.m"
                        | "p.m"
                        | "gmt"
                        | "bst"
                        | "utc"
                        | "et"
                        | "edt"
                        | "est"
                        | "pt"
                        | "pdt"
                        | "pst"
                        | "cet"
                        | "cest"
                        | "at"
                        | "on"
                )
                || (w.len() <= 4 && w.ends_with(['h']) && w[..w.len() - 1].parse::<u32>().is_ok())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(ParaKind, String)> {
        parse_plain(t, true)
            .into_iter()
            .map(|p| (p.kind, p.text))
            .collect()
    }

    #[test]
    fn blank_line_blocks_title_and_meta() {
        let k =
            kinds("A title here\n\nPosted April 17, 2017\n\nFirst para.\nstill first.\n\nSecond.");
        assert_eq!(k[0].0, ParaKind::Title);
        assert_eq!(k[1].0, ParaKind::Meta);
        assert_eq!(k.len(), 5);
        assert_eq!(k[2], (ParaKind::Body, "First para.".into()));
    }

    #[test]
    fn headline_on_top_of_long_line_is_split() {
        let long = "In a message sent overnight, the company said it has addressed the issue for \
                    systems running Windows 7 and later, and more words follow here.";
        let k = kinds(&format!(
            "Title\n\nBody one.\n\nMicrosoft responds to leak\n{long}\n\nEnd."
        ));
        assert_eq!(
            k[2],
            (ParaKind::Headline, "Microsoft responds to leak".into())
        );
        assert_eq!(k[3], (ParaKind::Body, long.into()));
    }

    #[test]
    fn hard_wrapped_text_is_rejoined() {
        let t = "The first paragraph of a story that was wrapped at about\nseventy columns by \
                 an editor who liked short lines in\nher plain text files.\n\nAnother one.";
        let k = kinds(t);
        assert_eq!(k.len(), 2);
        assert!(
            k[0].1
                .starts_with("The first paragraph of a story that was wrapped at about seventy")
        );
    }

    #[test]
    fn no_blank_lines_means_one_paragraph_per_line() {
        let k = kinds("Headline of it all\nOne sentence here that is long enough.\nAnother line.");
        assert_eq!(k.len(), 3);
        assert_eq!(k[0].0, ParaKind::Title);
    }

    #[test]
    fn captions_are_never_titles() {
        let k = kinds("Image copyright EPA Image caption The blast\n\nBody text here.");
        assert_eq!(k[0].0, ParaKind::Headline);
        let k = kinds("Photo\n\nBody text here.");
        assert_eq!(k[0].0, ParaKind::Meta);
    }

    #[test]
    fn title_case_headlines_shaped_like_bylines_stay_text() {
        // Review R2: the headline's words are the story's own words.
        let k = kinds(
            "Markets today\n\nTech Stocks Tumble in Tokyo\n\n\
             Tech stocks tumbled in Tokyo on Monday as chip makers fell.",
        );
        assert_eq!(k[1].0, ParaKind::Headline);
    }

    #[test]
    fn bylines_with_a_place_at_the_top_are_meta() {
        let k = kinds(
            "Storm floods the old port\n\nResidents waded home at dawn\n\n\
             Mara Velt in Oporto\n\nThe storm broke the sea wall on Friday night.\n\n\
             Boats were lifted onto the quay.\n\nShops stayed shut.\n\nKit Oduya in Ghent\n\nThe mayor said the wall would be rebuilt.",
        );
        let got: Vec<ParaKind> = k.iter().map(|(kind, _)| *kind).collect();
        // The top's byline is meta; the same form lower down is the
        // report's own line.
        assert_eq!(
            got,
            [
                ParaKind::Title,
                ParaKind::Headline,
                ParaKind::Meta,
                ParaKind::Body,
                ParaKind::Body,
                ParaKind::Body,
                ParaKind::Headline,
                ParaKind::Body,
            ]
        );
        for b in [
            "Mara Velt in Oporto",
            "Mara Velt and Kit Oduya in Ghent",
            "Mara Velt in Oporto and Kit Oduya in Ghent",
            "Jo Wit in Den Haag",
        ] {
            assert!(is_place_byline(b), "{b}");
        }
        for s in [
            "Mara Velt lives in Oporto.",
            "Floods in the Capital",
            "Storm in Oporto",
            "Mara Velt in Oporto, Portugal, said",
            "Mara Velt in March",
            "Mara Velt and Kit Oduya",
        ] {
            assert!(!is_place_byline(s), "{s}");
        }
    }

    #[test]
    fn meta_lines() {
        for m in [
            "Posted April 17, 2017",
            "By Jane Doe",
            "By JANE DOE and John Roe, Associated Press",
            "Updated 3:14 p.m.",
            "April 17, 2017",
            "Mon 10 Apr 2017 12.00 BST",
            "Photo",
            "Now Playing:",
            "Slideshow (2 Images)",
        ] {
            assert!(is_meta_line(m), "{m}");
        }
        for b in [
            "By the end of the day, nothing had changed.",
            "Posted guards stood by.",
        ] {
            assert!(!is_meta_line(b), "{b}");
        }
    }
}
