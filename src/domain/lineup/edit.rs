//! The one edit type: every change a fan makes to a line-up, and how the
//! domain applies it to a season.

use crate::domain::{CarNumber, Driver, DriverId, Entry, Rating, Season, StintPlan};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A change to a line-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Edit {
    /// Puts `driver` in seat `seat` (0-based) of car `car`; a driver seated
    /// elsewhere moves, leaving that seat TBA.
    Fill {
        car: CarNumber,
        seat: usize,
        driver: DriverId,
    },
    /// Makes seat `seat` of car `car` TBA.
    Clear { car: CarNumber, seat: usize },
    /// Gives `driver` another rating: what if he were Gold?
    Rate { driver: DriverId, rating: Rating },
    /// Adds a driver the fan made up.
    AddDriver { driver: Driver },
    /// Adds a fan-made entry.
    AddEntry { entry: Entry },
    /// Removes a fan-made entry.
    RemoveEntry { car: CarNumber },
    /// Sets the Le Mans stint plan of car `car`; an empty plan removes it.
    Plan { car: CarNumber, plan: StintPlan },
    /// Goes back to the provisional list.
    Reset,
}

/// Why an edit cannot be applied; the line-up is left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    UnknownCar(CarNumber),
    NoSuchSeat { car: CarNumber, seat: usize },
    UnknownDriver(DriverId),
    DriverIdTaken(DriverId),
    NumberTaken(CarNumber),
    NotFanMade(CarNumber),
    Blank(&'static str),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::UnknownCar(car) => write!(f, "there is no car #{car}"),
            EditError::NoSuchSeat { car, seat } => write!(f, "car #{car} has no seat {}", seat + 1),
            EditError::UnknownDriver(id) => write!(f, "there is no driver \"{id}\""),
            EditError::DriverIdTaken(id) => write!(f, "a driver \"{id}\" already exists"),
            EditError::NumberTaken(car) => write!(f, "car #{car} already exists"),
            EditError::NotFanMade(car) => write!(
                f,
                "car #{car} is on the provisional list and cannot be removed"
            ),
            EditError::Blank(what) => write!(f, "{what} is blank"),
        }
    }
}

impl std::error::Error for EditError {}

impl Edit {
    /// Applies the edit to `season` (whose provisional list is `base`) and
    /// says what happened, for a fan. On error `season` is unchanged.
    pub(crate) fn apply(&self, season: &mut Season, base: &Season) -> Result<String, EditError> {
        match self {
            Edit::Fill { car, seat, driver } => {
                let (at, name) = (seat_of(season, car, *seat)?, name_of(season, driver)?);
                let held = seated(season, driver);
                if held == Some((at, *seat)) {
                    return Ok(format!(
                        "{name} is already in seat {} of car #{car}.",
                        seat + 1
                    ));
                }
                let mut message = format!("Put {name} in seat {} of car #{car}", seat + 1);
                if let Some((from, from_seat)) = held {
                    season.entry_mut(from).crew.set(from_seat, None);
                    if from != at {
                        message = format!(
                            "Moved {name} from car #{} to car #{car}",
                            season.entries()[from].number
                        );
                    }
                }
                season.entry_mut(at).crew.set(*seat, Some(driver.clone()));
                Ok(message + ".")
            }
            Edit::Clear { car, seat } => {
                let at = seat_of(season, car, *seat)?;
                let was = season.entry_mut(at).crew.set(*seat, None);
                Ok(match was.and_then(|id| season.driver(&id)) {
                    Some(driver) => format!("Removed {} from car #{car}.", driver.name),
                    None => format!("Seat {} of car #{car} is TBA.", seat + 1),
                })
            }
            Edit::Rate { driver, rating } => {
                let at = season
                    .driver_position(driver)
                    .ok_or_else(|| EditError::UnknownDriver(driver.clone()))?;
                let changed = season.driver_mut(at);
                changed.rating = *rating;
                Ok(format!("{} is now rated {rating}.", changed.name))
            }
            Edit::AddDriver { driver } => {
                if driver.name.trim().is_empty() {
                    return Err(EditError::Blank("the driver's name"));
                }
                if season.driver(&driver.id).is_some() {
                    return Err(EditError::DriverIdTaken(driver.id.clone()));
                }
                season.add_driver(driver.clone());
                Ok(format!("Added {}, {}.", driver.name, driver.rating))
            }
            Edit::AddEntry { entry } => {
                if season.entry_position(&entry.number).is_some() {
                    return Err(EditError::NumberTaken(entry.number.clone()));
                }
                for (what, text) in [
                    ("the team", &entry.team),
                    ("the make", &entry.manufacturer),
                    ("the car", &entry.car),
                ] {
                    if text.trim().is_empty() {
                        return Err(EditError::Blank(what));
                    }
                }
                let planned = entry.plan.stints().iter().map(|stint| &stint.driver);
                if let Some(unknown) = entry
                    .crew
                    .drivers()
                    .chain(entry.season_crew.drivers())
                    .chain(planned)
                    .find(|id| season.driver(id).is_none())
                {
                    return Err(EditError::UnknownDriver(unknown.clone()));
                }
                season.add_entry(entry.clone());
                Ok(format!(
                    "Added car #{} ({}), {}.",
                    entry.number, entry.class, entry.team
                ))
            }
            Edit::RemoveEntry { car } => {
                let at = season
                    .entry_position(car)
                    .ok_or_else(|| EditError::UnknownCar(car.clone()))?;
                if base.entry_position(car).is_some() {
                    return Err(EditError::NotFanMade(car.clone()));
                }
                season.remove_entry(at);
                Ok(format!("Removed car #{car}."))
            }
            Edit::Plan { car, plan } => {
                let at = season
                    .entry_position(car)
                    .ok_or_else(|| EditError::UnknownCar(car.clone()))?;
                if let Some(stint) = plan
                    .stints()
                    .iter()
                    .find(|stint| season.driver(&stint.driver).is_none())
                {
                    return Err(EditError::UnknownDriver(stint.driver.clone()));
                }
                let was = std::mem::replace(&mut season.entry_mut(at).plan, plan.clone());
                let stints = plan.stints().len();
                Ok(match (was.is_empty(), stints) {
                    (_, 0) => format!("Cleared the stint plan of car #{car}."),
                    (true, _) => format!("Planned {stints} stints for car #{car}."),
                    (false, _) => {
                        format!("Changed the stint plan of car #{car} ({stints} stints).")
                    }
                })
            }
            Edit::Reset => {
                *season = base.clone();
                Ok("Back to the provisional list.".to_string())
            }
        }
    }
}

/// The position of car `car`, if it has seat `seat`.
fn seat_of(season: &Season, car: &CarNumber, seat: usize) -> Result<usize, EditError> {
    let at = season
        .entry_position(car)
        .ok_or_else(|| EditError::UnknownCar(car.clone()))?;
    if seat < season.entries()[at].crew.seats().len() {
        Ok(at)
    } else {
        Err(EditError::NoSuchSeat {
            car: car.clone(),
            seat,
        })
    }
}

fn name_of(season: &Season, driver: &DriverId) -> Result<String, EditError> {
    season
        .driver(driver)
        .map(|known| known.name.clone())
        .ok_or_else(|| EditError::UnknownDriver(driver.clone()))
}

/// Where `driver` sits in the line-up: entry position and seat.
pub(crate) fn seated(season: &Season, driver: &DriverId) -> Option<(usize, usize)> {
    season.entries().iter().enumerate().find_map(|(at, entry)| {
        entry
            .crew
            .seats()
            .iter()
            .position(|seat| seat.as_ref() == Some(driver))
            .map(|seat| (at, seat))
    })
}
