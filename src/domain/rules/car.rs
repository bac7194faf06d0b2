//! One car as the rules see it: its entry and named drivers, and the one
//! entry point for everything checked per car: the crew rules
//! (`crew_rules`), then the stint plan's driving time (`driving_time`).
//! Both hang off this module; neither knows the other.

use super::{EventKind, Finding, RuleSet, Severity, crew_rules, driving_time};
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

/// Checks car `entry` driven by `crew` for `event`: its crew, then, where
/// the event has driving-time rules, its stint plan; adds what it finds
/// to `out`.
pub(super) fn check_car(
    season: &Season,
    rules: &RuleSet,
    event: EventKind,
    entry: &Entry,
    crew: &Crew,
    out: &mut Vec<Finding>,
) {
    let car = CarContext::new(season, entry, crew);
    crew_rules::check_seats(rules, event, &car, crew, out);
    check_plan(rules, event, &car, out);
}

/// The driving-time rules of `event` on the car's stint plan, if the event
/// has any.
pub(super) fn check_plan(
    rules: &RuleSet,
    event: EventKind,
    car: &CarContext,
    out: &mut Vec<Finding>,
) {
    if let Some(driving_time) = rules.driving_time(event) {
        driving_time::check_plan(driving_time, car, out);
    }
}
