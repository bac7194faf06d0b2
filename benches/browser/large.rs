//! A generated 1,000-car season, prerendered by the app's own components
//! into the built page, as the build does for the shipped one.

use serde_json::{Value, json};

const SHIPPED: &str = include_str!("../../public/data/wec-2024.json");

/// The built page prerendered, as the build does, for the shipped season
/// grown to `cars` cars.
pub fn large_page(cars: usize) -> &'static str {
    let json = large_season(cars);
    let season = crewbuilder::domain::Season::from_json(&json).expect("the grown season");
    let rules = crewbuilder::domain::rules::RuleSet::wec_2024();
    let checked = crewbuilder::domain::rules::check(
        &season,
        &rules,
        rules.events[0],
        crewbuilder::domain::rules::CrewChoice::Provisional,
    );
    let data = crewbuilder::domain::page_text(&season, &checked);
    // A generated list: the header links to the others without their counts.
    let counts = crewbuilder::ui::CarCounts::default();
    let app = crewbuilder::ui::render_app(std::sync::Arc::new(season), rules, checked, counts);
    let built = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html"))
        .expect("dist/index.html");
    crewbuilder::ui::with_app(&built, &app, &data)
        .expect("the built page takes the grown list")
        .leak()
}

/// The shipped season grown to `cars` cars: copies of its entries under new
/// numbers, with their own drivers (`-2`, `-3`… after each id) and makes, so
/// the copies are as legal as the originals.
fn large_season(cars: usize) -> String {
    let shipped: Value = serde_json::from_str(SHIPPED).expect("the shipped data");
    let mut season = shipped.clone();
    let taken: Vec<u32> = shipped["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["number"].as_str().unwrap().parse().unwrap())
        .collect();
    let mut free = (0..1000).filter(|number| !taken.contains(number));
    let entries = shipped["entries"].as_array().unwrap();
    let drivers = shipped["drivers"].as_array().unwrap();
    let mut copy = 1;
    while season["entries"].as_array().unwrap().len() < cars {
        copy += 1;
        let suffix = format!("-{copy}");
        for driver in drivers {
            let mut driver = driver.clone();
            driver["id"] = json!(format!("{}{suffix}", driver["id"].as_str().unwrap()));
            season["drivers"].as_array_mut().unwrap().push(driver);
        }
        for entry in entries {
            if season["entries"].as_array().unwrap().len() == cars {
                break;
            }
            let mut entry = entry.clone();
            entry["number"] = json!(free.next().expect("a free number").to_string());
            entry["manufacturer"] = json!(format!(
                "{} {copy}",
                entry["manufacturer"].as_str().unwrap()
            ));
            for crew in ["crew", "season_crew"] {
                for seat in entry[crew].as_array_mut().into_iter().flatten() {
                    if let Some(id) = seat.as_str() {
                        *seat = json!(format!("{id}{suffix}"));
                    }
                }
            }
            season["entries"].as_array_mut().unwrap().push(entry);
        }
    }
    serde_json::to_string(&season).unwrap()
}
