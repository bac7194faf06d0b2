//! End to end: building crews in the release build, with undo, autosave,
//! share links and fan-made entries.

use super::{DESKTOP, INTERACTIVE, open_list};
use crate::browser::Browser;
use crate::site::Site;
use fantoccini::key::Key;
use std::collections::HashMap;

const SAVE_KEY: &str = "crewbuilder:lineup";

/// The button of seat `seat` (1-based) of car `car`: by the contract that
/// its accessible name, which begins with the driver's name or "TBA",
/// contains "seat N of car #X:".
pub fn seat_button(car: &str, seat: usize) -> String {
    format!("[aria-label*='seat {seat} of car #{car}:']")
}

/// Opens the picker of seat `seat` (1-based) of car `car`.
pub async fn open_picker(browser: &Browser, car: &str, seat: usize) {
    browser.click(&seat_button(car, seat)).await;
    browser
        .wait_for_count("the picker", "dialog[open]", 1)
        .await;
}

/// Opens the picker of a seat (0-based) and picks a driver.
pub async fn pick(browser: &Browser, car: &str, seat: usize, driver: &str) {
    open_picker(browser, car, seat + 1).await;
    browser
        .type_into(
            "dialog[open] input[name='driver-search']",
            &driver.replace('-', " "),
        )
        .await;
    browser
        .click(&format!("dialog[open] .candidate[data-driver='{driver}']"))
        .await;
    browser
        .wait_for_count("the picker to close", "dialog[open]", 0)
        .await;
}

/// Presses Share and reads the link it makes.
pub async fn share_link(browser: &Browser) -> String {
    browser.click_button("Share").await;
    browser
        .wait_for_count("the share link", "input[name='share-link']", 1)
        .await;
    let link = browser
        .eval("return document.querySelector(\"input[name='share-link']\").value")
        .await;
    link.as_str().unwrap().to_string()
}

pub async fn status(browser: &Browser, car: &str) -> String {
    let script = format!("return document.querySelector(\"[data-car='{car}']\").dataset.status");
    browser
        .eval(&script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

pub async fn wait_status(browser: &Browser, car: &str, status: &str) {
    let script = format!(
        "return document.querySelector(\"[data-car='{car}']\")?.dataset.status === '{status}'"
    );
    browser
        .wait_until(&format!("car #{car} to be {status}"), &script)
        .await;
}

/// Waits until seat `seat` of car `car` holds `driver` (empty for TBA).
pub async fn wait_seat(browser: &Browser, car: &str, seat: usize, driver: &str, what: &str) {
    let script = format!(
        "return document.querySelector(\"[data-car='{car}'] [data-seat='{seat}']\").dataset.driver === '{driver}'"
    );
    browser.wait_until(what, &script).await;
}

pub async fn crew(browser: &Browser, car: &str) -> Vec<String> {
    let script = format!(
        "return [...document.querySelectorAll(\"[data-car='{car}'] [data-seat]\")].map(seat => seat.dataset.driver)"
    );
    let seats = browser.eval(&script).await;
    seats
        .as_array()
        .unwrap()
        .iter()
        .map(|seat| seat.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn building_the_46_with_undo_reload_and_a_share_link() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    pick(&browser, "46", 1, "ahmad-al-harthy").await;
    pick(&browser, "46", 2, "maxime-martin").await;
    wait_status(&browser, "46", "valid").await;
    assert_eq!(
        crew(&browser, "46").await,
        ["valentino-rossi", "ahmad-al-harthy", "maxime-martin"]
    );

    browser
        .choose("select[aria-label='Rating of Valentino Rossi']", "gold")
        .await;
    wait_status(&browser, "46", "error").await;
    let message = browser
        .text("[data-car='46'] [data-rule='lmgt3-composition']")
        .await;
    assert!(
        message.contains("a three-driver crew needs a Silver or a second Bronze beside its Bronze"),
        "{message}"
    );
    browser.screenshot("desktop-what-if-error").await;

    browser.type_into("body", &(Key::Control + "z")).await;
    wait_status(&browser, "46", "valid").await;
    browser.client.refresh().await.unwrap();
    browser
        .wait_until("the list to render again", &INTERACTIVE)
        .await;
    assert_eq!(
        crew(&browser, "46").await,
        ["valentino-rossi", "ahmad-al-harthy", "maxime-martin"]
    );
    assert_eq!(status(&browser, "46").await, "valid");
    let redo_enabled = browser.eval("return [...document.querySelectorAll('.toolbar button')].find(b => b.textContent === 'Redo').disabled === false").await;
    assert_eq!(redo_enabled, true, "the undo history survives the reload");

    let link = share_link(&browser).await;
    assert!(link.contains("#share=") && link.len() < 400, "{link}");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;

    let visitor = Browser::open(DESKTOP).await;
    visitor.client.goto(&link).await.unwrap();
    visitor.wait_until("the shared list", &INTERACTIVE).await;
    visitor
        .wait_for_count("the shared banner", ".shared-banner", 1)
        .await;
    assert_eq!(
        crew(&visitor, "46").await,
        ["valentino-rossi", "ahmad-al-harthy", "maxime-martin"]
    );
    let saved = visitor
        .eval(&format!("return localStorage.getItem('{SAVE_KEY}')"))
        .await;
    assert_eq!(
        saved,
        serde_json::Value::Null,
        "the visitor's autosave is not touched without asking"
    );
    visitor.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_corrupt_autosave_is_kept_as_a_backup_with_a_notice() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    browser
        .eval(&format!(
            "localStorage.setItem('{SAVE_KEY}', '{{\"format\":1,\"edits\":[oops'); return true"
        ))
        .await;
    browser.client.refresh().await.unwrap();
    browser
        .wait_until("the list to render again", &INTERACTIVE)
        .await;
    let notice = browser.text(".notice").await;
    assert!(
        notice.contains("Your saved line-up could not be read"),
        "{notice}"
    );
    assert!(notice.contains("crewbuilder:lineup:backup"), "{notice}");
    let backup = browser
        .eval("return localStorage.getItem('crewbuilder:lineup:backup')")
        .await;
    assert_eq!(backup, "{\"format\":1,\"edits\":[oops");
    assert_eq!(browser.count("[data-car]").await, 37);
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_tampered_share_link_says_so() {
    let site = Site::serve(HashMap::new());
    let browser = Browser::open(DESKTOP).await;
    browser
        .client
        .goto(&format!(
            "{}#share=eyJ2IjoxLCJzZWFzb24iOiIyMDI0Ii",
            site.url
        ))
        .await
        .unwrap();
    browser.wait_until("the list", &INTERACTIVE).await;
    let notice = browser.text(".notice").await;
    assert!(
        notice.starts_with("This share link cannot be opened:"),
        "{notice}"
    );
    assert_eq!(browser.count("[data-car]").await, 37);
    browser.close().await;
}

/// Adds the fan-made LMGT3 #100 with "Add a car"; the dialog closes and
/// the focus goes to the new car's first seat.
async fn add_fan_car(browser: &Browser) {
    browser.click_button("Add a car").await;
    browser
        .wait_for_count(
            "the form, fetched on first use",
            "dialog form.add-car-form",
            1,
        )
        .await;
    browser
        .choose("select[name='add-car-class']", "lmgt3")
        .await;
    for (field, value) in [
        ("number", "100"),
        ("team", "Fan Racing"),
        ("manufacturer", "BMW"),
        ("car", "BMW M4 GT3"),
    ] {
        browser
            .type_into(&format!("input[name='add-car-{field}']"), value)
            .await;
    }
    browser.click_button("Add the car").await;
    browser
        .wait_for_count(
            "the fan-made car",
            "[data-car='100'][data-fan-made='true']",
            1,
        )
        .await;
    browser
        .wait_for_count("the dialog closed", "dialog", 0)
        .await;
    browser
        .wait_until(
            "the focus on the new car's first seat",
            "return document.activeElement.matches(\"[data-car='100'] .seat-button\")",
        )
        .await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_fan_made_car_counts_against_the_quota_and_a_new_driver_stays_text() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    add_fan_car(&browser).await;
    assert_eq!(
        browser
            .count("[data-car='100'] [data-rule='lmgt3-make-quota']")
            .await,
        1
    );

    open_picker(&browser, "100", 1).await;
    browser.click(".new-driver summary").await;
    browser
        .type_into(
            "input[name='new-driver-name']",
            "<img src=x onerror=alert(1)>",
        )
        .await;
    browser
        .type_into("input[name='new-driver-nationality']", "gb")
        .await;
    browser
        .choose("select[name='new-driver-rating']", "bronze")
        .await;
    browser.click_button("Add and seat").await;
    assert_eq!(
        browser.text("#new-driver-nationality-error").await,
        "Use a three-letter code such as ITA or GBR."
    );
    browser
        .type_into("input[name='new-driver-nationality']", "r")
        .await;
    browser.click_button("Add and seat").await;
    browser
        .wait_for_count("the picker to close", "dialog[open]", 0)
        .await;
    assert_eq!(
        browser
            .text("[data-car='100'] [data-seat='0'] .driver-name")
            .await,
        "<img src=x onerror=alert(1)>"
    );
    assert_eq!(
        browser.count("[data-car='100'] img").await,
        0,
        "the name is text, not markup"
    );

    browser.click_button("Remove car #100").await;
    browser
        .wait_for_count("the car removed", "[data-car='100']", 0)
        .await;
    assert_eq!(browser.count("[data-rule='lmgt3-make-quota']").await, 0);
    browser.close().await;
}
