//! The workbench: the editor started on the provisional list, and around
//! the line-up its header, toolbar, filters, rule summary, a section of
//! cards per class and the seat picker. Every edit re-checks the line-up.

use super::about::AboutData;
use super::add_car::AddCar;
use super::car_card::CarCard;
use super::card_store::{CardStore, card_id};
use super::checking::prefetch_engine;
use super::contract::INTERACTIVE_MARK;
use super::editor::Editor;
use super::filters::Filters;
use super::list_header::ListHeader;
use super::on_need::on_need;
use super::pacing::{all_alive, later, prerendered, say_alive};
use super::picker::{SeatPicker, prefetch_picker};
use super::picture::PictureView;
use super::planner::{StintPlanner, prefetch_planner};
use super::rating::RatingLegend;
use super::round_choice::RoundChoice;
use super::rule_summary::{prefetch_summary, rule_summary};
use super::season_view::SeasonView;
use super::toolbar::{Toolbar, prefetch_toolbar_buttons};
use crate::domain::rules::{EventKind, Report, RuleSet};
use crate::domain::wording::count;
use crate::domain::{CarNumber, Class, EntryFilter, Season};
use leptos::prelude::*;
use std::sync::Arc;

/// The fan's line-up of `base`, to see, check and edit under `rules`;
/// `checked` is the check of `base` the page shows (for the rule set's
/// first event).
#[component]
pub fn Workbench(base: Arc<Season>, rules: RuleSet, checked: Report) -> impl IntoView {
    let classes = rules.classes.clone();
    let first_event = rules.events[0];
    let editor = Editor::start(base, rules);
    provide_context(editor);
    editor.follow_other_tabs();
    editor.save_before_hiding();
    let filter = RwSignal::new(EntryFilter::default());
    // The summary's links to cars clear the filters that hide them.
    provide_context(filter);
    let event = RwSignal::new(first_event);
    // Cards offer the stint planner where the event has driving-time rules.
    provide_context(event);
    let choice = RoundChoice::new(editor, event);
    provide_context(choice);
    let store = CardStore::new(editor, event, &checked);
    // The pictures show each car's verdict as its card has it.
    provide_context(store);
    let shown = Memo::new(move |_| {
        editor.lineup.with(|lineup| {
            let season = lineup.season();
            editor
                .rules
                .with_value(|rules| filter.read().shown(season, rules))
        })
    });
    // Runs once, in the browser only, once every part is hydrated.
    Effect::new(move |_| leptos::task::spawn_local(come_to_life(editor, store, choice)));
    let sections = classes
        .into_iter()
        .map(|class| later(move || view! { <ClassSection class shown filter store /> }))
        .collect_view();
    let shown_count = Signal::derive(move || shown.read().len());
    // Each part comes to life in a slice of its own, in the page's order.
    view! {
        {later(|| view! { <ListHeader /> })}
        <p class="restoring" role="status">
            "Restoring your line-up…"
        </p>
        <Toolbar />
        {later(move || view! { <Filters filter shown=shown_count /> })}
        {prerendered(|| view! { <RatingLegend /> })}
        {prerendered(|| view! { <AboutData /> })}
        {rule_summary(event, store.summary)}
        {sections}
        <AddCar />
        <SeatPicker />
        <StintPlanner />
        <SeasonView choice />
        <PictureView />
    }
}

/// Once every part is hydrated, brings in the fan's own line-up (the page
/// says "Restoring your line-up…" until then: see `index.html`), then marks
/// the page interactive and hands over what the fan did meanwhile (the
/// page's early-events script replays it).
async fn come_to_life(editor: Editor, store: CardStore, choice: RoundChoice) {
    all_alive().await;
    editor.restore().await;
    store.settled().await;
    let page = document();
    if let Some(root) = page.document_element() {
        let _ = root.remove_attribute("data-restoring");
        // The stylesheet skips the cards off screen from now on.
        let _ = root.set_attribute("data-alive", "");
    }
    if let Some(performance) = window().performance() {
        // A missing mark only costs a test or a benchmark its signal.
        let _ = performance.mark(INTERACTIVE_MARK);
    }
    say_alive();
    choice.follow_the_address();
}

/// Starts fetching the code a first edit needs (the engine, the rule
/// summary, the toolbar's buttons, the seat picker and, where the event
/// has driving-time rules, the planner) as the pointer or the focus reaches the cards, before the
/// first click.
fn prefetch_editing(editor: Editor, event: RwSignal<EventKind>) {
    prefetch_engine();
    prefetch_summary();
    prefetch_toolbar_buttons();
    prefetch_picker();
    if editor
        .rules
        .with_value(|rules| rules.driving_time(event.get_untracked()).is_some())
    {
        prefetch_planner();
    }
}

/// One class's cars, or a line saying none match.
#[component]
fn ClassSection(
    class: Class,
    shown: Memo<Vec<(Class, CarNumber)>>,
    filter: RwSignal<EntryFilter>,
    store: CardStore,
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let event = expect_context::<RwSignal<EventKind>>();
    let total = Memo::new(move |_| {
        editor
            .lineup
            .with(|lineup| lineup.season().car_count(Some(class)))
    });
    let in_class = Memo::new(move |_| {
        shown
            .read()
            .iter()
            .filter(|(of, _)| *of == class)
            .map(|(_, number)| number.clone())
            .collect::<Vec<CarNumber>>()
    });
    let none_shown = Memo::new(move |_| in_class.read().is_empty());
    let count_text = move || match (in_class.read().len(), total.get()) {
        (shown, all) if shown == all => count(all, "car", "cars"),
        (shown, all) => format!("{shown} of {}", count(all, "car", "cars")),
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
                <p class="class-count">{count_text}</p>
            </header>
            {move || {
                none_shown
                    .get()
                    .then(|| {
                        let why = move || {
                            if total.get() == 0 {
                                format!("No {class} entries.")
                            } else {
                                format!("No {class} car matches these filters.")
                            }
                        };
                        view! { <p class="empty">{why}</p> }
                    })
            }}
            <div
                class="cards"
                on:pointerover=move |_| prefetch_editing(editor, event)
                on:focusin=move |_| prefetch_editing(editor, event)
            >
                <For
                    each=move || in_class.get()
                    key=|number| number.clone()
                    children=move |number| {
                        on_need(card_id(&number), move || view! { <CarCard number store /> })
                    }
                />
            </div>
        </section>
    }
}
