//! Narrowing the shipped entry list by class, make and search.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::{Class, EntryFilter, Season};

fn shown(filter: &EntryFilter) -> Vec<String> {
    let season = Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap();
    let mut numbers: Vec<String> = filter
        .shown(&season)
        .into_iter()
        .map(|(_, number)| number.to_string())
        .collect();
    numbers.sort_by_key(|number| number.parse::<u16>().unwrap());
    numbers
}

fn query(text: &str) -> EntryFilter {
    EntryFilter {
        query: text.to_string(),
        ..EntryFilter::default()
    }
}

#[test]
fn the_default_filter_shows_every_car() {
    assert!(!EntryFilter::default().is_active());
    assert_eq!(shown(&EntryFilter::default()).len(), 37);
}

#[test]
fn class_and_make_narrow_the_list() {
    let lmgt3 = EntryFilter {
        class: Some(Class::Lmgt3),
        ..EntryFilter::default()
    };
    assert_eq!(shown(&lmgt3).len(), 18);
    let porsche = EntryFilter {
        make: Some("Porsche".into()),
        ..EntryFilter::default()
    };
    assert_eq!(shown(&porsche), ["5", "6", "12", "38", "91", "92", "99"]);
    let lmgt3_porsche = EntryFilter {
        class: Some(Class::Lmgt3),
        ..porsche
    };
    assert_eq!(shown(&lmgt3_porsche), ["91", "92"]);
}

#[test]
fn search_finds_drivers_teams_and_numbers() {
    let cases: [(&str, &[&str]); 9] = [
        ("rossi", &["46"]),
        ("ROSSI", &["46"]),
        ("sorensen", &["777"]),
        ("lopez", &["87"]),
        ("#46", &["46"]),
        ("777", &["777"]),
        ("iron dames", &["85"]),
        ("button", &["38"]),
        ("wrt rossi", &["46"]),
    ];
    for (text, expected) in cases {
        assert_eq!(shown(&query(text)), expected, "search {text:?}");
    }
}

#[test]
fn search_with_no_match_shows_nothing() {
    assert!(shown(&query("senna")).is_empty());
    assert!(shown(&query("rossi hypercar-only-word")).is_empty());
}

#[test]
fn blank_search_shows_everything() {
    assert_eq!(shown(&query("   ")).len(), 37);
    assert!(!query("  ").is_active());
}

#[test]
fn active_filters_are_counted_one_by_one() {
    let all_three = EntryFilter {
        class: Some(Class::Lmgt3),
        make: Some("Porsche".to_string()),
        query: "manthey".to_string(),
    };
    let cases = [
        (EntryFilter::default(), 0),
        (query(" \t "), 0),
        (query("rossi"), 1),
        (
            EntryFilter {
                make: Some("BMW".to_string()),
                ..query("rossi")
            },
            2,
        ),
        (all_three, 3),
    ];
    for (filter, active) in cases {
        assert_eq!(filter.active_count(), active, "{filter:?}");
        assert_eq!(filter.is_active(), active > 0, "{filter:?}");
    }
}

#[test]
fn the_list_shows_hypercars_then_lmgt3_each_by_car_number() {
    let season = Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap();
    let shown = EntryFilter::default().shown(&season);
    let classes: Vec<Class> = shown.iter().map(|(class, _)| *class).collect();
    let first_lmgt3 = classes.iter().position(|&class| class == Class::Lmgt3);
    assert_eq!(first_lmgt3, Some(19), "19 Hypercars come first");
    assert!(classes[19..].iter().all(|&class| class == Class::Lmgt3));
    for class in Class::ALL {
        let numbers: Vec<u16> = shown
            .iter()
            .filter(|(of, _)| *of == class)
            .map(|(_, number)| number.to_string().parse().unwrap())
            .collect();
        assert!(numbers.is_sorted(), "{class}: {numbers:?}");
        let in_class: Vec<String> = season
            .entries_in(class)
            .iter()
            .map(|entry| entry.number.to_string())
            .collect();
        let shown_in_class: Vec<String> = numbers.iter().map(u16::to_string).collect();
        assert_eq!(in_class, shown_in_class, "{class}: one order");
    }
}
