//! On each card, with a round chosen: the crew that started it beside the
//! fan's, what changed from the round before (and why, where a source
//! says), the source, and the car's whole season. Its code comes with the
//! first round chosen.

use super::on_demand::{Built, on_demand, on_demand_part};
use super::round_choice::RoundChoice;
use crate::domain::CarNumber;
use crate::domain::rounds::RoundLine;
use leptos::either::Either;
use leptos::prelude::*;

/// Car `number`'s line at the chosen round, if one is chosen.
pub fn round_line_of(number: CarNumber) -> impl IntoView {
    let choice = expect_context::<RoundChoice>();
    move || {
        let line = choice.lines.with(|lines| lines.get(&number).cloned())?;
        Some(on_demand(
            "The round's crew",
            round_line(choice, number.clone(), line),
        ))
    }
}

on_demand_part! {
    fn round_line / __preload_round_line(choice: RoundChoice, number: CarNumber, line: RoundLine) -> Built {
        untrack(|| Built::of(view! { <RoundLineView choice number line /> }))
    }
}

/// The line itself.
#[component]
fn RoundLineView(choice: RoundChoice, number: CarNumber, line: RoundLine) -> impl IntoView {
    let changes = line
        .changes
        .into_iter()
        .map(|change| view! { <li>{change}</li> })
        .collect_view();
    let source = match (line.source, line.searched) {
        (Some(source), _) => Either::Left(view! {
            <a href=source.url rel="noopener">
                {source.citation()}
            </a>
        }),
        (None, searched) => Either::Right(format!(
            "Not found; searched: {}",
            searched.unwrap_or_default()
        )),
    };
    let car = number.clone();
    view! {
        <div class="round-line">
            <p class="round-crew">
                <span class="round-at">{format!("{}: ", line.at)}</span>
                {line.crew}
            </p>
            <ul class="round-changes">{changes}</ul>
            <p class="round-source">{source}</p>
            {line.note.map(|note| view! { <p class="round-note">{note}</p> })}
            <button
                type="button"
                class="button button-quiet season-open"
                on:click=move |_| choice.season_of.set(Some(car.clone()))
            >
                {format!("Season of car #{number}")}
            </button>
        </div>
    }
}
