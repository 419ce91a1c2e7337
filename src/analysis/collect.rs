//! Gathers every quotation of a report with its speaker: joins quotes that
//! run over several paragraphs and quotes split by their attribution
//! ("We responded," he said, "in a way ..."), then asks
//! [`super::attribution`] who spoke, resolving pronouns as it walks the
//! paragraphs in reading order.

use std::ops::Range;

use super::QuoteOccurrence;
use super::attribution::{
    Mention, Said, according_to, after, before, mentions, next_sentence, resolve,
};
use super::lexicon::ORG_WORDS;
use super::names::{NameContext, alias_key, bare_word, is_acronym};
use super::quotes::{MarkedQuote, find_quotes, interview, opens_with_mark};
use crate::model::{Article, ArticleId, ParaKind, Paragraph};
use crate::text::words;

/// A quotation of one report before it is matched across reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundQuote {
    /// Where it is and who said it.
    pub occurrence: QuoteOccurrence,
    /// In a title or headline: scare quotes.
    pub scare: bool,
    /// Inside another quotation.
    pub nested: bool,
    /// A word or two in marks that nobody says ([`is_term`]): listed only
    /// where another report quotes the same words ([`keep_quoted_terms`]).
    pub term: bool,
}

impl FoundQuote {
    fn new(occurrence: QuoteOccurrence, scare: bool, nested: bool, term: bool) -> Self {
        FoundQuote {
            occurrence,
            scare,
            nested,
            term,
        }
    }
}

/// `found` without the terms that no other report quotes as a
/// quotation: 'the “capitulated” jibe' in one report and "said the
/// minister had “capitulated”" in another are one shared quote, not a
/// unique one (review R5); a term nobody quotes is no finding.
pub(crate) fn keep_quoted_terms(mut found: Vec<FoundQuote>) -> Vec<FoundQuote> {
    if !found.iter().any(|q| q.term) {
        return found;
    }
    let key = |q: &FoundQuote| {
        q.occurrence
            .text
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let wanted: std::collections::HashSet<String> =
        found.iter().filter(|q| q.term).map(key).collect();
    let mut quoted: std::collections::HashMap<String, Vec<ArticleId>> =
        std::collections::HashMap::new();
    for q in found.iter().filter(|q| !q.term) {
        let k = key(q);
        if wanted.contains(&k) {
            quoted.entry(k).or_default().push(q.occurrence.article);
        }
    }
    found.retain(|q| {
        !q.term
            || quoted
                .get(&key(q))
                .is_some_and(|by| by.iter().any(|&a| a != q.occurrence.article))
    });
    found
}

/// Longest attribution that may split a quotation in two, in words.
const MAX_SPLIT_WORDS: usize = 8;

/// The sentence of `p` holding byte `at` (its range), or the whole text.
fn sentence_at(p: &Paragraph, at: usize) -> Range<usize> {
    // Sentences are in order: the last one starting at or before `at`.
    let i = p.sentences.partition_point(|r| r.start <= at);
    i.checked_sub(1)
        .map(|i| p.sentences[i].clone())
        .filter(|r| at < r.end.max(r.start + 1))
        .unwrap_or(0..p.text.len())
}

/// Whether the text between two quotes is an attribution splitting one
/// quotation: short, with a reporting verb, and the second part goes on in
/// lower case.
fn splits(text: &str, first: &MarkedQuote, second: &MarkedQuote) -> bool {
    if first.runs_on || second.open < first.close {
        return false;
    }
    let gap = &text[first.close..second.open];
    let n = words(gap).count();
    let cont = text[second.content.clone()]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let verb = words(gap).any(|(_, w)| super::attribution::is_reporting_verb(w));
    let comma_before =
        text[first.content.end..first.close].contains(',') || gap.trim_start().starts_with(',');
    // "..., which she called «...»" is two quotes, not one split.
    let relative = words(gap).any(|(_, w)| {
        ["which", "who", "that", "and", "but", "what", "as"].contains(&w.to_lowercase().as_str())
    });
    n > 0
        && n <= MAX_SPLIT_WORDS
        && verb
        && cont
        && comma_before
        && !relative
        && !super::attribution::clause_break(gap)
}

/// Fewest words of a quotation that no reporting verb introduces.
const MIN_QUOTE_WORDS: usize = 3;

/// Words before a term in marks that make it part of a noun phrase
/// ("the “reset” policy", "a “travel ban” rule").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
];

/// Verbs that quote someone's word by naming it ("branded the deal “a
/// betrayal”", "labelled the plan “chaotic”"), read only here: as
/// attribution verbs their noun senses ("the brand", "the labels") would
/// name speakers (review R6).
const NAMING_VERBS: &[&str] = &[
    "brand",
    "brands",
    "branded",
    "branding",
    "label",
    "labels",
    "labelled",
    "labeled",
    "labelling",
    "labeling",
    "termed",
];

/// Whether quote mark pair `m` of `p` holds a term rather than a
/// quotation: fewer than [`MIN_QUOTE_WORDS`] words that
/// - follow "so-called", or
/// - sit inside a noun phrase (a determiner or a possessive before, a
///   word after: "the “reset” policy", "the scam's “middle man” who"), or
/// - have no reporting verb in their sentence and do not close on their
///   own punctuation ("“Never,” she said" and "“perfectly fine,”
///   according to" are quotations).
fn is_term(p: &Paragraph, m: &MarkedQuote) -> bool {
    let Some(content) = p.text.get(m.content.clone()) else {
        return false;
    };
    let n = words(content).take(MIN_QUOTE_WORDS).count();
    if n >= MIN_QUOTE_WORDS || m.runs_on {
        return false;
    }
    let sentence = sentence_at(p, m.open);
    let before = p.text.get(sentence.start.min(m.open)..m.open).unwrap_or("");
    let after = p.text.get(m.close..sentence.end.max(m.close)).unwrap_or("");
    if before.trim_end().to_lowercase().ends_with("so-called") {
        return true;
    }
    let closes = p
        .text
        .get(m.content.end..m.close)
        .is_some_and(|t| t.contains([',', '.', '!', '?', ';', ':']));
    let verb = |w: &str| {
        let lower = w.to_lowercase();
        super::attribution::is_reporting_verb(&lower) || NAMING_VERBS.contains(&lower.as_str())
    };
    let before: Vec<&str> = words(before).map(|(_, w)| w).collect();
    let after_words: Vec<&str> = words(after).map(|(_, w)| w).collect();
    let in_phrase = !closes
        && before.last().is_some_and(|w| {
            let lower = w.to_lowercase();
            DETERMINERS.contains(&lower.as_str())
                || lower.ends_with("'s")
                || lower.ends_with("\u{2019}s")
        })
        && after.starts_with(' ')
        && after_words
            .first()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    if in_phrase {
        return true;
    }
    !closes && !before.iter().chain(&after_words).any(|w| verb(w))
}

/// Who said a quote whose first mark opens at `open` and whose last mark
/// closes at `close` in paragraph `p`; `middle` is a splitting attribution.
fn attribute(
    ctx: &NameContext,
    p: &Paragraph,
    open: usize,
    close: usize,
    middle: Option<&str>,
) -> Said {
    // An embedded post names its author in its credit.
    if let Some(n) = super::attribution::post_credit(&p.text[close..]) {
        return Said::Named(n);
    }
    if let Some(m) = middle {
        let s = after(ctx, m);
        if s != Said::Nothing {
            return s;
        }
    }
    let tail_sentence = sentence_at(p, close.saturating_sub(1));
    let tail_end = tail_sentence.end.max(close);
    let tail = &p.text[close..tail_end];
    let tail = tail
        .find(['"', '\u{201c}', '\u{201e}', '\u{ab}'])
        .map_or(tail, |i| &tail[..i]);
    let head_sentence = sentence_at(p, open);
    let head = &p.text[head_sentence.start.min(open)..open];
    let head = head
        .char_indices()
        .rfind(|(_, c)| ['"', '\u{201d}', '\u{bb}'].contains(c))
        .map_or(head, |(i, c)| &head[i + c.len_utf8()..]);
    for said in [
        after(ctx, tail),
        before(ctx, head),
        according_to(ctx, &p.text[head_sentence.start.min(open)..tail_end]),
    ] {
        if said != Said::Nothing {
            return said;
        }
    }
    // A reporting verb at the start of the next sentence.
    if let Some(next) = p.sentences.iter().find(|r| r.start >= tail_end) {
        let s = &p.text[next.clone()];
        if !opens_with_mark(s) {
            return next_sentence(ctx, s);
        }
    }
    Said::Nothing
}

/// Finds the quotations of one report, with speakers.
pub(crate) fn collect_quotes(ctx: &NameContext, id: ArticleId, art: &Article) -> Vec<FoundQuote> {
    let mut out: Vec<FoundQuote> = Vec::new();
    let mut prev_mentions: Vec<Mention> = Vec::new();
    let mut pending: Option<FoundQuote> = None;
    // The speaker the previous paragraph quoted, and the one in force when
    // the pending quotation began: a paragraph that opens with a quote
    // mark and names nobody goes on with that speaker's words (the news
    // convention of quoting one person over several paragraphs).
    let mut prev_speaker: Option<String> = None;
    let mut pending_speaker: Option<String> = None;
    let mut qa = interview::Interview::default();
    for (pi, p) in art.paragraphs.iter().enumerate() {
        if !p.kind.is_compared() {
            continue;
        }
        let text = &p.text;
        let mut marks = find_quotes(text);
        let mut here = mentions(ctx, ctx.names_of(id, pi), text);
        let free = marks.is_empty() && pending.is_none();
        let said = qa.read(text, free, here.last().map(|m| m.name.as_str()));
        out.extend(answered(id, pi, p, said));
        let scare = matches!(p.kind, ParaKind::Title | ParaKind::Headline);
        // A quotation running on from the previous paragraph.
        let mut last_speaker: Option<String> = None;
        if let Some(q) = pending.take() {
            match continue_quote(ctx, pi, p, &mut marks, q, &here, &prev_mentions) {
                Ok(mut done) => {
                    let speaker = done.occurrence.speaker.take();
                    done.occurrence.speaker = speaker.or_else(|| pending_speaker.take());
                    last_speaker.clone_from(&done.occurrence.speaker);
                    out.push(done);
                }
                Err(still) => {
                    pending = Some(still);
                    continue;
                }
            }
        }
        let mut i = 0;
        while i < marks.len() {
            let m = &marks[i];
            if m.nested {
                out.push(nested_quote(id, pi, p, m, scare));
                i += 1;
                continue;
            }
            let Top {
                parts,
                close,
                middle,
                runs_on,
                consumed,
            } = top_quote(text, &marks, i);
            // Nested quotes between the two parts of a split quote stay listed.
            let between = marks.get(i + 1..consumed - 1).filter(|_| parts.len() > 1);
            let between = between.into_iter().flatten();
            out.extend(between.map(|n| nested_quote(id, pi, p, n, scare)));
            let mut speaker = speak(ctx, p, m.open, close, middle, &here, &prev_mentions);
            // A term in marks is no quotation; its speaker speaks the next.
            if parts.len() == 1 && !runs_on && is_term(p, m) {
                last_speaker = last_speaker.or(speaker);
                let term = occurrence(id, pi, p, parts);
                out.push(FoundQuote::new(term, scare, false, true));
                i = consumed;
                continue;
            }
            speaker = speaker.or_else(|| last_speaker.clone());
            // An unattributed quotation opening the paragraph goes on with
            // the previous paragraph's speaker (when it runs on, unless its
            // last paragraph names someone).
            let opens_paragraph = m.open == text.len() - text.trim_start().len() && !scare;
            let inherited = (speaker.is_none() && opens_paragraph)
                .then(|| prev_speaker.clone())
                .flatten();
            if !runs_on || consumed < marks.len() {
                speaker = speaker.or_else(|| inherited.clone());
            }
            if let Some(s) = named(speaker.as_deref(), &mut here, m.open) {
                last_speaker = Some(s);
            }
            // A short Title Case phrase in marks that nobody is said to
            // have said is a name ("the “Truth About Tech” campaign"), not
            // a quotation.
            if speaker.is_none()
                && !scare
                && parts.len() == 1
                && !runs_on
                && titled(&text[m.content.clone()])
            {
                i = consumed;
                continue;
            }
            let mut q = FoundQuote::new(occurrence(id, pi, p, parts), scare, false, false);
            q.occurrence.speaker = speaker;
            if runs_on && consumed >= marks.len() {
                pending_speaker = inherited;
                pending = Some(q);
            } else {
                out.push(q);
            }
            i = consumed;
        }
        prev_mentions = here;
        prev_speaker = last_speaker;
    }
    if let Some(mut q) = pending {
        if q.occurrence.speaker.is_none() {
            q.occurrence.speaker = pending_speaker;
        }
        out.push(q);
    }
    out
}

/// An interview answer of paragraph `pi` (its range and who answers) as
/// a quotation.
fn answered(
    id: ArticleId,
    pi: usize,
    p: &Paragraph,
    said: Option<(Range<usize>, Option<String>)>,
) -> Option<FoundQuote> {
    let (r, who) = said?;
    let mut occurrence = occurrence(id, pi, p, vec![r]);
    occurrence.speaker = who;
    Some(FoundQuote {
        occurrence,
        scare: false,
        nested: false,
        term: false,
    })
}

/// A named speaker (not a description such as "a spokeswoman"), noted
/// as the person a later "he" or "she" of the paragraph means.
fn named(speaker: Option<&str>, here: &mut Vec<Mention>, at: usize) -> Option<String> {
    let s = speaker.filter(|s| s.starts_with(char::is_uppercase))?;
    // A body ("the Pentagon", "NATO") speaks, but no later "he" or "she"
    // stands for it.
    if names_body(s) {
        return Some(s.to_string());
    }
    here.push(Mention {
        at,
        name: s.to_string(),
        subject: true,
    });
    here.sort_by_key(|x| x.at);
    Some(s.to_string())
}

/// Whether a speaker's name is a body's or a country's: an acronym
/// ("NATO", "U.S."), a lone known alias ("America"), or a name with an
/// organisation word ("Pentagon", "Federal Reserve", "Syrian army").
fn names_body(name: &str) -> bool {
    words(name).any(|(_, w)| {
        let lower = bare_word(w);
        is_acronym(w) && w.len() > 2
            || ORG_WORDS.contains(&lower.as_str())
            || alias_key(&lower).is_some() && words(name).count() == 1
    })
}

/// A quotation inside another, listed on its own (a term, [`is_term`],
/// flagged as one).
fn nested_quote(
    id: ArticleId,
    pi: usize,
    p: &Paragraph,
    m: &MarkedQuote,
    scare: bool,
) -> FoundQuote {
    let occurrence = occurrence(id, pi, p, vec![m.content.clone()]);
    FoundQuote::new(occurrence, scare, true, is_term(p, m))
}

/// A top-level quotation of a paragraph read from its marks.
struct Top<'a> {
    /// Its parts: two for a quote split by its attribution.
    parts: Vec<Range<usize>>,
    /// Where its last closing mark ends.
    close: usize,
    /// The text between the two parts of a split quote.
    middle: Option<&'a str>,
    /// It runs on into the next paragraph.
    runs_on: bool,
    /// The index of the next mark to read.
    consumed: usize,
}

/// The top-level quotation opening at mark `i` (not nested), joined with
/// the next top-level mark when its attribution splits it ("We
/// responded," he said, "in a way ...").
fn top_quote<'a>(text: &'a str, marks: &[MarkedQuote], i: usize) -> Top<'a> {
    let m = &marks[i];
    let next_top = marks[i + 1..]
        .iter()
        .position(|n| !n.nested)
        .map(|k| k + i + 1);
    match next_top {
        Some(j) if splits(text, m, &marks[j]) => Top {
            parts: vec![m.content.clone(), marks[j].content.clone()],
            close: marks[j].close,
            middle: Some(&text[m.close..marks[j].open]),
            runs_on: marks[j].runs_on,
            consumed: j + 1,
        },
        _ => Top {
            parts: vec![m.content.clone()],
            close: m.close,
            middle: None,
            runs_on: m.runs_on,
            consumed: i + 1,
        },
    }
}

/// Longest Title Case phrase in marks read as a name, in words.
const MAX_TITLE_WORDS: usize = 6;

/// Whether quoted words are a title or name: at most
/// [`MAX_TITLE_WORDS`] words, every word capitalised but small words
/// ("of", "about"), at least two capitalised, not all in capitals, no
/// sentence punctuation.
fn titled(text: &str) -> bool {
    let ws: Vec<&str> = words(text).map(|(_, w)| w).collect();
    let caps = ws
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    // Shouted words ("WE WANT ANSWERS") are said, not names.
    (2..=MAX_TITLE_WORDS).contains(&ws.len())
        && caps >= 2
        && text.chars().any(char::is_lowercase)
        && !text.contains(['.', ',', '?', '!', ';', ':'])
        && ws.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || (w.len() <= 4 && crate::text::is_stop_word(&w.to_lowercase()))
        })
}

/// Adds this paragraph's opening quote to a quotation that ran on from
/// the previous paragraph: `Ok` when it is complete, `Err` when it runs on
/// again. A paragraph that does not open with a mark ends the quotation.
fn continue_quote(
    ctx: &NameContext,
    pi: usize,
    p: &Paragraph,
    marks: &mut Vec<MarkedQuote>,
    mut q: FoundQuote,
    here: &[Mention],
    prev: &[Mention],
) -> Result<FoundQuote, FoundQuote> {
    let text = &p.text;
    let first_top = marks.iter().position(|m| !m.nested);
    let lead = text.len() - text.trim_start().len();
    let Some(i) = first_top.filter(|&i| opens_with_mark(text) && marks[i].open == lead) else {
        return Ok(q);
    };
    let m = marks.remove(i);
    marks.retain(|n| !(n.nested && n.open >= m.open && n.close <= m.close));
    q.occurrence.parts.push((pi, m.content.clone()));
    q.occurrence.text.push(' ');
    q.occurrence.text.push_str(&text[m.content.clone()]);
    if m.runs_on {
        return Err(q);
    }
    if q.occurrence.speaker.is_none() {
        q.occurrence.speaker = speak(ctx, p, m.open, m.close, None, here, prev);
    }
    Ok(q)
}

/// Resolves what the text says about a speaker into a name.
fn speak(
    ctx: &NameContext,
    p: &Paragraph,
    open: usize,
    close: usize,
    middle: Option<&str>,
    here: &[Mention],
    prev: &[Mention],
) -> Option<String> {
    match attribute(ctx, p, open, close, middle) {
        Said::Named(n) => Some(n),
        Said::Pronoun => resolve(here, prev, open),
        Said::Nothing => None,
    }
}

/// An occurrence made of parts of paragraph `pi` (the first part is the
/// span; split quotes join their parts with a space).
fn occurrence(
    id: ArticleId,
    pi: usize,
    p: &Paragraph,
    parts: Vec<Range<usize>>,
) -> QuoteOccurrence {
    let text = parts
        .iter()
        .map(|r| &p.text[r.clone()])
        .collect::<Vec<_>>()
        .join(" ");
    QuoteOccurrence {
        article: id,
        paragraph: pi,
        text,
        span: parts.first().cloned().unwrap_or_default(),
        speaker: None,
        parts: parts.into_iter().map(|r| (pi, r)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParaKind;

    /// Quotes of a report made of `paras` (the first is the title), as
    /// `(paragraph, text, speaker)`.
    fn quotes(paras: &[&str]) -> Vec<(usize, String, Option<String>)> {
        let art = Article {
            paragraphs: paras
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let kind = if i == 0 {
                        ParaKind::Title
                    } else {
                        ParaKind::Body
                    };
                    Paragraph::new(kind, (*t).to_string())
                })
                .collect(),
            ..Article::default()
        };
        let ctx = NameContext::learn(std::slice::from_ref(&art));
        collect_quotes(&ctx, 0, &art)
            .into_iter()
            .map(|q| {
                (
                    q.occurrence.paragraph,
                    q.occurrence.text,
                    q.occurrence.speaker,
                )
            })
            .collect()
    }

    fn q(p: usize, text: &str, speaker: Option<&str>) -> (usize, String, Option<String>) {
        (p, text.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn split_quote_is_one_quotation() {
        let got = quotes(&[
            "Talks end",
            "\"We responded,\" Mr. Tillerson said, \"in a way that made it clear.\"",
        ]);
        assert_eq!(
            got,
            vec![q(
                1,
                "We responded in a way that made it clear",
                Some("Tillerson")
            )]
        );
    }

    #[test]
    fn quote_over_paragraphs_is_one_quotation() {
        let got = quotes(&[
            "Fire",
            "Chief Owen Mace spoke. \"Everyone must leave now.",
            "\"Take your documents,\" Mace said.",
        ]);
        assert_eq!(
            got,
            vec![q(
                1,
                "Everyone must leave now Take your documents",
                Some("Mace")
            )]
        );
    }

    #[test]
    fn pronouns_and_inherited_speakers() {
        let got = quotes(&[
            "Vote",
            "Prime Minister Ana Sotelo won the vote on Thursday.",
            "\"It was close,\" she said. \"But we won.\"",
        ]);
        assert_eq!(
            got,
            vec![
                q(2, "It was close", Some("Ana Sotelo")),
                q(2, "But we won", Some("Ana Sotelo"))
            ]
        );
    }

    #[test]
    fn a_pronoun_never_means_a_body_or_a_person_named_long_before() {
        // "he" two paragraphs after the last person named, with only
        // bodies named between: nobody the text says.
        let got = quotes(&[
            "Jobs",
            "Jean-Luc Pires, a trader, spoke first.",
            "The Bureau of Labor Statistics and the U.S. Federal Reserve reported gains.",
            "\"We are not worried,\" he said.",
        ]);
        assert_eq!(got, vec![q(3, "We are not worried", None)]);
        // A body that speaks is no "he": the person named before it is.
        let got = quotes(&[
            "Jets",
            "Ada Lund, an engineer, checked the F-35 jets on Monday.",
            "\"All is well,\" the Pentagon said. \"They fly,\" she said.",
        ]);
        assert_eq!(
            got,
            vec![
                q(2, "All is well", Some("Pentagon")),
                q(2, "They fly", Some("Ada Lund"))
            ]
        );
    }

    #[test]
    fn an_unnamed_source_is_its_description() {
        let got = quotes(&[
            "Budget",
            "\"We are not worried at all,\" said a senior official, who asked not to be named.",
            "\"It costs far too much,\" an Iowa Republican said.",
            "\"It is fine,\" the spokesman said.",
        ]);
        assert_eq!(
            got,
            vec![
                q(1, "We are not worried at all", Some("a senior official")),
                q(2, "It costs far too much", Some("an Iowa Republican")),
                q(3, "It is fine", Some("spokesman"))
            ]
        );
    }

    #[test]
    fn headline_scare_quotes_and_next_sentence_verbs() {
        let art_paras = [
            "Strike 'a disaster', say shippers",
            "\"We cannot move.\" Karl Brandt said that on Monday.",
        ];
        let got = quotes(&art_paras);
        assert_eq!(
            got,
            vec![
                q(0, "a disaster", Some("shippers")),
                q(1, "We cannot move", Some("Karl Brandt"))
            ]
        );
    }

    #[test]
    fn titles_in_marks_are_names_unless_someone_said_them() {
        let got = quotes(&[
            "Campaign",
            "\u{201c}Clean Harbour Now\u{201d} is run by a group of former port workers.",
            "The group published a report titled \"Ships Of The Past\" on Monday.",
            "\"Stop The Dredging,\" Ada Moss said.",
            "Residents said the plan was \"a disaster for the bay\".",
            "Banners read \"SAVE OUR BAY\" along the quay.",
        ]);
        assert_eq!(
            got,
            vec![
                q(3, "Stop The Dredging", Some("Ada Moss")),
                q(4, "a disaster for the bay", Some("residents")),
                q(5, "SAVE OUR BAY", None),
            ]
        );
    }

    #[test]
    fn according_to_and_told() {
        let got = quotes(&[
            "Bridge",
            "According to Mayor Tom Rhodes, the city \"will hold an inquiry.\"",
            "Inspector Laura Benning told reporters \"it gave way.\"",
        ]);
        assert_eq!(
            got,
            vec![
                q(1, "will hold an inquiry", Some("Tom Rhodes")),
                q(2, "it gave way", Some("Laura Benning")),
            ]
        );
    }

    #[test]
    fn other_languages_say_whose_view_follows() {
        let got = quotes(&[
            "Pont",
            "Selon Anne Morel, le pont \u{ab} tiendra encore dix ans \u{bb}.",
            "Pour Luc Garnier, du syndicat, \"rien n'est r\u{e9}gl\u{e9}\".",
            "Seg\u{fa}n Ana Ruiz, \"la obra termina en mayo\".",
            // Review R1: a letter whose lower case is longer shifts no
            // offset; "secondo" inside a word is no "according to".
            "En \u{130}zmir, seg\u{fa}n Ana Ruiz, \"el puerto abre\".",
            "Il consecondo Marco Rossi \u{ab} non cambia nulla \u{bb}.",
        ]);
        assert_eq!(
            got,
            vec![
                q(1, "tiendra encore dix ans", Some("Anne Morel")),
                q(2, "rien n'est r\u{e9}gl\u{e9}", Some("Luc Garnier")),
                q(3, "la obra termina en mayo", Some("Ana Ruiz")),
                q(4, "el puerto abre", Some("Ana Ruiz")),
                q(5, "non cambia nulla", None),
            ]
        );
    }
}
