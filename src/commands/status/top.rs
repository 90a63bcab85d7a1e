//! The few items a section lists, picked from a stream of any length in bounded memory.

use std::cmp::Ordering;

/// The first `n` items by `order`, and how many others there were. Holds at most about
/// `2n` items however many are pushed (100,000 failed agents cost no more than 5).
pub struct Top<T> {
    n: usize,
    items: Vec<T>,
    seen: u64,
    order: fn(&T, &T) -> Ordering,
}

impl<T> Top<T> {
    pub fn new(n: usize, order: fn(&T, &T) -> Ordering) -> Top<T> {
        Top {
            n,
            items: Vec::new(),
            seen: 0,
            order,
        }
    }

    pub fn push(&mut self, item: T) {
        self.seen += 1;
        if self.n == 0 {
            return;
        }
        self.items.push(item);
        if self.items.len() >= 2 * self.n + 32 {
            self.trim();
        }
    }

    fn trim(&mut self) {
        self.items.sort_by(self.order);
        self.items.truncate(self.n);
    }

    /// The first `n` in order, and how many were left out.
    pub fn finish(mut self) -> (Vec<T>, u64) {
        self.trim();
        let more = self.seen - self.items.len() as u64;
        (self.items, more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_n_of_many() {
        let mut top = Top::new(3, |a: &u32, b: &u32| b.cmp(a));
        for i in 0..10_000 {
            // A permutation of 0..10,000 (7919 is prime to 10,000).
            top.push((i * 7919) % 10_000);
            assert!(top.items.len() < 2 * 3 + 32);
        }
        let (items, more) = top.finish();
        assert_eq!(items, [9_999, 9_998, 9_997]);
        assert_eq!(more, 9_997);
    }

    #[test]
    fn zero_keeps_nothing_and_counts_everything() {
        let mut top = Top::new(0, |a: &u32, b: &u32| a.cmp(b));
        top.push(1);
        top.push(2);
        assert_eq!(top.finish(), (vec![], 2));
    }
}
