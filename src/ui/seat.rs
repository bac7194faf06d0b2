//! A seat of a crew: a button that opens the picker, showing the driver
//! (name, nationality, rating) or an open TBA slot; a filled seat also has
//! the driver's rating to play with and a button to take them out.

use super::editor::Editor;
use super::rating::RatingSelect;
use crate::domain::lineup::Edit;
use crate::domain::{CarNumber, Driver};
use leptos::either::Either;
use leptos::prelude::*;

/// A seated driver, as the card shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct SeatDriver {
    pub driver: Driver,
    /// The fan changed the rating from the FIA's.
    pub what_if: bool,
    /// The driver is in the crew the car started the season with.
    pub in_real_crew: bool,
}

/// Seat `position` (0-based) of car `car`.
#[component]
pub fn SeatView(car: CarNumber, position: usize, seat: Option<SeatDriver>) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let open = {
        let car = car.clone();
        move |_| editor.picking.set(Some((car.clone(), position)))
    };
    // The name begins with what the button shows (WCAG 2.5.3, label in name).
    let seat_of_car = format!("seat {} of car #{car}", position + 1);
    // Marked for the comparison with the real crew, which the stylesheet
    // shows while it is asked for.
    let data_match = if seat.as_ref().is_some_and(|seat| seat.in_real_crew) {
        "true"
    } else {
        "false"
    };
    match seat {
        None => Either::Left(view! {
            <li class="seat seat-open" data-seat=position data-driver="" data-match=data_match>
                <button
                    type="button"
                    class="seat-button"
                    aria-label=format!("TBA, {seat_of_car}: pick a driver")
                    on:click=open
                >
                    <span class="seat-tba">"TBA"</span>
                </button>
            </li>
        }),
        Some(SeatDriver {
            driver, what_if, ..
        }) => {
            let remove_label = format!("Remove {} from car #{car}", driver.name);
            Either::Right(view! {
                <li
                    class="seat"
                    data-seat=position
                    data-driver=driver.id.to_string()
                    data-match=data_match
                >
                    <button
                        type="button"
                        class="seat-button"
                        aria-label=format!("{}, {seat_of_car}: change driver", driver.name)
                        on:click=open
                    >
                        <span class="driver-name">{driver.name.clone()}</span>
                    </button>
                    <span class="nationality" title="Nationality">
                        {driver
                            .nationality
                            .map_or_else(|| "Neutral".to_string(), |code| code.to_string())}
                    </span>
                    <RatingSelect driver=driver.clone() what_if />
                    <button
                        type="button"
                        class="seat-remove"
                        aria-label=remove_label
                        title="Take out of this seat"
                        on:click=move |_| {
                            editor
                                .dispatch(Edit::Clear {
                                    car: car.clone(),
                                    seat: position,
                                })
                        }
                    >
                        "×"
                    </button>
                </li>
            })
        }
    }
}
