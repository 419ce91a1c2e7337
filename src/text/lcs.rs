//! Longest common subsequence of two sequences (of words, word hashes, ...):
//! one row of the dynamic programme, O(|a|·|b|) time and O(|b|) memory.
//! Callers bound the lengths they pass.

/// Length of the longest common subsequence of `a` and `b`.
pub fn lcs_len<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::lcs_len;

    #[test]
    fn counts_words_in_order() {
        assert_eq!(lcs_len(&[1, 2, 3, 4], &[1, 3, 4, 5]), 3);
        assert_eq!(lcs_len(&["a", "b"], &["b", "a"]), 1);
        assert_eq!(lcs_len::<u8>(&[], &[1]), 0);
    }
}
