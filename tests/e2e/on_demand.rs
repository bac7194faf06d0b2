//! End to end: a part whose code cannot be fetched (the connection dropped
//! before the service worker kept it) is said in words; the app goes on,
//! and a saved line-up it could not read in is kept, not overwritten.

use super::{DESKTOP, INTERACTIVE, open_list};
use crate::editing::pick;
use crate::site::Site;
use std::collections::HashMap;

/// The address of the built chunk whose name starts with `part`.
pub(crate) fn chunk(part: &str) -> &'static str {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let folder = std::fs::read_dir(&dist)
        .expect("dist/")
        .filter_map(Result::ok)
        .find(|entry| entry.file_name().to_string_lossy().starts_with("pkg-"))
        .expect("a pkg- folder in dist/");
    let file = std::fs::read_dir(folder.path())
        .expect("the pkg- folder")
        .filter_map(Result::ok)
        .find(|entry| entry.file_name().to_string_lossy().starts_with(part))
        .unwrap_or_else(|| panic!("no {part}… chunk: is dist/ a split release build?"));
    let name = format!(
        "/{}/{}",
        folder.file_name().to_string_lossy(),
        file.file_name().to_string_lossy()
    );
    name.leak()
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_picker_that_cannot_be_fetched_says_so_and_the_app_goes_on() {
    let gone = HashMap::from([(chunk("split_picker_dialog"), (404, "gone"))]);
    let site = Site::serve(gone);
    let browser = open_list(&site, DESKTOP).await;
    browser
        .click("[data-car='46'] [data-seat='1'] .seat-button")
        .await;
    browser
        .wait_for_count("the message", "[role=alert].loading", 1)
        .await;
    assert_eq!(
        browser.text("[role=alert].loading").await,
        "The seat picker could not be loaded: check the connection and try again"
    );
    browser
        .choose("[data-car='46'] [data-seat='0'] select.rating", "gold")
        .await;
    browser
        .wait_until(
            "the what-if rating: edits still work",
            "return document.querySelector(\"[data-car='46'] [data-seat='0'] select.rating\").dataset.whatIf === 'true'",
        )
        .await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_save_whose_reader_cannot_be_fetched_is_kept() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    pick(&browser, "46", 1, "ahmad-al-harthy").await;
    let saved = "return localStorage.getItem('crewbuilder:lineup')";
    let before = browser.eval(saved).await;
    site.answer(chunk("split_read_save"), (404, "gone"));
    // A fresh start of the page, with the reader's chunk not to be had (the
    // service worker would otherwise serve it from its cache).
    browser
        .eval("return navigator.serviceWorker.getRegistrations().then(all => Promise.all(all.map(r => r.unregister()))).then(() => caches.keys()).then(keys => Promise.all(keys.map(key => caches.delete(key)))).then(() => true)")
        .await;
    browser.client.refresh().await.expect("the page reloads");
    browser
        .wait_until("the page to come to life", &INTERACTIVE)
        .await;
    let notice = browser.text(".notice").await;
    assert!(
        notice.contains(
            "Your changes are not being saved: your saved line-up could not be loaded (check the connection and reload the page), so it is kept as it is"
        ),
        "{notice}"
    );
    browser
        .choose("[data-car='46'] [data-seat='0'] select.rating", "gold")
        .await;
    assert_eq!(browser.eval(saved).await, before, "the save is untouched");
    browser.close().await;
}

/// The names of the wasm files the page fetched so far.
const FETCHED_WASM: &str = "return performance.getEntriesByType('resource').map(entry => entry.name.split('/').pop()).filter(name => name.endsWith('.wasm'))";

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_page_fetches_no_more_code_until_the_fan_reaches_for_it() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        browser.eval(FETCHED_WASM).await,
        serde_json::json!(["crewbuilder_bg.wasm"]),
        "the list is alive on the first view's code alone"
    );
    // The focus reaching a card fetches the rule engine ahead of a change.
    browser
        .eval("document.querySelector(\"[data-car='46'] [data-seat='0'] select.rating\").focus(); return true")
        .await;
    browser
        .wait_until(
            "the rule engine's code",
            &format!("{FETCHED_WASM}.some(name => name.startsWith('split_recheck'))"),
        )
        .await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_rule_engine_that_cannot_be_fetched_says_so_and_the_change_is_kept() {
    let gone = HashMap::from([(chunk("split_recheck"), (404, "gone"))]);
    let site = Site::serve(gone);
    let browser = open_list(&site, DESKTOP).await;
    let rating = "[data-car='46'] [data-seat='0'] select.rating";
    browser.choose(rating, "gold").await;
    browser
        .wait_for_count("the message", "[role=alert]", 1)
        .await;
    assert_eq!(
        browser.text("[role=alert] p").await,
        "The rule check could not be loaded: check the connection and try again."
    );
    let saved = browser
        .eval("return localStorage.getItem('crewbuilder:lineup')")
        .await;
    assert!(
        saved
            .as_str()
            .is_some_and(|save| save.contains("\"rating\":\"gold\"")),
        "the change is saved: {saved}"
    );
    browser.close().await;
}
