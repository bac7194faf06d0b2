//! The rule engine on the shipped 37-car list: a whole-list check, the
//! seat outlook the line-up editor asks for while a fan picks a driver, and
//! the Le Mans stint planner's checker and suggester on the #46.

use crewbuilder::domain::lineup::{Edit, LineUp};
use crewbuilder::domain::rules::{
    CrewChoice, EventKind, RuleSet, check, outlook, plan_findings, suggest_plan,
};
use crewbuilder::domain::{CarNumber, Class, DriverId, Rating, Season};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::sync::Arc;

fn rule_engine(c: &mut Criterion) {
    let season = Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap();
    let rules = RuleSet::wec_2024();
    c.bench_function("check 37 cars, provisional crews", |b| {
        b.iter(|| {
            check(
                black_box(&season),
                &rules,
                EventKind::SixOrEightHours,
                CrewChoice::Provisional,
            )
        })
    });
    c.bench_function("check 37 cars, season crews", |b| {
        b.iter(|| {
            check(
                black_box(&season),
                &rules,
                EventKind::SixOrEightHours,
                CrewChoice::Season,
            )
        })
    });
    c.bench_function(
        "seat outlook, LMGT3 crew with Rossi and two TBA seats",
        |b| b.iter(|| outlook(&rules, Class::Lmgt3, 3, black_box(&[Rating::Silver]))),
    );
}

/// The #46 crewed as it raced in 2024 (Rossi, Al Harthy, Martin).
fn crewed_46() -> Season {
    let base = Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap();
    let mut lineup = LineUp::new(Arc::new(base));
    for (seat, driver) in ["ahmad-al-harthy", "maxime-martin"].into_iter().enumerate() {
        let edit = Edit::Fill {
            car: CarNumber::try_from("46".to_string()).unwrap(),
            seat: seat + 1,
            driver: DriverId::try_from(driver.to_string()).unwrap(),
        };
        lineup.apply(edit).unwrap();
    }
    lineup.season().clone()
}

fn stint_plans(c: &mut Criterion) {
    let season = crewed_46();
    let rules = RuleSet::wec_2024();
    let number = CarNumber::try_from("46".to_string()).unwrap();
    let entry = season.entries()[season.entry_position(&number).unwrap()].clone();
    let suggest = |stint| {
        suggest_plan(
            &season,
            &rules,
            EventKind::LeMans,
            &entry,
            &entry.crew,
            stint,
        )
    };
    c.bench_function("suggest a plan for the #46, 55 min stints", |b| {
        b.iter(|| suggest(black_box(55)))
    });
    c.bench_function("suggest a plan for the #46, 20 min stints", |b| {
        b.iter(|| suggest(black_box(20)))
    });
    let planned = crewbuilder::domain::Entry {
        plan: suggest(55).unwrap(),
        ..entry.clone()
    };
    c.bench_function("check the #46's 27-stint plan", |b| {
        b.iter(|| {
            plan_findings(
                &season,
                &rules,
                EventKind::LeMans,
                black_box(&planned),
                &planned.crew,
            )
        })
    });
}

criterion_group!(benches, rule_engine, stint_plans);
criterion_main!(benches);
