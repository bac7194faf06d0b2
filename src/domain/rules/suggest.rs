//! "Suggest a plan": a legal stint plan for a crew, from a stint length the
//! fan chooses, giving the most time the rules allow to the fastest-rated
//! driver; or which rule makes a legal plan impossible.

use super::car::check_plan;
use super::car_context::CarContext;
use super::stint_search::{Budget, assign};
use super::{DrivingTime, EventKind, RuleSet, ids};
use crate::domain::wording::duration;
use crate::domain::{Crew, Entry, Season, StintPlan};
use std::fmt;

/// A typical GT3 fuel stint, in minutes: the length suggested by default.
pub const TYPICAL_STINT: u16 = 55;

/// The stint lengths a fan may ask a suggestion for, in minutes.
pub const STINT_LENGTHS: std::ops::RangeInclusive<u16> = 10..=240;

/// The stint length a fan typed, in minutes, or what is wrong with it.
pub fn stint_length(text: &str) -> Result<u16, String> {
    text.trim()
        .parse::<u16>()
        .ok()
        .filter(|minutes| STINT_LENGTHS.contains(minutes))
        .ok_or_else(|| {
            format!(
                "Enter a stint length from {} to {} minutes.",
                STINT_LENGTHS.start(),
                STINT_LENGTHS.end()
            )
        })
}

/// Why no plan was suggested: the rule that stands in the way, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Impossible {
    /// The id of the rule that makes a legal plan impossible.
    pub rule: String,
    pub message: String,
}

impl fmt::Display for Impossible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A legal plan for `crew` of `entry` at `event`, in stints of about
/// `stint` minutes (the race shared into equal stints no longer than that).
pub fn suggest_plan(
    season: &Season,
    rules: &RuleSet,
    event: EventKind,
    entry: &Entry,
    crew: &Crew,
    stint: u16,
) -> Result<StintPlan, Impossible> {
    let Some(time) = rules.driving_time(event) else {
        return Err(impossible(
            "",
            format!("{event} has no driving-time rules to plan for."),
        ));
    };
    if crew.tba_seats() > 0 || crew.drivers().next().is_none() {
        return Err(impossible(
            ids::CREW_INCOMPLETE,
            "Fill the TBA seats first: a plan shares the race among the whole crew.".to_string(),
        ));
    }
    let car = CarContext::new(season, entry, crew);
    let mut drivers: Vec<Budget> = car
        .named
        .iter()
        .map(|driver| Budget::of(time, entry, driver))
        .collect();
    // Fastest first; a stable sort keeps seat order among equals.
    drivers.sort_by_key(|budget| std::cmp::Reverse(budget.driver.rating));
    too_much_asked(time, &drivers, stint)?;
    let stints = share(time.race, stint.max(1));
    let blocked = match assign(time, &drivers, &stints) {
        Ok(plan) => {
            let planned = Entry {
                plan,
                ..entry.clone()
            };
            let checked = CarContext {
                entry: &planned,
                named: car.named,
            };
            let mut findings = Vec::new();
            // The checker's own per-car entry point, as for any plan.
            check_plan(rules, event, &checked, &mut findings);
            match findings.into_iter().next() {
                None => return Ok(planned.plan),
                Some(finding) => finding.rule,
            }
        }
        Err(rule) => rule.to_string(),
    };
    Err(impossible(
        &blocked,
        format!(
            "No legal plan in stints of {} or less: {}. Try another stint length.",
            duration(stint),
            time.wording(&blocked)
        ),
    ))
}

/// The plans no stint length can make legal: too little time for the crew,
/// too much for its minimums, or stints too long for the window.
fn too_much_asked(time: &DrivingTime, drivers: &[Budget], stint: u16) -> Result<(), Impossible> {
    if let Some(limit) = time.windows.iter().find(|limit| stint > limit.most) {
        return Err(impossible(
            &limit.id,
            format!(
                "A stint of {} is longer than the {} a driver may drive in any {}; choose {} or less.",
                duration(stint),
                duration(limit.most),
                duration(limit.within),
                duration(limit.most)
            ),
        ));
    }
    let most: u32 = drivers.iter().map(|budget| u32::from(budget.most)).sum();
    if let Some(limit) = time.totals.first().filter(|_| most < u32::from(time.race)) {
        return Err(impossible(
            &limit.id,
            format!(
                "{} may drive {} between them, at most {} each, and the race lasts {}. Add a driver.",
                crew_of(drivers.len()),
                duration(most.try_into().unwrap_or(u16::MAX)),
                duration(limit.most),
                duration(time.race)
            ),
        ));
    }
    let least: u32 = drivers.iter().map(|budget| u32::from(budget.least)).sum();
    if let Some(minimum) = time
        .minimums
        .first()
        .filter(|_| least > u32::from(time.race))
    {
        return Err(impossible(
            &minimum.id,
            format!(
                "The minimums of this crew add up to {}, more than the race's {}.",
                duration(least.try_into().unwrap_or(u16::MAX)),
                duration(time.race)
            ),
        ));
    }
    Ok(())
}

fn crew_of(drivers: usize) -> String {
    match drivers {
        1 => "One driver".to_string(),
        n => format!("{n} drivers"),
    }
}

/// The race cut into the fewest equal stints of at most `stint` minutes
/// (the first ones a minute longer when it does not divide evenly).
fn share(race: u16, stint: u16) -> Vec<(u16, u16)> {
    let count = race.div_ceil(stint);
    let (base, longer) = (race / count, race % count);
    let mut from = 0;
    (0..count)
        .map(|at| {
            let to = from + base + u16::from(at < longer);
            let span = (from, to);
            from = to;
            span
        })
        .collect()
}

fn impossible(rule: &str, message: String) -> Impossible {
    Impossible {
        rule: rule.to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn stint_lengths_are_whole_minutes_within_bounds() {
        assert_eq!(super::stint_length(" 55 "), Ok(55));
        assert_eq!(super::stint_length("10"), Ok(10));
        assert_eq!(super::stint_length("240"), Ok(240));
        for bad in ["9", "241", "", "55.5", "-5", "fifty"] {
            assert_eq!(
                super::stint_length(bad),
                Err("Enter a stint length from 10 to 240 minutes.".to_string()),
                "{bad}"
            );
        }
    }
}
