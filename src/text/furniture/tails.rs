//! Picture credits closing a caption without a label or brackets: the
//! photographer and the agency joined by a slash ("... on Monday. REUTERS/Ann
//! Lee", "... the harbour.Kim Dale/Getty", "... the quay.CreditAnn Lee/The
//! Daily Courier"), often glued to the caption's last full stop by the
//! scraper. Split off before alignment ([`super::split_credits`]), so the
//! caption's text is compared like any other paragraph's.
//!
//! Also where the signature closing an embedded social-media post starts
//! ("... see you there! \u{2014} Ann Lee (@annlee) May 2, 2031"): the noise
//! rules flag a line that is only a signature; a post with its text stays
//! whole, since the quote finder reads the post's words as its author's.
//!
//! Guarantee: only a run of capitalised words holding a slash between two
//! capitalised parts, after a sentence end and at the very end of the
//! paragraph, is a credit; a story sentence ending "... said the Ann
//! Lee/Kim Dale duo" has no sentence end before the run, and a figure
//! ("2/3") or a lower-case word ("and/or") is no part of one.

use super::words;
use crate::text::calendar::MONTHS;

/// Longest credit tail, in words.
const MAX_TAIL_WORDS: usize = 8;

/// Shortest caption before a credit tail, in words.
const MIN_CAPTION_WORDS: usize = 4;

/// Words that may join the capitalised words of a credit ("Ann Lee for The
/// Courier", "Kim Dale via Getty").
const JOINERS: &[&str] = &["via", "for", "of", "the", "and", "de", "van", "von"];

/// Labels that may open the tail, glued to its first name ("Credit" + "Ann
/// Lee/...") or spaced.
const LABELS: &[&str] = &["Credit", "Photo", "Image", "Picture"];

/// Byte start of a slash credit closing a caption, if there is one: the
/// earliest sentence end (a full stop, "!", "?" or closing quote, with or
/// without a space after it) after which the rest of the paragraph is a
/// credit run of at most eight words, with at least four
/// words of caption before it.
#[must_use]
pub fn trailing_slash_credit(text: &str) -> Option<usize> {
    let t = text.trim_end();
    // Most paragraphs hold no slash near their end: a cheap test first.
    let window = t.len().saturating_sub(120);
    let window = (window..=t.len()).find(|&i| t.is_char_boundary(i))?;
    if !t[window..].contains('/') {
        return None;
    }
    t[window..]
        .char_indices()
        .filter(|&(i, c)| {
            // A quote mark ends a sentence only when it closes one, a
            // space after it (`called "Love/Hate".` opens a title).
            matches!(c, '.' | '!' | '?')
                || (matches!(c, '"' | '\u{201d}')
                    && t[window + i + c.len_utf8()..].starts_with(char::is_whitespace))
        })
        .map(|(i, c)| window + i + c.len_utf8())
        .find(|&end| {
            let rest = t[end..].trim_start();
            !rest.is_empty() && credit_run(rest) && words(&t[..end]).count() >= MIN_CAPTION_WORDS
        })
        .map(|end| end + (t[end..].len() - t[end..].trim_start().len()))
}

/// Whether a text is one credit run: capitalised words (initials and
/// joiners allowed), at most [`MAX_TAIL_WORDS`], one of them a slash
/// between two capitalised parts.
fn credit_run(rest: &str) -> bool {
    let rest = LABELS
        .iter()
        .find_map(|l| {
            rest.strip_prefix(l)
                .filter(|r| r.starts_with(|c: char| c.is_uppercase() || c == ' ' || c == ':'))
        })
        .map_or(rest, |r| r.trim_start_matches([' ', ':']));
    let ws: Vec<&str> = rest.split_whitespace().collect();
    // A credit holds no quote mark; a quoted title ("AC/DC") does.
    if ws.is_empty() || ws.len() > MAX_TAIL_WORDS || rest.contains(['"', '\u{201c}', '\u{201d}']) {
        return false;
    }
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let slash = ws.iter().any(|w| {
        w.split_once('/')
            .is_some_and(|(a, b)| (a.is_empty() || capital(a)) && capital(b))
    });
    let rest_ok = ws.iter().enumerate().all(|(k, w)| {
        let w = w.trim_start_matches('/');
        (capital(w) && w.split('/').all(|p| p.is_empty() || capital(p)))
            || (k > 0 && JOINERS.contains(&w))
    });
    slash && rest_ok && capital(ws[0].trim_start_matches('/'))
}

/// Byte start of an embedded post's signature closing a paragraph: a dash
/// ("\u{2014}", "\u{2013}" or a spaced "-"), at most eight words of a
/// name, a handle in brackets ("(@annlee)") and the post's date (a month
/// name, a day and a four-digit year), nothing after it.
#[must_use]
pub fn post_signature_at(text: &str) -> Option<usize> {
    let t = text.trim_end();
    let open = t.rfind("(@")?;
    let close = open + t[open..].find(')')?;
    let handle = &t[open + 2..close];
    let handle_ok = !handle.is_empty()
        && handle.len() <= 30
        && handle.chars().all(|c| c.is_alphanumeric() || c == '_');
    let date: Vec<String> = t[close + 1..]
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase())
        .collect();
    let dated = matches!(date.as_slice(), [m, d, y]
        if MONTHS.contains(&m.as_str())
            && (1..=2).contains(&d.len())
            && d.chars().all(|c| c.is_ascii_digit())
            && y.len() == 4
            && y.chars().all(|c| c.is_ascii_digit()));
    if !(handle_ok && dated) {
        return None;
    }
    let dash = ["\u{2014}", "\u{2013}", " - "]
        .iter()
        .filter_map(|d| {
            t[..open]
                .rfind(d)
                .map(|i| if d.starts_with(' ') { i + 1 } else { i })
        })
        .max()?;
    let name = &t[dash..open];
    (words(name).count() <= MAX_TAIL_WORDS).then_some(dash)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(t: &str) -> Option<&str> {
        trailing_slash_credit(t).map(|at| &t[at..])
    }

    #[test]
    fn slash_credits_closing_a_caption() {
        assert_eq!(
            tail("Brokers watch the screens on the trading floor, May 2, 2031. WIRE/Ann Lee"),
            Some("WIRE/Ann Lee")
        );
        // Glued to the full stop, with or without a label; initials inside.
        assert_eq!(
            tail("The old mill burned for two days.Kim Dale/Getty"),
            Some("Kim Dale/Getty")
        );
        assert_eq!(
            tail("Water seeped under the road in the harbour.CreditAnn B. Lee/The Daily Courier"),
            Some("CreditAnn B. Lee/The Daily Courier")
        );
        assert_eq!(
            tail("Rescuers search the river bank at dawn. Photo/Ann Lee for the Courier"),
            Some("Photo/Ann Lee for the Courier")
        );
    }

    #[test]
    fn the_caption_stays_story_and_the_credit_is_furniture() {
        use crate::model::{Article, ParaKind, Paragraph};
        let mut arts = vec![Article {
            paragraphs: vec![Paragraph::new(
                ParaKind::Body,
                "Traders work on the floor of the exchange, May 2, 2031. WIRE/Ann Lee".into(),
            )],
            ..Article::default()
        }];
        super::super::split_credits(&mut arts);
        let kinds: Vec<(ParaKind, &str)> = arts[0]
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    ParaKind::Body,
                    "Traders work on the floor of the exchange, May 2, 2031."
                ),
                (ParaKind::Furniture, "WIRE/Ann Lee"),
            ]
        );
    }

    #[test]
    fn embedded_post_signatures() {
        let t = "Polls close at eight, see you there! \u{2014} Ann Lee (@ann_lee) May 2, 2031";
        assert_eq!(
            post_signature_at(t).map(|at| &t[at..]),
            Some("\u{2014} Ann Lee (@ann_lee) May 2, 2031")
        );
        let alone = "\u{2014} The City Council (@citycouncil) Nov. 18, 2031";
        assert_eq!(post_signature_at(alone), Some(0));
        // A handle in prose, or a signature with no date, is no signature.
        for t in [
            "The mayor (@mayor) wrote on May 2, 2031 that the bridge would open.",
            "She posted it \u{2014} Ann Lee (@annlee) \u{2014} and then deleted it",
            "\u{2014} Ann Lee (@annlee) 2031",
        ] {
            assert_eq!(post_signature_at(t), None, "{t}");
        }
    }

    #[test]
    fn sentences_with_slashes_stay_whole() {
        for t in [
            "The council said the plan was approved on a 2/3 vote.",
            "Rates rose. The bank and/or its lenders will decide.",
            "He praised the work of the Ann Lee/Kim Dale partnership",
            "The match ended. Fans left the ground in the rain, said Lee/Dale",
            "A/B",
            "Short one. Ann/Lee",
            // Review R4: a quoted title with a slash closing a sentence.
            "The band's new single, out the same day and already on the radio, is called \"Love/Hate\".",
            "The band's new single, out the same day and already on the radio, is called \"Love/Hate\"",
            "The band's new single, out the same day, is called \u{201c}Love/Hate\u{201d}.",
        ] {
            assert_eq!(tail(t), None, "{t}");
        }
    }
}
