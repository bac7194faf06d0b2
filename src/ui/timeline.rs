//! The 24-hour timeline of a stint plan (SVG): a row per driver, each stint
//! a bar in the driver's rating colour with a handle on its end to drag or
//! move by keyboard, and the stretches the rules object to highlighted.

use crate::domain::rules::Finding;
use crate::domain::wording::duration;
use crate::domain::{Driver, DriverId, RaceTime, StintPlan};
use leptos::prelude::*;
use leptos::svg;

/// The minutes of the race, the timeline's width in SVG units.
const DAY: u16 = RaceTime::END_OF_DAY.minutes();
/// The height of a driver's row, in SVG units (and pixels).
const ROW: u16 = 36;
/// How far a drag snaps and an arrow key moves a stint's end, in minutes.
const STEP: u16 = 5;

/// The planner's state, shared by the timeline and the controls: what
/// they draw and how they report a fan's changes.
#[derive(Clone, Copy)]
pub struct PlanView {
    /// The drivers with a row, in order.
    pub rows: Memo<Vec<Driver>>,
    /// The plan drawn: the saved one, or a drag in progress.
    pub plan: Memo<StintPlan>,
    pub findings: Memo<Vec<Finding>>,
    pub selected: RwSignal<Option<usize>>,
    /// A plan being dragged, drawn but not yet an edit.
    pub draft: RwSignal<Option<StintPlan>>,
    /// Makes `plan` the car's plan (one edit).
    pub commit: Callback<StintPlan>,
}

/// The timeline with its hour scale. A drag is followed on the whole
/// canvas (which holds the pointer), so bars may redraw under it.
#[component]
pub fn Timeline(props: PlanView) -> impl IntoView {
    let PlanView { rows, plan, .. } = props;
    let drag = Drag::new(props);
    let height = move || rows.with(Vec::len).max(1) as u16 * ROW;
    let grab = Callback::new(move |(at, event)| drag.grab(at, &event));
    view! {
        <div class="timeline">
            <RowNames rows />
            <svg
                node_ref=drag.canvas
                class="timeline-canvas"
                viewBox=move || format!("0 0 {DAY} {}", height())
                preserveAspectRatio="none"
                height=height
                role="group"
                aria-label="The stints on a 24-hour timeline, a row per driver"
                on:pointermove=move |event| drag.follow(&event)
                on:pointerup=move |_| drag.drop()
                on:pointercancel=move |_| drag.cancel()
            >
                <For
                    each=move || 0..rows.with(Vec::len)
                    key=|row| *row
                    children=move |row| {
                        view! {
                            <rect class="lane" x="0" y=row as u16 * ROW width=DAY height=ROW />
                        }
                    }
                />
                <HourLines />
                <Breaches props />
                <For
                    each=move || 0..plan.with(|plan| plan.stints().len())
                    key=|at| *at
                    children=move |at| view! { <StintBar props at grab /> }
                />
            </svg>
            <HourScale />
        </div>
    }
}

/// A drag of a stint's end: the plan as it was when grabbed, redrawn as a
/// draft while the pointer moves and made one edit when it is let go.
#[derive(Clone, Copy)]
struct Drag {
    canvas: NodeRef<svg::Svg>,
    grabbed: StoredValue<Option<(usize, StintPlan)>>,
    props: PlanView,
}

impl Drag {
    fn new(props: PlanView) -> Drag {
        Drag {
            canvas: NodeRef::new(),
            grabbed: StoredValue::new(None),
            props,
        }
    }

    /// Takes hold of the end of stint `at`.
    fn grab(self, at: usize, event: &web_sys::PointerEvent) {
        event.prevent_default();
        if let Some(canvas) = self.canvas.get_untracked() {
            let _ = canvas.set_pointer_capture(event.pointer_id());
        }
        let base = self.props.plan.get_untracked();
        self.props.draft.set(Some(base.clone()));
        self.grabbed.set_value(Some((at, base)));
    }

    /// Moves the held end to the pointer, snapped to [`STEP`].
    fn follow(self, event: &web_sys::PointerEvent) {
        let Some(minute) = self.minute_at(event) else {
            return;
        };
        let moved = self
            .grabbed
            .with_value(|grabbed| grabbed.as_ref().map(|(at, base)| base.resized(*at, minute)));
        if let Some(moved) = moved {
            self.props.draft.set(Some(moved));
        }
    }

    /// Lets go: the drawn draft becomes the car's plan.
    fn drop(self) {
        self.grabbed.set_value(None);
        if let Some(dragged) = self.props.draft.get_untracked() {
            self.props.draft.set(None);
            self.props.commit.run(dragged);
        }
    }

    /// Lets go without a change.
    fn cancel(self) {
        self.grabbed.set_value(None);
        self.props.draft.set(None);
    }

    fn minute_at(self, event: &web_sys::PointerEvent) -> Option<u16> {
        let bounds = self.canvas.get_untracked()?.get_bounding_client_rect();
        let share = (f64::from(event.client_x()) - bounds.left()) / bounds.width().max(1.0);
        let steps = (share.clamp(0.0, 1.0) * f64::from(DAY / STEP)).round() as u16;
        Some(steps * STEP)
    }
}

/// Each row's driver without the first name ("Al Harthy"); the bars carry
/// the full names.
#[component]
fn RowNames(rows: Memo<Vec<Driver>>) -> impl IntoView {
    let names = move || {
        rows.get()
            .into_iter()
            .map(|driver| {
                let surname = driver
                    .name
                    .split_once(' ')
                    .map_or(driver.name.as_str(), |(_, rest)| rest)
                    .to_string();
                view! { <li title=driver.name>{surname}</li> }
            })
            .collect_view()
    };
    view! {
        <ol class="timeline-names" aria-hidden="true">
            {names}
        </ol>
    }
}

/// A line per hour, stronger every six.
#[component]
fn HourLines() -> impl IntoView {
    (0..=24u16)
        .map(|hour| {
            let class = if hour % 6 == 0 {
                "hour hour-major"
            } else {
                "hour"
            };
            view! { <line class=class x1=hour * 60 x2=hour * 60 y1="0" y2="100%" /> }
        })
        .collect_view()
}

/// The hours under the timeline, every six.
#[component]
fn HourScale() -> impl IntoView {
    let hours = (0..=4u16)
        .map(|quarter| {
            let hour = quarter * 6;
            view! {
                <span class="timeline-hour" data-hour=hour>
                    {format!("{hour:02}:00")}
                </span>
            }
        })
        .collect_view();
    view! {
        <div class="timeline-scale" aria-hidden="true">
            {hours}
        </div>
    }
}

/// The stretches a finding objects to, over the rows of the drivers it
/// names (all rows when it names none), with its message as a tooltip.
#[component]
fn Breaches(props: PlanView) -> impl IntoView {
    let PlanView { rows, findings, .. } = props;
    move || {
        let lane = |driver: &DriverId| {
            rows.with(|rows| rows.iter().position(|row| row.id == *driver))
                .map(|row| row as u16)
        };
        let all = rows.with(Vec::len).max(1) as u16 * ROW;
        findings
            .get()
            .into_iter()
            .filter_map(|finding| {
                let span = finding.span?;
                let (from, to) = (span.from.minutes(), span.to.minutes());
                let lanes: Vec<u16> = finding.drivers.iter().filter_map(lane).collect();
                let (y, tall) = match (lanes.iter().min(), lanes.iter().max()) {
                    (Some(top), Some(bottom)) => (top * ROW, (bottom - top + 1) * ROW),
                    _ => (0, all),
                };
                Some(view! {
                    <rect
                        class="breach"
                        data-rule=finding.rule
                        x=from
                        y=y
                        width=to - from
                        height=tall
                    >
                        <title>{finding.message}</title>
                    </rect>
                })
            })
            .collect_view()
    }
}

/// Stint `at` of the plan drawn: a bar to select it, and a handle on its
/// end. Its attributes follow the plan, so it keeps the focus and the
/// pointer as the plan changes.
#[component]
fn StintBar(
    props: PlanView,
    at: usize,
    grab: Callback<(usize, web_sys::PointerEvent)>,
) -> impl IntoView {
    let PlanView {
        rows,
        plan,
        selected,
        ..
    } = props;
    let stint = Memo::new(move |_| plan.with(|plan| plan.stints().get(at).cloned()));
    let driver = Memo::new(move |_| {
        let id = stint.with(|stint| stint.as_ref().map(|stint| stint.driver.clone()))?;
        rows.with(|rows| {
            rows.iter()
                .position(|row| row.id == id)
                .map(|row| (row, rows[row].clone()))
        })
    });
    let minutes = Memo::new(move |_| {
        stint.with(|stint| {
            stint
                .as_ref()
                .map_or((0, 0), |stint| (stint.from.minutes(), stint.to.minutes()))
        })
    });
    let y = Signal::derive(move || {
        driver.with(|driver| driver.as_ref().map_or(0, |(row, _)| *row as u16 * ROW))
    });
    let class = move || {
        let rating = driver.with(|driver| driver.as_ref().map(|(_, driver)| driver.rating.slug()));
        format!("stint rating-{}", rating.unwrap_or("none"))
    };
    let label = move || {
        let (from, to) = minutes.get();
        let name = driver.with(|driver| driver.as_ref().map(|(_, driver)| driver.name.clone()));
        format!(
            "Stint {}: {}, {} to {} ({})",
            at + 1,
            name.unwrap_or_else(|| "a driver not in this crew".to_string()),
            RaceTime::clock(from),
            RaceTime::clock(to),
            duration(to - from)
        )
    };
    let is_selected = move || selected.get() == Some(at);
    view! {
        <g
            class=class
            data-stint=at
            data-driver=move || {
                stint.with(|stint| stint.as_ref().map(|stint| stint.driver.to_string()))
            }
        >
            <rect
                class="stint-bar"
                class:stint-selected=is_selected
                x=move || minutes.get().0
                y=move || y.get() + 6
                width=move || minutes.get().1 - minutes.get().0
                height=ROW - 12
                tabindex="0"
                role="button"
                aria-label=label
                aria-pressed=move || is_selected().to_string()
                on:click=move |_| selected.set(Some(at))
                on:keydown=move |event| {
                    if matches!(event.key().as_str(), "Enter" | " ") {
                        event.prevent_default();
                        selected.set(Some(at));
                    }
                }
            />
            <StintEnd props at minutes y grab />
        </g>
    }
}

/// The end of stint `at`: a slider to drag, or to move with the arrow keys
/// (Shift for single minutes).
#[component]
fn StintEnd(
    props: PlanView,
    at: usize,
    minutes: Memo<(u16, u16)>,
    y: Signal<u16>,
    grab: Callback<(usize, web_sys::PointerEvent)>,
) -> impl IntoView {
    let PlanView {
        plan,
        selected,
        commit,
        ..
    } = props;
    let on_key = move |event: web_sys::KeyboardEvent| {
        let step = if event.shift_key() { 1 } else { STEP };
        let to = minutes.get_untracked().1;
        let moved = match event.key().as_str() {
            "ArrowRight" | "ArrowUp" => to.saturating_add(step),
            "ArrowLeft" | "ArrowDown" => to.saturating_sub(step),
            _ => return,
        };
        event.prevent_default();
        selected.set(Some(at));
        commit.run(plan.with_untracked(|plan| plan.resized(at, moved)));
    };
    view! {
        <rect
            class="stint-handle"
            x=move || minutes.get().1.saturating_sub(8)
            y=move || y.get() + 2
            width="16"
            height=ROW - 4
            tabindex="0"
            role="slider"
            aria-label=format!("End of stint {}", at + 1)
            aria-valuemin=move || minutes.get().0 + 1
            aria-valuemax=DAY
            aria-valuenow=move || minutes.get().1
            aria-valuetext=move || RaceTime::clock(minutes.get().1)
            on:keydown=on_key
            on:pointerdown=move |event| grab.run((at, event))
        />
    }
}
