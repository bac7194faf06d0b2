//! The UI in a real headless Chromium (wasm-bindgen-test): the entry list
//! mounted with the shipped data, the filters, and the error states.
#![cfg(target_arch = "wasm32")]

use crewbuilder::domain::Season;
use crewbuilder::ui::{App, EntryList, LoadError, LoadFailed};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen_test::*;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh container of the test page.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    // Unmounting would empty the container before the test reads it.
    std::mem::forget(leptos::mount::mount_to(container.clone(), view));
    container
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Lets the reactive system and the browser catch up, until `ready` or 5 s.
async fn settle(ready: impl Fn() -> bool) {
    for _ in 0..250 {
        if ready() {
            return;
        }
        TimeoutFuture::new(20).await;
    }
}

fn shipped_season() -> Arc<Season> {
    Arc::new(Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap())
}

#[wasm_bindgen_test]
async fn the_list_shows_37_cards_with_tba_seats() {
    let season = shipped_season();
    let root = mount(move || view! { <EntryList season /> });
    settle(|| count(&root, "[data-car]") == 37).await;
    assert_eq!(count(&root, "[data-car]"), 37);
    assert_eq!(count(&root, "[data-car][data-class='hypercar']"), 19);
    assert_eq!(count(&root, "[data-car][data-class='lmgt3']"), 18);
    assert_eq!(count(&root, "[data-car='46'] [data-seat]"), 3);
    let rossi = root
        .query_selector("[data-car='46'] [data-seat='0']")
        .unwrap()
        .unwrap();
    assert_eq!(
        rossi.get_attribute("data-driver").as_deref(),
        Some("valentino-rossi")
    );
    let text = rossi.text_content().unwrap();
    assert!(
        text.contains("Valentino Rossi") && text.contains("ITA") && text.contains("Silver"),
        "{text}"
    );
    assert_eq!(
        count(&root, "[data-car='46'] .seat-open[data-driver='']"),
        2
    );
    assert!(
        count(&root, "[data-driver='']") > 37,
        "the provisional list has many TBA seats"
    );
    let mark = window()
        .performance()
        .unwrap()
        .get_entries_by_name("crewbuilder:list-rendered");
    assert!(mark.length() >= 1, "the list-rendered mark is set");
}

#[wasm_bindgen_test]
async fn typing_in_the_search_narrows_the_cards() {
    let season = shipped_season();
    let root = mount(move || view! { <EntryList season /> });
    settle(|| count(&root, "[data-car]") == 37).await;
    let search: HtmlInputElement = root
        .query_selector("input[type='search']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    search.set_value("sorensen");
    search
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle(|| count(&root, "[data-car]") == 1).await;
    assert_eq!(count(&root, "[data-car='777']"), 1);
    assert_eq!(
        count(&root, "[data-class-section='hypercar'] .empty"),
        1,
        "the empty Hypercar section says so"
    );
}

#[wasm_bindgen_test]
async fn a_malformed_file_shows_its_error_and_a_retry() {
    let error = Season::from_json(r#"{"season": 2024}"#).unwrap_err();
    let root =
        mount(move || view! { <LoadFailed error=LoadError::Malformed(error) retry=|()| () /> });
    settle(|| count(&root, "[role=alert]") == 1).await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("The entry list file is damaged: season: invalid type: integer `2024`, expected a string (line 1, column 15)."),
        "{text}"
    );
    assert_eq!(count(&root, "[role=alert] button"), 1);
}

#[wasm_bindgen_test]
async fn the_app_reports_a_data_file_it_cannot_fetch() {
    // The test server has no data file, so the fetch meets a 404.
    let root = mount(App);
    settle(|| count(&root, "[role=alert]") == 1).await;
    let text = root.text_content().unwrap();
    assert!(text.contains("HTTP 404"), "{text}");
    assert_eq!(count(&root, "[data-car]"), 0);
}
