//! What a car's card says of a round: who started it, what changed from
//! the round before, and the source, as words ready to show.

use super::{CarAtRound, CrewSource, Round, Rounds, SourceKind, Start};
use crate::domain::{CarNumber, DriverId, Season};

/// A car at a round, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundLine {
    /// "At the 6 Hours of Spa-Francorchamps".
    pub at: String,
    /// What happened: the crew's names ("Will Stevens, Callum Ilott", a
    /// seat no source names said so), "Did not start", "Withdrawn", or
    /// "Crew not found".
    pub crew: String,
    /// What changed from the last round the car raced, and why where a
    /// source says.
    pub changes: Vec<String>,
    pub source: Option<CrewSource>,
    /// What was searched, for a crew not found.
    pub searched: Option<String>,
    pub note: Option<String>,
}

impl SourceKind {
    /// How a fan reads the kind: "Result", "Team report".
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Result => "Result",
            SourceKind::TeamReport => "Team report",
            SourceKind::Press => "Press report",
            SourceKind::EntryList => "Entry list only",
        }
    }
}

impl CrewSource {
    /// The source as a fan reads it: "Result: Al Kamel classification, …".
    pub fn citation(&self) -> String {
        format!("{}: {}", self.kind.label(), self.title)
    }
}

impl Rounds {
    /// Every car at `round`, in words, with the names of `season`'s
    /// drivers and of the rounds' own.
    pub fn lines(&self, round: &Round, season: &Season) -> Vec<(CarNumber, RoundLine)> {
        let with_names = self.with_drivers(season);
        round
            .cars
            .iter()
            .map(|car| (car.car.clone(), self.line(round, car, &with_names)))
            .collect()
    }

    fn line(&self, round: &Round, car: &CarAtRound, season: &Season) -> RoundLine {
        let name = |id: &DriverId| {
            season
                .driver(id)
                .map_or_else(|| id.to_string(), |driver| driver.name.clone())
        };
        let crew = match (car.status, &car.crew) {
            (Start::DidNotStart, _) => "Did not start".to_string(),
            (Start::Withdrawn, _) => "Withdrawn".to_string(),
            (Start::Started, None) => "Crew not found".to_string(),
            (Start::Started, Some(crew)) => crew
                .seats()
                .iter()
                .map(|seat| {
                    seat.as_ref()
                        .map_or("a driver no source names".to_string(), name)
                })
                .collect::<Vec<_>>()
                .join(", "),
        };
        RoundLine {
            at: format!("At the {}", round.name),
            crew,
            changes: self
                .changes(round, &car.car)
                .iter()
                .map(|change| change.words(season))
                .collect(),
            source: car.source.clone(),
            searched: car.searched.clone(),
            note: car.note.clone(),
        }
    }
}
