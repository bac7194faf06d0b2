//! "Plan stints": a dialog to share the Le Mans 24 Hours among a car's
//! crew. A timeline of the plan, each driver's total, the selected stint's
//! controls (driver, split, remove), "Suggest a plan", and what the
//! driving-time rules say, checked as the plan changes. Every change is one
//! `Edit::Plan`, so it is saved, undone and shared like any other.

use super::dialog::{focus_when_drawn, keep_focus_inside};
use super::editor::Editor;
use super::on_demand::{on_demand, on_demand_part};
use super::plan_report::{PlanFindings, Totals};
use super::plan_suggest::Suggest;
use super::timeline::{PlanView, Timeline};
use super::toolbar::HistoryButton;
use crate::domain::lineup::{Edit, LineUp};
use crate::domain::rules::{EventKind, TYPICAL_STINT, plan_findings};
use crate::domain::wording::duration;
use crate::domain::{CarNumber, Driver, Entry, StintPlan};
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
    pub(super) fn planner_dialog / __preload_planner_dialog + prefetch_planner(car: CarNumber) -> AnyView {
        untrack(|| view! { <PlannerDialog car /> }.into_any())
    }
}

/// Closes the planner and puts the focus back on the car's "Plan stints".
fn close(editor: Editor, car: &CarNumber) {
    editor.planning.set(None);
    focus_when_drawn(format!("[data-car='{car}'] .plan-stints"));
}

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
    // The crew's drivers, then anyone else the plan names.
    let rows = Memo::new(move |_| {
        editor.lineup.with(|lineup| {
            let season = lineup.season();
            let Some(entry) = entry.get() else {
                return Vec::new();
            };
            let mut rows: Vec<Driver> = entry
                .crew
                .drivers()
                .filter_map(|id| season.driver(id).cloned())
                .collect();
            for stint in plan.read().stints() {
                if !rows.iter().any(|row| row.id == stint.driver) {
                    rows.extend(season.driver(&stint.driver).cloned());
                }
            }
            rows
        })
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
                plan_findings(
                    lineup.season(),
                    rules,
                    EventKind::LeMans,
                    &planned,
                    &planned.crew,
                )
            })
        })
    });
    let selected = RwSignal::new(None::<usize>);
    let commit = Callback::new({
        let car = car.clone();
        move |plan: StintPlan| {
            if entry.with_untracked(|entry| entry.as_ref().is_some_and(|entry| entry.plan != plan))
            {
                editor.dispatch(Edit::Plan {
                    car: car.clone(),
                    plan,
                });
            }
        }
    });
    let on_key = {
        let car = car.clone();
        move |event: web_sys::KeyboardEvent| match event.key().as_str() {
            "Escape" => close(editor, &car),
            "Tab" => keep_focus_inside(&event),
            _ => {}
        }
    };
    let title = move || {
        entry.with(|entry| match entry {
            Some(entry) => format!("Stint plan: car #{}, {}", entry.number, entry.team),
            None => "This car is no longer in the line-up".to_string(),
        })
    };
    let dismiss = {
        let car = car.clone();
        move |_| close(editor, &car)
    };
    let rules_in_words = editor.rules.with_value(|rules| {
        rules
            .driving_time(EventKind::LeMans)
            .map(|time| time.summary())
    });
    let props = PlanView {
        rows,
        plan,
        findings,
        selected,
        draft,
        commit,
    };
    view! {
        <div class="picker-backdrop">
            <div class="picker planner" role="dialog" aria-modal="true" aria-labelledby="planner-title" on:keydown=on_key>
                <header class="picker-head">
                    <h2 id="planner-title">{title}</h2>
                    <div class="planner-history">
                        <HistoryButton label="Undo" keys="Control+Z" can=LineUp::can_undo step=Editor::undo />
                        <HistoryButton label="Redo" keys="Control+Shift+Z" can=LineUp::can_redo step=Editor::redo />
                        <button type="button" class="button button-quiet planner-close" on:click=dismiss>"Close"</button>
                    </div>
                </header>
                <p class="planner-rules">{rules_in_words}</p>
                <Suggest entry />
                <Totals rows plan />
                <Timeline props />
                <StintControls props />
                <PlanFindings findings plan entry />
            </div>
        </div>
    }
}

/// The selected stint: who drives it (reassign), split, remove; and adding
/// a stint after the last, or clearing the plan.
#[component]
fn StintControls(props: PlanView) -> impl IntoView {
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
    let change = move |edit: fn(&StintPlan, usize) -> StintPlan| {
        move |_| {
            if let Some(at) = selected.get_untracked() {
                commit.run(plan.with_untracked(|plan| edit(plan, at)));
            }
        }
    };
    // For touch screens, where a stint's end is a narrow target to drag.
    let move_end = move |by: i16| {
        move |_| {
            if let Some((at, stint)) = chosen.get_untracked() {
                let to = stint.to.minutes().saturating_add_signed(by);
                commit.run(plan.with_untracked(|plan| plan.resized(at, to)));
            }
        }
    };
    let remove = move |_| {
        if let Some(at) = selected.get_untracked() {
            selected.set(None);
            commit.run(plan.with_untracked(|plan| plan.without(at)));
        }
    };
    let reassign = move |event: leptos::ev::Event| {
        let (Some(at), value) = (selected.get_untracked(), event_target_value(&event)) else {
            return;
        };
        let driver = rows.with_untracked(|rows| {
            rows.iter()
                .find(|row| row.id.as_str() == value)
                .map(|row| row.id.clone())
        });
        if let Some(driver) = driver {
            commit.run(plan.with_untracked(|plan| plan.reassigned(at, driver)));
        }
    };
    let add = move |_| {
        // The driver with the least time so far takes the new stint.
        let next = rows.with_untracked(|rows| {
            plan.with_untracked(|plan| {
                rows.iter()
                    .min_by_key(|row| plan.total_of(&row.id))
                    .map(|row| row.id.clone())
            })
        });
        let extended = next
            .and_then(|driver| plan.with_untracked(|plan| plan.extended(driver, TYPICAL_STINT)));
        if let Some(extended) = extended {
            // The new stint comes last: it starts where the plan ended.
            let added = extended.stints().len() - 1;
            commit.run(extended);
            selected.set(Some(added));
        }
    };
    let full = move || plan.with(StintPlan::reaches_the_finish);
    let selected_view = move || {
        chosen.get().map(|(at, stint)| {
            let options = rows
                .get()
                .into_iter()
                .map(|row| {
                    let is = row.id == stint.driver;
                    view! { <option value=row.id.to_string() selected=is>{row.name.clone()}</option> }
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
                        <select name="stint-driver" on:change=reassign>{options}</select>
                    </label>
                    <button type="button" class="button button-quiet" on:click=move_end(-5)>"End 5 min earlier"</button>
                    <button type="button" class="button button-quiet" on:click=move_end(5)>"End 5 min later"</button>
                    <button type="button" class="button button-quiet" on:click=change(StintPlan::split)>"Split"</button>
                    <button type="button" class="button button-quiet" on:click=remove>"Remove"</button>
                </div>
            }
        })
    };
    view! {
        <div class="stint-controls">
            {selected_view}
            <p class="stint-help">
                "Select a stint to change its driver, split or remove it. Drag the end of a stint, or focus it and use the arrow keys (Shift for single minutes), to make it longer or shorter."
            </p>
            <div class="stint-plan-actions">
                <button type="button" class="button button-quiet" disabled=full on:click=add>"Add a stint"</button>
                <button
                    type="button"
                    class="button button-quiet"
                    disabled=move || plan.with(StintPlan::is_empty)
                    on:click=move |_| {
                        selected.set(None);
                        commit.run(StintPlan::default());
                    }
                >
                    "Clear the plan"
                </button>
            </div>
        </div>
    }
}
