//! The toolbar: undo and redo (buttons and Ctrl+Z / Ctrl+Shift+Z), share and
//! the secondary actions ([`MoreActions`]); the notices and the banner of a
//! shared line-up; a live region saying what each action did. The buttons
//! are a chunk of their own (`toolbar_buttons`).

use super::editor::{Editor, Showing};
use super::loaded_later::{live_when_loaded, wake_when};
use super::more_actions::MoreActions;
use super::on_demand::{Built, on_demand_part};
use super::{codecs, files};
use crate::domain::lineup::LineUp;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::wasm_bindgen::JsCast;

/// Whether a key press belongs to a text field (which has its own undo).
fn in_text_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        })
}

/// The toolbar's element id.
const TOOLBAR_ID: &str = "toolbar";

/// The toolbar with the notice above it and the share link and live
/// region below. The page carries the toolbar's buttons as HTML; their
/// code is a chunk, fetched when the history has a step to take (Undo or
/// Redo comes alive) or the fan reaches for them.
#[component]
pub fn Toolbar() -> impl IntoView {
    let editor = expect_context::<Editor>();
    history_keys(editor);
    let link = RwSignal::new(None::<String>);
    wake_when(TOOLBAR_ID, move || {
        editor
            .lineup
            .with(|lineup| lineup.can_undo() || lineup.can_redo())
    });
    view! {
        <Notice />
        <SharedBanner />
        {live_when_loaded(
            TOOLBAR_ID,
            move || view! { <ToolbarButtons link /> },
            move || toolbar_buttons(link),
        )}
        <ShareLink link />
        <p class="said" role="status" aria-live="polite">
            {move || editor.said.get()}
        </p>
    }
}

on_demand_part! {
    /// The toolbar's buttons, live.
    pub(super) fn toolbar_buttons / __preload_toolbar_buttons + prefetch_toolbar_buttons(link: RwSignal<Option<String>>) -> Built {
        untrack(|| Built::of(view! { <ToolbarButtons link /> }))
    }
}

/// Undo, Redo, Share (the link shown in `link`) and the more actions.
#[component]
fn ToolbarButtons(link: RwSignal<Option<String>>) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let share = move |_| {
        spawn_local(async move {
            let url = match editor.share_link().await {
                Ok(url) => url,
                Err(why) => return editor.warn(format!("{why}.")),
            };
            link.set(Some(url.clone()));
            let said = if files::copy(&url).await {
                "Link copied: paste it anywhere to share this line-up."
            } else {
                "Copy the link below to share this line-up."
            };
            editor.said.set(said.to_string());
        });
    };
    view! {
        <div
            class="toolbar"
            id=TOOLBAR_ID
            role="toolbar"
            aria-label="Line-up"
            on:pointerover=|_| codecs::prefetch_toolbar()
            on:focusin=|_| codecs::prefetch_toolbar()
        >
            <UndoRedo />
            <button type="button" class="button" on:click=share>
                "Share"
            </button>
            <MoreActions />
        </div>
    }
}

/// Ctrl+Z (or ⌘Z) undoes, Ctrl+Shift+Z and Ctrl+Y redo, outside text
/// fields, for as long as the toolbar is on the page.
fn history_keys(editor: Editor) {
    let keys = window_event_listener(ev::keydown, move |event| {
        let command = event.ctrl_key() || event.meta_key();
        if !command || in_text_field(&event) {
            return;
        }
        let key = event.key();
        let is = |letter: &str| key.eq_ignore_ascii_case(letter);
        match (is("z"), is("y"), event.shift_key()) {
            (true, _, false) => editor.undo(),
            (true, _, true) | (_, true, false) => editor.redo(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());
}

/// The editor's notice (a warning or news), until dismissed.
#[component]
fn Notice() -> impl IntoView {
    let editor = expect_context::<Editor>();
    move || {
        editor.notice.get().map(|notice| {
            view! {
                <div class="notice" data-warning=notice.warning.to_string() role="alert">
                    <p>{notice.text}</p>
                    <button
                        type="button"
                        class="button button-quiet"
                        on:click=move |_| editor.notice.set(None)
                    >
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}

/// While a shared line-up is shown: keep it, or go back to the fan's own.
#[component]
fn SharedBanner() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let shared = Memo::new(move |_| matches!(editor.showing.get(), Showing::Shared { .. }));
    move || {
        shared.get().then(|| view! {
            <div class="shared-banner" role="region" aria-label="Shared line-up">
                <p>
                    "You are looking at a line-up someone shared. Your own is kept aside, unchanged."
                </p>
                <button type="button" class="button" on:click=move |_| editor.keep_shared()>
                    "Keep it as mine"
                </button>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| editor.back_to_own()
                >
                    "Back to my own"
                </button>
            </div>
        })
    }
}

/// The last share link made, in a field that selects it on focus.
#[component]
fn ShareLink(link: RwSignal<Option<String>>) -> impl IntoView {
    let select = |event: ev::FocusEvent| {
        if let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    move || {
        link.get().map(|url| {
            view! {
                <label class="share-link field">
                    <span class="field-label">"Share link"</span>
                    <input readonly name="share-link" prop:value=url on:focus=select />
                </label>
            }
        })
    }
}

/// The Undo and Redo buttons (the toolbar's and the planner's).
#[component]
pub(super) fn UndoRedo() -> impl IntoView {
    view! {
        <HistoryButton label="Undo" keys="Control+Z" can=LineUp::can_undo step=Editor::undo />
        <HistoryButton label="Redo" keys="Control+Shift+Z" can=LineUp::can_redo step=Editor::redo />
    }
}

/// Undo or Redo: enabled while the history has a step that way.
#[component]
fn HistoryButton(
    label: &'static str,
    keys: &'static str,
    can: fn(&LineUp) -> bool,
    step: fn(&Editor),
) -> impl IntoView {
    let editor = expect_context::<Editor>();
    view! {
        <button
            type="button"
            class="button button-quiet"
            aria-keyshortcuts=keys
            disabled=move || !editor.lineup.with(can)
            on:click=move |_| step(&editor)
        >
            {label}
        </button>
    }
}
