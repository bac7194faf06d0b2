//! Sets of ratings, as the rules speak of them ("a Bronze or Silver").

use crate::domain::Rating;
use std::fmt;

/// A set of FIA ratings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RatingSet(u8);

impl RatingSet {
    /// Every rating.
    pub const ANY: RatingSet = RatingSet(0b1111);

    /// The set of the given ratings.
    pub const fn of(ratings: &[Rating]) -> RatingSet {
        let mut bits = 0;
        let mut at = 0;
        while at < ratings.len() {
            bits |= 1 << ratings[at] as u8;
            at += 1;
        }
        RatingSet(bits)
    }

    /// Whether `rating` is in the set.
    pub fn contains(self, rating: Rating) -> bool {
        self.0 & (1 << rating as u8) != 0
    }

    /// The set with `rating` added.
    pub fn with(self, rating: Rating) -> RatingSet {
        RatingSet(self.0 | 1 << rating as u8)
    }

    /// The ratings in either set.
    pub fn union(self, other: RatingSet) -> RatingSet {
        RatingSet(self.0 | other.0)
    }

    /// The set without the ratings of `other`.
    pub fn without(self, other: RatingSet) -> RatingSet {
        RatingSet(self.0 & !other.0)
    }

    /// Every set of ratings, the empty one included.
    pub(crate) fn all_sets() -> impl Iterator<Item = RatingSet> {
        (0..16).map(RatingSet)
    }

    /// Whether every rating of the set is in `other`.
    pub fn is_subset_of(self, other: RatingSet) -> bool {
        self.0 & !other.0 == 0
    }

    /// Whether the set has no rating.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The ratings in the set, lowest first.
    pub fn ratings(self) -> impl Iterator<Item = Rating> {
        [
            Rating::Bronze,
            Rating::Silver,
            Rating::Gold,
            Rating::Platinum,
        ]
        .into_iter()
        .filter(move |&rating| self.contains(rating))
    }
}

/// Writes the set as fans say it: "Bronze or Silver".
impl fmt::Display for RatingSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words: Vec<String> = self.ratings().map(|rating| rating.to_string()).collect();
        match words.as_slice() {
            [] => f.write_str("no rating"),
            [one] => f.write_str(one),
            [first @ .., last] => write!(f, "{} or {last}", first.join(", ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Rating::*;

    #[test]
    fn sets_hold_their_ratings_and_read_as_words() {
        let junior = RatingSet::of(&[Silver, Bronze]);
        assert!(junior.contains(Bronze) && junior.contains(Silver) && !junior.contains(Gold));
        assert_eq!(junior.to_string(), "Bronze or Silver");
        assert_eq!(
            RatingSet::ANY.without(RatingSet::of(&[Bronze])).to_string(),
            "Silver, Gold or Platinum"
        );
        assert_eq!(RatingSet::of(&[Bronze]).to_string(), "Bronze");
        assert!(RatingSet::of(&[]).is_empty());
    }
}
