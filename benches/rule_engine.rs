//! The rule engine on the shipped 37-car list: a whole-list check, and the
//! seat outlook the line-up editor asks for while a fan picks a driver.

use crewbuilder::domain::rules::{CrewChoice, EventKind, RuleSet, check, outlook};
use crewbuilder::domain::{Class, Rating, Season};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

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

criterion_group!(benches, rule_engine);
criterion_main!(benches);
