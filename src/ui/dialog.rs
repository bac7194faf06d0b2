//! What the modal dialogs (the seat picker, the stint planner, "Add a
//! car") share: the platform's `<dialog>` opened with `showModal()` (focus
//! inside, Escape, the page behind inert, the top layer), and the focus
//! given back when closed.

use leptos::html;
use leptos::prelude::*;
use leptos::task::{spawn_local, tick};
use web_sys::wasm_bindgen::JsCast;

/// Where a phone's keyboard would cover the list: a touch screen, or a
/// window as narrow as the phone layout.
const PHONE: &str = "(pointer: coarse), (width < 48rem)";

/// A modal `<dialog>` titled by the element `labelled_by`, shown with
/// `showModal()` once drawn. Escape (the dialog's `cancel`) calls `close`
/// instead of closing it behind the app's back. On a desktop the
/// `autofocus` control inside takes the focus; on a phone the dialog
/// itself does (see [`on_phone`]).
/// Its content is typed (`TypedChildren`): an `AnyView` here would add
/// Leptos' type-erased view code to every dialog's chunk.
#[component]
pub fn Modal<C>(
    class: &'static str,
    labelled_by: &'static str,
    close: Callback<()>,
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let children = children.into_inner();
    let dialog: NodeRef<html::Dialog> = NodeRef::new();
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get().filter(|dialog| !dialog.open()) {
            let _ = dialog.show_modal();
            if on_phone() {
                let _ = dialog.focus();
            }
        }
    });
    let cancel = move |event: web_sys::Event| {
        event.prevent_default();
        close.run(());
    };
    view! {
        <dialog
            class=class
            aria-labelledby=labelled_by
            tabindex="-1"
            node_ref=dialog
            on:cancel=cancel
        >
            {children()}
        </dialog>
    }
}

/// Whether a phone's keyboard would cover the list if a field took the
/// focus: there a dialog's fields are not focused until tapped.
pub fn on_phone() -> bool {
    window()
        .match_media(PHONE)
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Focuses the element matching `selector` once the view has been drawn
/// (the control a closed dialog was opened from).
pub fn focus_when_drawn(selector: String) {
    spawn_local(async move {
        tick().await;
        let found = document().query_selector(&selector).ok().flatten();
        if let Some(element) = found.and_then(|found| found.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
