//! Picture credits and caption labels glued to a paragraph by scrapers
//! ("Image copyright Agency Image caption The blast ...", "... the crater.
//! (Jane Roe/Agency)"): recognised from general cues (a short leading run
//! of capitalised words ending in a credit word, or a trailing bracketed
//! "Name/Agency" credit) and split off as their own non-compared
//! paragraph ([`ParaKind::Furniture`]), so that the caption's text is
//! compared like any other and the credit takes no part in links or rows.
//!
//! Runs before alignment ([`mark_furniture`]); the analysis reports
//! furniture paragraphs as off-topic.

use crate::model::{Article, ParaKind, Paragraph};

use super::segment::words;

/// Words that end a credit run ("... Image caption", "Getty Images").
const CREDIT_WORDS: &[&str] = &[
    "caption",
    "copyright",
    "images",
    "image",
    "photo",
    "photograph",
    "pictures",
    "credit",
];

/// Longest credit run, in words.
const MAX_RUN: usize = 10;

/// Byte length of a leading credit run of `text`, when the text after it is
/// a sentence of its own (a capital letter, four words or more); the whole
/// length when the text is only a credit run.
#[must_use]
pub fn leading_credit(text: &str) -> Option<usize> {
    let ws: Vec<(usize, &str)> = words(text).take(MAX_RUN + 8).collect();
    let mut end = None;
    for (k, (o, w)) in ws.iter().enumerate().take(MAX_RUN) {
        let lower = w.to_lowercase();
        let credit = CREDIT_WORDS.contains(&lower.as_str());
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !(capital || credit) {
            break;
        }
        // A credit word opens or closes the run ("Image copyright X
        // Image caption", "X Images").
        if credit && (k > 0 || ws.len() == 1) {
            end = Some(o + w.len());
        } else if credit && k == 0 {
            end = end.or(Some(o + w.len()));
        }
    }
    let end = end?;
    let rest = text[end..].trim_start_matches([' ', ':', '-', '\u{2013}', '\u{2014}', '|']);
    if rest.is_empty() {
        return Some(text.len());
    }
    let rest_words = words(rest).count();
    let opens = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '"' || c == '\u{201c}');
    // The run must itself hold a credit word after its first word, or be
    // "Image caption"-like: two words at least.
    let run_words = words(&text[..end]).count();
    (opens && rest_words >= 4 && run_words >= 2).then(|| text.len() - rest.len())
}

/// Byte start of a trailing bracketed credit ("(Jane Roe/Agency via
/// Wire)") after a sentence, when there is text before it.
#[must_use]
pub fn trailing_credit(text: &str) -> Option<usize> {
    let t = text.trim_end();
    if !t.ends_with(')') {
        return None;
    }
    let open = t.rfind('(')?;
    let inner = &t[open + 1..t.len() - 1];
    let credit = inner.contains('/')
        && inner.len() < 60
        && words(inner).all(|(_, w)| {
            w.chars().next().is_some_and(char::is_uppercase) || ["via", "for", "of"].contains(&w)
        });
    let before = t[..open].trim_end();
    (credit && words(before).count() >= 4 && before.ends_with(['.', '!', '?', '"', '\u{201d}']))
        .then_some(open)
}

/// Splits credit debris off the compared paragraphs of every report, as
/// paragraphs of their own kind.
pub fn mark_furniture(articles: &mut [Article]) {
    for art in articles {
        let mut out = Vec::with_capacity(art.paragraphs.len());
        for p in std::mem::take(&mut art.paragraphs) {
            if !matches!(p.kind, ParaKind::Body | ParaKind::Headline) {
                out.push(p);
                continue;
            }
            let mut text = p.text.as_str();
            let mut tail = None;
            if let Some(at) = trailing_credit(text) {
                tail = Some(text[at..].trim().to_string());
                text = text[..at].trim_end();
            }
            match leading_credit(text) {
                Some(n) if n >= text.len() => {
                    out.push(Paragraph::new(ParaKind::Furniture, text.to_string()));
                }
                Some(n) => {
                    out.push(Paragraph::new(
                        ParaKind::Furniture,
                        text[..n].trim_end().to_string(),
                    ));
                    out.push(Paragraph::new(p.kind, text[n..].to_string()));
                }
                None if tail.is_some() => out.push(Paragraph::new(p.kind, text.to_string())),
                None => out.push(p.clone()),
            }
            if let Some(t) = tail {
                out.push(Paragraph::new(ParaKind::Furniture, t));
            }
        }
        art.paragraphs = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_credit_runs() {
        let t =
            "Image copyright Wire Agency Image caption Rescuers searched the river bank overnight";
        let n = leading_credit(t).expect("credit");
        assert_eq!(&t[n..], "Rescuers searched the river bank overnight");
        let t = "Acme Images The old bridge was closed to traffic on Monday";
        assert_eq!(
            &t[leading_credit(t).unwrap()..],
            "The old bridge was closed to traffic on Monday"
        );
        assert_eq!(leading_credit("Photo credit"), Some(12));
        // Prose that opens with names is no credit.
        assert!(leading_credit("Mayor Jane Roe said the bridge would reopen soon.").is_none());
        assert!(leading_credit("The image shows the bridge before it fell.").is_none());
        // Non-English text has no credit words to find.
        assert!(leading_credit("東京で大きな地震があった。").is_none());
    }

    #[test]
    fn trailing_credits() {
        let t = "Crews cleared the road after the flood. (Jane Roe/Valley Wire via Agency)";
        let at = trailing_credit(t).expect("credit");
        assert_eq!(&t[..at], "Crews cleared the road after the flood. ");
        assert!(trailing_credit("The mayor (a former engineer) spoke.").is_none());
        assert!(trailing_credit("Rates rose (see chart 2/3)").is_none());
    }

    #[test]
    fn split_keeps_the_caption_text() {
        let mut arts = vec![Article {
            paragraphs: vec![Paragraph::new(
                ParaKind::Body,
                "Image caption Firefighters worked through the night to save the mill.".into(),
            )],
            ..Article::default()
        }];
        mark_furniture(&mut arts);
        let kinds: Vec<(ParaKind, &str)> = arts[0]
            .paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (ParaKind::Furniture, "Image caption"),
                (
                    ParaKind::Body,
                    "Firefighters worked through the night to save the mill."
                )
            ]
        );
    }
}
