//! The UI in a real headless Chromium (wasm-bindgen-test): the entry list
//! mounted with the shipped data, the filters, the autosave restored after
//! the first render, and a damaged season in the page.
#![cfg(target_arch = "wasm32")]

use crewbuilder::domain::Season;
use crewbuilder::domain::rules::{CrewChoice, Report, RuleSet, check};
use crewbuilder::ui::{
    APP_ROOT, INTERACTIVE_MARK, SAVE_KEY, SEASON_DATA, SEASON_DATA_TYPE, Workbench, hydrate_page,
};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen_test::*;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "browser/bad_saves.rs"]
mod bad_saves;
/// The catalogue of bad input; the browser reads its autosave and share rows.
#[path = "bad_inputs/catalogue.rs"]
#[allow(dead_code)]
mod catalogue;
#[path = "browser/saving.rs"]
mod saving;

/// A view mounted into a fresh container of the test page. Dropped at the
/// end of its test, it unmounts the view and removes the container; the
/// page's performance marks are cleared when it is mounted, so nothing an
/// earlier test left can pass a later one.
struct Mounted {
    root: HtmlElement,
    _view: Box<dyn std::any::Any>,
}

impl std::ops::Deref for Mounted {
    type Target = HtmlElement;

    fn deref(&self) -> &HtmlElement {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Mounts a view into a fresh container of the test page.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    window().performance().unwrap().clear_marks();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), view);
    Mounted {
        root,
        _view: Box::new(handle),
    }
}

/// Mounts the workbench on `season`, with no autosave left by another test.
fn workbench(season: Arc<Season>) -> Mounted {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(SAVE_KEY).unwrap();
    mount(move || {
        let checked = provisional_check(&season);
        view! { <Workbench base=season rules=RuleSet::wec_2024() checked /> }
    })
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

/// The check of `season`'s provisional list that its page would carry.
fn provisional_check(season: &Season) -> Report {
    let rules = RuleSet::wec_2024();
    check(season, &rules, rules.events[0], CrewChoice::Provisional)
}

fn shipped_season() -> Arc<Season> {
    Arc::new(Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap())
}

#[wasm_bindgen_test]
async fn the_list_shows_37_cards_with_tba_seats() {
    let season = shipped_season();
    let root = workbench(season);
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
        text.contains("Valentino Rossi") && text.contains("ITA"),
        "{text}"
    );
    let rating: web_sys::HtmlSelectElement = rossi
        .query_selector("select.rating")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(rating.value(), "silver");
    assert_eq!(
        rating.get_attribute("aria-label").as_deref(),
        Some("Rating of Valentino Rossi")
    );
    assert_eq!(
        count(&root, "[data-car='46'] .seat-open[data-driver='']"),
        2
    );
    assert!(
        count(&root, "[data-driver='']") > 37,
        "the provisional list has many TBA seats"
    );
    let marks = || {
        window()
            .performance()
            .unwrap()
            .get_entries_by_name(INTERACTIVE_MARK)
            .length()
    };
    settle(|| marks() >= 1).await;
    assert!(marks() >= 1, "the interactive mark is set");
}

#[wasm_bindgen_test]
async fn typing_in_the_search_narrows_the_cards() {
    let season = shipped_season();
    let root = workbench(season);
    settle(|| count(&root, "[data-car]") == 37).await;
    let search: HtmlInputElement = root
        .query_selector("input[type='search']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    search.set_value("sorensen");
    fire(&search, "input");
    settle(|| count(&root, "[data-car]") == 1).await;
    assert_eq!(count(&root, "[data-car='777']"), 1);
    assert_eq!(
        count(&root, "[data-class-section='hypercar'] .empty"),
        1,
        "the empty Hypercar section says so"
    );
}

#[wasm_bindgen_test]
async fn a_damaged_season_in_the_page_leaves_the_list_and_says_why() {
    let page: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    // A list whose date does not exist, as the page's text would hold it.
    let data = "crewbuilder-page 1\nS\t2024\tA list\t2024-02-30\twec-2024\t\\-\t\\-";
    page.set_inner_html(&format!(
        r#"<main id="{APP_ROOT}"><article data-car="46">the prerendered card</article></main><script type="{SEASON_DATA_TYPE}" id="{SEASON_DATA}">{data}</script>"#
    ));
    document().body().unwrap().append_child(&page).unwrap();
    hydrate_page();
    settle(|| count(&page, "[role=alert]") == 1).await;
    let text = page.text_content().unwrap();
    assert!(
        text.contains("The entry list in this page is damaged (line 2: date \"2024-02-30\" is not a calendar date written YYYY-MM-DD), so crews cannot be edited."),
        "{text}"
    );
    assert_eq!(count(&page, "[role=alert]"), 1);
    assert_eq!(
        count(&page, "[data-car='46']"),
        1,
        "the list stays readable"
    );
    page.remove();
}

/// A season with one two-driver LMGT3 crew, one illegal LMGT3 trio and one
/// incomplete Hypercar crew.
fn small_season() -> Arc<Season> {
    let text = r#"{
      "season": "2024", "title": "test", "published": "2023-11-27", "sources": [],
      "drivers": [
        { "id": "bronze-1", "name": "Bronze One", "nationality": "GBR", "rating": "bronze", "confirmed": true },
        { "id": "gold-1", "name": "Gold One", "nationality": "GBR", "rating": "gold", "confirmed": true },
        { "id": "platinum-1", "name": "Platinum One", "nationality": "GBR", "rating": "platinum", "confirmed": true },
        { "id": "bronze-2", "name": "Bronze Two", "nationality": "GBR", "rating": "bronze", "confirmed": true },
        { "id": "platinum-2", "name": "Platinum Two", "nationality": "GBR", "rating": "platinum", "confirmed": true }
      ],
      "entries": [
        { "number": "46", "class": "lmgt3", "team": "WRT", "manufacturer": "BMW", "car": "M4", "private": true,
          "crew": ["bronze-1", "gold-1", "platinum-1"], "season_crew": [] },
        { "number": "31", "class": "lmgt3", "team": "WRT", "manufacturer": "BMW", "car": "M4", "private": true,
          "crew": ["bronze-2", "platinum-2"], "season_crew": [] },
        { "number": "2", "class": "hypercar", "team": "Cadillac", "manufacturer": "Cadillac", "car": "V", "private": false,
          "crew": [null, null, null], "season_crew": [] }
      ]
    }"#;
    Arc::new(Season::from_json(text).unwrap())
}

fn status(root: &Element, car: &str) -> Option<String> {
    root.query_selector(&format!("[data-car='{car}']"))
        .unwrap()?
        .get_attribute("data-status")
}

#[wasm_bindgen_test]
async fn each_card_shows_its_status_and_findings() {
    let season = small_season();
    let root = workbench(season);
    settle(|| count(&root, "[data-car]") == 3).await;
    assert_eq!(status(&root, "46").as_deref(), Some("error"));
    assert_eq!(status(&root, "31").as_deref(), Some("valid"));
    assert_eq!(status(&root, "2").as_deref(), Some("warning"));
    let finding = root
        .query_selector("[data-car='46'] .finding-error")
        .unwrap()
        .unwrap();
    assert_eq!(
        finding.get_attribute("data-rule").as_deref(),
        Some("lmgt3-composition")
    );
    let text = finding.text_content().unwrap();
    assert!(
        text.contains("a three-driver crew needs a Silver or a second Bronze beside its Bronze; it has Bronze, Gold, Platinum."),
        "{text}"
    );
    let summary = root
        .query_selector(".rule-summary")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        summary.contains("1 error, 1 warning for a 6 or 8 Hours round"),
        "{summary}"
    );
    assert_eq!(
        count(&root, "[data-tally='lmgt3'] a[href='#car-46']"),
        1,
        "the summary links to the card"
    );
}

#[wasm_bindgen_test]
async fn the_event_switch_re_validates() {
    let season = small_season();
    let root = workbench(season);
    settle(|| count(&root, "[data-car]") == 3).await;
    assert_eq!(status(&root, "31").as_deref(), Some("valid"));
    let le_mans: HtmlInputElement = root
        .query_selector("input[value='24-hours']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    le_mans.click();
    settle(|| status(&root, "31").as_deref() == Some("error")).await;
    assert_eq!(
        status(&root, "31").as_deref(),
        Some("error"),
        "two drivers are too few at Le Mans"
    );
    assert_eq!(count(&root, "[data-car='31'] [data-rule='crew-size']"), 1);
    let errors = root
        .query_selector("[data-tally='lmgt3'] [data-count='errors']")
        .unwrap()
        .unwrap();
    assert_eq!(errors.text_content().as_deref(), Some("2"));
}

/// Fires a bubbling `name` event at `target`, as the browser does for a
/// fan's input (Leptos delegates events to the document).
fn fire(target: &web_sys::EventTarget, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(name, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn click(root: &Element, selector: &str) {
    let element: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    element.click();
}

fn seat_driver(root: &Element, car: &str, seat: usize) -> Option<String> {
    root.query_selector(&format!("[data-car='{car}'] [data-seat='{seat}']"))
        .unwrap()?
        .get_attribute("data-driver")
}

#[wasm_bindgen_test]
async fn the_picker_fills_a_seat_and_the_status_follows() {
    let root = workbench(shipped_season());
    settle(|| count(&root, "[data-car]") == 37).await;
    click(&root, "[aria-label^='TBA, seat 2 of car #46:']");
    settle(|| count(&root, "dialog[open]") == 1).await;
    let dialog = root.query_selector("dialog[open]").unwrap().unwrap();
    let hints = dialog
        .query_selector(".hints")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        hints.contains("The crew still needs a Bronze driver."),
        "{hints}"
    );
    let focused = document().active_element().unwrap();
    assert_eq!(
        focused.get_attribute("name").as_deref(),
        Some("driver-search"),
        "focus moves into the picker"
    );
    click(&dialog, ".candidate[data-driver='ahmad-al-harthy']");
    settle(|| count(&root, "dialog[open]") == 0).await;
    assert_eq!(
        seat_driver(&root, "46", 1).as_deref(),
        Some("ahmad-al-harthy")
    );
    assert_eq!(status(&root, "46").as_deref(), Some("warning"));

    click(&root, "[aria-label^='TBA, seat 3 of car #46:']");
    settle(|| count(&root, "dialog[open]") == 1).await;
    click(
        &root,
        "dialog[open] .candidate[data-driver='maxime-martin']",
    );
    settle(|| status(&root, "46").as_deref() == Some("valid")).await;
    assert_eq!(status(&root, "46").as_deref(), Some("valid"));

    let rating: web_sys::HtmlSelectElement = root
        .query_selector("select[aria-label='Rating of Valentino Rossi']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    rating.set_value("gold");
    fire(&rating, "change");
    settle(|| status(&root, "46").as_deref() == Some("error")).await;
    assert_eq!(
        count(&root, "[data-car='46'] [data-rule='lmgt3-composition']"),
        1
    );
    assert_eq!(
        count(&root, "[data-car='46'] [data-what-if='true']"),
        1,
        "the fan's rating is marked"
    );
}
