//! The Le Mans driving-time rules, each on both sides of its boundary, and
//! "Suggest a plan" on the shipped list.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crewbuilder::domain::lineup::{Edit, LineUp};
use crewbuilder::domain::rules::{CrewChoice, EventKind, Report, RuleSet, check, suggest_plan};
use crewbuilder::domain::{CarNumber, DriverId, RaceTime, Season, Stint, StintPlan};
use std::sync::Arc;
use support::{crew_of, season};

fn id(text: &str) -> DriverId {
    DriverId::try_from(text.to_string()).unwrap()
}

fn car(number: &str) -> CarNumber {
    CarNumber::try_from(number.to_string()).unwrap()
}

/// A plan from `(driver, from, to)` in minutes.
fn plan(stints: &[(&str, u16, u16)]) -> StintPlan {
    let stint = |&(driver, from, to): &(&str, u16, u16)| {
        let time = |minutes| RaceTime::from_minutes(minutes).unwrap();
        Stint::new(id(driver), time(from), time(to)).unwrap()
    };
    StintPlan::new(stints.iter().map(stint).collect())
}

/// The Le Mans report of `season` once car `number` has `stints`.
fn planned(season: Season, number: &str, stints: &[(&str, u16, u16)]) -> Report {
    let mut lineup = LineUp::new(Arc::new(season));
    lineup
        .apply(Edit::Plan {
            car: car(number),
            plan: plan(stints),
        })
        .unwrap();
    let rules = RuleSet::wec_2024();
    check(
        lineup.season(),
        &rules,
        EventKind::LeMans,
        CrewChoice::Provisional,
    )
}

fn ids_of(report: &Report) -> Vec<&str> {
    report
        .findings
        .iter()
        .map(|finding| finding.rule.as_str())
        .collect()
}

/// What the case is, class, the stints, the rule, the driver watched
/// (`None` for the whole plan), whether the rule is broken.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, u16, u16)],
    &'static str,
    Option<&'static str>,
    bool,
);

const B: &str = "bronze-1";
const S: &str = "silver-1";
const P: &str = "platinum-1";
const H: u16 = 60;

#[test]
fn each_rule_at_its_boundary() {
    #[rustfmt::skip]
    let cases: &[Case] = &[
        ("4 h in one go", "lmgt3", &[(P, 0, 4 * H), (B, 4 * H, 24 * H)], "stint-window-4-in-6", Some(P), false),
        ("4 h 1 min in one go", "lmgt3", &[(P, 0, 4 * H + 1), (B, 4 * H + 1, 24 * H)], "stint-window-4-in-6", Some(P), true),
        ("2 h + 2 h in 6 h", "lmgt3", &[(P, 0, 2 * H), (S, 2 * H, 4 * H), (P, 4 * H, 6 * H), (B, 6 * H, 24 * H)], "stint-window-4-in-6", Some(P), false),
        ("2 h + 2 h 1 min in 6 h", "lmgt3", &[(P, 0, 2 * H), (S, 2 * H, 4 * H - 1), (P, 4 * H - 1, 6 * H), (B, 6 * H, 24 * H)], "stint-window-4-in-6", Some(P), true),
        ("4 h in a window from 01:40", "lmgt3", &[(S, 0, 100), (P, 100, 220), (S, 220, 340), (P, 340, 460), (B, 460, 24 * H)], "stint-window-4-in-6", Some(P), false),
        ("4 h 1 min in a window from 01:40", "lmgt3", &[(S, 0, 100), (P, 100, 220), (S, 220, 339), (P, 339, 460), (B, 460, 24 * H)], "stint-window-4-in-6", Some(P), true),
        ("14 h in all", "hypercar", &[(P, 0, 4 * H), (S, 4 * H, 6 * H), (P, 6 * H, 10 * H), (S, 10 * H, 12 * H), (P, 12 * H, 16 * H), (S, 16 * H, 18 * H), (P, 18 * H, 20 * H), (S, 20 * H, 24 * H)], "stint-max-total", Some(P), false),
        ("14 h 1 min in all", "hypercar", &[(P, 0, 4 * H), (S, 4 * H, 6 * H), (P, 6 * H, 10 * H), (S, 10 * H, 12 * H), (P, 12 * H, 16 * H), (S, 16 * H, 18 * H), (P, 18 * H, 20 * H + 1), (S, 20 * H + 1, 24 * H)], "stint-max-total", Some(P), true),
        ("Bronze 6 h", "lmgt3", &[(B, 0, 4 * H), (P, 4 * H, 6 * H), (B, 6 * H, 8 * H), (S, 8 * H, 24 * H)], "stint-min-bronze-silver", Some(B), false),
        ("Bronze 5 h 59 min", "lmgt3", &[(B, 0, 4 * H), (P, 4 * H, 6 * H), (B, 6 * H, 8 * H - 1), (S, 8 * H - 1, 24 * H)], "stint-min-bronze-silver", Some(B), true),
        ("Silver 5 h 59 min", "lmgt3", &[(S, 0, 4 * H), (P, 4 * H, 6 * H), (S, 6 * H, 8 * H - 1), (B, 8 * H - 1, 24 * H)], "stint-min-bronze-silver", Some(S), true),
        ("Silver with no time in Hypercar", "hypercar", &[(P, 0, 12 * H), (S, 12 * H, 24 * H)], "stint-min-bronze-silver", Some(P), false),
        ("start to finish", "lmgt3", &[(B, 0, 12 * H), (S, 12 * H, 24 * H)], "stint-coverage", None, false),
        ("a minute's gap", "lmgt3", &[(B, 0, 12 * H), (S, 12 * H + 1, 24 * H)], "stint-coverage", None, true),
        ("a minute's overlap", "lmgt3", &[(B, 0, 12 * H + 1), (S, 12 * H, 24 * H)], "stint-coverage", None, true),
        ("a late start", "lmgt3", &[(B, 1, 12 * H), (S, 12 * H, 24 * H)], "stint-coverage", None, true),
        ("an early finish", "lmgt3", &[(B, 0, 12 * H), (S, 12 * H, 24 * H - 1)], "stint-coverage", None, true),
        ("a driver of the crew", "lmgt3", &[(B, 0, 12 * H), (S, 12 * H, 24 * H)], "stint-driver-not-in-crew", None, false),
        ("a driver from another car", "lmgt3", &[(B, 0, 12 * H), ("gold-3", 12 * H, 24 * H)], "stint-driver-not-in-crew", None, true),
    ];
    for (case, class, stints, rule, driver, broken) in cases {
        let crew = crew_of(&["bronze", "silver", "platinum"]);
        let report = planned(season(&[("46", class, "BMW", true, crew)]), "46", stints);
        let found = report.findings.iter().any(|finding| {
            finding.rule == *rule
                && driver.is_none_or(|driver| finding.drivers.contains(&id(driver)))
        });
        assert_eq!(found, *broken, "{case}: {:#?}", report.findings);
    }
}

/// The shipped list with the #46 crewed as it raced in 2024.
fn shipped_46() -> Season {
    let text = std::fs::read_to_string("public/data/wec-2024.json").unwrap();
    let mut lineup = LineUp::new(Arc::new(Season::from_json(&text).unwrap()));
    for (seat, driver) in ["valentino-rossi", "ahmad-al-harthy", "maxime-martin"]
        .into_iter()
        .enumerate()
    {
        let (car, driver) = (car("46"), id(driver));
        lineup.apply(Edit::Fill { car, seat, driver }).unwrap();
    }
    lineup.season().clone()
}

#[test]
fn findings_say_what_breaks_where_and_by_how_much() {
    let stints = [
        ("maxime-martin", 0, 130),
        ("valentino-rossi", 130, 260),
        ("ahmad-al-harthy", 260, 330),
        ("valentino-rossi", 330, 460),
        ("ahmad-al-harthy", 460, 1440),
    ];
    let report = planned(shipped_46(), "46", &stints);
    let window = report
        .findings
        .iter()
        .find(|finding| finding.rule == "stint-window-4-in-6")
        .expect("a window finding");
    assert_eq!(
        window.message,
        "Car #46 (LMGT3): Valentino Rossi drives 4 h 20 min between 02:10 and 08:10; the limit is 4 h in any 6 h (20 min too many)."
    );
    let span = window.span.expect("a window has a span");
    assert_eq!(
        (span.from.to_string(), span.to.to_string()),
        ("02:10".into(), "08:10".into())
    );
    assert_eq!(window.drivers, [id("valentino-rossi")]);
    let messages: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(messages.contains(&"Car #46 (LMGT3): Ahmad Al Harthy drives 17 h 30 min in all; the limit is 14 h (3 h 30 min too many)."), "{messages:#?}");
    assert!(messages.contains(&"Car #46 (LMGT3): Valentino Rossi (Silver) drives 4 h 20 min in all; every Bronze or Silver driver in LMGT3 drives at least 6 h (1 h 40 min short)."), "{messages:#?}");
}

#[test]
fn a_suggested_plan_for_the_46_is_legal_and_favours_the_platinum() {
    let season = shipped_46();
    let rules = RuleSet::wec_2024();
    let entry = &season.entries()[season.entry_position(&car("46")).unwrap()];
    let plan = suggest_plan(&season, &rules, EventKind::LeMans, entry, &entry.crew, 55).unwrap();
    assert!(plan.stints().iter().all(|stint| stint.minutes() <= 55));
    assert_eq!(plan.stints().len(), 27);
    let report = planned(season.clone(), "46", &as_minutes(&plan));
    let stint_rules: Vec<&str> = ids_of(&report)
        .into_iter()
        .filter(|rule| rule.starts_with("stint-"))
        .collect();
    assert!(stint_rules.is_empty(), "{stint_rules:?}");
    let [martin, rossi, al_harthy] = ["maxime-martin", "valentino-rossi", "ahmad-al-harthy"]
        .map(|driver| plan.total_of(&id(driver)));
    assert!(rossi >= 360 && al_harthy >= 360, "{rossi} {al_harthy}");
    // The Platinum gets all the rest: the others no more than one stint over their 6 h.
    assert!(
        rossi < 360 + 55 && al_harthy < 360 + 55,
        "{rossi} {al_harthy}"
    );
    assert_eq!(martin + rossi + al_harthy, 1440);
}

fn as_minutes(plan: &StintPlan) -> Vec<(&str, u16, u16)> {
    plan.stints()
        .iter()
        .map(|stint| {
            (
                stint.driver.as_str(),
                stint.from.minutes(),
                stint.to.minutes(),
            )
        })
        .collect()
}

#[test]
fn a_suggestion_says_which_rule_makes_a_plan_impossible() {
    let rules = RuleSet::wec_2024();
    #[rustfmt::skip]
    let cases: &[(&str, &[&str], u16, &str)] = &[
        ("one driver", &["platinum"], 55, "stint-max-total"),
        ("a stint over 4 h", &["bronze", "silver", "platinum"], 241, "stint-window-4-in-6"),
        ("a TBA seat", &["bronze", "tba", "platinum"], 55, "crew-incomplete"),
    ];
    for (case, ratings, stint, rule) in cases {
        let season = season(&[("46", "lmgt3", "BMW", true, crew_of(ratings))]);
        let entry = &season.entries()[0];
        let refused = suggest_plan(
            &season,
            &rules,
            EventKind::LeMans,
            entry,
            &entry.crew,
            *stint,
        )
        .expect_err(case);
        assert_eq!(refused.rule, *rule, "{case}: {}", refused.message);
    }
    let season = season(&[("7", "hypercar", "Toyota", false, crew_of(&["platinum"]))]);
    let entry = &season.entries()[0];
    let refused =
        suggest_plan(&season, &rules, EventKind::LeMans, entry, &entry.crew, 55).unwrap_err();
    assert_eq!(
        refused.message,
        "One driver may drive 14 h between them, at most 14 h each, and the race lasts 24 h. Add a driver."
    );
}

#[test]
fn plan_files_name_the_place_of_a_problem() {
    use crewbuilder::domain::PlanFile;
    let season = shipped_46();
    let cases = [
        (
            r#"{"car": "998", "plan": []}"#,
            "car: there is no car #998 in the 2024 list (line 1, column 13)",
        ),
        (
            r#"{"car": "46", "plan": [{"driver": "valentino-rosi", "from": "00:00", "to": "01:00"}]}"#,
            "plan[0].driver: unknown driver \"valentino-rosi\" (did you mean \"valentino-rossi\"?) (line 1, column 50)",
        ),
        (
            r#"{"car": "46", "plan": [{"driver": "valentino-rossi", "from": "00:00", "to": "25:00"}]}"#,
            "plan[0].to: \"25:00\" is not a race time from 00:00 to 24:00 (HH:MM) (line 1, column 84)",
        ),
        (
            r#"{"car": "46", "plan": [{"driver": "valentino-rossi", "from": "02:00", "to": "01:00"}]}"#,
            "plan[0]: a stint must end after it starts (02:00 to 01:00) (line 1, column 85)",
        ),
    ];
    for (text, expected) in cases {
        let error = PlanFile::from_json(text, &season).expect_err(text);
        assert_eq!(error.to_string(), expected);
    }
}

#[test]
fn the_rules_read_as_one_sentence_from_the_rule_set() {
    let rules = RuleSet::wec_2024();
    let time = rules.driving_time(EventKind::LeMans).unwrap();
    assert_eq!(
        time.summary(),
        "No driver may drive more than 4 h in any 6 h; no driver may drive more than 14 h in all; every Bronze or Silver driver in LMGT3 drives at least 6 h; the stints must cover the race from start to finish, one driver at a time."
    );
    assert!(rules.driving_time(EventKind::SixOrEightHours).is_none());
}
