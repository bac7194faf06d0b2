//! What a stint plan amounts to, as the planner shows it: each driver's
//! time at the wheel, and what the driving-time rules say.

use super::car_card::FindingItem;
use super::rating::RatingBadge;
use crate::domain::rules::Finding;
use crate::domain::wording::{count, duration};
use crate::domain::{Driver, Entry, StintPlan};
use leptos::prelude::*;

/// Each driver's planned time.
#[component]
pub(super) fn Totals(rows: Memo<Vec<Driver>>, plan: Memo<StintPlan>) -> impl IntoView {
    let totals = move || {
        rows.get()
            .into_iter()
            .map(|driver| {
                let id = driver.id.clone();
                let total = move || plan.with(|plan| duration(plan.total_of(&id)));
                view! {
                    <li data-total=driver.id.to_string()>
                        <span class="driver-name">{driver.name.clone()}</span>
                        <RatingBadge driver=driver.clone() />
                        <span class="total">{total}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ol class="planner-totals" aria-label="Time at the wheel">
            {totals}
        </ol>
    }
}

/// What the driving-time rules say about the plan, as the plan changes.
#[component]
pub(super) fn PlanFindings(
    findings: Memo<Vec<Finding>>,
    plan: Memo<StintPlan>,
    entry: Memo<Option<Entry>>,
) -> impl IntoView {
    let list = move || {
        let Some((car, class)) = entry.with(|entry| {
            entry
                .as_ref()
                .map(|entry| (entry.number.clone(), entry.class))
        }) else {
            return Vec::new();
        };
        findings
            .get()
            .into_iter()
            .map(|finding| view! { <FindingItem finding car=car.clone() class /> })
            .collect::<Vec<_>>()
    };
    let verdict = move || match (plan.with(StintPlan::is_empty), findings.with(Vec::len)) {
        (true, _) => "No plan yet: suggest one, or add stints.".to_string(),
        (false, 0) => "✓ The plan keeps every driving-time rule.".to_string(),
        (false, n) => format!(
            "The plan breaks the rules in {}:",
            count(n, "place", "places")
        ),
    };
    view! {
        <section class="plan-findings" aria-live="polite">
            <p class="plan-verdict">{verdict}</p>
            <ul class="findings">{list}</ul>
        </section>
    }
}
