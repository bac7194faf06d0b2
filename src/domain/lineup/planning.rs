//! What the stint planner shows and decides: the drivers with a row, and
//! who takes a stint a fan adds.

use crate::domain::rules::TYPICAL_STINT;
use crate::domain::{Crew, Driver, Season, StintPlan};

/// The drivers with a row in the planner: the crew's, in seat order, then
/// anyone else the plan names (a driver since moved out of the car).
pub fn plan_drivers(season: &Season, crew: &Crew, plan: &StintPlan) -> Vec<Driver> {
    let mut rows: Vec<Driver> = crew
        .drivers()
        .filter_map(|id| season.driver(id).cloned())
        .collect();
    for stint in plan.stints() {
        if !rows.iter().any(|row| row.id == stint.driver) {
            rows.extend(season.driver(&stint.driver).cloned());
        }
    }
    rows
}

/// `plan` with a stint of typical length added after its end, driven by
/// whoever of `drivers` has the least time so far (the first on a tie);
/// `None` when there is no driver or no time left.
pub fn with_next_stint(plan: &StintPlan, drivers: &[Driver]) -> Option<StintPlan> {
    let next = drivers.iter().min_by_key(|row| plan.total_of(&row.id))?;
    plan.extended(next.id.clone(), TYPICAL_STINT)
}
