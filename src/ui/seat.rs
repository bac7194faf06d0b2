//! A seat of a crew: the driver with nationality and rating, or an open slot.

use super::rating::RatingBadge;
use crate::domain::Driver;
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
