//! Narrowing the shipped entry list by class, make and search.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::rules::RuleSet;
use crewbuilder::domain::{Class, EntryFilter, Season, class_choices};

fn shown(filter: &EntryFilter) -> Vec<String> {
    let season = Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap();
    let mut numbers: Vec<String> = filter
        .shown(&season, &RuleSet::wec_2024())
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
        subcategory: None,
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
    let shown = EntryFilter::default().shown(&season, &RuleSet::wec_2024());
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

#[test]
fn le_mans_offers_lmp2_pro_am_as_a_class_choice_and_filters_by_the_crew() {
    let season = Season::from_json(include_str!("../public/data/le-mans-2024.json")).unwrap();
    let rules = RuleSet::named(season.rules_name()).unwrap();
    let labels: Vec<String> = class_choices(&rules)
        .into_iter()
        .map(|(value, label)| format!("{value}={label}"))
        .collect();
    assert_eq!(
        labels,
        [
            "hypercar=Hypercar",
            "lmp2=LMP2",
            "lmp2/pro-am=LMP2 Pro/Am",
            "lmgt3=LMGT3"
        ]
    );
    let wec: Vec<String> = class_choices(&RuleSet::wec_2024())
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    assert_eq!(wec, ["hypercar", "lmgt3"]);
    let mut filter = EntryFilter::default();
    filter.choose_class("lmp2/pro-am");
    assert_eq!(
        (filter.class, filter.subcategory.as_deref()),
        (Some(Class::Lmp2), Some("pro-am"))
    );
    assert_eq!(filter.class_choice(), "lmp2/pro-am");
    // The February crews: only those already holding a Bronze are Pro/Am.
    let pro_am: Vec<String> = filter
        .shown(&season, &rules)
        .into_iter()
        .map(|(_, number)| number.to_string())
        .collect();
    for number in &pro_am {
        let entry = season
            .entries()
            .iter()
            .find(|entry| entry.number.as_str() == number)
            .unwrap();
        let bronze = entry
            .crew
            .drivers()
            .any(|id| season.driver(id).unwrap().rating == crewbuilder::domain::Rating::Bronze);
        assert!(bronze, "#{number}");
    }
    assert!(!pro_am.is_empty());
    filter.choose_class("lmp2");
    assert_eq!(filter.shown(&season, &rules).len(), 16);
    filter.choose_class("");
    assert_eq!((filter.class, filter.subcategory), (None, None));
}
