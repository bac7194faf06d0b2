//! End to end: the season round by round. The round picker fetches the
//! rounds once; a round's crews show on the cards, checked by its rules;
//! a car's season as a table on a phone; "Start from this round"; a round
//! by its address; a failed fetch said and retried; offline after.

use super::{DESKTOP, INTERACTIVE, open_list, visit_at};
use crate::accessibility::assert_axe_clean;
use crate::browser::{Browser, Viewport};
use crate::editing::{crew, status};
use crate::offline::wait_offline_ready;
use crate::phone::assert_no_sideways_scroll;
use crate::site::Site;
use std::collections::HashMap;

const ROUNDS: &str = "/data/wec-2024-rounds.json";
/// The phone the issue names.
const PHONE_390: Viewport = Viewport::Phone(390, 844);

/// Opens the round picker and chooses the round whose link text contains
/// `round`, then waits for the cards to show it.
async fn pick_round(browser: &Browser, round: &str) {
    browser.click(".round-picker-toggle").await;
    browser
        .wait_for_count("the rounds", ".round-list a", 9)
        .await;
    let link = format!(
        "return [...document.querySelectorAll('.round-list a')].find(a => a.textContent.includes({round:?})).click() ?? true"
    );
    browser.eval(&link).await;
    let shown = format!(
        "return document.querySelector('.round-picker-toggle').textContent.includes({round:?}) && document.querySelectorAll('.round-line').length > 30"
    );
    browser
        .wait_until(&format!("the crews of {round}"), &shown)
        .await;
}

/// The round line of car `car`.
async fn round_line(browser: &Browser, car: &str) -> String {
    browser
        .text(&format!("[data-car='{car}'] .round-line"))
        .await
}

/// How many times the page fetched the rounds file.
async fn rounds_fetched(browser: &Browser) -> u64 {
    let script = format!(
        "return performance.getEntriesByType('resource').filter(e => e.name.endsWith({ROUNDS:?})).length"
    );
    browser.eval(&script).await.as_u64().unwrap()
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_round_shows_its_crews_checked_by_its_rules_and_is_fetched_once() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    assert_eq!(
        rounds_fetched(&browser).await,
        0,
        "not fetched to read the list"
    );
    pick_round(&browser, "Spa-Francorchamps").await;
    let twelve = round_line(&browser, "12").await;
    assert!(
        twelve.contains("At the 6 Hours of Spa-Francorchamps: Will Stevens, Callum Ilott"),
        "{twelve}"
    );
    assert!(twelve.contains("Two drivers"), "{twelve}");
    assert!(
        twelve.contains("Norman Nato out, at the Formula E Berlin E-Prix"),
        "{twelve}"
    );
    assert_ne!(status(&browser, "12").await, "error");
    assert!(
        browser
            .text(".rule-summary-total")
            .await
            .ends_with("for the 6 Hours of Spa-Francorchamps")
    );
    assert!(browser.eval("return location.search").await == "?round=spa");
    pick_round(&browser, "Le Mans").await;
    let seven = round_line(&browser, "7").await;
    assert!(seven.contains("José María López"), "{seven}");
    assert!(seven.contains("in for Mike Conway"), "{seven}");
    pick_round(&browser, "São Paulo").await;
    assert!(
        round_line(&browser, "78")
            .await
            .contains("Did not start, heavy crash in first free practice")
    );
    assert_eq!(rounds_fetched(&browser).await, 1, "fetched once");
    assert_axe_clean(&browser, "a round chosen").await;
    // The event switch goes back to the provisional list, for its event.
    browser.click("input[value='24-hours']").await;
    browser
        .wait_until(
            "the provisional list at Le Mans",
            "return document.querySelectorAll('.round-line').length === 0 && document.querySelector('.rule-summary-total').textContent.endsWith('for the Le Mans 24 Hours')",
        )
        .await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_car_s_season_is_a_table_a_phone_can_read() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, PHONE_390).await;
    pick_round(&browser, "Imola").await;
    browser.click("[data-car='35'] .season-open").await;
    browser
        .wait_for_count("the season table", "dialog[open] .season-table", 1)
        .await;
    let heads = browser
        .eval("return [...document.querySelectorAll('.season-table thead th')].map(th => th.textContent)")
        .await;
    assert_eq!(
        heads,
        serde_json::json!([
            "Driver",
            "Qatar",
            "Imola",
            "Spa",
            "Le Mans",
            "São Paulo",
            "Austin",
            "Fuji",
            "Bahrain"
        ])
    );
    let habsburg = browser
        .eval("return [...document.querySelectorAll('.season-table tbody tr')].find(tr => tr.querySelector('th').textContent === 'Ferdinand Habsburg')?.querySelectorAll('td')[1].textContent")
        .await;
    assert_eq!(
        habsburg, "–not in the crew",
        "absent at Imola, said for a screen reader"
    );
    let title = browser
        .eval("return document.querySelector('.season-table td[data-mark=drove]').title")
        .await;
    assert!(
        title.as_str().unwrap().contains("Result: Al Kamel"),
        "{title}"
    );
    assert_no_sideways_scroll(&browser, 390, "the season view open").await;
    assert_axe_clean(&browser, "the season view").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_round_s_crews_become_the_line_up_in_one_undo_step() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    let provisional = crew(&browser, "35").await;
    pick_round(&browser, "Spa-Francorchamps").await;
    browser.click(".round-picker-toggle").await;
    browser.click(".start-from-round").await;
    browser
        .wait_until("Gounon in the #35", "return document.querySelector(\"[data-car='35'] [data-seat='1']\")?.dataset.driver === 'jules-gounon'")
        .await;
    assert_eq!(
        crew(&browser, "35").await,
        ["paul-loup-chatin", "jules-gounon", "charles-milesi"]
    );
    assert_eq!(
        crew(&browser, "12").await,
        ["will-stevens", "callum-ilott", ""]
    );
    // Undo comes alive with the first step to take (its code is a chunk).
    browser
        .wait_until(
            "Undo enabled",
            "return !document.querySelector(\"[aria-keyshortcuts='Control+Z']\").disabled",
        )
        .await;
    browser.click_button("Undo").await;
    let back = format!(
        "return JSON.stringify([...document.querySelectorAll(\"[data-car='35'] [data-seat]\")].map(seat => seat.dataset.driver)) === {:?}",
        serde_json::to_string(&provisional).unwrap()
    );
    browser
        .wait_until("the provisional #35 back, in one step", &back)
        .await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_round_opens_from_its_address_and_offline_after() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    wait_offline_ready(&browser).await;
    let crews = "return document.querySelectorAll('.round-line').length === 37";
    visit_at(
        &browser,
        &format!("{}?round=le-mans", site.url),
        "the Le Mans round",
    )
    .await;
    browser.wait_until("the round's crews", crews).await;
    assert!(round_line(&browser, "7").await.contains("José María López"));
    assert!(
        browser
            .text(".rule-summary-total")
            .await
            .ends_with("for the 24 Hours of Le Mans")
    );
    drop(site);
    browser.client.refresh().await.expect("the page reloads");
    browser.wait_until("the list, offline", &INTERACTIVE).await;
    browser
        .wait_until("the round's crews, offline", crews)
        .await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_failed_fetch_is_said_and_tried_again() {
    let site = Site::serve(HashMap::from([(ROUNDS, (503, "busy"))]));
    let browser = open_list(&site, DESKTOP).await;
    browser.click(".round-picker-toggle").await;
    browser
        .wait_for_count("the message", ".round-problem", 1)
        .await;
    assert!(
        browser
            .text(".round-problem")
            .await
            .starts_with("The rounds could not be loaded (the server answered 503"),
        "{}",
        browser.text(".round-problem").await
    );
    site.stop_answering(ROUNDS);
    browser.click(".round-retry").await;
    browser
        .wait_for_count("the rounds", ".round-list a", 9)
        .await;
    browser.close().await;
}
