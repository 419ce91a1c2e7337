//! Who said a quotation: the reporting patterns of news prose ("X said",
//! "said X", "X added", "X told Y", "according to X", "X: ...", a
//! reporting verb in the next sentence) and pronouns resolved to the last
//! person named in the paragraph or the one before.
//!
//! Runs after [`super::quotes`] found the marks, before quotes are matched
//! across reports.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::FactKind;
use super::lexicon::{
    AUXILIARIES, CHUNK_STOP, IRREGULAR, NOT_NOUN, NOT_SUBJECT_AFTER, ORG_WORDS, TITLES, VERBS,
    is_place,
};
use super::names::{NameContext, NameSpan, alias_key, bare_word, is_acronym, quoted_title};
use crate::text::{is_stop_word, words};

mod foreign;

/// Words that are pronouns a speaker may hide behind.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Verbs that report what someone said by judging it ("hailed", "dubbed",
/// "condemned") besides the neutral ones of the lexicon. Words that are
/// mostly nouns in news ("post", "blast", "protest", "report") stay out:
/// "the blast 'shook' the town" names no speaker; so do verbs that open a
/// new clause after a quote ("what X called 'smaller issues,' Y agreed
/// there were ..." is X's phrase).
#[rustfmt::skip]
const MORE_VERBS: &[&str] = &[
    "hail", "praise", "slam", "criticise", "criticize", "dismiss", "condemn", "accuse", "plead",
    "beg", "pledge", "reveal", "disclose", "wonder", "muse", "sigh", "scream", "gush", "fume",
    "interject", "opine", "decry", "characterise", "characterize", "dub",
    "rave", "scoff", "snap", "thunder",
];

fn verb_forms() -> &'static HashSet<String> {
    static FORMS: OnceLock<HashSet<String>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut set: HashSet<String> = IRREGULAR.iter().map(|s| (*s).to_string()).collect();
        for v in VERBS.iter().chain(MORE_VERBS) {
            set.insert((*v).to_string());
            set.insert(format!("{v}s"));
            if let Some(stem) = v.strip_suffix('e') {
                set.insert(format!("{v}d"));
                set.insert(format!("{stem}ing"));
            } else if let Some(stem) = v
                .strip_suffix('y')
                .filter(|s| !s.ends_with(['a', 'o', 'e']))
            {
                set.insert(format!("{stem}ied"));
                set.insert(format!("{stem}ies"));
                set.insert(format!("{v}ing"));
            } else {
                set.insert(format!("{v}ed"));
                set.insert(format!("{v}ing"));
                // quip → quipped
                set.insert(format!("{v}{}ed", v.chars().last().unwrap_or('x')));
            }
        }
        set
    })
}

/// Whether a word as written is a reporting verb form (in lower case: a
/// capitalised "State" or "Call" is a name or a sentence start).
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    verb_forms().contains(word) || foreign::VERBS.contains(&word)
}

/// Whether a word is a reporting verb of another language than English
/// ("ajouté", "detto"), whatever its case.
pub(crate) fn is_foreign_verb(word: &str) -> bool {
    foreign::VERBS.contains(&word.to_lowercase().as_str())
}

/// Whether a word is a personal pronoun a speaker may hide behind, in
/// English or in another language of the cluster.
fn is_pronoun(word: &str) -> bool {
    // Foreign pronouns only as written in lower case: "Han" is a name.
    PRONOUNS.contains(&word.to_lowercase().as_str()) || foreign::PRONOUNS.contains(&word)
}

/// The author of a post embedded as scraped text, from the credit after
/// its words: "— Ada Moss (@adamoss) May 2, 2018".
pub(crate) fn post_credit(tail: &str) -> Option<String> {
    let t = tail
        .trim_start()
        .strip_prefix(['\u{2014}', '\u{2013}', '-'])?;
    let (name, rest) = t.split_once("(@")?;
    let name = name.trim();
    let handle = rest.split_once(')')?.0;
    let fits = name.starts_with(char::is_uppercase)
        && (1..=6).contains(&words(name).count())
        && !handle.is_empty()
        && handle.chars().all(|c| c.is_alphanumeric() || c == '_');
    fits.then(|| name.to_string())
}

/// What a text says through, not who ("a statement said", "a report
/// found"): no unnamed source.
const DOCUMENTS: &[&str] = &[
    "statement",
    "report",
    "letter",
    "document",
    "release",
    "post",
    "tweet",
    "video",
    "study",
    "survey",
    "filing",
    "memo",
    "notice",
];

/// Where a speaker was found relative to the quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Said {
    /// A name or a noun phrase ("Tillerson", "the spokesman").
    Named(String),
    /// A pronoun still to be resolved.
    Pronoun,
    /// The text does not say, at this place.
    Nothing,
}

/// Whether a name names nobody who could speak: a title or role alone
/// ("NFL Coach", "Prime Minister", "Secretary of State") or a demonym
/// ("Syrian", "Afghans").
pub(crate) fn names_nobody(name: &str) -> bool {
    let ws: Vec<String> = words(name).map(|(_, w)| bare_word(w)).collect();
    let Some(last) = ws.last() else {
        return true;
    };
    TITLES.contains(&last.as_str())
        || (ws.len() == 1
            && words(name)
                .next()
                .is_some_and(|(_, w)| demonym(w.trim_end_matches('s'))))
}

/// Whether a lone name in a speaker chunk is a team or a like group
/// ("the Eagles", "the Rotterdam Dockers"): a plural name after "the".
fn team_like(chunk_words: &[&str], name: &str) -> bool {
    let Some(last) = words(name).last().map(|(_, w)| w) else {
        return false;
    };
    let lower = last.to_lowercase();
    chunk_words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !is_acronym(last)
        && !is_place(&lower)
        && alias_key(&lower).is_none()
}

/// A person's name without the capitalised role noun an article puts
/// before it ("der Gewerkschaftschef Jonas Weber", "le Président Paul
/// Roux"): the first of three or more name words right after "der",
/// "le", ... (as written, lower case) goes when the rest is still a
/// capitalised name. English titles are the name finder's business.
fn without_role(chunk_words: &[&str], name: &str) -> String {
    let ws: Vec<(usize, &str)> = words(name).collect();
    let after_article = chunk_words
        .windows(2)
        .any(|w| foreign::ARTICLES.contains(&w[0]) && ws.first().is_some_and(|f| f.1 == w[1]));
    match ws.get(1) {
        Some(&(at, second))
            if after_article && ws.len() >= 3 && second.starts_with(char::is_uppercase) =>
        {
            name[at..].to_string()
        }
        _ => name.to_string(),
    }
}

/// The speaker words of a chunk: the name in it if there is one; else the
/// chunk without its article, in lower case (a role such as "spokesman":
/// it says the speaker is not the last person named, but names nobody, so
/// it is never shown as a speaker). Pronouns are reported as such.
/// `at_start`: the chunk opens a sentence, so its first capital may be no
/// name ("Critics said").
fn chunk_speaker(ctx: &NameContext, chunk: &str, at_start: bool) -> Said {
    // "Ada Moss, the port director," or "the port director, Ada Moss,":
    // the name in apposition speaks.
    if chunk.contains(',') {
        for (k, part) in chunk.split(',').enumerate() {
            if let Said::Named(n) = chunk_speaker(ctx, part.trim(), at_start && k == 0)
                && n.starts_with(char::is_uppercase)
                && !owner_only(part, &n)
            {
                return Said::Named(n);
            }
        }
    }
    // "..., where MPs said": the relative word is no part of the subject.
    let chunk = chunk.trim_start();
    let chunk = ["where ", "when ", "while ", "as ", "whereas "]
        .iter()
        .find_map(|w| {
            chunk
                .get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .map(|_| &chunk[w.len()..])
        })
        .unwrap_or(chunk);
    let ws: Vec<&str> = words(chunk).map(|(_, w)| w).collect();
    if ws.is_empty() || ws.len() > 8 {
        return Said::Nothing;
    }
    if ws.len() == 1 && is_pronoun(ws[0]) {
        return Said::Pronoun;
    }
    let found = if at_start {
        ctx.find(chunk, std::slice::from_ref(&(0..chunk.len())))
    } else {
        ctx.find_in_phrase(chunk)
    };
    // A bare title ("Dr", "NFL Coach") or a demonym names nobody.
    let names: Vec<_> = found
        .into_iter()
        .filter(|n| !names_nobody(n.text(chunk)))
        .collect();
    let person = names
        .iter()
        .rev()
        .find(|n| n.kind == FactKind::Person || ctx.is_person(&n.key));
    if let Some(n) = person {
        if team_like(&ws, n.text(chunk)) {
            return Said::Nothing;
        }
        return Said::Named(without_role(&ws, n.text(chunk)));
    }
    // A lone name ("Lazare tweeted", "the Pentagon said") even when not
    // known as a person; never a team.
    // An article before it ("the Pentagon", "la CGT", "der Verband") is
    // no part of the subject's name.
    // A foreign article that the name itself opens ("El Salvador", "La
    // Liga") is part of it.
    let article = |name: &str| {
        ws[0].eq_ignore_ascii_case("the")
            || (foreign::ARTICLES.contains(&ws[0].to_lowercase().as_str())
                && !name.starts_with(ws[0]))
    };
    if let [n] = names.as_slice()
        && words(n.text(chunk)).count() + usize::from(article(n.text(chunk))) == ws.len()
    {
        if team_like(&ws, n.text(chunk)) {
            return Said::Nothing;
        }
        return Said::Named(n.text(chunk).to_string());
    }
    let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    if lower.iter().any(|w| NOT_NOUN.contains(&w.as_str()))
        || lower.iter().all(|w| TITLES.contains(&w.as_str()))
    {
        return Said::Nothing;
    }
    let skip = usize::from(["the", "a", "an"].contains(&lower[0].as_str()));
    if ws.len() - skip > 6 || ws.len() == skip {
        return Said::Nothing;
    }
    // "the Syrian army", "the Afghan interior ministry": a named body.
    let body = lower
        .last()
        .is_some_and(|w| ORG_WORDS.contains(&w.as_str()))
        && ws[skip..].iter().any(|w| w.starts_with(char::is_uppercase));
    if body {
        return Said::Named(ws[skip..].join(" "));
    }
    // "an Iowa Republican", "a senior official": an unnamed source, kept
    // as the text describes it, with its article (no person's name). Not
    // a longer phrase or a document ("a statement from the board").
    let source = skip == 1
        && lower[0] != "the"
        && ws.len() <= 5
        && !lower[1..].iter().any(|w| is_stop_word(w))
        && !lower
            .last()
            .is_some_and(|w| DOCUMENTS.contains(&w.trim_end_matches('s')));
    if source {
        return Said::Named(format!("{} {}", lower[0], ws[1..].join(" ")));
    }
    Said::Named(lower[skip..].join(" "))
}

/// Whether a name stands in a part of an apposition only as an owner
/// ("Tideway's founding chairman"): the person the rest names speaks.
fn owner_only(part: &str, name: &str) -> bool {
    ["'s ", "\u{2019}s "]
        .iter()
        .any(|s| part.contains(&format!("{name}{s}")))
}

/// Whether a stretch of text ends a clause: sentence punctuation, a quote
/// mark, or a full stop that does not close an abbreviation ("Mr.", "U.S.").
pub(crate) fn clause_break(s: &str) -> bool {
    if s.contains([';', '?', '!', '"', '\u{201c}', '\u{201d}']) {
        return true;
    }
    s.match_indices('.')
        .any(|(i, _)| !abbreviation_dot(&s[..i]))
}

/// Whether a full stop right after `before` closes an abbreviation
/// ("Mr", "U.S", "Gen") rather than a sentence: the word before it holds
/// a dot or is a capitalised word of at most three letters.
fn abbreviation_dot(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    word.contains('.')
        || (word.chars().count() <= 3 && word.chars().next().is_some_and(char::is_uppercase))
}

/// Attribution written right after a quotation: `, X said`, `, said X`,
/// `he added`, `X told Y`.
pub(crate) fn after(ctx: &NameContext, tail: &str) -> Said {
    after_from(ctx, tail, false)
}

/// Attribution in the sentence after a quotation ("Ada Moss said."): as
/// [`after`], but the subject opens a sentence, so a capitalised adverb
/// there ("Eventually recalled by ...") is no name.
pub(crate) fn next_sentence(ctx: &NameContext, sentence: &str) -> Said {
    after_from(ctx, sentence, true)
}

/// [`after`], with whether `tail` opens a sentence.
fn after_from(ctx: &NameContext, tail: &str, at_start: bool) -> Said {
    let t = tail.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let ws: Vec<(usize, &str)> = words(t).take(12).collect();
    let Some(vi) = ws.iter().position(|(_, w)| is_reporting_verb(w)) else {
        return Said::Nothing;
    };
    // Nothing but the subject may come before the verb: no clause break.
    let before = &t[..ws[vi].0];
    if clause_break(before) || vi > 7 {
        return Said::Nothing;
    }
    // "a déclaré X", "ha detto X": an auxiliary, then the verb first.
    let aux_only = ws[..vi]
        .iter()
        .all(|(_, w)| foreign::AUXILIARIES.contains(&w.to_lowercase().as_str()));
    // "a-t-il déclaré", "sagte er": an auxiliary and a pronoun.
    if vi > 0
        && ws[..vi].iter().any(|(_, w)| is_pronoun(w))
        && ws[..vi].iter().all(|(_, w)| {
            is_pronoun(w) || foreign::AUXILIARIES.contains(&w.to_lowercase().as_str())
        })
    {
        return Said::Pronoun;
    }
    if vi > 0 && !aux_only {
        let opener = ws[0].1.to_lowercase();
        if CHUNK_STOP.contains(&opener.as_str()) || NOT_SUBJECT_AFTER.contains(&opener.as_str()) {
            return Said::Nothing;
        }
        return chunk_speaker(ctx, before, at_start);
    }
    // "said X": the subject follows the verb, up to a comma or a clause.
    let after_verb = &t[ws[vi].0 + ws[vi].1.len()..];
    let said = said_chunk(ctx, after_verb);
    // "said the harbour master, Tom Lazare, on Friday", "ha ammesso
    // l'allenatore del Verano, Paolo Ferri": a name in apposition after a
    // role (which may name the team or body the person serves).
    let role_first = after_verb.trim_start().starts_with(char::is_lowercase);
    if let Said::Named(role) = &said
        && (role_first || !role.starts_with(char::is_uppercase))
        && let Some(rest) = after_verb.split_once(',').map(|x| x.1)
        && let Said::Named(n) = said_chunk(ctx, rest)
        && n.starts_with(char::is_uppercase)
    {
        return Said::Named(n);
    }
    said
}

/// The subject right after a reporting verb, up to a comma, a clause or
/// a preposition.
fn said_chunk(ctx: &NameContext, after_verb: &str) -> Said {
    // A full stop closing an abbreviation ("said U.S. Attorney Ann Lee")
    // goes on; one ending the sentence stops the subject.
    let end = after_verb
        .match_indices([',', '.', ';', '"', '\u{201c}', '\u{201d}'])
        .find(|&(i, m)| m != "." || !abbreviation_dot(&after_verb[..i]))
        .map_or(after_verb.len(), |(i, _)| i);
    let chunk = &after_verb[..end];
    let cw: Vec<(usize, &str)> = words(chunk).collect();
    let stop = cw
        .iter()
        .position(|&(_, w)| {
            let l = w.to_lowercase();
            CHUNK_STOP.contains(&l.as_str())
                || l == "on"
                || l == "in"
                || l == "at"
                || foreign::PREPOSITIONS.contains(&w)
                || foreign::TIME_WORDS.contains(&l.as_str())
        })
        .unwrap_or(cw.len());
    if stop == 0 {
        return Said::Nothing;
    }
    // The subject's words one space apart, but a hyphen joining two
    // words kept ("said Hans-Peter Vogel").
    let mut subject = String::new();
    for (k, &(at, w)) in cw[..stop].iter().enumerate() {
        if k > 0 {
            let (prev_at, prev) = cw[k - 1];
            let gap = &chunk[prev_at + prev.len()..at];
            let hyphen = matches!(gap, "-" | "\u{2010}" | "\u{2011}");
            subject.push_str(if hyphen { gap } else { " " });
        }
        subject.push_str(w);
    }
    chunk_speaker(ctx, &subject, false)
}

/// Whether a capitalised word is an adjective of nationality ("European
/// states", "Chinese officials"), not a name that could speak.
fn demonym(w: &str) -> bool {
    ["an", "ese", "ish", "ic"].iter().any(|s| w.ends_with(s)) && w.chars().count() > 4
}

/// Attribution written before a quotation in its sentence: `X said`,
/// `X told reporters`, `X: "..."`, `..., saying "..."`.
pub(crate) fn before(ctx: &NameContext, head: &str) -> Said {
    let ws: Vec<(usize, &str)> = words(head).collect();
    if head.trim_end().ends_with(':') {
        return subject(ctx, head);
    }
    // "member states", "his calls": an -s form is a verb only after a
    // name or a pronoun ("Smith says", "he notes").
    let verb = (0..ws.len()).rev().find(|&i| {
        let w = ws[i].1;
        if !is_reporting_verb(w) {
            return false;
        }
        if w.ends_with('s') && w != "says" {
            return i > 0 && {
                let p = ws[i - 1].1;
                (p.chars().next().is_some_and(char::is_uppercase) && !demonym(p))
                    || PRONOUNS.contains(&p.to_lowercase().as_str())
            };
        }
        true
    });
    let Some(vi) = verb else {
        return Said::Nothing;
    };
    // "Chris was told", "she was asked": a passive's subject heard the
    // words; the text does not say here who said them.
    if passive(&ws, vi) {
        return Said::Nothing;
    }
    // Walk back from the verb over auxiliaries ("had told"), then over
    // the subject chunk.
    let mut vi = vi;
    while vi > 0 && AUXILIARIES.contains(&ws[vi - 1].1.to_lowercase().as_str()) {
        vi -= 1;
    }
    let mut first = vi;
    while first > 0 {
        let (at, w) = ws[first - 1];
        let gap = &head[at + w.len()..ws[first].0];
        let l = w.to_lowercase();
        if gap.contains([',', ';', ':', '.', '(', ')', '\u{2014}'])
            || CHUNK_STOP.contains(&l.as_str())
            || is_reporting_verb(&l)
        {
            break;
        }
        first -= 1;
    }
    if first == vi {
        // "..., saying": the sentence's subject speaks.
        return subject(ctx, &head[..ws[vi].0]);
    }
    chunk_speaker(ctx, &head[ws[first].0..ws[vi].0], first == 0)
}

/// Whether the reporting verb at word `vi` is a passive ("was told",
/// "were asked"): a form of "be" right before a verb not in "-ing" ("is
/// saying" is active).
fn passive(ws: &[(usize, &str)], vi: usize) -> bool {
    vi > 0
        && !ws[vi].1.ends_with("ing")
        && ["was", "were", "is", "are", "been", "being", "be"]
            .contains(&ws[vi - 1].1.to_lowercase().as_str())
}

/// The subject of a sentence: its first pronoun or person named.
fn subject(ctx: &NameContext, head: &str) -> Said {
    let first_pronoun = words(head)
        .find(|(_, w)| PRONOUNS.contains(&w.to_lowercase().as_str()))
        .map(|(at, _)| at);
    // A name written as an owner ("Tideway's founding chairman, Ada
    // Moss, said") is not the subject.
    let owner = |n: &NameSpan| {
        let rest = &head[n.name_range().end..];
        rest.starts_with("'s") || rest.starts_with("\u{2019}s")
    };
    let name = ctx.find(head, &[]).into_iter().find(|n| {
        (n.kind == FactKind::Person || ctx.is_person(&n.key))
            && !names_nobody(n.text(head))
            && !owner(n)
    });
    match (first_pronoun, name) {
        (Some(p), Some(n)) if p < n.range().start => Said::Pronoun,
        (_, Some(n)) => Said::Named(n.text(head).to_string()),
        (Some(_), None) => Said::Pronoun,
        (None, None) => Said::Nothing,
    }
}

/// `according to X` anywhere in the text.
pub(crate) fn according_to(ctx: &NameContext, text: &str) -> Said {
    // Lower case of the same byte length, so that offsets found in it hold
    // in `text` (a letter whose lower case is longer or shorter, "İ", is
    // kept as written).
    let lower: String = text
        .chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect();
    // A match starts a word ("consecondo" is none).
    let word_start = |at: usize| {
        lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    // Other languages' "according to", anywhere ("selon", "según",
    // "secondo", "laut"); a sentence opening "Pour X," or "Para X," says
    // the same in French and Spanish ("Pour Paul Roy, du syndicat, « ... »").
    let found = ACCORDING_TO
        .iter()
        .filter_map(|p| {
            lower
                .match_indices(p)
                .map(|(at, _)| at)
                .find(|&at| word_start(at))
                .map(|at| (at, p.len()))
        })
        .min()
        .or_else(|| {
            OPENING_FOR
                .iter()
                .find(|p| lower.trim_start().starts_with(*p))
                .map(|p| (lower.len() - lower.trim_start().len(), p.len()))
        });
    let Some(rest) = found.and_then(|(at, len)| text.get(at + len..)) else {
        return Said::Nothing;
    };
    let end = rest
        .find([',', '.', ';', '"', '\u{201c}', '\u{201d}'])
        .unwrap_or(rest.len());
    chunk_speaker(ctx, &rest[..end], false)
}

/// Words that say whose statement follows, in English and in the other
/// languages a cluster may mix in, as written in lower case.
const ACCORDING_TO: &[&str] = &[
    "according to ",
    "selon ",
    "d'apr\u{e8}s ",
    "d\u{2019}apr\u{e8}s ",
    "seg\u{fa}n ",
    "secondo ",
    "laut ",
];

/// Words that open a sentence giving someone's view ("Pour Paul Roy, ...").
const OPENING_FOR: &[&str] = &["pour ", "para "];

/// A person mentioned in a paragraph, for pronoun resolution.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Byte offset in the paragraph.
    pub at: usize,
    /// The name as written.
    pub name: String,
    /// The name is a clause subject (not after a preposition or "that").
    pub subject: bool,
}

/// Determiners that open a noun phrase a name may qualify.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "this",
];

/// The person mentions among a paragraph's names.
pub(crate) fn mentions(ctx: &NameContext, names: &[NameSpan], text: &str) -> Vec<Mention> {
    names
        .iter()
        .filter(|n| {
            (n.kind == FactKind::Person || ctx.is_person(&n.key)) && !names_nobody(n.text(text))
        })
        // A work's title in quote marks ("the film \u{201c}The One I Love\u{201d}")
        // is no one a pronoun could stand for.
        .filter(|n| !quoted_title(text, n.range().start, n.range().end))
        .map(|n| {
            let range = n.range();
            // The word before the name (only the text just before it is
            // read, so long paragraphs stay linear).
            let prev = text[..range.start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .map(|w| bare_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
                .unwrap_or_default();
            // "an early Tideway investor": a name after a determiner in
            // its noun phrase qualifies a noun; it is no clause subject.
            let mut from = range.start.saturating_sub(24);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let head = &text[from..range.start];
            let qualifies = head
                .rsplit(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty())
                .take(3)
                .take_while(|w| !w.ends_with([',', ';', ':', '.']))
                .any(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
            Mention {
                at: range.start,
                subject: !NOT_SUBJECT_AFTER.contains(&prev.as_str()) && !qualifies,
                name: n.text(text).to_string(),
            }
        })
        .collect()
}

/// Resolves a pronoun: the last subject named before `at` in this
/// paragraph, else in the one before; the last name at all if no subject.
pub(crate) fn resolve(here: &[Mention], before: &[Mention], at: usize) -> Option<String> {
    let here: Vec<&Mention> = here.iter().filter(|m| m.at < at).collect();
    for pool in [here, before.iter().collect()] {
        if let Some(m) = pool.iter().rev().find(|m| m.subject).or(pool.last()) {
            return Some(m.name.clone());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A context that knows the test's names as mid-sentence capitals.
    fn ctx() -> NameContext {
        let text = "We met Minister Lavrov, Secretary Tillerson, Mr. Chris, Mr. Lazare, \
                    President Putin, President Trump and President Assad.";
        let art = crate::model::Article {
            paragraphs: vec![crate::model::Paragraph::new(
                crate::model::ParaKind::Body,
                text.to_string(),
            )],
            ..crate::model::Article::default()
        };
        NameContext::learn(&[art])
    }

    fn named(s: &str) -> Said {
        Said::Named(s.to_string())
    }

    #[test]
    fn a_passive_subject_heard_the_words() {
        let c = ctx();
        assert_eq!(before(&c, "Lazare was told he was "), Said::Nothing);
        assert_eq!(before(&c, "Lazare was asked if it was "), Said::Nothing);
        assert_eq!(
            before(&c, "Lazare had told reporters it was "),
            named("Lazare")
        );
        assert_eq!(before(&c, "Lazare is saying it was "), named("Lazare"));
    }

    #[test]
    fn after_the_quote() {
        let c = ctx();
        assert_eq!(
            after(
                &c,
                ", Mr. Tillerson understated during the press conference."
            ),
            named("Tillerson")
        );
        assert_eq!(
            after(&c, ", said Sergei Lavrov, the foreign minister."),
            named("Sergei Lavrov")
        );
        assert_eq!(after(&c, ", he added."), Said::Pronoun);
        assert_eq!(after(&c, " Lazare tweeted Sunday."), named("Lazare"));
        assert_eq!(
            after(&c, ", the spokesman told reporters."),
            named("spokesman")
        );
        assert_eq!(after(&c, " if the two nations got along."), Said::Nothing);
        assert_eq!(after(&c, ", Dr said."), Said::Nothing);
        assert_eq!(
            after(&c, " after his Secretary of State received him."),
            Said::Nothing
        );
        assert_eq!(
            after(&c, " in Deir al-Zor, the Syrian army said."),
            Said::Nothing
        );
    }

    #[test]
    fn before_the_quote() {
        let c = ctx();
        assert_eq!(
            before(&c, "US President Donald Trump said the relationship "),
            named("Donald Trump")
        );
        assert_eq!(before(&c, "Lavrov had a ready retort: "), named("Lavrov"));
        assert_eq!(before(&c, "He said "), Said::Pronoun);
        assert_eq!(
            before(
                &c,
                "Russian President Vladimir Putin was pessimistic, saying in an interview, "
            ),
            named("Vladimir Putin")
        );
        assert_eq!(before(&c, "Chris said: "), named("Chris"));
        assert_eq!(before(&c, "The weather was "), Said::Nothing);
        assert_eq!(
            before(&c, "She said the employers had told her "),
            named("employers")
        );
        assert_eq!(
            before(&c, "Trump said the United States' relationship is "),
            named("Trump")
        );
        assert_eq!(
            before(
                &c,
                "Trump renewed his call for member states to pay, saying European states "
            ),
            named("Trump")
        );
        assert_eq!(
            before(&c, "Later, the Syrian army said an airstrike killed "),
            named("Syrian army")
        );
        assert_eq!(
            according_to(&c, "according to Ren Guoqiang, the talks "),
            named("Ren Guoqiang")
        );
    }

    #[test]
    fn speakers_are_people_or_named_bodies() {
        let c = ctx();
        // A name in apposition, either side of the role.
        assert_eq!(
            after(&c, ", Lazare, the harbour master, said."),
            named("Lazare")
        );
        assert_eq!(
            after(&c, ", said the harbour master, Tom Lazare, on Friday."),
            named("Tom Lazare")
        );
        // The role names the team the speaker coaches.
        assert_eq!(
            after(&c, ", said the coach of Verano, Paolo Ferri."),
            named("Paolo Ferri")
        );
        assert_eq!(
            after(&c, ", ha ammesso l'allenatore del Verano, Paolo Ferri."),
            named("Paolo Ferri")
        );
        // A role alone is kept in lower case (it is never shown) and a
        // title alone or a demonym is nobody.
        assert_eq!(before(&c, "Critics said the plan was "), named("critics"));
        assert!(names_nobody("NFL Coach"));
        assert!(names_nobody("Secretary of State"));
        assert!(names_nobody("Afghans"));
        assert!(!names_nobody("Coach Ada Lazare"));
        // A team is no speaker.
        assert_eq!(after(&c, ", the Rotterdam Dockers said."), Said::Nothing);
        // A capitalised adverb opening the next sentence is no name
        // ("Eventually recalled by the board, Lund ..."; at most a role
        // in lower case, never shown); a name is.
        assert_eq!(
            next_sentence(&c, "Eventually recalled by the board, Lund left."),
            named("eventually")
        );
        assert_eq!(next_sentence(&c, "Ada Lund added."), named("Ada Lund"));
        // An abbreviation's full stop inside the subject ends nothing.
        assert_eq!(
            after(&c, ", said U.S. Attorney Nina Cole."),
            named("Nina Cole")
        );
        // A named body after a French or Spanish reporting verb, with its
        // article, and a day after it.
        assert_eq!(after(&c, ", a déclaré la CGT lundi."), named("CGT"));
        assert_eq!(after(&c, ", dijo el PSOE ayer en Madrid."), named("PSOE"));
        // A capitalised article that opens the name is part of it.
        assert_eq!(after(&c, ", El Salvador said."), named("El Salvador"));
        assert_eq!(
            before(&c, "The rally moved on, where protesters said "),
            named("protesters")
        );
    }

    #[test]
    fn other_languages_and_embedded_posts() {
        let c = ctx();
        assert_eq!(
            after(&c, ", s\u{e4}ger Anna Berg vid m\u{f6}tet."),
            named("Anna Berg")
        );
        assert_eq!(
            after(&c, ", a d\u{e9}clar\u{e9} Marie Roux."),
            named("Marie Roux")
        );
        assert_eq!(after(&c, ", dit-elle."), Said::Pronoun);
        assert_eq!(after(&c, ", a-t-il ajout\u{e9}."), Said::Pronoun);
        assert_eq!(after(&c, ", sagte er."), Said::Pronoun);
        // "Han" is a name, not the Scandinavian pronoun.
        assert_eq!(after(&c, ", Han said."), named("Han"));
        assert_eq!(
            post_credit(" \u{2014} Ada Moss (@adamoss) March 3, 2019"),
            Some("Ada Moss".to_string())
        );
        assert_eq!(post_credit(" \u{2014} a reply (@ all)"), None);
    }

    #[test]
    fn an_owner_in_an_apposition_is_not_the_speaker() {
        // The cluster also names "Tideway" as if a person ("Mr. Tideway"):
        // written as an owner it still does not speak.
        let art = crate::model::Article {
            paragraphs: vec![crate::model::Paragraph::new(
                crate::model::ParaKind::Body,
                "We met Mr. Tideway and Ada Moss at the port.".to_string(),
            )],
            ..crate::model::Article::default()
        };
        let c = NameContext::learn(&[art]);
        assert_eq!(
            before(
                &c,
                "In March, Tideway\u{2019}s founding chairman, Ada Moss, said "
            ),
            named("Ada Moss")
        );
    }

    #[test]
    fn a_name_qualifying_a_noun_is_no_subject_for_a_pronoun() {
        let c = ctx();
        let text = "Mr. Lazare said he joined as an early Putin adviser.";
        let names = c.find(text, std::slice::from_ref(&(0..text.len())));
        let m = mentions(&c, &names, text);
        assert_eq!(resolve(&[], &m, 0).as_deref(), Some("Lazare"), "{m:?}");
        // Nor is the title of a work between quote marks.
        let text = "Mr. Lazare, who wrote \u{201c}The Glass Harbour Wall,\u{201d} said so.";
        let names = c.find(text, std::slice::from_ref(&(0..text.len())));
        let m = mentions(&c, &names, text);
        assert_eq!(resolve(&[], &m, 0).as_deref(), Some("Lazare"), "{m:?}");
    }

    #[test]
    fn pronouns_go_to_the_last_subject() {
        let c = ctx();
        let t = "Tillerson reiterated that Assad was behind the attack.";
        let m = mentions(&c, &c.find(t, std::slice::from_ref(&(0..t.len()))), t);
        assert_eq!(resolve(&m, &[], t.len()), Some("Tillerson".to_string()));
        let t2 = "While neither Tillerson nor Lavrov cited any, Lavrov agreed.";
        let m2 = mentions(&c, &c.find(t2, std::slice::from_ref(&(0..t2.len()))), t2);
        assert_eq!(resolve(&[], &m2, 0), Some("Lavrov".to_string()));
        assert_eq!(resolve(&[], &[], 0), None);
    }

    #[test]
    fn verb_forms() {
        for w in [
            "said", "says", "added", "told", "quipped", "denied", "saying", "noted", "tweeted",
        ] {
            assert!(is_reporting_verb(w), "{w}");
        }
        assert!(!is_reporting_verb("sad"));
    }
}
