//! End to end: the list arrives as HTML made by the app's own components,
//! is readable with JavaScript off, and comes to life in place: the same
//! nodes, no console errors, the fan's line-up restored afterwards.

use super::{DESKTOP, INTERACTIVE, LIST_RENDERED, PHONE, open_list};
use crate::browser::{Browser, Viewport};
use crate::site::Site;
use crewbuilder::page_policy::with_policy;
use serde_json::json;
use std::collections::HashMap;

/// The page as the server sends it, before any script runs.
fn served_page(site: &Site) -> String {
    site.raw("/")
}

/// A fresh browser at `site`, with Chrome preferences `prefs`; it does not
/// wait for any script.
async fn load(site: &Site, viewport: Viewport, prefs: serde_json::Value) -> Browser {
    let browser = Browser::open_with(viewport, prefs).await;
    browser
        .client
        .goto(&site.url)
        .await
        .expect("the page loads");
    browser
}

/// The built page with `edit` made to it, as a stand-in answer for `/`.
/// The edited page gets the Content-Security-Policy the build would write
/// for it (its own is dropped first), so its scripts may run.
fn page_with(edit: impl Fn(String) -> String) -> &'static str {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html"))
        .expect("dist/index.html");
    let start = page.find(POLICY).expect("the page's policy");
    let end = start + page[start..].find("/>").expect("the policy's end") + 2;
    let unpoliced = format!("{}{}", &page[..start], &page[end..]);
    with_policy(&edit(unpoliced))
        .expect("a page to police")
        .leak()
}

/// How the page's policy tag begins.
const POLICY: &str = r#"<meta http-equiv="Content-Security-Policy""#;

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_served_page_holds_the_37_cards() {
    let site = Site::serve(HashMap::new());
    let page = served_page(&site);
    assert_eq!(page.matches("<article").count(), 37, "37 cards in the HTML");
    assert!(page.contains(r#"data-driver="valentino-rossi""#));
    assert!(
        page.contains(r#"data-status="warning""#),
        "statuses are in the HTML"
    );
    assert!(
        page.contains(r#"data-rule="crew-incomplete""#),
        "findings are in the HTML"
    );
    assert!(page.contains(r#"<script type="text/plain" id="season-data">crewbuilder-page 1"#));
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn with_javascript_off_the_list_and_ratings_are_readable() {
    let site = Site::serve(HashMap::new());
    let no_script = json!({ "profile.managed_default_content_settings.javascript": 2 });
    let browser = load(&site, DESKTOP, no_script).await;
    assert_eq!(browser.count("[data-car]").await, 37);
    let rossi = browser
        .text("[data-car='46'] [data-seat='0'] select.rating option:checked")
        .await;
    assert_eq!(rossi, "Silver");
    assert_eq!(
        browser.count("input[name='event']:checked").await,
        1,
        "the event is shown"
    );
    let finding = browser
        .text("[data-car='46'] [data-rule='crew-incomplete']")
        .await;
    assert!(
        finding.ends_with("2 of 3 seats are still TBA. The crew still needs a Bronze driver."),
        "{finding}"
    );
    let note = browser.text(".noscript").await;
    assert!(note.contains("Building crews needs JavaScript"), "{note}");
    let marks = browser
        .eval("return performance.getEntriesByType('mark').length")
        .await;
    assert_eq!(marks, 0, "no script ran");
    browser.screenshot("no-javascript").await;
    browser.close().await;
}

/// Tags the #46's card node right after the list, before the wasm runs.
fn tagging_page() -> &'static str {
    page_with(|page| {
        page.replacen(
            "</main>",
            r#"</main><script>document.querySelector("[data-car='46']").dataset.tag = "prerendered"; window.scrollTo(0, 400);</script>"#,
            1,
        )
    })
}

async fn hydrates_in_place(viewport: Viewport) {
    let site = Site::serve(HashMap::from([("/", (200, tagging_page()))]));
    let browser = load(&site, viewport, json!({})).await;
    browser.wait_until("the list", &LIST_RENDERED).await;
    browser
        .wait_until("the page to come to life", &INTERACTIVE)
        .await;
    assert_eq!(browser.count("[data-car]").await, 37, "37 cards, not 74");
    let tag = browser
        .eval("return document.querySelector(\"[data-car='46']\").dataset.tag")
        .await;
    assert_eq!(tag, "prerendered", "the card node is the prerendered one");
    let state = browser
        .eval("return [window.scrollY, document.activeElement === document.body]")
        .await;
    assert_eq!(state, json!([400, true]), "scroll and focus untouched");
    let picker_fetched = "return performance.getEntriesByType('resource').some(entry => entry.name.includes('split_picker_dialog'))";
    assert_eq!(
        browser.eval(picker_fetched).await,
        false,
        "the picker's code waits for its first use"
    );
    browser
        .click("[data-car='46'] [data-seat='1'] .seat-button")
        .await;
    browser
        .wait_for_count("the picker", "dialog[open]", 1)
        .await;
    assert_eq!(
        browser.eval(picker_fetched).await,
        true,
        "the picker's code came on demand"
    );
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_page_hydrates_in_place_on_a_desktop() {
    hydrates_in_place(DESKTOP).await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_page_hydrates_in_place_on_a_phone() {
    hydrates_in_place(PHONE).await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_returning_fan_sees_restoring_then_their_own_line_up() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    assert_eq!(
        browser
            .eval("return getComputedStyle(document.querySelector('.restoring')).display")
            .await,
        "none",
        "a first visit restores nothing"
    );
    crate::editing::pick(&browser, "46", 1, "ahmad-al-harthy").await;
    browser.client.refresh().await.expect("the page reloads");
    browser
        .wait_until("the page to come to life", &INTERACTIVE)
        .await;
    let seat = browser
        .eval("return document.querySelector(\"[data-car='46'] [data-seat='1']\").dataset.driver")
        .await;
    assert_eq!(seat, "ahmad-al-harthy");
    let after = browser
        .eval("return [document.documentElement.hasAttribute('data-restoring'), getComputedStyle(document.querySelector('.restoring')).display]")
        .await;
    assert_eq!(after, json!([false, "none"]), "the restoring line is gone");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_damaged_season_in_the_page_keeps_the_list_and_says_why() {
    // A date that does not exist, in the list's own record of the page's text.
    let broken = page_with(|page| page.replacen("\t2023-11-27\t", "\t2023-11-31\t", 1));
    let site = Site::serve(HashMap::from([("/", (200, broken))]));
    let browser = load(&site, DESKTOP, json!({})).await;
    browser.wait_for_count("the alert", "[role=alert]", 1).await;
    let alert = browser.text("[role=alert]").await;
    assert!(
        alert.contains(
            "The entry list in this page is damaged (line 2: date \"2023-11-31\" is not a calendar date written YYYY-MM-DD)"
        ),
        "{alert}"
    );
    assert_eq!(browser.count("[data-car]").await, 37);
    browser.close().await;
}
