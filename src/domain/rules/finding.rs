//! What the engine reports: findings, each tied to a rule, cars and drivers.

use crate::domain::{CarNumber, Class, DriverId, RaceTime};
use serde::Serialize;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The line-up breaks a rule.
    Error,
    /// Not a breach yet, but not a finished line-up either (TBA seats).
    Warning,
}

impl Severity {
    /// The word for it: `error`, `warning`.
    pub fn slug(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One thing the rules say about the line-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's stable id, such as `lmgt3-composition`.
    pub rule: String,
    pub severity: Severity,
    /// The cars concerned.
    pub cars: Vec<CarNumber>,
    /// The drivers concerned.
    pub drivers: Vec<DriverId>,
    /// What is wrong and what would fix it, for a fan.
    pub message: String,
    /// The stretch of the race it is about, for a stint-plan finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Finding {
    /// How a finding about one car begins: "Car #46 (LMGT3): ".
    pub fn car_label(number: &CarNumber, class: Class) -> String {
        format!("Car #{number} ({class}): ")
    }

    /// The message without the car's label, for a view that already names
    /// car `number` of `class`.
    pub fn message_for_car(&self, number: &CarNumber, class: Class) -> &str {
        let label = Finding::car_label(number, class);
        self.message.strip_prefix(&label).unwrap_or(&self.message)
    }
}

/// A stretch of the race, from `from` until `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub from: RaceTime,
    pub to: RaceTime,
}

/// Every finding for a line-up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub findings: Vec<Finding>,
}

impl Report {
    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    }

    /// Whether no rule is broken (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.count(Severity::Error) == 0
    }

    /// The findings that concern car `number`.
    pub fn for_car<'a>(&'a self, number: &'a CarNumber) -> impl Iterator<Item = &'a Finding> {
        self.findings
            .iter()
            .filter(move |finding| finding.cars.contains(number))
    }
}

/// The report as `crewcheck --json` prints it:
/// `{"valid", "errors", "warnings", "findings": [...]}`.
impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Wire<'a> {
            valid: bool,
            errors: usize,
            warnings: usize,
            findings: &'a [Finding],
        }
        Wire {
            valid: self.is_valid(),
            errors: self.count(Severity::Error),
            warnings: self.count(Severity::Warning),
            findings: &self.findings,
        }
        .serialize(serializer)
    }
}
