//! The rule summary: the event switch and the round picker, the totals
//! and, per class, errors and warnings with links to the cars concerned
//! (`class_tallies.rs`). On a phone the classes fold behind a "By class"
//! button. The page carries it as HTML; its code is a chunk, fetched when
//! the check or the event changes or the fan reaches into it (and ahead,
//! as the fan reaches for the cards).

use super::checking::prefetch_engine;
use super::class_tallies::{ClassTallies, TALLIES_ID};
use super::editor::Editor;
use super::fold::{Fold, FoldToggle};
use super::loaded_later::{live_when_loaded, wake_when};
use super::on_demand::{Built, on_demand_part};
use super::round_choice::RoundChoice;
use super::round_picker::RoundPicker;
use crate::domain::rules::{EventKind, Summary};
use crate::domain::wording::count;
use leptos::prelude::*;

/// The summary's element id.
pub const SUMMARY_ID: &str = "rule-summary";

/// The summary as the page has it, made live (by its own chunk) when the
/// check or the event changes or the fan reaches into it.
pub fn rule_summary(event: RwSignal<EventKind>, summary: RwSignal<Summary>) -> impl IntoView {
    let (page_event, page) = (event.get_untracked(), summary.get_untracked());
    wake_when(SUMMARY_ID, move || {
        event.get() != page_event || summary.with(|now| *now != page)
    });
    live_when_loaded(
        SUMMARY_ID,
        move || view! { <RuleSummary event summary /> },
        move || live_summary(event, summary),
    )
}

on_demand_part! {
    /// The summary, live.
    pub fn live_summary / __preload_live_summary + prefetch_summary(event: RwSignal<EventKind>, summary: RwSignal<Summary>) -> Built {
        untrack(|| Built::of(view! { <RuleSummary event summary /> }))
    }
}

/// Which event the crews are checked for, and what the check found.
#[component]
pub fn RuleSummary(event: RwSignal<EventKind>, summary: RwSignal<Summary>) -> impl IntoView {
    let tally = Memo::new(move |_| summary.with(|summary| summary.tally.clone()));
    let editor = expect_context::<Editor>();
    let choice = expect_context::<RoundChoice>();
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
                            prop:checked=move || {
                                event.get() == kind && choice.chosen.read().is_none()
                            }
                            on:change=move |_| {
                                if choice.chosen.get_untracked().is_some() {
                                    choice.back_to_the_list(kind);
                                } else {
                                    event.set(kind);
                                }
                            }
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
            choice.chosen.read().as_ref().map_or_else(
                || event.get().to_string(),
                |(_, name)| format!("the {name}")
            )
        )
    };
    let fold = Fold::new();
    view! {
        <section class="rule-summary" id=SUMMARY_ID aria-labelledby="rule-summary-title">
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
                {choice.has_rounds().then(|| view! { <RoundPicker choice /> })}
            </div>
            <div class="rule-summary-line">
                <p class="rule-summary-total" aria-live="polite">
                    {total}
                </p>
                <FoldToggle fold controls=TALLIES_ID label="By class" />
            </div>
            <ClassTallies tally fold />
        </section>
    }
}
