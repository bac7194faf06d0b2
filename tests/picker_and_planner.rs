//! What the seat picker and the stint planner show and decide, from the
//! domain: hints in words, where a candidate sits, the planner's rows and
//! who takes an added stint.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crewbuilder::domain::lineup::{SeatHints, candidates, plan_drivers, with_next_stint};
use crewbuilder::domain::rules::{RuleSet, TYPICAL_STINT};
use crewbuilder::domain::{CarNumber, DriverId, RaceTime, Stint, StintPlan};
use support::{crew_of, season};

fn car(number: &str) -> CarNumber {
    CarNumber::try_from(number.to_string()).unwrap()
}

fn id(text: &str) -> DriverId {
    DriverId::try_from(text.to_string()).unwrap()
}

fn plan(stints: &[(&str, u16, u16)]) -> StintPlan {
    let stint = |&(driver, from, to): &(&str, u16, u16)| {
        Stint::new(id(driver), RaceTime::at(from), RaceTime::at(to)).unwrap()
    };
    StintPlan::new(stints.iter().map(stint).collect())
}

#[test]
fn hints_name_the_ratings_that_keep_a_legal_crew() {
    let cases = [
        // class, the other seats, the hint's first line
        (
            "lmgt3",
            vec!["gold", "tba", "tba"],
            "Keeps a legal crew possible: Silver, Bronze.",
        ),
        (
            "lmgt3",
            vec!["gold", "silver", "tba"],
            "Keeps a legal crew possible: Bronze.",
        ),
        (
            "hypercar",
            vec!["platinum", "tba", "tba"],
            "Keeps a legal crew possible: Platinum, Gold, Silver.",
        ),
        (
            "lmgt3",
            vec!["gold", "gold", "tba"],
            "No rating keeps a legal crew possible.",
        ),
    ];
    for (class, crew, keeps) in cases {
        let season = season(&[("1", class, "BMW", true, crew_of(&crew))]);
        let hints = SeatHints::for_seat(&season, &RuleSet::wec_2024(), &car("1"), 2).unwrap();
        assert_eq!(hints.keeps(), keeps, "{class} {crew:?}");
    }
}

#[test]
fn a_candidate_says_which_car_they_are_in() {
    let season = season(&[("7", "hypercar", "Toyota", false, crew_of(&["gold"]))]);
    let places: Vec<(String, String)> = candidates(&season, "gold driver", None)
        .into_iter()
        .map(|row| (row.driver.id.to_string(), row.place()))
        .collect();
    assert_eq!(
        places,
        [
            ("gold-1".to_string(), "in car #7".to_string()),
            ("gold-2".to_string(), "not in a car".to_string()),
            ("gold-3".to_string(), "not in a car".to_string()),
        ]
    );
}

#[test]
fn the_planner_rows_are_the_crew_then_whoever_else_the_plan_names() {
    let season = season(&[(
        "7",
        "hypercar",
        "Toyota",
        false,
        crew_of(&["gold", "platinum"]),
    )]);
    let crew = &season.entries()[0].crew;
    let named = plan(&[
        ("silver-2", 0, 60),
        ("gold-1", 60, 120),
        ("unknown", 120, 180),
    ]);
    let rows: Vec<String> = plan_drivers(&season, crew, &named)
        .into_iter()
        .map(|driver| driver.id.to_string())
        .collect();
    assert_eq!(rows, ["gold-1", "platinum-1", "silver-2"]);
}

#[test]
fn an_added_stint_goes_to_whoever_has_driven_least() {
    let season = season(&[(
        "7",
        "hypercar",
        "Toyota",
        false,
        crew_of(&["gold", "platinum", "silver"]),
    )]);
    let rows = plan_drivers(&season, &season.entries()[0].crew, &StintPlan::default());
    let cases = [
        // the plan so far, who takes the next stint
        (vec![], "gold-1"),
        (vec![("gold-1", 0, 60)], "platinum-1"),
        (vec![("gold-1", 0, 60), ("platinum-1", 60, 90)], "silver-1"),
        (
            vec![
                ("gold-1", 0, 30),
                ("platinum-1", 30, 90),
                ("silver-1", 90, 150),
            ],
            "gold-1",
        ),
    ];
    for (stints, next) in cases {
        let before = plan(&stints);
        let after = with_next_stint(&before, &rows).unwrap();
        let added = after.stints().last().unwrap();
        assert_eq!(added.driver, id(next), "after {stints:?}");
        let end = stints.last().map_or(0, |&(_, _, to)| to);
        assert_eq!(
            (added.from.minutes(), added.to.minutes()),
            (end, end + TYPICAL_STINT)
        );
    }
    let full = plan(&[("gold-1", 0, 24 * 60)]);
    assert_eq!(with_next_stint(&full, &rows), None, "no time left");
    assert_eq!(
        with_next_stint(&StintPlan::default(), &[]),
        None,
        "no driver"
    );
}
