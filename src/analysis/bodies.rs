//! Whether the words around a name show it to be a company or another
//! body rather than a person: a name of two given-name-like words
//! ("Morgan Stanley", "Lockheed Martin") reads as a person's unless its
//! sentence treats it as a body. Read by the name finder
//! ([`super::names`]), which types such a name an organisation here and,
//! through the cluster, wherever the same name recurs.
//!
//! The cues are general English usage, not a list of companies:
//! - a corporate word right after the name ("Morgan Stanley analysts",
//!   "Lockheed Martin stock", "Halvern Roe shares fell"), or after its
//!   possessive ("Lockheed Martin's board");
//! - "its" right after it, or after one verb and before what a company
//!   reports ("Halvern Roe said its profit rose"): people take "his",
//!   "her" or "their";
//! - an apposition whose head is a body ("Halvern Roe, the defence
//!   contractor, said");
//! - a company suffix ending the name ("Halvern Roe Industries").

/// Last words of a company's name that no person's ends with ("Johnson
/// Controls International", "Halvern Roe Industries"); the suffixes that
/// also end other bodies' names ("Inc", "Group") are organisation words
/// of the lexicon already.
const BODY_SUFFIXES: &[&str] = &[
    "international",
    "industries",
    "technologies",
    "co",
    "llc",
    "plc",
    "lp",
    "llp",
    "gmbh",
    "ag",
    "partners",
    "systems",
    "motors",
    "pharmaceuticals",
    "enterprises",
    "therapeutics",
    "brands",
    "airways",
    "communications",
    "entertainment",
    "solutions",
];

/// Whether a name's last word (lower case, bare) is a company suffix
/// ([`BODY_SUFFIXES`]).
pub(crate) fn is_body_suffix(word: &str) -> bool {
    BODY_SUFFIXES.contains(&word.trim_end_matches('.'))
}

/// Words that, right after a name, make it a body's ("Morgan Stanley
/// analysts"); none is a verb after a singular name.
const AFTER_NAME: &[&str] = &[
    "stock",
    "shareholders",
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "employees",
    "executives",
    "subsidiary",
    "headquarters",
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
];

/// Words that, after a name's possessive, make it a body's ("Lockheed
/// Martin's board"); a person's possessive rarely takes them.
///
/// Not "shares", "stock" or "shareholders": a person holds them too ("the
/// founder's shares"; review R3).
const AFTER_POSSESSIVE: &[&str] = &[
    "board",
    "earnings",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "subsidiary",
    "subsidiaries",
    "headquarters",
    "workforce",
    "employees",
    "ceo",
];

/// What a stock does: "shares" after a name is a body's only before one
/// of these ("Halvern Roe shares fell"; "Ada Lund shares a flat").
const SHARES_MOVE: &[&str] = &[
    "rose", "fell", "jumped", "slid", "dropped", "climbed", "gained", "closed", "traded", "surged",
    "tumbled", "slumped", "rallied", "were", "have", "had", "are",
];

/// What a body reports of its own after "said its" ("Halvern Roe said its
/// profit rose"); "its" alone after a verb may point anywhere ("Ada Lund
/// said its findings were flawed": the report's; review R3).
const ITS_BODY_NOUNS: &[&str] = &[
    "profit",
    "profits",
    "earnings",
    "revenue",
    "revenues",
    "sales",
    "board",
    "subsidiary",
    "subsidiaries",
    "headquarters",
    "workforce",
    "employees",
    "quarterly",
];

/// Head nouns of an apposition that make a name a body's ("Halvern Roe,
/// the defence contractor"). Not the heads that also name a person's
/// trade ("a film producer", "a ride operator", "a mail carrier",
/// "a supplier of props"; review R3).
const BODY_HEADS: &[&str] = &[
    "company",
    "firm",
    "bank",
    "lender",
    "maker",
    "manufacturer",
    "contractor",
    "retailer",
    "conglomerate",
    "insurer",
    "giant",
    "group",
    "corporation",
    "startup",
    "automaker",
    "chipmaker",
];

/// Words that may follow the head noun of an apposition ("Halvern Roe,
/// the defence contractor based in Ostrana").
const AFTER_HEAD: &[&str] = &[
    "that", "which", "based", "said", "says", "has", "had", "is", "was", "in", "with",
];

/// Bytes after a name searched for a cue.
const LOOK_AHEAD: usize = 160;

/// Modifiers an apposition may put before its head noun.
const MAX_MODIFIERS: usize = 3;

/// Whether the sentence after a name (ending at byte `end` of `text`,
/// its last word `last` as written) treats it as a body (see the module
/// docs).
pub(crate) fn corporate_cue(text: &str, last: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    // The cues sit within a few words: a long paragraph is not read to
    // its end after each of its names.
    let mut cut = rest.len().min(LOOK_AHEAD);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let possessive = last.ends_with("'s") || last.ends_with("\u{2019}s");
    // The next words of the same sentence, in lower case.
    let clause = rest
        .split(['.', ';', '!', '?', '\n'])
        .next()
        .unwrap_or_default();
    let after: Vec<String> = crate::text::words_once(clause)
        .take(MAX_MODIFIERS + 4)
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let word = |k: usize| after.get(k).map_or("", String::as_str);
    if possessive {
        return AFTER_POSSESSIVE.contains(&word(0))
            || (word(0) == "chief" && word(1) == "executive");
    }
    if AFTER_NAME.contains(&word(0))
        || (word(0) == "shares" && SHARES_MOVE.contains(&word(1)))
        || word(0) == "its"
        || (word(1) == "its" && ITS_BODY_NOUNS.contains(&word(2)))
    {
        return true;
    }
    apposition_names_body(rest)
}

/// Words a person takes right after the verb that follows the name ("Ada
/// Lund lost his workshop"); a body takes "its". Not "her", which is as
/// often an object ("Halvern Roe paid her").
const PERSON_AFTER_VERB: &[&str] = &["his", "himself", "herself"];

/// Words of the clause after a name searched for "said he".
const SPEAKER_WINDOW: usize = 8;

/// Words a reporting verb's object or time may put between it and "he"
/// or "she" ("told reporters she", "said on Monday he").
const MAX_OBJECT: usize = 2;

/// Whether the sentence after a name (ending at byte `end` of `text`)
/// treats it as a person's: "who" right after it (a body takes "which"),
/// an age in commas ("Ada Lund, 54,"), a reporting verb with "he" or
/// "she" at most `MAX_OBJECT` words after it, within a few words ("Ada Lund, a furniture maker, said
/// he ..."), or "his"/"himself"/"herself" after its verb. The names
/// module weighs these against [`corporate_cue`] over every mention of a
/// name (review R4).
pub(crate) fn person_cue(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let mut cut = rest.len().min(LOOK_AHEAD);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let clause = rest
        .split(['.', ';', '!', '?', '\n', '"', '\u{201c}', '\u{201d}'])
        .next()
        .unwrap_or_default();
    if let Some(age) = clause.strip_prefix(", ") {
        let digits = age.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && age[digits..].starts_with(',') {
            return true;
        }
    }
    let after: Vec<String> = crate::text::words_once(clause)
        .take(SPEAKER_WINDOW)
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let word = |k: usize| after.get(k).map_or("", String::as_str);
    if word(0) == "who" {
        return true;
    }
    if PERSON_AFTER_VERB.contains(&word(1)) {
        return true;
    }
    // "said he", "told reporters she", "said on Monday he".
    after.iter().enumerate().any(|(k, w)| {
        super::attribution::is_reporting_verb(w)
            && after[k + 1..]
                .iter()
                .take(MAX_OBJECT + 1)
                .any(|p| p == "he" || p == "she")
    })
}

/// Whether `rest`, the text after a name, opens with an apposition whose
/// head is a body (", the defence contractor," / ", a bank based in").
fn apposition_names_body(rest: &str) -> bool {
    let Some(after_comma) = rest.trim_start().strip_prefix(',') else {
        return false;
    };
    let words: Vec<(usize, &str)> = crate::text::words_once(after_comma)
        .take(MAX_MODIFIERS + 3)
        .collect();
    if !words
        .first()
        .is_some_and(|(_, w)| ["the", "a", "an"].contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    for k in 1..words.len().min(MAX_MODIFIERS + 2) {
        let (at, w) = words[k];
        let lower = w.to_lowercase();
        if !BODY_HEADS.contains(&lower.as_str()) {
            continue;
        }
        // The head ends the apposition: punctuation or a word that goes
        // on after a head follows ("a bank executive" is a person).
        let tail = after_comma[at + w.len()..].trim_start();
        let next = words.get(k + 1).map(|(_, n)| n.to_lowercase());
        return tail.starts_with([',', '.', ';', ')'])
            || tail.is_empty()
            || next.is_some_and(|n| AFTER_HEAD.contains(&n.as_str()));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue after the name that opens `text` (its first two words).
    fn cue(text: &str) -> bool {
        let mut ws = crate::text::words_once(text);
        ws.next();
        let (at, last) = ws.next().expect("two words");
        corporate_cue(text, last, at + last.len())
    }

    #[test]
    fn corporate_words_its_and_body_appositions_are_cues() {
        assert!(cue("Halvern Roe analysts expect a cut."));
        assert!(cue("Halvern Roe shares fell 4% on Monday."));
        assert!(cue("Halvern Roe's board met on Friday."));
        assert!(cue("Halvern Roe\u{2019}s chief executive resigned."));
        assert!(cue("Halvern Roe said its profit rose."));
        assert!(cue(
            "Halvern Roe, the defence contractor, said it would appeal."
        ));
        assert!(cue("Halvern Roe, a bank based in Ostrana, said so."));
        assert!(cue("Halvern Roe, the company, declined to comment."));
    }

    #[test]
    fn a_person_s_sentence_gives_no_cue() {
        assert!(!cue("Ada Lund shares a flat with two friends."));
        assert!(!cue("Ada Lund said his team would appeal."));
        assert!(!cue("Ada Lund said she would appeal."));
        assert!(!cue("Ada Lund, a bank executive, said so."));
        assert!(!cue("Ada Lund, the company's founder, said so."));
        assert!(!cue("Ada Lund's spokesman declined to comment."));
        assert!(!cue("Ada Lund. Its members met."));
        // Review R3: "its" pointing elsewhere, a trade's head, a person's
        // shares.
        assert!(!cue("Ada Lund said its findings were deeply flawed."));
        assert!(!cue("Ada Lund, a film producer, said so."));
        assert!(!cue("Ada Lund's shares in the plant were sold."));
        // Text that ends at the name, or a range past the text: no panic.
        assert!(!cue("Ada Lund"));
        assert!(!corporate_cue("Ada", "Ada", 10));
    }

    /// The person cue after the name that opens `text` (its first two
    /// words).
    fn person(text: &str) -> bool {
        let mut ws = crate::text::words_once(text);
        ws.next();
        let (at, last) = ws.next().expect("two words");
        person_cue(text, at + last.len())
    }

    #[test]
    fn who_an_age_and_a_speaking_he_or_she_are_person_cues() {
        assert!(person("Ada Lund, who runs the bakery, agreed."));
        assert!(person("Ada Lund, 54, was at home."));
        assert!(person("Jon Pell, a furniture maker, said he lost it all."));
        assert!(person("Jon Pell told reporters she had left."));
        assert!(person("Jon Pell lost his workshop."));
        // A body's sentences, or a pronoun that is no speaker's.
        assert!(!person("Halvern Roe, which builds radars, agreed."));
        assert!(!person("Halvern Roe said its profit rose."));
        assert!(!person("Halvern Roe paid her a bonus."));
        assert!(!person("Halvern Roe shares fell. He said so."));
        assert!(!person("Halvern Roe, 54 Main Street, closed."));
        assert!(!person("Ada Lund"));
        assert!(!person_cue("Ada", 10));
    }
}
