//! The page header: which list this is, when it was published, how many
//! cars, and a link to each other list.

use super::editor::Editor;
use super::pacing::prerendered;
use crate::domain::wording::count;
use crate::domain::{Class, List};
use leptos::prelude::*;

/// Each list's car count, from its data file, given by the prerender (a
/// page embeds only its own list).
#[derive(Clone, Debug, Default)]
pub struct CarCounts(pub Vec<(&'static str, usize)>);

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
    let (classes, list) = editor
        .rules
        .with_value(|rules| (rules.classes.clone(), rules.name.clone()));
    let counts = classes
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
            {prerendered(move || view! { <OtherLists list /> })} <p class="brand">"Crew Builder"</p>
            <h1>{title}</h1>
            <p class="published">
                "Published " <time datetime=published.to_string()>{published.long()}</time>
            </p> <dl class="counts">
                <div class="count count-total">
                    <dt>"Cars"</dt>
                    <dd data-count="total">{move || cars(None)}</dd>
                </div>
                {counts}
            </dl>
        </header>
    }
}

/// Links to the other lists' pages, from this list's page, each with its
/// car count where the prerender gave it. Prerendered only: it never
/// changes in the browser.
#[component]
fn OtherLists(list: String) -> impl IntoView {
    let counts = use_context::<CarCounts>().unwrap_or_default();
    let root = List::named(&list).map(List::to_root).unwrap_or_default();
    let links = List::ALL
        .iter()
        .filter(|other| other.name != list)
        .map(|other| {
            let href = match format!("{root}{}", other.folder) {
                href if href.is_empty() => "./".to_string(),
                href => href,
            };
            let label = match counts.0.iter().find(|(name, _)| *name == other.name) {
                Some((_, cars)) => format!("{}, {}", other.link, count(*cars, "car", "cars")),
                None => other.link.to_string(),
            };
            view! {
                <a class="other-list" href=href>
                    {label}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="other-lists" aria-label="Other lists">
            {links}
        </nav>
    }
}
