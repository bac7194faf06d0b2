//! The shortest edits that turn the provisional list into a line-up (crews,
//! ratings, fan-made cars and drivers, stint plans): what a share link
//! carries, and how an imported file becomes edits.

use super::{Edit, LineUp};
use crate::domain::{Crew, Driver, Entry, Season, StintPlan};
use std::sync::Arc;

/// Edits that turn `base` into `target`, or why `target` is not a line-up of
/// `base` (a car or driver of the provisional list removed or changed
/// beyond its crew and rating).
pub fn edits_between(base: &Arc<Season>, target: &Season) -> Result<Vec<Edit>, String> {
    if target.rules_name() != base.rules_name() {
        return Err(format!(
            "it is the {}, not the {}",
            target.title(),
            base.title()
        ));
    }
    if target.season() != base.season() {
        return Err(format!(
            "it is a {} list, not {}",
            target.season(),
            base.season()
        ));
    }
    let mut edits = driver_edits(base, target)?;
    unchanged_entries(base, target)?;
    for entry in target.entries() {
        crew_edits(base.entry(&entry.number), entry, &mut edits);
    }
    // Some files cannot be reached by edits (a driver in two seats, fan cars
    // between official ones): check the result.
    let replayed = LineUp::replay(base.clone(), edits.clone(), edits.len())
        .map_err(|(_, error)| error.to_string())?;
    if replayed.season() != target {
        return Err("it cannot be rebuilt from the provisional list by edits (a driver in two seats, or cars out of order)".to_string());
    }
    Ok(edits)
}

/// What-if ratings and fan-made drivers: the edits that bring `base`'s
/// drivers to `target`'s.
fn driver_edits(base: &Season, target: &Season) -> Result<Vec<Edit>, String> {
    let mut edits = Vec::new();
    for driver in base.drivers() {
        match target.driver(&driver.id) {
            None => {
                return Err(format!(
                    "driver \"{}\" of the provisional list is missing",
                    driver.id
                ));
            }
            Some(now) if now.rating != driver.rating => {
                let rest_same = Driver {
                    rating: driver.rating,
                    ..now.clone()
                } == *driver;
                if !rest_same {
                    return Err(changed_driver(driver));
                }
                edits.push(Edit::Rate {
                    driver: driver.id.clone(),
                    rating: now.rating,
                });
            }
            Some(now) if now != driver => return Err(changed_driver(driver)),
            Some(_) => {}
        }
    }
    for driver in target
        .drivers()
        .iter()
        .filter(|driver| base.driver(&driver.id).is_none())
    {
        edits.push(Edit::AddDriver {
            driver: driver.clone(),
        });
    }
    Ok(edits)
}

/// Every car of the provisional list is still in `target`, changed in its
/// crew and plan at most.
fn unchanged_entries(base: &Season, target: &Season) -> Result<(), String> {
    for official in base.entries() {
        let Some(at) = target.entry_position(&official.number) else {
            return Err(format!(
                "car #{} of the provisional list is missing",
                official.number
            ));
        };
        let now = &target.entries()[at];
        let same_but_crew = (Entry {
            crew: official.crew.clone(),
            plan: official.plan.clone(),
            ..now.clone()
        }) == *official;
        if !same_but_crew || now.crew.seats().len() != official.crew.seats().len() {
            return Err(format!(
                "car #{} differs from the provisional list beyond its crew",
                official.number
            ));
        }
    }
    Ok(())
}

/// The edits that bring one car from the provisional list (or, for a
/// fan-made car, from an empty crew) to `entry`: its seats and its plan.
fn crew_edits(official: Option<&Entry>, entry: &Entry, edits: &mut Vec<Edit>) {
    let start = match official {
        Some(official) => official.crew.clone(),
        None => {
            let open = Crew::new(vec![None; entry.crew.seats().len()]);
            edits.push(Edit::AddEntry {
                entry: Entry {
                    crew: open.clone(),
                    plan: StintPlan::default(),
                    ..entry.clone()
                },
            });
            open
        }
    };
    for (seat, (was, now)) in start.seats().iter().zip(entry.crew.seats()).enumerate() {
        if was != now {
            edits.push(match now {
                Some(driver) => Edit::Fill {
                    car: entry.number.clone(),
                    seat,
                    driver: driver.clone(),
                },
                None => Edit::Clear {
                    car: entry.number.clone(),
                    seat,
                },
            });
        }
    }
    let planned = official.map(|official| &official.plan);
    if planned.map_or(!entry.plan.is_empty(), |was| *was != entry.plan) {
        edits.push(Edit::Plan {
            car: entry.number.clone(),
            plan: entry.plan.clone(),
        });
    }
}

fn changed_driver(driver: &Driver) -> String {
    format!(
        "driver \"{}\" differs from the provisional list beyond the rating",
        driver.id
    )
}
