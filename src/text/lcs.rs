//! Longest common subsequence of two sequences (of words, word hashes, ...):
//! one row of the dynamic programme, O(|a|·|b|) time and O(|b|) memory.
//! Callers bound the lengths they pass.

/// Length of the longest common subsequence of `a` and `b`.
///
/// A common prefix and suffix belong to some longest common subsequence,
/// so they are counted first and only the middles go through the table:
/// two tellings of one sentence mostly share their ends.
pub fn lcs_len<T: PartialEq>(a: &[T], b: &[T]) -> usize {
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
    let mut row = vec![0usize; b.len()];
    for x in a {
        // `diag` is the row above at j - 1, `left` this row at j - 1.
        let (mut diag, mut left) = (0, 0);
        for (cell, y) in row.iter_mut().zip(b) {
            let up = *cell;
            left = if x == y { diag + 1 } else { up.max(left) };
            *cell = left;
            diag = up;
        }
    }
    prefix + suffix + row[b.len() - 1]
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
            a in proptest::collection::vec(0u8..4, 0..12),
            b in proptest::collection::vec(0u8..4, 0..12),
        ) {
            proptest::prop_assert_eq!(lcs_len(&a, &b), table(&a, &b));
        }
    }
}
