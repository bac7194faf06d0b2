//! A car's stint plan for a 24-hour race: who drives when, to the minute.

use super::error::{ErrorKind, SeasonError};
use super::locate::locate;
use super::{CarNumber, DriverId, Season};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A moment of the race, in whole minutes from the start, written `HH:MM`
/// from `00:00` to `24:00`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct RaceTime(u16);

impl RaceTime {
    /// The end of a 24-hour race.
    pub const END_OF_DAY: RaceTime = RaceTime(24 * 60);

    /// The moment `minutes` after the start, if within 24 hours.
    pub fn from_minutes(minutes: u16) -> Option<RaceTime> {
        (minutes <= Self::END_OF_DAY.0).then_some(RaceTime(minutes))
    }

    /// Minutes since the start.
    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl TryFrom<String> for RaceTime {
    type Error = String;

    fn try_from(text: String) -> Result<RaceTime, String> {
        let parsed = text.split_once(':').and_then(|(hours, minutes)| {
            let digits = |part: &str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
            if !digits(hours) || !digits(minutes) {
                return None;
            }
            let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
            (minutes < 60)
                .then(|| RaceTime::from_minutes(hours * 60 + minutes))
                .flatten()
        });
        parsed.ok_or_else(|| format!("\"{text}\" is not a race time from 00:00 to 24:00 (HH:MM)"))
    }
}

impl From<RaceTime> for String {
    fn from(time: RaceTime) -> String {
        time.to_string()
    }
}

/// `02:10`.
impl fmt::Display for RaceTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// One driver at the wheel from `from` until `to`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "StintFile")]
pub struct Stint {
    pub driver: DriverId,
    pub from: RaceTime,
    pub to: RaceTime,
}

/// A stint as written, before its times are checked.
#[derive(Deserialize)]
struct StintFile {
    driver: DriverId,
    from: RaceTime,
    to: RaceTime,
}

impl TryFrom<StintFile> for Stint {
    type Error = String;

    fn try_from(stint: StintFile) -> Result<Stint, String> {
        Stint::new(stint.driver, stint.from, stint.to)
    }
}

impl Stint {
    /// A stint, if it ends after it starts.
    pub fn new(driver: DriverId, from: RaceTime, to: RaceTime) -> Result<Stint, String> {
        if from < to {
            Ok(Stint { driver, from, to })
        } else {
            Err(format!("a stint must end after it starts ({from} to {to})"))
        }
    }

    /// How long it lasts, in minutes.
    pub fn minutes(&self) -> u16 {
        self.to.0 - self.from.0
    }
}

/// A car's stints, in the order the fan made them; empty when there is no plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StintPlan(Vec<Stint>);

impl StintPlan {
    /// A plan of these stints.
    pub fn new(stints: Vec<Stint>) -> StintPlan {
        StintPlan(stints)
    }

    /// Every stint.
    pub fn stints(&self) -> &[Stint] {
        &self.0
    }

    /// Whether nothing is planned.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The minutes `driver` is planned to drive (overlapping stints count once).
    pub fn total_of(&self, driver: &DriverId) -> u16 {
        driving_spans(self, driver)
            .iter()
            .map(|&(from, to)| to - from)
            .sum()
    }
}

/// The stretches `driver` drives, in minutes, sorted and merged so that
/// no two touch or overlap.
pub fn driving_spans(plan: &StintPlan, driver: &DriverId) -> Vec<(u16, u16)> {
    let mut spans: Vec<(u16, u16)> = plan
        .stints()
        .iter()
        .filter(|stint| stint.driver == *driver)
        .map(|stint| (stint.from.0, stint.to.0))
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(u16, u16)> = Vec::with_capacity(spans.len());
    for (from, to) in spans {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// A plan file for `crewcheck --plan`: one car's stints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFile {
    pub car: CarNumber,
    pub plan: StintPlan,
}

impl PlanFile {
    /// Reads a plan file for a car of `season`; the error names the place
    /// (`plan[3].to`) and its line and column.
    pub fn from_json(text: &str, season: &Season) -> Result<PlanFile, SeasonError> {
        let mut reader = serde_json::Deserializer::from_str(text);
        let file: PlanFile =
            serde_path_to_error::deserialize(&mut reader).map_err(SeasonError::from_json)?;
        reader
            .end()
            .map_err(|error| SeasonError::from_json_at(String::new(), &error))?;
        let checked = if season.entry_position(&file.car).is_none() {
            Err(SeasonError::at(
                ErrorKind::UnknownCar,
                "car".to_string(),
                format!(
                    "there is no car #{} in the {} list",
                    file.car,
                    season.season()
                ),
            ))
        } else {
            file.plan
                .stints()
                .iter()
                .enumerate()
                .try_for_each(|(at, stint)| {
                    season.known_driver(&stint.driver, || format!("plan[{at}].driver"))
                })
        };
        checked.map_err(|mut error| {
            error.location = locate(text, &error.path);
            error
        })?;
        Ok(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> Result<RaceTime, String> {
        RaceTime::try_from(text.to_string())
    }

    #[test]
    fn race_times_read_and_write_as_hours_and_minutes() {
        assert_eq!(time("00:00").unwrap().minutes(), 0);
        assert_eq!(time("02:10").unwrap().minutes(), 130);
        assert_eq!(time("24:00").unwrap(), RaceTime::END_OF_DAY);
        assert_eq!(RaceTime(130).to_string(), "02:10");
        for bad in [
            "24:01", "2:10", "02:60", "0210", "", "aa:bb", "-1:00", "02:1 ",
        ] {
            assert!(time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_stint_ends_after_it_starts() {
        let rossi = DriverId::try_from("valentino-rossi".to_string()).unwrap();
        assert!(Stint::new(rossi.clone(), RaceTime(10), RaceTime(10)).is_err());
        assert_eq!(
            Stint::new(rossi, RaceTime(10), RaceTime(65))
                .unwrap()
                .minutes(),
            55
        );
    }
}
