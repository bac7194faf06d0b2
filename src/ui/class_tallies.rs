//! The rule summary's per class detail: each class's counts and links to
//! its cars, which clear the filters when they hide the car. Part of the
//! rule summary's chunk.

use super::card_store::card_id;
use super::fold::Fold;
use crate::domain::rules::ClassTally;
use crate::domain::wording::count;
use crate::domain::{CarNumber, Class, EntryFilter};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::tick;

/// The id of the tallies' element (the phone's fold opens it).
pub const TALLIES_ID: &str = "rule-tallies";

/// Each class's tally, in the fold that opens on a phone.
#[component]
pub fn ClassTallies(tally: Memo<Vec<ClassTally>>, fold: Fold) -> impl IntoView {
    let classes = move || tally.with(|all| all.iter().map(|class| class.class).collect::<Vec<_>>());
    view! {
        <div class="tallies fold-body" id=TALLIES_ID data-open=fold.data_open()>
            <For each=classes key=|class| *class let:class>
                <ClassTallyView class tally />
            </For>
        </div>
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
                (!cars.is_empty())
                    .then(|| {
                        view! {
                            <p class="tally-cars tally-errors">"Errors: " <CarLinks cars /></p>
                        }
                    })
            }}
            {move || {
                let cars = warned.get();
                (!cars.is_empty())
                    .then(|| {
                        view! {
                            <details class="tally-cars tally-warnings">
                                <summary>
                                    {format!(
                                        "Still TBA or with warnings: {}",
                                        count(cars.len(), "car", "cars"),
                                    )}
                                </summary>
                                <CarLinks cars />
                            </details>
                        }
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
            let id = card_id(&number);
            view! {
                <a
                    class="car-link"
                    href=format!("#{id}")
                    on:click=move |event| show_card(&event, &id, filter)
                >
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
