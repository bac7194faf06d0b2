//! End to end: axe-core finds nothing wrong in the list, with the seat
//! picker open, with the stint planner open, with the About panel open, and
//! on a 375 px phone with its folded parts open; and on the Le Mans page
//! with an LMP2 crew made Pro/Am.

use super::{DESKTOP, PHONE, open_list};
use crate::browser::Browser;
use crate::editing::{open_picker, pick};
use crate::le_mans;
use crate::phone::open_the_folds;
use crate::planner::plan_the_46;
use crate::site::Site;
use std::collections::HashMap;

/// Fails the test with axe-core's findings, if any.
pub async fn assert_axe_clean(browser: &Browser, state: &str) {
    let violations = browser.axe_violations().await;
    assert!(
        violations.is_empty(),
        "axe-core, {state}:\n{}",
        violations.join("\n")
    );
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn axe_finds_nothing_wrong_in_the_list() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    assert_axe_clean(&browser, "the list").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn axe_finds_nothing_wrong_on_the_le_mans_page() {
    let site = Site::serve(HashMap::new());
    let browser = le_mans::open_at(&le_mans::page(&site)).await;
    pick(&browser, "9", 1, "naveen-rao").await;
    le_mans::wait_pro_am(&browser, "9", true).await;
    assert_axe_clean(&browser, "the Le Mans page, #9 Pro/Am").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn axe_finds_nothing_wrong_with_the_seat_picker_open() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    open_picker(&browser, "46", 2).await;
    assert_axe_clean(&browser, "the seat picker open").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn axe_finds_nothing_wrong_with_the_stint_planner_open() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    plan_the_46(&browser).await;
    browser.click_button("Suggest a plan").await;
    browser
        .wait_until(
            "a plan",
            "return document.querySelectorAll('.timeline .stint').length > 0",
        )
        .await;
    assert_axe_clean(&browser, "the stint planner open").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn axe_finds_nothing_wrong_with_the_about_panel_open() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    browser.click(".about-data summary").await;
    browser
        .wait_until(
            "the panel open",
            "return document.querySelector('.about-data').open",
        )
        .await;
    assert_axe_clean(&browser, "the About panel open").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn axe_finds_nothing_wrong_on_a_375_px_phone() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, PHONE).await;
    assert_axe_clean(&browser, "a 375 px phone").await;
    open_the_folds(&browser).await;
    assert_axe_clean(&browser, "a 375 px phone, the folded parts open").await;
    browser.close().await;
}
