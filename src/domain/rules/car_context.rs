//! One car as the rules see it, for wording findings: its entry and the
//! named drivers of the crew checked. A leaf: the per-car rules use it, and
//! it uses none of them.

use super::{Finding, Severity};
use crate::domain::{Crew, Driver, Entry, Season};

/// The car being checked, for wording findings.
pub(super) struct CarContext<'a> {
    pub entry: &'a Entry,
    /// The named drivers of the crew checked, in seat order.
    pub named: Vec<&'a Driver>,
}

impl<'a> CarContext<'a> {
    pub fn new(season: &'a Season, entry: &'a Entry, crew: &Crew) -> CarContext<'a> {
        CarContext {
            entry,
            named: crew.drivers().filter_map(|id| season.driver(id)).collect(),
        }
    }

    /// A finding about this car, its message led by the car's label.
    pub fn finding(
        &self,
        rule: &str,
        severity: Severity,
        drivers: &[&Driver],
        message: String,
    ) -> Finding {
        Finding {
            rule: rule.to_string(),
            severity,
            cars: vec![self.entry.number.clone()],
            drivers: drivers.iter().map(|driver| driver.id.clone()).collect(),
            message: Finding::car_label(&self.entry.number, self.entry.class) + &message,
            span: None,
        }
    }
}
