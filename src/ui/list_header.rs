//! The page header: which list this is, when it was published, how many
//! cars, and a link to each other list.

use super::editor::Editor;
use crate::domain::Class;
use leptos::prelude::*;

/// Each list's page: its rule set's name, its folder in the site, and the
/// link's text.
const LISTS: [(&str, &str, &str); 2] = [
    ("wec-2024", "", "WEC 2024 provisional list"),
    ("le-mans-2024", "le-mans-2024/", "Le Mans 2024, 62 cars"),
];

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
            <OtherLists list />
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

/// Links to the other lists' pages, from this list's page.
#[component]
fn OtherLists(list: String) -> impl IntoView {
    let here = LISTS.iter().find(|(name, ..)| *name == list);
    let root = "../".repeat(here.map_or(0, |(_, folder, _)| folder.matches('/').count()));
    let links = LISTS
        .iter()
        .filter(|(name, ..)| *name != list)
        .map(|(_, folder, label)| {
            let href = format!("{root}{folder}");
            let href = if href.is_empty() {
                "./".to_string()
            } else {
                href
            };
            view! { <a class="other-list" href=href>{*label}</a> }
        })
        .collect_view();
    view! { <nav class="other-lists" aria-label="Other lists">{links}</nav> }
}
