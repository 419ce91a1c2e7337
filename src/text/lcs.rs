//! Longest common subsequence of two sequences (of words, word hashes, ...):
//! the dynamic programme's row held as bits (64 columns a machine word),
//! O(|a|·|b|) comparisons, O(|a|·|b|/64) word operations, O(|b|/64) memory.
//! Callers bound the lengths they pass.

/// Length of the longest common subsequence of `a` and `b`.
///
/// A common prefix and suffix belong to some longest common subsequence,
/// so they are counted first and only the middles go through the table:
/// two tellings of one sentence mostly share their ends.
pub fn lcs_len<T: Ord>(a: &[T], b: &[T]) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return prefix + suffix;
    }
    // The length is symmetric: the columns are the shorter sequence.
    let (a, b) = if b.len() > a.len() { (b, a) } else { (a, b) };
    // Bit-parallel (Allison-Dix, Hyyrö): bit `j` of `row` is 0 where the
    // table's row steps up at column `j`, so the length is the number of
    // zeros; each word of `a` updates 64 columns with a few word
    // operations instead of one cell at a time.
    if b.len() <= 64 {
        let mut row = u64::MAX;
        if b.len() >= TABLE_FROM {
            // Each distinct item of `b` with the mask of its places,
            // sorted: a word of `a` finds its mask by binary search
            // instead of comparing itself with every item of `b`.
            let mut masks: smallvec::SmallVec<[(&T, u64); 64]> =
                b.iter().enumerate().map(|(j, y)| (y, 1u64 << j)).collect();
            masks.sort_unstable_by(|x, y| x.0.cmp(y.0));
            masks.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    kept.1 |= later.1;
                }
                same
            });
            for x in a {
                if let Ok(i) = masks.binary_search_by(|e| e.0.cmp(x)) {
                    let hits = masks[i].1;
                    row = row.wrapping_add(row & hits) | (row & !hits);
                }
            }
        } else {
            for x in a {
                let hits = match_mask(x, b);
                row = row.wrapping_add(row & hits) | (row & !hits);
            }
        }
        // Bits past `b`'s end stay 1.
        return prefix + suffix + (!row).count_ones() as usize;
    }
    let words = b.len().div_ceil(64);
    let mut row = vec![u64::MAX; words];
    for x in a {
        let mut carry = false;
        for (word, chunk) in row.iter_mut().zip(b.chunks(64)) {
            let hits = match_mask(x, chunk);
            let (sum, over) = word.overflowing_add(*word & hits);
            let (sum, over_too) = sum.overflowing_add(u64::from(carry));
            carry = over || over_too;
            *word = sum | (*word & !hits);
        }
    }
    prefix
        + suffix
        + row
            .iter()
            .map(|w| (!w).count_ones() as usize)
            .sum::<usize>()
}

/// Shortest sequence whose items' masks are looked up in a sorted table
/// rather than made by comparing each item of the other with all of it.
const TABLE_FROM: usize = 12;

/// Bit `j` set where `chunk[j] == x` (`chunk` holds at most 64 items).
fn match_mask<T: PartialEq>(x: &T, chunk: &[T]) -> u64 {
    chunk
        .iter()
        .enumerate()
        .fold(0, |m, (j, y)| m | (u64::from(x == y) << j))
}

#[cfg(test)]
mod tests {
    use super::lcs_len;

    #[test]
    fn counts_words_in_order() {
        assert_eq!(lcs_len(&[1, 2, 3, 4], &[1, 3, 4, 5]), 3);
        assert_eq!(lcs_len(&["a", "b"], &["b", "a"]), 1);
        assert_eq!(lcs_len::<u8>(&[], &[1]), 0);
        assert_eq!(lcs_len(&[1, 2, 9, 3], &[1, 2, 3]), 3);
        assert_eq!(lcs_len(&[7, 7, 7], &[7, 7]), 2);
    }

    /// The textbook table, without the shortcuts.
    fn table(a: &[u8], b: &[u8]) -> usize {
        let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                t[i + 1][j + 1] = if a[i] == b[j] {
                    t[i][j] + 1
                } else {
                    t[i][j + 1].max(t[i + 1][j])
                };
            }
        }
        t[a.len()][b.len()]
    }

    proptest::proptest! {
        #[test]
        fn same_as_the_full_table(
            a in proptest::collection::vec(0u8..4, 0..40),
            b in proptest::collection::vec(0u8..4, 0..40),
        ) {
            proptest::prop_assert_eq!(lcs_len(&a, &b), table(&a, &b));
        }

        /// Past one and two machine words of columns (carries between
        /// words), with ends that differ so the table is used.
        #[test]
        fn long_sequences_same_as_the_full_table(
            a in proptest::collection::vec(0u8..6, 0..160),
            b in proptest::collection::vec(0u8..6, 60..200),
        ) {
            let (mut a, mut b) = (a, b);
            a.insert(0, 7);
            b.push(8);
            proptest::prop_assert_eq!(lcs_len(&a, &b), table(&a, &b));
            proptest::prop_assert_eq!(lcs_len(&b, &a), table(&b, &a));
        }
    }
}
