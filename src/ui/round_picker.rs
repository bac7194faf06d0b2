//! The round picker, beside the event switch: "Rounds of 2024" opens a list
//! of the season's eight rounds (fetched on first open) and the provisional
//! list; choosing one checks the line-up by that round's rules and shows
//! its crews on the cards. With a round chosen, "Start from the crews of …"
//! makes its crews the base of the fan's line-up (one step to undo). Part
//! of the rule summary's chunk.

use super::editor::Editor;
use super::round_choice::{RoundChoice, RoundsState};
use crate::domain::rounds::Rounds;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use std::sync::Arc;

/// The picker's button and, while open, its panel.
#[component]
pub fn RoundPicker(choice: RoundChoice) -> impl IntoView {
    let open = RwSignal::new(false);
    let toggle = move |_| {
        open.update(|open| *open = !*open);
        if open.get_untracked() {
            choice.load();
        }
    };
    let label = move || match choice.chosen.get() {
        Some((_, name)) => format!("Round: {name}"),
        None => "Rounds of 2024".to_string(),
    };
    view! {
        <div class="round-picker">
            <button
                type="button"
                class="button button-quiet round-picker-toggle"
                aria-controls="round-panel"
                aria-expanded=move || open.get().to_string()
                on:click=toggle
            >
                {label}
            </button>
            <div id="round-panel" class="round-panel" hidden=move || !open.get()>
                {move || open.get().then(|| view! { <RoundPanel choice open /> })}
            </div>
        </div>
    }
}

/// The panel: the rounds as links to their address.
#[component]
fn RoundPanel(choice: RoundChoice, open: RwSignal<bool>) -> impl IntoView {
    when_rounds_here(
        choice,
        move |rounds| view! { <RoundList choice open rounds /> },
    )
}

/// What `ready` makes of the rounds once they are here; until then
/// "Loading the rounds…", or why they are not here, and "Try again".
pub fn when_rounds_here<V: IntoView + 'static>(
    choice: RoundChoice,
    ready: impl Fn(Arc<Rounds>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    move || match choice.file.get() {
        RoundsState::Unasked | RoundsState::Fetching => EitherOf3::A(view! {
            <p class="loading" role="status">
                "Loading the rounds…"
            </p>
        }),
        RoundsState::Failed(problem) => EitherOf3::B(view! {
            <p class="round-problem" role="alert">
                {problem}
            </p>
            <button type="button" class="button round-retry" on:click=move |_| choice.load()>
                "Try again"
            </button>
        }),
        RoundsState::Ready(rounds) => EitherOf3::C(ready(rounds)),
    }
}

/// The provisional list and the eight rounds, each a link to its address
/// (the current one marked), and "Start from the crews of …".
#[component]
fn RoundList(choice: RoundChoice, open: RwSignal<bool>, rounds: Arc<Rounds>) -> impl IntoView {
    let pick = move |id: Option<String>| {
        move |event: web_sys::MouseEvent| {
            event.prevent_default();
            choice.choose(id.clone());
            open.set(false);
        }
    };
    let current = move |id: Option<&str>| {
        let chosen = choice.chosen.read();
        (chosen.as_ref().map(|(chosen, _)| chosen.as_str()) == id).then_some("true")
    };
    let items = rounds
        .all()
        .iter()
        .enumerate()
        .map(|(at, round)| {
            let id = round.id.clone();
            let mine = id.clone();
            view! {
                <li>
                    <a
                        href=format!("?round={id}")
                        aria-current=move || current(Some(&mine))
                        on:click=pick(Some(id.clone()))
                    >
                        {format!("{}. {}", at + 1, round.name)}
                    </a>
                    <span class="round-when">
                        {format!("{}, {}", round.date.long(), round.length())}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="round-about">{rounds.about().to_string()}</p>
        <ol class="round-list">
            <li class="round-provisional">
                <a href="./" aria-current=move || current(None) on:click=pick(None)>
                    "The provisional list"
                </a>
                <span class="round-when">"before the season"</span>
            </li>
            {items}
        </ol>
        <StartFromRound choice rounds />
    }
}

/// "Start from the crews of …": the chosen round's crews as the base of
/// the fan's line-up, in one edit.
#[component]
fn StartFromRound(choice: RoundChoice, rounds: Arc<Rounds>) -> impl IntoView {
    let editor = expect_context::<Editor>();
    move || {
        let (id, name) = choice.chosen.get()?;
        let rounds = rounds.clone();
        let start = move |_| {
            let edit = editor.lineup.with_untracked(|lineup| {
                let round = rounds.round(&id)?;
                Some(rounds.start_from(round, lineup.season()))
            });
            if let Some(edit) = edit {
                editor.dispatch(edit);
            }
        };
        Some(view! {
            <button type="button" class="button start-from-round" on:click=start>
                {format!("Start from the crews of the {name}")}
            </button>
        })
    }
}
