//! Static word vectors: a semantic signal for words that differ but mean
//! nearly the same ("reprisal" / "retaliation", "killed" / "dead").
//!
//! The vectors ship inside the binary (`assets/data/wordvec.bin`, read with
//! `include_bytes!`), so nothing is fetched or opened at run time. They were
//! distilled by `scripts/embeddings/build.py` from the sentence-embedding
//! model all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0): each of the
//! 50,000 most frequent plain lower-case English words of `wordfreq` (data
//! CC BY-SA 4.0) embedded alone, reduced by PCA to 96 dimensions and
//! quantised to int8. Each word also carries its Zipf frequency (log10 of
//! occurrences per billion words), the prior for how much a word says.
//!
//! Guarantees:
//! - The asset is parsed once, on first use of [`vectors`], in well under a
//!   millisecond: the words, matrix and lookup table are borrowed, not
//!   copied or rebuilt. A malformed buffer is a [`FormatError`] from
//!   [`WordVectors::parse`], never a panic or an endless probe.
//! - A lookup tries the word as given, then lower-cased without a
//!   possessive `'s`, then a few regular inflections stripped (`-s`, `-es`,
//!   `-ies`, `-ed`, `-ing`, `-ly`, doubled consonants); a word not found so
//!   gives `None`, never a guess. Lower-case ASCII words of the vocabulary
//!   are found without allocating.
//! - Cosines are in `[-1, 1]` and 1 for a word with itself; the sentence
//!   signals ([`Bag`]) are in `[0, 1]` and 0 for an empty side.

mod bag;

use std::borrow::Cow;
use std::sync::OnceLock;

pub use bag::{Bag, SoftMatch};

/// The shipped asset (format in [`WordVectors::parse`]), for the tables
/// computed from it at compile time ([`shipped`]).
const ASSET_BYTES: &[u8] = include_bytes!("../../assets/data/wordvec.bin");
/// The shipped asset, once in the binary.
static ASSET: &[u8] = ASSET_BYTES;

const MAGIC: &[u8; 4] = b"SDWV";
const VERSION: u32 = 2;

/// Why a word-vector buffer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The buffer does not start with the `SDWV` magic.
    #[error("not a word-vector file (bad magic)")]
    Magic,
    /// A format version this reader does not know.
    #[error("unsupported word-vector format version {0}")]
    Version(u32),
    /// The buffer ends before the part named.
    #[error("word-vector file truncated in its {0}")]
    Truncated(&'static str),
    /// A vocabulary entry is not UTF-8, or the header is inconsistent.
    #[error("word-vector file is corrupt: {0}")]
    Corrupt(&'static str),
}

/// Word vectors with their vocabulary and frequencies (see the module doc).
#[derive(Debug)]
pub struct WordVectors<'a> {
    dims: usize,
    /// The words block: per word a length byte and the word's bytes.
    words: &'a [u8],
    /// Where each row's length byte sits in `words`.
    offsets: Cow<'a, [u32]>,
    zipf: &'a [u8],
    /// Per-row factor that makes the dequantised row unit length.
    scales: Cow<'a, [f32]>,
    matrix: &'a [i8],
    /// Open-addressing table, 4 bytes per slot: row + 1, or 0 for empty.
    table: &'a [u8],
}

/// The shipped word vectors, parsed on first use.
///
/// # Panics
/// Only if the asset compiled into the binary is malformed, which the tests
/// rule out.
pub fn vectors() -> &'static WordVectors<'static> {
    static VECTORS: OnceLock<WordVectors<'static>> = OnceLock::new();
    VECTORS.get_or_init(shipped::vectors)
}

/// The shipped asset's row offsets and scales, decoded at compile time.
///
/// Decoding them at run time cost about a third of the instructions and a
/// sixth of the page faults of a one-sentence comparison (50,000 words
/// walked, 400 KB allocated and filled); as constants they sit in the
/// binary's read-only data and only the pages a lookup touches are read.
/// The header is checked at compile time; a test checks that the result
/// equals [`WordVectors::parse`] of the asset.
mod shipped {
    use std::borrow::Cow;

    use super::{ASSET, ASSET_BYTES, MAGIC, VERSION, WordVectors};

    const fn le_u32(at: usize) -> u32 {
        let b = ASSET_BYTES;
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    const DIMS: usize = le_u32(8) as usize;
    const COUNT: usize = le_u32(12) as usize;
    const BITS: u32 = le_u32(16);
    /// The words block starts right after the five header fields.
    const WORDS_START: usize = 20;

    /// Where each row's length byte sits in the words block, and the
    /// block's length.
    #[allow(clippy::large_stack_arrays)] // only ever evaluated by the compiler
    const fn walk() -> ([u32; COUNT], usize) {
        let mut out = [0u32; COUNT];
        let mut pos = 0;
        let mut i = 0;
        while i < COUNT {
            #[allow(clippy::cast_possible_truncation)] // checked below: the block fits the asset
            {
                out[i] = pos as u32;
            }
            pos += 1 + ASSET_BYTES[WORDS_START + pos] as usize;
            i += 1;
        }
        (out, pos)
    }

    const WALK: ([u32; COUNT], usize) = walk();
    const WORDS_END: usize = WORDS_START + WALK.1;
    const ZIPF_END: usize = WORDS_END + COUNT;
    const SCALES_END: usize = ZIPF_END + 4 * COUNT;
    const MATRIX_END: usize = SCALES_END + COUNT * DIMS;

    static OFFSETS: [u32; COUNT] = WALK.0;

    static SCALES: [f32; COUNT] = {
        let mut out = [0f32; COUNT];
        let mut i = 0;
        while i < COUNT {
            let at = ZIPF_END + 4 * i;
            let b = ASSET_BYTES;
            out[i] = f32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
            i += 1;
        }
        out
    };

    // The checks `WordVectors::parse` makes, done by the compiler.
    const _: () = {
        let m = ASSET_BYTES;
        assert!(m[0] == MAGIC[0] && m[1] == MAGIC[1] && m[2] == MAGIC[2] && m[3] == MAGIC[3]);
        assert!(le_u32(4) == VERSION);
        assert!(DIMS > 0 && DIMS <= 4096 && BITS <= 28 && COUNT < 1 << BITS);
        assert!(MATRIX_END + (4 << BITS) == ASSET_BYTES.len());
    };

    pub(super) fn vectors() -> WordVectors<'static> {
        WordVectors {
            dims: DIMS,
            words: &ASSET[WORDS_START..WORDS_END],
            offsets: Cow::Borrowed(&OFFSETS),
            zipf: &ASSET[WORDS_END..ZIPF_END],
            scales: Cow::Borrowed(&SCALES),
            matrix: bytemuck::cast_slice(&ASSET[SCALES_END..MATRIX_END]),
            table: &ASSET[MATRIX_END..],
        }
    }
}

/// Reads the buffer front to back, naming the part that is cut short.
struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, part: &'static str) -> Result<&'a [u8], FormatError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or(FormatError::Truncated(part))?;
        let out = &self.buf[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn u32(&mut self, part: &'static str) -> Result<u32, FormatError> {
        let b = self.take(4, part)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// The table's hash of a word: FNV-1a (64 bits) folded onto its low half.
fn slot_hash(word: &[u8]) -> u64 {
    let h = word.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    h ^ (h >> 32)
}

impl<'a> WordVectors<'a> {
    /// Parses a word-vector buffer, borrowing its words, matrix and table.
    ///
    /// Format, integers little-endian: magic `SDWV`; `u32` version (2);
    /// `u32` dims; `u32` count; `u32` table bits; `count` words, each a `u8`
    /// byte length and UTF-8 bytes, most frequent first; `count` `u8` Zipf
    /// frequencies × 10; `count` `f32` scales; a `count × dims` row-major
    /// `i8` matrix (a word's vector is its scale times its row, of unit
    /// length); a table of `2^bits` `u32` slots holding row + 1 (0 = empty),
    /// filled by linear probing from `fold(fnv1a64(word)) & (2^bits - 1)`
    /// with `fold(h) = h ^ (h >> 32)`. Nothing may follow the table.
    /// Words are compared as bytes: one that is not UTF-8 is never found.
    ///
    /// # Errors
    /// A [`FormatError`] naming what is wrong; never panics.
    pub fn parse(buf: &'a [u8]) -> Result<Self, FormatError> {
        let mut r = Reader { buf, pos: 0 };
        if r.take(4, "header")? != MAGIC {
            return Err(FormatError::Magic);
        }
        let version = r.u32("header")?;
        if version != VERSION {
            return Err(FormatError::Version(version));
        }
        let dims = r.u32("header")? as usize;
        let count = r.u32("header")? as usize;
        let bits = r.u32("header")?;
        if dims == 0 || dims > 4096 || bits > 28 || count >= 1usize << bits {
            return Err(FormatError::Corrupt("implausible header"));
        }
        // Every word takes at least 1 + 1 + 4 + dims bytes: refuse a count
        // the buffer cannot hold before reserving memory for it.
        if count.saturating_mul(6 + dims) + (4 << bits) > buf.len() {
            return Err(FormatError::Truncated("vocabulary"));
        }
        let words_start = r.pos;
        let mut offsets = Vec::with_capacity(count);
        for _ in 0..count {
            #[allow(clippy::cast_possible_truncation)] // the buffer's size was checked
            offsets.push((r.pos - words_start) as u32);
            let len = r.take(1, "vocabulary")?[0] as usize;
            r.take(len, "vocabulary")?;
        }
        let words = &buf[words_start..r.pos];
        let zipf = r.take(count, "frequencies")?;
        let scales: Vec<f32> = r
            .take(count * 4, "scales")?
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let matrix = bytemuck::cast_slice(r.take(count * dims, "matrix")?);
        let table = r.take(4 << bits, "table")?;
        if r.pos != buf.len() {
            return Err(FormatError::Corrupt("bytes after the table"));
        }
        Ok(WordVectors {
            dims,
            words,
            offsets: offsets.into(),
            zipf,
            scales: scales.into(),
            matrix,
            table,
        })
    }

    /// Number of dimensions of each vector.
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// Number of words in the vocabulary.
    pub fn len(&self) -> usize {
        self.offsets.len()
    }

    /// Whether the vocabulary is empty.
    pub fn is_empty(&self) -> bool {
        self.offsets.is_empty()
    }

    /// The vocabulary, most frequent word first.
    pub fn words(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).filter_map(|r| std::str::from_utf8(self.word_bytes(r)).ok())
    }

    fn word_bytes(&self, row: usize) -> &'a [u8] {
        let at = self.offsets[row] as usize;
        let len = self.words[at] as usize;
        &self.words[at + 1..at + 1 + len]
    }

    /// The vocabulary word a lookup of `word` lands on ("Russia's" →
    /// "russia", "retaliations" → "retaliation"), if any.
    pub fn canonical(&self, word: &str) -> Option<&'a str> {
        self.row(word)
            .and_then(|r| std::str::from_utf8(self.word_bytes(r)).ok())
    }

    /// The row of a word spelt exactly so, from the table.
    fn find(&self, word: &str) -> Option<usize> {
        let slots = self.table.len() / 4;
        let mask = slots - 1;
        #[allow(clippy::cast_possible_truncation)] // masked to the table size
        let mut i = slot_hash(word.as_bytes()) as usize & mask;
        // At most one pass over the table, even if a damaged one is full.
        for _ in 0..slots {
            let b = &self.table[4 * i..4 * i + 4];
            let v = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
            if v == 0 {
                return None;
            }
            if v <= self.len() && self.word_bytes(v - 1) == word.as_bytes() {
                return Some(v - 1);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The vocabulary row of a word (see the module doc for the fallbacks).
    fn row(&self, word: &str) -> Option<usize> {
        if let Some(r) = self.find(word) {
            return Some(r);
        }
        let mut buf = [0u8; 48];
        let lower: Cow<'_, str> = if word.is_ascii() && word.len() <= buf.len() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).ok()?.into()
        } else {
            word.to_lowercase().into()
        };
        let bare = lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("\u{2019}s"))
            .or_else(|| lower.strip_suffix(['\'', '\u{2019}']))
            .unwrap_or(&lower);
        if let Some(r) = self.find(bare) {
            return Some(r);
        }
        self.inflected(bare)
    }

    /// The row of the base form of a regularly inflected word.
    fn inflected(&self, w: &str) -> Option<usize> {
        const RULES: &[(&str, &str)] = &[
            ("ies", "y"),
            ("ied", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
            ("ly", ""),
        ];
        if w.len() < 4 || !w.is_ascii() {
            return None;
        }
        let mut base = String::with_capacity(w.len());
        for (suffix, replace) in RULES {
            let Some(stem) = w.strip_suffix(suffix) else {
                continue;
            };
            if stem.len() < 2 || (*suffix == "s" && stem.ends_with('s')) {
                continue;
            }
            base.clear();
            base.push_str(stem);
            base.push_str(replace);
            if let Some(r) = self.find(&base) {
                return Some(r);
            }
            // "stopped" → "stop", "planning" → "plan".
            let b = stem.as_bytes();
            if replace.is_empty()
                && b.len() >= 3
                && b[b.len() - 1] == b[b.len() - 2]
                && let Some(r) = self.find(&stem[..stem.len() - 1])
            {
                return Some(r);
            }
        }
        None
    }

    fn quantised(&self, row: usize) -> &'a [i8] {
        &self.matrix[row * self.dims..(row + 1) * self.dims]
    }

    /// The quantised vector of a word; times the word's scale
    /// ([`WordVectors::vector_f32`]) it has unit length.
    pub fn vector(&self, word: &str) -> Option<&'a [i8]> {
        self.row(word).map(|r| self.quantised(r))
    }

    /// The dequantised vector of a word, of unit length.
    pub fn vector_f32(&self, word: &str) -> Option<Vec<f32>> {
        let r = self.row(word)?;
        let mut out = vec![0.0; self.dims];
        self.add_row(r, 1.0, &mut out);
        Some(out)
    }

    /// Adds `k` times the unit vector of `row` to `acc`.
    fn add_row(&self, row: usize, k: f32, acc: &mut [f32]) {
        bag::add_scaled(acc, self.quantised(row), k * self.scales[row]);
    }

    /// Cosine similarity of two words' vectors, `None` if either is unknown.
    pub fn similarity(&self, a: &str, b: &str) -> Option<f32> {
        let (ra, rb) = (self.row(a)?, self.row(b)?);
        if ra == rb {
            return Some(1.0);
        }
        let dot: i32 = self
            .quantised(ra)
            .iter()
            .zip(self.quantised(rb))
            .map(|(&x, &y)| i32::from(x) * i32::from(y))
            .sum();
        Some((dot as f32 * (self.scales[ra] * self.scales[rb])).clamp(-1.0, 1.0))
    }

    /// Zipf frequency of a word: log10 of its occurrences per billion words
    /// (about 7.7 for "the", 3 for "reprisal"); `None` if unknown.
    pub fn zipf(&self, word: &str) -> Option<f32> {
        self.row(word).map(|r| f32::from(self.zipf[r]) / 10.0)
    }

    /// How much a word says about its sentence, in `(0, 1]`: the smooth
    /// inverse frequency `a / (a + p)` of Arora et al. (2017), `a = 1e-3`,
    /// `p` the word's probability. Function words weigh near 0, rare words
    /// near 1, unknown words (names, numbers) 1.
    pub fn weight(&self, word: &str) -> f32 {
        self.row(word).map_or(1.0, |r| self.row_weight(r))
    }

    fn row_weight(&self, row: usize) -> f32 {
        zipf_weight(self.zipf[row])
    }

    /// [`WordVectors::canonical`] and [`WordVectors::weight`] of a word
    /// from one lookup.
    pub fn canonical_and_weight(&self, word: &str) -> (Option<&'a str>, f32) {
        self.canonical_and_weight_of(self.row(word))
    }

    /// [`WordVectors::canonical_and_weight`] of a word whose row is `row`.
    fn canonical_and_weight_of(&self, row: Option<usize>) -> (Option<&'a str>, f32) {
        match row {
            Some(r) => (
                std::str::from_utf8(self.word_bytes(r)).ok(),
                self.row_weight(r),
            ),
            None => (None, 1.0),
        }
    }

    /// A sentence's words looked up once, for many comparisons.
    pub fn bag(&self, words: &[&str]) -> Bag<'a> {
        Bag::new(self, words)
    }

    /// A sentence's words with the number of the clause each is in (for
    /// [`Bag::soft_match`]'s clause cover).
    pub fn bag_in_clauses<'w>(&self, words: impl IntoIterator<Item = (&'w str, u16)>) -> Bag<'a> {
        Bag::new_in_clauses(self, words)
    }

    /// The bag of a text's words, as [`crate::text::words`] segments them.
    pub fn bag_of_text(&self, text: &str) -> Bag<'a> {
        let words: Vec<&str> = super::segment::words(text).map(|(_, w)| w).collect();
        Bag::new(self, &words)
    }

    /// [`WordVectors::bag_of_text`], telling `each` every word the bag
    /// keeps (one with a letter or digit, in text order) with its
    /// [`WordVectors::canonical_and_weight`], from the bag's own lookup:
    /// a caller that needs both does not look every word up twice.
    pub fn bag_of_text_with(
        &self,
        text: &str,
        mut each: impl FnMut(&str, (Option<&'a str>, f32)),
    ) -> Bag<'a> {
        let words: Vec<&str> = super::segment::words(text).map(|(_, w)| w).collect();
        Bag::new_observed(self, words.iter().map(|w| (*w, 0)), |w, row| {
            each(w, self.canonical_and_weight_of(row));
        })
    }

    /// [`Bag::soft_overlap`] of two word sequences.
    pub fn soft_overlap(&self, a: &[&str], b: &[&str]) -> f32 {
        self.bag(a).soft_overlap(&self.bag(b))
    }

    /// [`Bag::mean_cosine`] of two word sequences.
    pub fn mean_cosine(&self, a: &[&str], b: &[&str]) -> f32 {
        self.bag(a).mean_cosine(&self.bag(b))
    }
}

/// The weight [`WordVectors::weight`] gives a word of stored Zipf byte
/// `z`: `a / (a + p)`, `a = 1e-3`, `p = 10^(z / 10 - 9)`, computed once
/// per byte value (a `powf` per lookup cost about half a per cent of a
/// small comparison) with the very same operations, so the same `f32`.
fn zipf_weight(z: u8) -> f32 {
    static TABLE: OnceLock<[f32; 256]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|z| {
            const A: f32 = 1e-3;
            #[allow(clippy::cast_possible_truncation)] // z < 256
            let p = 10f32.powf(f32::from(z as u8) / 10.0 - 9.0);
            A / (A + p)
        })
    })[usize::from(z)]
}

/// [`Bag::soft_overlap`] with the shipped vectors.
pub fn soft_overlap(a: &[&str], b: &[&str]) -> f32 {
    vectors().soft_overlap(a, b)
}

/// [`Bag::mean_cosine`] with the shipped vectors.
pub fn mean_cosine(a: &[&str], b: &[&str]) -> f32 {
    vectors().mean_cosine(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compile_time_tables_equal_the_parsed_asset() {
        let parsed = WordVectors::parse(ASSET).unwrap();
        let shipped = shipped::vectors();
        assert_eq!(shipped.dims, parsed.dims);
        assert_eq!(shipped.words, parsed.words);
        assert_eq!(shipped.offsets, parsed.offsets);
        assert_eq!(shipped.zipf, parsed.zipf);
        assert_eq!(shipped.scales, parsed.scales);
        assert_eq!(shipped.matrix, parsed.matrix);
        assert_eq!(shipped.table, parsed.table);
        assert_eq!(shipped.len(), 50_000);
        assert_eq!(vectors().canonical("retaliations"), Some("retaliation"));
    }

    #[test]
    fn weight_table_gives_the_formula_bit_for_bit() {
        for z in 0..=255u8 {
            let p = 10f32.powf(f32::from(z) / 10.0 - 9.0);
            assert_eq!(zipf_weight(z).to_bits(), (1e-3 / (1e-3 + p)).to_bits());
        }
        let wv = vectors();
        for w in ["the", "Russia's", "retaliations", "Tillerson", "zzqx"] {
            assert_eq!(wv.canonical_and_weight(w), (wv.canonical(w), wv.weight(w)));
        }
    }
}
