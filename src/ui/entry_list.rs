//! The entry list: header, filters, the rule summary and a section of cards
//! per class, all re-checked by the rule engine whenever the event changes.

use super::car_card::CarCard;
use super::filters::Filters;
use super::list_header::ListHeader;
use super::rating::RatingLegend;
use super::rule_summary::RuleSummary;
use crate::domain::rules::{CrewChoice, EventKind, Report, RuleSet, check};
use crate::domain::wording::count;
use crate::domain::{Class, EntryFilter, Season};
use leptos::prelude::*;
use std::sync::Arc;

/// The name of the performance mark set once the list has first rendered.
pub const LIST_RENDERED_MARK: &str = "crewbuilder:list-rendered";

/// The full entry list of a season, narrowed by the fan's filters.
#[component]
pub fn EntryList(season: Arc<Season>) -> impl IntoView {
    let filter = RwSignal::new(EntryFilter::default());
    let event = RwSignal::new(EventKind::SixOrEightHours);
    let rules = RuleSet::wec_2024();
    let report = Memo::new({
        let season = season.clone();
        move |_| check(&season, &rules, event.get(), CrewChoice::Provisional)
    });
    let mut order: Vec<usize> = (0..season.entries().len()).collect();
    order.sort_by_key(|&at| {
        let entry = &season.entries()[at];
        (entry.class, entry.number.value())
    });
    let shown = Memo::new({
        let season = season.clone();
        move |_| {
            let filter = filter.read();
            order
                .iter()
                .copied()
                .filter(|&at| filter.matches(&season, &season.entries()[at]))
                .collect::<Vec<usize>>()
        }
    });
    Effect::new(|_| {
        if let Some(performance) = window().performance() {
            // A missing mark only costs a benchmark its figure.
            let _ = performance.mark(LIST_RENDERED_MARK);
        }
    });
    let sections = Class::ALL
        .into_iter()
        .map(|class| view! { <ClassSection season=season.clone() class shown filter report /> })
        .collect_view();
    view! {
        <ListHeader season=season.clone() />
        <Filters season=season.clone() filter shown=Signal::derive(move || shown.read().len()) />
        <RatingLegend />
        <RuleSummary season=season.clone() event report />
        {sections}
    }
}

/// One class's cars, or a line saying none match.
#[component]
fn ClassSection(
    season: Arc<Season>,
    class: Class,
    shown: Memo<Vec<usize>>,
    filter: RwSignal<EntryFilter>,
    report: Memo<Report>,
) -> impl IntoView {
    let total = season.entries_in(class).len();
    let in_class = Memo::new({
        let season = season.clone();
        move |_| {
            shown
                .read()
                .iter()
                .copied()
                .filter(|&at| season.entries()[at].class == class)
                .collect::<Vec<usize>>()
        }
    });
    let count = move || match in_class.read().len() {
        all if all == total => count(total, "car", "cars"),
        some => format!("{some} of {}", count(total, "car", "cars")),
    };
    let heading_id = format!("class-{}", class.slug());
    let labelled_by = heading_id.clone();
    view! {
        <section
            class="class-section"
            data-class-section=class.slug()
            aria-labelledby=labelled_by
            hidden=move || filter.read().class.is_some_and(|only| only != class)
        >
            <header class=format!("class-head class-head-{}", class.slug())>
                <h2 id=heading_id>{class.to_string()}</h2>
                <p class="class-count">{count}</p>
            </header>
            <Show when=move || in_class.read().is_empty()>
                <p class="empty">
                    {if total == 0 {
                        format!("No {class} entries.")
                    } else {
                        format!("No {class} car matches these filters.")
                    }}
                </p>
            </Show>
            <div class="cards">
                <For
                    each=move || in_class.get()
                    key=|at| *at
                    children=move |at| view! { <CarCard season=season.clone() at report /> }
                />
            </div>
        </section>
    }
}
