//! "Plan stints": a dialog to share a race with driving-time rules (the Le
//! Mans 24 Hours) among a car's crew. A timeline of the plan, each
//! driver's total, the selected stint's controls (driver, split, remove),
//! "Suggest a plan", and what the driving-time rules say, checked as the
//! plan changes. Every change is one `Edit::Plan`, so it is saved, undone
//! and shared like any other.

use super::dialog::{focus_when_drawn, on_cancel, show_when_drawn};
use super::editor::Editor;
use super::on_demand::{Built, on_demand, on_demand_part};
use super::plan_report::{PlanFindings, Totals};
use super::plan_suggest::Suggest;
use super::timeline::{PlanView, Timeline};
use super::toolbar::UndoRedo;
use crate::domain::lineup::{Edit, plan_drivers, with_next_stint};
use crate::domain::rules::{EventKind, plan_findings};
use crate::domain::wording::duration;
use crate::domain::{CarNumber, Entry, StintPlan};
use leptos::prelude::*;

/// The planner, open while the editor has a car to plan; its code is
/// fetched on first use.
#[component]
pub fn StintPlanner() -> impl IntoView {
    let editor = expect_context::<Editor>();
    move || {
        editor
            .planning
            .get()
            .map(|car| on_demand("The stint planner", planner_dialog(car)))
    }
}

on_demand_part! {
    pub(super) fn planner_dialog / __preload_planner_dialog + prefetch_planner(car: CarNumber) -> Built {
        untrack(|| Built::of(view! { <PlannerDialog car /> }))
    }
}

/// Closes the planner and puts the focus back on the car's "Plan stints".
fn close(editor: Editor, car: &CarNumber) {
    editor.planning.set(None);
    focus_when_drawn(format!("[data-car='{car}'] .plan-stints"));
}

/// The dialog: its title and history buttons, the rules in words, and the
/// parts of the planner.
#[component]
fn PlannerDialog(car: CarNumber) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let entry = Memo::new({
        let car = car.clone();
        move |_| {
            editor
                .lineup
                .with(|lineup| lineup.season().entry(&car).cloned())
        }
    });
    let props = plan_view(editor, car.clone(), entry);
    let PlanView {
        rows,
        plan,
        findings,
        ..
    } = props;
    let dismiss = Callback::new(move |()| close(editor, &car));
    let title = move || {
        entry.with(|entry| match entry {
            Some(entry) => format!("Stint plan: car #{}, {}", entry.number, entry.team),
            None => "This car is no longer in the line-up".to_string(),
        })
    };
    let event = expect_context::<RwSignal<EventKind>>();
    let rules_in_words = editor.rules.with_value(|rules| {
        rules
            .driving_time(event.get_untracked())
            .map(|time| time.summary())
    });
    let dialog = NodeRef::new();
    show_when_drawn(dialog);
    view! {
        <dialog
            class="picker planner"
            aria-labelledby="planner-title"
            tabindex="-1"
            node_ref=dialog
            on:cancel=on_cancel(dismiss)
        >
            <header class="picker-head">
                <h2 id="planner-title">{title}</h2>
                <div class="planner-history">
                    <UndoRedo />
                    <button
                        type="button"
                        class="button button-quiet planner-close"
                        on:click=move |_| dismiss.run(())
                    >
                        "Close"
                    </button>
                </div>
            </header>
            <p class="planner-rules">{rules_in_words}</p>
            <Suggest entry />
            <Totals rows plan />
            <Timeline props />
            <StintControls props />
            <PlanFindings findings plan entry />
        </dialog>
    }
}

/// The planner's state for car `car`: the plan drawn (a drag in progress
/// or the car's own), its rows and findings, and a commit that makes a
/// changed plan one edit.
fn plan_view(editor: Editor, car: CarNumber, entry: Memo<Option<Entry>>) -> PlanView {
    let event = expect_context::<RwSignal<EventKind>>();
    let draft = RwSignal::new(None::<StintPlan>);
    let plan = Memo::new(move |_| {
        draft.get().unwrap_or_else(|| {
            entry.with(|entry| {
                entry
                    .as_ref()
                    .map(|entry| entry.plan.clone())
                    .unwrap_or_default()
            })
        })
    });
    let rows = Memo::new(move |_| {
        let Some(entry) = entry.get() else {
            return Vec::new();
        };
        editor
            .lineup
            .with(|lineup| plan_drivers(lineup.season(), &entry.crew, &plan.read()))
    });
    let findings = Memo::new(move |_| {
        let Some(entry) = entry.get() else {
            return Vec::new();
        };
        let planned = Entry {
            plan: plan.get(),
            ..entry
        };
        editor.lineup.with(|lineup| {
            editor.rules.with_value(|rules| {
                let season = lineup.season();
                plan_findings(season, rules, event.get(), &planned, &planned.crew)
            })
        })
    });
    let commit = Callback::new(move |plan: StintPlan| {
        if entry.with_untracked(|entry| entry.as_ref().is_some_and(|entry| entry.plan != plan)) {
            editor.dispatch(Edit::Plan {
                car: car.clone(),
                plan,
            });
        }
    });
    PlanView {
        rows,
        plan,
        findings,
        selected: RwSignal::new(None),
        draft,
        commit,
    }
}

/// The selected stint's controls, the help, and adding a stint after the
/// last or clearing the plan.
#[component]
fn StintControls(props: PlanView) -> impl IntoView {
    let (plan, selected, commit) = (props.plan, props.selected, props.commit);
    let rows = props.rows;
    let add = move |_| {
        let extended =
            rows.with_untracked(|rows| plan.with_untracked(|plan| with_next_stint(plan, rows)));
        if let Some(extended) = extended {
            // The new stint comes last: it starts where the plan ended.
            let added = extended.stints().len() - 1;
            commit.run(extended);
            selected.set(Some(added));
        }
    };
    let clear = move |_| {
        selected.set(None);
        commit.run(StintPlan::default());
    };
    let full = move || plan.with(StintPlan::reaches_the_finish);
    view! {
        <div class="stint-controls">
            <SelectedStint props />
            <p class="stint-help">
                "Select a stint to change its driver, split or remove it. Drag the end of a stint, or focus it and use the arrow keys (Shift for single minutes), to make it longer or shorter."
            </p>
            <div class="stint-plan-actions">
                <button type="button" class="button button-quiet" disabled=full on:click=add>
                    "Add a stint"
                </button>
                <button
                    type="button"
                    class="button button-quiet"
                    disabled=move || plan.with(StintPlan::is_empty)
                    on:click=clear
                >
                    "Clear the plan"
                </button>
            </div>
        </div>
    }
}

/// The selected stint: what it is, who drives it (reassign), its end five
/// minutes either way (for touch screens, where the end is a narrow target
/// to drag), split, remove.
#[component]
fn SelectedStint(props: PlanView) -> impl IntoView {
    let PlanView {
        rows,
        plan,
        selected,
        commit,
        ..
    } = props;
    let chosen = Memo::new(move |_| {
        let at = selected.get()?;
        plan.with(|plan| plan.stints().get(at).cloned())
            .map(|stint| (at, stint))
    });
    let change = move |edit: &dyn Fn(&StintPlan, usize) -> Option<StintPlan>| {
        let changed = selected
            .get_untracked()
            .and_then(|at| plan.with_untracked(|plan| edit(plan, at)));
        if let Some(changed) = changed {
            commit.run(changed);
        }
    };
    let move_end = move |by: i16| {
        move |_| {
            change(&|plan, at| {
                let to = plan.stints().get(at)?.to.minutes();
                Some(plan.resized(at, to.saturating_add_signed(by)))
            });
        }
    };
    let split = move |_| change(&|plan, at| Some(plan.split(at)));
    let remove = move |_| {
        change(&|plan, at| Some(plan.without(at)));
        selected.set(None);
    };
    let reassign = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let driver = rows.with_untracked(|rows| {
            rows.iter()
                .find(|row| row.id.as_str() == value)
                .map(|row| row.id.clone())
        });
        change(&|plan, at| Some(plan.reassigned(at, driver.clone()?)));
    };
    move || {
        chosen.get().map(|(at, stint)| {
            let options = rows
                .get()
                .into_iter()
                .map(|row| {
                    let is = row.id == stint.driver;
                    view! {
                        <option value=row.id.to_string() selected=is>
                            {row.name.clone()}
                        </option>
                    }
                })
                .collect_view();
            let said = format!(
                "Stint {} of {}: {} to {} ({})",
                at + 1,
                plan.with_untracked(|plan| plan.stints().len()),
                stint.from,
                stint.to,
                duration(stint.minutes())
            );
            view! {
                <div class="stint-selected-controls">
                    <p class="stint-said">{said}</p>
                    <label class="field">
                        <span class="field-label">"Driver"</span>
                        <select name="stint-driver" on:change=reassign>
                            {options}
                        </select>
                    </label>
                    <button type="button" class="button button-quiet" on:click=move_end(-5)>
                        "End 5 min earlier"
                    </button>
                    <button type="button" class="button button-quiet" on:click=move_end(5)>
                        "End 5 min later"
                    </button>
                    <button type="button" class="button button-quiet" on:click=split>
                        "Split"
                    </button>
                    <button type="button" class="button button-quiet" on:click=remove>
                        "Remove"
                    </button>
                </div>
            }
        })
    }
}
