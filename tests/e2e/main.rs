//! End-to-end tests: the release build served on 127.0.0.1 and used in a
//! real headless Chromium. They need `dist/` and ChromeDriver, so they are
//! ignored by a plain `cargo test`; `cargo xtask test` builds and runs them.
#![cfg(not(target_arch = "wasm32"))]

mod browser;
mod site;

use browser::{Browser, Viewport};
use fantoccini::Locator;
use site::Site;
use std::collections::HashMap;

const DESKTOP: Viewport = Viewport::Desktop(1280, 900);
const PHONE: Viewport = Viewport::Phone(375, 812);
const LIST_RENDERED: &str =
    "return performance.getEntriesByName('crewbuilder:list-rendered').length > 0";

/// Opens the app at `site` and waits for the list to render.
async fn open_list(site: &Site, viewport: Viewport) -> Browser {
    let browser = Browser::open(viewport).await;
    browser
        .client
        .goto(&site.url)
        .await
        .expect("the page loads");
    browser
        .wait_until("the list to render", LIST_RENDERED)
        .await;
    browser
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
    let search = browser
        .client
        .find(Locator::Css("input[type='search']"))
        .await
        .unwrap();
    search.send_keys("rossi").await.unwrap();
    browser
        .wait_until(
            "one card",
            "return document.querySelectorAll('[data-car]').length === 1",
        )
        .await;
    assert_eq!(browser.count("[data-car='46']").await, 1);
    assert!(
        browser
            .eval("return document.querySelector('.shown-count').textContent")
            .await
            == "Showing 1 of 37 cars"
    );
    browser.screenshot("desktop-search").await;

    browser
        .client
        .find(Locator::XPath("//button[.='Clear filters']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_until(
            "every card back",
            "return document.querySelectorAll('[data-car]').length === 37",
        )
        .await;

    let class = browser
        .client
        .find(Locator::Css("select[name='class']"))
        .await
        .unwrap();
    class.select_by_value("lmgt3").await.unwrap();
    browser
        .wait_until(
            "only LMGT3 cars",
            "return document.querySelectorAll('[data-car]').length === 18",
        )
        .await;
    browser.screenshot("desktop-lmgt3").await;
    let make = browser
        .client
        .find(Locator::Css("select[name='make']"))
        .await
        .unwrap();
    make.select_by_value("Porsche").await.unwrap();
    browser
        .wait_until(
            "the two LMGT3 Porsches",
            "return document.querySelectorAll('[data-car]').length === 2",
        )
        .await;
    assert_eq!(browser.count("[data-car='91'], [data-car='92']").await, 2);
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_phone_shows_the_list_without_sideways_scrolling() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, PHONE).await;
    let widths = browser
        .eval("return [window.innerWidth, document.documentElement.scrollWidth]")
        .await;
    assert_eq!(
        widths,
        serde_json::json!([375, 375]),
        "[viewport, page] widths"
    );
    browser.screenshot("phone-list").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_missing_data_file_says_so_and_offers_a_retry() {
    let site = Site::serve(HashMap::from([("/data/wec-2024.json", (404, "not here"))]));
    let browser = Browser::open(DESKTOP).await;
    browser.client.goto(&site.url).await.unwrap();
    browser
        .wait_until(
            "the error",
            "return document.querySelector('[role=alert]') !== null",
        )
        .await;
    let message = browser
        .eval("return document.querySelector('[role=alert]').textContent")
        .await;
    let message = message.as_str().unwrap();
    assert!(message.contains("HTTP 404"), "{message}");
    assert_eq!(
        browser.count("[role=alert] button").await,
        1,
        "a Try again button"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_malformed_data_file_names_the_place() {
    let broken = r#"{"season":"2024","title":"t","published":"2023-11-27","sources":[],"drivers":[],"entries":[{"number":"46"}]}"#;
    let site = Site::serve(HashMap::from([("/data/wec-2024.json", (200, broken))]));
    let browser = Browser::open(DESKTOP).await;
    browser.client.goto(&site.url).await.unwrap();
    browser
        .wait_until(
            "the error",
            "return document.querySelector('[role=alert]') !== null",
        )
        .await;
    let message = browser
        .eval("return document.querySelector('.load-failed-reason').textContent")
        .await;
    assert_eq!(
        message,
        "The entry list file is damaged: entries[0]: missing field `class` (line 1, column 106)."
    );
    browser.close().await;
}
