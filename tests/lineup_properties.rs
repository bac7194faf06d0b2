//! Random edit sequences survive the autosave and the share link; no input
//! makes the decoders panic.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::lineup::{
    DriverForm, Edit, EntryForm, LineUp, open_share, restore, save_text, share_code,
};
use crewbuilder::domain::rules::{
    CrewChoice, EventKind, Finding, LiveCheck, RuleSet, Severity, check,
};
use crewbuilder::domain::{Class, DriverId, RaceTime, Rating, Season, Stint, StintPlan};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

fn base() -> Arc<Season> {
    static BASE: OnceLock<Arc<Season>> = OnceLock::new();
    BASE.get_or_init(|| {
        Arc::new(Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap())
    })
    .clone()
}

fn le_mans() -> Arc<Season> {
    static LE_MANS: OnceLock<Arc<Season>> = OnceLock::new();
    LE_MANS
        .get_or_init(|| {
            Arc::new(Season::from_json(include_str!("../public/data/le-mans-2024.json")).unwrap())
        })
        .clone()
}

/// A list as the live check meets it: its season, rule set, event and
/// which crews are checked.
fn list(at: usize) -> (Arc<Season>, RuleSet, EventKind, CrewChoice) {
    match at % 4 {
        0 => (
            base(),
            RuleSet::wec_2024(),
            EventKind::SixOrEightHours,
            CrewChoice::Provisional,
        ),
        1 => (
            base(),
            RuleSet::wec_2024(),
            EventKind::LeMans,
            CrewChoice::Season,
        ),
        // LMP2 and its Pro/Am crews, no make quota.
        2 => (
            le_mans(),
            RuleSet::le_mans_2024(),
            EventKind::LeMans,
            CrewChoice::Provisional,
        ),
        _ => (
            le_mans(),
            RuleSet::le_mans_2024(),
            EventKind::LeMans,
            CrewChoice::Season,
        ),
    }
}

/// What a fan does, with indices taken modulo what exists.
#[derive(Clone, Debug)]
enum Action {
    Fill(usize, usize, usize),
    Clear(usize, usize),
    Rate(usize, Rating),
    NewDriver(u8),
    NewCar(u16),
    RemoveCar(usize),
    /// A plan for a car: this many equal stints, drivers picked from a seed.
    Plan(usize, u16, usize),
    Undo,
    Redo,
    Reset,
}

fn action() -> impl Strategy<Value = Action> {
    let rating = prop::sample::select(Rating::ALL.to_vec());
    prop_oneof![
        4 => (any::<usize>(), 0usize..3, any::<usize>()).prop_map(|(car, seat, driver)| Action::Fill(car, seat, driver)),
        2 => (any::<usize>(), 0usize..3).prop_map(|(car, seat)| Action::Clear(car, seat)),
        2 => (any::<usize>(), rating).prop_map(|(driver, rating)| Action::Rate(driver, rating)),
        1 => any::<u8>().prop_map(Action::NewDriver),
        1 => (100u16..999).prop_map(Action::NewCar),
        1 => any::<usize>().prop_map(Action::RemoveCar),
        2 => (any::<usize>(), 0u16..30, any::<usize>()).prop_map(|(car, stints, seed)| Action::Plan(car, stints, seed)),
        1 => Just(Action::Undo),
        1 => Just(Action::Redo),
        1 => Just(Action::Reset),
    ]
}

fn play(actions: &[Action]) -> LineUp {
    play_each(base(), actions, |_| {})
}

/// Plays `actions` on `start`, calling `after` with the line-up after each one.
fn play_each(start: Arc<Season>, actions: &[Action], mut after: impl FnMut(&LineUp)) -> LineUp {
    let mut lineup = LineUp::new(start);
    for action in actions {
        after(&lineup);
        let season = lineup.season();
        let entries = season.entries();
        let drivers = season.drivers();
        let edit = match *action {
            Action::Fill(car, seat, driver) => Edit::Fill {
                car: entries[car % entries.len()].number.clone(),
                seat,
                driver: drivers[driver % drivers.len()].id.clone(),
            },
            Action::Clear(car, seat) => Edit::Clear {
                car: entries[car % entries.len()].number.clone(),
                seat,
            },
            Action::Rate(driver, rating) => Edit::Rate {
                driver: drivers[driver % drivers.len()].id.clone(),
                rating,
            },
            Action::NewDriver(n) => {
                let form = DriverForm {
                    name: format!("Fan Driver {n}"),
                    nationality: "FRA".into(),
                    rating: Some(Rating::Silver),
                };
                Edit::AddDriver {
                    driver: form.check(season).unwrap(),
                }
            }
            Action::NewCar(number) => {
                let form = EntryForm {
                    class: Some(Class::Hypercar),
                    number: number.to_string(),
                    team: "Fans".into(),
                    manufacturer: "Toyota".into(),
                    car: "GR010".into(),
                };
                match form.check(season) {
                    Ok(entry) => Edit::AddEntry { entry },
                    Err(_) => continue,
                }
            }
            Action::RemoveCar(car) => Edit::RemoveEntry {
                car: entries[car % entries.len()].number.clone(),
            },
            Action::Plan(car, stints, seed) => {
                let entry = &entries[car % entries.len()];
                // Mostly the crew's own drivers, sometimes any driver.
                let crew: Vec<&DriverId> = entry.crew.drivers().collect();
                let stints = (0..stints).map(|at| {
                    let pick = seed.wrapping_add(usize::from(at) * 7);
                    let driver = match crew.len() {
                        n if n > 0 && pick % 5 != 0 => crew[pick % n].clone(),
                        _ => drivers[pick % drivers.len()].id.clone(),
                    };
                    let time = |at: u16| RaceTime::from_minutes(at * 1440 / stints).unwrap();
                    Stint::new(driver, time(at), time(at + 1)).unwrap()
                });
                Edit::Plan {
                    car: entry.number.clone(),
                    plan: StintPlan::new(stints.collect()),
                }
            }
            Action::Undo => {
                lineup.undo();
                continue;
            }
            Action::Redo => {
                lineup.redo();
                continue;
            }
            Action::Reset => Edit::Reset,
        };
        // Edits that do not apply (no such seat, an official car) are refused.
        let _ = lineup.apply(edit);
    }
    after(&lineup);
    lineup
}

proptest! {
    // `PROPTEST_CASES=100000 cargo test` makes a long run.
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(128)))]

    #[test]
    fn random_edits_survive_the_autosave_and_the_share_link(actions in prop::collection::vec(action(), 0..40)) {
        let lineup = play(&actions);
        let restored = restore(base(), &save_text(&lineup, 5)).expect("the autosave reads back");
        prop_assert_eq!(&restored, &(lineup.clone(), 5));
        let shared = open_share(base(), &share_code(&lineup)).expect("the share code opens");
        prop_assert_eq!(shared.season(), lineup.season());
    }

    #[test]
    fn the_live_check_always_equals_the_full_check(actions in prop::collection::vec(action(), 0..40), at in 0usize..4) {
        // Both lists under their own rule sets, each with either crews.
        let (start, rules, event, crews) = list(at);
        let mut live = LiveCheck::new(rules.clone(), crews, rules.events[0], start.as_ref());
        let mut before = check(start.as_ref(), &rules, rules.events[0], crews);
        let mut before_season = start.as_ref().clone();
        play_each(start, &actions, |lineup| {
            let season = lineup.season();
            let changed = live.update(season, event);
            let full = check(season, &rules, event, crews);
            assert_eq!(live.report(), full);
            let summary = live.summary();
            assert_eq!(summary.tally, full.tally(season));
            assert_eq!(
                (summary.errors, summary.warnings),
                (full.count(Severity::Error), full.count(Severity::Warning))
            );
            for entry in season.entries() {
                let own: Vec<Finding> = full.for_car(&entry.number).cloned().collect();
                assert_eq!(live.findings_of(&entry.number), own);
                let old: Vec<Finding> = before.for_car(&entry.number).cloned().collect();
                let was = before_season.entry_position(&entry.number).map(|at| &before_season.entries()[at]);
                let ratings = |season: &Season, crew: &crewbuilder::domain::Crew| -> Vec<Option<Rating>> {
                    crew.seats().iter().map(|seat| Some(season.driver(seat.as_ref()?)?.rating)).collect()
                };
                // The crew checked: the provisional one, or the one the
                // car started the season with.
                let seats_moved = was.is_none_or(|was| {
                    crews.of(was) != crews.of(entry)
                        || was.plan != entry.plan
                        || ratings(&before_season, crews.of(was)) != ratings(season, crews.of(entry))
                });
                if own != old || seats_moved {
                    assert!(changed.contains(&entry.number), "car #{} changed unannounced", entry.number);
                }
            }
            before = full;
            before_season = season.clone();
        });
    }

    #[test]
    fn any_bytes_are_rejected_without_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(open_share(base(), &text).is_err());
        prop_assert!(restore(base(), &text).is_err());
    }

    #[test]
    fn any_url_safe_text_is_rejected_without_a_panic(code in "[A-Za-z0-9_-]{0,120}") {
        prop_assert!(open_share(base(), &code).is_err());
    }
}
