//! The shipped data file, `public/data/wec-2024.json`, against the facts of
//! the 2024 provisional entry list.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::{Class, DriverId, Rating, Season};
use std::collections::BTreeMap;

fn season() -> Season {
    let text = include_str!("../public/data/wec-2024.json");
    Season::from_json(text)
        .unwrap_or_else(|error| panic!("the shipped data file is rejected: {error}"))
}

fn id(slug: &str) -> DriverId {
    DriverId::try_from(slug.to_string()).unwrap()
}

#[test]
fn lists_19_hypercars_and_18_lmgt3_cars() {
    let season = season();
    assert_eq!(season.entries().len(), 37);
    assert_eq!(season.entries_in(Class::Hypercar).len(), 19);
    assert_eq!(season.entries_in(Class::Lmgt3).len(), 18);
    assert_eq!(
        [None, Some(Class::Hypercar), Some(Class::Lmgt3)].map(|class| season.car_count(class)),
        [37, 19, 18]
    );
    assert_eq!(season.title(), "FIA WEC 2024 provisional entry list");
    assert_eq!(season.published().to_string(), "2023-11-27");
}

#[test]
fn nine_lmgt3_makes_enter_two_cars_each() {
    let season = season();
    let mut per_make: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in season.entries_in(Class::Lmgt3) {
        *per_make.entry(&entry.manufacturer).or_default() += 1;
    }
    assert_eq!(per_make.len(), 9, "{per_make:?}");
    assert!(per_make.values().all(|&cars| cars == 2), "{per_make:?}");
}

#[test]
fn every_seat_names_a_known_driver_or_is_tba() {
    let season = season();
    let mut tba = 0;
    for entry in season.entries() {
        assert_eq!(entry.crew.seats().len(), 3, "car #{}", entry.number);
        for seat in entry.crew.seats().iter().chain(entry.season_crew.seats()) {
            match seat {
                Some(driver) => assert!(season.driver(driver).is_some(), "{driver}"),
                None => tba += 1,
            }
        }
        assert_eq!(entry.season_crew.tba_seats(), 0, "car #{}", entry.number);
    }
    assert!(
        tba > 37,
        "the provisional list had many TBA seats, found {tba}"
    );
}

#[test]
fn rossi_is_a_confirmed_silver_in_the_46() {
    let season = season();
    let rossi = season
        .driver(&id("valentino-rossi"))
        .expect("Rossi is listed");
    assert_eq!(rossi.rating, Rating::Silver);
    assert!(rossi.confirmed);
    let car46 = season
        .entries()
        .iter()
        .find(|entry| entry.number.as_str() == "46")
        .unwrap();
    assert_eq!(car46.class, Class::Lmgt3);
    assert_eq!(
        car46.crew.seats(),
        [Some(id("valentino-rossi")), None, None]
    );
    assert_eq!(
        car46.season_crew.drivers().cloned().collect::<Vec<_>>(),
        [
            id("ahmad-al-harthy"),
            id("valentino-rossi"),
            id("maxime-martin")
        ]
    );
}

#[test]
fn only_the_four_customer_hypercars_and_all_lmgt3_cars_are_private() {
    let season = season();
    let private_hypercars: Vec<&str> = season
        .entries_in(Class::Hypercar)
        .into_iter()
        .filter(|entry| entry.private)
        .map(|entry| entry.number.as_str())
        .collect();
    assert_eq!(private_hypercars, ["12", "38", "83", "99"]);
    assert!(
        season
            .entries_in(Class::Lmgt3)
            .iter()
            .all(|entry| entry.private)
    );
}

/// Both shipped lists.
fn lists() -> [Season; 2] {
    let le_mans = include_str!("../public/data/le-mans-2024.json");
    [season(), Season::from_json(le_mans).unwrap()]
}

#[test]
fn every_confirmed_rating_names_its_source_and_every_other_what_was_searched() {
    for driver in lists().iter().flat_map(Season::drivers) {
        match (&driver.source, driver.confirmed) {
            (Some(source), true) => {
                let date = &source.date;
                let dated = [4, 7, 10].contains(&date.len())
                    && date.starts_with("202")
                    && date.bytes().all(|b| b.is_ascii_digit() || b == b'-');
                assert!(dated, "{}: date {date:?}", driver.id);
                assert!(
                    source
                        .url
                        .as_deref()
                        .is_none_or(|url| url.starts_with("https://")
                            || url.starts_with("http://")),
                    "{}: {:?}",
                    driver.id,
                    source.url
                );
            }
            (None, false) => {
                let note = driver.note.as_deref().unwrap_or_default();
                assert!(
                    note.starts_with("Unconfirmed for 2024") && note.contains("searched"),
                    "{}: {note:?}",
                    driver.id
                );
            }
            (source, confirmed) => panic!(
                "{}: confirmed {confirmed} with source {source:?}",
                driver.id
            ),
        }
    }
}

#[test]
fn the_readme_states_how_many_ratings_are_confirmed() {
    let readme = include_str!("../README.md");
    for (season, whose) in lists().iter().zip(["the", "its"]) {
        let confirmed = season.drivers().iter().filter(|d| d.confirmed).count();
        let total = season.drivers().len();
        let said = format!("{confirmed} of {whose} {total} drivers' ratings");
        assert!(readme.contains(&said), "the README should say {said:?}");
    }
}

#[test]
fn the_about_panel_lists_every_unconfirmed_rating_once_by_rating() {
    let season = season();
    let groups = season.unconfirmed_ratings();
    let ratings: Vec<Rating> = groups.iter().map(|(rating, _)| *rating).collect();
    assert_eq!(
        ratings,
        [
            Rating::Platinum,
            Rating::Gold,
            Rating::Silver,
            Rating::Bronze
        ]
    );
    for (rating, drivers) in &groups {
        assert!(
            drivers
                .iter()
                .all(|driver| !driver.confirmed && driver.rating == *rating)
        );
    }
    let listed: usize = groups.iter().map(|(_, drivers)| drivers.len()).sum();
    let unconfirmed = season.drivers().iter().filter(|d| !d.confirmed).count();
    assert_eq!(listed, unconfirmed);
    let silver = &groups[2].1;
    assert!(!silver.iter().any(|driver| driver.name == "Valentino Rossi"));
}
