//! "Start from this round": a round's real crews as the base of a line-up,
//! as one edit (one step in the history, carried by a share link as the
//! seats it changes).

use super::{Round, Rounds, Start};
use crate::domain::Season;
use crate::domain::lineup::Edit;

impl Rounds {
    /// The one edit that puts every car that started `round` in `current`
    /// with the crew it started with: its new drivers added, then each
    /// seat filled or left open as at the round (a seat no source names is
    /// left open too). A car that did not race, or whose crew was not
    /// found, keeps its crew; ratings and fan-made cars are kept.
    pub fn start_from(&self, round: &Round, current: &Season) -> Edit {
        let mut edits = Vec::new();
        let mut season = current.clone();
        let seated = round
            .cars
            .iter()
            .flat_map(|car| car.crew.iter())
            .flat_map(|crew| crew.drivers());
        for id in seated {
            if season.driver(id).is_some() {
                continue;
            }
            if let Some(driver) = self.drivers().iter().find(|driver| driver.id == *id) {
                add(
                    &mut season,
                    current,
                    &mut edits,
                    Edit::AddDriver {
                        driver: driver.clone(),
                    },
                );
            }
        }
        for car in round.cars.iter().filter(|car| car.status == Start::Started) {
            let (Some(crew), Some(at)) = (&car.crew, season.entry_position(&car.car)) else {
                continue;
            };
            for seat in 0..season.entries()[at].crew.seats().len() {
                let wanted = crew.seats().get(seat).cloned().flatten();
                if season.entries()[at].crew.seats()[seat] == wanted {
                    continue;
                }
                let edit = match wanted {
                    Some(driver) => Edit::Fill {
                        car: car.car.clone(),
                        seat,
                        driver,
                    },
                    None => Edit::Clear {
                        car: car.car.clone(),
                        seat,
                    },
                };
                add(&mut season, current, &mut edits, edit);
            }
        }
        Edit::Bulk { edits }
    }
}

/// Applies `edit` to `season` as the line-up will, and keeps it if it
/// applies (each seat's edit is made against the seats as they stand).
/// (`base` is only read by edits this function does not make.)
fn add(season: &mut Season, base: &Season, edits: &mut Vec<Edit>, edit: Edit) {
    if edit.apply(season, base).is_ok() {
        edits.push(edit);
    }
}
