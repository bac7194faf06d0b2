//! The rules across the entry list: car numbers, drivers in two cars, make
//! quotas and private-only classes.

use super::wording::and_list;
use super::{CrewChoice, Finding, RuleSet, Severity, ids};
use crate::domain::{CarNumber, DriverId, Season};

/// Checks the entry list as a whole and adds what it finds to `out`.
pub(super) fn check_entries(
    season: &Season,
    rules: &RuleSet,
    crews: CrewChoice,
    out: &mut Vec<Finding>,
) {
    let entries = season.entries();
    for (number, cars) in grouped(entries.iter(), |entry| entry.number.clone()) {
        if cars.len() > 1 {
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
    let seats = entries.iter().flat_map(|entry| {
        crews
            .of(entry)
            .drivers()
            .map(move |driver| (driver, &entry.number))
    });
    for (driver, numbers) in grouped(seats, |(driver, _)| (*driver).clone()) {
        if numbers.len() < 2 {
            continue;
        }
        let name = season
            .driver(&driver)
            .map_or(driver.as_str(), |known| known.name.as_str());
        let mut cars: Vec<CarNumber> = numbers
            .iter()
            .map(|(_, number)| (*number).clone())
            .collect();
        cars.dedup();
        let message = if cars.len() == 1 {
            format!(
                "{name} holds {} seats of car #{}; a driver can hold only one.",
                numbers.len(),
                cars[0]
            )
        } else {
            let listed: Vec<String> = cars.iter().map(|number| format!("#{number}")).collect();
            format!(
                "{name} sits in cars {}; a driver can race only one car. Take them out of all but one.",
                and_list(&listed)
            )
        };
        out.push(error(ids::DRIVER_IN_TWO_CARS, cars, vec![driver], message));
    }
    for quota in &rules.make_quotas {
        let counted = entries
            .iter()
            .filter(|entry| entry.class == quota.class && !(quota.works_only && entry.private));
        for (make, cars) in grouped(counted, |entry| entry.manufacturer.clone()) {
            if cars.len() <= quota.max {
                continue;
            }
            let kind = if quota.works_only { "works " } else { "" };
            let listed: Vec<String> = cars
                .iter()
                .map(|entry| format!("#{}", entry.number))
                .collect();
            let message = format!(
                "{} has {} {kind}{make} cars ({}); a make may enter at most {} {kind}cars in {}. Remove {}{}.",
                quota.class,
                cars.len(),
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
    for rule in &rules.private_only {
        for entry in entries
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
    }
}

/// Groups items by key, keeping the order in which keys first appear.
fn grouped<T, K: PartialEq>(
    items: impl Iterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> Vec<(K, Vec<T>)> {
    let mut groups: Vec<(K, Vec<T>)> = Vec::new();
    for item in items {
        let item_key = key(&item);
        match groups.iter_mut().find(|(group, _)| *group == item_key) {
            Some((_, members)) => members.push(item),
            None => groups.push((item_key, vec![item])),
        }
    }
    groups
}
