//! Crew composition: matching drivers' ratings to what a class demands, and
//! what the TBA seats of a crew may still take.

use super::{Composition, RatingSet, RuleSet};
use crate::domain::{Class, Rating};

/// How a crew falls short of a composition rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortfall<'r> {
    pub rule: &'r Composition,
    /// The needs no driver covers.
    pub unmet: Vec<RatingSet>,
    /// The drivers (indices into the ratings given) that cover no need.
    pub spare: Vec<usize>,
}

/// The most needs that distinct drivers can cover, as the driver covering each need.
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
                let free = match owner[driver] {
                    None => true,
                    Some(other) => place(other, needs, ratings, tried, owner),
                };
                if free {
                    owner[driver] = Some(need);
                    return true;
                }
            }
        }
        false
    }
    let mut owner: Vec<Option<usize>> = vec![None; ratings.len()];
    for need in 0..needs.len() {
        place(
            need,
            needs,
            ratings,
            &mut vec![false; ratings.len()],
            &mut owner,
        );
    }
    (0..needs.len())
        .map(|need| owner.iter().position(|&covers| covers == Some(need)))
        .collect()
}

/// How `ratings` fall short of `rule`, or `None` when they meet it.
pub fn shortfall<'r>(rule: &'r Composition, ratings: &[Rating]) -> Option<Shortfall<'r>> {
    let cover = best_cover(&rule.needs, ratings);
    let unmet: Vec<RatingSet> = rule
        .needs
        .iter()
        .zip(&cover)
        .filter(|(_, driver)| driver.is_none())
        .map(|(&need, _)| need)
        .collect();
    if unmet.is_empty() {
        return None;
    }
    let spare = (0..ratings.len())
        .filter(|driver| !cover.contains(&Some(*driver)))
        .collect();
    Some(Shortfall { rule, unmet, spare })
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
    let applicable: Vec<&Composition> = rules.compositions_for(class, seats).collect();
    let allowed: Vec<Rating> = rules.allowed_ratings(class).ratings().collect();
    let tba = seats.saturating_sub(named.len());
    // Composition rules only ask for drivers, never forbid one, so seats
    // beyond the largest rule's needs cannot change the outcome.
    let deciding = applicable
        .iter()
        .map(|rule| rule.needs.len())
        .max()
        .unwrap_or(0);
    let legal = |crew: &[Rating]| {
        applicable
            .iter()
            .all(|rule| shortfall(rule, crew).is_none())
    };
    let seat_ratings = if tba == 0 {
        RatingSet::default()
    } else {
        allowed
            .iter()
            .filter(|&&rating| {
                let mut crew = named.to_vec();
                crew.push(rating);
                some_fill(&allowed, (tba - 1).min(deciding), &mut crew, &legal)
            })
            .fold(RatingSet::default(), |set, &rating| set.with(rating))
    };
    let still_needs = applicable
        .iter()
        .filter_map(|rule| shortfall(rule, named))
        .max_by_key(|gap| gap.unmet.len());
    CrewOutlook {
        seat_ratings,
        still_needs,
    }
}

/// Whether adding `seats` more drivers rated from `options` to `crew` can
/// make `legal` hold (each multiset of ratings tried once).
fn some_fill(
    options: &[Rating],
    seats: usize,
    crew: &mut Vec<Rating>,
    legal: &impl Fn(&[Rating]) -> bool,
) -> bool {
    if seats == 0 {
        return legal(crew);
    }
    (0..options.len()).any(|first| {
        crew.push(options[first]);
        let found = some_fill(&options[first..], seats - 1, crew, legal);
        crew.pop();
        found
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
