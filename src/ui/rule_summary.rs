//! The rule summary: the event switch, errors and warnings per class, and
//! links to the cars concerned (which clear the filters when they hide the car).
//! On a phone the classes fold behind a "By class" button.

use super::editor::Editor;
use super::fold::{Fold, FoldToggle};
use super::pacing::later;
use crate::domain::rules::{ClassTally, EventKind, Summary};
use crate::domain::wording::count;
use crate::domain::{CarNumber, Class, EntryFilter};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::tick;

/// Which event the crews are checked for, and what the check found.
#[component]
pub fn RuleSummary(event: RwSignal<EventKind>, summary: RwSignal<Summary>) -> impl IntoView {
    let tally = Memo::new(move |_| summary.with(|summary| summary.tally.clone()));
    let editor = expect_context::<Editor>();
    // A list checked for one event only (Le Mans) has no switch.
    let events = editor.rules.with_value(|rules| rules.events.clone());
    let switch = (events.len() > 1).then(|| {
        events
            .into_iter()
            .map(|kind| {
                view! {
                    <label class="event-option">
                        <input
                            type="radio"
                            name="event"
                            value=kind.slug()
                            checked=event.get_untracked() == kind
                            prop:checked=move || event.get() == kind
                            on:change=move |_| event.set(kind)
                        />
                        {kind.name()}
                    </label>
                }
            })
            .collect_view()
    });
    let total = move || {
        let summary = summary.read();
        format!(
            "{}, {} for {}",
            count(summary.errors, "error", "errors"),
            count(summary.warnings, "warning", "warnings"),
            event.get()
        )
    };
    let fold = Fold::new();
    view! {
        <section class="rule-summary" aria-labelledby="rule-summary-title">
            <div class="rule-summary-head">
                <h2 id="rule-summary-title">"Rule check"</h2>
                {switch.map(|switch| view! {
                    <fieldset class="event-switch">
                        <legend class="sr-only">"Event"</legend>
                        {switch}
                    </fieldset>
                })}
            </div>
            <div class="rule-summary-line">
                <p class="rule-summary-total" aria-live="polite">{total}</p>
                <FoldToggle fold controls="rule-tallies" label="By class" />
            </div>
            {later(move || view! {
                <div class="tallies fold-body" id="rule-tallies" data-open=fold.data_open()>
                    <For each=move || tally.with(|all| all.iter().map(|class| class.class).collect::<Vec<_>>()) key=|class| *class let:class>
                        <ClassTallyView class tally />
                    </For>
                </div>
            })}
        </section>
    }
}

/// One class's counts and the cars they concern, kept up to date in
/// place: an edit that changes one count or one list of cars redraws only
/// that.
#[component]
fn ClassTallyView(class: Class, tally: Memo<Vec<ClassTally>>) -> impl IntoView {
    let this =
        Memo::new(move |_| tally.with(|all| all.iter().find(|of| of.class == class).cloned()));
    let part = move |read: fn(&ClassTally) -> Vec<CarNumber>| {
        Memo::new(move |_| this.with(|of| of.as_ref().map(read).unwrap_or_default()))
    };
    let counts = Memo::new(move |_| {
        this.with(|of| {
            of.as_ref().map_or((0, 0, "valid"), |of| {
                (of.errors, of.warnings, of.status().slug())
            })
        })
    });
    let errored = part(|of| of.cars_with_errors.clone());
    let warned = part(|of| of.cars_with_warnings.clone());
    view! {
        <div class="tally" data-tally=class.slug() data-status=move || counts.get().2>
            <h3>{class.to_string()}</h3>
            <p class="tally-counts">
                <span data-count="errors">{move || counts.get().0}</span>
                {move || if counts.get().0 == 1 { " error, " } else { " errors, " }}
                <span data-count="warnings">{move || counts.get().1}</span>
                {move || if counts.get().1 == 1 { " warning" } else { " warnings" }}
            </p>
            {move || {
                let cars = errored.get();
                (!cars.is_empty()).then(|| view! {
                    <p class="tally-cars tally-errors">"Errors: " <CarLinks cars /></p>
                })
            }}
            {move || {
                let cars = warned.get();
                (!cars.is_empty()).then(|| view! {
                    <details class="tally-cars tally-warnings">
                        <summary>{format!("Still TBA or with warnings: {}", count(cars.len(), "car", "cars"))}</summary>
                        <CarLinks cars />
                    </details>
                })
            }}
        </div>
    }
}

/// Links to the cards of these cars.
#[component]
fn CarLinks(cars: Vec<CarNumber>) -> impl IntoView {
    let filter = expect_context::<RwSignal<EntryFilter>>();
    cars.into_iter()
        .map(|number| {
            let id = format!("car-{number}");
            view! {
                <a class="car-link" href=format!("#{id}") on:click=move |event| show_card(&event, &id, filter)>
                    {format!("#{number}")}
                </a>
                " "
            }
        })
        .collect_view()
}

/// Follows a link to a card the filters hide: clears them, then scrolls to
/// the card once it is shown.
fn show_card(event: &ev::MouseEvent, id: &str, filter: RwSignal<EntryFilter>) {
    if document().get_element_by_id(id).is_some() {
        return;
    }
    event.prevent_default();
    filter.set(EntryFilter::default());
    let id = id.to_string();
    leptos::task::spawn_local(async move {
        // The list renders the card a few reactive steps later.
        for _ in 0..20 {
            tick().await;
            if let Some(card) = document().get_element_by_id(&id) {
                card.scroll_into_view();
                return;
            }
        }
    });
}
