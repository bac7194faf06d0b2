//! A car's season at a glance: its drivers down, the rounds across, a mark
//! for each round each drove.

use super::{Round, Rounds, Start};
use crate::domain::{CarNumber, DriverId};

/// What one driver did at one round in one car.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Started the round in the car.
    Drove,
    /// Not in the car's crew that round.
    Absent,
    /// Not known: no source names every seat of the car that round.
    Unknown,
    /// The car did not race that round.
    CarOut(Start),
}

/// A car's drivers across the rounds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeasonStrip<'r> {
    /// Every driver who started a round in the car, in order of first start.
    pub drivers: Vec<DriverId>,
    pub rounds: &'r [Round],
    /// One row per driver, one mark per round.
    pub marks: Vec<Vec<Mark>>,
}

impl Rounds {
    /// Car `number`'s season: who drove it at which round.
    pub fn strip(&self, number: &CarNumber) -> SeasonStrip<'_> {
        let cars: Vec<_> = self.all().iter().map(|round| round.car(number)).collect();
        let mut drivers: Vec<DriverId> = Vec::new();
        let crews = cars.iter().flatten().flat_map(|car| car.crew.iter());
        for id in crews.flat_map(|crew| crew.drivers()) {
            if !drivers.contains(id) {
                drivers.push(id.clone());
            }
        }
        let mark = |driver: &DriverId, car: &Option<&super::CarAtRound>| match car {
            None => Mark::Unknown,
            Some(car) if car.status != Start::Started => Mark::CarOut(car.status),
            Some(car) => match &car.crew {
                Some(crew) if crew.drivers().any(|id| id == driver) => Mark::Drove,
                Some(crew) if crew.tba_seats() == 0 => Mark::Absent,
                _ => Mark::Unknown,
            },
        };
        let marks = drivers
            .iter()
            .map(|driver| cars.iter().map(|car| mark(driver, car)).collect())
            .collect();
        SeasonStrip {
            drivers,
            rounds: self.all(),
            marks,
        }
    }
}
