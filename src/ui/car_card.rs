//! A card per car: number, team, car, make, its seats, and what the rules
//! say about its crew.

use super::seat::SeatView;
use crate::domain::rules::{CarStatus, Finding, Report};
use crate::domain::{Class, Season};
use leptos::prelude::*;
use std::sync::Arc;

/// The card of the entry at index `at` of the season.
#[component]
pub fn CarCard(season: Arc<Season>, at: usize, report: Memo<Report>) -> impl IntoView {
    let entry = &season.entries()[at];
    let number = entry.number.to_string();
    let findings = Memo::new({
        let number = entry.number.clone();
        move |_| {
            report
                .read()
                .for_car(&number)
                .cloned()
                .collect::<Vec<Finding>>()
        }
    });
    let status = Memo::new(move |_| CarStatus::worst(findings.read().iter()));
    // The card already names the car; its findings need not repeat it.
    let label = format!("Car #{number} ({}): ", entry.class);
    let title_id = format!("car-{number}-title");
    let labelled_by = title_id.clone();
    let seats = entry
        .crew
        .seats()
        .iter()
        .enumerate()
        .map(|(position, seat)| {
            let driver = seat.as_ref().and_then(|id| season.driver(id)).cloned();
            view! { <SeatView position driver /> }
        })
        .collect_view();
    let season_crew = (entry.season_crew != entry.crew).then(|| {
        let names: Vec<&str> = entry
            .season_crew
            .drivers()
            .filter_map(|id| season.driver(id))
            .map(|driver| driver.name.as_str())
            .collect();
        view! {
            <p class="season-crew">
                <span class="season-crew-label">"Started 2024 with "</span>
                {names.join(", ")}
            </p>
        }
    });
    let entry_kind = (entry.class == Class::Hypercar).then(|| {
        let (class, word) = if entry.private {
            ("private", "Private")
        } else {
            ("works", "Works")
        };
        view! { <span class=format!("entry-kind entry-kind-{class}")>{word}</span> }
    });
    view! {
        <article
            class=format!("car-card car-card-{}", entry.class.slug())
            id=format!("car-{number}")
            data-car=number.clone()
            data-class=entry.class.slug()
            data-status=move || status.get().slug()
            aria-labelledby=labelled_by
        >
            <header class="car-head">
                <span class="car-number" aria-hidden="true">{format!("#{number}")}</span>
                <div class="car-ident">
                    <h3 id=title_id class="team">
                        <span class="sr-only">{format!("Car #{number}, ")}</span>
                        {entry.team.clone()}
                    </h3>
                    <p class="car-model">
                        {entry.car.clone()} <span class="make">{entry.manufacturer.clone()}</span>
                    </p>
                </div>
                {entry_kind}
            </header>
            <ol class="seats">{seats}</ol>
            <ul class="findings">
                {move || {
                    findings
                        .get()
                        .into_iter()
                        .map(|finding| {
                            let text = finding.message.strip_prefix(&label).unwrap_or(&finding.message).to_string();
                            let severity = finding.severity.slug();
                            view! {
                                <li class=format!("finding finding-{severity}") data-rule=finding.rule>
                                    <span class="sr-only">{format!("{severity}: ")}</span>
                                    {text}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            {season_crew}
            {entry.note.clone().map(|note| view! { <p class="entry-note">{note}</p> })}
        </article>
    }
}
