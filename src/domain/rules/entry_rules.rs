//! The rules across the entry list: car numbers, drivers in two cars, make
//! quotas and private-only classes.

use super::{CrewChoice, Finding, RuleSet, Severity, ids};
use crate::domain::order::{ranked, sorted_by};
use crate::domain::wording::and_list;
use crate::domain::{CarNumber, DriverId, Season};

/// Checks the entry list as a whole and adds what it finds to `out`.
pub(super) fn check_entries(
    season: &Season,
    rules: &RuleSet,
    crews: CrewChoice,
    out: &mut Vec<Finding>,
) {
    duplicate_numbers(season, out);
    drivers_in_two_cars(season, crews, out);
    make_quotas(season, rules, out);
    private_only(season, rules, out);
    classes_run(season, rules, out);
}

/// An entry of a class the list's rules do not run (an LMP2 car in the
/// WEC list).
fn classes_run(season: &Season, rules: &RuleSet, out: &mut Vec<Finding>) {
    let runs: Vec<String> = rules.classes.iter().map(ToString::to_string).collect();
    for entry in season
        .entries()
        .iter()
        .filter(|entry| !rules.classes.contains(&entry.class))
    {
        let message = format!(
            "Car #{} is entered in {}, a class this list does not run ({} only).",
            entry.number,
            entry.class,
            and_list(&runs)
        );
        out.push(error(
            ids::CLASS_NOT_RUN,
            vec![entry.number.clone()],
            Vec::new(),
            message,
        ));
    }
}

/// Two entries with one car number.
fn duplicate_numbers(season: &Season, out: &mut Vec<Finding>) {
    let entries = season.entries();
    for cars in repeated(
        entries
            .iter()
            .map(|entry| (u64::from(number_key(&entry.number)), entry)),
    ) {
        let number = cars[0].number.clone();
        let teams: Vec<&str> = cars.iter().map(|entry| entry.team.as_str()).collect();
        let message = format!(
            "{} entries share car number #{number} ({}); each car needs its own number.",
            cars.len(),
            and_list(&teams)
        );
        out.push(error(
            ids::DUPLICATE_NUMBER,
            vec![number],
            Vec::new(),
            message,
        ));
    }
}

/// A driver who holds two seats, in one car or in two.
fn drivers_in_two_cars(season: &Season, crews: CrewChoice, out: &mut Vec<Finding>) {
    let seats = season.entries().iter().flat_map(|entry| {
        crews.of(entry).drivers().filter_map(move |driver| {
            Some((
                season.driver_position(driver)? as u64,
                (driver, &entry.number),
            ))
        })
    });
    for held in repeated(seats) {
        let driver = held[0].0;
        let name = season
            .driver(driver)
            .map_or(driver.as_str(), |known| known.name.as_str());
        let mut cars: Vec<CarNumber> = held.iter().map(|&(_, number)| number.clone()).collect();
        cars.dedup();
        let message = if cars.len() == 1 {
            format!(
                "{name} holds {} seats of car #{}; a driver can hold only one.",
                held.len(),
                cars[0]
            )
        } else {
            let listed: Vec<String> = cars.iter().map(|number| format!("#{number}")).collect();
            format!(
                "{name} sits in cars {}; a driver can race only one car. Take them out of all but one.",
                and_list(&listed)
            )
        };
        out.push(error(
            ids::DRIVER_IN_TWO_CARS,
            cars,
            vec![driver.clone()],
            message,
        ));
    }
}

/// A make over its quota of (works) cars in a class.
fn make_quotas(season: &Season, rules: &RuleSet, out: &mut Vec<Finding>) {
    for quota in &rules.make_quotas {
        let makes = season.makes(Some(quota.class));
        let make_key = |make: &str| makes.iter().position(|known| *known == make);
        let counted = season
            .entries()
            .iter()
            .filter(|entry| entry.class == quota.class && !(quota.works_only && entry.private))
            .filter_map(|entry| Some((make_key(&entry.manufacturer)? as u64, entry)));
        for cars in repeated(counted)
            .into_iter()
            .filter(|cars| cars.len() > quota.max)
        {
            let kind = if quota.works_only { "works " } else { "" };
            let listed: Vec<String> = cars
                .iter()
                .map(|entry| format!("#{}", entry.number))
                .collect();
            let message = format!(
                "{} has {} {kind}{} cars ({}); a make may enter at most {} {kind}cars in {}. Remove {}{}.",
                quota.class,
                cars.len(),
                cars[0].manufacturer,
                and_list(&listed),
                quota.max,
                quota.class,
                if cars.len() - quota.max == 1 {
                    "one"
                } else {
                    "some"
                },
                if quota.works_only {
                    " or make it a private entry"
                } else {
                    ""
                },
            );
            let numbers = cars.iter().map(|entry| entry.number.clone()).collect();
            out.push(error(&quota.id, numbers, Vec::new(), message));
        }
    }
}

/// A works entry in a class for private teams only.
fn private_only(season: &Season, rules: &RuleSet, out: &mut Vec<Finding>) {
    for rule in &rules.private_only {
        for entry in season
            .entries()
            .iter()
            .filter(|entry| entry.class == rule.class && !entry.private)
        {
            let message = format!(
                "Car #{} ({}): {} is for private teams only, but this is a works entry. Mark it private.",
                entry.number, entry.class, entry.class
            );
            out.push(error(
                &rule.id,
                vec![entry.number.clone()],
                Vec::new(),
                message,
            ));
        }
    }
}

fn error(rule: &str, cars: Vec<CarNumber>, drivers: Vec<DriverId>, message: String) -> Finding {
    Finding {
        rule: rule.to_string(),
        severity: Severity::Error,
        cars,
        drivers,
        message,
        span: None,
    }
}

/// A car number as one integer: its length and digits, so "7" and "07"
/// stay apart and comparing costs no string compare.
fn number_key(number: &CarNumber) -> u32 {
    let digits = number.as_str().bytes();
    digits.fold(number.as_str().len() as u32, |key, digit| {
        key << 8 | u32::from(digit)
    })
}

/// The groups of items sharing a key with at least one other, each in list
/// order, the groups in the order their first items appear. One ranking,
/// no allocation per key: this runs on every edit.
fn repeated<T: Copy>(items: impl Iterator<Item = (u64, T)>) -> Vec<Vec<T>> {
    let items: Vec<(u64, T)> = items.collect();
    let order = ranked(items.iter().map(|&(key, _)| key));
    let groups: Vec<(usize, Vec<T>)> = order
        .chunk_by(|&a, &b| items[a].0 == items[b].0)
        .filter(|run| run.len() > 1)
        .map(|run| (run[0], run.iter().map(|&at| items[at].1).collect()))
        .collect();
    sorted_by(groups, |&(first, _)| first as u64)
        .into_iter()
        .map(|(_, group)| group)
        .collect()
}
