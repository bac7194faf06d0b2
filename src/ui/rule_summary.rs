//! The rule summary: the event switch, the totals and, per class, errors
//! and warnings with links to the cars concerned (`class_tallies.rs`). On a
//! phone the classes fold behind a "By class" button.

use super::class_tallies::{ClassTallies, class_tallies};
use super::editor::Editor;
use super::fold::{Fold, FoldToggle};
use super::loaded_later::live_when_loaded;
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
    view! {
        <section class="rule-summary" aria-labelledby="rule-summary-title">
            <div class="rule-summary-head">
                <h2 id="rule-summary-title">"Rule check"</h2>
                {switch
                    .map(|switch| {
                        view! {
                            <fieldset class="event-switch">
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
                <FoldToggle fold controls="rule-tallies" label="By class" />
            </div>
            // The cars by class: its code arrives after the page is alive.
            {live_when_loaded(
                move || view! { <ClassTallies tally fold /> },
                move || class_tallies(tally, fold),
            )}
        </section>
    }
}
