//! The page around the app: the prerendered list in `<main id="app">`, the
//! season it was made from embedded beside it, and the mark that tells
//! tests and benchmarks the page is interactive (`web/index.html` sets
//! `crewbuilder:list-rendered` right after the list).

use super::contract::{APP_ROOT, SEASON_DATA};
use super::entry_list::Workbench;
use crate::domain::rules::RuleSet;
use leptos::prelude::*;
use std::sync::Arc;
#[cfg(feature = "ssr")]
use {super::contract::SEASON_DATA_TYPE, crate::domain::Season, crate::domain::rules::Report};

/// The app's HTML for `base` and its check `checked`, with Leptos'
/// hydration markers: what the build puts in `<main id="app">`. `counts`
/// are every list's cars, for the header's links to the others.
#[cfg(feature = "ssr")]
pub fn render_app(
    base: Arc<Season>,
    rules: RuleSet,
    checked: Report,
    counts: super::CarCounts,
) -> String {
    use hydration_context::SsrSharedContext;
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        provide_context(counts);
        view! { <Workbench base rules checked /> }.to_html()
    })
}

/// `page` with `app` (from [`render_app`]) in its `<main id="app">` and
/// the list with its check, as `domain::page_text` writes them, embedded
/// at the end of its body (the list comes first on the wire; only the wasm
/// reads them), replacing what they held. That text escapes `<`, so it
/// cannot close its script.
#[cfg(feature = "ssr")]
pub fn with_app(page: &str, app: &str, data: &str) -> Result<String, String> {
    let open = format!(r#"<main class="app" id="{APP_ROOT}">"#);
    let start = page.find(&open).ok_or(format!("the page has no {open}"))? + open.len();
    let end = start
        + page[start..]
            .rfind("</main>")
            .ok_or("the page has no </main>")?;
    let page = format!("{}{app}{}", &page[..start], &page[end..]);
    let script = format!(r#"<script type="{SEASON_DATA_TYPE}" id="{SEASON_DATA}">"#);
    let data = format!("{script}{data}</script>");
    match page.find(&script) {
        Some(at) => {
            let close = at
                + page[at..]
                    .find("</script>")
                    .ok_or("an unclosed season script")?;
            let after = close + "</script>".len();
            Ok(format!("{}{data}{}", &page[..at], &page[after..]))
        }
        None => match page.rfind("</body>") {
            Some(at) => Ok(format!("{}{data}{}", &page[..at], &page[at..])),
            None => Err("the page has no </body>".into()),
        },
    }
}

/// Brings the prerendered page to life with the list and check embedded in
/// it, a task at a time (the page's loader starts the wasm once the list is
/// painted): the wasm's start only schedules, the next task reads them,
/// the one after starts hydrating (the rest comes in slices:
/// see `pacing`). A list that cannot be read leaves the page readable and
/// says why editing is off, and where.
#[cfg(feature = "hydrate")]
pub fn hydrate_page() {
    use super::pacing::{say_alive, yield_to_browser};
    use crate::domain::read_page_text;
    use web_sys::wasm_bindgen::JsCast;
    let Some(root) = document().get_element_by_id(APP_ROOT) else {
        return;
    };
    // Leptos' executor starts with the hydration: until then, wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        yield_to_browser().await;
        let text = document()
            .get_element_by_id(SEASON_DATA)
            .and_then(|data| data.text_content())
            .unwrap_or_default();
        let read = read_page_text(&text).map_err(|error| error.to_string());
        let read = read.and_then(|(season, checked)| {
            Ok((RuleSet::named(season.rules_name())?, season, checked))
        });
        yield_to_browser().await;
        let (rules, season, checked) = match read {
            Ok(read) => read,
            Err(why) => {
                say_editing_is_off(&root, &why);
                // Nothing will come alive: the fan's taps are not held for it.
                return say_alive();
            }
        };
        let base = Arc::new(season);
        leptos::mount::hydrate_from(root.unchecked_into(), move || {
            view! { <Workbench base rules checked /> }
        })
        .forget();
    });
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
