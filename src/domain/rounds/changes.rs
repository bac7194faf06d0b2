//! What changed in a car from the round before, in words: a substitution,
//! a round with fewer drivers, a withdrawal; and why, only where a source
//! says.

use super::{CarAtRound, Round, Rounds, Start};
use crate::domain::{CarNumber, DriverId, Season};

/// One change to a car's crew from the last round it raced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The crew has `drivers` drivers, fewer than before.
    Fewer { drivers: usize },
    /// `came` raced in place of `left`.
    InFor {
        came: DriverId,
        left: DriverId,
        why: Option<String>,
    },
    /// `left` did not race and no one took the seat.
    Out { left: DriverId, why: Option<String> },
    /// `came` joined the crew.
    Joined { came: DriverId },
    /// The car was entered but did not start.
    DidNotStart { reason: Option<String> },
    /// The car left the championship.
    Withdrew { reason: Option<String> },
}

impl Change {
    /// The change as a fan reads it, with the names of `season`'s drivers:
    /// "Jules Gounon in for Ferdinand Habsburg, injured".
    pub fn words(&self, season: &Season) -> String {
        let name = |id: &DriverId| season.driver(id).map_or(id.to_string(), |d| d.name.clone());
        let because = |why: &Option<String>| why.as_ref().map(|why| format!(", {why}"));
        let (said, why) = match self {
            Change::Fewer { drivers } => (format!("{} drivers", number_word(*drivers)), None),
            Change::InFor { came, left, why } => (
                format!("{} in for {}", name(came), name(left)),
                because(why),
            ),
            Change::Out { left, why } => (format!("{} out", name(left)), because(why)),
            Change::Joined { came } => (format!("{} joins", name(came)), None),
            Change::DidNotStart { reason } => ("Did not start".to_string(), because(reason)),
            Change::Withdrew { reason } => ("Withdrawn".to_string(), because(reason)),
        };
        said + &why.unwrap_or_default()
    }
}

fn number_word(n: usize) -> String {
    match n {
        1 => "One".to_string(),
        2 => "Two".to_string(),
        n => n.to_string(),
    }
}

impl Rounds {
    /// What changed in car `number` at `round` from the last round it
    /// raced (nothing at the first round, or for a crew not found).
    pub fn changes(&self, round: &Round, number: &CarNumber) -> Vec<Change> {
        let Some(now) = round.car(number) else {
            return Vec::new();
        };
        let before = self.all().iter().take_while(|each| each.id != round.id);
        let cars_before: Vec<&CarAtRound> = before.filter_map(|each| each.car(number)).collect();
        match now.status {
            Start::DidNotStart => {
                return vec![Change::DidNotStart {
                    reason: now.reason.clone(),
                }];
            }
            Start::Withdrawn if cars_before.iter().all(|car| car.status != Start::Withdrawn) => {
                return vec![Change::Withdrew {
                    reason: now.reason.clone(),
                }];
            }
            Start::Withdrawn => return Vec::new(),
            Start::Started => {}
        }
        let last_crew = cars_before
            .iter()
            .rev()
            .find(|car| car.status == Start::Started && car.crew.is_some());
        match last_crew {
            Some(last) => crew_changes(last, now),
            None => Vec::new(),
        }
    }
}

/// The changes from crew `last` to crew `now`. Who replaced whom is read in
/// seat order; with seats no source names, only who joined is known.
fn crew_changes(last: &CarAtRound, now: &CarAtRound) -> Vec<Change> {
    let (Some(was), Some(is)) = (&last.crew, &now.crew) else {
        return Vec::new();
    };
    let mut came = is.drivers().filter(|id| !was.drivers().any(|d| d == *id));
    if is.tba_seats() > 0 {
        return came.map(|id| Change::Joined { came: id.clone() }).collect();
    }
    let why = |id: &DriverId| now.absent.get(id).cloned();
    let mut changes = Vec::new();
    let size = is.drivers().count();
    if size < was.drivers().count() {
        changes.push(Change::Fewer { drivers: size });
    }
    for left in was.drivers().filter(|id| !is.drivers().any(|d| d == *id)) {
        changes.push(match came.next() {
            Some(came) => Change::InFor {
                came: came.clone(),
                left: left.clone(),
                why: why(left),
            },
            None => Change::Out {
                left: left.clone(),
                why: why(left),
            },
        });
    }
    changes.extend(came.map(|id| Change::Joined { came: id.clone() }));
    changes
}
