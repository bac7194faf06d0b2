//! The page header: which list this is, when it was published, how many cars.

use super::editor::Editor;
use crate::domain::Class;
use leptos::prelude::*;

/// Title, publication date and car counts of the line-up.
#[component]
pub fn ListHeader() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let (title, published) = editor.lineup.with_untracked(|lineup| {
        let base = lineup.base();
        (base.title().to_string(), base.published())
    });
    let cars = move |class: Option<Class>| {
        editor
            .lineup
            .with(|lineup| lineup.season().car_count(class))
    };
    let counts = Class::ALL
        .into_iter()
        .map(|class| {
            view! {
                <div class=format!("count count-{}", class.slug())>
                    <dt>{class.to_string()}</dt>
                    <dd data-count=class.slug()>{move || cars(Some(class))}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <header class="list-header">
            <p class="brand">"Crew Builder"</p>
            <h1>{title}</h1>
            <p class="published">
                "Published " <time datetime=published.to_string()>{published.long()}</time>
            </p>
            <dl class="counts">
                <div class="count count-total">
                    <dt>"Cars"</dt>
                    <dd data-count="total">{move || cars(None)}</dd>
                </div>
                {counts}
            </dl>
        </header>
    }
}
