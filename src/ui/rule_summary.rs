//! The rule summary: the event switch, errors and warnings per class, and
//! links to the cars concerned (which clear the filters when they hide the car).
//! On a phone the classes fold behind a "By class" button.

use super::editor::Editor;
use super::fold::{Fold, FoldToggle};
use crate::domain::rules::{ClassTally, EventKind, Summary};
use crate::domain::wording::count;
use crate::domain::{CarNumber, EntryFilter};
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
            <div class="tallies fold-body" id="rule-tallies" data-open=fold.data_open()>
                <For each=move || tally.get() key=|class| class.clone() let:class>
                    <ClassTallyView class />
                </For>
            </div>
        </section>
    }
}

/// One class's counts and the cars they concern.
#[component]
fn ClassTallyView(class: ClassTally) -> impl IntoView {
    let status = class.status().slug();
    let warned = class.cars_with_warnings.len();
    view! {
        <div class="tally" data-tally=class.class.slug() data-status=status>
            <h3>{class.class.to_string()}</h3>
            <p class="tally-counts">
                <span data-count="errors">{class.errors}</span>
                {if class.errors == 1 { " error, " } else { " errors, " }}
                <span data-count="warnings">{class.warnings}</span>
                {if class.warnings == 1 { " warning" } else { " warnings" }}
            </p>
            {(!class.cars_with_errors.is_empty()).then(|| view! {
                <p class="tally-cars tally-errors">"Errors: " <CarLinks cars=class.cars_with_errors /></p>
            })}
            {(warned > 0).then(|| view! {
                <details class="tally-cars tally-warnings">
                    <summary>{format!("Still TBA or with warnings: {}", count(warned, "car", "cars"))}</summary>
                    <CarLinks cars=class.cars_with_warnings />
                </details>
            })}
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
