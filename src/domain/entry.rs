//! Entries (cars) and their crews.

use super::{Class, DriverId, StintPlan};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// A race number: one to three digits, kept as written (`"7"`, `"777"`).
/// Shared, so cloning is cheap.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CarNumber(Arc<str>);

impl CarNumber {
    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The numeric value, for ordering cars as the entry list does.
    pub fn value(&self) -> u16 {
        self.0
            .bytes()
            .fold(0, |n, digit| n * 10 + u16::from(digit - b'0'))
    }
}

impl TryFrom<String> for CarNumber {
    type Error = String;

    fn try_from(number: String) -> Result<Self, String> {
        if (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()) {
            Ok(CarNumber(number.into()))
        } else {
            Err(format!(
                "car number \"{number}\" is not one to three digits"
            ))
        }
    }
}

impl From<CarNumber> for String {
    fn from(number: CarNumber) -> String {
        number.0.to_string()
    }
}

impl fmt::Display for CarNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The seats of a car in order; `None` is a seat still to be announced (TBA).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Crew(Vec<Option<DriverId>>);

impl Crew {
    /// A crew from its seats.
    pub fn new(seats: Vec<Option<DriverId>>) -> Crew {
        Crew(seats)
    }

    /// Every seat, TBA seats included.
    pub fn seats(&self) -> &[Option<DriverId>] {
        &self.0
    }

    /// The named drivers, in seat order.
    pub fn drivers(&self) -> impl Iterator<Item = &DriverId> {
        self.0.iter().flatten()
    }

    /// Puts `driver` (or TBA) in seat `seat`, returning who sat there.
    pub(crate) fn set(&mut self, seat: usize, driver: Option<DriverId>) -> Option<DriverId> {
        std::mem::replace(&mut self.0[seat], driver)
    }

    /// How many seats are still TBA.
    pub fn tba_seats(&self) -> usize {
        self.0.iter().filter(|seat| seat.is_none()).count()
    }
}

/// A car on the entry list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub number: CarNumber,
    pub class: Class,
    pub team: String,
    /// The make, such as `BMW`.
    pub manufacturer: String,
    /// The car model, such as `BMW M4 GT3`.
    pub car: String,
    /// `false` for a manufacturer's works entry.
    pub private: bool,
    /// The provisional crew, as published.
    pub crew: Crew,
    /// The crew the car started the season with.
    pub season_crew: Crew,
    /// A remark on the entry (substitutions, doubts), for fans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Who drives when at Le Mans, as the fan planned it; empty when unplanned.
    #[serde(default, skip_serializing_if = "StintPlan::is_empty")]
    pub plan: StintPlan,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn car_numbers_are_one_to_three_digits() {
        for good in ["7", "46", "777", "007"] {
            assert!(CarNumber::try_from(good.to_string()).is_ok(), "{good}");
        }
        for bad in ["", "1000", "4a", "#46", " 46", "-1", "٤٦"] {
            assert!(CarNumber::try_from(bad.to_string()).is_err(), "{bad}");
        }
        assert_eq!(CarNumber::try_from("777".to_string()).unwrap().value(), 777);
    }

    #[test]
    fn crew_counts_tba_seats() {
        let rossi = DriverId::try_from("valentino-rossi".to_string()).unwrap();
        let crew = Crew::new(vec![Some(rossi.clone()), None, None]);
        assert_eq!(crew.tba_seats(), 2);
        assert_eq!(crew.drivers().collect::<Vec<_>>(), [&rossi]);
    }
}
