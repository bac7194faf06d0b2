//! A report read per car and per class: each car's status, and the counts
//! the summary panel shows.

use super::{Finding, Report, Severity};
use crate::domain::{CarNumber, Class, Season};
use rustc_hash::FxHashMap;

/// The worst a car's findings get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CarStatus {
    Valid,
    Warning,
    Error,
}

impl CarStatus {
    /// The status a car with these findings has.
    pub fn worst<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> CarStatus {
        findings
            .into_iter()
            .map(|finding| match finding.severity {
                Severity::Error => CarStatus::Error,
                Severity::Warning => CarStatus::Warning,
            })
            .max()
            .unwrap_or(CarStatus::Valid)
    }

    /// The word used in the `data-status` hook: `valid`, `warning`, `error`.
    pub fn slug(self) -> &'static str {
        match self {
            CarStatus::Valid => "valid",
            CarStatus::Warning => "warning",
            CarStatus::Error => "error",
        }
    }
}

/// One class's share of a report.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ClassTally {
    pub class: Class,
    pub errors: usize,
    pub warnings: usize,
    /// Cars with at least one error, in car-number order.
    pub cars_with_errors: Vec<CarNumber>,
    /// Cars with warnings but no error, in car-number order.
    pub cars_with_warnings: Vec<CarNumber>,
}

impl ClassTally {
    /// The worst the class's findings get.
    pub fn status(&self) -> CarStatus {
        if self.errors > 0 {
            CarStatus::Error
        } else if self.warnings > 0 {
            CarStatus::Warning
        } else {
            CarStatus::Valid
        }
    }
}

impl Report {
    /// The worst finding about car `number`.
    pub fn status_of(&self, number: &CarNumber) -> CarStatus {
        CarStatus::worst(self.for_car(number))
    }

    /// Counts per class; a finding counts in the class of its first car.
    pub fn tally(&self, season: &Season) -> Vec<ClassTally> {
        tally_findings(&self.findings, season)
    }

    /// The findings about each car, in the report's order (its crew's,
    /// then the whole list's), in one pass.
    pub fn by_car(&self) -> FxHashMap<CarNumber, Vec<Finding>> {
        let mut by_car: FxHashMap<CarNumber, Vec<Finding>> = FxHashMap::default();
        for finding in &self.findings {
            for number in &finding.cars {
                by_car
                    .entry(number.clone())
                    .or_default()
                    .push(finding.clone());
            }
        }
        by_car
    }
}

/// Counts per class of `findings` about `season`: one pass over the
/// findings and one over the cars.
pub(super) fn tally_findings<'a>(
    findings: impl IntoIterator<Item = &'a Finding>,
    season: &Season,
) -> Vec<ClassTally> {
    let class_of: FxHashMap<&CarNumber, Class> = season
        .entries()
        .iter()
        .map(|entry| (&entry.number, entry.class))
        .collect();
    let mut worst: FxHashMap<&CarNumber, CarStatus> = FxHashMap::default();
    let mut counts: FxHashMap<(Class, Severity), usize> = FxHashMap::default();
    for finding in findings {
        let status = CarStatus::worst([finding]);
        for number in &finding.cars {
            let car = worst.entry(number).or_insert(status);
            *car = (*car).max(status);
        }
        if let Some(class) = finding.cars.first().and_then(|car| class_of.get(car)) {
            *counts.entry((*class, finding.severity)).or_default() += 1;
        }
    }
    // The classes the list has cars in, in list order.
    Class::ALL
        .into_iter()
        .filter(|&class| season.car_count(Some(class)) > 0)
        .map(|class| {
            let cars = season.entries_in(class);
            let with = |status: CarStatus| {
                cars.iter()
                    .filter(|entry| worst.get(&entry.number) == Some(&status))
                    .map(|entry| entry.number.clone())
                    .collect()
            };
            let count = |severity| counts.get(&(class, severity)).copied().unwrap_or(0);
            ClassTally {
                class,
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                cars_with_errors: with(CarStatus::Error),
                cars_with_warnings: with(CarStatus::Warning),
            }
        })
        .collect()
}
