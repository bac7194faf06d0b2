//! A car's season: who drove it at each of the eight rounds, as a table
//! (drivers down, rounds across, a mark per round driven whose title names
//! its source), in a dialog opened from the card. Its code and the rounds
//! file come on first use.

use super::dialog::{focus_when_drawn, on_cancel, show_when_drawn};
use super::editor::Editor;
use super::on_demand::{Built, on_demand, on_demand_part};
use super::round_choice::RoundChoice;
use super::round_picker::when_rounds_here;
use crate::domain::rounds::{CrewSource, Mark, Round, Rounds, Start};
use crate::domain::{CarNumber, Season};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// The season view, open while the choice has a car to show.
#[component]
pub fn SeasonView(choice: RoundChoice) -> impl IntoView {
    move || {
        choice
            .season_of
            .get()
            .map(|car| on_demand("The season view", season_dialog(choice, car)))
    }
}

on_demand_part! {
    fn season_dialog / __preload_season_dialog(choice: RoundChoice, car: CarNumber) -> Built {
        untrack(|| Built::of(view! { <SeasonDialog choice car /> }))
    }
}

/// The dialog: the car's name, and its season once the rounds are here.
#[component]
fn SeasonDialog(choice: RoundChoice, car: CarNumber) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let title = editor.lineup.with_untracked(|lineup| {
        let team = lineup.season().entry(&car).map(|entry| entry.team.clone());
        format!(
            "Car #{car}, {}: 2024 round by round",
            team.unwrap_or_default()
        )
    });
    let dismiss = Callback::new({
        let car = car.clone();
        move |()| {
            choice.season_of.set(None);
            focus_when_drawn(format!("[data-car='{car}'] .season-open"));
        }
    });
    let dialog = NodeRef::new();
    show_when_drawn(dialog);
    let body = when_rounds_here(choice, move |rounds| {
        let season = editor
            .lineup
            .with_untracked(|lineup| rounds.with_drivers(lineup.base()));
        view! { <SeasonTable rounds season car=car.clone() /> }
    });
    view! {
        <dialog
            class="picker season-dialog"
            aria-labelledby="season-title"
            tabindex="-1"
            node_ref=dialog
            on:cancel=on_cancel(dismiss)
        >
            <header class="picker-head">
                <h2 id="season-title">{title}</h2>
                <button
                    type="button"
                    class="button button-quiet season-close"
                    on:click=move |_| dismiss.run(())
                >
                    "Close"
                </button>
            </header>
            {body}
        </dialog>
    }
}

/// The table, and each round's source under it.
#[component]
fn SeasonTable(rounds: Arc<Rounds>, season: Season, car: CarNumber) -> impl IntoView {
    let strip = rounds.strip(&car);
    let heads = strip
        .rounds
        .iter()
        .map(|round| {
            view! {
                <th scope="col">
                    <abbr title=round.name.clone()>{round.short.clone()}</abbr>
                </th>
            }
        })
        .collect_view();
    let rows = strip
        .drivers
        .iter()
        .zip(&strip.marks)
        .map(|(driver, marks)| {
            let name = season
                .driver(driver)
                .map_or_else(|| driver.to_string(), |d| d.name.clone());
            let cells = strip
                .rounds
                .iter()
                .zip(marks)
                .map(|(round, mark)| mark_cell(round, &car, *mark))
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let sources = strip
        .rounds
        .iter()
        .map(|round| round_source(round, &car))
        .collect_view();
    view! {
        <div class="season-table-wrap" role="region" aria-labelledby="season-title" tabindex="0">
            <table class="season-table">
                <caption class="sr-only">"Who started each round in this car"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Driver"</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h3 class="season-sources-title">"Sources"</h3>
        <ul class="season-sources">{sources}</ul>
    }
}

/// One driver's mark at one round: what it means in words for a screen
/// reader, its source in its title.
fn mark_cell(round: &Round, car: &CarNumber, mark: Mark) -> impl IntoView + use<> {
    let source = round
        .car(car)
        .and_then(|at| at.source.as_ref())
        .map(CrewSource::citation);
    let (symbol, words, slug) = match mark {
        Mark::Drove => ("●", "started", "drove"),
        Mark::Absent => ("–", "not in the crew", "absent"),
        Mark::Unknown => ("?", "not known", "unknown"),
        Mark::CarOut(Start::DidNotStart) => ("DNS", "the car did not start", "out"),
        Mark::CarOut(_) => ("W", "the car had withdrawn", "out"),
    };
    let title = match source {
        Some(source) => format!("{}: {words}. {source}", round.name),
        None => format!("{}: {words}", round.name),
    };
    view! {
        <td data-mark=slug title=title>
            <span aria-hidden="true">{symbol}</span>
            <span class="sr-only">{words}</span>
        </td>
    }
}

/// A round's source for the car's crew, as a link, or what was searched.
fn round_source(round: &Round, car: &CarNumber) -> impl IntoView + use<> {
    let at = round.car(car);
    let source = at.and_then(|at| at.source.clone());
    let searched = at.and_then(|at| at.searched.clone());
    view! {
        <li>
            {format!("{}: ", round.short)}
            {match (source, searched) {
                (Some(source), _) => {
                    Either::Left(
                        view! {
                            <a href=source.url rel="noopener">
                                {source.citation()}
                            </a>
                        },
                    )
                }
                (None, Some(searched)) => {
                    Either::Right(format!("crew not found (searched: {searched})"))
                }
                (None, None) => Either::Right("no source".to_string()),
            }}
        </li>
    }
}
