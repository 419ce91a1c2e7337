//! A sentence pair as numbers: the features the learned link scorer weighs.
//!
//! Each sentence is described once ([`Profile`]): its content terms with a
//! weight from a global word-frequency prior (so that two lone sentences,
//! with no cluster to count in, still know that "veto" says more than
//! "said"), its word bigrams, character 4-grams, word sequence, numbers,
//! names, dates, negations, opposite outcomes (rose/fell, won/lost), word
//! vectors ([`crate::text::embed`], for words that differ but mean the
//! same, matched over the whole sentence and clause by clause) and a few
//! page-furniture cues (address density, title case, share of function
//! words). A pair then becomes a fixed vector
//! ([`Features`], names in [`FEATURE_NAMES`]) that mixes those with the
//! cluster-weighted Dice of [`super::index`], the position of the two
//! sentences in their reports and whether their neighbours match too.
//!
//! The features split into cheap ones (sorted-list merges over the
//! profiles) and [`EXPENSIVE`] ones (the common subsequence and the
//! word-vector matching, quadratic in words): [`cheap_features`] leaves the
//! latter at 0, so that a fitted cheap model can set aside the many
//! hopeless candidates before they are paid for, and a profile's word
//! vectors ([`Profile::describe_meaning`]) are looked up only for the
//! sentences of pairs that survive. Two features ([`RANKED`]) read the
//! other candidates of the two sentences; the link scorer fills them.
//!
//! Guarantees: every feature is finite and lies in `[0, 1]` (lengths are
//! squashed), the vector is symmetric in the two sentences, and the cost of
//! a pair is bounded (word sequences and word-vector bags are cut at
//! [`MAX_SEQ`] words).

use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;

use super::index::TermVec;
use super::variants::{Place, match_form};
use crate::text::calendar;
use crate::text::embed::{self, Bag};
use crate::text::{TermClass, is_stop_word, lowercase, normalize, term_of, tokens, words};

/// Number of features of a pair.
pub const FEATURE_COUNT: usize = 36;

/// A sentence pair as numbers, in the order of [`FEATURE_NAMES`].
pub type Features = [f64; FEATURE_COUNT];

/// What each feature measures (the fitted weights table follows this order).
pub const FEATURE_NAMES: [&str; FEATURE_COUNT] = [
    "cluster_dice",
    "cluster_contain_min",
    "cluster_contain_max",
    "global_dice",
    "global_contain_min",
    "global_contain_max",
    "bigram_dice",
    "char4_dice",
    "lcs_ratio",
    "numbers_shared",
    "numbers_conflict",
    "numbers_one_side",
    "names_shared",
    "names_conflict",
    "dates_conflict",
    "negation_mismatch",
    "length_ratio",
    "short",
    "url_max",
    "title_case_max",
    "function_min",
    "position_gap",
    "context",
    "unshared_weight",
    "soft_overlap",
    "mean_cosine",
    "soft_gain",
    "polarity_conflict",
    "clause_cover",
    "anchor_min",
    "anchor_max",
    "both_quoted",
    "quote_dice",
    "counted_conflict",
    "rank_margin",
    "rank_best",
];

/// The features [`cheap_features`] leaves at 0: the common subsequence,
/// the six word-vector features and the counted-noun conflict (which
/// compares words by their vectors too).
pub const EXPENSIVE: [usize; 8] = [8, 24, 25, 26, 28, 29, 30, 33];

/// Index of `position_gap` in [`Features`]: the only feature that depends
/// on where the two sentences sit rather than on their text, so that one
/// profile can serve every copy of a sentence (the caller then sets this
/// feature from the copies' own positions).
pub const POSITION_GAP: usize = 21;

/// Index of `global_dice` in [`Features`]: the one cheap feature that
/// [`add_expensive`] reads, so [`expensive_features`] fills it too.
pub const GLOBAL_DICE: usize = 3;

/// The features that say how a pair ranks among its sentences' other
/// candidates (`rank_margin`, `rank_best`): they depend on the whole
/// candidate set, not on the two sentences alone, so every function here
/// leaves them at 0 and the link scorer sets them (`links::rank`). The
/// cheap and same-thing models leave them out.
pub const RANKED: [usize; 2] = [34, 35];

/// How many of a sentence's heaviest (rarest) words the anchor features
/// look for in the other sentence.
const ANCHORS: usize = 3;

/// Shortest quoted span (in bytes) whose words count as quoted.
const MIN_QUOTE: usize = 10;

/// The features only the same-thing model weighs (the link and cheap
/// models leave them at weight 0): the clause cover. Measured by the
/// fitter: it raises the same-thing grade's ranking of MSRP pairs but not
/// the held-out link F1 on the dev clusters. (Opposite outcomes, once
/// here too, now weigh in the link model: with the anchor and quote
/// features they cost no held-out F1 and keep "shares rose" from linking
/// to "shares fell".)
pub const SAME_ONLY: [usize; 1] = [28];

/// Longest word sequence compared by the common-subsequence feature.
pub const MAX_SEQ: usize = 80;

/// Weight of a content word by how rare it is in English at large (the
/// word-frequency prior of [`crate::text::embed`]: common words near 0,
/// rare words, names and numbers near 1), so that a pair with no cluster
/// around it still knows which shared words are evidence.
fn global_weight(lower: &str) -> f64 {
    f64::from(embed::vectors().weight(lower))
}

fn hash(s: impl std::hash::Hash) -> u64 {
    FxBuildHasher.hash_one(s)
}

/// Day words that date a sentence besides the months.
const DAY_WORDS: &[&str] = &["yesterday", "today", "tomorrow"];

/// Words that say a quantity went up (bit 0 of a profile's polarity) or
/// down (bit 1): "shares rose" and "shares fell" share every other word.
const UP: &[&str] = &[
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "gain",
    "gains",
    "gained",
    "climb",
    "climbs",
    "climbed",
    "increase",
    "increases",
    "increased",
    "jump",
    "jumps",
    "jumped",
    "surge",
    "surged",
    "soar",
    "soared",
    "up",
    "higher",
    "grew",
    "grow",
    "grows",
    "growth",
    "advance",
    "advanced",
    "rally",
    "rallied",
    "boost",
    "boosted",
];
const DOWN: &[&str] = &[
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop",
    "drops",
    "dropped",
    "decline",
    "declines",
    "declined",
    "decrease",
    "decreased",
    "slide",
    "slid",
    "plunge",
    "plunged",
    "sank",
    "sink",
    "slump",
    "slumped",
    "down",
    "lower",
    "lost",
    "shrank",
    "shrink",
    "tumble",
    "tumbled",
    "slipped",
    "dip",
    "dipped",
    "cut",
    "cuts",
];
/// Opposite outcomes (bits `2 + 2k` and `3 + 2k` of a profile's polarity).
const OPPOSITES: &[(&str, &str)] = &[
    ("won", "lost"),
    ("win", "lose"),
    ("accept", "reject"),
    ("accepted", "rejected"),
    ("approve", "reject"),
    ("approved", "rejected"),
    ("confirm", "deny"),
    ("confirmed", "denied"),
    ("support", "oppose"),
    ("supported", "opposed"),
    ("guilty", "innocent"),
    ("alive", "dead"),
    ("open", "closed"),
    ("opened", "closed"),
];

/// The polarity bits of one lower-case word (see [`UP`], [`OPPOSITES`]).
fn polarity_bits(lower: &str) -> u32 {
    let mut bits = u32::from(UP.contains(&lower)) | (u32::from(DOWN.contains(&lower)) << 1);
    for (k, (x, y)) in OPPOSITES.iter().enumerate() {
        bits |= (u32::from(*x == lower) << (2 + 2 * k)) | (u32::from(*y == lower) << (3 + 2 * k));
    }
    bits
}

/// [`polarity_bits`] of a lower-case word, and whether it is one of the
/// [`NEGATIONS`], from one table lookup (built once from the lists)
/// instead of a scan of every list for every word of every sentence.
fn word_marks(lower: &str) -> (u32, bool) {
    static MARKS: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, (u32, bool)>> =
        std::sync::OnceLock::new();
    MARKS
        .get_or_init(|| {
            let mut marks: rustc_hash::FxHashMap<&'static str, (u32, bool)> =
                rustc_hash::FxHashMap::default();
            for w in UP.iter().chain(DOWN).chain(NEGATIONS) {
                marks.insert(w, (polarity_bits(w), NEGATIONS.contains(w)));
            }
            for (x, y) in OPPOSITES {
                for w in [x, y] {
                    marks.insert(w, (polarity_bits(w), NEGATIONS.contains(w)));
                }
            }
            marks
        })
        .get(lower)
        .copied()
        .unwrap_or((0, false))
}

/// Whether one sentence holds one side of an opposition (up/down, won/lost,
/// ...) and the other only the other side.
fn polarity_conflict(a: u32, b: u32) -> bool {
    (0..=OPPOSITES.len()).any(|k| {
        let (x, y) = (1u32 << (2 * k), 1u32 << (2 * k + 1));
        let only = |p: u32, m: u32, n: u32| p & m != 0 && p & n == 0;
        (only(a, x, y) && only(b, y, x)) || (only(a, y, x) && only(b, x, y))
    })
}

/// Punctuation that ends a clause (for the clause cover of
/// [`crate::text::embed::SoftMatch`]).
const CLAUSE_MARKS: &[char] = &[
    ',', ';', ':', '(', ')', '"', '\u{201c}', '\u{201d}', '\u{2014}', '\u{2013}',
];
/// Words that start a new clause.
const CONNECTIVES: &[&str] = &[
    "and", "but", "which", "who", "after", "when", "while", "because", "as",
];

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "without", "nobody", "nothing", "none", "neither", "nor", "cannot",
];

/// A date word's canonical form ("Jan" and "January" meet).
fn date_key(lower: &str) -> Option<&'static str> {
    // "may" and "march" are ordinary words too; only capitalised forms
    // reach here (see `Profile::new`).
    if let Some(n) = calendar::month_number(lower) {
        return Some(calendar::month_name(n));
    }
    calendar::WEEKDAYS
        .iter()
        .chain(DAY_WORDS)
        .find(|w| **w == lower)
        .copied()
}

/// One sentence, described once for all the pairs it takes part in.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// `(term hash, global weight)`, sorted by hash, one entry per term.
    /// (Boxed slices here and below: no spare capacity, and 8 bytes less
    /// than a `Vec` each; every paired sentence's profile is held at once.)
    content: Box<[(u64, f64)]>,
    content_norm: f64,
    bigrams: Box<[u64]>,
    grams: Grams,
    seq: Box<[u64]>,
    numbers: Box<[u64]>,
    names: Box<[u64]>,
    dates: Box<[u64]>,
    negated: bool,
    /// Bits of [`polarity_bits`] over the sentence's words.
    polarity: u32,
    words: usize,
    url: f64,
    title_case: f64,
    function_share: f64,
    /// Relative position of the sentence in its report, in `[0, 1]`.
    position: f64,
    /// Hashes of the content words inside quotation marks, sorted.
    quoted: Box<[u64]>,
    /// `(number hash, counted words)` of the numbers followed by what they
    /// count ("40 jobs", "40 electric buses": [`counted_noun`]).
    counted: Box<[(u64, Box<str>)]>,
    /// The words with their vectors, for the semantic features.
    bag: Bag<'static>,
}

fn sorted_dedup(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v.dedup();
    v
}

/// `v`'s elements in a block of exactly their size ([`crate::memory::exact`]):
/// every paired sentence's profile is held at once, most of its slices
/// grown by doubling or thinned by `dedup`.
fn exact<T>(v: Vec<T>) -> Box<[T]> {
    crate::memory::exact(v).into_boxed_slice()
}

/// A sentence's distinct character 4-grams, sorted: those of characters up
/// to U+00FF (nearly all of them) packed exactly into 32 bits, the others
/// hashed. Half the memory of hashing every gram to 64 bits, and the same
/// Dice: a packed gram never equals a hashed one.
#[derive(Debug, Clone, Default)]
struct Grams {
    packed: Box<[u32]>,
    hashed: Box<[u64]>,
}

impl Grams {
    fn new(chars: &[char]) -> Grams {
        let mut packed = Vec::with_capacity(chars.len().saturating_sub(3));
        let mut hashed = Vec::new();
        for w in chars.windows(4) {
            let bytes = w.iter().try_fold(0u32, |acc, &c| {
                u8::try_from(c).ok().map(|b| (acc << 8) | u32::from(b))
            });
            match bytes {
                Some(p) => packed.push(p),
                None => hashed.push(hash(w)),
            }
        }
        packed.sort_unstable();
        packed.dedup();
        Grams {
            packed: exact(packed),
            hashed: exact(sorted_dedup(hashed)),
        }
    }

    fn len(&self) -> usize {
        self.packed.len() + self.hashed.len()
    }

    /// Dice coefficient of the two gram sets (0 when both are empty).
    fn dice(&self, other: &Grams) -> f64 {
        if self.len() == 0 && other.len() == 0 {
            return 0.0;
        }
        let common = shared(&self.packed, &other.packed) + shared(&self.hashed, &other.hashed);
        2.0 * common as f64 / (self.len() + other.len()) as f64
    }
}

impl Profile {
    /// Describes a sentence found at relative `position` (0 = first
    /// compared sentence of its report, 1 = last), word vectors included;
    /// the sentence is read whole (at [`Place::Body`]: alignment cuts a
    /// report's dateline from its [`match_form`] first).
    #[must_use]
    pub fn new(text: &str, position: f64) -> Profile {
        let form = match_form(text, Place::Body);
        let mut p = Profile::of_form(&form, position);
        p.describe_meaning(&form);
        p
    }

    /// Looks up the word vectors of the sentence's content words (the
    /// costly part of a profile, needed by the [`EXPENSIVE`] features only).
    /// `form` is the sentence's [`match_form`], as given to
    /// [`Profile::of_form`].
    pub fn describe_meaning(&mut self, form: &str) {
        let folded = normalize(form);
        // Soft overlap is quadratic in words: only content words (function
        // words weigh next to nothing there) and at most `MAX_SEQ` of them,
        // each with the number of its clause.
        let mut clause = 0u16;
        let mut bag_words: Vec<(&str, u16)> = Vec::new();
        for (_, tok) in tokens(&folded) {
            if tok.chars().any(char::is_alphanumeric) {
                let lower = lowercase(tok);
                if CONNECTIVES.contains(&&*lower) {
                    clause = clause.saturating_add(1);
                } else if !is_stop_word(&lower) {
                    bag_words.push((tok, clause));
                    if bag_words.len() == MAX_SEQ {
                        break;
                    }
                }
            } else if tok.contains(CLAUSE_MARKS) {
                clause = clause.saturating_add(1);
            }
        }
        self.bag = embed::vectors().bag_in_clauses(bag_words);
    }

    /// Describes a sentence without its word vectors (see
    /// [`Profile::describe_meaning`]).
    #[must_use]
    pub fn lexical(text: &str, position: f64) -> Profile {
        Profile::of_form(&match_form(text, Place::Body), position)
    }

    /// [`Profile::lexical`] of a sentence already in its [`match_form`]
    /// (alignment computes each sentence's form once and shares it).
    #[must_use]
    pub fn of_form(form: &str, position: f64) -> Profile {
        let folded = normalize(form);
        let ws: Vec<&str> = words(&folded).map(|(_, w)| w).collect();
        // Lower-case ASCII words are borrowed (a `Cow` hashes as its text).
        let lower: Vec<std::borrow::Cow<'_, str>> = ws.iter().map(|w| lowercase(w)).collect();
        let mut content: Vec<(u64, f64)> = Vec::new();
        let (mut numbers, mut names, mut dates) = (Vec::new(), Vec::new(), Vec::new());
        let mut counted: Vec<(u64, Box<str>)> = Vec::new();
        let (mut capitals, mut cased, mut function) = (0usize, 0usize, 0usize);
        let mut negated = false;
        let mut polarity = 0;
        for (i, (w, l)) in ws.iter().zip(&lower).enumerate() {
            let (bits, negation) = word_marks(l);
            polarity |= bits;
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            if i > 0 && w.chars().next().is_some_and(char::is_alphabetic) {
                cased += 1;
                capitals += usize::from(capital);
            }
            if is_stop_word(l) {
                function += 1;
            }
            negated |= negation || l.ends_with("n't");
            // Only a capitalised word is a date (`date_key` is asked of no
            // other).
            if let Some(d) = capital.then(|| date_key(l.trim_end_matches('.'))).flatten() {
                dates.push(hash(d));
            }
            let Some(term) = term_of(w, i == 0) else {
                continue;
            };
            let h = hash(&term.key);
            match term.class {
                TermClass::Number => {
                    numbers.push(h);
                    if let Some(noun) = counted_noun(&ws[i + 1..], &lower[i + 1..]) {
                        counted.push((h, noun.into_boxed_str()));
                    }
                }
                TermClass::Name => names.push(h),
                TermClass::Word => {}
            }
            content.push((h, global_weight(l) * term.class.boost()));
        }
        content.sort_unstable_by_key(|e| e.0);
        content.dedup_by_key(|e| e.0);
        let content_norm = content.iter().map(|e| e.1).sum();
        let seq: Vec<u64> = lower.iter().take(MAX_SEQ).map(hash).collect();
        let bigrams = sorted_dedup(seq.windows(2).map(|w| hash((w[0], w[1]))).collect());
        let mut chars: Vec<char> = vec![' '];
        for l in &lower {
            chars.extend(l.chars());
            chars.push(' ');
        }
        let grams = Grams::new(&chars);
        let urls = folded
            .split_whitespace()
            .filter(|t| {
                use crate::text::scan::has;
                has(t, "http") || has(t, "www.") || has(t, ".com")
            })
            .count();
        let n = ws.len();
        Profile {
            content: exact(content),
            content_norm,
            bigrams: exact(bigrams),
            grams,
            seq: exact(seq),
            numbers: exact(sorted_dedup(numbers)),
            names: exact(sorted_dedup(names)),
            dates: exact(sorted_dedup(dates)),
            negated,
            polarity,
            words: n,
            url: (3.0 * urls as f64 / n.max(1) as f64).min(1.0),
            title_case: if cased == 0 {
                0.0
            } else {
                capitals as f64 / cased as f64
            },
            function_share: function as f64 / n.max(1) as f64,
            position: position.clamp(0.0, 1.0),
            quoted: exact(quoted_words(&folded)),
            counted: exact(counted),
            bag: Bag::default(),
        }
    }
}

/// The quoted spans of a text in match form (typography folded, so every
/// quotation mark is `"` or `'`): text between two double quotes, and text
/// between single quotes that open after a space (or at the start) and
/// close before a space, comma, full stop or the end, holding no other
/// single quote (so that apostrophes in "Dauer's" or "players'" open
/// nothing). A quotation that runs over from the previous sentence shows
/// only its closing mark (`time, it's a scam," the chief said.`): a first
/// mark that follows a word or punctuation rather than a space, double, or
/// single after `,` `.` `?` `!`, closes a span that starts the sentence.
/// Spans shorter than [`MIN_QUOTE`] bytes are left out.
fn quoted_spans(folded: &str) -> Vec<&str> {
    let pieces: Vec<&str> = folded.split('"').collect();
    // An odd number of double quotes (an even number of pieces): one opened
    // and left open (dropped), or one continued from the previous sentence.
    let odd = pieces.len().is_multiple_of(2);
    // (After a digit the mark is an inch mark: a 6" screen.)
    let continued = odd && pieces[0].ends_with(|c: char| !c.is_whitespace() && !c.is_ascii_digit());
    let first_span = usize::from(!continued);
    let mut spans: Vec<&str> = pieces
        .iter()
        .enumerate()
        // Pieces between two quotes: the odd ones, or the even ones when
        // the first mark closes a continued quotation.
        .filter(|(i, _)| i % 2 == first_span)
        .map(|(_, s)| *s)
        .collect();
    if odd && !continued {
        spans.pop();
    }
    let b = folded.as_bytes();
    let mut open: Option<usize> = None;
    let mut first = true;
    for (i, &c) in b.iter().enumerate() {
        if c != b'\'' {
            continue;
        }
        let closes = b.get(i + 1).is_none_or(|n| matches!(n, b' ' | b',' | b'.'));
        match open {
            None if i == 0 || b[i - 1] == b' ' => open = Some(i + 1),
            None if first && closes && matches!(b[i - 1], b',' | b'.' | b'?' | b'!') => {
                spans.push(&folded[..i]);
            }
            None => {}
            Some(start) => {
                if closes {
                    spans.push(&folded[start..i]);
                }
                // Else an apostrophe inside: this quote holds one, so none
                // is read from here; a new one may open after a space.
                open = None;
            }
        }
        first = false;
    }
    spans.retain(|s| s.len() >= MIN_QUOTE);
    spans
}

/// Hashes of the lower-case content words of a text's quoted spans.
fn quoted_words(folded: &str) -> Vec<u64> {
    let mut out = Vec::new();
    for span in quoted_spans(folded) {
        for (_, w) in words(span) {
            let l = w.to_lowercase();
            if !is_stop_word(&l) {
                out.push(hash(&l));
            }
        }
    }
    sorted_dedup(out)
}

/// Number of values two sorted, deduplicated lists share.
fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * shared(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Weight both weighted term lists share (the smaller weight of each).
fn shared_weight(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1.min(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// `x / y`, 0 when `y <= 0` (as [`TermVec::dice`] and
/// [`TermVec::containment_in`] divide their overlap).
fn ratio_or_zero(x: f64, y: f64) -> f64 {
    if y <= 0.0 { 0.0 } else { x / y }
}

fn ratio(x: f64, y: f64) -> f64 {
    if y <= 0.0 { 0.0 } else { (x / y).min(1.0) }
}

/// Dice of the two sentences' content terms weighted by the global prior
/// (`global_dice` of [`cheap_features`]).
#[must_use]
pub fn global_dice(a: &Profile, b: &Profile) -> f64 {
    let sw = shared_weight(&a.content, &b.content);
    ratio(2.0 * sw, a.content_norm + b.content_norm)
}

/// Agreement of two sorted value lists: (share of shared, conflict, one side only).
fn agreement(a: &[u64], b: &[u64]) -> (f64, f64, f64) {
    let s = shared(a, b);
    let (only_a, only_b) = (a.len() - s, b.len() - s);
    let share = ratio(s as f64, a.len().max(b.len()) as f64);
    let conflict = f64::from(u8::from(only_a > 0 && only_b > 0));
    let one_side = f64::from(u8::from((only_a > 0) != (only_b > 0)));
    (share, conflict, one_side)
}

/// The features of a pair: two profiles, their cluster-weighted term
/// vectors and the best Dice of their neighbours (`context`, 0 when none).
#[must_use]
pub fn pair_features(
    a: &Profile,
    b: &Profile,
    va: &TermVec,
    vb: &TermVec,
    context: f64,
) -> Features {
    let mut x = cheap_features(a, b, va, vb, context);
    add_expensive(&mut x, a, b);
    x
}

/// The features of a pair with only the [`EXPENSIVE`] ones filled (and
/// the one cheap feature they read, the Dice of the content terms, as
/// [`cheap_features`] gives it): for a caller that reads those only, without
/// the cost of every cheap feature.
#[must_use]
pub fn expensive_features(a: &Profile, b: &Profile) -> Features {
    let mut x = [0.0; FEATURE_COUNT];
    x[GLOBAL_DICE] = global_dice(a, b);
    add_expensive(&mut x, a, b);
    x
}

/// Fills the [`EXPENSIVE`] features of `x` (from [`cheap_features`]); the
/// word-vector ones stay 0 unless both profiles
/// [describe their meaning](Profile::describe_meaning).
pub fn add_expensive(x: &mut Features, a: &Profile, b: &Profile) {
    let common = crate::text::lcs_len(&a.seq, &b.seq) as f64;
    let soft_match = a.bag.soft_match(&b.bag);
    let soft = f64::from(soft_match.overlap);
    x[8] = ratio(common, a.seq.len().max(b.seq.len()) as f64);
    x[24] = soft;
    x[25] = f64::from(a.bag.mean_cosine(&b.bag));
    x[26] = (soft - x[GLOBAL_DICE]).max(0.0);
    x[28] = f64::from(soft_match.clause_cover);
    let (anchor_a, anchor_b) = (
        f64::from(a.bag.anchor_cover(&b.bag, ANCHORS)),
        f64::from(b.bag.anchor_cover(&a.bag, ANCHORS)),
    );
    x[29] = anchor_a.min(anchor_b);
    x[30] = anchor_a.max(anchor_b);
    x[33] = counted_conflict(&a.counted, &b.counted);
}

/// Words that scale a number rather than say what it counts ("5
/// percent", "$3 million").
const SCALES: &[&str] = &[
    "percent", "per", "cent", "hundred", "thousand", "million", "billion", "trillion",
];

/// What a number counts: the lower-case content words (up to three:
/// "electric buses", "job cuts") right after it and its scale words, in
/// `words` (the sentence's words after the number) and their lower case
/// `lower`, joined by spaces; `None` when a function word, a name or an
/// adverb follows ("$5 million a year", "2019 The", "3 million annually").
fn counted_noun(words: &[&str], lower: &[impl AsRef<str>]) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    for (w, l) in words
        .iter()
        .zip(lower.iter().map(AsRef::as_ref))
        .skip_while(|(_, l)| SCALES.contains(l))
        .take(3)
    {
        let plain = w.chars().all(|c| c.is_lowercase() && c.is_alphabetic());
        if !plain || l.len() < 3 || l.ends_with("ly") || is_stop_word(l) {
            break;
        }
        run.push(l);
    }
    (!run.is_empty()).then(|| run.join(" "))
}

/// Share of the numbers both sentences give with what they count whose
/// counted words share no word, in form or meaning ("40 jobs" cut / "40
/// electric buses" bought; "40 jobs" / "40 job cuts" and "5 people" / "5
/// civilians", alike by their word vectors, do not conflict).
fn counted_conflict(a: &[(u64, Box<str>)], b: &[(u64, Box<str>)]) -> f64 {
    fn stem(w: &str) -> &str {
        w.strip_suffix('s').unwrap_or(w)
    }
    let alike = |x: &str, y: &str| {
        stem(x) == stem(y)
            || embed::vectors()
                .similarity(x, y)
                .is_some_and(|c| c >= COUNTED_ALIKE)
    };
    let (mut compared, mut differ) = (0usize, 0usize);
    for (n, x) in a {
        for (_, y) in b.iter().filter(|(m, _)| m == n) {
            compared += 1;
            let shared = x.split(' ').any(|u| y.split(' ').any(|v| alike(u, v)));
            differ += usize::from(!shared);
        }
    }
    ratio(differ as f64, compared as f64)
}

/// Word-vector cosine from which two counted nouns count the same thing.
const COUNTED_ALIKE: f32 = 0.5;

/// `x` with its [`EXPENSIVE`] features set to 0: what [`cheap_features`]
/// gives for the same pair.
#[must_use]
pub fn cheap_part(x: &Features) -> Features {
    let mut c = *x;
    for k in EXPENSIVE {
        c[k] = 0.0;
    }
    c
}

/// The features of a pair with the [`EXPENSIVE`] ones left at 0.
#[must_use]
pub fn cheap_features(
    a: &Profile,
    b: &Profile,
    va: &TermVec,
    vb: &TermVec,
    context: f64,
) -> Features {
    // Overlap is symmetric (the smaller weight of each shared term, summed
    // in term order): one merge serves both containments and the Dice.
    let overlap = va.overlap(vb);
    let ca = ratio_or_zero(overlap, va.norm);
    let cb = ratio_or_zero(overlap, vb.norm);
    let vdice = ratio_or_zero(2.0 * overlap, va.norm + vb.norm);
    let sw = shared_weight(&a.content, &b.content);
    let ga = ratio(sw, a.content_norm);
    let gb = ratio(sw, b.content_norm);
    let gdice = ratio(2.0 * sw, a.content_norm + b.content_norm);
    let (nums, num_conflict, num_one) = agreement(&a.numbers, &b.numbers);
    let (names, name_conflict, _) = agreement(&a.names, &b.names);
    let (_, date_conflict, _) = agreement(&a.dates, &b.dates);
    let (short, long) = (a.words.min(b.words) as f64, a.words.max(b.words) as f64);
    let unshared = (a.content_norm + b.content_norm - 2.0 * sw).max(0.0);
    let both_quoted = !a.quoted.is_empty() && !b.quoted.is_empty();
    [
        vdice,
        ca.min(cb),
        ca.max(cb),
        gdice,
        ga.min(gb),
        ga.max(gb),
        dice(&a.bigrams, &b.bigrams),
        a.grams.dice(&b.grams),
        0.0,
        nums,
        num_conflict,
        num_one,
        names,
        name_conflict,
        date_conflict,
        f64::from(u8::from(a.negated != b.negated)),
        ratio(short, long),
        1.0 / (1.0 + short / 4.0),
        a.url.max(b.url),
        a.title_case.max(b.title_case),
        a.function_share.min(b.function_share),
        (a.position - b.position).abs(),
        context.clamp(0.0, 1.0),
        1.0 - 1.0 / (1.0 + unshared / 8.0),
        0.0,
        0.0,
        0.0,
        f64::from(u8::from(polarity_conflict(a.polarity, b.polarity))),
        0.0,
        0.0,
        0.0,
        f64::from(u8::from(both_quoted)),
        if both_quoted {
            dice(&a.quoted, &b.quoted)
        } else {
            0.0
        },
        0.0,
        0.0,
        0.0,
    ]
}

/// A logistic model over `N` features (by default the pair [`Features`]):
/// `p = 1 / (1 + e^-(bias + w·x))`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearModel<const N: usize = FEATURE_COUNT> {
    /// The intercept.
    pub bias: f64,
    /// One weight per feature, in the order of the features' names.
    pub weights: [f64; N],
}

impl<const N: usize> LinearModel<N> {
    /// The model's probability for a pair.
    #[must_use]
    pub fn probability(&self, x: &[f64; N]) -> f64 {
        let z: f64 = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats(a: &str, b: &str) -> Features {
        let (pa, pb) = (Profile::new(a, 0.0), Profile::new(b, 0.0));
        pair_features(&pa, &pb, &TermVec::default(), &TermVec::default(), 0.0)
    }

    fn get(f: &Features, name: &str) -> f64 {
        f[FEATURE_NAMES.iter().position(|n| *n == name).unwrap()]
    }

    #[test]
    fn expensive_features_alone_match_the_full_pair_features() {
        assert_eq!(FEATURE_NAMES[GLOBAL_DICE], "global_dice");
        let pa = Profile::lexical("The mill burned down on Tuesday night.", 0.1);
        let pb = Profile::lexical("On Tuesday night the old mill burned.", 0.2);
        let (va, vb) = (TermVec::default(), TermVec::default());
        let full = pair_features(&pa, &pb, &va, &vb, 0.0);
        let alone = expensive_features(&pa, &pb);
        for k in EXPENSIVE.into_iter().chain([GLOBAL_DICE]) {
            assert!((full[k] - alone[k]).abs() < 1e-12, "{}", FEATURE_NAMES[k]);
        }
        assert!(alone[8] > 0.0 && alone[GLOBAL_DICE] > 0.0);
    }

    #[test]
    fn position_gap_index_names_the_feature() {
        assert_eq!(FEATURE_NAMES[POSITION_GAP], "position_gap");
        let (pa, pb) = (
            Profile::lexical("One.", 0.25),
            Profile::lexical("One.", 1.5),
        );
        let x = cheap_features(&pa, &pb, &TermVec::default(), &TermVec::default(), 0.0);
        assert!((x[POSITION_GAP] - 0.75).abs() < 1e-12);
    }

    #[test]
    fn features_are_bounded_and_symmetric() {
        let a = "The council voted 7 to 2 on Tuesday to close the old bridge.";
        let b = "On Tuesday, the town council voted to shut the bridge, 7-2.";
        let (x, y) = (feats(a, b), feats(b, a));
        for (i, (p, q)) in x.iter().zip(&y).enumerate() {
            assert!((0.0..=1.0).contains(p), "{} = {p}", FEATURE_NAMES[i]);
            assert!((p - q).abs() < 1e-12, "{} not symmetric", FEATURE_NAMES[i]);
        }
        assert!(get(&x, "global_dice") > 0.4);
        assert_eq!(get(&x, "dates_conflict"), 0.0);
    }

    #[test]
    fn numbers_names_dates_and_negation_disagree() {
        let f = feats(
            "Ms Lindqvist said 40 ferries were late on Monday.",
            "Mr Okafor said 12 ferries were not late on Friday.",
        );
        assert_eq!(get(&f, "numbers_conflict"), 1.0);
        assert_eq!(get(&f, "names_conflict"), 1.0);
        assert_eq!(get(&f, "dates_conflict"), 1.0);
        assert_eq!(get(&f, "negation_mismatch"), 1.0);
        let g = feats("Ferries ran late.", "Ferries ran late, 12 of them.");
        assert_eq!(get(&g, "numbers_one_side"), 1.0);
        assert_eq!(get(&g, "numbers_conflict"), 0.0);
    }

    #[test]
    fn furniture_cues() {
        let url = Profile::new("Read more at https://www.example.com/story/123", 0.0);
        assert!(url.url > 0.3);
        let title = Profile::new("Ten Things The Mayor Never Told The Harbour Board", 0.0);
        assert!(title.title_case > 0.8);
        let prose = Profile::new("The mayor told the board that the harbour was full.", 0.0);
        assert!(prose.title_case < 0.3 && prose.function_share > 0.3);
    }

    #[test]
    fn cheap_features_leave_only_the_expensive_ones_out() {
        let (a, b) = (
            "Floods closed the northern rail line for a week.",
            "The northern railway was shut by flooding for seven days.",
        );
        let (pa, pb) = (Profile::new(a, 0.1), Profile::new(b, 0.2));
        let (va, vb) = (TermVec::default(), TermVec::default());
        let full = pair_features(&pa, &pb, &va, &vb, 0.0);
        let cheap = cheap_features(&pa, &pb, &va, &vb, 0.0);
        for k in 0..FEATURE_COUNT {
            if EXPENSIVE.contains(&k) {
                assert_eq!(cheap[k], 0.0, "{}", FEATURE_NAMES[k]);
            } else {
                assert_eq!(cheap[k], full[k], "{}", FEATURE_NAMES[k]);
            }
        }
        assert!(get(&full, "soft_overlap") > 0.0);
        // Without word vectors looked up, the lexical profile has no soft overlap.
        let (la, lb) = (Profile::lexical(a, 0.1), Profile::lexical(b, 0.2));
        assert_eq!(
            get(&pair_features(&la, &lb, &va, &vb, 0.0), "soft_overlap"),
            0.0
        );
    }

    #[test]
    fn a_number_counting_other_things_conflicts() {
        let f = feats(
            "The council agreed to cut 40 jobs at the transit authority.",
            "The transit authority will buy 40 electric buses by 2030.",
        );
        assert_eq!(get(&f, "counted_conflict"), 1.0);
        // The same thing counted, in other words or forms.
        for (a, b) in [
            (
                "Police said 40 jobs would go.",
                "Some 40 job cuts were announced.",
            ),
            (
                "It recalled 40,000 jars of puree.",
                "Some 40,000 jars were pulled.",
            ),
            // Scale words and what follows an adverb or a function word
            // count nothing.
            (
                "Shares fell 5 percent after the warning.",
                "Its stock lost 5% on Monday.",
            ),
            (
                "It will raise $3 million a year.",
                "It raises $3 million annually.",
            ),
        ] {
            assert_eq!(get(&feats(a, b), "counted_conflict"), 0.0, "{a} / {b}");
        }
        let words = ["electric", "buses", "by"];
        let lower: Vec<String> = words.iter().map(|w| (*w).to_string()).collect();
        assert_eq!(
            counted_noun(&words, &lower).as_deref(),
            Some("electric buses")
        );
    }

    /// The table gives every word what the list scans give it.
    #[test]
    fn word_marks_are_the_lists() {
        let listed = UP
            .iter()
            .chain(DOWN)
            .chain(NEGATIONS)
            .chain(OPPOSITES.iter().flat_map(|(x, y)| [x, y]));
        for w in listed.chain(&["rejects", "the", "", "closed", "not", "won't"]) {
            assert_eq!(
                word_marks(w),
                (polarity_bits(w), NEGATIONS.contains(w)),
                "{w}"
            );
        }
        assert_ne!(word_marks("closed").0, 0);
        assert!(word_marks("never").1);
        assert_eq!(word_marks("harbour"), (0, false));
    }

    #[test]
    fn opposite_outcomes_conflict() {
        let f = feats(
            "Shares of the brewer rose in early trading.",
            "Shares of the brewer fell in early trading.",
        );
        assert_eq!(get(&f, "polarity_conflict"), 1.0);
        // Both directions on one side, or the same direction: no conflict.
        let g = feats(
            "Sales rose in May after they fell in April.",
            "Sales fell in April.",
        );
        assert_eq!(get(&g, "polarity_conflict"), 0.0);
        let h = feats("The appeal was rejected.", "Judges rejected the appeal.");
        assert_eq!(get(&h, "polarity_conflict"), 0.0);
        let k = feats(
            "The union accepted the offer.",
            "The union rejected the offer.",
        );
        assert_eq!(get(&k, "polarity_conflict"), 1.0);
    }

    #[test]
    fn a_restated_clause_is_covered() {
        // The second sentence restates the first clause only: the clause
        // cover is high while the whole-sentence overlap is diluted.
        let f = feats(
            "The ferry operator had already planned to retire the old boat, and the crew expects a quiet winter on the lake.",
            "The ferry operator had previously decided to retire the old boat.",
        );
        assert!(
            get(&f, "clause_cover") > get(&f, "soft_overlap") + 0.1,
            "{f:?}"
        );
        assert!(get(&f, "clause_cover") > 0.8);
        let g = feats(
            "A storm closed the harbour road.",
            "The council approved a new library budget.",
        );
        assert!(get(&g, "clause_cover") < 0.5);
    }

    #[test]
    fn quoted_spans_in_double_and_single_quotes() {
        let f = normalize(
            "\u{201c}The pier will stay shut all winter,\u{201d} the harbour master said.",
        );
        assert_eq!(quoted_spans(&f), ["The pier will stay shut all winter,"]);
        // Single quotes open after a space and close before a space or
        // punctuation; apostrophes open nothing.
        let g = "Okafor's crew said 'the boat was never at risk', and the owners' lawyer agreed.";
        assert_eq!(quoted_spans(g), ["the boat was never at risk"]);
        let h = "'I'll sail again next spring,' she said.";
        assert!(quoted_spans(h).is_empty());
        // A quote left open, and one too short to count.
        assert!(quoted_spans("He said \"nothing more than this").is_empty());
        assert!(quoted_spans("It was \"fine\" he said.").is_empty());
    }

    #[test]
    fn a_quotation_continued_from_the_previous_sentence_is_quoted() {
        // Only the closing mark: the sentence opens inside the quotation.
        let f = normalize("the rest of it was rubble,\u{201d} the harbour master said.");
        assert_eq!(quoted_spans(&f), ["the rest of it was rubble,"]);
        assert_eq!(
            quoted_spans("we sail at dawn,' Varga said, \"and not a minute later.\""),
            ["and not a minute later.", "we sail at dawn,"]
        );
        // A closing mark, then a new quotation that opens and closes.
        assert_eq!(
            quoted_spans("the pier is shut,\" she said, \"and so is the road.\""),
            ["the pier is shut,", "and so is the road."]
        );
        // An apostrophe after a word is no closing mark; an opening mark
        // after a space is still one left open.
        assert!(quoted_spans("The players' bus left at noon.").is_empty());
        assert!(quoted_spans("He said \"nothing more than this").is_empty());
        // Nor is an inch mark after a number.
        assert!(quoted_spans("The new phone has a 6\" screen and a bigger battery.").is_empty());
        // Two different continued quotations of one speaker differ.
        let g = feats(
            "the boat was never at risk,\u{201d} harbour master Ines Varga said on Monday.",
            "\u{201c}The cargo is safe and nobody was hurt,\u{201d} harbour master Ines Varga said on Monday.",
        );
        assert_eq!(get(&g, "both_quoted"), 1.0);
        assert!(get(&g, "quote_dice") < 0.2, "{g:?}");
    }

    #[test]
    fn different_quotes_of_one_speaker_differ() {
        // Same speaker, two different quotes: quoted words barely meet.
        let f = feats(
            "\"The repairs took far longer than we planned,\" harbour master Ines Varga said.",
            "\"Nobody was hurt and the cargo is safe,\" harbour master Ines Varga said.",
        );
        assert_eq!(get(&f, "both_quoted"), 1.0);
        assert!(get(&f, "quote_dice") < 0.2, "{f:?}");
        // The same quote in other typography meets in full.
        let g = feats(
            "\u{201c}Nobody was hurt and the cargo is safe,\u{201d} Varga said.",
            "'Nobody was hurt and the cargo is safe,' the harbour master told reporters.",
        );
        assert_eq!(get(&g, "quote_dice"), 1.0);
        let h = feats("Nobody was hurt, Varga said.", "Nobody was hurt.");
        assert_eq!(get(&h, "both_quoted"), 0.0);
        assert_eq!(get(&h, "quote_dice"), 0.0);
    }

    #[test]
    fn rare_words_anchor_a_partial_restatement() {
        // The short sentence's rarest words all reappear in the long one,
        // which says more besides: the anchor of the short side is full.
        let f = feats(
            "Surgeons drained a subdural haematoma from the skipper's skull.",
            "The skipper slipped on deck, and surgeons later drained a subdural haematoma that had formed overnight.",
        );
        assert!(get(&f, "anchor_max") > 0.9, "{f:?}");
        assert!(get(&f, "anchor_min") <= get(&f, "anchor_max"));
        let g = feats(
            "Surgeons drained a subdural haematoma from the skipper's skull.",
            "The regatta was postponed because of fog over the estuary.",
        );
        assert!(get(&g, "anchor_max") < 0.6, "{g:?}");
    }

    #[test]
    fn packed_grams_give_the_dice_of_hashed_grams() {
        let chars = |t: &str| -> Vec<char> { format!(" {t} ").chars().collect() };
        let hashed = |t: &str| sorted_dedup(chars(t).windows(4).map(hash).collect());
        let texts = [
            "the ferry left at noon",
            "the ferry left at noon.",
            "café crème at the Zürich quay",
            "cafe creme at the zurich quay",
            "Αθήνα ferry left at noon",
            "東京 ferry left at noon",
            "",
        ];
        for a in texts {
            for b in texts {
                let (ga, gb) = (Grams::new(&chars(a)), Grams::new(&chars(b)));
                assert_eq!(ga.len(), hashed(a).len(), "{a}");
                assert_eq!(
                    ga.dice(&gb).to_bits(),
                    dice(&hashed(a), &hashed(b)).to_bits(),
                    "{a} / {b}"
                );
            }
        }
    }

    #[test]
    fn common_subsequence_and_grams() {
        assert_eq!(crate::text::lcs_len(&[1u64, 2, 3, 4], &[1, 3, 4, 5]), 3);
        let f = feats("The colour of the boats", "The color of the boats");
        assert!(get(&f, "char4_dice") > 0.6);
        assert!(get(&f, "lcs_ratio") > 0.7);
    }
}
