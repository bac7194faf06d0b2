//! The driving-time rules of a car's stint plan: cover the race one driver
//! at a time, no more than so much in any window or in all, and at least
//! so much for some ratings.

use super::car_context::CarContext;
use super::{DrivingTime, Finding, Severity, Span, ids};
use crate::domain::order::sorted_by;
use crate::domain::wording::{capitalised, duration};
use crate::domain::{Driver, RaceTime, Stint, driving_spans};

/// The window in which a driver drives the most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Busiest {
    /// Where the window starts, in minutes (see [`busiest_window`] for
    /// which of several equally busy windows).
    pub from: u16,
    /// The minutes driven in it.
    pub minutes: u16,
}

/// The window of `within` minutes inside a race of `race` minutes in which
/// `spans` (sorted, not touching, as [`driving_spans`] gives them) hold
/// the most minutes: of the busiest, one starting as a span starts if
/// there is one (it reads best: "from 02:10", when he gets in), else the
/// earliest. The minutes in a window change slope only where its start or
/// end meets a span's start or end, so the windows starting at those
/// points are the only ones to weigh.
pub fn busiest_window(spans: &[(u16, u16)], within: u16, race: u16) -> Busiest {
    let last = race.saturating_sub(within);
    let driven = |from: u16| -> u16 {
        let to = from + within;
        spans
            .iter()
            .map(|&(start, end)| end.min(to).saturating_sub(start.max(from)))
            .sum()
    };
    let edges = spans.iter().flat_map(|&(start, end)| [start, end]);
    let starts = edges.flat_map(|edge| [Some(edge), edge.checked_sub(within)]);
    let (minutes, _, std::cmp::Reverse(from)) = starts
        .flatten()
        .map(|from| from.min(last))
        .chain([0])
        .map(|from| {
            let gets_in = spans.iter().any(|&(start, _)| start == from);
            (driven(from), gets_in, std::cmp::Reverse(from))
        })
        .max()
        .unwrap_or_default();
    Busiest { from, minutes }
}

/// Checks the stint plan of `car` against `rules`; an empty plan is not
/// checked (nothing is planned yet).
pub(super) fn check_plan(rules: &DrivingTime, car: &CarContext, out: &mut Vec<Finding>) {
    let plan = &car.entry.plan;
    if plan.is_empty() {
        return;
    }
    let stints = sorted_by(plan.stints().iter().collect(), |stint: &&Stint| {
        stint.start_then_end()
    });
    for stint in &stints {
        if !car.named.iter().any(|driver| driver.id == stint.driver) {
            let message = format!(
                "the stint from {} to {} is driven by \"{}\", who is not in this crew. Give it to a driver of the crew.",
                stint.from, stint.to, stint.driver
            );
            out.push(spanned(
                car.finding(ids::STINT_DRIVER_NOT_IN_CREW, Severity::Error, &[], message),
                stint.from.minutes(),
                stint.to.minutes(),
            ));
        }
    }
    check_coverage(rules, car, &stints, out);
    for driver in &car.named {
        check_driver(rules, car, driver, out);
    }
}

/// Gaps, overlaps and driving after the finish, in race order.
fn check_coverage(
    rules: &DrivingTime,
    car: &CarContext,
    stints: &[&Stint],
    out: &mut Vec<Finding>,
) {
    let name = |stint: &Stint| {
        car.named
            .iter()
            .find(|driver| driver.id == stint.driver)
            .map_or_else(|| stint.driver.to_string(), |driver| driver.name.clone())
    };
    let mut push = |drivers: Vec<&Driver>, from: u16, to: u16, what: String| {
        let message = format!("{what}. {}.", capitalised(&rules.wording(&rules.coverage)));
        let finding = car.finding(&rules.coverage, Severity::Error, &drivers, message);
        out.push(spanned(finding, from, to));
    };
    let mut covered: u16 = 0;
    let mut last: Option<&Stint> = None;
    for &stint in stints {
        let (from, to) = (stint.from.minutes(), stint.to.minutes());
        if from > covered {
            push(vec![], covered, from, gap(covered, from));
        } else if let Some(before) = last.filter(|_| from < covered) {
            let until = to.min(covered);
            let who = if before.driver == stint.driver {
                format!("{} has two stints at once", name(stint))
            } else {
                format!("{} and {} both drive", name(before), name(stint))
            };
            let drivers = car
                .named
                .iter()
                .copied()
                .filter(|driver| driver.id == before.driver || driver.id == stint.driver)
                .collect();
            push(
                drivers,
                from,
                until,
                format!("{who} {}", stretch(from, until)),
            );
        }
        if to > covered {
            covered = to;
            last = Some(stint);
        }
    }
    if covered > rules.race {
        let what = format!(
            "the plan runs past the finish at {}",
            RaceTime::clock(rules.race)
        );
        push(vec![], rules.race, covered, what);
    } else if covered < rules.race {
        push(vec![], covered, rules.race, gap(covered, rules.race));
    }
}

/// "Nobody drives from 05:00 to 05:20 (20 min)".
fn gap(from: u16, to: u16) -> String {
    format!("nobody drives {}", stretch(from, to))
}

/// "from 05:00 to 05:20 (20 min)".
fn stretch(from: u16, to: u16) -> String {
    format!(
        "from {} to {} ({})",
        RaceTime::clock(from),
        RaceTime::clock(to),
        duration(to - from)
    )
}

/// One driver's windows, total and minimum.
fn check_driver(rules: &DrivingTime, car: &CarContext, driver: &Driver, out: &mut Vec<Finding>) {
    let plan = &car.entry.plan;
    let spans: Vec<(u16, u16)> = driving_spans(plan, &driver.id)
        .into_iter()
        .filter(|&(from, _)| from < rules.race)
        .map(|(from, to)| (from, to.min(rules.race)))
        .collect();
    let total: u16 = spans.iter().map(|&(from, to)| to - from).sum();
    for limit in &rules.windows {
        let busiest = busiest_window(&spans, limit.within, rules.race);
        if busiest.minutes > limit.most {
            let to = (busiest.from + limit.within).min(rules.race);
            let message = format!(
                "{} drives {} between {} and {}; the limit is {} in any {} ({} too many).",
                driver.name,
                duration(busiest.minutes),
                RaceTime::clock(busiest.from),
                RaceTime::clock(to),
                duration(limit.most),
                duration(limit.within),
                duration(busiest.minutes - limit.most)
            );
            let finding = car.finding(&limit.id, Severity::Error, &[driver], message);
            out.push(spanned(finding, busiest.from, to));
        }
    }
    for limit in rules.totals.iter().filter(|limit| total > limit.most) {
        let message = format!(
            "{} drives {} in all; the limit is {} ({} too many).",
            driver.name,
            duration(total),
            duration(limit.most),
            duration(total - limit.most)
        );
        out.push(car.finding(&limit.id, Severity::Error, &[driver], message));
    }
    let minimums = rules
        .minimums
        .iter()
        .filter(|minimum| minimum.binds(car.entry.class, driver.rating));
    for minimum in minimums.filter(|minimum| total < minimum.least) {
        let message = format!(
            "{} ({}) drives {} in all; every {} driver in {} drives at least {} ({} short).",
            driver.name,
            driver.rating,
            duration(total),
            minimum.ratings,
            car.entry.class,
            duration(minimum.least),
            duration(minimum.least - total)
        );
        out.push(car.finding(&minimum.id, Severity::Error, &[driver], message));
    }
}

fn spanned(mut finding: Finding, from: u16, to: u16) -> Finding {
    finding.span = Some(Span {
        from: RaceTime::at(from),
        to: RaceTime::at(to),
    });
    finding
}
