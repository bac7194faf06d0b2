//! Ordering with one sort. Each `sort_by_key` over a new type or key is a
//! sort of its own in the wasm (2 to 4 KB each, a dozen of them in the
//! engine); every list the domain orders is instead ranked by a `u64` key
//! here, so the browser carries one sort.

/// The positions of `keys`, in ascending order of key; equal keys keep
/// their order.
pub fn ranked(keys: impl Iterator<Item = u64>) -> Vec<usize> {
    let mut keyed: Vec<(u64, u32)> = keys.zip(0..).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, at)| at as usize).collect()
}

/// `items` in ascending order of `key`; equal keys keep their order.
pub fn sorted_by<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    let order = ranked(items.iter().map(key));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|at| slots[at].take())
        .collect()
}

/// Two keys as one, `high` first: both must fit in 32 bits.
pub fn pair(high: u32, low: u32) -> u64 {
    u64::from(high) << 32 | u64::from(low)
}

#[cfg(test)]
mod tests {
    use super::{pair, ranked, sorted_by};

    #[test]
    fn equal_keys_keep_their_order_and_pairs_order_high_first() {
        assert_eq!(ranked([3, 1, 3, 0].into_iter()), vec![3, 1, 0, 2]);
        let words = vec!["b1", "a1", "b2", "a2"];
        let by_letter = sorted_by(words, |word| u64::from(word.as_bytes()[0]));
        assert_eq!(by_letter, vec!["a1", "a2", "b1", "b2"]);
        assert!(pair(1, 0) > pair(0, u32::MAX));
        assert!(pair(2, 5) < pair(2, 6));
    }
}
