//! A sentence's words with their vectors and weights, looked up once so that
//! one sentence can be compared with many at the cost of dot products only.
//!
//! The cosine of two words of the shipped vectors is computed once per
//! word pair (a small direct-mapped cache all threads share, see
//! [`Slots`]):
//! the same pairs of frequent words recur in almost every pair of
//! sentences, and the cached value is the very `f32` the dot product gave,
//! so results do not depend on the cache.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use super::WordVectors;

/// The words of one sentence (or any word sequence) looked up in a
/// [`WordVectors`]: unit vectors and rarity weights of the known words, the
/// lower-cased text of the others. Tokens with no letter or digit are
/// ignored.
///
/// The known words' vectors are borrowed from the table (quantised, with
/// their scale) and dequantised only while two bags are compared: a copy of
/// every word's `f32` vector per sentence held hundreds of megabytes on
/// large inputs.
#[derive(Debug, Clone, Default)]
pub struct Bag<'a> {
    dims: usize,
    items: Vec<Item>,
    /// The table's quantised matrix (`dims` values per vocabulary row):
    /// a known word's row is read from it, not copied per word.
    matrix: &'a [i8],
    /// The scale that makes each known word's row unit length.
    scales: Vec<f32>,
    /// Vocabulary rows of the known words, in item order.
    known_rows: Vec<u32>,
    /// Index in `items` of each known word, in the order of `known_rows`.
    known_items: Vec<usize>,
    /// Weighted mean of the known words' vectors (all zeros if none).
    mean: Vec<f32>,
    mean_norm: f32,
    /// The rows are the shipped table's ([`super::vectors`]), whose word
    /// pairs' cosines may be cached across bags.
    shipped: bool,
}

use crate::memory::exact;

#[derive(Debug, Clone)]
struct Item {
    weight: f32,
    what: What,
    /// Which clause of the sentence the word is in (see
    /// [`Bag::new_in_clauses`]).
    clause: u16,
}

/// What [`Bag::soft_match`] finds between two bags.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SoftMatch {
    /// [`Bag::soft_overlap`].
    pub overlap: f32,
    /// The best-covered clause of either side: the weighted share of a
    /// clause's words that find a match (their best cosine) anywhere in
    /// the other sentence, for the clause of either side where it is
    /// highest. Only clauses of at least two words count (the whole side
    /// when it has none). High when one sentence restates part of the
    /// other in other words, which the whole-sentence overlap dilutes.
    pub clause_cover: f32,
}

#[derive(Debug, Clone)]
enum What {
    /// A vocabulary word (its row is in `known_rows`).
    Known,
    /// Not in the vocabulary: lower-cased, without a possessive.
    Unknown(Box<str>),
}

impl<'a> Bag<'a> {
    pub(super) fn new(wv: &WordVectors<'a>, words: &[&str]) -> Bag<'a> {
        Bag::new_in_clauses(wv, words.iter().map(|w| (*w, 0)))
    }

    /// A bag whose words carry the number of the clause they are in
    /// (clauses numbered in any increasing way; gaps are fine).
    pub(super) fn new_in_clauses<'w>(
        wv: &WordVectors<'a>,
        words: impl IntoIterator<Item = (&'w str, u16)>,
    ) -> Bag<'a> {
        Bag::new_observed(wv, words, |_, _| {})
    }

    /// [`Bag::new_in_clauses`], telling `seen` each word kept (one with
    /// a letter or digit) and its vocabulary row, from the lookup the bag
    /// makes anyway.
    pub(super) fn new_observed<'w>(
        wv: &WordVectors<'a>,
        words: impl IntoIterator<Item = (&'w str, u16)>,
        mut seen: impl FnMut(&'w str, Option<usize>),
    ) -> Bag<'a> {
        let dims = wv.dims;
        let mut bag = Bag {
            dims,
            items: Vec::new(),
            matrix: wv.matrix,
            scales: Vec::new(),
            known_rows: Vec::new(),
            known_items: Vec::new(),
            mean: vec![0.0; dims],
            mean_norm: 0.0,
            shipped: wv.offsets.len() <= 1 << 16
                && super::ASSET
                    .as_ptr_range()
                    .contains(&wv.matrix.as_ptr().cast::<u8>()),
        };
        for (word, clause) in words {
            if !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            let row = wv.row(word);
            seen(word, row);
            let item = if let Some(row) = row {
                bag.scales.push(wv.scales[row]);
                let weight = wv.row_weight(row);
                wv.add_row(row, weight, &mut bag.mean);
                #[allow(clippy::cast_possible_truncation)] // rows < u32::MAX / 2
                let row = row as u32;
                bag.known_rows.push(row);
                bag.known_items.push(bag.items.len());
                Item {
                    weight,
                    what: What::Known,
                    clause,
                }
            } else {
                let lower = word.to_lowercase();
                let bare = lower
                    .strip_suffix("'s")
                    .or_else(|| lower.strip_suffix("\u{2019}s"))
                    .unwrap_or(&lower);
                Item {
                    weight: 1.0,
                    what: What::Unknown(bare.into()),
                    clause,
                }
            };
            bag.items.push(item);
        }
        bag.mean_norm = dot(&bag.mean, &bag.mean).sqrt();
        // Alignment holds the bags of many sentences at once: each list
        // in a block of its size, not the capacity its pushes doubled to.
        bag.items = exact(bag.items);
        bag.scales = exact(bag.scales);
        bag.known_rows = exact(bag.known_rows);
        bag.known_items = exact(bag.known_items);
        bag
    }

    /// Number of words kept (tokens with a letter or digit).
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether no word was kept.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Number of kept words that have a vector.
    pub fn known(&self) -> usize {
        self.known_rows.len()
    }

    /// Soft word overlap, in `[0, 1]`: each word's best match on the other
    /// side (1 for the same word, else the cosine of the two vectors but at
    /// least 0; an unknown word matches only itself), weighted by
    /// [`WordVectors::weight`] and averaged over its side, then over both
    /// directions. 1 for a bag with itself, 0 when either side is empty.
    pub fn soft_overlap(&self, other: &Bag<'_>) -> f32 {
        self.soft_match(other).overlap
    }

    /// The soft overlap and the best-covered clause ([`SoftMatch`]), from
    /// one pass over the pairs of words.
    pub fn soft_match(&self, other: &Bag<'_>) -> SoftMatch {
        if self.is_empty() || other.is_empty() || self.dims != other.dims {
            return SoftMatch::default();
        }
        SCRATCH.with_borrow_mut(|scratch| {
            let Scratch {
                best_a,
                best_b,
                units,
            } = scratch;
            best_a.clear();
            best_a.resize(self.items.len(), 0.0);
            best_b.clear();
            best_b.resize(other.items.len(), 0.0);
            if self.shipped && other.shipped {
                units.reset(self, other);
                self.best_known_cached(other, units, best_a, best_b);
            } else {
                self.best_known(other, best_a, best_b);
            }
            self.finish_match(other, best_a, best_b)
        })
    }

    /// Fills `best_a`/`best_b` with each known word's best cosine on the
    /// other side, computing every pair's dot product.
    fn best_known(&self, other: &Bag<'_>, best_a: &mut [f32], best_b: &mut [f32]) {
        let dims = self.dims;
        let (vecs_a, vecs_b) = (self.unit_vectors(), other.unit_vectors());
        for ((&ra, &ia), va) in self
            .known_rows
            .iter()
            .zip(&self.known_items)
            .zip(vecs_a.chunks_exact(dims))
        {
            for ((&rb, &ib), vb) in other
                .known_rows
                .iter()
                .zip(&other.known_items)
                .zip(vecs_b.chunks_exact(dims))
            {
                let sim = if ra == rb {
                    1.0
                } else {
                    dot(va, vb).clamp(0.0, 1.0)
                };
                best_a[ia] = best_a[ia].max(sim);
                best_b[ib] = best_b[ib].max(sim);
            }
        }
    }

    /// [`Bag::best_known`] for two bags of the shipped table, reading each
    /// word pair's cosine from the cache (the same value: the dot product
    /// of the same unit vectors, which is symmetric).
    // Kept out of `soft_match`: inlined there, the pair loop compiles
    // to more instructions.
    #[inline(never)]
    fn best_known_cached(
        &self,
        other: &Bag<'_>,
        units: &mut Units,
        best_a: &mut [f32],
        best_b: &mut [f32],
    ) {
        // Each known word is one item, so a row's best is kept in a
        // register and written once, a column's in `col`, scattered
        // after. Cosines are never NaN, so `>` picks what `max` picks
        // (up to the sign of a zero, which the weighted sums drop).
        let mut col = std::mem::take(&mut units.col);
        col.clear();
        col.resize(other.known_rows.len(), 0.0);
        for (ka, (&ra, &ia)) in self.known_rows.iter().zip(&self.known_items).enumerate() {
            let mut row = 0.0f32;
            for (kb, (&rb, best)) in other.known_rows.iter().zip(col.iter_mut()).enumerate() {
                let sim = if ra == rb {
                    1.0
                } else {
                    shared_sim(ra, rb, || units.dot(self, ka, other, kb).clamp(0.0, 1.0))
                };
                if sim > row {
                    row = sim;
                }
                if sim > *best {
                    *best = sim;
                }
            }
            best_a[ia] = row;
        }
        for (&ib, &v) in other.known_items.iter().zip(&col) {
            best_b[ib] = v;
        }
        units.col = col;
    }

    /// Unknown words' exact matches, then the weighted means.
    fn finish_match(&self, other: &Bag<'_>, best_a: &mut [f32], best_b: &mut [f32]) -> SoftMatch {
        for (ia, x) in self.items.iter().enumerate() {
            let What::Unknown(text) = &x.what else {
                continue;
            };
            for (ib, y) in other.items.iter().enumerate() {
                if matches!(&y.what, What::Unknown(t) if t == text) {
                    best_a[ia] = 1.0;
                    best_b[ib] = 1.0;
                }
            }
        }
        SoftMatch {
            overlap: (0.5 * (self.weighted(best_a) + other.weighted(best_b))).clamp(0.0, 1.0),
            clause_cover: self
                .clause_cover(best_a)
                .max(other.clause_cover(best_b))
                .clamp(0.0, 1.0),
        }
    }

    /// How well this bag's `k` heaviest words (rarest; ties by position)
    /// are matched in `other`: the mean of each one's best match there, as
    /// [`Bag::soft_match`] scores matches (1 for the same word, else the
    /// cosine but at least 0; an unknown word matches only itself). In
    /// `[0, 1]`, 0 when either bag is empty. It costs `k` rows of dot
    /// products, not the whole grid.
    pub fn anchor_cover(&self, other: &Bag<'_>, k: usize) -> f32 {
        if self.is_empty() || other.is_empty() || self.dims != other.dims || k == 0 {
            return 0.0;
        }
        let order = self.heaviest(k);
        let cached = self.shipped && other.shipped;
        let mut sum = 0.0f32;
        for &i in &order {
            let best = match &self.items[i].what {
                What::Unknown(text) => f32::from(u8::from(
                    other
                        .items
                        .iter()
                        .any(|y| matches!(&y.what, What::Unknown(t) if t == text)),
                )),
                What::Known => {
                    let r = self.known_items.iter().position(|&n| n == i).unwrap_or(0);
                    let (row, scale, ra) = (self.quantised(r), self.scales[r], self.known_rows[r]);
                    let mut best = 0.0f32;
                    for (o, (&so, &id)) in other.scales.iter().zip(&other.known_rows).enumerate() {
                        let sim = if id == ra {
                            1.0
                        } else {
                            let d = if cached {
                                int_dot_cached(ra, id, || int_dot(row, other.quantised(o)))
                            } else {
                                int_dot(row, other.quantised(o))
                            };
                            (d as f32 * scale * so).clamp(0.0, 1.0)
                        };
                        best = best.max(sim);
                    }
                    best
                }
            };
            sum += best;
        }
        sum / order.len() as f32
    }

    /// The indices of the `k` heaviest items (ties by position), heaviest
    /// first: the first `k` of all items sorted that way, found without
    /// sorting them all.
    fn heaviest(&self, k: usize) -> Vec<usize> {
        let before = |x: usize, y: usize| {
            self.items[y]
                .weight
                .total_cmp(&self.items[x].weight)
                .then(x.cmp(&y))
                .is_lt()
        };
        let mut top: Vec<usize> = Vec::with_capacity(k + 1);
        if k == 0 {
            return top;
        }
        for i in 0..self.items.len() {
            if top.len() == k && !before(i, top[k - 1]) {
                continue;
            }
            let at = top.partition_point(|&t| before(t, i));
            top.insert(at, i);
            top.truncate(k);
        }
        top
    }

    /// The highest weighted mean of `values` over a clause of at least two
    /// words (over all words when no clause has two).
    fn clause_cover(&self, values: &[f32]) -> f32 {
        let mut best: Option<f32> = None;
        let mut start = 0;
        while start < self.items.len() {
            let clause = self.items[start].clause;
            let end = self.items[start..]
                .iter()
                .position(|x| x.clause != clause)
                .map_or(self.items.len(), |k| start + k);
            if end - start >= 2 {
                let (num, den) = self.items[start..end]
                    .iter()
                    .zip(&values[start..end])
                    .fold((0.0f32, 0.0f32), |(n, d), (x, v)| {
                        (n + x.weight * v, d + x.weight)
                    });
                if den > 0.0 {
                    best = Some(best.map_or(num / den, |b: f32| b.max(num / den)));
                }
            }
            start = end;
        }
        best.unwrap_or_else(|| self.weighted(values))
    }

    /// The known words' unit vectors, `dims` floats each, in item order
    /// (the same values as [`WordVectors::vector_f32`]).
    fn unit_vectors(&self) -> Vec<f32> {
        let mut out = Vec::with_capacity(self.known_rows.len() * self.dims);
        for (k, &s) in self.scales.iter().enumerate() {
            let row = self.quantised(k);
            // `s * q`, as `add_row` computes it from zeros.
            out.extend(row.iter().map(|&q| s * f32::from(q)));
        }
        out
    }

    /// The quantised row of known word `k`.
    fn quantised(&self, k: usize) -> &'a [i8] {
        let row = self.known_rows[k] as usize;
        &self.matrix[row * self.dims..(row + 1) * self.dims]
    }

    /// The weighted mean of one value per word.
    fn weighted(&self, values: &[f32]) -> f32 {
        let (num, den) = self
            .items
            .iter()
            .zip(values)
            .fold((0.0f32, 0.0f32), |(n, d), (x, v)| {
                (n + x.weight * v, d + x.weight)
            });
        if den > 0.0 { num / den } else { 0.0 }
    }

    /// Cosine of the two bags' weighted mean vectors (unknown words left
    /// out), clamped to `[0, 1]`; 0 when either side has no known word.
    pub fn mean_cosine(&self, other: &Bag<'_>) -> f32 {
        let norms = self.mean_norm * other.mean_norm;
        if norms == 0.0 || self.dims != other.dims {
            return 0.0;
        }
        (dot(&self.mean, &other.mean) / norms).clamp(0.0, 1.0)
    }
}

/// Slots of each cache ([`Slots`], a power of two): 32 Ki slots, 256 KiB.
/// (1 MiB cost a small comparison ~4 ms in page faults, measured with
/// `perf stat` on the 5k bench pair, and bought nothing at 50k or 500k.)
const CACHE_BITS: u32 = 15;

/// Symmetric 32-bit values (clamped cosines, integer dot products) of word
/// pairs of the shipped table, direct-mapped: a pair hashes to one slot,
/// and a new pair there replaces the old one, so the cache never grows and
/// a miss only costs the computation. A slot holds the pair's key
/// (`min(row) << 16 | max(row)`, rows below 2^16) in its high half and the
/// value's bits in its low half; 0 is empty (the pair (0, 0) is the same
/// word and never looked up). Slots are atomics shared by all threads: a
/// slot is one 64-bit word, so a relaxed load sees a whole entry, old or
/// new, never a mix, and a pair's value is the same whichever thread
/// computed it. (A cache per thread computed the common pairs on both
/// analysis threads and zeroed its 256 KiB on each.)
type Slots = [AtomicU64; 1 << CACHE_BITS];

/// The key of the rows' pair (both below 2^16) and its slot.
fn slot(a: u32, b: u32) -> (u32, usize) {
    let key = (a.min(b) << 16) | a.max(b);
    // Fibonacci hashing: the top bits of the product.
    (
        key,
        (key.wrapping_mul(0x9e37_79b9) >> (32 - CACHE_BITS)) as usize,
    )
}

/// The cached value for the rows' pair (both below 2^16, not equal) in
/// `slots` (`1 << CACHE_BITS` of them), else `compute()` stored.
fn cached_bits(slots: &[AtomicU64], a: u32, b: u32, compute: impl FnOnce() -> u32) -> u32 {
    let (key, slot) = slot(a, b);
    let entry = slots[slot].load(Ordering::Relaxed);
    #[allow(clippy::cast_possible_truncation)] // the low half: the value's bits
    if (entry >> 32) as u32 == key {
        return entry as u32;
    }
    let value = compute();
    slots[slot].store((u64::from(key) << 32) | u64::from(value), Ordering::Relaxed);
    value
}

/// Clamped cosines of word pairs ([`Bag::soft_match`]).
static SHARED_SIMS: Slots = [const { AtomicU64::new(0) }; 1 << CACHE_BITS];

/// Integer dot products of word pairs ([`Bag::anchor_cover`]).
static SHARED_INT_DOTS: Slots = [const { AtomicU64::new(0) }; 1 << CACHE_BITS];

/// The cached cosine of the rows' pair, else `compute()` stored.
fn shared_sim(a: u32, b: u32, compute: impl FnOnce() -> f32) -> f32 {
    f32::from_bits(cached_bits(&SHARED_SIMS, a, b, || compute().to_bits()))
}

/// The unit vectors of the known words of the two bags being compared,
/// dequantised on a word's first cache miss only (most pairs hit the
/// cache, so most words are never dequantised).
#[derive(Default)]
struct Units {
    dims: usize,
    a: Vec<f32>,
    b: Vec<f32>,
    ready_a: Vec<bool>,
    ready_b: Vec<bool>,
    /// Each known word of `y`'s best so far ([`Bag::best_known_cached`]).
    col: Vec<f32>,
}

impl Units {
    /// Room for the known words of `x` and `y`, none dequantised yet.
    fn reset(&mut self, x: &Bag<'_>, y: &Bag<'_>) {
        self.dims = x.dims;
        for (v, ready, bag) in [
            (&mut self.a, &mut self.ready_a, x),
            (&mut self.b, &mut self.ready_b, y),
        ] {
            ready.clear();
            ready.resize(bag.known_rows.len(), false);
            // Stale values past a word's flag are never read.
            let need = bag.known_rows.len() * bag.dims;
            if v.len() < need {
                v.resize(need, 0.0);
            }
        }
    }

    /// [`dot`] of known word `ka` of `x` and `kb` of `y`, from the same
    /// unit vectors [`Bag::unit_vectors`] gives. Out of line: the loop
    /// over word pairs mostly hits the cache and stays tight without it.
    #[inline(never)]
    fn dot(&mut self, x: &Bag<'_>, ka: usize, y: &Bag<'_>, kb: usize) -> f32 {
        let d = self.dims;
        let va = unit(&mut self.a, &mut self.ready_a, x, ka, d);
        let vb = unit(&mut self.b, &mut self.ready_b, y, kb, d);
        dot(va, vb)
    }
}

/// Known word `k` of `bag` as a unit vector in `store`, dequantised once.
#[inline]
fn unit<'s>(
    store: &'s mut [f32],
    ready: &mut [bool],
    bag: &Bag<'_>,
    k: usize,
    d: usize,
) -> &'s [f32] {
    let v = &mut store[k * d..(k + 1) * d];
    if !ready[k] {
        prepare(v, bag, k);
        ready[k] = true;
    }
    v
}

/// Dequantises known word `k` of `bag` into `v`: `s * q`, exactly as
/// `unit_vectors` computes it. Out of line, so that [`unit`] inlines into
/// [`Units::dot`] as a flag test and a slice.
#[cold]
#[inline(never)]
fn prepare(v: &mut [f32], bag: &Bag<'_>, k: usize) {
    dequantise(v, bag.quantised(k), bag.scales[k]);
}

/// The integer dot product of two quantised rows (exact: no rounding).
fn int_dot(a: &[i8], b: &[i8]) -> i32 {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above).
        return unsafe { wide::int_dot(a, b) };
    }
    int_dot_body(a, b)
}

/// [`int_dot`] of the rows of the shipped table numbered `a` and `b`
/// (below 2^16), read from the shared table of
/// integer dot products when the pair was seen before (the same exact
/// value: the integer sum does not depend on the order of the rows).
fn int_dot_cached(a: u32, b: u32, compute: impl FnOnce() -> i32) -> i32 {
    let bits = cached_bits(&SHARED_INT_DOTS, a, b, || {
        u32::from_ne_bytes(compute().to_ne_bytes())
    });
    i32::from_ne_bytes(bits.to_ne_bytes())
}

/// Per-thread buffers of [`Bag::soft_match`], reused across calls.
struct Scratch {
    best_a: Vec<f32>,
    best_b: Vec<f32>,
    units: Units,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch {
        best_a: Vec::new(),
        best_b: Vec::new(),
        units: Units::default(),
    });
}

/// Dot product with eight partial sums, which the compiler can vectorise.
fn dot(a: &[f32], b: &[f32]) -> f32 {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above).
        return unsafe { wide::dot(a, b) };
    }
    dot_body(a, b)
}

/// [`dot`]'s arithmetic: the same operations in the same order whatever
/// instructions carry them (separate multiplies and adds, never fused), so
/// the result is the same to the bit with or without AVX2.
#[allow(clippy::inline_always)] // inlined into the AVX2 copies, or they would call the SSE code
#[inline(always)]
fn dot_body(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0.0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    acc.iter().sum::<f32>() + tail
}

/// `acc[k] += s * q[k]`: a quantised row added, scaled (a multiply, then
/// an add, never fused: the same bits with or without AVX2).
#[allow(clippy::inline_always)] // inlined into the AVX2 copies, or they would call the SSE code
#[inline(always)]
fn add_scaled_body(acc: &mut [f32], q: &[i8], s: f32) {
    for (a, &q) in acc.iter_mut().zip(q) {
        *a += s * f32::from(q);
    }
}

/// `acc[k] += s * q[k]` ([`add_scaled_body`]): a known word's row added
/// to a bag's weighted sum, eight floats a step where the CPU can.
pub(super) fn add_scaled(acc: &mut [f32], q: &[i8], s: f32) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above).
        unsafe { wide::add_scaled(acc, q, s) };
        return;
    }
    add_scaled_body(acc, q, s);
}

/// `out[k] = s * q[k]`: a quantised row as floats.
#[allow(clippy::inline_always)] // inlined into the AVX2 copies, or they would call the SSE code
#[inline(always)]
fn dequantise_body(out: &mut [f32], q: &[i8], s: f32) {
    for (x, &q) in out.iter_mut().zip(q) {
        *x = s * f32::from(q);
    }
}

/// The exact integer dot product of two quantised rows.
#[allow(clippy::inline_always)] // inlined into the AVX2 copies, or they would call the SSE code
#[inline(always)]
fn int_dot_body(a: &[i8], b: &[i8]) -> i32 {
    a.iter()
        .zip(b)
        .map(|(&p, &q)| i32::from(p) * i32::from(q))
        .sum()
}

/// The word-vector kernels compiled for AVX2 (eight floats a step instead
/// of four): the same code as the portable bodies, so the same results.
#[cfg(target_arch = "x86_64")]
mod wide {
    #[target_feature(enable = "avx2")]
    pub(super) fn dot(a: &[f32], b: &[f32]) -> f32 {
        super::dot_body(a, b)
    }

    #[target_feature(enable = "avx2")]
    pub(super) fn dequantise(out: &mut [f32], q: &[i8], s: f32) {
        super::dequantise_body(out, q, s);
    }

    #[target_feature(enable = "avx2")]
    pub(super) fn add_scaled(acc: &mut [f32], q: &[i8], s: f32) {
        super::add_scaled_body(acc, q, s);
    }

    #[target_feature(enable = "avx2")]
    pub(super) fn int_dot(a: &[i8], b: &[i8]) -> i32 {
        super::int_dot_body(a, b)
    }
}

/// `out[k] = s * q[k]` ([`dequantise_body`]).
fn dequantise(out: &mut [f32], q: &[i8], s: f32) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above).
        unsafe { wide::dequantise(out, q, s) };
        return;
    }
    dequantise_body(out, q, s);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cached cosines give the very bits the uncached pass gives, on
    /// first use and when read back from the cache.
    #[test]
    fn cached_soft_match_is_bit_identical() {
        let wv = super::super::vectors();
        let a = wv.bag_of_text("The minister denied the report on Tuesday, aides said.");
        let b = wv.bag_of_text("Officials rejected the claim and the minister stayed silent.");
        assert!(a.shipped && b.shipped);
        let (mut plain_a, mut plain_b) = (a.clone(), b.clone());
        plain_a.shipped = false;
        plain_b.shipped = false;
        let expected = plain_a.soft_match(&plain_b);
        assert!(expected.overlap > 0.0 && expected.overlap < 1.0);
        for _ in 0..2 {
            let got = a.soft_match(&b);
            assert_eq!(got.overlap.to_bits(), expected.overlap.to_bits());
            assert_eq!(got.clause_cover.to_bits(), expected.clause_cover.to_bits());
            let back = b.soft_match(&a);
            assert_eq!(back.overlap.to_bits(), expected.overlap.to_bits());
        }
    }

    /// The cached integer dot products and the top-k selection give the
    /// very bits of the uncached pass over a full sort.
    #[test]
    fn cached_anchor_cover_is_bit_identical() {
        let wv = super::super::vectors();
        let a = wv.bag_of_text("The minister denied the report on Tuesday, aides said in Kabul.");
        let b = wv.bag_of_text("Officials rejected the claim and the minister stayed silent.");
        let (mut plain_a, mut plain_b) = (a.clone(), b.clone());
        plain_a.shipped = false;
        plain_b.shipped = false;
        for k in 0..=a.len() + 1 {
            let mut sorted: Vec<usize> = (0..a.items.len()).collect();
            sorted.sort_by(|&x, &y| {
                a.items[y]
                    .weight
                    .total_cmp(&a.items[x].weight)
                    .then(x.cmp(&y))
            });
            sorted.truncate(k);
            assert_eq!(a.heaviest(k), sorted);
            let expected = plain_a.anchor_cover(&plain_b, k);
            for _ in 0..2 {
                assert_eq!(a.anchor_cover(&b, k).to_bits(), expected.to_bits());
            }
        }
    }

    /// The AVX2 kernels give the portable kernels' bits.
    #[test]
    fn wide_kernels_are_bit_identical() {
        let wv = super::super::vectors();
        let bag = wv.bag_of_text("Officials rejected the claim and the minister stayed silent.");
        let rows: Vec<&[i8]> = (0..bag.known()).map(|k| bag.quantised(k)).collect();
        let mut units: Vec<Vec<f32>> = Vec::new();
        for (k, q) in rows.iter().enumerate() {
            let (mut fast, mut plain) = (vec![0.0; q.len()], vec![0.0; q.len()]);
            dequantise(&mut fast, q, bag.scales[k]);
            dequantise_body(&mut plain, q, bag.scales[k]);
            assert_eq!(fast, plain);
            units.push(fast);
        }
        // A weighted sum grown row by row, as a bag's mean is.
        let (mut fast, mut plain) = (vec![0.0f32; rows[0].len()], vec![0.0f32; rows[0].len()]);
        for (k, q) in rows.iter().enumerate() {
            let s = 0.37 * (k as f32 + 1.0) * bag.scales[k];
            add_scaled(&mut fast, q, s);
            add_scaled_body(&mut plain, q, s);
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<u32>>();
            assert_eq!(bits(&fast), bits(&plain));
        }
        for (x, qx) in units.iter().zip(&rows) {
            for (y, qy) in units.iter().zip(&rows) {
                for n in [x.len(), x.len() - 3] {
                    assert_eq!(
                        dot(&x[..n], &y[..n]).to_bits(),
                        dot_body(&x[..n], &y[..n]).to_bits()
                    );
                }
                assert_eq!(int_dot(qx, qy), int_dot_body(qx, qy));
            }
        }
    }

    /// A pair's slot holds its own value: two pairs hashing to one slot
    /// replace each other and never read each other's value.
    #[test]
    fn cache_slots_hold_their_own_pair() {
        let c: Vec<AtomicU64> = (0..1 << CACHE_BITS).map(|_| AtomicU64::new(0)).collect();
        assert_eq!(cached_bits(&c, 3, 7, || 25), 25);
        assert_eq!(cached_bits(&c, 7, 3, || 50), 25);
        let slot = |a, b| slot(a, b).1;
        let (x, y) = (4..256)
            .flat_map(|a| (a + 1..1024).map(move |b| (a, b)))
            .find(|&(a, b)| slot(a, b) == slot(3, 7))
            .expect("a colliding pair");
        assert_eq!(cached_bits(&c, y, x, || 75), 75);
        assert_eq!(cached_bits(&c, 3, 7, || 125), 125);
    }
}
