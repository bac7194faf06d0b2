//! Building small seasons for rule tests. Every season has the same roster:
//! three drivers per rating, `bronze-1` to `platinum-3`.

use crewbuilder::domain::Season;
use serde_json::{Value, json};

/// An entry: number, class, make, private, crew (driver ids, `None` for TBA).
pub type EntrySpec<'a> = (&'a str, &'a str, &'a str, bool, Vec<Option<&'a str>>);

const RATINGS: [&str; 4] = ["bronze", "silver", "gold", "platinum"];

/// A season of the roster and these entries; each crew is also its season crew.
pub fn season(entries: &[EntrySpec]) -> Season {
    let drivers: Vec<Value> = RATINGS
        .iter()
        .flat_map(|rating| {
            (1..=3).map(move |n| {
                json!({
                    "id": format!("{rating}-{n}"), "name": format!("{rating} driver {n}"),
                    "nationality": "GBR", "rating": rating, "confirmed": true,
                })
            })
        })
        .collect();
    let entries: Vec<Value> = entries
        .iter()
        .map(|(number, class, make, private, crew)| {
            json!({
                "number": number, "class": class, "team": format!("{make} team"), "manufacturer": make,
                "car": format!("{make} car"), "private": private, "crew": crew, "season_crew": crew,
            })
        })
        .collect();
    let file = json!({
        "season": "2024", "title": "test", "published": "2023-11-27", "sources": [],
        "drivers": drivers, "entries": entries,
    });
    Season::from_json(&file.to_string())
        .unwrap_or_else(|error| panic!("test season rejected: {error}"))
}

/// The roster's first unused driver of each rating word in `ratings`
/// ("bronze", "gold"…), as a crew; `"tba"` is a TBA seat.
pub fn crew_of(ratings: &[&str]) -> Vec<Option<&'static str>> {
    let ids: [[&'static str; 3]; 4] = [
        ["bronze-1", "bronze-2", "bronze-3"],
        ["silver-1", "silver-2", "silver-3"],
        ["gold-1", "gold-2", "gold-3"],
        ["platinum-1", "platinum-2", "platinum-3"],
    ];
    let mut used = [0usize; 4];
    ratings
        .iter()
        .map(|rating| {
            let kind = RATINGS.iter().position(|known| known == rating)?;
            used[kind] += 1;
            Some(ids[kind][used[kind] - 1])
        })
        .collect()
}
