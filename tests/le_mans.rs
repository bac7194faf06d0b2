//! The second season: the 24 Hours of Le Mans 2024 list under its own rule
//! set, with LMP2 and its Pro/Am subcategory, and no make quota.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crewbuilder::domain::lineup::{Edit, LineUp, SaveKeys};
use crewbuilder::domain::rules::{CrewChoice, EventKind, RuleSet, check, subcategory_of};
use crewbuilder::domain::{CarNumber, Class, DriverId, RaceTime, Season, Stint, StintPlan};
use std::sync::Arc;
use support::{crew_of, season};

fn le_mans() -> Season {
    Season::from_json(include_str!("../public/data/le-mans-2024.json")).unwrap()
}

fn wec() -> Season {
    Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap()
}

fn rules_of(season: &Season) -> RuleSet {
    RuleSet::named(season.rules_name()).unwrap()
}

fn errors(season: &Season, rules: &RuleSet, crews: CrewChoice) -> Vec<String> {
    check(season, rules, EventKind::LeMans, crews)
        .findings
        .into_iter()
        .filter(|finding| finding.severity == crewbuilder::domain::rules::Severity::Error)
        .map(|finding| format!("{} {}", finding.rule, finding.message))
        .collect()
}

#[test]
fn the_list_has_its_62_cars_in_three_classes_and_names_its_rules() {
    let season = le_mans();
    assert_eq!(season.rules_name(), "le-mans-2024");
    assert_eq!(wec().rules_name(), "wec-2024");
    let counts: Vec<usize> = Class::ALL
        .map(|class| season.car_count(Some(class)))
        .to_vec();
    assert_eq!(counts, [23, 16, 23], "Hypercar, LMP2, LMGT3 as published");
    let rules = rules_of(&season);
    assert_eq!(rules.classes, Class::ALL);
    assert_eq!(rules.events, [EventKind::LeMans]);
}

#[test]
fn the_crews_that_raced_were_legal() {
    let season = le_mans();
    let found = errors(&season, &rules_of(&season), CrewChoice::Season);
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn eight_lmp2_crews_that_raced_were_pro_am() {
    let season = le_mans();
    let rules = rules_of(&season);
    let mut pro_am: Vec<u16> = season
        .entries()
        .iter()
        .filter(|entry| {
            let ratings: Vec<_> = entry
                .season_crew
                .drivers()
                .map(|id| season.driver(id).unwrap().rating)
                .collect();
            rules.subcategory(entry.class, &ratings).is_some()
        })
        .map(|entry| entry.number.value())
        .collect();
    pro_am.sort_unstable();
    assert_eq!(pro_am, [14, 23, 30, 33, 45, 47, 65, 183]);
}

#[test]
fn drivers_in_both_lists_keep_their_id_and_rating() {
    let (le_mans, wec) = (le_mans(), wec());
    let shared: Vec<_> = le_mans
        .drivers()
        .iter()
        .filter_map(|driver| Some((driver, wec.driver(&driver.id)?)))
        .collect();
    assert!(shared.len() > 100, "{} shared drivers", shared.len());
    for (there, here) in shared {
        assert_eq!(there.rating, here.rating, "{}", there.name);
        assert_eq!(there.name, here.name);
    }
}

/// A one-car LMP2 season of the test roster with these ratings.
fn lmp2(ratings: &[&str]) -> Season {
    season(&[("1", "lmp2", "Oreca", true, crew_of(ratings))])
}

#[test]
fn an_lmp2_crew_needs_a_silver_or_bronze_and_a_bronze_makes_it_pro_am() {
    let rules = RuleSet::le_mans_2024();
    let cases = [
        // crew, errors, subcategory
        (
            vec!["gold", "platinum", "gold"],
            vec!["lmp2-silver-or-bronze"],
            None,
        ),
        (vec!["gold", "platinum", "silver"], vec![], None),
        (vec!["gold", "platinum", "bronze"], vec![], Some("pro-am")),
        (vec!["bronze", "bronze", "silver"], vec![], Some("pro-am")),
    ];
    for (crew, broken, sub) in cases {
        let season = lmp2(&crew);
        let found: Vec<String> = errors(&season, &rules, CrewChoice::Provisional)
            .into_iter()
            .map(|error| error.split(' ').next().unwrap().to_string())
            .collect();
        assert_eq!(found, broken, "{crew:?}");
        let entry = &season.entries()[0];
        let got = subcategory_of(&rules, &season, entry).map(|sub| sub.slug.as_str());
        assert_eq!(got, sub, "{crew:?}");
    }
    let message = errors(
        &lmp2(&["gold", "platinum", "gold"]),
        &rules,
        CrewChoice::Provisional,
    );
    assert!(message[0].contains("Silver or Bronze"), "{message:?}");
}

#[test]
fn two_cars_a_make_holds_in_the_wec_list_not_at_le_mans() {
    let three_ferraris = season(&[
        (
            "54",
            "lmgt3",
            "Ferrari",
            true,
            crew_of(&["bronze", "silver", "gold"]),
        ),
        (
            "55",
            "lmgt3",
            "Ferrari",
            true,
            crew_of(&["bronze", "silver", "gold"]),
        ),
        (
            "86",
            "lmgt3",
            "Ferrari",
            true,
            crew_of(&["bronze", "silver", "platinum"]),
        ),
    ]);
    let quota = |rules: &RuleSet| {
        check(
            &three_ferraris,
            rules,
            EventKind::LeMans,
            CrewChoice::Provisional,
        )
        .findings
        .iter()
        .any(|finding| finding.rule == "lmgt3-make-quota")
    };
    assert!(quota(&RuleSet::wec_2024()));
    assert!(!quota(&RuleSet::le_mans_2024()));
}

#[test]
fn an_lmp2_pro_am_plan_is_held_to_the_bronze_and_silver_minimums() {
    let season = lmp2(&["bronze", "silver", "gold"]);
    let id = |text: &str| DriverId::try_from(text.to_string()).unwrap();
    let stint = |driver: &str, from: u16, to: u16| {
        Stint::new(id(driver), RaceTime::at(from), RaceTime::at(to)).unwrap()
    };
    // The Bronze drives 5 h, the Silver 6 h, the Gold 13 h: the Bronze is short.
    let plan = StintPlan::new(vec![
        stint("bronze-1", 0, 5 * 60),
        stint("silver-1", 5 * 60, 11 * 60),
        stint("gold-1", 11 * 60, 24 * 60),
    ]);
    let mut lineup = LineUp::new(Arc::new(season));
    let car = CarNumber::try_from("1".to_string()).unwrap();
    lineup.apply(Edit::Plan { car, plan }).unwrap();
    let minimums: Vec<(String, Vec<String>)> = check(
        lineup.season(),
        &RuleSet::le_mans_2024(),
        EventKind::LeMans,
        CrewChoice::Provisional,
    )
    .findings
    .into_iter()
    .filter(|finding| finding.rule.starts_with("stint-min"))
    .map(|finding| {
        let drivers = finding.drivers.iter().map(|d| d.to_string()).collect();
        (finding.rule, drivers)
    })
    .collect();
    assert_eq!(
        minimums,
        [(
            "stint-min-lmp2-bronze-silver".to_string(),
            vec!["bronze-1".to_string()]
        )]
    );
}

#[test]
fn each_list_saves_under_its_own_keys_and_the_wec_list_keeps_its_old_ones() {
    assert_eq!(SaveKeys::of("wec-2024").save, "crewbuilder:lineup");
    assert_eq!(SaveKeys::of("wec-2024").backup, "crewbuilder:lineup:backup");
    assert_eq!(
        SaveKeys::of("le-mans-2024").save,
        "crewbuilder:le-mans-2024:lineup"
    );
}

#[test]
fn an_unknown_rule_set_name_says_which_names_are_known() {
    let error = RuleSet::named("spa-2024").unwrap_err();
    assert_eq!(
        error,
        "no rule set is named \"spa-2024\"; the known ones are \"wec-2024\" and \"le-mans-2024\""
    );
}

#[test]
fn a_class_the_list_does_not_run_is_an_error() {
    let lmp2_in_the_wec = lmp2(&["gold", "platinum", "silver"]);
    let found = errors(
        &lmp2_in_the_wec,
        &RuleSet::wec_2024(),
        CrewChoice::Provisional,
    );
    assert_eq!(
        found,
        [
            "class-not-run Car #1 is entered in LMP2, a class this list does not run (Hypercar and LMGT3 only)."
        ]
    );
}

#[test]
fn a_wec_export_does_not_import_into_the_le_mans_list() {
    let base = Arc::new(le_mans());
    let error =
        crewbuilder::domain::lineup::import(&base, include_str!("../public/data/wec-2024.json"))
            .unwrap_err();
    assert_eq!(
        error,
        "it is the FIA WEC 2024 provisional entry list, not the 24 Hours of Le Mans 2024 entry list"
    );
}
