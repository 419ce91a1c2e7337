//! Allocation helpers for data held for a whole run.
//!
//! Guarantee: [`exact`] returns the same elements in the same order with no
//! spare capacity (`len == capacity`), so that long-lived lists grown by
//! doubling or thinned by `dedup` cost only their size.

/// `v`'s elements in a block of exactly their size. A copy, not
/// `shrink_to_fit` or `into_boxed_slice` alone: the allocator (mimalloc)
/// leaves a block that shrinks by less than half where it is, so those keep
/// the spare capacity. `exact(v).into_boxed_slice()` makes no second copy.
#[must_use]
pub(crate) fn exact<T>(v: Vec<T>) -> Vec<T> {
    if v.len() == v.capacity() {
        return v;
    }
    let mut out = Vec::with_capacity(v.len());
    out.extend(v);
    out
}

#[cfg(test)]
mod tests {
    use super::exact;

    #[test]
    fn keeps_the_elements_and_drops_the_spare_capacity() {
        let mut v = Vec::with_capacity(100);
        v.extend([3, 1, 2]);
        let e = exact(v);
        assert_eq!(e, vec![3, 1, 2]);
        assert_eq!(e.capacity(), 3);
        let full = vec![7u8; 4];
        assert_eq!(exact(full).capacity(), 4);
    }
}
