//! The page's own sections around a story, told by layout and by the
//! handful of labels news sites put over them, in several languages:
//! related-story and "most read" lists under a label with no colon
//! ("RELATED ARTICLES", "Most Read", "Mehr zum Thema"), live-blog
//! controls ("Key events"), pagination and share counters ("Next",
//! "132 shares", "Comments (24)"), and reader comments signed with a
//! relative time ("- Dave, Kent, 2 hours ago").
//!
//! Guarantees: a label is a whole short line (a sentence that uses the
//! words is prose); a counter holds no more than four words; a comment
//! signature closes the paragraph.

use crate::text::furniture::stamps::AGO_UNITS;
use crate::text::{word_count_upto, words};

/// Labels of the page's sections around a story (lower case, without a
/// trailing colon or count): a line that is one of them is furniture, and
/// the short link lines under it are its list.
const SECTION_LABELS: &[&str] = &[
    // English.
    "related",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "related links",
    "related topics",
    "related news",
    "more on this story",
    "more stories",
    "more news",
    "more top stories",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "most commented",
    "popular now",
    "trending",
    "trending now",
    "trending stories",
    "trending articles",
    "trending news",
    "more like this",
    "don't miss",
    "further reading",
    "explore further",
    "in case you missed it",
    "recommended",
    "recommended for you",
    "recommended stories",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "what to read next",
    "read next",
    "up next",
    "top stories",
    "latest news",
    "latest stories",
    "editor's picks",
    "editors' picks",
    "around the web",
    "sponsored",
    "sponsored content",
    "sponsored stories",
    "promoted stories",
    "promoted content",
    "from our partners",
    "comments",
    "reader comments",
    "show comments",
    "view comments",
    "share what you think",
    "topics",
    "tags",
    // German, French, Spanish, Italian, Dutch, Portuguese.
    "mehr zum thema",
    "lesen sie auch",
    "das könnte sie auch interessieren",
    "meistgelesen",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "les plus lus",
    "leer más",
    "lea también",
    "noticias relacionadas",
    "te puede interesar",
    "lo más leído",
    "leggi anche",
    "i più letti",
    "lees ook",
    "meer nieuws",
    "leia também",
    "mais lidas",
];

/// Whether a line reads like a link's title: no closing punctuation
/// (quotation marks and brackets aside).
pub(super) fn link_like(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '\u{bb}']);
    !t.ends_with(['.', '!', '?', ':', ';', ',', '\u{2026}'])
}

/// Lines of a page's controls that open no list (lower case), grouped
/// by the general kind of control; each is a common wording of that
/// control, not one site's.
const CONTROLS: &[&str] = &[
    // Navigation and share buttons.
    "previous",
    "next",
    "share",
    "share this",
    "share this article",
    "share this story",
    "tweet",
    "email",
    "print",
    // List and comment-thread controls.
    "view all",
    "show more",
    "load more",
    "see more",
    "newest",
    "oldest",
    "best rated",
    "worst rated",
    // Page and live-blog controls.
    "back to top",
    "skip advert",
    "key events",
    "show key events only",
    "key updates",
    "latest updates",
    "show latest updates",
    "refresh",
    "auto-refresh",
    // Cookie and consent banners.
    "accept all",
    "reject all",
    "accept all cookies",
    "manage preferences",
    // Dialog and share-menu controls.
    "close",
    "share this post",
    "link copied",
    "copy link",
    "pinned post",
    // Pagination between stories.
    "next article",
    "previous article",
    "next story",
    "previous story",
    // Player and page-state labels.
    "loading",
    "loading...",
    "listen to this article",
    // Markers where an advert interrupts the story (the common English wordings).
    "story continues below advertisement",
    "story continues below",
    "article continues below",
    "article continues below advertisement",
    "continue reading below",
    // Script and paywall prompts.
    "please enable javascript",
    "read full article",
    // A follow button beside an author or a topic.
    "+ follow",
];

/// Words a counter line counts ("132 shares", "Comments (24)").
const COUNTED: &[&str] = &[
    "share", "shares", "comment", "comments", "view", "views", "like", "likes", "photo", "photos",
    "image", "images", "reply", "replies",
];

/// Lower case, without a trailing colon, a count in brackets ("(24)") or
/// a number, and outer space.
fn bare_label(text: &str) -> String {
    let mut t = text.trim().to_lowercase();
    loop {
        let before = t.len();
        t = t
            .trim_end_matches([
                ':', ' ', '\u{a0}', '\u{bb}', '\u{203a}', '>', '|', '.', '\u{2026}',
            ])
            .to_string();
        if t.ends_with(')')
            && let Some(open) = t.rfind('(')
            && t[open + 1..t.len() - 1].chars().all(|c| c.is_ascii_digit())
        {
            t.truncate(open);
        }
        if t.len() == before {
            return t.replace('\u{2019}', "'");
        }
    }
}

/// Whether a whole line is a section label ("RELATED ARTICLES", "Most
/// Read", "Comments (24)", "Mehr zum Thema:", "You may also like...",
/// "More Great Courier Stories"), a label that a list of links may follow.
pub(super) fn section_label(text: &str) -> bool {
    let t = text.trim();
    if word_count_upto(t, 6) > 6 {
        return false;
    }
    let bare = bare_label(t);
    SECTION_LABELS.contains(&bare.as_str())
        || (bare.starts_with("more from ") && word_count_upto(&bare, 5) <= 5)
        || more_listing(t, &bare)
}

/// Nouns of what a "More ..." label lists ("More Great Courier Stories",
/// "More Harbour coverage").
const LISTED: &[&str] = &[
    "stories",
    "news",
    "coverage",
    "articles",
    "headlines",
    "videos",
    "reads",
];

/// Whether a label is "More", at most three capitalised words (a site's
/// name, "Great") and a noun of [`LISTED`]: the head of a list of links,
/// whatever the site calls itself ("More Great Courier Stories"); "More
/// people read the news" is a sentence.
fn more_listing(text: &str, bare: &str) -> bool {
    let ws: Vec<&str> = words(bare).map(|(_, w)| w).collect();
    let raw: Vec<&str> = words(text).map(|(_, w)| w).collect();
    ws.len() >= 2
        && ws.len() <= 5
        && raw.len() == ws.len()
        && ws[0] == "more"
        && ws.last().is_some_and(|w| LISTED.contains(w))
        && raw[1..raw.len() - 1]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// Whether a whole line is a page control or a counter: "Next", "Share",
/// "132 shares", "Comments (24)", "1", "3 of 12".
pub(super) fn control_line(text: &str) -> bool {
    let t = text.trim();
    let ws: Vec<&str> = words(t).map(|(_, w)| w).collect();
    if ws.is_empty() || ws.len() > 4 {
        return false;
    }
    if !t.chars().any(char::is_alphabetic) {
        // A lone number or page marker ("1", "2/8"); a figure with a unit
        // sign ("$5") is no page marker but is too short to be story text.
        return true;
    }
    let bare = bare_label(t);
    if CONTROLS.contains(&bare.as_str()) {
        return true;
    }
    // "132 shares", "Comments (24)", "3 of 12 photos".
    let counted = ws
        .iter()
        .any(|w| COUNTED.contains(&w.to_lowercase().as_str()));
    let number = ws.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()));
    let other = ws.iter().all(|w| {
        let l = w.to_lowercase();
        COUNTED.contains(&l.as_str()) || l.chars().all(|c| c.is_ascii_digit()) || l == "of"
    });
    counted && number && other
}

/// Whether a paragraph ends with a reader comment's signature: a relative
/// time after a dash or a comma ("... - Dave, Kent, 2 hours ago").
pub(super) fn reader_comment(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['.', ')']);
    let ws: Vec<(usize, &str)> = words(t).collect();
    let n = ws.len();
    if n < 4 || !t.to_lowercase().ends_with("ago") {
        return false;
    }
    let unit = ws[n - 2].1;
    let count = ws[n - 3].1;
    let counted = count.chars().all(|c| c.is_ascii_digit())
        || ["a", "an", "one"].contains(&count.to_lowercase().as_str());
    // The signature is set off from the comment and names its writer
    // ("- Dave, 2 hours ago", "Sue, Leeds, 1 hour ago"): the words between
    // the last sentence end or dash and the time are one to four
    // capitalised ones. "... the plant, 12 years ago" is prose.
    let tail_start = t[..ws[n - 3].0]
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '.' | '!' | '?' | '-' | '\u{2013}' | '\u{2014}' | '|'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let writer: Vec<&str> = words(&t[tail_start..ws[n - 3].0]).map(|(_, w)| w).collect();
    let signed = (1..=4).contains(&writer.len())
        && writer
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '@'));
    counted && AGO_UNITS.contains(&unit.to_lowercase().as_str()) && signed && ws[n - 1].1 == "ago"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_whole_lines() {
        for l in [
            "RELATED ARTICLES",
            "Most Read",
            "Comments (24)",
            "Mehr zum Thema",
            "More from the Harbour Times",
            "You may also like:",
            "À lire aussi",
            "You may also like...",
            "More Great Courier Stories",
            "More Harbour Times coverage:",
        ] {
            assert!(section_label(l), "{l}");
        }
        for l in [
            "Related articles were published on Monday by the council.",
            "Most read the report before the vote",
            "Comments from the mayor",
            "More from the mayor's office came late on Tuesday evening",
            "More people read the news",
            "More stories emerged.",
        ] {
            assert!(!section_label(l), "{l}");
        }
    }

    #[test]
    fn controls_and_counters() {
        for l in [
            "Next",
            "Link copied",
            "Previous",
            "1",
            "132 shares",
            "Share",
            "3 of 12 photos",
            "2/8",
            "Key events",
        ] {
            assert!(control_line(l), "{l}");
        }
        for l in [
            "Two shares rose",
            "Next week",
            "12 people died",
            "Share prices fell sharply on Monday",
        ] {
            assert!(!control_line(l), "{l}");
        }
    }

    #[test]
    fn comment_signatures() {
        assert!(reader_comment(
            "Hope the two lads are ok. Nasty burns those. - Sue, Leeds, 1 hour ago"
        ));
        assert!(reader_comment("What a mess. Dave, Kent, 2 hours ago"));
        assert!(reader_comment(
            "What a mess \u{2014} Dave, Kent, 2 hours ago"
        ));
        // A dash of three bytes before prose that ends in "ago".
        assert!(!reader_comment(
            "The plant \u{2014} the town's largest employer \u{2014} closed two years ago."
        ));
        assert!(!reader_comment(
            "The mill \u{2013} now flats \u{2013} shut 2 years ago."
        ));
        assert!(!reader_comment("The plant opened 12 years ago"));
        assert!(!reader_comment(
            "The company was founded in Ohio, 12 years ago."
        ));
        assert!(!reader_comment(
            "A similar fire broke out at the site, which closed for repairs, three years ago."
        ));
    }
}
