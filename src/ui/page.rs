//! The page around the app: the prerendered list in `<main id="app">`, the
//! season it was made from embedded beside it, and the two performance marks
//! that tell tests and benchmarks how far the page has got.

use super::entry_list::Workbench;
use crate::domain::Season;
use leptos::prelude::*;
use std::sync::Arc;

/// The id of the `<main>` element the app is rendered into and hydrates.
pub const APP_ROOT: &str = "app";
/// The id of the `<script type="application/json">` holding the season.
pub const SEASON_DATA: &str = "season-data";
/// The mark set by the page right after the prerendered list.
pub const LIST_RENDERED_MARK: &str = "crewbuilder:list-rendered";
/// The mark set once the page is hydrated, the fan's line-up is restored and
/// an edit works.
pub const INTERACTIVE_MARK: &str = "crewbuilder:interactive";

/// The app's HTML for `base`, with Leptos' hydration markers: what the build
/// puts in `<main id="app">`.
#[cfg(feature = "ssr")]
pub fn render_app(base: Arc<Season>) -> String {
    use hydration_context::SsrSharedContext;
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| view! { <Workbench base /> }.to_html())
}

/// Brings the prerendered page to life with the season embedded in it. A
/// season that cannot be read leaves the list readable and says why editing
/// is off.
#[cfg(feature = "hydrate")]
pub fn hydrate_page() {
    let Some(root) = document().get_element_by_id(APP_ROOT) else {
        return;
    };
    let text = document()
        .get_element_by_id(SEASON_DATA)
        .and_then(|data| data.text_content())
        .unwrap_or_default();
    match Season::from_checked_json(&text) {
        Some(season) => {
            let base = Arc::new(season);
            use web_sys::wasm_bindgen::JsCast;
            leptos::mount::hydrate_from(root.unchecked_into(), move || {
                view! { <Workbench base /> }
            })
            .forget();
        }
        None => leptos::task::spawn_local(async move {
            let why = super::codecs::place_error(text).await;
            say_editing_is_off(&root, &why);
        }),
    }
}

/// Puts a plain-text alert at the top of the page (nothing is hydrated).
#[cfg(feature = "hydrate")]
fn say_editing_is_off(root: &web_sys::Element, why: &str) {
    let Ok(alert) = document().create_element("p") else {
        return;
    };
    alert.set_class_name("notice");
    let _ = alert.set_attribute("role", "alert");
    let _ = alert.set_attribute("data-warning", "true");
    alert.set_text_content(Some(&format!(
        "The entry list in this page is damaged ({why}), so crews cannot be edited. Reload the page to try again."
    )));
    let _ = root.prepend_with_node_1(&alert);
}
