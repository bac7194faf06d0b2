//! End-to-end tests: the release build served on 127.0.0.1 and used in a
//! real headless Chromium. They need `dist/` and ChromeDriver, so they are
//! ignored by a plain `cargo test`; `cargo xtask test` builds and runs them.
#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod browser;
mod dialogs;
mod early;
mod editing;
mod history;
mod le_mans;
mod offline;
mod on_demand;
mod phone;
mod picture;
mod planner;
mod prerender;
mod publish;
mod rounds;
mod saving;
mod site;

use browser::{Browser, Viewport};
use site::Site;
use std::collections::HashMap;
use std::sync::LazyLock;

const DESKTOP: Viewport = Viewport::Desktop(1280, 900);
const PHONE: Viewport = Viewport::Phone(375, 812);
/// The page's DOM contract, read from the app's own file.
#[path = "../../src/ui/contract.rs"]
#[allow(dead_code)]
mod contract;

/// A script: whether the performance mark `name` is set.
fn mark_is_set(name: &str) -> String {
    format!("return performance.getEntriesByName('{name}').length > 0")
}

/// The prerendered list is in the document.
static LIST_RENDERED: LazyLock<String> =
    LazyLock::new(|| mark_is_set(contract::LIST_RENDERED_MARK));
/// The page is hydrated, the fan's line-up restored, and edits work.
static INTERACTIVE: LazyLock<String> = LazyLock::new(|| mark_is_set(contract::INTERACTIVE_MARK));

/// Opens the app at `site` and waits until it is interactive.
async fn open_list(site: &Site, viewport: Viewport) -> Browser {
    open_list_with(site, viewport, serde_json::json!({})).await
}

/// Likewise, with Chrome preferences `prefs` set in the profile.
async fn open_list_with(site: &Site, viewport: Viewport, prefs: serde_json::Value) -> Browser {
    let browser = Browser::open_with(viewport, prefs).await;
    visit(&browser, site, "the page to come to life").await;
    browser
}

/// Loads the app at `site` in the browser's current tab and waits until it
/// is interactive (`what` names the wait).
async fn visit(browser: &Browser, site: &Site, what: &str) {
    visit_at(browser, &site.url, what).await;
}

/// Loads `address` in the browser's current tab and waits until the app is
/// interactive (`what` names the wait).
async fn visit_at(browser: &Browser, address: &str, what: &str) {
    browser.client.goto(address).await.expect("the page loads");
    browser.wait_until(what, &INTERACTIVE).await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_list_shows_37_cars_without_console_errors() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    assert_eq!(browser.count("[data-car]").await, 37);
    assert_eq!(browser.count("[data-car][data-class='hypercar']").await, 19);
    assert_eq!(browser.count("[data-car][data-class='lmgt3']").await, 18);
    let counts = browser
        .eval("return ['total','hypercar','lmgt3'].map(c => document.querySelector(`[data-count='${c}']`).textContent)")
        .await;
    assert_eq!(counts, serde_json::json!(["37", "19", "18"]));
    let rossi_seat = browser
        .eval("return document.querySelector(\"[data-car='46'] [data-seat='0']\").dataset.driver")
        .await;
    assert_eq!(rossi_seat, "valentino-rossi");
    assert_eq!(
        browser.count("[data-car='46'] [data-driver='']").await,
        2,
        "two TBA seats in the #46"
    );
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.screenshot("desktop-list").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn search_and_filters_narrow_the_list() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    browser.type_into("input[type='search']", "rossi").await;
    browser.wait_for_count("one card", "[data-car]", 1).await;
    assert_eq!(browser.count("[data-car='46']").await, 1);
    assert_eq!(browser.text(".shown-count").await, "Showing 1 of 37 cars");
    browser.screenshot("desktop-search").await;

    browser.click_button("Clear filters").await;
    browser
        .wait_for_count("every card back", "[data-car]", 37)
        .await;

    browser.choose("select[name='class']", "lmgt3").await;
    browser
        .wait_for_count("only LMGT3 cars", "[data-car]", 18)
        .await;
    browser.screenshot("desktop-lmgt3").await;
    browser.choose("select[name='make']", "Porsche").await;
    browser
        .wait_for_count("the two LMGT3 Porsches", "[data-car]", 2)
        .await;
    assert_eq!(browser.count("[data-car='91'], [data-car='92']").await, 2);
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_summary_link_to_a_hidden_car_clears_the_filters_and_shows_it() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    browser.choose("select[name='class']", "hypercar").await;
    browser
        .wait_for_count("the Hypercar cars only", "[data-car]", 19)
        .await;
    browser
        .click("[data-tally='lmgt3'] .tally-warnings summary")
        .await;
    // The tallies' code comes on this first click, which opens the list
    // once it is there.
    browser
        .wait_for_count(
            "the warnings open",
            "[data-tally='lmgt3'] .tally-warnings[open]",
            1,
        )
        .await;
    browser
        .click("[data-tally='lmgt3'] a.car-link[href='#car-46']")
        .await;
    browser
        .wait_for_count("every car again", "[data-car]", 37)
        .await;
    browser
        .wait_until(
            "the #46 scrolled into view",
            "const top = document.getElementById('car-46').getBoundingClientRect().top; return top >= 0 && top < innerHeight",
        )
        .await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_phone_shows_the_list_without_sideways_scrolling() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, PHONE).await;
    phone::assert_no_sideways_scroll(&browser, 375, "the list").await;
    browser.screenshot("phone-list").await;
    browser
        .eval("document.querySelector(\"[data-car='46']\").scrollIntoView(); return true")
        .await;
    browser.screenshot("phone-card").await;

    editing::open_picker(&browser, "46", 2).await;
    phone::assert_no_sideways_scroll(&browser, 375, "the picker").await;
    browser.screenshot("phone-picker").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn every_card_carries_the_rule_check() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    assert_eq!(browser.count("[data-car][data-status='warning']").await, 33);
    assert_eq!(browser.count("[data-car][data-status='valid']").await, 4);
    assert_eq!(browser.count("[data-car][data-status='error']").await, 0);
    assert_eq!(
        browser
            .text("[data-car='46'] [data-rule='crew-incomplete']")
            .await,
        "warning:\n2 of 3 seats are still TBA. The crew still needs a Bronze driver."
    );
    assert_eq!(
        browser.text(".rule-summary-total").await,
        "0 errors, 33 warnings for a 6 or 8 Hours round"
    );
    browser.click("input[value='24-hours']").await;
    browser
        .wait_until(
            "the Le Mans check",
            "return document.querySelector('.rule-summary-total').textContent.endsWith('the Le Mans 24 Hours')",
        )
        .await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn an_illegal_crew_turns_its_card_to_error_with_the_lmgt3_message() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    // Rossi still Gold, beside a Bronze and a Platinum.
    editing::pick(&browser, "46", 1, "ahmad-al-harthy").await;
    editing::pick(&browser, "46", 2, "maxime-martin").await;
    browser
        .choose("[data-car='46'] [data-seat='0'] select.rating", "gold")
        .await;
    browser
        .wait_for_count(
            "the #46 in error",
            "[data-car='46'][data-status='error']",
            1,
        )
        .await;
    let message = browser
        .text("[data-car='46'] [data-rule='lmgt3-composition']")
        .await;
    assert!(
        message.starts_with(
            "error:\na three-driver crew needs a Silver or a second Bronze beside its Bronze; it has Bronze, Gold, Platinum."
        ),
        "{message}"
    );
    assert_eq!(
        browser.text("[data-tally='lmgt3'] .tally-errors").await,
        "Errors: #46"
    );
    browser.screenshot("desktop-rule-error").await;
    browser.close().await;
}
