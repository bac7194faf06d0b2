//! The seat picker: a dialog to choose who sits in a seat, with the rule
//! engine's hints, a search, a rating filter and a "New driver" form. Focus
//! moves into it and back to the seat.

use super::dialog::{focus_when_drawn, on_cancel, on_phone, show_when_drawn};
use super::editor::Editor;
use super::form_field::{FieldError, TextField, invalid};
use super::on_demand::{Built, on_demand, on_demand_part};
use super::rating::RatingBadge;
use crate::domain::lineup::{Candidate, DriverForm, Edit, FormErrors, SeatHints, candidates};
use crate::domain::{CarNumber, DriverId, Rating};
use leptos::prelude::*;

/// The picker, open while the editor has a seat to fill; its code is
/// fetched on first use.
#[component]
pub fn SeatPicker() -> impl IntoView {
    let editor = expect_context::<Editor>();
    move || {
        editor
            .picking
            .get()
            .map(|(car, seat)| on_demand("The seat picker", picker_dialog(car, seat)))
    }
}

on_demand_part! {
    pub(super) fn picker_dialog / __preload_picker_dialog + prefetch_picker(car: CarNumber, seat: usize) -> Built {
        untrack(|| Built::of(view! { <PickerDialog car seat /> }))
    }
}

/// Closes the picker and puts the focus back on the seat's button.
fn close(editor: Editor, car: &CarNumber, seat: usize) {
    editor.picking.set(None);
    focus_when_drawn(format!(
        "[data-car='{car}'] [data-seat='{seat}'] .seat-button"
    ));
}

/// The dialog: its title, the hints, the search and the candidates.
#[component]
fn PickerDialog(car: CarNumber, seat: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let query = RwSignal::new(String::new());
    let only = RwSignal::new(None::<Rating>);
    let hints = Memo::new({
        let car = car.clone();
        move |_| {
            editor.lineup.with(|lineup| {
                editor
                    .rules
                    .with_value(|rules| SeatHints::for_seat(lineup.season(), rules, &car, seat))
            })
        }
    });
    let title = format!("Seat {} of car #{car}", seat + 1);
    let dismiss = Callback::new({
        let car = car.clone();
        move |()| close(editor, &car, seat)
    });
    let dialog = NodeRef::new();
    show_when_drawn(dialog);
    view! {
        <dialog
            class="picker"
            aria-labelledby="picker-title"
            tabindex="-1"
            node_ref=dialog
            on:cancel=on_cancel(dismiss)
        >
            <header class="picker-head">
                <h2 id="picker-title">{title}</h2>
                <button type="button" class="button button-quiet" on:click=move |_| dismiss.run(())>
                    "Close"
                </button>
            </header>
            <HintList hints />
            <CandidateSearch query only />
            <Candidates car=car.clone() seat query only hints />
            <NewDriver car seat />
        </dialog>
    }
}

/// What the rules say about the seat: the ratings that keep a legal crew,
/// what it still needs, and why each other rating breaks it.
#[component]
fn HintList(hints: Memo<Option<SeatHints>>) -> impl IntoView {
    move || {
        hints.get().map(|hints| {
            let needs = hints
                .still_needs
                .as_ref()
                .map(|needs| view! { <p>{format!("The crew still needs {needs}.")}</p> });
            view! {
                <div class="hints" aria-live="polite">
                    <p class="hint-ok">{hints.keeps()}</p>
                    {needs}
                    <ul class="hint-bad">
                        {hints
                            .reasons
                            .into_iter()
                            .map(|(rating, reason)| {
                                view! {
                                    <li data-hint-rating=rating
                                        .slug()>{format!("{rating}: {reason}")}</li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The search box, focused on opening (on a desktop), and the rating filter.
#[component]
fn CandidateSearch(query: RwSignal<String>, only: RwSignal<Option<Rating>>) -> impl IntoView {
    let rating_filter = Rating::ALL
        .into_iter()
        .map(|rating| view! { <option value=rating.slug()>{rating.to_string()}</option> })
        .collect_view();
    view! {
        <div class="picker-filters">
            <label class="field">
                <span class="field-label">"Search drivers"</span>
                <input
                    type="search"
                    autofocus=!on_phone()
                    name="driver-search"
                    placeholder="Name or nationality"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |event| query.set(event_target_value(&event))
                />
            </label>
            <label class="field">
                <span class="field-label">"Rating"</span>
                <select
                    name="driver-rating"
                    on:change=move |event| {
                        only.set(Rating::try_from(event_target_value(&event)).ok())
                    }
                >
                    <option value="">"Any rating"</option>
                    {rating_filter}
                </select>
            </label>
        </div>
    }
}

/// The drivers matching the search, each a button that seats them.
#[component]
fn Candidates(
    car: CarNumber,
    seat: usize,
    query: RwSignal<String>,
    only: RwSignal<Option<Rating>>,
    hints: Memo<Option<SeatHints>>,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let rows = Memo::new(move |_| {
        editor
            .lineup
            .with(|lineup| candidates(lineup.season(), &query.read(), only.get()))
    });
    let choose = move |driver| {
        editor.dispatch(Edit::Fill {
            car: car.clone(),
            seat,
            driver,
        });
        close(editor, &car, seat);
    };
    view! {
        <ul class="candidates">
            <For
                each=move || rows.get()
                key=|row| (row.driver.id.clone(), row.driver.rating, row.car.clone())
                children=move |row| {
                    let allowed = hints
                        .with(|hints| {
                            hints
                                .as_ref()
                                .is_none_or(|hints| hints.allowed.contains(row.driver.rating))
                        });
                    view! { <CandidateRow row allowed choose=choose.clone() /> }
                }
            />
        </ul>
    }
}

/// One driver on offer: name, nationality, rating, where they are now and
/// whether they would break the crew.
#[component]
fn CandidateRow(
    row: Candidate,
    allowed: bool,
    choose: impl Fn(DriverId) + 'static,
) -> impl IntoView {
    let id = row.driver.id.clone();
    let nationality = row
        .driver
        .nationality
        .map_or_else(|| "Neutral".to_string(), |code| code.to_string());
    view! {
        <li>
            <button
                type="button"
                class="candidate"
                data-driver=row.driver.id.to_string()
                data-allowed=allowed.to_string()
                on:click=move |_| choose(id.clone())
            >
                <span class="driver-name">{row.driver.name.clone()}</span>
                <span class="nationality">{nationality}</span>
                <RatingBadge driver=row.driver.clone() />
                <span class="candidate-car">{row.place()}</span>
                {(!allowed)
                    .then(|| view! { <span class="candidate-warning">"breaks the crew"</span> })}
            </button>
        </li>
    }
}

/// "New driver": adds a driver of the fan's and seats them here.
#[component]
fn NewDriver(car: CarNumber, seat: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let name = RwSignal::new(String::new());
    let nationality = RwSignal::new(String::new());
    let rating = RwSignal::new(None::<Rating>);
    let errors = RwSignal::new(FormErrors::new());
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let form = DriverForm {
            name: name.get(),
            nationality: nationality.get(),
            rating: rating.get(),
        };
        match editor
            .lineup
            .with_untracked(|lineup| form.check(lineup.season()))
        {
            Err(problems) => errors.set(problems),
            Ok(driver) => {
                let id = driver.id.clone();
                errors.set(FormErrors::new());
                editor.dispatch(Edit::AddDriver { driver });
                editor.dispatch(Edit::Fill {
                    car: car.clone(),
                    seat,
                    driver: id,
                });
                close(editor, &car, seat);
            }
        }
    };
    let ratings = Rating::ALL
        .into_iter()
        .map(|rating| view! { <option value=rating.slug()>{rating.to_string()}</option> })
        .collect_view();
    view! {
        <details class="new-driver">
            <summary>"New driver"</summary>
            <form on:submit=submit novalidate>
                <TextField form="new-driver" field="name" label="Name" value=name errors />
                <TextField
                    form="new-driver"
                    field="nationality"
                    label="Nationality (3 letters)"
                    value=nationality
                    errors
                    maxlength=3
                />
                <label class="field">
                    <span class="field-label">"Rating"</span>
                    <select
                        name="new-driver-rating"
                        aria-invalid=invalid(errors, "rating")
                        aria-describedby="new-driver-rating-error"
                        on:change=move |event| {
                            rating.set(Rating::try_from(event_target_value(&event)).ok())
                        }
                    >
                        <option value="">"Choose…"</option>
                        {ratings}
                    </select>
                    <FieldError form="new-driver" field="rating" errors />
                </label>
                <button type="submit" class="button">
                    "Add and seat"
                </button>
            </form>
        </details>
    }
}
