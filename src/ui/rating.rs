//! How a driver's FIA rating is drawn: a badge, a select for what-if play,
//! and the legend.

use super::editor::Editor;
use crate::domain::lineup::Edit;
use crate::domain::{Driver, Rating};
use leptos::prelude::*;

/// What the rating's tooltip says: where it comes from, or that it is the
/// fan's what-if.
fn rating_title(driver: &Driver, what_if: bool) -> String {
    if what_if {
        format!("{}: the fan's what-if rating, not the FIA's", driver.rating)
    } else {
        driver.rating_provenance()
    }
}

/// The driver's rating as a coloured word; an unconfirmed rating carries a
/// mark; the tooltip names the source.
#[component]
pub fn RatingBadge(driver: Driver) -> impl IntoView {
    let (rating, confirmed) = (driver.rating, driver.confirmed);
    view! {
        <span
            class=format!("rating rating-{}", rating.slug())
            data-rating=rating.slug()
            data-confirmed=confirmed.to_string()
            title=rating_title(&driver, false)
        >
            {rating.to_string()}
            {(!confirmed)
                .then(|| {
                    view! {
                        <span class="unconfirmed-mark" aria-hidden="true">
                            "?"
                        </span>
                        <span class="sr-only">" (unconfirmed)"</span>
                    }
                })}
        </span>
    }
}

/// The driver's rating as a select styled like the badge: changing it is a
/// what-if edit, marked as the fan's.
#[component]
pub fn RatingSelect(driver: Driver, what_if: bool) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let id = driver.id.clone();
    let on_change = move |event| {
        let word = event_target_value(&event);
        if let Ok(rating) = Rating::try_from(word) {
            editor.dispatch(Edit::Rate {
                driver: id.clone(),
                rating,
            });
        }
    };
    let options = Rating::ALL
        .into_iter()
        .map(|rating| {
            view! {
                <option value=rating.slug() selected=rating == driver.rating>
                    {rating.to_string()}
                </option>
            }
        })
        .collect_view();
    view! {
        <span class="rating-pick">
            <select
                class=format!("rating rating-{}", driver.rating.slug())
                data-rating=driver.rating.slug()
                data-confirmed=(driver.confirmed && !what_if).to_string()
                data-what-if=what_if.to_string()
                aria-label=format!("Rating of {}", driver.name)
                title=rating_title(&driver, what_if)
                on:change=on_change
            >
                {options}
            </select>
            {what_if.then(|| view! { <span class="what-if">"what-if"</span> })}
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
                    "Silver"
                    <span class="unconfirmed-mark">"?"</span>
                </span>
                " dashed: not confirmed by a published source"
            </span>
            <span class="legend-what-if">
                <span class="what-if">"what-if"</span>
                " a rating you changed"
            </span>
        </p>
    }
}
