//! The shipped 2024 data under the 2024 rules: every real crew was legal.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::rules::{
    CarStatus, CrewChoice, EventKind, Report, RuleSet, Severity, check, ids,
};
use crewbuilder::domain::{CarNumber, Season};

fn season() -> Season {
    Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap()
}

fn report(event: EventKind, crews: CrewChoice) -> Report {
    check(&season(), &RuleSet::wec_2024(), event, crews)
}

#[test]
fn the_provisional_crews_only_have_tba_warnings() {
    let report = report(EventKind::SixOrEightHours, CrewChoice::Provisional);
    assert!(report.is_valid(), "{:#?}", report.findings);
    assert!(
        report
            .findings
            .iter()
            .all(|finding| finding.rule == ids::CREW_INCOMPLETE)
    );
    assert_eq!(
        report.count(Severity::Warning),
        33,
        "every car but the 4 fully named ones"
    );
}

#[test]
fn the_season_crews_break_no_rule() {
    let report = report(EventKind::SixOrEightHours, CrewChoice::Season);
    assert_eq!(report.findings, []);
}

#[test]
fn at_le_mans_only_the_two_driver_cadillac_falls_short() {
    // The #2 started the season with two drivers; Álex Palou joined it at Le Mans.
    let report = report(EventKind::LeMans, CrewChoice::Season);
    let found: Vec<(&str, &str)> = report
        .findings
        .iter()
        .map(|finding| (finding.rule.as_str(), finding.cars[0].as_str()))
        .collect();
    assert_eq!(found, [("crew-size", "2")]);
}

#[test]
fn the_tally_counts_per_class_and_lists_cars_by_status() {
    let season = season();
    let report = report(EventKind::SixOrEightHours, CrewChoice::Provisional);
    let tally = report.tally(&season);
    let counts: Vec<(usize, usize, usize)> = tally
        .iter()
        .map(|class| (class.errors, class.warnings, class.cars_with_warnings.len()))
        .collect();
    // Named in full in November: #5, #6, #7 and #8 (Hypercar).
    assert_eq!(counts, [(0, 15, 15), (0, 18, 18)]);
    let car = |number: &str| CarNumber::try_from(number.to_string()).unwrap();
    assert_eq!(report.status_of(&car("7")), CarStatus::Valid);
    assert_eq!(report.status_of(&car("46")), CarStatus::Warning);
}
