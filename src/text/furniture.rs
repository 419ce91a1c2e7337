//! Page furniture, before alignment: what scrapers keep around a story.
//!
//! Two passes (only the first runs in the pipeline today, see
//! [`mark_furniture`]):
//! 1. Credit debris glued to a paragraph ("Image copyright Agency Image
//!    caption The blast ...", "... the crater. (Jane Roe/Agency)", a
//!    trailing "Copyright 2020 Agency. All rights reserved.") is split off
//!    as its own [`ParaKind::Furniture`] paragraph ([`split_credits`]), so
//!    the caption's text is compared like any other and nothing is lost;
//!    so is a live blog's time stamp opening a paragraph ([`stamps`]).
//!    A button bar scraped as one line ("Share on ... Share via Email")
//!    becomes furniture too ([`interface`]).
//! 2. Whole paragraphs that the learned model ([`cues`], [`weights`]) is
//!    sure are furniture (link lists, newsletter boxes, share lines,
//!    credit lines) become [`ParaKind::Furniture`] too, so they take no
//!    part in links or rows.
//!
//! The analysis reports every furniture paragraph as off-topic. The same
//! model, with a lower threshold for unlinked paragraphs and a second
//! model for pasted blocks ([`judge`]), is meant to replace the analysis'
//! noise rules.

pub mod cues;
pub mod interface;
pub mod lang;
pub mod promo;
pub mod stamps;
pub mod tails;
pub mod weights;

use crate::model::{Article, ParaKind, Paragraph};

use super::segment::words;

/// A logistic model over the paragraph cues, with the probability from
/// which it flags.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Logistic {
    /// Intercept.
    pub bias: f64,
    /// One weight per cue of [`cues::CUE_NAMES`] (raw cue values).
    pub weights: cues::Cues,
    /// Probability from which a paragraph is flagged.
    pub threshold: f64,
}

impl Logistic {
    /// The probability for a paragraph with these cues.
    #[must_use]
    pub fn probability(&self, c: &cues::Cues) -> f64 {
        let z = self.bias + c.iter().zip(&self.weights).map(|(x, w)| x * w).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Whether the model flags a paragraph with these cues.
    #[must_use]
    pub fn flags(&self, c: &cues::Cues) -> bool {
        self.probability(c) >= self.threshold
    }
}

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

/// Labels that open a picture credit at the end of a caption.
const PHOTO_LABELS: &[&str] = &[
    "Photograph: ",
    "Photograph by ",
    "Photo: ",
    "Photo by ",
    "Photos: ",
    "Picture: ",
    "Pictures: ",
    "Image: ",
    "Credit: ",
    "Image credit: ",
    "Photo credit: ",
    "Picture credit: ",
    "Foto: ",
    "Bild: ",
];
// `text::scan::labels_in` answers for up to 64 labels.
const _: () = assert!(PHOTO_LABELS.len() <= 64);

/// Labels that open a picture credit in brackets inside a paragraph
/// ("... the viaduct. (Photo: Kate Morrow/Riverside News) Engineers ...").
const BRACKET_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "picture:",
    "image:",
    "credit:",
    "photo credit:",
    "image credit:",
    "foto:",
    "bild:",
    "photo by ",
    "picture by ",
];

/// Byte range of a picture credit in brackets after a sentence, inside a
/// paragraph or at its end ("(Photo: Slidell Police Department)"): a
/// label of `BRACKET_LABELS` ("Photo:", "Credit:", "Bild:", ...), then at most ten words, every one
/// capitalised but "for", "the", "via", "of", "and", "by", within 100
/// bytes; the text before it ends a sentence, unless the credit closes
/// the paragraph (a caption: "Crowds outside the court (Image: GETTY)",
/// where one word of any case is enough). Brackets and all.
#[must_use]
pub fn bracketed_photo_credit(text: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(k) = text[from..].find('(') {
        let open = from + k;
        from = open + 1;
        let rest = &text[open + 1..];
        let Some(close) = rest.find(')').filter(|&c| c <= 100) else {
            continue;
        };
        let inner = &rest[..close];
        // Labels are ASCII: compare in `inner` itself, so the offset is
        // one of `inner`'s (a lower-cased copy can change byte lengths).
        let Some(label) = BRACKET_LABELS.iter().find(|l| {
            inner
                .get(..l.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(l))
        }) else {
            continue;
        };
        let credit = &inner[label.len()..];
        let n = words(credit).count();
        let named = words(credit).all(|(_, w)| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || ["for", "the", "via", "of", "and", "by"].contains(&w)
        });
        let before = text[..open].trim_end();
        // A caption's closing credit needs no full stop before it ("The
        // crowd outside the court (Image: GETTY)"), and may be one word
        // in any case.
        let closes = text[open + 1 + close + 1..].trim().is_empty();
        let named = named || (closes && n == 1);
        if named
            && (1..=10).contains(&n)
            && words(before).count() >= 4
            && (closes || before.ends_with(['.', '!', '?', '"', '\u{201d}', '\'', '\u{2019}']))
        {
            return Some(open..open + 1 + close + 1);
        }
    }
    None
}

/// Byte start of a picture credit closing a caption ("... per day.
/// Photograph: Jane Roe for the Courier"): a label after a sentence end
/// (or after none, for "Credit: ", "Photograph: " or a credit with a
/// slash: "... on Thursday Credit: Kim Dale/Wire"), then a short run of capitalised words joined by "for", "the", "via",
/// "of", "and" or a slash, after at least four words of text.
#[must_use]
pub fn trailing_photo_credit(text: &str) -> Option<usize> {
    let t = text.trim_end();
    // Most paragraphs hold no label: one pass says which do.
    let present = super::scan::labels_in(t, PHOTO_LABELS);
    // The last label; of two ending alike ("Credit: " in "Image credit:
    // "), the longer one.
    let (at, label) = PHOTO_LABELS
        .iter()
        .enumerate()
        .filter(|&(k, _)| present >> k & 1 == 1)
        .filter_map(|(_, l)| t.rfind(l).map(|i| (i, *l)))
        .max_by_key(|&(i, l)| (i + l.len(), l.len()))?;
    let before = t[..at].trim_end();
    let label_end = at + label.len();
    let credit = t[label_end..].trim();
    let n = words(credit).count();
    let named = words(credit).all(|(_, w)| {
        w.chars().next().is_some_and(char::is_uppercase)
            || ["for", "the", "via", "of", "and", "by"].contains(&w)
    });
    // Captions often end without a stop ("... on Thursday Credit:
    // STR/AFP"): then only a label no sentence uses mid-line ("Credit: ",
    // "Photograph: ") or a photographer/agency slash marks the credit.
    let ended = before.ends_with(['.', '!', '?', '"', '\u{201d}', '\'', '\u{2019}']);
    let unended = matches!(label, "Credit: " | "Photograph: ") || credit.contains('/');
    (named && (1..=10).contains(&n) && words(before).count() >= 4 && (ended || unended))
        .then_some(at)
}

/// Byte start of a trailing copyright notice ("... he said. Copyright
/// 2020 Agency. All rights reserved.") after at least four words of text.
#[must_use]
pub fn trailing_copyright(text: &str) -> Option<usize> {
    // Offsets found in the lower-case copy are used in `text`: only when
    // every character keeps its length (a total that matches is not
    // enough: one character may grow where another shrinks).
    // (ASCII characters keep theirs: only the others are lower-cased.)
    let ascii = text.is_ascii();
    if !ascii
        && text.chars().any(|c| {
            !c.is_ascii() && c.to_lowercase().map(char::len_utf8).sum::<usize>() != c.len_utf8()
        })
    {
        return None;
    }
    // ASCII text with no "copyright " or "(c) " in any case (most
    // paragraphs) has none of the marks below: no lower-case copy. Only
    // a "c" or "(" can open one.
    if ascii {
        let b = text.as_bytes();
        let mark = |i: usize, m: &[u8]| {
            b.len() - i >= m.len() && b[i..i + m.len()].eq_ignore_ascii_case(m)
        };
        if !b.iter().enumerate().any(|(i, &c)| {
            matches!(c, b'c' | b'C' | b'(') && (mark(i, b"copyright ") || mark(i, b"(c) "))
        }) {
            return None;
        }
    }
    let lower = text.to_lowercase();
    let at = ["copyright ", "\u{a9}", "(c) "]
        .iter()
        .filter_map(|p| lower.rfind(p))
        .max()?;
    let notice = &lower[at..];
    let dated = words(notice).any(|(_, w)| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let before = text[..at].trim_end();
    (dated
        && words(notice).count() <= 12
        && words(before).count() >= 4
        && before.ends_with(['.', '!', '?', '"', '\u{201d}']))
    .then_some(at)
}

/// Whether a token is a web address ("https://...", "www.site.org").
fn is_address(token: &str) -> bool {
    let t = token.trim_start_matches(['(', '<', '[']);
    t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")
}

/// Whether a line is a short label, a colon and a web address: "Information
/// from: Valley Times, http://...", "Read or share this story: https://...",
/// "Follow us: https://...". A credit or a link line, never story text.
#[must_use]
pub fn labelled_address(text: &str) -> bool {
    let Some((label, rest)) = text.split_once(':') else {
        return false;
    };
    // A post embedded with its credit ("— Ada Moss (@adamoss)") is a
    // quotation, not a link line.
    // Besides the address, a name at most ("The Valley Courier,"): "The
    // mayor said: the plan is online at www.x.example and ..." is prose.
    let others: Vec<&str> = rest.split_whitespace().filter(|t| !is_address(t)).collect();
    (1..=5).contains(&words(label).count())
        && !text.contains("(@")
        && others.len() <= 6
        && rest.split_whitespace().any(is_address)
}

/// Byte start of a trailing source line ("... he said. Information from:
/// Valley Times, http://...") after at least four words of text that end a
/// sentence.
#[must_use]
pub fn trailing_source(text: &str) -> Option<usize> {
    let t = text.trim_end();
    let colon = t.rfind(':')?;
    // The label starts after the last sentence end before the colon.
    let at = t[..colon]
        .rfind(['.', '!', '?', '"', '\u{201d}'])
        .map(|i| i + t[i..].chars().next().map_or(1, char::len_utf8))?;
    let before = t[..at].trim_end();
    let line = t[at..].trim_start();
    (words(before).count() >= 4 && labelled_address(line)).then(|| t.len() - line.len())
}

/// What the noise models make of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noise {
    /// Page furniture (link lists, boxes, credit and copyright lines).
    Furniture,
    /// Part of a pasted block about another subject (a gallery, another
    /// story).
    Block,
}

/// Judges one report's paragraphs from their cues. A linked paragraph is
/// never noise (a link to another report is the strongest sign of story
/// text). Furniture is what the furniture model flags; a paragraph the
/// block model flags is part of a pasted block only when a neighbour is
/// flagged too: blocks come in runs, while a lone paragraph full of new
/// words is a new detail of the story.
#[must_use]
pub fn judge(
    cues: &[Option<cues::Cues>],
    linked: &[bool],
    furniture: &Logistic,
    block: &Logistic,
) -> Vec<Option<Noise>> {
    let open = |i: usize| !linked.get(i).copied().unwrap_or(false);
    let furn: Vec<bool> = cues
        .iter()
        .enumerate()
        .map(|(i, c)| open(i) && c.is_some_and(|c| furniture.flags(&c)))
        .collect();
    let blk: Vec<bool> = cues
        .iter()
        .enumerate()
        .map(|(i, c)| open(i) && c.is_some_and(|c| block.flags(&c)))
        .collect();
    (0..cues.len())
        .map(|i| {
            let run = |j: usize| {
                blk.get(j).copied().unwrap_or(false) || furn.get(j).copied().unwrap_or(false)
            };
            if furn[i] {
                Some(Noise::Furniture)
            } else if blk[i] && ((i > 0 && run(i - 1)) || run(i + 1)) {
                Some(Noise::Block)
            } else {
                None
            }
        })
        .collect()
}

/// Splits credit debris off ([`split_credits`]) and marks button bars
/// ([`mark_interface_runs`]).
///
/// The learned model ([`mark_sure_furniture`], [`judge_cluster`]) is not
/// wired into the pipeline yet: on the project's annotated fixtures it
/// still flags a caption and misses the samples' pasted headline block
/// that the analysis' rules catch (see `examples/fit_noise` for its
/// leave-one-cluster-out figures).
pub fn mark_furniture(articles: &mut [Article]) {
    split_credits(articles);
    mark_interface_runs(articles);
}

/// The learned verdict on every paragraph of a cluster (shipped weights),
/// given whether a sentence link touches paragraph `(article, paragraph)`.
#[must_use]
pub fn judge_cluster(
    articles: &[Article],
    linked: impl Fn(usize, usize) -> bool,
) -> Vec<Vec<Option<Noise>>> {
    cues::cluster_cues(articles)
        .iter()
        .enumerate()
        .map(|(a, cs)| {
            let links: Vec<bool> = (0..cs.len()).map(|i| linked(a, i)).collect();
            judge(cs, &links, &weights::FURNITURE, &weights::BLOCK)
        })
        .collect()
}

/// Marks as [`ParaKind::Furniture`] the compared paragraphs that are a
/// button bar ([`interface::interface_run`]).
pub fn mark_interface_runs(articles: &mut [Article]) {
    for p in articles.iter_mut().flat_map(|a| &mut a.paragraphs) {
        if matches!(p.kind, ParaKind::Body | ParaKind::Headline)
            && interface::interface_run(&p.text)
        {
            p.kind = ParaKind::Furniture;
        }
    }
}

/// Marks as [`ParaKind::Furniture`] the body paragraphs the learned model
/// is sure are page furniture (probability at least [`weights::SURE`]).
pub fn mark_sure_furniture(articles: &mut [Article]) {
    let cues = cues::cluster_cues(articles);
    for (art, cues) in articles.iter_mut().zip(cues) {
        for (p, c) in art.paragraphs.iter_mut().zip(cues) {
            if matches!(p.kind, ParaKind::Body | ParaKind::Headline)
                && c.is_some_and(|c| weights::FURNITURE.probability(&c) >= weights::SURE)
            {
                p.kind = ParaKind::Furniture;
            }
        }
    }
}

/// Splits credit debris off the compared paragraphs of every report, as
/// paragraphs of their own kind.
pub fn split_credits(articles: &mut [Article]) {
    use rayon::prelude::*;
    // Reports are independent: one task each.
    articles.par_iter_mut().for_each(|art| {
        let mut out = Vec::with_capacity(art.paragraphs.len());
        for p in std::mem::take(&mut art.paragraphs) {
            if !matches!(p.kind, ParaKind::Body | ParaKind::Headline) {
                out.push(p);
                continue;
            }
            // A promo pasted inside the paragraph, or a picture credit in
            // brackets after one of its sentences: the text around it goes
            // on as two paragraphs of the paragraph's kind (a promo alone
            // in its paragraph is left to the noise rules).
            let inline = promo::inline_promo(&p.text).filter(|r| {
                !p.text[..r.start].trim().is_empty() || !p.text[r.end..].trim().is_empty()
            });
            let inline = inline.or_else(|| bracketed_photo_credit(&p.text));
            if let Some(r) = inline {
                let (before, after) = (p.text[..r.start].trim(), p.text[r.end..].trim());
                if !before.is_empty() {
                    split_one(Paragraph::new(p.kind, before.to_string()), &mut out);
                }
                out.push(Paragraph::new(ParaKind::Furniture, p.text[r].to_string()));
                if !after.is_empty() {
                    split_one(Paragraph::new(p.kind, after.to_string()), &mut out);
                }
                continue;
            }
            split_one(p, &mut out);
        }
        art.paragraphs = out;
    });
}

/// Splits credit debris off one compared paragraph, pushing the pieces.
fn split_one(p: Paragraph, out: &mut Vec<Paragraph>) {
    let mut text = p.text.as_str();
    let mut tail = None;
    if let Some(at) = trailing_copyright(text)
        .or_else(|| trailing_credit(text))
        .or_else(|| trailing_photo_credit(text))
        .or_else(|| tails::trailing_slash_credit(text))
        .or_else(|| trailing_source(text))
    {
        tail = Some(text[at..].trim().to_string());
        text = text[..at].trim_end();
    }
    match leading_credit(text).or_else(|| stamps::leading_stamp(text)) {
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
        None => out.push(p),
    }
    if let Some(t) = tail {
        out.push(Paragraph::new(ParaKind::Furniture, t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_picture_credits_between_sentences() {
        let t =
            "The tracks were under water. (Photo: Kate Morrow/Riverside News) Engineers waited.";
        let r = bracketed_photo_credit(t).expect("credit");
        assert_eq!(&t[r], "(Photo: Kate Morrow/Riverside News)");
        let end =
            "A man was arrested on fraud charges, police said. (Photo: Slidell Police Department)";
        assert_eq!(
            &end[bracketed_photo_credit(end).expect("credit")],
            "(Photo: Slidell Police Department)"
        );
        // Brackets inside a sentence, or holding prose, are no credit.
        // A caption's closing credit, with no full stop before it.
        let caption = "Crowds wait outside the court in the rain (Image: getty )";
        assert_eq!(
            caption.get(bracketed_photo_credit(caption).expect("credit")),
            Some("(Image: getty )")
        );
        for t in [
            "The crews (photo: right) worked through the night.",
            "The crews worked all night (Image: a dog barking)",
            "He drew it (Image: a dog)",
            "It was cold. (Photo: the crews had no coats and waited for hours in the rain)",
            "He wrote (Image: a dog) on the wall of the station.",
        ] {
            assert_eq!(bracketed_photo_credit(t), None, "{t}");
        }
        // Labels match in any case; characters whose lower case changes
        // byte length (the Kelvin and Angstrom signs, dotted I) neither
        // shift the credit nor split a character.
        let t = "The road was shut for a day. (PHOTO BY Ana Lind) Work began.";
        let r = bracketed_photo_credit(t).expect("credit");
        assert_eq!(&t[r], "(PHOTO BY Ana Lind)");
        for t in [
            "It rained all week long. (\u{212A}\u{212B}\u{130}: Ana Lind) Then it stopped.",
            "It rained all week long. (\u{130}mage: Ana Lind) Then it stopped.",
        ] {
            assert_eq!(bracketed_photo_credit(t), None, "{t}");
        }
        let caption = "Photos show the tracks under water. Image credit: Tom Ashby";
        let at = trailing_photo_credit(caption).expect("credit");
        assert_eq!(&caption[at..], "Image credit: Tom Ashby");
    }

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
    fn trailing_photo_credits() {
        // A caption without a closing stop.
        let t = "A bus passes the flooded square in the old town on Thursday Credit: Kim Dale/Wire";
        assert_eq!(
            trailing_photo_credit(t).map(|at| &t[at..]),
            Some("Credit: Kim Dale/Wire")
        );
        let t = "Crowds wait outside the court in the rain Photo: Harbour Council";
        assert_eq!(trailing_photo_credit(t), None);
        let t = "Volunteers stack sandbags along the quay before the tide. Photograph: Lena Ortiz for the Courier";
        let at = trailing_photo_credit(t).expect("credit");
        assert_eq!(&t[at..], "Photograph: Lena Ortiz for the Courier");
        let t = "The bridge reopened to walkers on Saturday. Photo: Harbour Council/Handout";
        assert_eq!(
            trailing_photo_credit(t).map(|at| &t[at..]),
            Some("Photo: Harbour Council/Handout")
        );
        // A sentence that mentions a photo, and a label with prose after it.
        assert!(
            trailing_photo_credit("The council shared the photo: it showed the crack.").is_none()
        );
        assert!(
            trailing_photo_credit(
                "Crowds gathered. Photo: the mayor waves to residents from the quay"
            )
            .is_none()
        );
        assert!(trailing_photo_credit("Photograph: Lena Ortiz").is_none());
    }

    #[test]
    fn trailing_copyright_notices() {
        let t = "The mill reopened on Monday after repairs. \u{a9} 2031 Valley Wire. All rights reserved.";
        let at = trailing_copyright(t).expect("notice");
        assert_eq!(&t[at..], "\u{a9} 2031 Valley Wire. All rights reserved.");
        // A story about copyright is no notice.
        assert!(
            trailing_copyright("The court ruled on the copyright case in 2031 after appeals.")
                .is_none()
        );
        assert!(trailing_copyright("Copyright 2031 Valley Wire.").is_none());
        // The marks in any case, found past the ASCII pre-check.
        for mark in [
            "COPYRIGHT 2031 Wire",
            "CopyRight 2031 Wire",
            "(C) 2031 Wire",
        ] {
            let t = format!("The mill reopened on Monday after repairs. {mark}");
            assert_eq!(trailing_copyright(&t).map(|at| &t[at..]), Some(mark));
        }
        // Characters whose lower case is longer or shorter (Ⱥ grows): no
        // offset is taken from the lower-case copy into the text (this
        // used to panic).
        assert!(trailing_copyright("\u{23a}\u{a9}\u{19a}").is_none());
        assert!(trailing_copyright("\u{23a} a b c d. \u{a9} 2031 Wire").is_none());
    }

    #[test]
    fn source_lines_with_an_address() {
        assert!(labelled_address(
            "Information from: The Valley Courier, http://www.valleycourier.example"
        ));
        assert!(labelled_address(
            "Read or share this story: https://vc.example/3xQ"
        ));
        assert!(!labelled_address(
            "The mayor said: the plan is online at www.city.example and open to comment."
        ));
        let t = "The ferry will run again on Friday, he said. Information from: Harbour Times, \
                 http://www.harbourtimes.example";
        let at = trailing_source(t).expect("source line");
        assert_eq!(
            &t[at..],
            "Information from: Harbour Times, http://www.harbourtimes.example"
        );
        assert!(trailing_source("Details: see http://x.example").is_none());
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
