//! A seat of a crew: the driver with nationality and rating, or an open slot.

use crate::domain::{Driver, Rating};
use leptos::prelude::*;

/// Seat `position` (0-based) holding `driver`, or TBA when `None`.
#[component]
pub fn SeatView(position: usize, driver: Option<Driver>) -> impl IntoView {
    match driver {
        None => view! {
            <li class="seat seat-open" data-seat=position data-driver="">
                <span class="seat-tba">"TBA"</span>
                <span class="sr-only">{format!(": seat {} still to be announced", position + 1)}</span>
            </li>
        }
        .into_any(),
        Some(driver) => view! {
            <li class="seat" data-seat=position data-driver=driver.id.to_string()>
                <span class="driver-name">{driver.name}</span>
                <span class="nationality" title="Nationality">
                    {driver.nationality.map_or_else(|| "Neutral".to_string(), |code| code.to_string())}
                </span>
                <RatingBadge rating=driver.rating confirmed=driver.confirmed note=driver.note />
            </li>
        }
        .into_any(),
    }
}

/// The rating as a coloured word; unconfirmed ratings carry a mark.
#[component]
pub fn RatingBadge(rating: Rating, confirmed: bool, note: Option<String>) -> impl IntoView {
    let title = match (confirmed, note) {
        (true, None) => format!("{rating}: FIA rating, confirmed"),
        (true, Some(note)) => format!("{rating}: confirmed. {note}"),
        (false, None) => format!("{rating}: not confirmed by a published source"),
        (false, Some(note)) => format!("{rating}: not confirmed. {note}"),
    };
    view! {
        <span
            class=format!("rating rating-{}", rating.slug())
            data-rating=rating.slug()
            data-confirmed=confirmed.to_string()
            title=title
        >
            {rating.to_string()}
            {(!confirmed).then(|| view! {
                <span class="unconfirmed-mark" aria-hidden="true">"?"</span>
                <span class="sr-only">" (unconfirmed)"</span>
            })}
        </span>
    }
}
