//! The rules about one car's crew: size, banned ratings, composition, and
//! what its TBA seats can still become (called by `car::check_car`).

use super::car_context::CarContext;
use super::composition::{Shortfall, can_complete, first_broken, still_needs};
use super::{EventKind, Finding, RatingSet, RuleSet, Severity, ids};
use crate::domain::order::sorted_by;
use crate::domain::wording::{and_list, count};
use crate::domain::{Crew, Driver, Rating};
use std::fmt::Write;

/// The crew rules on car `car` driven by `crew` for `event`: its size, the
/// ratings its class bars, and its composition, or what its TBA seats can
/// still become.
pub(super) fn check_seats(
    rules: &RuleSet,
    event: EventKind,
    car: &CarContext,
    crew: &Crew,
    out: &mut Vec<Finding>,
) {
    check_size(rules, event, car, crew, out);
    let banned = check_bans(rules, car, out);
    check_composition(rules, car, crew, banned, out);
}

/// The crew's size against the event's.
fn check_size(
    rules: &RuleSet,
    event: EventKind,
    car: &CarContext,
    crew: &Crew,
    out: &mut Vec<Finding>,
) {
    let seats = crew.seats().len();
    if let Some(size) = rules
        .crew_size(event)
        .filter(|size| !(size.min..=size.max).contains(&seats))
    {
        let fix = if seats < size.min {
            format!("Add {}.", count(size.min - seats, "seat", "seats"))
        } else {
            format!("Remove {}.", count(seats - size.max, "driver", "drivers"))
        };
        let allowed = match size.max.saturating_sub(size.min) {
            0 => format!("exactly {}", size.min),
            1 => format!("{} or {}", size.min, size.max),
            _ => format!("{} to {}", size.min, size.max),
        };
        let message = format!(
            "{event} takes {allowed} drivers; this crew has {}. {fix}",
            count(seats, "seat", "seats")
        );
        out.push(car.finding(ids::CREW_SIZE, Severity::Error, &car.named, message));
    }
}

/// Ratings the car's class bars; whether the crew has any.
fn check_bans(rules: &RuleSet, car: &CarContext, out: &mut Vec<Finding>) -> bool {
    let entry = car.entry;
    let mut banned_here = false;
    for ban in rules
        .banned_ratings
        .iter()
        .filter(|ban| ban.class == entry.class)
    {
        let offenders: Vec<&Driver> = car
            .named
            .iter()
            .copied()
            .filter(|driver| driver.rating == ban.rating)
            .collect();
        if offenders.is_empty() {
            continue;
        }
        banned_here = true;
        let (verb, place) = if offenders.len() == 1 {
            ("is", "that seat")
        } else {
            ("are", "those seats")
        };
        let message = format!(
            "{}; {} {verb} {}. Put a {} driver in {place}.",
            ban.wording,
            names(&offenders),
            ban.rating,
            rules.allowed_ratings(entry.class)
        );
        out.push(car.finding(&ban.id, Severity::Error, &offenders, message));
    }
    banned_here
}

/// The composition rules: broken by a full crew, or what its TBA seats
/// still need and whether they can still make it legal (not asked again
/// when a barred rating already breaks it).
fn check_composition(
    rules: &RuleSet,
    car: &CarContext,
    crew: &Crew,
    banned_here: bool,
    out: &mut Vec<Finding>,
) {
    let entry = car.entry;
    let (seats, tba) = (crew.seats().len(), crew.tba_seats());
    let ratings: Vec<Rating> = car.named.iter().map(|driver| driver.rating).collect();
    if tba == 0 {
        if let Some(gap) = first_broken(rules, entry.class, &ratings) {
            let message = format!(
                "{}; it has {}. {}",
                gap.rule.wording,
                rating_list(&ratings),
                fix(car, &gap, 0)
            );
            out.push(car.finding(&gap.rule.id, Severity::Error, &car.named, message));
        }
        return;
    }
    let needs_left = still_needs(rules, entry.class, seats, &ratings);
    let verb = if tba == 1 { "is" } else { "are" };
    let still = needs_left
        .as_ref()
        .map(|gap| format!(" The crew still needs {}.", needs(gap)))
        .unwrap_or_default();
    let message = format!(
        "{tba} of {} {verb} still TBA.{still}",
        count(seats, "seat", "seats")
    );
    out.push(car.finding(ids::CREW_INCOMPLETE, Severity::Warning, &car.named, message));
    if !banned_here && !can_complete(rules, entry.class, seats, &ratings, tba) {
        let reason = match &needs_left {
            Some(gap) => format!(
                "{}, and it has {}. {}",
                gap.rule.wording,
                rating_list(&ratings),
                fix(car, gap, tba)
            ),
            None => format!("no rating may race in {}.", entry.class),
        };
        let open = if tba == 1 {
            "the TBA seat"
        } else {
            "the TBA seats"
        };
        let message = format!("no drivers in {open} can make this crew legal: {reason}");
        out.push(car.finding(ids::CREW_IMPOSSIBLE, Severity::Error, &car.named, message));
    }
}

/// What would mend a shortfall, given `open` TBA seats that can cover
/// part of it: swapping spare drivers for what is still missing.
fn fix(car: &CarContext, gap: &Shortfall, open: usize) -> String {
    let swaps = gap.unmet.len().saturating_sub(open).max(1);
    let wanted = if swaps < gap.unmet.len() {
        let any = gap
            .unmet
            .iter()
            .fold(RatingSet::default(), |all, &need| all.union(need));
        format!("a {any} driver")
    } else {
        needs(gap)
    };
    let spare: Vec<String> = gap
        .spare
        .iter()
        .map(|&at| format!("{} ({})", car.named[at].name, car.named[at].rating))
        .collect();
    match spare.len() {
        0 => format!("To fix it, add {wanted}."),
        n if n <= swaps => format!("To fix it, swap {} for {wanted}.", and_list(&spare)),
        _ if swaps == 1 => format!("To fix it, swap {} for {wanted}.", spare.join(" or ")),
        _ => format!(
            "To fix it, swap {swaps} of {} for {wanted}.",
            and_list(&spare)
        ),
    }
}

/// "a Bronze and a Bronze or Silver driver".
fn needs(gap: &Shortfall) -> String {
    let mut wanted = String::new();
    for (at, need) in gap.unmet.iter().enumerate() {
        let joint = if at == 0 { "a " } else { " and a " };
        // Writing to a String cannot fail.
        let _ = write!(wanted, "{joint}{need}");
    }
    wanted.push_str(" driver");
    wanted
}

/// "Bronze, Gold, Platinum": the crew's ratings, lowest first.
fn rating_list(ratings: &[Rating]) -> String {
    let sorted = sorted_by(ratings.to_vec(), |&rating| rating as u64);
    let words: Vec<String> = sorted.iter().map(Rating::to_string).collect();
    if words.is_empty() {
        "no named driver".to_string()
    } else {
        words.join(", ")
    }
}

fn names(drivers: &[&Driver]) -> String {
    let names: Vec<&str> = drivers.iter().map(|driver| driver.name.as_str()).collect();
    and_list(&names)
}
