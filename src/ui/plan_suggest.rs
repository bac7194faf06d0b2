//! The planner's "Suggest a plan": a stint length from the fan, the
//! domain's suggestion applied as one `Edit::Plan`, or the rule that makes
//! a plan impossible.

use super::editor::Editor;
use crate::domain::Entry;
use crate::domain::lineup::Edit;
use crate::domain::rules::{EventKind, STINT_LENGTHS, TYPICAL_STINT, stint_length, suggest_plan};
use leptos::prelude::*;

/// "Suggest a plan", from a stint length the fan chooses.
#[component]
pub(super) fn Suggest(entry: Memo<Option<Entry>>) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let checked_for = expect_context::<RwSignal<EventKind>>();
    let length = RwSignal::new(TYPICAL_STINT.to_string());
    let problem = RwSignal::new(None::<String>);
    let suggest = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(entry) = entry.get_untracked() else {
            return;
        };
        let minutes = match stint_length(&length.get_untracked()) {
            Ok(minutes) => minutes,
            Err(why) => return problem.set(Some(why)),
        };
        let suggested = editor.lineup.with_untracked(|lineup| {
            editor.rules.with_value(|rules| {
                suggest_plan(
                    lineup.season(),
                    rules,
                    checked_for.get_untracked(),
                    &entry,
                    &entry.crew,
                    minutes,
                )
            })
        });
        match suggested {
            Ok(plan) => {
                problem.set(None);
                editor.dispatch(Edit::Plan {
                    car: entry.number.clone(),
                    plan,
                });
            }
            Err(refused) => problem.set(Some(refused.message)),
        }
    };
    view! {
        <form class="planner-suggest" on:submit=suggest novalidate>
            <label class="field">
                <span class="field-label">"Stint length (minutes)"</span>
                <input
                    type="number"
                    name="stint-length"
                    min=*STINT_LENGTHS.start()
                    max=*STINT_LENGTHS.end()
                    inputmode="numeric"
                    aria-describedby="stint-length-problem"
                    aria-invalid=move || problem.with(Option::is_some).to_string()
                    prop:value=move || length.get()
                    on:input=move |event| length.set(event_target_value(&event))
                />
            </label>
            <button type="submit" class="button">
                "Suggest a plan"
            </button>
            <p class="planner-problem" id="stint-length-problem" role="alert">
                {move || problem.get()}
            </p>
        </form>
    }
}
