//! The rule summary: the event switch, the totals and, per class, errors
//! and warnings with links to the cars concerned (`class_tallies.rs`). On a
//! phone the classes fold behind a "By class" button.

use super::checking::prefetch_engine;
use super::class_tallies::{ClassTallies, TALLIES_ID, class_tallies};
use super::editor::Editor;
use super::fold::{Fold, FoldToggle};
use super::loaded_later::live_when_loaded;
use super::on_need;
use crate::domain::rules::{EventKind, Summary};
use crate::domain::wording::count;
use leptos::prelude::*;

/// Which event the crews are checked for, and what the check found.
#[component]
pub fn RuleSummary(event: RwSignal<EventKind>, summary: RwSignal<Summary>) -> impl IntoView {
    let tally = Memo::new(move |_| summary.with(|summary| summary.tally.clone()));
    let editor = expect_context::<Editor>();
    // A list checked for one event only (Le Mans) has no switch.
    let events = editor.rules.with_value(|rules| rules.events.clone());
    let switch = (events.len() > 1).then(|| {
        events
            .into_iter()
            .map(|kind| {
                view! {
                    <label class="event-option">
                        <input
                            type="radio"
                            name="event"
                            value=kind.slug()
                            checked=event.get_untracked() == kind
                            prop:checked=move || event.get() == kind
                            on:change=move |_| event.set(kind)
                        />
                        {kind.name()}
                    </label>
                }
            })
            .collect_view()
    });
    let total = move || {
        let summary = summary.read();
        format!(
            "{}, {} for {}",
            count(summary.errors, "error", "errors"),
            count(summary.warnings, "warning", "warnings"),
            event.get()
        )
    };
    let fold = Fold::new();
    follow_in_the_tallies(summary, fold);
    view! {
        <section class="rule-summary" aria-labelledby="rule-summary-title">
            <div class="rule-summary-head">
                <h2 id="rule-summary-title">"Rule check"</h2>
                {switch
                    .map(|switch| {
                        view! {
                            <fieldset
                                class="event-switch"
                                on:pointerover=|_| prefetch_engine()
                                on:focusin=|_| prefetch_engine()
                            >
                                <legend class="sr-only">"Event"</legend>
                                {switch}
                            </fieldset>
                        }
                    })}
            </div>
            <div class="rule-summary-line">
                <p class="rule-summary-total" aria-live="polite">
                    {total}
                </p>
                <FoldToggle fold controls=TALLIES_ID label="By class" />
            </div>
            // The cars by class: its code arrives when first needed.
            {live_when_loaded(
                TALLIES_ID,
                move || view! { <ClassTallies tally fold /> },
                move || class_tallies(tally, fold),
            )}
        </section>
    }
}

/// The per class detail's code comes when it has something new to show:
/// the check changed, or the fold opened on a phone.
fn follow_in_the_tallies(summary: RwSignal<Summary>, fold: Fold) {
    let page = summary.get_untracked();
    Effect::new(move |_| {
        let changed = summary.with(|now| *now != page);
        if fold.is_open() || changed {
            on_need::changed(TALLIES_ID);
        }
    });
}
