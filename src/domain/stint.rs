//! A car's stint plan for a 24-hour race: who drives when, to the minute.

use super::DriverId;
use super::order::{pair, sorted_by};
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

    /// The moment `minutes` after the start, or 24:00 if that is later.
    pub fn at(minutes: u16) -> RaceTime {
        RaceTime(minutes.min(Self::END_OF_DAY.0))
    }

    /// Minutes since the start.
    pub const fn minutes(self) -> u16 {
        self.0
    }

    /// `minutes` after the start as a race clock reads it: "06:05".
    pub fn clock(minutes: u16) -> String {
        RaceTime::at(minutes).to_string()
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

impl Stint {
    /// Its order in a plan: by start, then by end.
    pub fn start_then_end(&self) -> u64 {
        pair(self.from.0.into(), self.to.0.into())
    }
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

    /// The plan with stint `at` ending at minute `to` (at least a minute
    /// after it starts, at most 24:00), as when its end is dragged along
    /// the timeline. Made longer, it takes over the stints after it: those
    /// it covers go, the one it reaches starts later. Made shorter, the
    /// stint that started where it ended starts earlier, so no gap opens.
    pub fn resized(&self, at: usize, to: u16) -> StintPlan {
        let Some(stint) = self.0.get(at) else {
            return self.clone();
        };
        let (old, to) = (stint.to, RaceTime::at(to.max(stint.from.0 + 1)));
        let mut stints = Vec::with_capacity(self.0.len());
        for (other, next) in self.0.iter().enumerate() {
            let mut next = next.clone();
            if other == at {
                next.to = to;
            } else if next.from >= old && next.from < to {
                // Reached: starts later, or goes when covered.
                if next.to <= to {
                    continue;
                }
                next.from = to;
            } else if next.from == old && to < old {
                next.from = to;
            }
            stints.push(next);
        }
        StintPlan::sorted(stints)
    }

    /// The plan with stint `at` cut in two halves, both for its driver.
    pub fn split(&self, at: usize) -> StintPlan {
        let mut stints = self.0.clone();
        match stints.get(at) {
            Some(stint) if stint.minutes() >= 2 => {
                let middle = RaceTime(stint.from.0 + stint.minutes() / 2);
                let second = Stint {
                    from: middle,
                    ..stint.clone()
                };
                stints[at].to = middle;
                stints.insert(at + 1, second);
                StintPlan::sorted(stints)
            }
            _ => self.clone(),
        }
    }

    /// The plan with stint `at` given to `driver`.
    pub fn reassigned(&self, at: usize, driver: DriverId) -> StintPlan {
        let mut stints = self.0.clone();
        if let Some(stint) = stints.get_mut(at) {
            stint.driver = driver;
        }
        StintPlan(stints)
    }

    /// The plan without stint `at`.
    pub fn without(&self, at: usize) -> StintPlan {
        let mut stints = self.0.clone();
        if at < stints.len() {
            stints.remove(at);
        }
        StintPlan(stints)
    }

    /// The plan with a stint of up to `minutes` for `driver` after the last
    /// one ends; `None` when the plan already runs to 24:00.
    pub fn extended(&self, driver: DriverId, minutes: u16) -> Option<StintPlan> {
        let from = self
            .0
            .iter()
            .map(|stint| stint.to)
            .max()
            .unwrap_or_default();
        let to = RaceTime::at(from.0.saturating_add(minutes.max(1)));
        let added = Stint::new(driver, from, to).ok()?;
        let mut stints = self.0.clone();
        stints.push(added);
        Some(StintPlan::sorted(stints))
    }

    /// Whether the plan already runs to 24:00, leaving no room to add a stint.
    pub fn reaches_the_finish(&self) -> bool {
        self.0.iter().any(|stint| stint.to == RaceTime::END_OF_DAY)
    }

    fn sorted(stints: Vec<Stint>) -> StintPlan {
        StintPlan(sorted_by(stints, |stint| stint.start_then_end()))
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
    let spans: Vec<(u16, u16)> = plan
        .stints()
        .iter()
        .filter(|stint| stint.driver == *driver)
        .map(|stint| (stint.from.0, stint.to.0))
        .collect();
    let spans = sorted_by(spans, |&(from, to)| pair(from.into(), to.into()));
    let mut merged: Vec<(u16, u16)> = Vec::with_capacity(spans.len());
    for (from, to) in spans {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
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

    fn plan(stints: &[(&str, u16, u16)]) -> StintPlan {
        StintPlan(
            stints
                .iter()
                .map(|&(driver, from, to)| Stint {
                    driver: DriverId::try_from(driver.to_string()).unwrap(),
                    from: RaceTime(from),
                    to: RaceTime(to),
                })
                .collect(),
        )
    }

    #[test]
    fn plans_are_edited_without_leaving_gaps() {
        let three = plan(&[("a", 0, 60), ("b", 60, 120), ("c", 120, 1440)]);
        // Longer: the next stint starts later; one covered goes.
        assert_eq!(
            three.resized(0, 80),
            plan(&[("a", 0, 80), ("b", 80, 120), ("c", 120, 1440)])
        );
        assert_eq!(
            three.resized(0, 500),
            plan(&[("a", 0, 500), ("c", 500, 1440)])
        );
        // Shorter: the next stint starts earlier; never before its own first minute.
        assert_eq!(
            three.resized(1, 90),
            plan(&[("a", 0, 60), ("b", 60, 90), ("c", 90, 1440)])
        );
        assert_eq!(
            three.resized(1, 0),
            plan(&[("a", 0, 60), ("b", 60, 61), ("c", 61, 1440)])
        );
        // Never past 24:00.
        assert_eq!(three.resized(2, 2000), three);
        assert_eq!(three.resized(0, 2000), plan(&[("a", 0, 1440)]));
        assert_eq!(
            three.split(1),
            plan(&[
                ("a", 0, 60),
                ("b", 60, 90),
                ("b", 90, 120),
                ("c", 120, 1440)
            ])
        );
        assert_eq!(three.without(1), plan(&[("a", 0, 60), ("c", 120, 1440)]));
        let id = |text: &str| DriverId::try_from(text.to_string()).unwrap();
        assert_eq!(three.reassigned(2, id("a")).stints()[2].driver, id("a"));
        assert_eq!(three.extended(id("a"), 55), None);
        assert_eq!(
            three.without(2).extended(id("c"), 55),
            Some(plan(&[("a", 0, 60), ("b", 60, 120), ("c", 120, 175)]))
        );
        assert_eq!(
            StintPlan::default().extended(id("a"), 55),
            Some(plan(&[("a", 0, 55)]))
        );
        // Out of range: unchanged.
        assert_eq!(three.resized(9, 10), three);
        assert_eq!(three.split(9), three);
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
