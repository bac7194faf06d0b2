//! End to end on a phone: the title, the counts and the first car on the
//! first screen, nothing scrolling sideways at 320 px, the folded parts, and
//! touch targets; on a desktop, the focus never under the sticky filter bar.

use super::{DESKTOP, open_list};
use crate::browser::{Browser, Viewport};
use crate::editing::open_picker;
use crate::site::Site;
use fantoccini::key::Key;
use serde_json::json;
use std::collections::HashMap;

/// Fails unless the page is exactly as wide as the viewport.
pub async fn assert_no_sideways_scroll(browser: &Browser, width: u32, what: &str) {
    let widths = browser
        .eval("return [window.innerWidth, document.documentElement.scrollWidth]")
        .await;
    assert_eq!(
        widths,
        json!([width, width]),
        "[viewport, page] widths with {what}"
    );
}

/// Opens every part that folds away on a phone.
pub async fn open_the_folds(browser: &Browser) {
    for toggle in [
        "[aria-controls='toolbar-more']",
        "[aria-controls='filters']",
        "[aria-controls='rule-tallies']",
    ] {
        browser.click(toggle).await;
        let open = format!(
            "return document.querySelector(\"{toggle}\").getAttribute('aria-expanded') === 'true'"
        );
        browser.wait_until(toggle, &open).await;
    }
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_390_px_phone_shows_the_title_the_counts_and_the_first_car_at_once() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, Viewport::Phone(390, 844)).await;
    let script = "const box = s => document.querySelector(s).getBoundingClientRect(); \
        return { title: box('h1').top >= 0, counts: box('.counts').bottom <= innerHeight, \
        first_car_head: box('[data-car] .car-head').bottom <= innerHeight, height: innerHeight }";
    browser.screenshot("phone-first-screen").await;
    let seen = browser.eval(script).await;
    assert_eq!(
        seen,
        json!({ "title": true, "counts": true, "first_car_head": true, "height": 844 }),
        "what the first screen shows"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn nothing_scrolls_sideways_on_a_320_px_phone() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, Viewport::Phone(320, 640)).await;
    assert_no_sideways_scroll(&browser, 320, "the list").await;
    open_the_folds(&browser).await;
    assert_no_sideways_scroll(
        &browser,
        320,
        "the menu, the filters and the rule check open",
    )
    .await;
    open_picker(&browser, "46", 2).await;
    assert_no_sideways_scroll(&browser, 320, "the picker").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_filters_fold_behind_a_button_that_counts_them() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, Viewport::Phone(375, 812)).await;
    let search_shown =
        "return document.querySelector(\"input[name='search']\").getClientRects().length > 0";
    assert_eq!(
        browser.eval(search_shown).await,
        json!(false),
        "the search folded away"
    );
    browser.click("[aria-controls='filters']").await;
    browser
        .wait_until("the search field shown", search_shown)
        .await;
    browser.type_into("input[name='search']", "rossi").await;
    browser
        .wait_for_count("the #46 alone", "[data-car]", 1)
        .await;
    browser.choose("select[name='class']", "lmgt3").await;
    let name = browser
        .eval(
            "const b = document.querySelector(\"[aria-controls='filters']\"); return b.textContent",
        )
        .await;
    assert_eq!(
        name,
        json!("Filters 2 active"),
        "the toggle's text, which is its name"
    );
    assert_eq!(browser.text(".shown-count").await, "Showing 1 of 37 cars");
    browser.screenshot("phone-filters").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn every_control_on_a_phone_is_at_least_24_px_square() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, Viewport::Phone(375, 812)).await;
    open_the_folds(&browser).await;
    // Inputs inside a label are reached through the label, which is measured.
    let script = "return [...document.querySelectorAll('button, a[href], select, summary, label, input')]
        .filter(e => !e.matches('label > input, .sr-only') && e.getClientRects().length > 0)
        .map(e => [e, e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 24 || r.height < 24)
        .map(([e, r]) => `${e.outerHTML.slice(0, 90)}: ${r.width.toFixed(1)} x ${r.height.toFixed(1)}`)";
    assert_eq!(
        browser.eval(script).await,
        json!([]),
        "controls under 24 x 24 px"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn tabbing_back_up_the_list_never_hides_the_focus_under_the_sticky_bar() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    browser
        .eval("document.querySelectorAll('.seat-button')[60].focus(); return true")
        .await;
    let covered = "const bar = document.querySelector('.filter-panel').getBoundingClientRect(); \
        const focus = document.activeElement; const r = focus.getBoundingClientRect(); \
        const clear = r.bottom <= bar.top + 0.5 || r.top >= bar.bottom - 0.5 || focus.closest('.filter-panel'); \
        return clear ? null : `${focus.outerHTML.slice(0, 90)} at ${r.top.toFixed(0)}, bar to ${bar.bottom.toFixed(0)}`";
    let mut stuck = 0;
    for _ in 0..80 {
        browser.press(&[Key::Shift.into(), Key::Tab.into()]).await;
        assert_eq!(
            browser.eval(covered).await,
            json!(null),
            "the focus under the sticky bar"
        );
        stuck += usize::from(browser.eval("return document.querySelector('.filter-panel').getBoundingClientRect().top === 0").await == json!(true));
    }
    assert!(
        stuck > 20,
        "the bar was stuck to the top for only {stuck} of the 80 steps"
    );
    browser.close().await;
}
