//! The toolbar's secondary actions: a picture of the fan's changes, reset,
//! export, import and the real-crew comparison (shown by the stylesheet while its box is checked). On a phone they fold behind a "More" button.

use super::editor::Editor;
use super::fold::{Fold, FoldToggle};
use super::{codecs, files};
use crate::domain::lineup::Edit;
use crate::domain::picture::PictureOf;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::wasm_bindgen::JsCast;

const MORE_ID: &str = "toolbar-more";

/// The "More" toggle and the actions it folds.
#[component]
pub fn MoreActions() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let fold = Fold::new();
    view! {
        <FoldToggle fold controls=MORE_ID label="More" />
        <div class="toolbar-more fold-body" id=MORE_ID data-open=fold.data_open()>
            // The fold stays open: the focus comes back here when the
            // picture's dialog closes.
            <button
                type="button"
                class="button button-quiet picture-changes"
                on:click=move |_| editor.picturing.set(Some(PictureOf::Changes))
            >
                "Picture of my changes"
            </button>
            <button
                type="button"
                class="button button-quiet"
                on:click=move |_| {
                    fold.close();
                    editor.dispatch(Edit::Reset);
                }
            >
                "Reset to the provisional list"
            </button>
            <button type="button" class="button button-quiet" on:click=move |_| export(editor)>
                "Export"
            </button>
            <label class="button button-quiet import">
                "Import"
                <input
                    type="file"
                    class="sr-only"
                    accept=".json,application/json"
                    on:change=move |event| import(editor, event)
                />
            </label>
            // The stylesheet shows the comparison while it is checked.
            <label class="compare">
                <input type="checkbox" name="compare" />
                "Compare with the real crews"
            </label>
        </div>
    }
}

/// Downloads the line-up as a data file.
fn export(editor: Editor) {
    let season = editor
        .lineup
        .with_untracked(|lineup| lineup.season().clone());
    spawn_local(async move {
        let Ok(text) = codecs::write_export(season).await else {
            return editor.warn(format!("{}.", codecs::missing("Export")));
        };
        match files::download("crew-builder-lineup.json", &text, "application/json") {
            Ok(()) => editor
                .said
                .set("Exported the line-up as crew-builder-lineup.json.".to_string()),
            Err(_) => {
                editor.warn("The line-up could not be exported from this browser.".to_string())
            }
        }
    });
}

/// Reads the file chosen in the import field and puts its line-up in place.
fn import(editor: Editor, event: ev::Event) {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    spawn_local(async move {
        let name = file.name();
        let base = editor.lineup.with_untracked(|lineup| lineup.base().clone());
        let result = match files::read_text(file).await {
            Ok(text) => codecs::read_import(base, text)
                .await
                .unwrap_or_else(|_| Err(codecs::missing("its reader"))),
            Err(why) => Err(why),
        };
        match result {
            Err(reason) => editor.warn(format!("{name} could not be imported: {reason}")),
            Ok(edits) => {
                // One step in the history: one Undo takes the import back.
                let edits = std::iter::once(Edit::Reset).chain(edits).collect();
                editor.dispatch(Edit::Bulk { edits });
                editor.notice.set(None);
                editor.said.set(format!("Imported {name}."));
            }
        }
    });
}
