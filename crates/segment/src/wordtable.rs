//! A small read-only hash table of short words (at most [`MAX_LEN`] bytes), for
//! the word lists looked up at every period.
//!
//! A word is packed into one `u128` (its bytes, little-endian, and its length
//! in the top byte), so a lookup is one multiply-shift hash and integer
//! compares in an open-addressing table: no string hashing, no `memcmp`.
//! Longer words are never in a table (the lists hold none: a test checks).

/// The longest word a table holds, in bytes.
pub(crate) const MAX_LEN: usize = 15;

/// Packs `w` (1..=[`MAX_LEN`] bytes), ASCII-lowercased when `lower`. `None` when
/// empty or longer.
#[inline]
pub(crate) fn pack(w: &[u8], lower: bool) -> Option<u128> {
    if w.is_empty() || w.len() > MAX_LEN {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, &s) in buf.iter_mut().zip(w) {
        *d = if lower { s.to_ascii_lowercase() } else { s };
    }
    buf[15] = w.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// Packed words → values.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<V> {
    /// Slots; key 0 marks an empty one (no packed word is 0: its length byte is not).
    slots: Vec<(u128, V)>,
    mask: usize,
    /// Longest word stored, in bytes: longer lookups fail at once.
    max_len: usize,
}

#[inline]
fn slot_of(key: u128, mask: usize) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (x.wrapping_mul(0xff51_afd7_ed55_8ccd) >> 40) as usize & mask
}

impl<V: Copy + Default> WordTable<V> {
    /// A table of `entries` (packed keys, values); a later duplicate key is
    /// merged into the earlier one with `merge`.
    pub(crate) fn new(entries: &[(u128, V)], merge: impl Fn(V, V) -> V) -> WordTable<V> {
        let cap = (entries.len() * 4).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![(0u128, V::default()); cap];
        let mut max_len = 0;
        for &(key, v) in entries {
            max_len = max_len.max((key >> 120) as usize);
            let mut h = slot_of(key, mask);
            loop {
                if slots[h].0 == key {
                    slots[h].1 = merge(slots[h].1, v);
                    break;
                }
                if slots[h].0 == 0 {
                    slots[h] = (key, v);
                    break;
                }
                h = (h + 1) & mask;
            }
        }
        WordTable {
            slots,
            mask,
            max_len,
        }
    }

    /// The value of `w` (ASCII-lowercased first when `lower`), if stored.
    #[inline]
    pub(crate) fn get(&self, w: &[u8], lower: bool) -> Option<V> {
        if w.len() > self.max_len {
            return None;
        }
        let key = pack(w, lower)?;
        let mut h = slot_of(key, self.mask);
        loop {
            let (k, v) = self.slots[h];
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            h = (h + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_stored_words() {
        let words = ["a", "mr", "a. m", "fifteen_bytes__", "é"];
        let entries: Vec<(u128, u8)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (pack(w.as_bytes(), false).unwrap(), i as u8 + 1))
            .collect();
        let t = WordTable::new(&entries, |a, b| a | b);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes(), false), Some(i as u8 + 1));
        }
        assert_eq!(t.get(b"MR", true), Some(2));
        assert_eq!(t.get(b"MR", false), None);
        for miss in ["", "b", "m", "mrs", "a.m", "a\0", "fifteen_bytes___", "É"] {
            assert_eq!(t.get(miss.as_bytes(), true), None, "{miss:?}");
        }
        assert!(pack(&[b'x'; 16], false).is_none());
        // Duplicates merge.
        let k = pack(b"ft", false).unwrap();
        let t = WordTable::new(&[(k, 1u16), (k, 4)], |a, b| a | b);
        assert_eq!(t.get(b"ft", false), Some(5));
    }
}
