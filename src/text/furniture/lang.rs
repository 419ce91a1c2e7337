//! A rough guess of the language a paragraph is written in: its writing
//! system, and for Latin script the language whose function words it uses
//! most. Comparing vocabulary across reports only makes sense between
//! reports in one language: a Japanese or German report of the same event
//! shares no words with an English one, and is no off-topic block for it.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::super::segment::words;

/// A paragraph's language, as far as letters and function words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tongue {
    /// Latin script; the language when its function words say it.
    Latin(Option<&'static str>),
    /// Chinese or Japanese (Han, kana).
    Cjk,
    /// Korean.
    Hangul,
    /// Russian, Ukrainian, Bulgarian, ...
    Cyrillic,
    /// Greek.
    Greek,
    /// Arabic, Persian, Urdu.
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Hindi and other Devanagari text.
    Devanagari,
    /// Any other script.
    Other,
}

impl Tongue {
    /// Whether two texts in these languages can share words: the same
    /// script, and for Latin script no two different known languages.
    #[must_use]
    pub fn comparable(self, other: Tongue) -> bool {
        match (self, other) {
            (Tongue::Latin(Some(a)), Tongue::Latin(Some(b))) => a == b,
            (a, b) => std::mem::discriminant(&a) == std::mem::discriminant(&b),
        }
    }
}

/// Function words of Latin-script languages news clusters mix: a word
/// counts for every language that lists it.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "was", "that", "with", "for", "said", "has", "were",
            "are", "have", "from", "by", "his", "her", "their", "which", "after",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "den", "auf", "ein",
            "wurde", "eine", "einer", "keine", "für", "von", "zu", "im", "bei", "wie", "sind",
            "wird", "nach", "auch", "laut",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "sur", "du",
            "au", "aux", "ont", "pas", "selon", "été",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "y", "que", "del", "las", "por", "una", "con", "para", "se", "fue",
            "según", "han", "su", "al",
        ],
    ),
    (
        "it",
        &[
            "il", "che", "di", "della", "è", "per", "una", "sono", "gli", "non", "nel", "anche",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "que", "não", "do", "da", "uma", "com", "para", "foi", "em", "ao",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "en", "van", "niet", "zijn", "met", "voor", "werd", "ook", "dat", "op",
        ],
    ),
    (
        "sv",
        &[
            "och", "att", "det", "som", "är", "på", "för", "med", "inte", "har", "av", "till",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "nie", "się", "na", "że", "z", "jest", "do", "to", "jak", "przez",
        ],
    ),
];

/// Bytes of the longest function word.
const LONGEST_FUNCTION_WORD: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < FUNCTION_WORDS.len() {
        let list = FUNCTION_WORDS[k].1;
        let mut i = 0;
        while i < list.len() {
            if list[i].len() > longest {
                longest = list[i].len();
            }
            i += 1;
        }
        k += 1;
    }
    longest
};

// One bit per language in `function_word_lists`.
const _: () = assert!(FUNCTION_WORDS.len() <= 16);

/// Each function word (as bytes) with a bit for every language that lists
/// it: one lookup per word of a text instead of a scan of every list
/// (which was most of the cost of [`guess`]).
fn function_word_lists() -> &'static FxHashMap<&'static [u8], u16> {
    static LISTS: OnceLock<FxHashMap<&'static [u8], u16>> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut map: FxHashMap<&'static [u8], u16> = FxHashMap::default();
        for (k, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            for w in *list {
                *map.entry(w.as_bytes()).or_default() |= 1 << k;
            }
        }
        map
    })
}

/// Fewest function-word hits that name a Latin-script language.
const MIN_HITS: usize = 2;

/// Texts shorter than this are guessed directly (a lookup costs about as
/// much).
const MEMO_MIN: usize = 64;

/// Most texts the memo of [`guess`] holds before it starts over: more than
/// the paragraphs of two 5 MB reports, so that the passes that each guess
/// every paragraph (languages, names, quantities, facts, noise) guess it
/// once. An entry is 24 bytes (about 1.6 MB at most in all).
const MEMO_ENTRIES: usize = 1 << 15;

/// A text's fingerprint for the memo: two independent 64-bit hashes of its
/// bytes (`FxHash`, and `SipHash`-1-3 with fixed keys) and its length;
/// `None` for a text over 4 GiB (never memoised).
fn fingerprint(text: &str) -> Option<(u64, u64, u32)> {
    use std::hash::Hasher;
    let mut fx = rustc_hash::FxHasher::default();
    fx.write(text.as_bytes());
    let mut sip = std::hash::DefaultHasher::new();
    sip.write(text.as_bytes());
    let len = u32::try_from(text.len()).ok()?;
    Some((fx.finish(), sip.finish(), len))
}

/// A guess as one byte for the memo, and back.
fn encode(g: Option<Tongue>) -> u8 {
    match g {
        None => 0,
        Some(Tongue::Latin(None)) => 1,
        Some(Tongue::Cjk) => 2,
        Some(Tongue::Hangul) => 3,
        Some(Tongue::Cyrillic) => 4,
        Some(Tongue::Greek) => 5,
        Some(Tongue::Arabic) => 6,
        Some(Tongue::Hebrew) => 7,
        Some(Tongue::Devanagari) => 8,
        Some(Tongue::Other) => 9,
        Some(Tongue::Latin(Some(code))) => FUNCTION_WORDS
            .iter()
            .position(|(c, _)| *c == code)
            .and_then(|k| u8::try_from(k).ok())
            .map_or(1, |k| 10 + k),
    }
}

fn decode(b: u8) -> Option<Tongue> {
    Some(match b {
        0 => return None,
        1 => Tongue::Latin(None),
        2 => Tongue::Cjk,
        3 => Tongue::Hangul,
        4 => Tongue::Cyrillic,
        5 => Tongue::Greek,
        6 => Tongue::Arabic,
        7 => Tongue::Hebrew,
        8 => Tongue::Devanagari,
        9 => Tongue::Other,
        k => Tongue::Latin(FUNCTION_WORDS.get(usize::from(k) - 10).map(|(c, _)| *c)),
    })
}

/// The language of a text, or `None` when it has too few letters to say.
///
/// The same paragraph is guessed by several passes (the reports'
/// languages, names, facts, noise): one memo shared by all threads keeps
/// the guesses of the texts seen, keyed by a 128-bit fingerprint of the
/// text and its length rather than a copy of it (so that it can hold
/// every paragraph of a large comparison in little memory). Two texts
/// share an answer only when both hashes and the length agree: by chance
/// about once in 2^128 pairs; a text crafted to collide could at worst
/// take another text's language guess.
#[must_use]
pub fn guess(text: &str) -> Option<Tongue> {
    use std::sync::Mutex;
    type Memo = FxHashMap<u64, (u64, u32, u8)>;
    static MEMO: OnceLock<Mutex<Memo>> = OnceLock::new();
    let Some((key, check, len)) = (text.len() >= MEMO_MIN)
        .then(|| fingerprint(text))
        .flatten()
    else {
        return guess_directly(text);
    };
    let memo = MEMO.get_or_init(Mutex::default);
    let known = memo
        .lock()
        .ok()
        .and_then(|m| m.get(&key).copied())
        .and_then(|(c, l, g)| (c == check && l == len).then(|| decode(g)));
    if let Some(g) = known {
        return g;
    }
    let g = guess_directly(text);
    if let Ok(mut m) = memo.lock() {
        if m.len() >= MEMO_ENTRIES {
            *m = Memo::default();
        }
        m.entry(key).or_insert((check, len, encode(g)));
    }
    g
}

/// [`guess`] without the memo.
fn guess_directly(text: &str) -> Option<Tongue> {
    let mut counts = [0usize; 9];
    let mut letters = 0usize;
    for c in text.chars() {
        // ASCII letters are Latin script; other ASCII is no letter.
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                letters += 1;
                counts[0] += 1;
            }
            continue;
        }
        if !c.is_alphabetic() {
            continue;
        }
        letters += 1;
        let k = match c as u32 {
            0x41..=0x24F | 0x1E00..=0x1EFF => 0,
            0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => 2,
            0x400..=0x4FF => 3,
            0x370..=0x3FF => 4,
            0x600..=0x6FF | 0x750..=0x77F => 5,
            0x590..=0x5FF => 6,
            0x900..=0x97F => 7,
            _ => 8,
        };
        counts[k] += 1;
    }
    if letters < 8 {
        return None;
    }
    let (k, &n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    if 2 * n < letters {
        return Some(Tongue::Other);
    }
    Some(match k {
        0 => Tongue::Latin(latin_language(text)),
        1 => Tongue::Cjk,
        2 => Tongue::Hangul,
        3 => Tongue::Cyrillic,
        4 => Tongue::Greek,
        5 => Tongue::Arabic,
        6 => Tongue::Hebrew,
        7 => Tongue::Devanagari,
        _ => Tongue::Other,
    })
}

/// The Latin-script language whose function words a text uses most, when
/// it leads clearly.
fn latin_language(text: &str) -> Option<&'static str> {
    let mut hits = [0usize; FUNCTION_WORDS.len()];
    let lists = function_word_lists();
    let mut buf = [0u8; LONGEST_FUNCTION_WORD];
    for (_, w) in words(text) {
        // ASCII words (most words) are lower-cased on the stack; one
        // longer than every function word is none (ASCII keeps its length
        // when lower-cased).
        let owned;
        let l: &[u8] = if w.is_ascii() {
            if w.len() > buf.len() {
                continue;
            }
            let b = &mut buf[..w.len()];
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            b
        } else {
            owned = w.to_lowercase();
            owned.as_bytes()
        };
        if let Some(&mask) = lists.get(l) {
            for (k, h) in hits.iter_mut().enumerate() {
                *h += usize::from(mask >> k & 1 == 1);
            }
        }
    }
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(hits[k]));
    let (best, second) = (hits[order[0]], hits[order[1]]);
    (best >= MIN_HITS && best > second).then(|| FUNCTION_WORDS[order[0]].0)
}

/// The language most of a report's paragraphs are in.
#[must_use]
pub fn of_report<'a>(paragraphs: impl Iterator<Item = &'a str>) -> Option<Tongue> {
    let mut seen: Vec<(Tongue, usize)> = Vec::new();
    for t in paragraphs.filter_map(guess) {
        match seen.iter_mut().find(|(s, _)| *s == t) {
            Some((_, n)) => *n += 1,
            None => seen.push((t, 1)),
        }
    }
    // Short lines (headings, link titles, page controls) name no Latin
    // language: they vote only when no paragraph names one, so a page
    // with many of them is still in the language of its prose.
    let known = |t: &Tongue| !matches!(t, Tongue::Latin(None));
    let any_known = seen.iter().any(|(t, _)| known(t));
    seen.iter()
        .filter(|(t, _)| !any_known || known(t))
        .max_by_key(|(_, n)| *n)
        .map(|(t, _)| *t)
}

/// The language of each report ([`of_report`] of its paragraphs).
#[must_use]
pub fn of_reports(articles: &[crate::model::Article]) -> Vec<Option<Tongue>> {
    articles
        .iter()
        .map(|art| of_report(art.paragraphs.iter().map(|p| p.text.as_str())))
        .collect()
}

/// Whether a text of report `a` can share words with another report,
/// given every report's language ([`of_report`]): some other report is
/// in a comparable language. A text too short to name its language by
/// function words ("Latin script, language unknown") is taken to be in
/// its report's language; a text whose language nothing tells is
/// comparable.
#[must_use]
pub fn comparable_with_others(tongues: &[Option<Tongue>], a: usize, text: &str) -> bool {
    let own = match (guess(text), tongues.get(a).copied().flatten()) {
        (Some(Tongue::Latin(None)), Some(t @ Tongue::Latin(Some(_)))) => t,
        (g, t) => match g.or(t) {
            Some(t) => t,
            None => return true,
        },
    };
    tongues
        .iter()
        .enumerate()
        .any(|(b, t)| b != a && t.is_none_or(|t| t.comparable(own)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_latin_languages() {
        assert_eq!(
            guess("The bridge was closed to traffic and the mayor said it was unsafe."),
            Some(Tongue::Latin(Some("en")))
        );
        assert_eq!(
            guess("Die Brücke wurde gesperrt, und der Bürgermeister sagte, sie sei nicht sicher."),
            Some(Tongue::Latin(Some("de")))
        );
        assert_eq!(
            guess("ハーロウ川の橋は火曜日、全面通行止めとなった。"),
            Some(Tongue::Cjk)
        );
        assert_eq!(
            guess("Мост закрыли во вторник после проверки."),
            Some(Tongue::Cyrillic)
        );
        assert_eq!(guess("42"), None);
        // A short line without function words is Latin of no known language.
        assert_eq!(guess("Harlow Bridge Closure"), Some(Tongue::Latin(None)));
    }

    #[test]
    fn short_german_and_french_sentences_name_their_language() {
        assert_eq!(
            guess(
                "Anwohner sollten Fenster geschlossen halten. Messungen ergaben laut Gemeinde keine Schadstoffe."
            ),
            Some(Tongue::Latin(Some("de")))
        );
        assert_eq!(
            guess("Selon la mairie, les habitants ont pu rentrer chez eux."),
            Some(Tongue::Latin(Some("fr")))
        );
    }

    #[test]
    fn a_report_is_in_the_language_of_its_prose_not_of_its_short_lines() {
        let page = [
            "Most Read",
            "Previous",
            "Share this article",
            "Weather Warning Heatwave South",
            "Celebrity Couple Split",
            "Two workers were hurt when a fire broke out at the plant on the edge of the town.",
            "Police closed the road and the smoke drifted south over the fields.",
        ];
        assert_eq!(of_report(page.into_iter()), Some(Tongue::Latin(Some("en"))));
        assert_eq!(
            of_report(["Most Read", "Share Now"].into_iter()),
            Some(Tongue::Latin(None))
        );
    }

    #[test]
    fn comparable_languages() {
        let en = Tongue::Latin(Some("en"));
        assert!(en.comparable(Tongue::Latin(None)));
        assert!(!en.comparable(Tongue::Latin(Some("de"))));
        assert!(!en.comparable(Tongue::Cjk));
        assert!(Tongue::Cjk.comparable(Tongue::Cjk));
    }

    /// Every guess survives the memo's one-byte form.
    #[test]
    fn memo_codes_round_trip() {
        let mut all = vec![
            None,
            Some(Tongue::Latin(None)),
            Some(Tongue::Cjk),
            Some(Tongue::Hangul),
            Some(Tongue::Cyrillic),
            Some(Tongue::Greek),
            Some(Tongue::Arabic),
            Some(Tongue::Hebrew),
            Some(Tongue::Devanagari),
            Some(Tongue::Other),
        ];
        all.extend(
            FUNCTION_WORDS
                .iter()
                .map(|(c, _)| Some(Tongue::Latin(Some(*c)))),
        );
        let codes: std::collections::HashSet<u8> = all.iter().map(|g| encode(*g)).collect();
        assert_eq!(codes.len(), all.len());
        for g in all {
            assert_eq!(decode(encode(g)), g);
        }
    }

    /// The memo gives the rules' guess on first sight and on every later
    /// one, for texts of the same length and across languages.
    #[test]
    fn remembered_guesses_are_the_rules_guesses() {
        let texts = [
            "The ferry left the harbour at noon and the passengers waited on the quay.",
            "Die F\u{e4}hre verlie\u{df} den Hafen am Mittag und die Passagiere warteten am Kai.",
            "Le ferry a quitt\u{e9} le port \u{e0} midi et les passagers ont attendu sur le quai.",
            "\u{30d5}\u{30a7}\u{30ea}\u{30fc}\u{306f}\u{6b63}\u{5348}\u{306b}\u{6e2f}\u{3092}\u{51fa}\u{767a}\u{3057}\u{3001}\u{4e57}\u{5ba2}\u{306f}\u{5cb8}\u{58c1}\u{3067}\u{5f85}\u{3063}\u{305f}\u{3002}\u{3002}",
            "THE FERRY LEFT THE HARBOUR AT NOON AND THE PASSENGERS WAITED ON THE QUAY.",
        ];
        for _ in 0..3 {
            for t in texts {
                assert!(t.len() >= MEMO_MIN);
                assert_eq!(guess(t), guess_directly(t), "{t}");
            }
        }
        assert_ne!(guess(texts[0]), guess(texts[1]));
    }
}
