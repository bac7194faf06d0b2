//! The season as it happened: its rounds, who started each one in which
//! car, and the source that says so (`public/data/wec-2024-rounds.json`).
//! Read against the list's [`Season`], whose cars and drivers they name.

mod changes;
mod check;
mod line;
mod rounds_file;
mod start_from;
mod strip;

pub use changes::Change;
pub use line::RoundLine;
pub use rounds_file::{CarAtRound, CrewSource, Round, RoundSource, SourceKind, Start};
pub use strip::{Mark, SeasonStrip};

use crate::domain::rules::{CrewChoice, Report, RuleSet, check as check_list};
use crate::domain::{CarNumber, Crew, Driver, Season, SeasonError};
use rounds_file::RoundsFile;

/// A checked rounds file: every car and driver it names is on the list (or
/// among its own drivers), every round has every car once, and a car that
/// withdrew has no crew after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rounds {
    file: RoundsFile,
}

impl Rounds {
    /// Reads the rounds of `season`'s list and cross-checks them; the error
    /// names the place of the first problem, path, line and column.
    pub fn from_json(text: &str, season: &Season) -> Result<Rounds, SeasonError> {
        let file: RoundsFile = SeasonError::read(text)?;
        check::cross_checked(&file, season).map_err(|error| error.placed_in(text))?;
        Ok(Rounds { file })
    }

    /// What the crews are and how sure, for a fan.
    pub fn about(&self) -> &str {
        &self.file.about
    }

    /// Every round, in the season's order.
    pub fn all(&self) -> &[Round] {
        &self.file.rounds
    }

    /// The round with id `id` (`spa`).
    pub fn round(&self, id: &str) -> Option<&Round> {
        self.all().iter().find(|round| round.id == id)
    }

    /// The round with id `id`, or why there is none: "no round is called
    /// \"monza\"; the rounds are qatar, imola, …".
    pub fn named(&self, id: &str) -> Result<&Round, String> {
        self.round(id).ok_or_else(|| {
            let known: Vec<&str> = self.all().iter().map(|round| round.id.as_str()).collect();
            format!(
                "no round is called \"{id}\"; the rounds are {}",
                known.join(", ")
            )
        })
    }

    /// The drivers who raced a round but are not on the list.
    pub fn drivers(&self) -> &[Driver] {
        &self.file.drivers
    }

    /// The list as `round` was raced, to check: the drivers of `base` and
    /// those of the rounds, every car that started with the crew it
    /// started with (a crew not found: its seats left open), and no car
    /// that did not start.
    pub fn season_at(&self, round: &Round, base: &Season) -> Season {
        let mut season = self.with_drivers(base);
        for car in round.cars.iter().rev() {
            let Some(at) = season.entry_position(&car.car) else {
                continue;
            };
            if car.status != Start::Started {
                season.remove_entry(at);
                continue;
            }
            let seats = season.entries()[at].crew.seats().len();
            let crew = car
                .crew
                .clone()
                .unwrap_or_else(|| Crew::new(vec![None; seats]));
            season.entry_mut(at).crew = crew;
        }
        season
    }

    /// `base` with the rounds' own drivers added (those it has not).
    pub fn with_drivers(&self, base: &Season) -> Season {
        let mut season = base.clone();
        for driver in self.drivers() {
            if season.driver(&driver.id).is_none() {
                season.add_driver(driver.clone());
            }
        }
        season
    }

    /// The crews that started `round`, checked by its event's rules.
    pub fn check(&self, round: &Round, base: &Season, rules: &RuleSet) -> Report {
        check_list(
            &self.season_at(round, base),
            rules,
            round.event,
            CrewChoice::Provisional,
        )
    }
}

impl Round {
    /// Car `number` at this round.
    pub fn car(&self, number: &CarNumber) -> Option<&CarAtRound> {
        self.cars.iter().find(|car| car.car == *number)
    }

    /// Its length as a fan reads it: "6 hours", "1812 km, 10 hours at
    /// most".
    pub fn length(&self) -> String {
        match self.km {
            Some(km) => format!("{km} km, {} hours at most", self.hours),
            None => format!("{} hours", self.hours),
        }
    }
}
