//! What the seat picker shows: the engine's hints for a seat, and the
//! drivers a fan can choose from, with the car each is in now.

use crate::domain::rules::{RatingSet, RuleSet, still_needs};
use crate::domain::wording::capitalised;
use crate::domain::{CarNumber, Driver, Rating, Season, text_matches};

/// What the rules say about filling one seat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeatHints {
    /// Ratings that keep a legal crew possible.
    pub allowed: RatingSet,
    /// For every other rating, why it would break the crew.
    pub reasons: Vec<(Rating, String)>,
    /// What the crew still needs, in words ("a Bronze driver"), if anything.
    pub still_needs: Option<String>,
}

impl SeatHints {
    /// The hints for seat `seat` of car `car`, counting that seat as open.
    pub fn for_seat(
        season: &Season,
        rules: &RuleSet,
        car: &CarNumber,
        seat: usize,
    ) -> Option<SeatHints> {
        let entry = season.entry(car)?;
        let seats = entry.crew.seats().len();
        let others: Vec<Rating> = entry
            .crew
            .seats()
            .iter()
            .enumerate()
            .filter(|&(at, _)| at != seat)
            .filter_map(|(_, id)| season.driver(id.as_ref()?))
            .map(|driver| driver.rating)
            .collect();
        let outlook = crate::domain::rules::outlook(rules, entry.class, seats, &others);
        let reasons = Rating::ALL
            .into_iter()
            .filter(|&rating| !outlook.seat_ratings.contains(rating))
            .map(|rating| {
                let reason = match rules
                    .banned_ratings
                    .iter()
                    .find(|ban| ban.class == entry.class && ban.rating == rating)
                {
                    Some(ban) => format!("{}.", capitalised(&ban.wording)),
                    None => {
                        let mut with = others.clone();
                        with.push(rating);
                        match still_needs(rules, entry.class, seats, &with) {
                            Some(gap) => {
                                format!("No legal crew would remain: {}.", gap.rule.wording)
                            }
                            None => "No legal crew would remain.".to_string(),
                        }
                    }
                };
                (rating, reason)
            })
            .collect();
        let still_needs = outlook.still_needs.map(|gap| {
            let wanted: Vec<String> = gap.unmet.iter().map(|need| format!("a {need}")).collect();
            format!("{} driver", wanted.join(" and "))
        });
        Some(SeatHints {
            allowed: outlook.seat_ratings,
            reasons,
            still_needs,
        })
    }

    /// The hint's first line: the ratings that keep a legal crew possible.
    pub fn keeps(&self) -> String {
        let allowed: Vec<String> = Rating::ALL
            .into_iter()
            .filter(|&rating| self.allowed.contains(rating))
            .map(|rating| rating.to_string())
            .collect();
        if allowed.is_empty() {
            "No rating keeps a legal crew possible.".to_string()
        } else {
            format!("Keeps a legal crew possible: {}.", allowed.join(", "))
        }
    }
}

/// A driver the picker offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub driver: Driver,
    /// The car the driver is in now, if any.
    pub car: Option<CarNumber>,
}

impl Candidate {
    /// Where the driver is now: "in car #46" or "not in a car".
    pub fn place(&self) -> String {
        self.car.as_ref().map_or_else(
            || "not in a car".to_string(),
            |car| format!("in car #{car}"),
        )
    }
}

/// The drivers whose name or nationality matches `query`, rated `rating`
/// when given, in the season's order.
pub fn candidates(season: &Season, query: &str, rating: Option<Rating>) -> Vec<Candidate> {
    season
        .drivers()
        .iter()
        .filter(|driver| rating.is_none_or(|only| driver.rating == only))
        .filter(|driver| {
            let nationality = driver
                .nationality
                .map(|code| code.to_string())
                .unwrap_or_default();
            text_matches(&format!("{} {nationality}", driver.name), query)
        })
        .map(|driver| Candidate {
            car: season
                .entries()
                .iter()
                .find(|entry| entry.crew.drivers().any(|id| id == &driver.id))
                .map(|entry| entry.number.clone()),
            driver: driver.clone(),
        })
        .collect()
}
