//! One car as the rules see it: its entry and named drivers, and the one
//! entry point for everything checked per car: the crew rules
//! (`crew_rules`), then the stint plan's driving time (`driving_time`).
//! Both hang off this module and share `car_context.rs`; neither knows the
//! other or this module.

use super::car_context::CarContext;
use super::{EventKind, Finding, RuleSet, crew_rules, driving_time};
use crate::domain::{Crew, Entry, Season};

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
