//! The cross-checks of a rounds file against its list: each failure is a
//! [`SeasonError`] at the path of the fact that breaks it.

use super::rounds_file::{CarAtRound, Round, RoundsFile, Start};
use crate::domain::{CarNumber, DriverId, ErrorKind, Season, SeasonError};
use rustc_hash::FxHashMap;

/// Every check, in file order; the first problem found.
pub(super) fn cross_checked(file: &RoundsFile, season: &Season) -> Result<(), SeasonError> {
    if file.list != season.rules_name() {
        return Err(SeasonError::at(
            ErrorKind::Contradiction,
            "list".into(),
            format!(
                "these are the rounds of \"{}\", not of \"{}\"",
                file.list,
                season.rules_name()
            ),
        ));
    }
    own_drivers(file, season)?;
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    let mut withdrawn: FxHashMap<&CarNumber, usize> = FxHashMap::default();
    for (at, round) in file.rounds.iter().enumerate() {
        if let Some(first) = ids.insert(&round.id, at) {
            return Err(SeasonError::at(
                ErrorKind::DuplicateRound,
                format!("rounds[{at}].id"),
                format!("round \"{}\" is already rounds[{first}]", round.id),
            ));
        }
        round_facts(round, at)?;
        cars(file, season, round, at, &mut withdrawn)?;
    }
    Ok(())
}

/// The rounds' own drivers: named, and new to the list.
fn own_drivers(file: &RoundsFile, season: &Season) -> Result<(), SeasonError> {
    let mut seen: FxHashMap<&DriverId, usize> = FxHashMap::default();
    for (at, driver) in file.drivers.iter().enumerate() {
        blank(
            &driver.name,
            || format!("drivers[{at}].name"),
            "a driver needs a name",
        )?;
        let taken = if season.driver(&driver.id).is_some() {
            Some("is on the list already".to_string())
        } else {
            seen.insert(&driver.id, at)
                .map(|first| format!("is already drivers[{first}]"))
        };
        if let Some(taken) = taken {
            return Err(SeasonError::at(
                ErrorKind::DuplicateDriver,
                format!("drivers[{at}].id"),
                format!("driver \"{}\" {taken}", driver.id),
            ));
        }
    }
    Ok(())
}

/// A round's own facts: a slug for its address, its texts present.
fn round_facts(round: &Round, at: usize) -> Result<(), SeasonError> {
    let slug = !round.id.is_empty()
        && round.id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if !slug {
        return Err(SeasonError::at(
            ErrorKind::Shape,
            format!("rounds[{at}].id"),
            format!(
                "round id \"{}\" is not lowercase words joined by hyphens",
                round.id
            ),
        ));
    }
    for (field, text) in [
        ("name", &round.name),
        ("short", &round.short),
        ("circuit", &round.circuit),
        ("source.title", &round.source.title),
        ("source.url", &round.source.url),
    ] {
        blank(
            text,
            || format!("rounds[{at}].{field}"),
            "this text is blank",
        )?;
    }
    Ok(())
}

/// Every car of the list once, each as its start allows.
fn cars<'f>(
    file: &'f RoundsFile,
    season: &Season,
    round: &'f Round,
    at: usize,
    withdrawn: &mut FxHashMap<&'f CarNumber, usize>,
) -> Result<(), SeasonError> {
    let mut seen: FxHashMap<&CarNumber, usize> = FxHashMap::default();
    let mut seated: FxHashMap<&DriverId, &CarNumber> = FxHashMap::default();
    for (index, car) in round.cars.iter().enumerate() {
        let path = format!("rounds[{at}].cars[{index}]");
        if season.entry(&car.car).is_none() {
            return Err(SeasonError::at(
                ErrorKind::UnknownCar,
                format!("{path}.car"),
                format!("car #{} is not on the list", car.car),
            ));
        }
        if let Some(first) = seen.insert(&car.car, index) {
            return Err(SeasonError::at(
                ErrorKind::Contradiction,
                format!("{path}.car"),
                format!("car #{} is already rounds[{at}].cars[{first}]", car.car),
            ));
        }
        if let Some(&left) = withdrawn.get(&car.car)
            && car.status != Start::Withdrawn
        {
            return Err(SeasonError::at(
                ErrorKind::Contradiction,
                format!("{path}.status"),
                format!(
                    "car #{} had withdrawn by the {} (rounds[{left}]): it cannot race a later round",
                    car.car, file.rounds[left].name
                ),
            ));
        }
        if car.status == Start::Withdrawn {
            withdrawn.entry(&car.car).or_insert(at);
        }
        car_facts(file, season, car, &path, &mut seated)?;
    }
    match season
        .entries()
        .iter()
        .find(|entry| !seen.contains_key(&entry.number))
    {
        Some(missing) => Err(SeasonError::at(
            ErrorKind::Shape,
            format!("rounds[{at}].cars"),
            format!(
                "car #{} of the list is missing from {} (every car is in every round, \"withdrawn\" if it left)",
                missing.number, round.name
            ),
        )),
        None => Ok(()),
    }
}

/// One car at one round: a started car has a crew and its source, or says
/// what was searched; a car that did not race has its source and no crew;
/// every driver is known and in one car only.
fn car_facts<'f>(
    file: &'f RoundsFile,
    season: &Season,
    car: &'f CarAtRound,
    path: &str,
    seated: &mut FxHashMap<&'f DriverId, &'f CarNumber>,
) -> Result<(), SeasonError> {
    let shape = |field: &str, message: String| {
        Err(SeasonError::at(
            ErrorKind::Shape,
            format!("{path}{field}"),
            message,
        ))
    };
    match (car.status, &car.crew, &car.source, &car.searched) {
        (Start::Started, Some(_), Some(_), _) | (Start::Started, None, None, Some(_)) => {}
        (Start::Started, _, None, None) => {
            return shape(
                "",
                format!(
                    "car #{}'s crew needs a source, or what was searched for one",
                    car.car
                ),
            );
        }
        (Start::Started, None, Some(_), _) => {
            return shape(
                ".crew",
                format!("car #{} started: its crew is missing", car.car),
            );
        }
        (Start::Started, Some(_), None, Some(_)) => {
            return shape(".source", format!("car #{}'s crew needs a source", car.car));
        }
        (_, Some(_), _, _) => {
            return Err(SeasonError::at(
                ErrorKind::Contradiction,
                format!("{path}.crew"),
                format!("car #{} did not race this round: it has no crew", car.car),
            ));
        }
        (_, None, None, _) => {
            return shape(
                ".source",
                format!(
                    "car #{}: say where it is published that it did not race",
                    car.car
                ),
            );
        }
        (_, None, Some(_), _) => {}
    }
    if let Some(source) = &car.source {
        blank(
            &source.title,
            || format!("{path}.source.title"),
            "a source needs a title",
        )?;
        blank(
            &source.url,
            || format!("{path}.source.url"),
            "a source needs an address",
        )?;
    }
    let crew = car
        .crew
        .iter()
        .flat_map(|crew| crew.seats().iter().enumerate());
    for (seat, driver) in crew {
        let Some(driver) = driver else { continue };
        known(file, season, driver, || format!("{path}.crew[{seat}]"))?;
        if let Some(other) = seated.insert(driver, &car.car) {
            return Err(SeasonError::at(
                ErrorKind::Contradiction,
                format!("{path}.crew[{seat}]"),
                format!("driver \"{driver}\" is in car #{other} too"),
            ));
        }
    }
    for driver in car.absent.keys() {
        known(file, season, driver, || format!("{path}.absent.{driver}"))?;
    }
    Ok(())
}

/// An error at `path` unless `driver` is on the list or among the rounds'
/// own drivers.
fn known(
    file: &RoundsFile,
    season: &Season,
    driver: &DriverId,
    path: impl FnOnce() -> String,
) -> Result<(), SeasonError> {
    if season.driver(driver).is_some() || file.drivers.iter().any(|own| own.id == *driver) {
        return Ok(());
    }
    Err(SeasonError::at(
        ErrorKind::UnknownDriver,
        path(),
        format!("unknown driver \"{driver}\": not on the list nor among the rounds' drivers"),
    ))
}

fn blank(text: &str, path: impl FnOnce() -> String, message: &str) -> Result<(), SeasonError> {
    if text.trim().is_empty() {
        Err(SeasonError::at(
            ErrorKind::Blank,
            path(),
            message.to_string(),
        ))
    } else {
        Ok(())
    }
}
