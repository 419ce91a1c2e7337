//! Content terms: the words that carry a sentence's meaning, reduced to a
//! comparable key. Case-folded, typography-folded, possessives dropped,
//! number words turned into digits ("three" = "3"), stop words removed and
//! the rest stemmed with the Snowball English stemmer, so "dialogues" and
//! "dialogue" meet.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::normalize::normalize;
use super::segment::words;

/// One content term of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The comparison key (stem, digits, or canonical name).
    pub key: String,
    /// What kind of evidence the term gives.
    pub class: TermClass,
}

/// How much a shared term says about two sentences telling the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermClass {
    /// An ordinary content word.
    Word,
    /// A capitalised word that is not the sentence's first: a name.
    Name,
    /// A number, in digits or words.
    Number,
}

impl TermClass {
    /// Extra weight of the class on top of rarity.
    #[must_use]
    pub fn boost(self) -> f64 {
        match self {
            TermClass::Word => 1.0,
            TermClass::Name => 1.3,
            TermClass::Number => 1.5,
        }
    }
}

/// Very common English words that say nothing about a sentence's topic,
/// plus the reporting verbs every news sentence carries.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "added",
    "according",
    "mr",
    "mrs",
    "ms",
    "one's",
    "s",
    "t",
    "would've",
    "it's",
    "that's",
    "he's",
    "she's",
    "they're",
    "we're",
    "don't",
    "didn't",
    "doesn't",
    "isn't",
    "wasn't",
    "aren't",
    "won't",
    "can't",
    "also",
];

const UNITS: &[(&str, &str)] = &[
    ("zero", "0"),
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("thirteen", "13"),
    ("fourteen", "14"),
    ("fifteen", "15"),
    ("sixteen", "16"),
    ("seventeen", "17"),
    ("eighteen", "18"),
    ("nineteen", "19"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("sixty", "60"),
    ("seventy", "70"),
    ("eighty", "80"),
    ("ninety", "90"),
    ("hundred", "100"),
    ("dozen", "12"),
    ("first", "1st"),
    ("second", "2nd"),
    ("third", "3rd"),
    ("fourth", "4th"),
    ("fifth", "5th"),
    ("sixth", "6th"),
    ("seventh", "7th"),
    ("eighth", "8th"),
    ("ninth", "9th"),
    ("tenth", "10th"),
];

/// Spelled-out number or ordinal → digits ("three" → "3", "eighth" → "8th").
#[must_use]
pub fn number_word(lower: &str) -> Option<&'static str> {
    // Asked of nearly every word by the link scorer, terms, figures and
    // quantities: a table built on first use (the first entry of a word
    // wins, as a scan of the list would find it); a word longer than
    // any entry is no number word.
    static TABLE: OnceLock<(usize, rustc_hash::FxHashMap<&'static str, &'static str>)> =
        OnceLock::new();
    let (longest, table) = TABLE.get_or_init(|| {
        let mut t = rustc_hash::FxHashMap::default();
        for &(w, d) in UNITS {
            t.entry(w).or_insert(d);
        }
        (UNITS.iter().map(|(w, _)| w.len()).max().unwrap_or(0), t)
    });
    if lower.len() > *longest {
        return None;
    }
    table.get(lower).copied()
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// `w.to_lowercase()`, borrowing `w` when it is ASCII with no capital
/// (most words of running text), which lower-casing leaves as it is.
#[must_use]
pub fn lowercase(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

/// `w.to_lowercase()`, written into `buf` (no `String`) when `w` is ASCII
/// and fits: lower-casing ASCII maps byte to byte.
#[must_use]
pub fn lowercase_in<'b>(w: &'b str, buf: &'b mut [u8; 32]) -> std::borrow::Cow<'b, str> {
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(b) {
            return std::borrow::Cow::Borrowed(lower);
        }
    }
    std::borrow::Cow::Owned(w.to_lowercase())
}

/// Whether `w.to_lowercase()` is one of `list`, without lower-casing an
/// ASCII word into a new string (ASCII lower-cases byte by byte, so the
/// bytes are compared as they would be after it).
#[must_use]
pub fn lower_is_in(w: &str, list: &[&str]) -> bool {
    if w.is_ascii() {
        list.iter().any(|x| {
            x.len() == w.len()
                && x.bytes()
                    .zip(w.bytes())
                    .all(|(a, b)| a == b.to_ascii_lowercase())
        })
    } else {
        list.contains(&w.to_lowercase().as_str())
    }
}

/// Whether a lower-case word is a stop word.
#[must_use]
pub fn is_stop_word(lower: &str) -> bool {
    static SET: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP.iter().copied().collect())
        .contains(lower)
}

/// Canonical keys for names that outlets spell differently.
fn canonical_name(word: &str) -> Option<&'static str> {
    Some(match word {
        "U.S" | "US" | "USA" | "U.S.A" => "usa",
        "U.N" | "UN" => "un",
        "U.K" | "UK" => "uk",
        "E.U" | "EU" => "eu",
        _ => return None,
    })
}

/// The comparison key of one word, or `None` for a stop word.
///
/// `first` says whether the word opens its sentence (a capital there is no
/// evidence of a name).
#[must_use]
pub fn term_of(word: &str, first: bool) -> Option<Term> {
    /// Keys of words seen before, with whether the class is a name only
    /// because of the capital: news text repeats its words, and folding,
    /// case, stop words and the stemmer cost far more than a lookup.
    type Cache = rustc_hash::FxHashMap<Box<str>, Option<(Term, bool)>>;
    thread_local! {
        static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::default();
    }
    let known = CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if let Some(v) = cache.get(word) {
            return v.clone();
        }
        let v = key_of(word);
        // A bound on memory for endless streams of new words.
        if cache.len() > 200_000 {
            cache.clear();
        }
        cache.insert(word.into(), v.clone());
        v
    });
    known.map(|(mut t, by_capital)| {
        if first && by_capital {
            t.class = TermClass::Word;
        }
        t
    })
}

/// [`term_of`] for a word that does not open its sentence, and whether its
/// class is `Name` because of its capital alone.
fn key_of(word: &str) -> Option<(Term, bool)> {
    let folded: std::borrow::Cow<'_, str> = if word.is_ascii() {
        word.into()
    } else {
        normalize(word).into()
    };
    let bare = folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(&folded);
    if let Some(key) = canonical_name(bare) {
        let t = Term {
            key: key.to_string(),
            class: TermClass::Name,
        };
        return Some((t, false));
    }
    let lower: std::borrow::Cow<'_, str> = if !bare.is_ascii() {
        bare.to_lowercase().into()
    } else if bare.bytes().any(|b| b.is_ascii_uppercase()) {
        bare.to_ascii_lowercase().into()
    } else {
        bare.into()
    };
    if lower.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let key: String = lower.chars().filter(|c| *c != ',').collect();
        let t = Term {
            key,
            class: TermClass::Number,
        };
        return Some((t, false));
    }
    if let Some(d) = number_word(&lower) {
        let t = Term {
            key: d.to_string(),
            class: TermClass::Number,
        };
        return Some((t, false));
    }
    if is_stop_word(&lower) || lower.chars().count() < 2 {
        return None;
    }
    let capital = bare.chars().next().is_some_and(char::is_uppercase);
    let class = if capital {
        TermClass::Name
    } else {
        TermClass::Word
    };
    let t = Term {
        key: stem(&lower),
        class,
    };
    Some((t, capital))
}

/// Stems a lower-case word.
fn stem(lower: &str) -> String {
    stemmer().stem(lower).into_owned()
}

/// Two-word names that outlets also write as one word or initials.
const PHRASES: &[(&str, &str, &str)] = &[
    ("United", "States", "usa"),
    ("United", "Nations", "un"),
    ("United", "Kingdom", "uk"),
    ("European", "Union", "eu"),
    ("Russian", "Federation", "russia"),
];

/// The content terms of a text, in order (repeats kept).
#[must_use]
pub fn terms(text: &str) -> Vec<Term> {
    let ws: Vec<&str> = words(text).map(|(_, w)| w).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if let Some(next) = ws
            .get(i + 1)
            .filter(|_| PHRASES.iter().any(|(a, _, _)| *a == ws[i]))
        {
            let next = normalize(next);
            let next = next.strip_suffix("'s").unwrap_or(&next);
            if let Some((_, _, key)) = PHRASES.iter().find(|(a, b, _)| *a == ws[i] && *b == next) {
                out.push(Term {
                    key: (*key).to_string(),
                    class: TermClass::Name,
                });
                i += 2;
                continue;
            }
        }
        if let Some(t) = term_of(ws[i], i == 0) {
            out.push(t);
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn lowercase_in_is_to_lowercase() {
        for w in [
            "Mayor",
            "U.S.",
            "already",
            "\u{c9}COLE",
            "",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ",
        ] {
            let mut buf = [0u8; 32];
            assert_eq!(super::lowercase_in(w, &mut buf), w.to_lowercase(), "{w}");
        }
    }

    use super::*;

    fn keys(t: &str) -> Vec<String> {
        terms(t).into_iter().map(|t| t.key).collect()
    }

    proptest::proptest! {
        #[test]
        fn lower_is_in_is_lower_casing_then_contains(
            w in proptest::sample::select(vec![
                "may", "May", "MAY", "Mai", "mAy", "\u{212a}ay", "ma", "mayy", "", "É", "é",
            ]),
        ) {
            let (cow, owned) = (lowercase(w), w.to_lowercase());
            proptest::prop_assert_eq!(cow.as_ref(), owned.as_str());
            let list = ["may", "june", "é", "MAY"];
            proptest::prop_assert_eq!(
                lower_is_in(w, &list),
                list.contains(&w.to_lowercase().as_str())
            );
        }
    }

    #[test]
    fn number_word_table_is_the_list() {
        for (w, _) in UNITS {
            let first = UNITS.iter().find(|(x, _)| x == w).map(|(_, d)| *d);
            assert_eq!(number_word(w), first, "{w}");
        }
        for w in ["", "On", "onee", "twentieth", "seventeenths", "hundreds"] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }

    #[test]
    fn inflections_meet() {
        assert_eq!(keys("dialogues"), keys("dialogue"));
        assert_eq!(keys("vetoed"), keys("veto"));
        assert_eq!(keys("Russia's"), keys("Russia"));
    }

    #[test]
    fn numbers_and_names() {
        assert_eq!(keys("about three hours"), vec!["3", "hour"]);
        assert_eq!(
            keys("It cost 1,000 dollars"),
            vec!["cost", "1000", "dollar"]
        );
        assert_eq!(keys("the U.S. and the USA"), vec!["usa", "usa"]);
        assert_eq!(keys("the United States' allies"), vec!["usa", "alli"]);
        assert_eq!(keys("Russian Federation"), keys("Russia"));
        let t = terms("Tillerson met Putin");
        assert_eq!(t[0].class, TermClass::Word);
        assert_eq!(t[2].class, TermClass::Name);
        // Remembered keys keep the capital's meaning apart from the place.
        assert_eq!(term_of("Putin", true).unwrap().class, TermClass::Word);
        assert_eq!(term_of("Putin", false).unwrap().class, TermClass::Name);
        assert_eq!(term_of("Putin", true).unwrap().class, TermClass::Word);
        assert_eq!(term_of("Three", true).unwrap().class, TermClass::Number);
    }
}
