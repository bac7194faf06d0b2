//! How a driver's FIA rating is drawn: a badge per driver and the legend.

use crate::domain::Rating;
use leptos::prelude::*;

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

/// Explains the badges: a colour per rating, filled when confirmed, dashed
/// when no published source confirms it.
#[component]
pub fn RatingLegend() -> impl IntoView {
    let ratings = Rating::ALL
        .into_iter()
        .map(|rating| view! { <span class=format!("rating rating-{}", rating.slug())>{rating.to_string()}</span> })
        .collect_view();
    view! {
        <p class="legend">
            <span>"FIA ratings:"</span>
            {ratings}
            <span class="legend-unconfirmed">
                <span class="rating rating-silver" data-confirmed="false">
                    "Silver" <span class="unconfirmed-mark">"?"</span>
                </span>
                " dashed: not confirmed by a published source"
            </span>
        </p>
    }
}
