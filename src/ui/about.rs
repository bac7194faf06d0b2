//! "About the data": where the entry list comes from, which ratings no source
//! confirms, and how to report a correction.

use super::editor::Editor;
use crate::domain::wording::{and_list, count};
use leptos::prelude::*;

/// A closed-by-default panel on the provisional list the app ships.
#[component]
pub fn AboutData() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let base = editor.lineup.with_untracked(|lineup| lineup.base().clone());
    let sources = base
        .sources()
        .iter()
        .map(|source| {
            view! {
                <li>
                    <a href=source.url.clone() rel="noopener noreferrer" target="_blank">
                        {source.title.clone()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let groups = base.unconfirmed_ratings();
    let unconfirmed: usize = groups.iter().map(|(_, drivers)| drivers.len()).sum();
    let drivers = base.drivers().len();
    let confirmed = drivers - unconfirmed;
    let ratings_line = format!(
        "{confirmed} of {} ratings ({} %) are confirmed by a published source that states them for 2024: a badge's tooltip names it. The other {unconfirmed} are the best knowledge available: their badges are dashed and carry a ?, and the tooltip says what was searched.",
        count(drivers, "driver's", "drivers'"),
        confirmed * 100 / drivers.max(1),
    );
    let groups = groups
        .into_iter()
        .map(|(rating, drivers)| {
            let names: Vec<&str> = drivers.iter().map(|driver| driver.name.as_str()).collect();
            view! {
                <dt>{format!("{rating} ({})", names.len())}</dt>
                <dd>{and_list(&names)}</dd>
            }
        })
        .collect_view();
    let rules = editor.rules.with_value(|rules| rules.sources.clone());
    let rule_sources = rules
        .into_iter()
        .map(|source| {
            view! {
                <li>
                    <a href=source.url rel="noopener noreferrer" target="_blank">
                        {source.title}
                    </a>
                </li>
            }
        })
        .collect_view();
    let about = base
        .about()
        .map(|note| view! { <p class="about-note">{note.to_string()}</p> });
    view! {
        <details class="about-data">
            <summary>
                <h2 class="about-title">"About the data"</h2>
            </summary>
            <p>
                {base.title().to_string()} ", published "
                <time datetime=base.published().to_string()>{base.published().long()}</time>
                ". Seats marked TBA were not yet named. Sources:"
            </p>
            <ul class="about-sources">{sources}</ul>
            {about}
            <h3>"The rules"</h3>
            <p>"Crews are checked by these rules, as these pages state them:"</p>
            <ul class="about-rule-sources">{rule_sources}</ul>
            <h3>"Unconfirmed ratings"</h3>
            <p>{ratings_line}</p>
            <dl class="about-unconfirmed">{groups}</dl>
            <h3>"Report a correction"</h3>
            <p>
                "Found a wrong rating, name or crew? Tell the Crew Builder maintainers through the project's issue tracker: the driver or car, the right fact, and a public source for it (the FIA driver categorisation list, the WEC entry list or a team announcement). Corrections go into the data file, which is checked with the same rules before it ships. To try another rating yourself meanwhile, change it on the driver's seat: it stays a what-if in your own line-up."
            </p>
        </details>
    }
}
