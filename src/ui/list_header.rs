//! The page header: which list this is, when it was published, how many cars.

use crate::domain::{Class, Season};
use leptos::prelude::*;
use std::sync::Arc;

/// Title, publication date and car counts of the season.
#[component]
pub fn ListHeader(season: Arc<Season>) -> impl IntoView {
    let published = season.published();
    let counts = Class::ALL
        .into_iter()
        .map(|class| {
            let cars = season.entries_in(class).len();
            view! {
                <div class=format!("count count-{}", class.slug())>
                    <dt>{class.to_string()}</dt>
                    <dd data-count=class.slug()>{cars}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <header class="list-header">
            <p class="brand">"Crew Builder"</p>
            <h1>{season.title().to_string()}</h1>
            <p class="published">
                "Published " <time datetime=published.to_string()>{published.long()}</time>
            </p>
            <dl class="counts">
                <div class="count count-total">
                    <dt>"Cars"</dt>
                    <dd data-count="total">{season.entries().len()}</dd>
                </div>
                {counts}
            </dl>
        </header>
    }
}
