//! What the modal dialogs (the seat picker, the stint planner) share: the
//! focus kept inside while open, and given back when closed.

use leptos::prelude::*;
use leptos::task::{spawn_local, tick};
use web_sys::wasm_bindgen::JsCast;

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

/// A modal dialog keeps the focus: Tab from its last control goes to its
/// first, Shift+Tab from its first to its last.
pub fn keep_focus_inside(event: &web_sys::KeyboardEvent) {
    const CONTROLS: &str =
        "button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [href]";
    // Leptos delegates events to the document: find the dialog from the target.
    let Some(dialog) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest("[role=dialog]").ok().flatten())
    else {
        return;
    };
    let Ok(found) = dialog.query_selector_all(CONTROLS) else {
        return;
    };
    // Controls inside a closed <details> cannot take the focus.
    let shown: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|at| found.get(at)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|control| {
            !control
                .matches("details:not([open]) :not(summary)")
                .unwrap_or(false)
        })
        .collect();
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return;
    };
    let active = document().active_element();
    let is = |control: &web_sys::HtmlElement| active.as_ref() == Some(control.as_ref());
    let next = match event.shift_key() {
        true if is(first) => last,
        false if is(last) => first,
        _ => return,
    };
    event.prevent_default();
    let _ = next.focus();
}
