//! The shipped 2024 data under the 2024 rules: every real crew was legal.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::rules::{
    CarStatus, ClassTally, CrewChoice, EventKind, Report, RuleSet, Severity, check, ids,
};
use crewbuilder::domain::{CarNumber, Class, Season};

fn season() -> Season {
    Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap()
}

/// The cars of `class` (all classes when `None`) with a TBA seat in the
/// provisional list, counted from the data.
fn with_tba(class: Option<Class>) -> usize {
    season()
        .entries()
        .iter()
        .filter(|entry| class.is_none_or(|class| entry.class == class))
        .filter(|entry| entry.crew.seats().iter().any(Option::is_none))
        .count()
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
        with_tba(None),
        "one warning per car with a TBA seat"
    );
    assert_eq!(
        with_tba(None),
        33,
        "the list as published: all but #5, #6, #7, #8"
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
    let expected: Vec<(usize, usize, usize)> = RuleSet::wec_2024()
        .classes
        .into_iter()
        .map(|class| (0, with_tba(Some(class)), with_tba(Some(class))))
        .collect();
    assert_eq!(counts, expected);
    let statuses: Vec<CarStatus> = tally.iter().map(ClassTally::status).collect();
    assert_eq!(statuses, [CarStatus::Warning, CarStatus::Warning]);
    for (errors, warnings, status) in [
        (0, 0, CarStatus::Valid),
        (0, 2, CarStatus::Warning),
        (1, 0, CarStatus::Error),
        (1, 5, CarStatus::Error),
    ] {
        let class = ClassTally {
            errors,
            warnings,
            ..tally[0].clone()
        };
        assert_eq!(
            class.status(),
            status,
            "{errors} errors, {warnings} warnings"
        );
    }
    let car = |number: &str| CarNumber::try_from(number.to_string()).unwrap();
    assert_eq!(report.status_of(&car("7")), CarStatus::Valid);
    assert_eq!(report.status_of(&car("46")), CarStatus::Warning);
}
