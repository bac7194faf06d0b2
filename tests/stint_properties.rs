//! Properties of the driving-time rules and of "Suggest a plan", over
//! generated crews, plans and stint lengths.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crewbuilder::domain::lineup::{Edit, LineUp};
use crewbuilder::domain::rules::{
    CrewChoice, EventKind, RuleSet, busiest_window, check, suggest_plan,
};
use crewbuilder::domain::{
    CarNumber, Class, DriverId, PlanFile, RaceTime, Rating, Season, Stint, StintPlan, driving_spans,
};
use proptest::prelude::*;
use std::sync::Arc;
use support::{crew_of, season};

const DAY: u16 = 24 * 60;

fn rating() -> impl Strategy<Value = Rating> {
    prop::sample::select(Rating::ALL.to_vec())
}

fn class() -> impl Strategy<Value = Class> {
    prop::sample::select(Class::ALL.to_vec())
}

/// One to four ratings, at most three of each (the test roster's size).
fn crew_ratings() -> impl Strategy<Value = Vec<Rating>> {
    prop::collection::vec(rating(), 1..=4).prop_filter("three drivers of each rating", |ratings| {
        Rating::ALL
            .iter()
            .all(|rating| ratings.iter().filter(|seat| *seat == rating).count() <= 3)
    })
}

/// A one-car season (#46) whose crew has these ratings.
fn crewed(class: Class, ratings: &[Rating]) -> Season {
    let words: Vec<&str> = ratings.iter().map(|rating| rating.slug()).collect();
    season(&[("46", class.slug(), "BMW", true, crew_of(&words))])
}

fn driver(n: usize) -> DriverId {
    let ids = [
        "bronze-1",
        "silver-1",
        "gold-1",
        "platinum-1",
        "platinum-2",
        "gold-3",
    ];
    DriverId::try_from(ids[n % ids.len()].to_string()).unwrap()
}

/// Any plan the parser accepts: stints that end after they start, by
/// drivers of the roster (in the crew or not), in any order.
fn any_plan() -> impl Strategy<Value = StintPlan> {
    let stint = (0usize..6, 0..DAY, 1..=DAY).prop_map(|(who, from, length)| {
        let to = from.saturating_add(length).min(DAY);
        let time = |minutes| RaceTime::from_minutes(minutes).unwrap();
        Stint::new(driver(who), time(from), time(to.max(from + 1))).unwrap()
    });
    prop::collection::vec(stint, 0..40).prop_map(StintPlan::new)
}

/// The minutes `spans` hold in `[from, from + within)`, minute by minute.
fn brute_force(spans: &[(u16, u16)], from: u16, within: u16) -> u16 {
    let to = from + within;
    (from..to)
        .filter(|minute| spans.iter().any(|&(a, b)| (a..b).contains(minute)))
        .count() as u16
}

/// A well-formed plan file for the #46: `stints` hours, driven in turn by
/// `bronze-1` and `silver-1`.
fn plan_json(stints: usize) -> serde_json::Value {
    let plan: Vec<serde_json::Value> = (0..stints)
        .map(|hour| {
            let driver = ["bronze-1", "silver-1"][hour % 2];
            let at = |hour: usize| format!("{hour:02}:00");
            serde_json::json!({ "driver": driver, "from": at(hour), "to": at(hour + 1) })
        })
        .collect();
    serde_json::json!({ "car": "46", "plan": plan })
}

/// One field of a plan file made wrong: its place, and the value put there
/// (`None` removes it).
#[derive(Clone, Debug)]
struct Spoil {
    stint: usize,
    field: &'static str,
    value: Option<serde_json::Value>,
}

impl Spoil {
    /// The spoiled file, and the place its error must name first.
    fn apply(&self, mut file: serde_json::Value) -> (serde_json::Value, String) {
        if self.field == "car" {
            file["car"] = self.value.clone().unwrap_or_default();
            return (file, "car".to_string());
        }
        let stints = file["plan"].as_array_mut().unwrap();
        let at = self.stint % stints.len();
        let stint = stints[at].as_object_mut().unwrap();
        match &self.value {
            Some(value) => {
                stint.insert(self.field.to_string(), value.clone());
                (file, format!("plan[{at}].{}", self.field))
            }
            None => {
                stint.remove(self.field);
                (file, format!("plan[{at}]: missing field `{}`", self.field))
            }
        }
    }
}

fn spoiled_field() -> impl Strategy<Value = Spoil> {
    use serde_json::json;
    let times = || {
        vec![
            json!("25:00"),
            json!("7:00"),
            json!("00:60"),
            json!(""),
            json!(60),
            json!(null),
            json!(["00:00"]),
        ]
    };
    let drivers = vec![
        json!("nobody-at-all"),
        json!(""),
        json!(5),
        json!(null),
        json!(true),
        json!({}),
    ];
    let cars = vec![json!("998"), json!(46), json!(null), json!("")];
    let some = |values: Vec<serde_json::Value>| prop::sample::select(values).prop_map(Some);
    let field = prop_oneof![
        (Just("driver"), some(drivers)),
        (Just("from"), some(times())),
        (Just("to"), some(times())),
        (
            prop::sample::select(vec!["driver", "from", "to"]),
            Just(None)
        ),
        (Just("car"), some(cars)),
    ];
    (0usize..6, field).prop_map(|(stint, (field, value))| Spoil {
        stint,
        field,
        value,
    })
}

proptest! {
    // `PROPTEST_CASES=100000 cargo test` makes a long run.
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(200)))]

    #[test]
    fn the_busiest_window_matches_a_minute_by_minute_count(
        plan in any_plan(),
        within in 1..=720u16,
    ) {
        let spans = driving_spans(&plan, &driver(0));
        let busiest = busiest_window(&spans, within, DAY);
        let most = (0..=DAY - within).map(|from| brute_force(&spans, from, within)).max().unwrap();
        prop_assert_eq!(busiest.minutes, most);
        prop_assert!(busiest.from <= DAY - within);
        prop_assert_eq!(brute_force(&spans, busiest.from, within), most);
    }

    #[test]
    fn the_checker_takes_any_plan_the_parser_accepts(
        class in class(),
        ratings in crew_ratings(),
        plan in any_plan(),
    ) {
        let mut lineup = LineUp::new(Arc::new(crewed(class, &ratings)));
        let car = CarNumber::try_from("46".to_string()).unwrap();
        let text = serde_json::to_string(&PlanFile { car: car.clone(), plan: plan.clone() }).unwrap();
        let read = PlanFile::from_json(&text, lineup.season()).unwrap();
        prop_assert_eq!(&read.plan, &plan);
        lineup.apply(Edit::Plan { car, plan: read.plan }).unwrap();
        let report = check(lineup.season(), &RuleSet::wec_2024(), EventKind::LeMans, CrewChoice::Provisional);
        // A plan with a stint is either legal or every finding says where or who.
        for finding in report.findings.iter().filter(|finding| finding.rule.starts_with("stint-")) {
            prop_assert!(finding.span.is_some() || !finding.drivers.is_empty(), "{:?}", finding);
        }
    }

    #[test]
    fn a_suggested_plan_always_passes_the_checker(
        class in class(),
        ratings in crew_ratings(),
        stint in 5..=300u16,
    ) {
        let season = crewed(class, &ratings);
        let rules = RuleSet::wec_2024();
        let entry = &season.entries()[0];
        let suggested = suggest_plan(&season, &rules, EventKind::LeMans, entry, &entry.crew, stint);
        match suggested {
            Ok(plan) => {
                prop_assert!(plan.stints().iter().all(|planned| planned.minutes() <= stint));
                let mut lineup = LineUp::new(Arc::new(season.clone()));
                let car = entry.number.clone();
                lineup.apply(Edit::Plan { car, plan }).unwrap();
                let report = check(lineup.season(), &rules, EventKind::LeMans, CrewChoice::Provisional);
                let broken: Vec<&str> = report.findings.iter()
                    .map(|finding| finding.rule.as_str())
                    .filter(|rule| rule.starts_with("stint-"))
                    .collect();
                prop_assert!(broken.is_empty(), "{:?}", broken);
            }
            Err(refused) => {
                // A crew of two or three with stints of at most 4 h always
                // has a plan. (Four Bronze or Silver drivers must drive
                // exactly 6 h each, which stints of some lengths cannot add up to.)
                let planned = (2..=3).contains(&ratings.len()) && stint <= 240;
                prop_assert!(!planned, "{}: {}", refused.rule, refused.message);
            }
        }
    }

    #[test]
    fn plan_files_never_crash_the_reader(text in ".{0,200}") {
        let season = crewed(Class::Lmgt3, &[Rating::Bronze]);
        let _ = PlanFile::from_json(&text, &season);
    }

    #[test]
    fn a_wrong_field_in_a_plan_file_is_named(
        stints in 1usize..6,
        spoil in spoiled_field(),
    ) {
        let season = crewed(Class::Lmgt3, &[Rating::Bronze, Rating::Silver]);
        let (file, place) = spoil.apply(plan_json(stints));
        let text = file.to_string();
        let error = PlanFile::from_json(&text, &season).expect_err(&text).to_string();
        prop_assert!(error.starts_with(&place), "{} for {}: {}", place, text, error);
        prop_assert!(error.contains("(line 1, column "), "{}", error);
    }
}
