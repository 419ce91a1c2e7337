//! Quote units: the sentences of a quotation, the grain at which quotes are
//! matched across reports. One outlet quotes three sentences in one go,
//! another splits them over two quotations with an attribution between
//! ("... it probably is," the chief said. "Never give out ..."), a third
//! changes one word of the middle sentence: each sentence gets its own
//! status, and sentences that fare alike are joined again afterwards.
//!
//! A unit keeps the pieces (paragraph, byte range) it covers, so that the
//! view highlights exactly its words; a sentence split by its attribution
//! ("He was unresponsive," the doctor said, "just a disaster.") is one
//! unit of two pieces.

use std::ops::Range;

use super::QuoteOccurrence;
use super::collect::FoundQuote;
use crate::text::{split_sentences, word_count};

/// Units shorter than this (in words) join a neighbouring sentence of the
/// same quotation: "No." or "Really?" alone would match any report.
const MIN_UNIT_WORDS: usize = 3;

/// One sentence (or a run of sentences) of one quotation.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Index of the quotation in the found list.
    pub src: usize,
    /// Position of the unit inside its quotation.
    pub seq: usize,
    /// The unit as an occurrence: its text, pieces and the speaker.
    pub occurrence: QuoteOccurrence,
}

/// Trims spaces and edge punctuation off a sentence range of `text`.
fn trim_sentence(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || ",.;:".contains(c));
    r.start + lead..r.start + t.len().max(lead)
}

/// The pieces of a quotation as `(paragraph, range, text)`; `None` when
/// the parts do not add up to the text (then it stays one unit).
fn pieces(o: &QuoteOccurrence) -> Option<Vec<(usize, Range<usize>, &str)>> {
    let first = [(o.paragraph, o.span.clone())];
    let parts = if o.parts.is_empty() {
        &first[..]
    } else {
        &o.parts[..]
    };
    let mut out = Vec::with_capacity(parts.len());
    let mut at = 0;
    for (p, r) in parts {
        let end = at + r.len();
        let text = o.text.get(at..end)?;
        out.push((*p, r.clone(), text));
        at = end + 1;
    }
    (at == o.text.len() + 1).then_some(out)
}

/// A stretch of one piece of a quotation: the piece's index, its
/// paragraph, and the byte range inside the piece's text.
type Stretch = (usize, usize, Range<usize>);

/// Appends stretches to a unit, joining stretches of the same piece into
/// one (so that "We know it. Yes" keeps its full stop).
fn extend(unit: &mut Vec<Stretch>, more: Vec<Stretch>) {
    for s in more {
        match unit.last_mut() {
            Some(last) if last.0 == s.0 => last.2.end = s.2.end,
            _ => unit.push(s),
        }
    }
}

/// Builds a unit from stretches of the quotation `src`.
fn unit(
    src: usize,
    seq: usize,
    base: &QuoteOccurrence,
    pieces: &[(usize, Range<usize>, &str)],
    stretches: &[Stretch],
) -> Unit {
    let text = stretches
        .iter()
        .map(|(k, _, r)| &pieces[*k].2[r.clone()])
        .collect::<Vec<_>>()
        .join(" ");
    let parts: Vec<(usize, Range<usize>)> = stretches
        .iter()
        .map(|(k, p, r)| {
            let at = pieces[*k].1.start;
            (*p, at + r.start..at + r.end)
        })
        .collect();
    let (paragraph, span) = parts
        .first()
        .cloned()
        .unwrap_or((base.paragraph, base.span.clone()));
    Unit {
        src,
        seq,
        occurrence: QuoteOccurrence {
            article: base.article,
            paragraph,
            text,
            span,
            parts,
            speaker: base.speaker.clone(),
        },
    }
}

/// Splits every quotation into sentence units, in order.
pub(crate) fn split_units(found: &[FoundQuote]) -> Vec<Unit> {
    let mut out = Vec::new();
    for (src, q) in found.iter().enumerate() {
        let o = &q.occurrence;
        let whole = Unit {
            src,
            seq: 0,
            occurrence: o.clone(),
        };
        let Some(pieces) = pieces(o) else {
            out.push(whole);
            continue;
        };
        // Sentences as lists of stretches.
        let mut sentences: Vec<Vec<Stretch>> = Vec::new();
        for (k, (p, _, text)) in pieces.iter().enumerate() {
            for (n, s) in split_sentences(text).into_iter().enumerate() {
                let s = trim_sentence(text, s);
                if s.is_empty() {
                    continue;
                }
                // A piece that goes on in lower case continues the sentence
                // an attribution or a paragraph break interrupted.
                let goes_on = k > 0
                    && n == 0
                    && text[s.clone()]
                        .chars()
                        .find(|c| c.is_alphanumeric())
                        .is_some_and(char::is_lowercase);
                match sentences.last_mut() {
                    Some(last) if goes_on => last.push((k, *p, s)),
                    _ => sentences.push(vec![(k, *p, s)]),
                }
            }
        }
        // Short sentences join the one before (or the next, at the start).
        let words = |s: &[Stretch]| {
            s.iter()
                .map(|(k, _, r)| word_count(&pieces[*k].2[r.clone()]))
                .sum::<usize>()
        };
        let mut joined: Vec<Vec<Stretch>> = Vec::new();
        let mut carry: Vec<Stretch> = Vec::new();
        for s in sentences {
            if words(&s) < MIN_UNIT_WORDS {
                match joined.last_mut() {
                    Some(last) => extend(last, s),
                    None => extend(&mut carry, s),
                }
            } else {
                let mut unit = std::mem::take(&mut carry);
                extend(&mut unit, s);
                joined.push(unit);
            }
        }
        if !carry.is_empty() {
            joined.push(carry);
        }
        if joined.len() <= 1 {
            out.push(whole);
            continue;
        }
        for (seq, s) in joined.iter().enumerate() {
            out.push(unit(src, seq, o, &pieces, s));
        }
    }
    out
}

/// Joins two occurrences of the same quotation that follow each other;
/// `stop` is the mark that ended `a`'s sentence in the report, put back
/// between the two (units are trimmed of it).
pub(crate) fn append(a: &mut QuoteOccurrence, b: &QuoteOccurrence, stop: Option<char>) {
    if let Some(c) = stop.filter(|_| !a.text.ends_with(['.', '?', '!'])) {
        a.text.push(c);
    }
    a.text.push(' ');
    a.text.push_str(&b.text);
    a.parts.extend(b.parts.iter().cloned());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(paragraphs: &[&str], parts: &[(usize, &str)]) -> FoundQuote {
        let mut ranges = Vec::new();
        let mut texts = Vec::new();
        for (p, words) in parts {
            let at = paragraphs[*p].find(words).expect("part in paragraph");
            ranges.push((*p, at..at + words.len()));
            texts.push(*words);
        }
        FoundQuote {
            occurrence: QuoteOccurrence {
                article: 0,
                paragraph: ranges[0].0,
                text: texts.join(" "),
                span: ranges[0].1.clone(),
                parts: ranges,
                speaker: Some("Ada Moss".to_string()),
            },
            scare: false,
            nested: false,
            term: false,
        }
    }

    fn texts(units: &[Unit]) -> Vec<&str> {
        units.iter().map(|u| u.occurrence.text.as_str()).collect()
    }

    #[test]
    fn sentences_become_units() {
        let p = ["\"The dam held. We were lucky this time, and we know it. Yes.\" Moss said."];
        let q = found(
            &p,
            &[(
                0,
                "The dam held. We were lucky this time, and we know it. Yes.",
            )],
        );
        let u = split_units(&[q]);
        assert_eq!(
            texts(&u),
            vec![
                "The dam held",
                "We were lucky this time, and we know it. Yes"
            ]
        );
        assert_eq!(&p[0][u[0].occurrence.span.clone()], "The dam held");
        assert_eq!(u[1].seq, 1);
    }

    #[test]
    fn a_sentence_split_by_its_attribution_is_one_unit() {
        let p =
            ["'The levee was weak,' engineer Ada Moss said, 'and everyone knew.' Then she left."];
        let q = found(&p, &[(0, "The levee was weak"), (0, "and everyone knew")]);
        let u = split_units(&[q]);
        assert_eq!(texts(&u), vec!["The levee was weak and everyone knew"]);
        assert_eq!(u[0].occurrence.parts.len(), 2);
    }

    #[test]
    fn paragraphs_of_a_running_quote_are_units() {
        let p = [
            "\u{201c}Pack a bag tonight.",
            "\u{201c}Leave by the north road if you can.\u{201d}",
        ];
        let q = found(
            &p,
            &[
                (0, "Pack a bag tonight"),
                (1, "Leave by the north road if you can"),
            ],
        );
        let u = split_units(&[q]);
        assert_eq!(
            texts(&u),
            vec!["Pack a bag tonight", "Leave by the north road if you can"]
        );
        assert_eq!(u[1].occurrence.paragraph, 1);
        let at = p[1].find("Leave").expect("in paragraph");
        assert_eq!(u[1].occurrence.parts, vec![(1, at..at + 34)]);
    }
}
