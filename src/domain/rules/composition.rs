//! Crew composition: whether drivers' ratings cover what a class demands,
//! and what the TBA seats of a crew may still take.
//!
//! Legality only depends on how many drivers of each rating a crew has, so
//! the checks work on [`RatingCounts`] without allocating; the matching that
//! names which driver is spare runs only when a finding is worded.

use super::{Composition, RatingSet, RuleSet};
use crate::domain::{Class, Rating};

/// How many drivers of each rating a crew has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RatingCounts([usize; 4]);

impl RatingCounts {
    /// The counts of these ratings.
    pub fn of(ratings: &[Rating]) -> RatingCounts {
        ratings
            .iter()
            .fold(RatingCounts::default(), |counts, &rating| {
                counts.with(rating)
            })
    }

    /// One more driver of `rating`.
    pub fn with(mut self, rating: Rating) -> RatingCounts {
        self.0[rating as usize] += 1;
        self
    }

    /// How many drivers have a rating in `set`.
    fn within(&self, set: RatingSet) -> usize {
        Rating::ALL
            .iter()
            .filter(|&&rating| set.contains(rating))
            .map(|&rating| self.0[rating as usize])
            .sum()
    }
}

/// How many of `needs` distinct drivers cannot cover. By Hall's theorem this
/// is the largest shortfall of any group of ratings: the needs that only
/// those ratings meet, less the drivers who have them.
fn uncovered(needs: &[RatingSet], crew: RatingCounts) -> usize {
    RatingSet::all_sets()
        .map(
            |group| match needs.iter().filter(|need| need.is_subset_of(group)).count() {
                0 => 0,
                wanted => wanted.saturating_sub(crew.within(group)),
            },
        )
        .max()
        .unwrap_or(0)
}

/// How a crew falls short of a composition rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortfall<'r> {
    pub rule: &'r Composition,
    /// The needs no driver covers.
    pub unmet: Vec<RatingSet>,
    /// The drivers (indices into the ratings given) that cover no need.
    pub spare: Vec<usize>,
}

/// How `ratings` fall short of `rule`, or `None` when they meet it.
pub fn shortfall<'r>(rule: &'r Composition, ratings: &[Rating]) -> Option<Shortfall<'r>> {
    if uncovered(&rule.needs, RatingCounts::of(ratings)) == 0 {
        return None;
    }
    let cover = best_cover(&rule.needs, ratings);
    let unmet = rule
        .needs
        .iter()
        .zip(&cover)
        .filter(|(_, driver)| driver.is_none())
        .map(|(&need, _)| need)
        .collect();
    let spare = (0..ratings.len())
        .filter(|driver| !cover.contains(&Some(*driver)))
        .collect();
    Some(Shortfall { rule, unmet, spare })
}

/// A largest matching of needs to distinct drivers (augmenting paths), as
/// the driver covering each need.
fn best_cover(needs: &[RatingSet], ratings: &[Rating]) -> Vec<Option<usize>> {
    fn place(
        need: usize,
        needs: &[RatingSet],
        ratings: &[Rating],
        tried: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for driver in 0..ratings.len() {
            if needs[need].contains(ratings[driver]) && !tried[driver] {
                tried[driver] = true;
                if owner[driver].is_none_or(|other| place(other, needs, ratings, tried, owner)) {
                    owner[driver] = Some(need);
                    return true;
                }
            }
        }
        false
    }
    let mut owner: Vec<Option<usize>> = vec![None; ratings.len()];
    let mut tried = vec![false; ratings.len()];
    for need in 0..needs.len() {
        tried.fill(false);
        place(need, needs, ratings, &mut tried, &mut owner);
    }
    (0..needs.len())
        .map(|need| owner.iter().position(|&covers| covers == Some(need)))
        .collect()
}

/// The first composition rule a complete crew of `class` breaks.
pub fn first_broken<'r>(
    rules: &'r RuleSet,
    class: Class,
    ratings: &[Rating],
) -> Option<Shortfall<'r>> {
    rules
        .compositions_for(class, ratings.len())
        .find_map(|rule| shortfall(rule, ratings))
}

/// What a crew with TBA seats can still become.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrewOutlook<'r> {
    /// The ratings any one TBA seat may take with a legal crew still possible;
    /// empty when no completion is legal.
    pub seat_ratings: RatingSet,
    /// What the named drivers still lack, under the most demanding rule.
    pub still_needs: Option<Shortfall<'r>>,
}

/// The outlook of a crew of `seats` seats in `class` whose named drivers
/// have `named` ratings (the other seats are TBA).
pub fn outlook<'r>(
    rules: &'r RuleSet,
    class: Class,
    seats: usize,
    named: &[Rating],
) -> CrewOutlook<'r> {
    let crew = RatingCounts::of(named);
    let tba = seats.saturating_sub(named.len());
    let completion = Completion::new(rules, class, seats);
    let seat_ratings = if tba == 0 {
        RatingSet::default()
    } else {
        rules
            .allowed_ratings(class)
            .ratings()
            .filter(|&rating| completion.possible(crew.with(rating), tba - 1))
            .fold(RatingSet::default(), |set, rating| set.with(rating))
    };
    CrewOutlook {
        seat_ratings,
        still_needs: still_needs(rules, class, seats, named),
    }
}

/// Whether the `tba` TBA seats of a crew of `seats` seats in `class` can be
/// filled so that the crew is legal.
pub fn can_complete(
    rules: &RuleSet,
    class: Class,
    seats: usize,
    named: &[Rating],
    tba: usize,
) -> bool {
    Completion::new(rules, class, seats).possible(RatingCounts::of(named), tba)
}

/// What the named drivers still lack, under the rule they fall shortest of.
pub fn still_needs<'r>(
    rules: &'r RuleSet,
    class: Class,
    seats: usize,
    named: &[Rating],
) -> Option<Shortfall<'r>> {
    let crew = RatingCounts::of(named);
    rules
        .compositions_for(class, seats)
        .map(|rule| (uncovered(&rule.needs, crew), rule))
        .filter(|&(missing, _)| missing > 0)
        .max_by_key(|&(missing, _)| missing)
        .and_then(|(_, rule)| shortfall(rule, named))
}

/// The composition rules of one crew size in one class, and the ratings its
/// open seats may take.
struct Completion<'r> {
    rules: &'r RuleSet,
    class: Class,
    seats: usize,
    options: [Rating; 4],
    allowed: usize,
    /// Composition rules only ask for drivers, never forbid one, so open
    /// seats beyond the largest rule's needs cannot change the outcome.
    deciding: usize,
}

impl<'r> Completion<'r> {
    fn new(rules: &'r RuleSet, class: Class, seats: usize) -> Completion<'r> {
        let mut options = [Rating::Bronze; 4];
        let mut allowed = 0;
        for rating in rules.allowed_ratings(class).ratings() {
            options[allowed] = rating;
            allowed += 1;
        }
        let deciding = rules
            .compositions_for(class, seats)
            .map(|rule| rule.needs.len())
            .max()
            .unwrap_or(0);
        Completion {
            rules,
            class,
            seats,
            options,
            allowed,
            deciding,
        }
    }

    /// Whether `open` more seats can make `crew` legal.
    fn possible(&self, crew: RatingCounts, open: usize) -> bool {
        let legal = |crew: RatingCounts| {
            self.rules
                .compositions_for(self.class, self.seats)
                .all(|rule| uncovered(&rule.needs, crew) == 0)
        };
        some_fill(
            &self.options[..self.allowed],
            open.min(self.deciding),
            crew,
            &legal,
        )
    }
}

/// Whether adding `seats` more drivers rated from `options` to `crew` can
/// make `legal` hold (each multiset of ratings tried once).
fn some_fill(
    options: &[Rating],
    seats: usize,
    crew: RatingCounts,
    legal: &impl Fn(RatingCounts) -> bool,
) -> bool {
    if seats == 0 {
        return legal(crew);
    }
    (0..options.len()).any(|first| {
        some_fill(
            &options[first..],
            seats - 1,
            crew.with(options[first]),
            legal,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Rating::*;

    #[test]
    fn covers_needs_with_distinct_drivers() {
        let needs = [RatingSet::of(&[Bronze]), RatingSet::of(&[Bronze, Silver])];
        assert_eq!(
            best_cover(&needs, &[Silver, Bronze, Gold]),
            [Some(1), Some(0)]
        );
        assert_eq!(
            best_cover(&needs, &[Bronze, Gold, Platinum]),
            [Some(0), None]
        );
        // Augmenting: the first Bronze moves to the looser need.
        assert_eq!(
            best_cover(&needs, &[Bronze, Bronze])
                .iter()
                .flatten()
                .count(),
            2
        );
    }

    #[test]
    fn counting_agrees_with_matching() {
        let needs = [RatingSet::of(&[Bronze]), RatingSet::of(&[Bronze, Silver])];
        for crew in [
            &[Silver, Bronze, Gold][..],
            &[Bronze, Gold, Platinum],
            &[Bronze, Bronze],
            &[Gold],
            &[],
        ] {
            let matched = best_cover(&needs, crew).iter().flatten().count();
            assert_eq!(
                uncovered(&needs, RatingCounts::of(crew)),
                needs.len() - matched,
                "{crew:?}"
            );
        }
    }

    #[test]
    fn rossi_alone_in_the_46_leaves_every_seat_open_but_needs_a_bronze() {
        let rules = RuleSet::wec_2024();
        let outlook = outlook(&rules, Class::Lmgt3, 3, &[Silver]);
        assert_eq!(outlook.seat_ratings, RatingSet::ANY);
        assert_eq!(
            outlook.still_needs.unwrap().unmet,
            [RatingSet::of(&[Bronze])]
        );
    }

    #[test]
    fn with_rossi_and_a_platinum_the_last_seat_must_be_bronze() {
        let rules = RuleSet::wec_2024();
        let outlook = outlook(&rules, Class::Lmgt3, 3, &[Silver, Platinum]);
        assert_eq!(outlook.seat_ratings, RatingSet::of(&[Bronze]));
    }

    #[test]
    fn two_pros_and_one_tba_seat_cannot_be_completed() {
        let rules = RuleSet::wec_2024();
        assert!(
            outlook(&rules, Class::Lmgt3, 3, &[Platinum, Platinum])
                .seat_ratings
                .is_empty()
        );
    }

    #[test]
    fn hypercar_seats_take_anything_but_bronze() {
        let rules = RuleSet::wec_2024();
        let outlook = outlook(&rules, Class::Hypercar, 3, &[]);
        assert_eq!(
            outlook.seat_ratings,
            RatingSet::of(&[Silver, Gold, Platinum])
        );
        assert_eq!(outlook.still_needs, None);
    }
}
