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

/// Shows `dialog` with `showModal()` once it is drawn. On a desktop the
/// `autofocus` control inside takes the focus; on a phone the dialog
/// itself does (see [`on_phone`]). Each dialog writes its own `<dialog
/// tabindex="-1" on:cancel=…>`: a wrapping component would be compiled
/// once per dialog, into each one's chunk.
pub fn show_when_drawn(dialog: NodeRef<html::Dialog>) {
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get().filter(|dialog| !dialog.open()) {
            let _ = dialog.show_modal();
            if on_phone() {
                let _ = dialog.focus();
            }
        }
    });
}

/// The dialog's `cancel` (Escape): `close` runs instead of the browser
/// closing the dialog behind the app's back.
pub fn on_cancel(close: Callback<()>) -> impl Fn(web_sys::Event) + 'static {
    move |event| {
        event.prevent_default();
        close.run(());
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
