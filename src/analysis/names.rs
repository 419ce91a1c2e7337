//! Names in running text: capitalised word sequences that the sentence
//! start does not explain, classified as person, place, organisation or
//! other, with a comparison key that makes known variants equal
//! ("U.S." = "USA" = "United States", "Nato" = "NATO", "Sergey" = "Sergei").
//!
//! Quotes (speakers), facts (named entities) and wording (entity variants)
//! all read names through this module, with one [`NameContext`] learnt
//! from the whole cluster.

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use super::FactKind;
use super::lexicon::{
    ALIASES, ORG_WORDS, OTHER_WORDS, PARTICLES, PLACE_AFTER, PLACE_PREFIXES, PRE_NAME_ROLES,
    WEEKDAYS, is_place, is_title,
};
use super::quantities::is_month_at;
use crate::model::Article;
use crate::text::furniture::lang::{self, Tongue};
use crate::text::{is_stop_word, normalize, normalize_cow, words};

/// One name found in a paragraph.
///
/// The context holds every paragraph's names from the first pass until
/// the facts are found: the name as written is read from the paragraph
/// ([`NameSpan::text`]), not copied, and the offsets are `u32` (inputs are
/// far below 4 GiB). Held as a copy and `usize` ranges, the names of two
/// 5 MB reports were 88 bytes each plus a block per copy (22 MiB at the
/// analysis's peak).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameSpan {
    /// Byte range in the paragraph text (titles included).
    range: Range<u32>,
    /// Byte range of the name alone (no title, no possessive).
    name_range: Range<u32>,
    /// Comparison key (aliases and transliterations folded).
    pub key: Box<str>,
    /// What the name denotes, as far as the text tells.
    pub kind: FactKind,
    /// Whether a title preceded the name ("President", "Mr.").
    pub titled: bool,
}

/// A byte offset into a loaded text as `u32` (inputs are capped far
/// below 4 GiB: [`crate::load::MAX_TOTAL_BYTES`]).
fn offset32(at: usize) -> u32 {
    u32::try_from(at).expect("texts under 4 GiB")
}

impl NameSpan {
    /// Byte range in the text it was found in (titles included).
    pub(crate) fn range(&self) -> Range<usize> {
        self.range.start as usize..self.range.end as usize
    }

    /// Byte range of the name alone (no title, no possessive).
    pub(crate) fn name_range(&self) -> Range<usize> {
        self.name_range.start as usize..self.name_range.end as usize
    }

    /// The name as written, without titles and possessive: its part of
    /// `source`, which must be the text the span was found in (the
    /// paragraph given to the name finder). Another text gives an empty
    /// name where the range does not fall on its character boundaries,
    /// never a panic.
    pub(crate) fn text<'t>(&self, source: &'t str) -> &'t str {
        source.get(self.name_range()).unwrap_or("")
    }
}

/// What the whole cluster says about words and names.
#[derive(Debug, Default, Clone)]
pub(crate) struct NameContext {
    /// Words seen capitalised away from a sentence start.
    mid_caps: HashSet<String>,
    /// The same, in paragraphs of languages that capitalise only names
    /// (not German, which capitalises every noun).
    name_caps: HashSet<String>,
    /// Words seen written in lower case ("resident", "engineer").
    lower_words: HashSet<String>,
    /// Keys of names known to be people (titled, or "First Last").
    persons: HashSet<String>,
    /// Names (lower case) of two words or more the cluster treats as a
    /// body somewhere ("Morgan Stanley analysts", [`super::bodies`]), and
    /// such names without their corporate suffix ("Johnson Controls" of
    /// "Johnson Controls International"): bodies wherever they recur, not
    /// people.
    bodies: HashSet<String>,
    /// The names of every paragraph, `[article][paragraph]`, found once
    /// with all of the above known.
    by_paragraph: Vec<Vec<Vec<NameSpan>>>,
}

/// Lower-cases, drops a possessive and trailing dots.
pub(crate) fn bare_word(w: &str) -> String {
    let f = normalize_cow(w);
    let f = f
        .strip_suffix("'s")
        .or_else(|| f.strip_suffix('\''))
        .unwrap_or(&f);
    f.trim_end_matches('.').to_lowercase()
}

/// A lower-case Latin letter without its accent ("í" → "i", "ñ" → "n"):
/// one report writes "Martín Ríos", another "Martin Rios", a French
/// site keeps "Müller" that an English one spells "Muller".
fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// Folds common transliteration variants of a word: Sergey/Sergei,
/// Dmitry/Dmitri, Zelenskiy/Zelenskyy/Zelensky.
pub(crate) fn translit(word: &str) -> String {
    // `base_letter` keeps ASCII as it is; "yy" is looked for byte-wise
    // (`replace` builds a substring searcher on every call).
    let w: String = if word.is_ascii() {
        word.to_string()
    } else {
        word.chars().map(base_letter).collect()
    };
    let w = if w
        .as_bytes()
        .windows(2)
        .any(|p| p[0] == b'y' && p[1] == b'y')
    {
        w.replace("yy", "y")
    } else {
        w
    };
    if let Some(stem) = w.strip_suffix("ey") {
        return format!("{stem}ei");
    }
    if let Some(stem) = w.strip_suffix("iy") {
        return format!("{stem}i");
    }
    if w.len() > 4
        && let Some(stem) = w.strip_suffix('y')
        && stem.ends_with(|c: char| !"aeiou".contains(c))
    {
        return format!("{stem}i");
    }
    w
}

/// The alias key of a name's comparison form ("u.s" → "us"), if the
/// alias table knows it.
pub(crate) fn alias_key(lower: &str) -> Option<&'static str> {
    ALIASES.iter().find(|(a, _)| *a == lower).map(|(_, k)| *k)
}

/// The comparison key of a name as written (titles already removed).
pub(crate) fn name_key(text: &str, kind: FactKind) -> String {
    let lower: String = crate::text::lowercase(&normalize_cow(text)).into_owned();
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(&lower)
        .trim_end_matches('.')
        .to_string();
    if let Some((_, k)) = ALIASES.iter().find(|(a, _)| *a == lower) {
        return (*k).to_string();
    }
    // The Persian/Urdu connector between the words of a name is written
    // "-e-" or "-i-" (Mazar-e-Sharif, Koh-i-Noor): one key for both.
    let parts: Vec<String> = lower
        .split([' ', '-'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            if p == "i" {
                "e".to_string()
            } else {
                translit(p)
            }
        })
        .collect();
    if kind == FactKind::Person {
        // People are named by surname once introduced.
        if let Some(last) = parts
            .iter()
            .rev()
            .find(|p| !PARTICLES.contains(&p.as_str()))
        {
            return last.clone();
        }
    }
    parts.join(" ")
}

/// Roles that may follow a name in a capitalised run ("Tideway CEO") and
/// are never the end of a name themselves.
const TRAILING_ROLES: &[&str] = &[
    "ceo",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "president",
    "minister",
    "secretary",
    "coach",
    "founder",
    "executive",
    "cfo",
    "coo",
];

/// Whether a word starts with a capital (or is an acronym).
fn is_capital(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the byte offset opens a sentence-like unit: the paragraph
/// start, or after an opening quote mark, a colon or a dash.
fn opens_unit(text: &str, at: usize, sentence_starts: &[usize]) -> bool {
    if sentence_starts.binary_search(&at).is_ok() {
        return true;
    }
    let before = text[..at].trim_end();
    // "d'Arequipa", "l’Unesco": an apostrophe glued to a lower-case
    // article is an elision, not an opening quote.
    if before.len() == text[..at].len()
        && before.ends_with(['\'', '\u{2019}'])
        && before
            .trim_end_matches(['\'', '\u{2019}'])
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase)
    {
        return false;
    }
    // A dateline's dash opens the lead: "LIMA (AFP) - Au moins", "Lima, 3
    // mar (EFE).- Al menos", "PARIS – The".
    before.is_empty()
        || before.ends_with([
            '"', '\u{201c}', '\u{201e}', '\u{ab}', '\'', '\u{2018}', ':', '(', '[', '\u{2014}',
            '\u{2013}',
        ])
        || before.ends_with(" -")
        || before.ends_with(".-")
}

/// A word without the elided article or preposition glued to it in
/// French and Italian ("d'Arequipa", "l'Unesco", "dell'Aquila"): the name
/// is what follows. A capital elision ("D'Angelo", "O'Brien") is part of
/// the name.
fn elided((at, w): (usize, &str)) -> (usize, &str) {
    // Most words have no apostrophe (U+2019 opens with byte 0xE2): one
    // pass over the bytes settles them.
    if !w.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return (at, w);
    }
    for mark in ['\'', '\u{2019}'] {
        if let Some(k) = w.find(mark) {
            let (head, rest) = (&w[..k], &w[k + mark.len_utf8()..]);
            let article = ["d", "l", "qu", "dell", "nell", "all", "dall", "sull"].contains(&head);
            if article && rest.starts_with(char::is_uppercase) {
                return (at + k + mark.len_utf8(), rest);
            }
        }
    }
    (at, w)
}

/// Words that follow a name after a hyphen to make an adjective
/// ("Obama-era", "Kremlin-led", "Tesla-like"), not a name's syllable.
const HYPHEN_SUFFIXES: &[&str] = &[
    "era", "led", "run", "old", "new", "type", "like", "born", "made", "held", "wide", "free",
    "bred", "fed", "won", "set", "up", "on", "off", "out", "down", "by", "to", "the", "and", "of",
    "for", "end", "day", "year", "man", "men", "all", "only", "less", "rich", "poor", "area",
    "zone", "bound", "ish",
];

/// Whether `number` after `prefix` and a hyphen is a designation's
/// number ("35" of "F-35", "19" of "Covid-19"): it opens with a digit, is
/// no year, and the prefix is no ordinary one ("Mid-2017", "Under-21",
/// review R5).
pub(crate) fn designator(prefix: &str, number: &str) -> bool {
    let year = number.len() == 4
        && number.bytes().all(|b| b.is_ascii_digit())
        && number.starts_with(['1', '2']);
    number.starts_with(|c: char| c.is_ascii_digit())
        && !year
        && !ORDINARY_PREFIXES.contains(&bare_word(prefix).as_str())
}

/// Prefixes joined by a hyphen to a number that make a phrase, not a
/// model's name ("Mid-30s", "Under-21", "Top-10").
const ORDINARY_PREFIXES: &[&str] = &[
    "mid", "pre", "post", "early", "late", "under", "over", "top", "non", "anti", "pro", "ex",
];

/// Whether a lower-case word after a hyphen is the second syllable of a
/// given name ("Ing-wen", "Jae-in", "Jong-un"): short, letters only, with a
/// vowel, and no adjective-making suffix of [`HYPHEN_SUFFIXES`].
fn hyphen_tail(w: &str) -> bool {
    (1..=4).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && w.bytes().any(|b| b"aeiouy".contains(&b))
        && !HYPHEN_SUFFIXES.contains(&w)
}

/// Whether a capitalised word at a sentence start opens a name: the next
/// word, after one space, is capitalised too and no stop word, month or
/// weekday ("Ajmal Jan, a shopkeeper, said").
fn opens_name(text: &str, ws: &[(usize, &str)], i: usize) -> bool {
    // "Although Ford had ...": a connective opening the clause is no
    // given name.
    if CONNECTIVES.contains(&bare_word(ws[i].1).as_str()) {
        return false;
    }
    ws.get(i + 1).is_some_and(|&(at, next)| {
        let lower = bare_word(next);
        let gap = &text[ws[i].0 + ws[i].1.len()..at];
        // "Jean-Luc Martin", "Al-Shabaab": a hyphenated name opens the
        // sentence; "F-35 jets", "MH-17": so does a letter code's model.
        if gap == "-" {
            return is_capital(next)
                || (designator(ws[i].1, next)
                    && (is_acronym(ws[i].1) || ws[i].1.chars().count() == 1));
        }
        gap == " "
            && is_capital(next)
            && !is_stop_word(&lower)
            && !is_month_at(text, ws, i + 1)
            && !WEEKDAYS.contains(&lower.as_str())
    })
}

/// Words that open a clause and are no stop words: capitalised at a
/// sentence start before a name ("Although Ford had ..."), they are no
/// part of it.
const CONNECTIVES: &[&str] = &[
    "although",
    "though",
    "whereas",
    "unless",
    "whether",
    "despite",
    "meanwhile",
    "however",
    "since",
    "while",
    "when",
    "until",
    "once",
    "if",
    "yet",
    "still",
    "instead",
    "thus",
    "hence",
    "perhaps",
    "like",
    "unlike",
    "following",
    "amid",
    "including",
    "besides",
];

/// Whether the name at `start..end` sits alone between quote marks, as
/// the title of a work ("the film \u{201c}The One I Love,\u{201d}"): no one who
/// speaks, whatever its words. (Its kind stays what its words say, so
/// that another report writing it without marks shares its key.)
pub(crate) fn quoted_title(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let before = ["The", "A", "An"]
        .iter()
        .find_map(|a| before.strip_suffix(a))
        .map_or(before, str::trim_end);
    let after = text[end..].trim_start_matches([',', '.', '!', '?']);
    before.ends_with(['"', '\u{201c}', '\u{2018}'])
        && after.starts_with(['"', '\u{201d}', '\u{2019}'])
}

/// Whether every content word of a line is capitalised (a Title Case
/// headline, where capitals say nothing).
fn title_case(text: &str) -> bool {
    let mut caps = 0;
    for (_, w) in words(text) {
        if is_capital(w) {
            caps += 1;
        } else if !is_stop_word(&w.to_lowercase()) {
            // One lower-case content word settles it (and ends the scan
            // early on ordinary prose).
            return false;
        }
    }
    caps >= 4
}

impl NameContext {
    /// Learns capitalised words and people from every paragraph.
    pub(crate) fn learn(articles: &[Article]) -> Self {
        let mut ctx = NameContext::default();
        // Per report, whether its prose is German: a short line of it
        // (a heading, a link title) names no language by itself.
        let german: Vec<bool> = lang::of_reports(articles)
            .into_iter()
            .map(|t| t == Some(GERMAN))
            .collect();
        ctx.learn_words(articles, &german);
        // Paragraphs are scanned in parallel; the sets are filled after, in
        // input order, so results do not depend on scheduling.
        // With each report's names, each one's [`Mark`] (no person is
        // known yet, no body), in one list per report (one per paragraph was 1.5 MiB more at the
        // peak of two 5 MB reports).
        let first: Vec<(Vec<Vec<NameSpan>>, Vec<Mark>)> = articles
            .par_iter()
            .zip(&german)
            .map(|(art, &g)| {
                let mut open = Vec::new();
                let names = art
                    .paragraphs
                    .iter()
                    .map(|p| ctx.scan_marked(&p.text, &p.sentences, true, g, Some(&mut open)))
                    .collect();
                (names, open)
            })
            .collect();
        // Names typed bodies somewhere are bodies everywhere, and no
        // person's (their key would be a surname: "Lockheed Martin" →
        // "martin"), unless their mentions give as many person cues as
        // body readings (review R4: "Jon Pell, a furniture maker, said
        // he"; a surname that is a company suffix, "Kira Brands, who").
        let readings = body_names(first.iter().map(|(names, _)| names), articles);
        let spoken = spoken_for(&readings, first.iter().map(|(names, _)| names), articles);
        ctx.bodies = readings
            .into_iter()
            .filter(|(name, _)| !spoken.contains(name))
            .map(|(name, _)| name)
            .collect();
        // A body only by a cue around it, in one mention of a name the
        // cluster reads as a person's, is that person.
        let person_by_cues = |n: &NameSpan, mark: Mark, text: &str| {
            mark == Mark::BodyByCue
                && !spoken.is_empty()
                && spoken.contains(&normalize(n.text(text)).to_lowercase())
        };
        let is_body = |n: &NameSpan, text: &str| {
            !ctx.bodies.is_empty()
                && n.kind == FactKind::Person
                && !n.titled
                && ctx.bodies.contains(&normalize(n.text(text)).to_lowercase())
        };
        let persons = first
            .iter()
            .zip(articles)
            .flat_map(|((names, marks), art)| {
                names
                    .iter()
                    .zip(&art.paragraphs)
                    .flat_map(|(names, p)| names.iter().map(move |n| (n, p)))
                    .zip(marks.iter().copied())
            });
        let persons: Vec<String> = persons
            .filter(|((n, p), mark)| {
                n.kind == FactKind::Person && !is_body(n, &p.text)
                    || person_by_cues(n, *mark, &p.text)
            })
            .map(|((n, p), _)| match n.kind {
                FactKind::Person => n.key.to_string(),
                _ => name_key(n.text(&p.text), FactKind::Person),
            })
            .collect();
        ctx.persons.extend(persons);
        // Known persons change only names that came out as `Other` at
        // `classify`'s last test and whose key is a person's: those become
        // persons, as a second scan would make them (the runs a scan finds
        // and every other test do not read the persons; scanning each such
        // paragraph again was 2.5 % of a 50-report run).
        let by_paragraph = first
            .into_par_iter()
            .zip(articles)
            .map(|((paragraphs, open), art)| {
                // A paragraph's names take its flags off the report's list.
                let mut open = open.into_iter();
                paragraphs
                    .into_iter()
                    .zip(&art.paragraphs)
                    .map(|(mut names, p)| {
                        for (n, mark) in names.iter_mut().zip(open.by_ref()) {
                            if person_by_cues(n, mark, &p.text) {
                                n.kind = FactKind::Person;
                                n.key =
                                    name_key(n.text(&p.text), FactKind::Person).into_boxed_str();
                                continue;
                            }
                            if is_body(n, &p.text) {
                                n.kind = FactKind::Organisation;
                                n.key = name_key(n.text(&p.text), FactKind::Organisation)
                                    .into_boxed_str();
                                continue;
                            }
                            if mark != Mark::Open {
                                continue;
                            }
                            let key = name_key(n.text(&p.text), FactKind::Person);
                            if ctx.persons.contains(&key) {
                                n.kind = FactKind::Person;
                                n.key = key.into_boxed_str();
                            }
                        }
                        // Held until the facts are found: no spare capacity.
                        names.shrink_to_fit();
                        names
                    })
                    .collect()
            })
            .collect();
        ctx.by_paragraph = by_paragraph;
        ctx
    }

    /// Learns which words the cluster capitalises inside sentences and
    /// which it writes in lower case (`german`: per report, whether its
    /// prose is German).
    fn learn_words(&mut self, articles: &[Article], german: &[bool]) {
        for (art, &german) in articles.iter().zip(german) {
            for p in &art.paragraphs {
                if title_case(&p.text) {
                    continue;
                }
                let starts: Vec<usize> = p.sentences.iter().map(|r| r.start).collect();
                let nouns_capitalised = capitalises_nouns(&p.text, german);
                for (at, w) in words(&p.text) {
                    if is_capital(w) && !opens_unit(&p.text, at, &starts) {
                        let bare = bare_word(w);
                        if !nouns_capitalised {
                            self.name_caps.insert(bare.clone());
                        }
                        self.mid_caps.insert(bare);
                    } else if w.starts_with(char::is_lowercase) && !self.lower_words.contains(w) {
                        // As written: no allocation for a word seen before.
                        self.lower_words.insert(w.to_string());
                    }
                }
            }
        }
    }

    /// The names of paragraph `paragraph` of report `article` (empty for
    /// a paragraph the context did not learn).
    pub(crate) fn names_of(&self, article: usize, paragraph: usize) -> &[NameSpan] {
        self.by_paragraph
            .get(article)
            .and_then(|a| a.get(paragraph))
            .map_or(&[], Vec::as_slice)
    }

    /// Takes the names of paragraph `paragraph` of report `article` out of
    /// the context (as [`NameContext::names_of`]; empty afterwards), so
    /// that a consumer reading each paragraph once frees them as it goes.
    pub(crate) fn take_names(&mut self, article: usize, paragraph: usize) -> Vec<NameSpan> {
        self.by_paragraph
            .get_mut(article)
            .and_then(|a| a.get_mut(paragraph))
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// Whether a key names a known person.
    pub(crate) fn is_person(&self, key: &str) -> bool {
        self.persons.contains(key)
    }

    /// Finds the names of one paragraph.
    pub(crate) fn find(&self, text: &str, sentences: &[Range<usize>]) -> Vec<NameSpan> {
        self.scan(text, sentences, true, false)
    }

    /// Finds the names of a phrase cut out of a sentence (a speaker
    /// chunk), where no word stands at a sentence start.
    pub(crate) fn find_in_phrase(&self, text: &str) -> Vec<NameSpan> {
        self.scan(text, &[], false, false)
    }

    /// Finds the names of a text; `german` says that its report's prose
    /// is German (for a line too short to tell by itself).
    fn scan(
        &self,
        text: &str,
        sentences: &[Range<usize>],
        starts_count: bool,
        german: bool,
    ) -> Vec<NameSpan> {
        self.scan_marked(text, sentences, starts_count, german, None)
    }

    /// [`NameContext::scan`], pushing to `open` for each name its [`Mark`].
    fn scan_marked(
        &self,
        text: &str,
        sentences: &[Range<usize>],
        starts_count: bool,
        german: bool,
        mut open: Option<&mut Vec<Mark>>,
    ) -> Vec<NameSpan> {
        let starts: Vec<usize> = sentences.iter().map(|r| r.start).collect();
        let all_initial = starts_count && title_case(text);
        // In German every noun is capitalised: a capital says "name" only
        // for a word the cluster capitalises in other languages too, an
        // acronym, a known place, or a run of capitalised words
        // ("Feuerwehrsprecherin Ilse Kramer").
        let nouns_capitalised = starts_count && capitalises_nouns(text, german);
        let ws: Vec<(usize, &str)> = words(text).map(elided).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let (at, w) = ws[i];
            // Only a capitalised word can open a name (`usable` needs
            // one): the others are skipped before any lower-casing.
            if !is_capital(w) {
                i += 1;
                continue;
            }
            let lower = bare_word(w);
            let initial = all_initial || (starts_count && opens_unit(text, at, &starts));
            // "S&P", "AT&T": a letter before an ampersand opens a name.
            let ampersand_next = ws.get(i + 1).is_some_and(|&(next_at, next)| {
                text[at + w.len()..next_at] == *"&" && is_capital(next)
            });
            let usable = is_capital(w)
                && (is_acronym(w) || is_title(&lower) || !is_stop_word(&lower) || ampersand_next)
                && !is_month_at(text, &ws, i)
                && !WEEKDAYS.contains(&lower.as_str())
                && (!initial
                    || self.mid_caps.contains(&lower)
                    || is_acronym(w)
                    || is_title(&lower)
                    || (!all_initial && !nouns_capitalised && opens_name(text, &ws, i)));
            // "Resident Joan Pike said": a sentence's first word that the
            // cluster writes in lower case and never capitalises inside a
            // sentence is a common noun, not the start of the name.
            let common = initial
                && !all_initial
                && !self.mid_caps.contains(&lower)
                && self.lower_words.contains(&lower)
                && !is_title(&lower);
            if !usable || common {
                i += 1;
                continue;
            }
            let end = self.run_end(text, &ws, i, nouns_capitalised);
            let lone_noun = nouns_capitalised
                && end == i
                && !is_acronym(w)
                && !is_place(&lower)
                && !self.name_caps.contains(&lower);
            if !lone_noun && let Some((n, mark)) = self.classify(text, &ws[i..=end]) {
                if let Some(open) = open.as_deref_mut() {
                    open.push(mark);
                }
                out.push(n);
            }
            i = end + 1;
        }
        out
    }

    /// The last word of the name that word `i` opens: capitalised words
    /// joined by spaces, hyphens, ampersands, abbreviations' full stops,
    /// particles, a body's connectors and a designation's number.
    fn run_end(
        &self,
        text: &str,
        ws: &[(usize, &str)],
        i: usize,
        nouns_capitalised: bool,
    ) -> usize {
        let mut j = i + 1;
        let mut end = i;
        // Capitalised words since the last "for", "on" or "of" of a
        // body's name (usize::MAX before any).
        let mut after_connector = usize::MAX;
        while j < ws.len() {
            let gap = &text[ws[j - 1].0 + ws[j - 1].1.len()..ws[j].0];
            let prev_word = ws[j - 1].1;
            // "Rock & Roll Hall of Fame", "AT&T": an ampersand
            // between capitalised words is inside one name.
            // Not between places ("Kentucky & New Mexico" are two).
            let ampersand = (gap == " & " || gap == "&")
                && is_capital(ws[j].1)
                && !is_place(&bare_word(prev_word))
                && !is_place(&bare_word(ws[j].1));
            let joinable = gap.chars().all(char::is_whitespace)
                || ampersand
                || (gap == "-" && (!is_acronym(prev_word) || designator(prev_word, ws[j].1)))
                || (gap == ". " && abbreviation(prev_word));
            if !joinable || ws[j - 1].1.ends_with("'s") || ws[j - 1].1.ends_with("\u{2019}s") {
                break;
            }
            let wj = ws[j].1;
            if is_capital(wj)
                && !is_month_at(text, ws, j)
                && !WEEKDAYS.contains(&bare_word(wj).as_str())
            {
                end = j;
                j += 1;
                after_connector = after_connector.saturating_add(1);
            } else if wj == "and" && end == i && self.and_joins(text, ws, i, j) {
                // "Customs and Border Protection": one body's name.
                j += 1;
            } else if ["for", "on", "and"].contains(&wj)
                && gap == " "
                && (wj != "and" || after_connector == 1)
                && body_goes_on(text, ws, i..=end, j)
            {
                // "Center for Strategic and International Studies",
                // "Council on Foreign Relations", "Department of
                // Health and Human Services": a body's name goes on
                // through "for" and "on", and through "and" after one
                // word past those (or "of"); "the Pentagon and State
                // Department" stay two.
                after_connector = usize::from(wj == "and");
                j += 1;
            } else if gap == "-" && end + 1 == j && designator(prev_word, wj) {
                // "F-35", "Covid-19", "G-20": a model or a strain is
                // named by its letters and its number together (and
                // its number is no count, see `quantities`).
                end = j;
                break;
            } else if gap == "-" && end > i && hyphen_tail(wj) {
                // "Tsai Ing-wen", "Moon Jae-in": a given name's
                // syllables joined by a hyphen, the second in lower
                // case, after a family name (so "Covid-hit" and
                // "Trump-ally Ada Lund" stay apart).
                end = j;
                j += 1;
            } else if nouns_capitalised && ["der", "den"].contains(&wj) {
                // In German "der"/"den" after a noun are articles
                // ("zum ersten Mal den Pokal"); "von der Leyen" joins
                // through "von" above.
                break;
            } else if PARTICLES.contains(&wj) {
                // One particle or a chain of them ("van der"), then a
                // capitalised word: all one name.
                let next = (j + 1..ws.len().min(j + 3))
                    .find(|&k| !PARTICLES.contains(&ws[k].1))
                    .filter(|&k| is_capital(ws[k].1));
                match next {
                    Some(k) => {
                        j = k;
                        after_connector = 0;
                    }
                    None => break,
                }
            } else {
                break;
            }
        }
        end
    }

    /// Whether "and" at word `and` joins the capitalised word `i` before
    /// it and the words after it into one body's name ("Customs and Border
    /// Protection", "Health and Human Services"): the word before is one
    /// the cluster also writes in lower case (a common noun, so no name by
    /// itself), and two capitalised words, no stop word, follow.
    fn and_joins(&self, text: &str, ws: &[(usize, &str)], i: usize, and: usize) -> bool {
        let spaced = |k: usize| text[ws[k - 1].0 + ws[k - 1].1.len()..ws[k].0] == *" ";
        and + 2 < ws.len()
            && (and..=and + 2).all(spaced)
            && self.lower_words.contains(&bare_word(ws[i].1))
            && ws[and + 1..=and + 2]
                .iter()
                .all(|&(_, w)| is_capital(w) && !is_stop_word(&bare_word(w)))
    }

    /// Whether a name (its lower-case words, its last word as written
    /// at `last` in `text`, `joined` in lower case) is a company's by a
    /// suffix, by the words after it ([`super::bodies`]) or by being one
    /// elsewhere in the cluster.
    fn reads_as_body(
        &self,
        text: &str,
        words_in: &[String],
        last: &(usize, &str),
        joined: &str,
    ) -> bool {
        words_in
            .last()
            .is_some_and(|w| words_in.len() >= 2 && super::bodies::is_body_suffix(w))
            || super::bodies::corporate_cue(text, last.1, last.0 + last.1.len())
            || self.bodies.contains(joined)
    }

    /// Turns a capitalised run into a name: strips titles, picks a kind;
    /// with what a cluster-wide reading may still change ([`Mark`]).
    fn classify(&self, text: &str, run: &[(usize, &str)]) -> Option<(NameSpan, Mark)> {
        // A role after a name ("Common Sense CEO") is no part of it.
        let mut keep = run.len();
        while keep > 1 && TRAILING_ROLES.contains(&bare_word(run[keep - 1].1).as_str()) {
            keep -= 1;
        }
        let run = &run[..keep];
        let start = run.first()?.0;
        let last = run.last()?;
        let end = last.0 + last.1.len();
        let lower: Vec<String> = run.iter().map(|(_, w)| bare_word(w)).collect();
        // Everything up to the last title word is the title.
        let mut first = 0;
        let mut titled = false;
        let mut k = 0;
        while k < lower.len() {
            let role = PRE_NAME_ROLES.contains(&lower[k].as_str()) && k + 2 < lower.len();
            if (is_title(&lower[k]) || role) && k + 1 < lower.len() {
                titled = true;
                first = k + 1;
                if lower.get(k + 1).is_some_and(|w| w == "of") {
                    first = (k + 3).min(lower.len());
                    k += 2;
                }
            }
            k += 1;
        }
        // A title word opening an organisation's name is part of it
        // ("General Administration of Customs", "State Department").
        // So is one in a name joined through "for" or "on" (only a body's
        // name goes on through those: "Council on Foreign Relations").
        if titled
            && (lower[first..]
                .iter()
                .any(|w| ORG_WORDS.contains(&w.as_str()))
                || lower.iter().any(|w| w == "for" || w == "on"))
        {
            titled = false;
            first = 0;
        }
        if first >= run.len() {
            return None;
        }
        let name_start = run[first].0;
        let surface = text[name_start..end].trim_end_matches('.');
        let surface = surface
            .strip_suffix("'s")
            .or_else(|| surface.strip_suffix("\u{2019}s"))
            .unwrap_or(surface);
        // "(C-R)", "(L-R)": a caption's positions, single letters joined
        // by hyphens, name no one.
        if surface.len() > 1
            && surface
                .split('-')
                .all(|p| p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            return None;
        }
        let words_in = &lower[first..];
        let mut mark = Mark::Settled;
        let joined = normalize(surface).to_lowercase();
        let next_word = crate::text::words_once(&text[end..])
            .next()
            .map(|(_, w)| w.to_lowercase());
        let kind = if titled && !ORG_WORDS.iter().any(|o| words_in.iter().any(|w| w == o)) {
            FactKind::Person
        } else if is_place(&joined)
            || ALIASES.iter().any(|(a, k)| *a == joined && is_place(k))
            || next_word.is_some_and(|n| PLACE_AFTER.contains(&n.as_str()))
            || placelike(words_in)
        {
            FactKind::Place
        } else if words_in.iter().any(|w| OTHER_WORDS.contains(&w.as_str()))
            || words_in.len() >= 2
                && designator(&words_in[words_in.len() - 2], &words_in[words_in.len() - 1])
        {
            // An event, a law, or a designated model, strain or flight
            // ("F-35", "MH-17").
            FactKind::Other
        } else if words_in.iter().any(|w| ORG_WORDS.contains(&w.as_str()))
            || is_acronym(surface)
            || ALIASES.iter().any(|(a, _)| *a == joined)
        {
            FactKind::Organisation
        } else if self.reads_as_body(text, words_in, last, &joined) {
            // By a suffix or the words around it only: person cues
            // elsewhere in the cluster may outweigh it (`learn`).
            mark = Mark::BodyByCue;
            FactKind::Organisation
        } else if surface.split_whitespace().count() >= 2
            && words_in.len() <= 4
            && !words_in
                .iter()
                .any(|w| ["of", "for", "on", "and"].contains(&w.as_str()))
            && words_in
                .iter()
                .all(|w| !w.chars().all(|c| c.is_ascii_digit()) && !is_place(w))
            || self.persons.contains(&name_key(surface, FactKind::Person))
        {
            FactKind::Person
        } else {
            mark = Mark::Open;
            FactKind::Other
        };
        let key = name_key(surface, kind).into_boxed_str();
        let name = NameSpan {
            name_range: offset32(name_start)..offset32(name_start + surface.len()),
            range: offset32(start)..offset32(end),
            key,
            kind,
            titled,
        };
        Some((name, mark))
    }
}

/// What the cluster-wide pass of [`NameContext::learn`] may still change
/// about a name the first scan classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Nothing: the name's own words settle its kind.
    Settled,
    /// `Other` only for want of a known person (`classify`'s last test):
    /// a person with its key makes it one.
    Open,
    /// An organisation only by a company suffix or a corporate cue around
    /// it: person cues over the cluster's mentions may make it a person.
    BodyByCue,
}

/// The names of two words or more that `names` (each report's, by
/// paragraph) type organisations, in lower case, and such names without
/// a company suffix ("johnson controls" of "Johnson Controls
/// International"), each with how many mentions read it as a body: the
/// candidates for [`NameContext`]'s `bodies`.
fn body_names<'n>(
    names: impl Iterator<Item = &'n Vec<Vec<NameSpan>>>,
    articles: &[Article],
) -> HashMap<String, u32> {
    let mut bodies = HashMap::default();
    for (names, art) in names.zip(articles) {
        for (names, p) in names.iter().zip(&art.paragraphs) {
            for n in names.iter().filter(|n| n.kind == FactKind::Organisation) {
                let joined = normalize(n.text(&p.text)).to_lowercase();
                let ws: Vec<&str> = joined.split(' ').collect();
                if ws.len() >= 3 && super::bodies::is_body_suffix(ws[ws.len() - 1]) {
                    *bodies.entry(ws[..ws.len() - 1].join(" ")).or_default() += 1;
                }
                if ws.len() >= 2 {
                    *bodies.entry(joined).or_default() += 1;
                }
            }
        }
    }
    bodies
}

/// The names of `readings` (body names with their count of body
/// readings) whose mentions in `names` give at least as many person cues
/// as body readings: a title before the name ("Ms", "Dr"), or one of
/// [`super::bodies::person_cue`] after it. A person's cue and a body's in
/// one mention weigh the same, so a name that speaks as "he" or "she"
/// once against one body reading is a person's.
fn spoken_for<'n>(
    readings: &HashMap<String, u32>,
    names: impl Iterator<Item = &'n Vec<Vec<NameSpan>>>,
    articles: &[Article],
) -> HashSet<String> {
    let mut cues: HashMap<&str, u32> = HashMap::default();
    if readings.is_empty() {
        return HashSet::default();
    }
    for (names, art) in names.zip(articles) {
        for (names, p) in names.iter().zip(&art.paragraphs) {
            for n in names {
                if !matches!(n.kind, FactKind::Person | FactKind::Organisation) {
                    continue;
                }
                let joined = normalize(n.text(&p.text)).to_lowercase();
                let Some((name, _)) = readings.get_key_value(&joined) else {
                    continue;
                };
                if n.titled || super::bodies::person_cue(&p.text, n.range().end) {
                    *cues.entry(name.as_str()).or_default() += 1;
                }
            }
        }
    }
    cues.into_iter()
        .filter(|(name, count)| readings.get(*name).is_some_and(|r| count >= r))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Whether a body's name `run` goes on through the lower-case
/// connector at word `j` ("for", "on", "and"): the run holds an
/// organisation word, and a capitalised word that is no stop word and
/// no place follows after one space.
fn body_goes_on(
    text: &str,
    ws: &[(usize, &str)],
    run: std::ops::RangeInclusive<usize>,
    j: usize,
) -> bool {
    let org = ws[run]
        .iter()
        .any(|(_, w)| ORG_WORDS.contains(&bare_word(w).as_str()));
    org && ws.get(j + 1).is_some_and(|&(at, n)| {
        let lower = bare_word(n);
        text[ws[j].0 + ws[j].1.len()..at] == *" "
            && is_capital(n)
            && !is_stop_word(&lower)
            && !is_place(&lower)
    })
}

/// Whether a name's words (lower case) read as a place's: a place
/// word opening a longer name ("San Bartolo de Huayco", "St Ives"), or a
/// known place after a particle other than English "of" ("Andes de
/// Perú"; "Democrat of Massachusetts" is no place), in a name with no
/// organisation word.
fn placelike(words_in: &[String]) -> bool {
    let folded = |w: &str| -> String { w.chars().map(base_letter).collect() };
    let opens = words_in.len() >= 2
        && PLACE_PREFIXES.contains(&folded(words_in[0].trim_end_matches('.')).as_str());
    let after_particle = words_in
        .windows(2)
        .any(|p| p[0] != "of" && PARTICLES.contains(&p[0].as_str()) && is_place(&folded(&p[1])));
    // "University of Memphis", "Banco de Chile" are organisations.
    let org = words_in.iter().any(|w| ORG_WORDS.contains(&w.as_str()));
    (opens || after_particle) && !org
}

/// German, the one language of [`lang`] that capitalises every noun.
const GERMAN: Tongue = Tongue::Latin(Some("de"));

/// Whether a paragraph is in a language that capitalises every noun:
/// German by its own function words, or a line that names no language in
/// a German report.
fn capitalises_nouns(text: &str, german_report: bool) -> bool {
    match lang::guess(text) {
        Some(t @ Tongue::Latin(Some(_))) => t == GERMAN,
        Some(Tongue::Latin(None)) | None => german_report,
        Some(_) => false,
    }
}

/// Whether a word followed by a full stop is an abbreviation that a name
/// goes on after ("Mr. Tillerson", "George W. Bush", "U.S. President").
fn abbreviation(w: &str) -> bool {
    let lower = w.to_lowercase();
    is_title(&lower)
        || ["st", "jr", "sr"].contains(&lower.as_str())
        || (w.chars().count() == 1 && is_capital(w))
        || (w.contains('.') && is_acronym(w))
}

/// Whether a word is an acronym ("NATO", "U.S.", "ISIS").
pub(crate) fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ParaKind, Paragraph};

    fn names(text: &str) -> Vec<(String, String, FactKind)> {
        let p = Paragraph::new(ParaKind::Body, text.to_string());
        let art = Article {
            paragraphs: vec![p.clone()],
            ..Article::default()
        };
        let ctx = NameContext::learn(&[art]);
        ctx.find(&p.text, &p.sentences)
            .into_iter()
            .map(|n| (n.text(&p.text).to_string(), n.key.to_string(), n.kind))
            .collect()
    }

    #[test]
    fn titles_are_stripped_and_make_people() {
        let n = names("Later, US Secretary of State Rex Tillerson met Sergei Lavrov.");
        assert_eq!(
            n,
            vec![
                ("Rex Tillerson".into(), "tillerson".into(), FactKind::Person),
                ("Sergei Lavrov".into(), "lavrov".into(), FactKind::Person),
            ]
        );
    }

    #[test]
    fn hyphenated_given_names_stay_whole() {
        let n = names("Later, Tsai Ing-wen met Moon Jae-in and the Obama-era envoy Ada Lund.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Tsai Ing-wen", "Moon Jae-in", "Obama", "Ada Lund"]);
        // A capitalised word after the syllable goes on with the name, which
        // is never cut at the hyphen ("Tsai Ing").
        let m = names("Later, engineer Tsai Ing-wen Lee said no.");
        assert_eq!(m[0].0, "Tsai Ing-wen Lee");
        // A one-word name with a compound after it is no given name.
        let m = names("Later, the Covid-hit town met Trump-ally Ada Lund.");
        let texts: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Covid", "Trump", "Ada Lund"]);
        // One key for the hyphenated and the spaced spelling.
        assert_eq!(names("Later, Moon Jae In spoke.")[0].1, n[1].1);
        // Titles written before a name are no part of it.
        let n = names("On Monday, Chief Executive Ada Lund met Professor Tom Reyes.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Ada Lund", "Tom Reyes"]);
        // Those roles also open the names of bodies, which keep them.
        let n = names("Later, the Executive Yuan and Professor Tom Reyes agreed.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Executive Yuan", "Tom Reyes"]);
        // An agency's role before a name: "Administrator" is a title too.
        let n = names("Later, NASA Administrator Ada Lund spoke.");
        assert_eq!((n[0].0.as_str(), n[0].2), ("Ada Lund", FactKind::Person));
        // A weekday after the syllable is no part of the name.
        let n = names("Later, Moon Jae-in Tuesday met envoys.");
        assert_eq!(n[0].0, "Moon Jae-in");
    }

    #[test]
    fn names_joined_by_an_ampersand_or_a_common_noun_and_stay_whole() {
        let texts = |t: &str| -> Vec<String> { names(t).into_iter().map(|n| n.0).collect() };
        assert_eq!(
            texts("Later, the Rock & Roll Hall of Fame, Marks & Spencer and the S&P 500 agreed."),
            ["Rock & Roll Hall of Fame", "Marks & Spencer", "S&P"]
        );
        // Review R6: places either side of an ampersand stay apart.
        assert_eq!(
            texts("Later, delegates of Kentucky & New Mexico met."),
            ["Kentucky", "New Mexico"]
        );
        // "Harbour" is a common noun the text also writes in lower case:
        // "Harbour and Coast Guard" is one body; two places stay two.
        assert_eq!(
            texts(
                "Later, Harbour and Coast Guard staff left the harbour for Kentucky and New Mexico."
            ),
            ["Harbour and Coast Guard", "Kentucky", "New Mexico"]
        );
    }

    #[test]
    fn designations_and_hyphenated_names_stay_whole() {
        let texts = |t: &str| -> Vec<(String, FactKind)> {
            names(t).into_iter().map(|n| (n.0, n.2)).collect()
        };
        let other = |s: &str| (s.to_string(), FactKind::Other);
        // A letter code's number belongs to it: no "F" and no "35".
        assert_eq!(
            texts("Later, the F-35 and the MH-17 inquiry met Covid-19 rules."),
            [other("F-35"), other("MH-17"), other("Covid-19")]
        );
        // At a sentence's start too, for a code and for a hyphenated name.
        assert_eq!(texts("F-35 jets landed."), [other("F-35")]);
        assert_eq!(
            texts("Jean-Luc Pires spoke. Al-Shabaab fighters left."),
            [
                ("Jean-Luc Pires".to_string(), FactKind::Person),
                other("Al-Shabaab")
            ]
        );
        // One hyphenated word is no given name and surname.
        assert_eq!(texts("Later, Al-Shabaab spoke."), [other("Al-Shabaab")]);
        // A caption's positions are no name.
        assert_eq!(
            texts("Later, Ada Lund (C-R) and Tom Reyes (L) met."),
            [
                ("Ada Lund".to_string(), FactKind::Person),
                ("Tom Reyes".to_string(), FactKind::Person)
            ]
        );
    }

    #[test]
    fn bodies_named_through_for_on_and_of_stay_whole() {
        let texts = |t: &str| -> Vec<(String, FactKind)> {
            names(t).into_iter().map(|n| (n.0, n.2)).collect()
        };
        let org = |s: &str| (s.to_string(), FactKind::Organisation);
        assert_eq!(
            texts(
                "Later, the Center for Strategic and International Studies met the Council on Foreign Relations."
            ),
            [
                org("Center for Strategic and International Studies"),
                org("Council on Foreign Relations")
            ]
        );
        assert_eq!(
            texts("Later, the Bureau of Labor Statistics and the U.S. Federal Reserve agreed."),
            [
                org("Bureau of Labor Statistics"),
                org("U.S. Federal Reserve")
            ]
        );
        // "and" joins one word after the connector, not two bodies.
        assert_eq!(
            texts(
                "Later, the Department of Health and Human Services and Pentagon and State Department agreed."
            ),
            [
                org("Department of Health and Human Services"),
                org("Pentagon"),
                org("State Department")
            ]
        );
        // A body's name does not run on into a place or a person.
        assert_eq!(
            texts(
                "Later, the Ministry for Kenya and Ada Lund spoke, as did Ada Lund for Tom Reyes."
            ),
            [
                org("Ministry"),
                ("Kenya".to_string(), FactKind::Place),
                ("Ada Lund".to_string(), FactKind::Person),
                ("Ada Lund".to_string(), FactKind::Person),
                ("Tom Reyes".to_string(), FactKind::Person)
            ]
        );
    }

    #[test]
    fn a_connective_opening_a_sentence_is_no_given_name() {
        // A connective opening the sentence is no given name.
        let n = names("Although Lund had planned the book, he struggled.");
        assert_eq!(n[0].0, "Lund");
    }

    #[test]
    fn a_role_after_a_name_is_no_part_of_it() {
        let n = names("The plan was backed by the Harbour Trust CEO and by Martin Luther King.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Harbour Trust", "Martin Luther King"]);
    }

    #[test]
    fn a_sentence_opening_common_noun_is_no_part_of_a_name() {
        let p = Paragraph::new(
            ParaKind::Body,
            "Resident Joan Pike said the water rose fast. Another resident agreed.".to_string(),
        );
        let art = Article {
            paragraphs: vec![p.clone()],
            ..Article::default()
        };
        let ctx = NameContext::learn(&[art]);
        let texts: Vec<String> = ctx
            .find(&p.text, &p.sentences)
            .into_iter()
            .map(|n| n.text(&p.text).to_string())
            .collect();
        assert_eq!(texts, ["Joan Pike"]);
    }

    #[test]
    fn sentence_start_capitals_are_not_names() {
        let n = names("Hopes were low. Officials met in Deir al-Zor province with the U.S. team.");
        assert_eq!(
            n,
            vec![
                ("Deir al-Zor".into(), "deir al zor".into(), FactKind::Place),
                ("U.S".into(), "us".into(), FactKind::Place),
            ]
        );
    }

    #[test]
    fn the_word_after_a_dateline_dash_opens_the_lead() {
        let n = names("Lima, 3 mars (AFP) - Au moins dix personnes sont mortes, selon Ana Ruiz.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["AFP", "Ana Ruiz"]);
        let n = names("Lima, 3 mar (EFE).- Al menos diez personas murieron.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["EFE"]);
    }

    #[test]
    fn elided_articles_are_no_part_of_a_name() {
        let n =
            names("Des pluies ont frappé la région d'Arequipa, selon l'Unesco et Paula D'Angelo.");
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Arequipa", "Unesco", "Paula D'Angelo"]);
    }

    #[test]
    fn place_words_and_places_after_particles_make_places_not_people() {
        let n = names(
            "Mud buried homes in San Bartolo de Huayco and near the Andes de Perú, said Ana de la Vega.",
        );
        assert_eq!(
            n,
            vec![
                (
                    "San Bartolo de Huayco".into(),
                    "san bartolo de huayco".into(),
                    FactKind::Place
                ),
                (
                    "Andes de Perú".into(),
                    "andes de peru".into(),
                    FactKind::Place
                ),
                ("Ana de la Vega".into(), "vega".into(), FactKind::Person),
            ]
        );
    }

    #[test]
    fn a_title_word_opening_an_organisation_stays_in_its_name() {
        let n = names(
            "Figures from the General Administration of Customs and the State Department differ, said General Ana Ruiz.",
        );
        assert_eq!(
            n,
            vec![
                (
                    "General Administration of Customs".into(),
                    "general administration of customs".into(),
                    FactKind::Organisation
                ),
                (
                    "State Department".into(),
                    "state department".into(),
                    FactKind::Organisation
                ),
                ("Ana Ruiz".into(), "ruiz".into(), FactKind::Person),
            ]
        );
    }

    #[test]
    fn german_nouns_are_not_names_but_german_names_are() {
        let n = names(
            "Die Halle war voller Kunststoffballen, sagte Feuerwehrsprecherin Ilse Kramer in Kessling. Das Feuer brach in der Nacht aus, und die NATO schwieg.",
        );
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Feuerwehrsprecherin Ilse Kramer", "NATO"]);
        // "den" after a noun is an article, not a particle of a name;
        // "von der" still joins a name.
        let n = names(
            "Der Klub hat zum ersten Mal den Pokal gewonnen, sagte Trainerin Ursula von der Brake in Feldheim.",
        );
        let texts: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert!(!texts.iter().any(|t| t.contains("Mal")), "{texts:?}");
        assert!(
            texts.iter().any(|t| t.ends_with("von der Brake")),
            "{texts:?}"
        );
    }

    proptest::proptest! {
        /// The ASCII and "yy" shortcuts give the plain fold's key.
        #[test]
        fn translit_shortcuts_fold_as_the_plain_way(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["y", "yy", "ey", "iy", "Zelensk", "í", "ñ", "Ser", "g", "a"]),
                0..5,
            )
        ) {
            let word: String = parts.concat();
            let plain: String = word.chars().map(base_letter).collect::<String>().replace("yy", "y");
            let want = if let Some(stem) = plain.strip_suffix("ey") {
                format!("{stem}ei")
            } else if let Some(stem) = plain.strip_suffix("iy") {
                format!("{stem}i")
            } else if plain.len() > 4
                && let Some(stem) = plain.strip_suffix('y')
                && stem.ends_with(|c: char| !"aeiou".contains(c))
            {
                format!("{stem}i")
            } else {
                plain.clone()
            };
            proptest::prop_assert_eq!(translit(&word), want);
        }
    }

    #[test]
    fn variants_share_a_key() {
        assert_eq!(name_key("USA", FactKind::Place), "us");
        assert_eq!(name_key("United States", FactKind::Place), "us");
        assert_eq!(name_key("Nato", FactKind::Organisation), "nato");
        assert_eq!(name_key("NATO", FactKind::Organisation), "nato");
        assert_eq!(
            name_key("Sergey Lavrov", FactKind::Other),
            name_key("Sergei Lavrov", FactKind::Other)
        );
        // Accents are spelling: "Martín Ríos" is "Martin Rios".
        assert_eq!(
            name_key("Martín Ríos", FactKind::Person),
            name_key("Martin Rios", FactKind::Person)
        );
        assert_eq!(
            name_key("Łódź Müller", FactKind::Organisation),
            "lodz muller"
        );
        // Invented places: the connector "-i-" / "-e-" is one spelling.
        assert_eq!(
            name_key("Dar-i-Nur", FactKind::Place),
            name_key("Dar-e-Nur", FactKind::Place)
        );
        assert_ne!(
            name_key("Dar-i-Nur", FactKind::Place),
            name_key("Dar-Nur", FactKind::Place)
        );
    }

    #[test]
    fn a_surname_alone_is_a_person_once_named_in_full() {
        // Review R2: a person learnt in one paragraph makes the bare
        // surname of another one a person (the second pass of `learn`).
        let paragraphs = [
            "Joan Pike runs the mill on the river.",
            "Workers said Pike closed it for the winter.",
        ];
        let art = Article {
            paragraphs: paragraphs
                .iter()
                .map(|t| Paragraph::new(ParaKind::Body, (*t).to_string()))
                .collect(),
            ..Article::default()
        };
        let ctx = NameContext::learn(&[art]);
        let full = ctx.names_of(0, 0);
        assert!(
            full.iter()
                .any(|n| n.text(paragraphs[0]) == "Joan Pike" && n.kind == FactKind::Person),
            "{full:?}"
        );
        let alone = ctx.names_of(0, 1);
        let pike = alone
            .iter()
            .find(|n| n.text(paragraphs[1]) == "Pike")
            .expect("Pike");
        assert_eq!(pike.kind, FactKind::Person);
        assert_eq!(*pike.key, name_key("Pike", FactKind::Person));
        // Without the full name it stays `Other`.
        let art = Article {
            paragraphs: vec![Paragraph::new(ParaKind::Body, paragraphs[1].to_string())],
            ..Article::default()
        };
        let ctx = NameContext::learn(&[art]);
        let pike = ctx
            .names_of(0, 0)
            .iter()
            .find(|n| n.text(paragraphs[1]) == "Pike")
            .expect("Pike");
        assert_eq!(pike.kind, FactKind::Other);
    }
}
