//! A sentence's words with their vectors and weights, looked up once so that
//! one sentence can be compared with many at the cost of dot products only.

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
    /// Quantised rows of the known words, in item order.
    rows: Vec<&'a [i8]>,
    /// The scale that makes each of `rows` unit length.
    scales: Vec<f32>,
    /// Vocabulary rows of the known words, in the order of `rows`.
    known_rows: Vec<u32>,
    /// Index in `items` of each known word, in the order of `rows`.
    known_items: Vec<usize>,
    /// Weighted mean of the known words' vectors (all zeros if none).
    mean: Vec<f32>,
    mean_norm: f32,
}

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
    /// A vocabulary word (its vector is in `rows`).
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
        let dims = wv.dims;
        let mut bag = Bag {
            dims,
            items: Vec::new(),
            rows: Vec::new(),
            scales: Vec::new(),
            known_rows: Vec::new(),
            known_items: Vec::new(),
            mean: vec![0.0; dims],
            mean_norm: 0.0,
        };
        for (word, clause) in words {
            if !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            let item = if let Some(row) = wv.row(word) {
                bag.rows.push(wv.quantised(row));
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
        // One pass over the pairs of known words fills both directions.
        let mut best_a = vec![0.0f32; self.items.len()];
        let mut best_b = vec![0.0f32; other.items.len()];
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
            overlap: (0.5 * (self.weighted(&best_a) + other.weighted(&best_b))).clamp(0.0, 1.0),
            clause_cover: self
                .clause_cover(&best_a)
                .max(other.clause_cover(&best_b))
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
        let mut order: Vec<usize> = (0..self.items.len()).collect();
        order.sort_by(|&x, &y| {
            self.items[y]
                .weight
                .total_cmp(&self.items[x].weight)
                .then(x.cmp(&y))
        });
        order.truncate(k);
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
                    let (row, scale) = (self.rows[r], self.scales[r]);
                    let mut best = 0.0f32;
                    for ((&ro, &so), &id) in
                        other.rows.iter().zip(&other.scales).zip(&other.known_rows)
                    {
                        let sim = if id == self.known_rows[r] {
                            1.0
                        } else {
                            let d: i32 = row
                                .iter()
                                .zip(ro)
                                .map(|(&p, &q)| i32::from(p) * i32::from(q))
                                .sum();
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
        let mut out = Vec::with_capacity(self.rows.len() * self.dims);
        for (row, &s) in self.rows.iter().zip(&self.scales) {
            // `s * q`, as `add_row` computes it from zeros.
            out.extend(row.iter().map(|&q| s * f32::from(q)));
        }
        out
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

/// Dot product with eight partial sums, which the compiler can vectorise.
fn dot(a: &[f32], b: &[f32]) -> f32 {
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
