//! End to end: the seat picker and the stint planner are the platform's
//! modal dialogs. Opened by pointer or by keyboard, on a desktop or a
//! phone, each takes the focus, keeps it inside, closes with Escape and
//! gives the focus back to the control it was opened from.

use super::{DESKTOP, PHONE, open_list};
use crate::browser::{Browser, Viewport};
use crate::editing::{open_picker, seat_button};
use crate::planner::plan_the_46;
use crate::site::Site;
use fantoccini::key::Key;
use serde_json::json;
use std::collections::HashMap;

/// What has the focus: the dialog itself, a control inside it (by its
/// name or text), or the seat button's label outside.
const FOCUSED: &str = "const now = document.activeElement; \
    if (now.matches('dialog')) return 'the dialog'; \
    if (now.closest('dialog')) return 'inside: ' + (now.name || now.textContent.trim()); \
    return 'outside: ' + (now.getAttribute('aria-label') || now.textContent.trim());";

/// Presses Escape and waits for the dialog to be gone.
async fn escape(browser: &Browser) {
    browser.press(&[Key::Escape.into()]).await;
    browser
        .wait_for_count("the dialog to close", "dialog", 0)
        .await;
}

/// Presses Escape and finds the focus back on the #46's second seat.
async fn escape_back_to_the_seat(browser: &Browser) {
    escape(browser).await;
    let back = focused(browser).await;
    assert!(
        back.starts_with("outside: TBA, seat 2 of car #46:"),
        "{back}"
    );
}

/// The focus after the browser has drawn what changed.
async fn focused(browser: &Browser) -> String {
    browser
        .wait_until(
            "the focus to settle",
            "return document.activeElement !== document.body",
        )
        .await;
    browser.eval(FOCUSED).await.as_str().unwrap().to_string()
}

/// Opens the #46's second seat by pointer, checks where the focus went,
/// and closes it with Escape.
async fn pointer_opened(viewport: Viewport, focus_inside: &str) {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, viewport).await;
    open_picker(&browser, "46", 2).await;
    assert_eq!(
        browser
            .eval("return document.querySelector('dialog').matches(':modal')")
            .await,
        json!(true),
        "shown with showModal()"
    );
    assert_eq!(focused(&browser).await, focus_inside);
    escape_back_to_the_seat(&browser).await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_clicked_seat_opens_a_modal_picker_that_escape_closes() {
    pointer_opened(DESKTOP, "inside: driver-search").await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn on_a_phone_the_picker_itself_takes_the_focus_not_the_keyboard() {
    pointer_opened(PHONE, "the dialog").await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_keyboard_opened_picker_keeps_the_focus_inside_and_escape_closes_it() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    let seat = seat_button("46", 2);
    browser
        .eval(&format!(
            "document.querySelector(\"{seat}\").focus(); return true"
        ))
        .await;
    browser.press(&[Key::Enter.into()]).await;
    browser
        .wait_for_count("the picker", "dialog[open]", 1)
        .await;
    assert_eq!(focused(&browser).await, "inside: driver-search");
    for _ in 0..30 {
        browser.press(&[Key::Tab.into()]).await;
        let now = focused(&browser).await;
        assert!(now.starts_with("inside: "), "Tab left the picker: {now}");
    }
    escape_back_to_the_seat(&browser).await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn escape_closes_the_planner_and_gives_the_focus_back_to_plan_stints() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    plan_the_46(&browser).await;
    let inside = focused(&browser).await;
    assert!(inside.starts_with("inside: "), "{inside}");
    escape(&browser).await;
    assert_eq!(focused(&browser).await, "outside: Plan stints for car #46");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn escape_closes_add_a_car_and_gives_the_focus_back_to_its_button() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, PHONE).await;
    browser.click_button("Add a car").await;
    browser
        .wait_for_count("the form", "dialog form.add-car-form", 1)
        .await;
    assert_eq!(
        focused(&browser).await,
        "the dialog",
        "no keyboard on a phone"
    );
    escape(&browser).await;
    assert_eq!(focused(&browser).await, "outside: Add a car");
    browser.close().await;
}
