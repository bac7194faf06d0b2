//! A card per car: number, team, car, make, its seats (each a button that
//! opens the picker), and what the rules say about its crew.

use super::card_store::{CardStore, card_id, follow};
use super::editor::Editor;
use super::round_line::round_line_of;
use super::seat::SeatView;
use crate::domain::lineup::Edit;
use crate::domain::picture::PictureOf;
use crate::domain::rules::{CarStatus, EventKind, Finding};
use crate::domain::{CarNumber, Class, Entry};
use leptos::prelude::*;

/// What the rules say about car `car` of `class`, as a list item; the view
/// already names the car, so the message does not repeat it.
#[component]
pub fn FindingItem(finding: Finding, car: CarNumber, class: Class) -> impl IntoView {
    let severity = finding.severity.slug();
    let text = finding.message_for_car(&car, class).to_string();
    view! {
        <li class=format!("finding finding-{severity}") data-rule=finding.rule>
            <span class="sr-only">{format!("{severity}: ")}</span>
            {text}
        </li>
    }
}

/// The card of car `number`, following its signal in the card store.
#[component]
pub fn CarCard(number: CarNumber, store: CardStore) -> Option<impl IntoView> {
    let editor = expect_context::<Editor>();
    let state = store.card(&number);
    // A card is drawn for a car the store knows; a gone car draws nothing.
    let first = state.get_untracked()?;
    let entry = first.entry;
    let seats_now = follow(state, |card| card.seats.clone());
    let findings = follow(state, |card| card.findings.clone());
    let status = Memo::new(move |_| CarStatus::worst(findings.read().iter()));
    let title_id = format!("car-{number}-title");
    let labelled_by = title_id.clone();
    let seats = {
        let number = number.clone();
        move || {
            seats_now.with(|seats| {
                seats
                    .iter()
                    .enumerate()
                    .map(|(position, seat)| {
                        view! { <SeatView car=number.clone() position seat=seat.clone() /> }
                    })
                    .collect_view()
            })
        }
    };
    let matching = move || {
        seats_now.with(|seats| {
            let matched = seats
                .iter()
                .flatten()
                .filter(|seat| seat.in_real_crew)
                .count();
            format!("{matched} of {} seats match the real crew", seats.len())
        })
    };
    let label = editor
        .lineup
        .with_untracked(|lineup| format!("{} ", lineup.base().season_crew_label()));
    let subcategory = follow(state, |card| card.subcategory.clone());
    let season_crew = (!first.real_crew.is_empty()).then(|| {
        view! {
            <p class="season-crew">
                <span class="season-crew-label">{label}</span>
                {first.real_crew.join(", ")}
            </p>
        }
    });
    let finding_list = {
        let (car, class) = (number.clone(), entry.class);
        move || {
            findings
                .get()
                .into_iter()
                .map(|finding| view! { <FindingItem finding car=car.clone() class /> })
                .collect_view()
        }
    };
    Some(view! {
        <article
            class=format!("car-card car-card-{}", entry.class.slug())
            id=card_id(&number)
            data-car=number.to_string()
            data-class=entry.class.slug()
            data-status=move || status.get().slug()
            data-fan-made=first.fan_made.then_some("true")
            aria-labelledby=labelled_by
        >
            <CarHead entry=entry.clone() title_id subcategory />
            <ol class="seats">{seats}</ol>
            <p class="crew-match">{matching}</p>
            <ul class="findings">{finding_list}</ul>
            {season_crew}
            {round_line_of(number.clone())}
            {entry.note.clone().map(|note| view! { <p class="entry-note">{note}</p> })}
            <CarActions number=number.clone() fan_made=first.fan_made />
        </article>
    })
}

/// The card's head: number, team (the card's title), model and make; for a
/// Hypercar whether it is a works or a private entry; the subcategory its
/// crew puts it in (LMP2 Pro/Am), as the crew changes.
#[component]
fn CarHead(
    entry: Entry,
    title_id: String,
    subcategory: Memo<Option<(String, String)>>,
) -> impl IntoView {
    let number = entry.number.clone();
    let entry_kind = (entry.class == Class::Hypercar).then(|| {
        let (class, word) = if entry.private {
            ("private", "Private")
        } else {
            ("works", "Works")
        };
        view! { <span class=format!("entry-kind entry-kind-{class}")>{word}</span> }
    });
    view! {
        <header class="car-head">
            <span class="car-number" aria-hidden="true">
                {format!("#{number}")}
            </span>
            <div class="car-ident">
                <h3 id=title_id class="team">
                    <span class="sr-only">{format!("Car #{number}, ")}</span>
                    {entry.team}
                </h3>
                <p class="car-model">{entry.car} <span class="make">{entry.manufacturer}</span></p>
            </div>
            {entry_kind}
            {move || {
                subcategory
                    .get()
                    .map(|(label, slug)| {
                        view! {
                            <span class="subcategory" data-subcategory=slug>
                                {label}
                            </span>
                        }
                    })
            }}
        </header>
    }
}

/// What a fan can do with the whole car: make a picture of its crew, plan
/// its stints (where the event checked has driving-time rules), and remove
/// it if it is their own.
#[component]
fn CarActions(number: CarNumber, fan_made: bool) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let event = expect_context::<RwSignal<EventKind>>();
    let plan_stints = {
        let number = number.clone();
        move || {
            let timed = editor
                .rules
                .with_value(|rules| rules.driving_time(event.get()).is_some());
            timed.then(|| {
                let number = number.clone();
                view! {
                    <button
                        type="button"
                        class="button button-quiet plan-stints"
                        on:click=move |_| editor.planning.set(Some(number.clone()))
                    >
                        {format!("Plan stints for car #{number}")}
                    </button>
                }
            })
        }
    };
    let picture = {
        let number = number.clone();
        move |_| editor.picturing.set(Some(PictureOf::Crew(number.clone())))
    };
    let picture_of = format!(" of car #{number}");
    let remove = fan_made.then(|| {
        view! {
            <button
                type="button"
                class="button button-quiet car-remove"
                on:click=move |_| {
                    editor
                        .dispatch(Edit::RemoveEntry {
                            car: number.clone(),
                        })
                }
            >
                {format!("Remove car #{number}")}
            </button>
        }
    });
    view! {
        <button type="button" class="button button-quiet picture-open" on:click=picture>
            "Picture"
            <span class="sr-only">{picture_of}</span>
        </button>
        {plan_stints}
        {remove}
    }
}
