//! The season as it happened: the eight rounds of `wec-2024-rounds.json`,
//! each car's crew at each, checked by each round's rules.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::rounds::{Change, Mark, Rounds, SourceKind, Start};
use crewbuilder::domain::rules::{EventKind, RuleSet, Severity};
use crewbuilder::domain::{CarNumber, DriverId, Season};

fn wec() -> Season {
    Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap()
}

fn rounds(season: &Season) -> Rounds {
    Rounds::from_json(include_str!("../public/data/wec-2024-rounds.json"), season).unwrap()
}

fn car(number: &str) -> CarNumber {
    CarNumber::try_from(number.to_string()).unwrap()
}

fn ids(crew: impl IntoIterator<Item = Option<DriverId>>) -> Vec<String> {
    crew.into_iter()
        .map(|seat| seat.map_or("?".to_string(), |id| id.to_string()))
        .collect()
}

#[test]
fn the_eight_rounds_are_the_season_in_order_each_with_its_kind_of_race() {
    let season = wec();
    let rounds = rounds(&season);
    let found: Vec<(&str, EventKind, String)> = rounds
        .all()
        .iter()
        .map(|round| (round.id.as_str(), round.event, round.date.long()))
        .collect();
    use EventKind::*;
    assert_eq!(
        found,
        [
            ("qatar", TenHours, "2 March 2024".to_string()),
            ("imola", SixHours, "21 April 2024".to_string()),
            ("spa", SixHours, "11 May 2024".to_string()),
            ("le-mans", LeMans, "15 June 2024".to_string()),
            ("sao-paulo", SixHours, "14 July 2024".to_string()),
            ("austin", SixHours, "1 September 2024".to_string()),
            ("fuji", SixHours, "15 September 2024".to_string()),
            ("bahrain", EightHours, "2 November 2024".to_string()),
        ]
    );
    assert_eq!(
        rounds.round("qatar").unwrap().length(),
        "1812 km, 10 hours at most"
    );
}

#[test]
fn every_round_s_real_crews_load_and_break_no_rule() {
    let season = wec();
    let rules = RuleSet::wec_2024();
    let rounds = rounds(&season);
    for round in rounds.all() {
        assert!(
            rules.crew_size(round.event).is_some(),
            "{}: no crew rule",
            round.id
        );
        let report = rounds.check(round, &season, &rules);
        let errors: Vec<&str> = report
            .findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .map(|finding| finding.message.as_str())
            .collect();
        assert_eq!(errors, Vec::<&str>::new(), "{}", round.id);
    }
}

#[test]
fn every_car_at_every_round_names_its_source_or_what_was_searched() {
    let season = wec();
    let rounds = rounds(&season);
    let mut kinds = Vec::new();
    for round in rounds.all() {
        assert_eq!(round.cars.len(), season.entries().len(), "{}", round.id);
        for at_round in &round.cars {
            let place = format!("{} #{}", round.id, at_round.car);
            match (&at_round.source, &at_round.searched) {
                (Some(source), _) => {
                    assert!(
                        source.url.starts_with("https://"),
                        "{place}: {}",
                        source.url
                    );
                    kinds.push(source.kind);
                }
                (None, Some(searched)) => assert!(!searched.trim().is_empty(), "{place}"),
                (None, None) => panic!("{place}: no source and nothing searched"),
            }
        }
    }
    let results = kinds
        .iter()
        .filter(|kind| **kind == SourceKind::Result)
        .count();
    assert!(results >= 4 * 37, "{results} crews from a result");
}

#[test]
fn spa_had_two_driver_hypercars_and_le_mans_lopez_in_the_7() {
    let season = wec();
    let rounds = rounds(&season);
    let spa = rounds.round("spa").unwrap();
    let twelve = spa.car(&car("12")).unwrap().crew.clone().unwrap();
    assert_eq!(
        ids(twelve.seats().to_vec()),
        ["will-stevens", "callum-ilott"]
    );
    let at_spa = rounds.season_at(spa, &season);
    assert_eq!(at_spa.entry(&car("12")).unwrap().crew, twelve);
    let report = rounds.check(spa, &season, &RuleSet::wec_2024());
    assert_eq!(report.for_car(&car("12")).count(), 0);
    let le_mans = rounds.round("le-mans").unwrap();
    let seven = le_mans.car(&car("7")).unwrap().crew.clone().unwrap();
    let seven = ids(seven.seats().to_vec());
    assert!(seven.contains(&"jose-maria-lopez".to_string()), "{seven:?}");
    assert!(!seven.contains(&"mike-conway".to_string()), "{seven:?}");
}

#[test]
fn a_car_that_did_not_start_or_withdrew_is_not_checked_at_that_round() {
    let season = wec();
    let rounds = rounds(&season);
    let sao_paulo = rounds.round("sao-paulo").unwrap();
    assert_eq!(
        sao_paulo.car(&car("78")).unwrap().status,
        Start::DidNotStart
    );
    assert!(
        rounds
            .season_at(sao_paulo, &season)
            .entry(&car("78"))
            .is_none()
    );
    let fuji = rounds.round("fuji").unwrap();
    assert_eq!(fuji.car(&car("11")).unwrap().status, Start::Withdrawn);
    assert_eq!(rounds.season_at(fuji, &season).entries().len(), 36);
}

#[test]
fn what_changed_from_the_round_before_is_said_with_the_reason_a_source_gives() {
    let season = wec();
    let rounds = rounds(&season);
    let with_names = rounds.with_drivers(&season);
    let words = |round: &str, number: &str| -> Vec<String> {
        let round = rounds.round(round).unwrap();
        rounds
            .changes(round, &car(number))
            .iter()
            .map(|change| change.words(&with_names))
            .collect()
    };
    assert_eq!(
        words("imola", "35"),
        ["Jules Gounon in for Ferdinand Habsburg, injured in a test crash"]
    );
    assert_eq!(
        words("spa", "12"),
        [
            "Two drivers",
            "Norman Nato out, at the Formula E Berlin E-Prix"
        ]
    );
    assert_eq!(
        words("sao-paulo", "78"),
        ["Did not start, heavy crash in first free practice"]
    );
    assert!(words("austin", "11")[0].starts_with("Withdrawn"));
    assert_eq!(
        words("fuji", "11"),
        Vec::<String>::new(),
        "said once, where it happened"
    );
    assert_eq!(
        words("qatar", "35"),
        Vec::<String>::new(),
        "the first round"
    );
    let spa = rounds.round("spa").unwrap();
    assert!(matches!(
        rounds.changes(spa, &car("78")).as_slice(),
        [Change::InFor { .. }, Change::InFor { .. }]
    ));
}

#[test]
fn each_card_s_line_names_the_crew_what_changed_and_the_source() {
    let season = wec();
    let rounds = rounds(&season);
    let lines: std::collections::HashMap<String, _> = rounds
        .lines(rounds.round("spa").unwrap(), &season)
        .into_iter()
        .map(|(number, line)| (number.to_string(), line))
        .collect();
    assert_eq!(lines.len(), 37);
    let twelve = &lines["12"];
    assert_eq!(twelve.at, "At the 6 Hours of Spa-Francorchamps");
    assert_eq!(twelve.crew, "Will Stevens, Callum Ilott");
    assert_eq!(
        twelve.changes,
        [
            "Two drivers",
            "Norman Nato out, at the Formula E Berlin E-Prix"
        ]
    );
    let source = twelve.source.as_ref().unwrap();
    assert_eq!(source.kind.label(), "Result");
    assert!(source.url.ends_with("#L2"), "{}", source.url);
    let seventy_eight = &lines["78"];
    assert!(
        seventy_eight.crew.contains("Ritomo Miyata"),
        "a rounds-only driver by name"
    );
    let sao_paulo = rounds.lines(rounds.round("sao-paulo").unwrap(), &season);
    let eighty_one = &sao_paulo
        .iter()
        .find(|(number, _)| number.as_str() == "81")
        .unwrap()
        .1;
    assert_eq!(eighty_one.crew, "Crew not found");
    assert!(eighty_one.source.is_none() && eighty_one.searched.is_some());
}

#[test]
fn the_season_strip_marks_each_round_each_driver_raced() {
    let season = wec();
    let rounds = rounds(&season);
    let strip = rounds.strip(&car("35"));
    assert_eq!(strip.rounds.len(), 8);
    let row = |driver: &str| {
        let at = strip
            .drivers
            .iter()
            .position(|id| id.as_str() == driver)
            .unwrap();
        &strip.marks[at]
    };
    let habsburg = row("ferdinand-habsburg");
    assert_eq!(habsburg[0], Mark::Drove);
    assert_eq!(habsburg[1], Mark::Absent, "Imola: injured");
    assert_eq!(habsburg[2], Mark::Absent, "Spa: injured");
    assert_eq!(habsburg[3], Mark::Drove, "back at Le Mans");
    let gounon = row("jules-gounon");
    assert_eq!(&gounon[1..3], [Mark::Drove, Mark::Drove]);
    let strip_78 = rounds.strip(&car("78"));
    assert!(
        strip_78
            .marks
            .iter()
            .all(|row| row[4] == Mark::CarOut(Start::DidNotStart))
    );
}

mod starting_from_a_round {
    use super::*;
    use crewbuilder::domain::Rating;
    use crewbuilder::domain::lineup::{Edit, LineUp, open_share, share_code};
    use proptest::prelude::*;
    use std::sync::{Arc, OnceLock};

    fn base() -> Arc<Season> {
        static BASE: OnceLock<Arc<Season>> = OnceLock::new();
        BASE.get_or_init(|| Arc::new(wec())).clone()
    }

    fn shipped_rounds() -> &'static Rounds {
        static ROUNDS: OnceLock<Rounds> = OnceLock::new();
        ROUNDS.get_or_init(|| rounds(&base()))
    }

    /// A fan's line-up: seats filled and ratings changed at random.
    fn lineup(fills: &[(usize, usize, usize)], rates: &[(usize, Rating)]) -> LineUp {
        let mut lineup = LineUp::new(base());
        for &(car, seat, driver) in fills {
            let season = lineup.season();
            let edit = Edit::Fill {
                car: season.entries()[car % season.entries().len()]
                    .number
                    .clone(),
                seat: seat % 3,
                driver: season.drivers()[driver % season.drivers().len()].id.clone(),
            };
            lineup.apply(edit).unwrap();
        }
        for &(driver, rating) in rates {
            let id = lineup.season().drivers()[driver % base().drivers().len()]
                .id
                .clone();
            lineup.apply(Edit::Rate { driver: id, rating }).unwrap();
        }
        lineup
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever the fan had, one edit gives every car that started the
        /// round its crew (seats no source names left open), keeps the
        /// fan's ratings, is one undo step, and a share link carries it.
        #[test]
        fn a_round_s_crews_become_the_base_in_one_undo_step(
            fills in prop::collection::vec((any::<usize>(), any::<usize>(), any::<usize>()), 0..12),
            rates in prop::collection::vec((any::<usize>(), prop::sample::select(Rating::ALL.to_vec())), 0..4),
            at in 0usize..8,
        ) {
            let mut lineup = lineup(&fills, &rates);
            let before = lineup.season().clone();
            let round = &shipped_rounds().all()[at];
            lineup.apply(shipped_rounds().start_from(round, &before)).unwrap();
            for car in round.cars.iter().filter(|car| car.status == Start::Started) {
                let Some(crew) = &car.crew else { continue };
                let seats = lineup.season().entry(&car.car).unwrap().crew.seats().to_vec();
                let mut wanted = crew.seats().to_vec();
                wanted.resize(seats.len(), None);
                prop_assert_eq!(seats, wanted, "{} #{}", &round.id, &car.car);
            }
            for driver in before.drivers() {
                prop_assert_eq!(lineup.season().driver(&driver.id).unwrap().rating, driver.rating);
            }
            let shared = open_share(base(), &share_code(&lineup)).unwrap();
            prop_assert_eq!(shared.season(), lineup.season());
            prop_assert!(lineup.undo());
            prop_assert_eq!(lineup.season(), &before);
        }
    }
}
