//! Properties of the rule engine, over generated crews and seasons, under
//! both lists' rule sets.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crewbuilder::domain::rules::{CrewChoice, EventKind, RuleSet, Severity, check, ids, outlook};
use crewbuilder::domain::{Class, Rating, Season};
use proptest::prelude::*;
use serde_json::json;
use support::{crew_of, season};

fn rating() -> impl Strategy<Value = Rating> {
    prop::sample::select(Rating::ALL.to_vec())
}

fn class() -> impl Strategy<Value = Class> {
    prop::sample::select(Class::ALL.to_vec())
}

/// A list's rules and the event its crews are checked for: the WEC list at
/// a 6 or 8 Hours round, or the Le Mans list (LMP2 and its Pro/Am crews,
/// no make quota) at the 24 Hours.
fn rules_of(list: usize) -> (RuleSet, EventKind) {
    match list % 2 {
        0 => (RuleSet::wec_2024(), EventKind::SixOrEightHours),
        _ => (RuleSet::le_mans_2024(), EventKind::LeMans),
    }
}

/// The errors the engine finds for a one-car season with this crew, under
/// the rules of `list` (see [`rules_of`]).
fn errors(list: usize, class: Class, crew: &[Option<Rating>]) -> Vec<String> {
    let (rules, event) = rules_of(list);
    let words: Vec<&str> = crew
        .iter()
        .map(|seat| seat.map_or("tba", Rating::slug))
        .collect();
    let make = if class == Class::Lmgt3 {
        "BMW"
    } else {
        "Porsche"
    };
    let season = season(&[(
        "46",
        class.slug(),
        make,
        class != Class::Hypercar,
        crew_of(&words),
    )]);
    check(&season, &rules, event, CrewChoice::Provisional)
        .findings
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .map(|finding| finding.rule)
        .collect()
}

proptest! {
    #[test]
    fn a_full_lmgt3_trio_is_legal_exactly_with_a_bronze_and_two_bronze_or_silver(
        trio in prop::array::uniform3(rating()),
        list in 0usize..2,
    ) {
        let bronzes = trio.iter().filter(|&&r| r == Rating::Bronze).count();
        let juniors = trio.iter().filter(|&&r| r <= Rating::Silver).count();
        let legal = bronzes >= 1 && juniors >= 2;
        let found = errors(list, Class::Lmgt3, &trio.map(Some));
        prop_assert_eq!(found.is_empty(), legal, "{:?}: {:?}", trio, found);
    }

    #[test]
    fn filling_a_tba_seat_keeps_a_legal_crew_possible_exactly_with_a_hinted_rating(
        class in class(),
        named in prop::collection::vec(rating(), 0..3),
        fill in rating(),
        list in 0usize..2,
    ) {
        let seats = 3;
        let (rules, _) = rules_of(list);
        let hints = outlook(&rules, class, seats, &named).seat_ratings;
        let mut crew: Vec<Option<Rating>> = named.iter().copied().map(Some).collect();
        crew.push(Some(fill));
        crew.resize(seats, None);
        let found = errors(list, class, &crew);
        if hints.contains(fill) {
            prop_assert!(!found.iter().any(|rule| rule == ids::CREW_IMPOSSIBLE), "{:?} → {:?}", crew, found);
        } else {
            // The rating is barred from the class, or no legal crew remains:
            // a full crew breaks a composition rule, an open one is impossible.
            let ban = rules.banned_ratings.iter().find(|ban| ban.class == class && ban.rating == fill);
            let full = named.len() + 1 == seats;
            let meant: Vec<&str> = match ban {
                Some(ban) => vec![ban.id.as_str()],
                None if full => rules.compositions.iter().filter(|rule| rule.class == class).map(|rule| rule.id.as_str()).collect(),
                None => vec![ids::CREW_IMPOSSIBLE],
            };
            prop_assert!(
                found.iter().any(|rule| meant.contains(&rule.as_str())),
                "{:?} with {} outside {}: found {:?}, meant one of {:?}", crew, fill, hints, found, meant
            );
        }
    }

    #[test]
    fn the_engine_never_panics_on_a_season_the_parser_accepts(
        cars in prop::collection::vec(
            (0u16..40, class(), 0usize..4, any::<bool>(), prop::collection::vec(prop::option::of(0usize..12), 0..6)),
            0..12,
        ),
        ratings in prop::collection::vec(rating(), 12),
    ) {
        let makes = ["BMW", "Porsche", "Ferrari", "Toyota"];
        let drivers: Vec<_> = ratings
            .iter()
            .enumerate()
            .map(|(n, rating)| json!({
                "id": format!("driver-{n}"), "name": format!("Driver {n}"), "nationality": null,
                "rating": rating.slug(), "confirmed": false,
            }))
            .collect();
        let entries: Vec<_> = cars
            .iter()
            .map(|(number, class, make, private, crew)| {
                let crew: Vec<Option<String>> = crew.iter().map(|seat| seat.map(|n| format!("driver-{n}"))).collect();
                json!({
                    "number": number.to_string(), "class": class.slug(), "team": "Team", "manufacturer": makes[*make],
                    "car": "Car", "private": private, "crew": crew, "season_crew": crew,
                })
            })
            .collect();
        let file = json!({
            "season": "x", "title": "x", "published": "2024-01-01", "sources": [],
            "drivers": drivers, "entries": entries,
        });
        let season = Season::from_json(&file.to_string()).expect("the generated season parses");
        for rules in [RuleSet::wec_2024(), RuleSet::le_mans_2024()] {
            for (event, crews) in rules.events.iter().flat_map(|&event| [(event, CrewChoice::Provisional), (event, CrewChoice::Season)]) {
                let report = check(&season, &rules, event, crews);
                prop_assert!(report.findings.iter().all(|finding| !finding.message.is_empty() && !finding.cars.is_empty()));
            }
        }
    }
}
