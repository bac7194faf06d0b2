//! Each rule of the 2024 rule set, on both sides of its boundary.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crewbuilder::domain::rules::{CrewChoice, EventKind, Report, RuleSet, Severity, check};
use support::{EntrySpec, crew_of, season};

fn report(entries: &[EntrySpec], event: EventKind) -> Report {
    check(
        &season(entries),
        &RuleSet::wec_2024(),
        event,
        CrewChoice::Provisional,
    )
}

/// The rule ids found, errors then warnings, each list sorted.
fn rules(report: &Report) -> (Vec<String>, Vec<String>) {
    let of = |severity| {
        let mut ids: Vec<String> = report
            .findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .map(|finding| finding.rule.clone())
            .collect();
        ids.sort();
        ids
    };
    (of(Severity::Error), of(Severity::Warning))
}

/// Class, what the case is, crew ratings ("tba" for a TBA seat), event,
/// the errors and the warnings expected.
type CrewCase = (
    &'static str,
    &'static str,
    &'static [&'static str],
    EventKind,
    &'static [&'static str],
    &'static [&'static str],
);

#[test]
fn one_crew_at_a_time() {
    use EventKind::{LeMans, SixOrEightHours as Six};
    #[rustfmt::skip]
    let cases: &[CrewCase] = &[
        ("lmgt3", "two drivers with a Bronze", &["bronze", "platinum"], Six, &[], &[]),
        ("lmgt3", "two drivers without a Bronze", &["silver", "platinum"], Six, &["lmgt3-bronze-required"], &[]),
        ("lmgt3", "Bronze, Bronze, Platinum", &["bronze", "bronze", "platinum"], Six, &[], &[]),
        ("lmgt3", "Bronze, Silver, Gold", &["bronze", "silver", "gold"], Six, &[], &[]),
        ("lmgt3", "Bronze, Silver, Platinum", &["bronze", "silver", "platinum"], Six, &[], &[]),
        ("lmgt3", "Bronze, Gold, Platinum", &["bronze", "gold", "platinum"], Six, &["lmgt3-composition"], &[]),
        ("lmgt3", "Bronze, Gold, Gold", &["bronze", "gold", "gold"], Six, &["lmgt3-composition"], &[]),
        ("lmgt3", "Silver, Silver, Bronze", &["silver", "silver", "bronze"], Six, &[], &[]),
        ("lmgt3", "Bronze, Bronze, Bronze", &["bronze", "bronze", "bronze"], Six, &[], &[]),
        ("lmgt3", "Silver, Silver, Platinum", &["silver", "silver", "platinum"], Six, &["lmgt3-bronze-required"], &[]),
        ("lmgt3", "three pros", &["platinum", "gold", "platinum"], Six, &["lmgt3-bronze-required"], &[]),
        ("hypercar", "no Bronze", &["platinum", "gold", "silver"], Six, &[], &[]),
        ("hypercar", "a Bronze", &["platinum", "gold", "bronze"], Six, &["hypercar-no-bronze"], &[]),
        ("hypercar", "one driver", &["platinum"], Six, &["crew-size"], &[]),
        ("hypercar", "two drivers", &["platinum", "gold"], Six, &[], &[]),
        ("hypercar", "four drivers", &["platinum", "gold", "silver", "platinum"], Six, &["crew-size"], &[]),
        ("hypercar", "two drivers at Le Mans", &["platinum", "gold"], LeMans, &["crew-size"], &[]),
        ("hypercar", "three drivers at Le Mans", &["platinum", "gold", "silver"], LeMans, &[], &[]),
        ("lmgt3", "two TBA seats beside Rossi", &["silver", "tba", "tba"], Six, &[], &["crew-incomplete"]),
        ("lmgt3", "a Platinum and a Bronze, one TBA", &["platinum", "bronze", "tba"], Six, &[], &["crew-incomplete"]),
        ("lmgt3", "two Platinums and one TBA seat", &["platinum", "platinum", "tba"], Six, &["crew-impossible"], &["crew-incomplete"]),
        ("lmgt3", "Gold, Platinum and one TBA seat", &["gold", "platinum", "tba"], Six, &["crew-impossible"], &["crew-incomplete"]),
        ("lmgt3", "Silver, Silver and one TBA seat", &["silver", "silver", "tba"], Six, &[], &["crew-incomplete"]),
        ("hypercar", "a Bronze and a TBA seat", &["bronze", "platinum", "tba"], Six, &["hypercar-no-bronze"], &["crew-incomplete"]),
        ("hypercar", "every seat TBA", &["tba", "tba", "tba"], Six, &[], &["crew-incomplete"]),
    ];
    assert_crew_cases(cases);
}

/// The rounds' own lengths (6, 8 and 10 Hours, and Le Mans): two or three
/// drivers up to ten hours, three at Le Mans; a two-driver LMGT3 crew still
/// needs its Bronze.
#[test]
fn each_round_length_at_its_crew_size_boundaries() {
    use EventKind::{EightHours as Eight, LeMans, SixHours as Six, TenHours as Ten};
    #[rustfmt::skip]
    let cases: &[CrewCase] = &[
        ("hypercar", "one driver for 10 hours", &["platinum"], Ten, &["crew-size"], &[]),
        ("hypercar", "two drivers for 10 hours", &["platinum", "gold"], Ten, &[], &[]),
        ("hypercar", "three drivers for 10 hours", &["platinum", "gold", "silver"], Ten, &[], &[]),
        ("hypercar", "four drivers for 10 hours", &["platinum", "gold", "silver", "gold"], Ten, &["crew-size"], &[]),
        ("hypercar", "two drivers for 8 hours", &["platinum", "gold"], Eight, &[], &[]),
        ("hypercar", "four drivers for 8 hours", &["platinum", "gold", "silver", "gold"], Eight, &["crew-size"], &[]),
        ("hypercar", "one driver for 6 hours", &["platinum"], Six, &["crew-size"], &[]),
        ("hypercar", "two drivers for 6 hours", &["platinum", "gold"], Six, &[], &[]),
        ("hypercar", "two drivers at Le Mans", &["platinum", "gold"], LeMans, &["crew-size"], &[]),
        ("lmgt3", "two drivers for 10 hours with a Bronze", &["bronze", "platinum"], Ten, &[], &[]),
        ("lmgt3", "two drivers for 10 hours without", &["silver", "platinum"], Ten, &["lmgt3-bronze-required"], &[]),
        ("lmgt3", "Bronze, Gold, Platinum for 10 hours", &["bronze", "gold", "platinum"], Ten, &["lmgt3-composition"], &[]),
        ("lmgt3", "Bronze, Silver, Platinum for 10 hours", &["bronze", "silver", "platinum"], Ten, &[], &[]),
        ("lmgt3", "two drivers for 8 hours without a Bronze", &["gold", "platinum"], Eight, &["lmgt3-bronze-required"], &[]),
        ("lmgt3", "a Bronze in two for 6 hours", &["platinum", "bronze"], Six, &[], &[]),
    ];
    assert_crew_cases(cases);
}

/// Checks each case's crew alone in a car #46 of its class.
fn assert_crew_cases(cases: &[CrewCase]) {
    for &(class, what, crew, event, errors, warnings) in cases {
        let make = if class == "lmgt3" { "BMW" } else { "Porsche" };
        let found = rules(&report(
            &[("46", class, make, class == "lmgt3", crew_of(crew))],
            event,
        ));
        assert_eq!(found, (to_vec(errors), to_vec(warnings)), "{class}: {what}");
    }
}

fn to_vec(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

#[test]
fn entry_list_rules() {
    let gt = |number, make, private, crew: &[&'static str]| {
        (
            number,
            "lmgt3",
            make,
            private,
            crew.iter().copied().map(Some).collect(),
        )
    };
    let hyper = |number, make, private| (number, "hypercar", make, private, vec![None, None]);
    let legal_gt = ["bronze-1", "platinum-1"];
    #[rustfmt::skip]
    let cases: Vec<(&str, Vec<EntrySpec>, &[&str])> = vec![
        ("distinct numbers", vec![gt("7", "BMW", true, &legal_gt), hyper("8", "Toyota", false)], &[]),
        ("a shared number", vec![gt("7", "BMW", true, &legal_gt), hyper("7", "Toyota", false)], &["duplicate-number"]),
        ("two LMGT3 cars of a make", vec![gt("1", "BMW", true, &["bronze-1", "platinum-1"]), gt("2", "BMW", true, &["bronze-2", "gold-1"])], &[]),
        ("three LMGT3 cars of a make", vec![
            gt("1", "BMW", true, &["bronze-1", "platinum-1"]),
            gt("2", "BMW", true, &["bronze-2", "gold-1"]),
            gt("3", "BMW", true, &["bronze-3", "silver-1"]),
        ], &["lmgt3-make-quota"]),
        ("a works LMGT3 car", vec![gt("1", "BMW", false, &legal_gt)], &["lmgt3-private-only"]),
        ("two works Hypercars and a private one", vec![
            hyper("5", "Porsche", false), hyper("6", "Porsche", false), hyper("12", "Porsche", true),
        ], &[]),
        ("three works Hypercars", vec![
            hyper("5", "Porsche", false), hyper("6", "Porsche", false), hyper("7", "Porsche", false),
        ], &["hypercar-works-quota"]),
    ];
    for (what, entries, errors) in cases {
        let (found, _) = rules(&report(&entries, EventKind::SixOrEightHours));
        assert_eq!(found, to_vec(errors), "{what}");
    }
}

#[test]
fn a_driver_may_race_only_one_car() {
    let crews = |first: &[Option<&'static str>], second: &[Option<&'static str>]| {
        let entries = [
            ("1", "hypercar", "Porsche", false, first.to_vec()),
            ("2", "hypercar", "Toyota", false, second.to_vec()),
        ];
        rules(&report(&entries, EventKind::SixOrEightHours)).0
    };
    assert!(
        crews(
            &[Some("gold-1"), Some("gold-2")],
            &[Some("gold-3"), Some("silver-1")]
        )
        .is_empty()
    );
    assert_eq!(
        crews(
            &[Some("gold-1"), Some("gold-2")],
            &[Some("gold-1"), Some("silver-1")]
        ),
        ["driver-in-two-cars"]
    );
    assert_eq!(
        crews(
            &[Some("gold-1"), Some("gold-1")],
            &[Some("gold-3"), Some("silver-1")]
        ),
        ["driver-in-two-cars"]
    );
}

#[test]
fn messages_say_what_is_wrong_and_how_to_fix_it() {
    let lmgt3 = |ratings: &[&str]| [("46", "lmgt3", "BMW", true, crew_of(ratings))];
    let report_46 = report(
        &lmgt3(&["bronze", "gold", "platinum"]),
        EventKind::SixOrEightHours,
    );
    let finding = &report_46.findings[0];
    assert_eq!(
        finding.message,
        "Car #46 (LMGT3): a three-driver crew needs a Silver or a second Bronze beside its Bronze; \
         it has Bronze, Gold, Platinum. To fix it, swap gold driver 1 (Gold) or platinum driver 1 (Platinum) \
         for a Bronze or Silver driver."
    );
    assert_eq!(
        finding
            .cars
            .iter()
            .map(|car| car.as_str())
            .collect::<Vec<_>>(),
        ["46"]
    );
    let drivers: Vec<&str> = finding.drivers.iter().map(|id| id.as_str()).collect();
    assert_eq!(drivers, ["bronze-1", "gold-1", "platinum-1"]);

    let impossible = report(
        &lmgt3(&["platinum", "platinum", "tba"]),
        EventKind::SixOrEightHours,
    );
    let messages: Vec<&str> = impossible
        .findings
        .iter()
        .map(|finding| finding.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "Car #46 (LMGT3): 1 of 3 seats is still TBA. The crew still needs a Bronze and a Bronze or Silver driver.",
            "Car #46 (LMGT3): no drivers in the TBA seat can make this crew legal: a three-driver crew needs a Silver \
             or a second Bronze beside its Bronze, and it has Platinum, Platinum. To fix it, swap platinum driver 1 \
             (Platinum) or platinum driver 2 (Platinum) for a Bronze or Silver driver.",
        ]
    );
}
