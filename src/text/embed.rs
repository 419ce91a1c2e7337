//! Static word vectors: a semantic signal for words that differ but mean
//! nearly the same ("reprisal" / "retaliation", "killed" / "dead").
//!
//! The vectors ship inside the binary (`assets/data/wordvec.bin`, read with
//! `include_bytes!`), so nothing is fetched or opened at run time. They were
//! distilled by `scripts/embeddings/build.py` from the sentence-embedding
//! model all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0): each word of
//! the 50,000 most frequent plain lower-case English words of `wordfreq`
//! (data CC BY-SA 4.0) embedded alone, reduced by PCA and quantised to int8.
//! Each word also carries its Zipf frequency (log10 of occurrences per
//! billion words), the prior for how much a shared word says.
//!
//! Guarantees:
//! - The asset is parsed once, on first use, by [`vectors`]; a malformed
//!   buffer is a [`FormatError`], never a panic ([`WordVectors::parse`]).
//! - Lookups fold ASCII case and a possessive `'s`, then fall back to the
//!   most frequent vocabulary word with the same Snowball stem; a word that
//!   is not found gives `None`, never a guess.
//! - Cosines are in `[-1, 1]`; the sentence helpers return values in
//!   `[0, 1]` and 0 for empty input. No lookup allocates for lower-case
//!   ASCII words that are in the vocabulary.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

/// The shipped asset (format in [`WordVectors::parse`]).
static ASSET: &[u8] = include_bytes!("../../assets/data/wordvec.bin");

const MAGIC: &[u8; 4] = b"SDWV";
const VERSION: u32 = 1;

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
    words: Vec<&'a str>,
    index: FxHashMap<&'a str, u32>,
    zipf: &'a [u8],
    scales: Vec<f32>,
    matrix: Vec<i8>,
    /// Euclidean norm of each int8 row, for cosines without dequantising.
    norms: Vec<f32>,
    /// Snowball stem → most frequent word with that stem; built on the first
    /// lookup that needs it.
    stems: OnceLock<FxHashMap<String, u32>>,
}

/// The shipped word vectors, parsed on first use.
///
/// # Panics
/// Only if the asset compiled into the binary is malformed, which the tests
/// rule out.
pub fn vectors() -> &'static WordVectors<'static> {
    static VECTORS: OnceLock<WordVectors<'static>> = OnceLock::new();
    VECTORS.get_or_init(|| WordVectors::parse(ASSET).expect("the bundled word vectors parse"))
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

impl<'a> WordVectors<'a> {
    /// Parses a word-vector buffer.
    ///
    /// Format, integers little-endian: magic `SDWV`; `u32` version (1);
    /// `u32` dims; `u32` count; `count` words, each a `u8` byte length and
    /// UTF-8 bytes, most frequent first; `count` `u8` Zipf frequencies × 10;
    /// `count` `f32` scales; a `count × dims` row-major `i8` matrix (a word's
    /// vector is its scale times its row). Nothing may follow the matrix.
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
        if dims == 0 || dims > 4096 || count > u32::MAX as usize / 2 {
            return Err(FormatError::Corrupt("implausible header"));
        }
        // Every word takes at least 1 + 1 + 4 + dims bytes: reject a huge
        // count before reserving memory for it.
        if count.saturating_mul(6 + dims) > buf.len() {
            return Err(FormatError::Truncated("vocabulary"));
        }
        let mut words = Vec::with_capacity(count);
        let mut index = FxHashMap::default();
        index.reserve(count);
        for row in 0..count {
            let len = r.take(1, "vocabulary")?[0] as usize;
            let word = std::str::from_utf8(r.take(len, "vocabulary")?)
                .map_err(|_| FormatError::Corrupt("a word is not UTF-8"))?;
            words.push(word);
            // The most frequent spelling wins if the list repeats a word.
            #[allow(clippy::cast_possible_truncation)] // count < u32::MAX / 2
            index.entry(word).or_insert(row as u32);
        }
        let zipf = r.take(count, "frequencies")?;
        let scales = r
            .take(count * 4, "scales")?
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let matrix: Vec<i8> = r
            .take(count * dims, "matrix")?
            .iter()
            .map(|&b| i8::from_ne_bytes([b]))
            .collect();
        if r.pos != buf.len() {
            return Err(FormatError::Corrupt("bytes after the matrix"));
        }
        let norms = matrix
            .chunks_exact(dims)
            .map(|row| (dot(row, row) as f32).sqrt())
            .collect();
        Ok(WordVectors {
            dims,
            words,
            index,
            zipf,
            scales,
            matrix,
            norms,
            stems: OnceLock::new(),
        })
    }

    /// Number of dimensions of each vector.
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// Number of words in the vocabulary.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the vocabulary is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The vocabulary row of a word: exact, then case-folded without a
    /// possessive, then the most frequent word sharing its stem.
    fn row(&self, word: &str) -> Option<usize> {
        if let Some(&r) = self.index.get(word) {
            return Some(r as usize);
        }
        let mut buf = [0u8; 48];
        let lower: std::borrow::Cow<'_, str> = if word.is_ascii() && word.len() <= buf.len() {
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
            .or_else(|| lower.strip_suffix('\''))
            .unwrap_or(&lower);
        if bare.is_empty() {
            return None;
        }
        if let Some(&r) = self.index.get(bare) {
            return Some(r as usize);
        }
        self.stems().get(stem(bare).as_ref()).map(|&r| r as usize)
    }

    fn stems(&self) -> &FxHashMap<String, u32> {
        self.stems.get_or_init(|| {
            let mut map = FxHashMap::default();
            for (row, word) in self.words.iter().enumerate() {
                #[allow(clippy::cast_possible_truncation)] // count < u32::MAX / 2
                map.entry(stem(word).into_owned()).or_insert(row as u32);
            }
            map
        })
    }

    fn quantised(&self, row: usize) -> &[i8] {
        &self.matrix[row * self.dims..(row + 1) * self.dims]
    }

    /// The quantised vector of a word (multiply by its scale, or compare
    /// with [`WordVectors::similarity`], which needs no scale).
    pub fn vector(&self, word: &str) -> Option<&[i8]> {
        self.row(word).map(|r| self.quantised(r))
    }

    /// The dequantised vector of a word, of length about 1.
    pub fn vector_f32(&self, word: &str) -> Option<Vec<f32>> {
        let r = self.row(word)?;
        let s = self.scales[r];
        Some(
            self.quantised(r)
                .iter()
                .map(|&q| s * f32::from(q))
                .collect(),
        )
    }

    /// Cosine similarity of two words' vectors, `None` if either is unknown.
    pub fn similarity(&self, a: &str, b: &str) -> Option<f32> {
        let (ra, rb) = (self.row(a)?, self.row(b)?);
        Some(self.row_cosine(ra, rb))
    }

    fn row_cosine(&self, a: usize, b: usize) -> f32 {
        if a == b {
            return 1.0;
        }
        let n = self.norms[a] * self.norms[b];
        if n == 0.0 {
            return 0.0;
        }
        (dot(self.quantised(a), self.quantised(b)) as f32 / n).clamp(-1.0, 1.0)
    }

    /// Zipf frequency of a word: log10 of its occurrences per billion words
    /// (about 7.7 for "the", 3 for "reprisal"); `None` if unknown.
    pub fn zipf(&self, word: &str) -> Option<f32> {
        self.row(word).map(|r| f32::from(self.zipf[r]) / 10.0)
    }

    /// How much a word says about its sentence, in `(0, 1]`: the smooth
    /// inverse frequency `a / (a + p)` of Arora et al. (2017) with
    /// `a = 1e-3` and `p` the word's probability. Frequent function words
    /// weigh near 0, rare words and unknown words (names, numbers) near 1.
    pub fn weight(&self, word: &str) -> f32 {
        self.row(word)
            .map_or(UNKNOWN_WEIGHT, |r| self.row_weight(r))
    }

    fn row_weight(&self, r: usize) -> f32 {
        sif_weight(f32::from(self.zipf[r]) / 10.0)
    }

    /// Soft word overlap of two word sequences, in `[0, 1]`: each word's best
    /// match on the other side (1 for the same word, else the cosine of the
    /// vectors, at least 0; 0 for an unknown word absent from the other
    /// side), weighted by [`WordVectors::weight`], averaged over the side's
    /// words, then over both directions. 0 when either side is empty.
    pub fn soft_overlap(&self, a: &[&str], b: &[&str]) -> f32 {
        if a.is_empty() || b.is_empty() {
            return 0.0;
        }
        let la = self.lookups(a);
        let lb = self.lookups(b);
        0.5 * (self.one_way(&la, &lb) + self.one_way(&lb, &la))
    }

    fn lookups<'w>(&self, words: &[&'w str]) -> Vec<Lookup<'w>> {
        words
            .iter()
            .map(|&w| {
                let row = self.row(w);
                Lookup {
                    word: w,
                    row,
                    weight: row.map_or(UNKNOWN_WEIGHT, |r| self.row_weight(r)),
                }
            })
            .collect()
    }

    fn one_way(&self, from: &[Lookup<'_>], to: &[Lookup<'_>]) -> f32 {
        let (mut num, mut den) = (0.0f32, 0.0f32);
        for x in from {
            let best = to
                .iter()
                .map(|y| match (x.row, y.row) {
                    (Some(a), Some(b)) => self.row_cosine(a, b).max(0.0),
                    _ if x.word.eq_ignore_ascii_case(y.word) => 1.0,
                    _ => 0.0,
                })
                .fold(0.0f32, f32::max);
            num += x.weight * best;
            den += x.weight;
        }
        if den > 0.0 { num / den } else { 0.0 }
    }

    /// Cosine of the weighted mean vectors of two word sequences (weights
    /// from [`WordVectors::weight`], unknown words left out), clamped to
    /// `[0, 1]`; 0 when either side has no known word.
    pub fn mean_cosine(&self, a: &[&str], b: &[&str]) -> f32 {
        let (ma, mb) = (self.mean(a), self.mean(b));
        let norms =
            (ma.iter().map(|v| v * v).sum::<f32>() * mb.iter().map(|v| v * v).sum::<f32>()).sqrt();
        if norms == 0.0 {
            return 0.0;
        }
        (ma.iter().zip(&mb).map(|(p, q)| p * q).sum::<f32>() / norms).clamp(0.0, 1.0)
    }

    fn mean(&self, words: &[&str]) -> Vec<f32> {
        let mut m = vec![0.0f32; self.dims];
        for w in words {
            if let Some(r) = self.row(w) {
                let k = self.row_weight(r) / self.norms[r].max(f32::MIN_POSITIVE);
                for (acc, &q) in m.iter_mut().zip(self.quantised(r)) {
                    *acc += k * f32::from(q);
                }
            }
        }
        m
    }
}

/// A word of a sequence with its vocabulary row, looked up once.
struct Lookup<'w> {
    word: &'w str,
    row: Option<usize>,
    weight: f32,
}

/// Weight of a word outside the vocabulary: rare by construction.
const UNKNOWN_WEIGHT: f32 = 1.0;

fn sif_weight(zipf: f32) -> f32 {
    const A: f32 = 1e-3;
    let p = 10f32.powf(zipf - 9.0);
    A / (A + p)
}

/// The Snowball English stem (the same algorithm as content terms use, but
/// without their cache, which the whole vocabulary would flood).
fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
}

fn dot(a: &[i8], b: &[i8]) -> i32 {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| i32::from(x) * i32::from(y))
        .sum()
}

/// [`WordVectors::soft_overlap`] with the shipped vectors.
pub fn soft_overlap(a: &[&str], b: &[&str]) -> f32 {
    vectors().soft_overlap(a, b)
}

/// [`WordVectors::mean_cosine`] with the shipped vectors.
pub fn mean_cosine(a: &[&str], b: &[&str]) -> f32 {
    vectors().mean_cosine(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f32 {
        vectors().similarity(a, b).unwrap()
    }

    #[test]
    fn bundled_asset_parses_with_its_documented_shape() {
        let v = vectors();
        assert_eq!(v.dims(), 96);
        assert_eq!(v.len(), 50_000);
        assert_eq!(v.vector("the").unwrap().len(), 96);
        // Most frequent first: "the" is among the first rows.
        assert!(v.row("the").unwrap() < 5);
    }

    #[test]
    fn synonyms_are_closer_than_unrelated_words() {
        assert!(sim("retaliation", "reprisal") > sim("retaliation", "banana") + 0.2);
        assert!(sim("killed", "dead") > sim("killed", "weather") + 0.2);
        assert!(sim("promote", "expand") > sim("promote", "banana"));
        assert!((sim("vote", "vote") - 1.0).abs() < 1e-6);
    }

    #[test]
    fn lookups_fold_case_possessives_and_inflections() {
        let v = vectors();
        assert_eq!(v.vector("Russia"), v.vector("russia"));
        assert_eq!(v.vector("Russia's"), v.vector("russia"));
        assert_eq!(v.vector("PUTIN\u{2019}S"), v.vector("putin"));
        // "reprisals" may be in the list itself; a rarer inflection falls
        // back to a word with the same stem.
        assert!(v.vector("retaliations").is_some());
        assert!(v.zipf("the").unwrap() > 7.0);
        assert!(v.zipf("reprisal").unwrap() < v.zipf("retaliation").unwrap() + 1.0);
    }

    #[test]
    fn unknown_words_give_none() {
        let v = vectors();
        assert_eq!(v.vector("qzxwvtk"), None);
        assert_eq!(v.similarity("qzxwvtk", "dead"), None);
        assert_eq!(v.zipf("1998"), None);
        assert_eq!(v.vector(""), None);
        assert_eq!(v.vector("'s"), None);
    }

    #[test]
    fn weights_favour_rare_words() {
        let v = vectors();
        assert!(v.weight("the") < 0.1);
        assert!(v.weight("reprisal") > 0.9);
        assert_eq!(v.weight("Zyxqvtron"), 1.0);
    }

    #[test]
    fn soft_overlap_sees_paraphrases() {
        let a = ["in", "retaliation", "for", "air", "strikes"];
        let b = ["a", "reprisal", "for", "airstrikes"];
        let c = ["the", "weather", "was", "mild", "in", "spring"];
        let (pb, pc) = (soft_overlap(&a, &b), soft_overlap(&a, &c));
        assert!(pb > pc + 0.2, "{pb} vs {pc}");
        assert!((soft_overlap(&a, &a) - 1.0).abs() < 1e-5);
        assert_eq!(soft_overlap(&a, &[]), 0.0);
        let (mb, mc) = (mean_cosine(&a, &b), mean_cosine(&a, &c));
        assert!(mb > mc + 0.2, "{mb} vs {mc}");
        assert_eq!(mean_cosine(&[], &b), 0.0);
        assert!((0.0..=1.0).contains(&mb));
    }

    #[test]
    fn unknown_words_match_only_themselves() {
        let v = vectors();
        let a = ["Qzxwvtk", "arrived"];
        assert!(v.soft_overlap(&a, &["qzxwvtk", "arrived"]) > 0.99);
        assert!(v.soft_overlap(&a, &["Blorptang", "arrived"]) < 0.6);
    }

    #[test]
    fn reader_rejects_damaged_buffers_without_panicking() {
        for cut in [0, 3, 4, 10, 16, 17, 1000, ASSET.len() / 2, ASSET.len() - 1] {
            assert!(
                matches!(
                    WordVectors::parse(&ASSET[..cut]),
                    Err(FormatError::Truncated(_))
                ),
                "cut at {cut}"
            );
        }
        let mut longer = ASSET.to_vec();
        longer.push(0);
        assert!(matches!(
            WordVectors::parse(&longer),
            Err(FormatError::Corrupt(_))
        ));
        let mut bad = ASSET.to_vec();
        bad[0] = b'X';
        assert_eq!(WordVectors::parse(&bad).unwrap_err(), FormatError::Magic);
        let mut bad = ASSET.to_vec();
        bad[4] = 9;
        assert_eq!(
            WordVectors::parse(&bad).unwrap_err(),
            FormatError::Version(9)
        );
        // A count far larger than the buffer is refused before allocating.
        let mut huge = ASSET[..16].to_vec();
        huge[12..16].copy_from_slice(&0x7fff_0000u32.to_le_bytes());
        assert!(WordVectors::parse(&huge).is_err());
    }

    #[test]
    fn a_tiny_handmade_buffer_round_trips() {
        let mut buf = b"SDWV".to_vec();
        for n in [1u32, 2, 2] {
            buf.extend(n.to_le_bytes());
        }
        for w in ["up", "down"] {
            buf.push(u8::try_from(w.len()).unwrap());
            buf.extend(w.as_bytes());
        }
        buf.extend([60, 50]);
        for s in [0.5f32, 0.25] {
            buf.extend(s.to_le_bytes());
        }
        buf.extend([2u8, 0, 0, 4]);
        let v = WordVectors::parse(&buf).unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v.vector_f32("Up").unwrap(), vec![1.0, 0.0]);
        assert_eq!(v.vector_f32("down").unwrap(), vec![0.0, 1.0]);
        assert_eq!(v.similarity("up", "down"), Some(0.0));
        assert_eq!(v.zipf("down"), Some(5.0));
    }
}
