//! How each kind of edit changes a season: one function per kind, each
//! saying what happened for a fan and leaving the season as it was on error.

use super::edit_error::EditError;
use crate::domain::{CarNumber, Driver, DriverId, Entry, Rating, Season, StintPlan};

/// Puts `driver` in seat `seat` of car `car`, moving them from any other seat.
pub(super) fn fill(
    season: &mut Season,
    car: &CarNumber,
    seat: usize,
    driver: &DriverId,
) -> Result<String, EditError> {
    let (at, name) = (seat_of(season, car, seat)?, name_of(season, driver)?);
    let held = seated(season, driver);
    if held == Some((at, seat)) {
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
    season.entry_mut(at).crew.set(seat, Some(driver.clone()));
    Ok(message + ".")
}

/// Makes seat `seat` of car `car` TBA.
pub(super) fn clear(
    season: &mut Season,
    car: &CarNumber,
    seat: usize,
) -> Result<String, EditError> {
    let at = seat_of(season, car, seat)?;
    let was = season.entry_mut(at).crew.set(seat, None);
    Ok(match was.and_then(|id| season.driver(&id)) {
        Some(driver) => format!("Removed {} from car #{car}.", driver.name),
        None => format!("Seat {} of car #{car} is TBA.", seat + 1),
    })
}

/// Gives `driver` the rating `rating`.
pub(super) fn rate(
    season: &mut Season,
    driver: &DriverId,
    rating: Rating,
) -> Result<String, EditError> {
    let at = season
        .driver_position(driver)
        .ok_or_else(|| EditError::UnknownDriver(driver.clone()))?;
    let changed = season.driver_mut(at);
    changed.rating = rating;
    Ok(format!("{} is now rated {rating}.", changed.name))
}

/// Adds a fan-made driver.
pub(super) fn add_driver(season: &mut Season, driver: &Driver) -> Result<String, EditError> {
    if driver.name.trim().is_empty() {
        return Err(EditError::Blank("the driver's name"));
    }
    if season.driver(&driver.id).is_some() {
        return Err(EditError::DriverIdTaken(driver.id.clone()));
    }
    season.add_driver(driver.clone());
    Ok(format!("Added {}, {}.", driver.name, driver.rating))
}

/// Adds a fan-made entry, whose drivers must all be known.
pub(super) fn add_entry(season: &mut Season, entry: &Entry) -> Result<String, EditError> {
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

/// Removes a fan-made entry (never one of the provisional list `base`).
pub(super) fn remove_entry(
    season: &mut Season,
    base: &Season,
    car: &CarNumber,
) -> Result<String, EditError> {
    let at = season
        .entry_position(car)
        .ok_or_else(|| EditError::UnknownCar(car.clone()))?;
    if base.entry_position(car).is_some() {
        return Err(EditError::NotFanMade(car.clone()));
    }
    season.remove_entry(at);
    Ok(format!("Removed car #{car}."))
}

/// Sets the stint plan of car `car`; an empty plan clears it.
pub(super) fn plan(
    season: &mut Season,
    car: &CarNumber,
    plan: &StintPlan,
) -> Result<String, EditError> {
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
        (false, _) => format!("Changed the stint plan of car #{car} ({stints} stints)."),
    })
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
fn seated(season: &Season, driver: &DriverId) -> Option<(usize, usize)> {
    season.entries().iter().enumerate().find_map(|(at, entry)| {
        entry
            .crew
            .seats()
            .iter()
            .position(|seat| seat.as_ref() == Some(driver))
            .map(|seat| (at, seat))
    })
}
