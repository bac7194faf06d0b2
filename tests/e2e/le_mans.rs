//! End to end: the Le Mans 2024 list at `le-mans-2024/`, a page of its own.
//! Its 62 cards arrive as HTML; an LMP2 crew edited there shows Pro/Am come
//! and go; its share link opens Le Mans in a fresh profile; the WEC list's
//! autosave is never touched.

use super::{DESKTOP, INTERACTIVE};
use crate::browser::Browser;
use crate::editing::{pick, share_link, wait_seat};
use crate::site::Site;
use std::collections::HashMap;

/// The Le Mans page's address on `site`.
pub fn page(site: &Site) -> String {
    format!("{}le-mans-2024/", site.url)
}

/// A fresh browser on the Le Mans page (or `url`), interactive.
pub async fn open_at(url: &str) -> Browser {
    let browser = Browser::open(DESKTOP).await;
    browser.client.goto(url).await.expect("the page loads");
    browser
        .wait_until("the Le Mans page to come to life", &INTERACTIVE)
        .await;
    browser
}

/// Whether car `car`'s card shows the Pro/Am subcategory.
async fn pro_am(browser: &Browser, car: &str) -> bool {
    browser
        .count(&format!("[data-car='{car}'] [data-subcategory='pro-am']"))
        .await
        == 1
}

pub async fn wait_pro_am(browser: &Browser, car: &str, shown: bool) {
    let script = format!(
        "return (document.querySelectorAll(\"[data-car='{car}'] [data-subcategory='pro-am']\").length === 1) === {shown}"
    );
    browser
        .wait_until(&format!("Pro/Am on #{car}: {shown}"), &script)
        .await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_le_mans_page_holds_its_62_cards_and_links_to_the_wec_list() {
    let site = Site::serve(HashMap::new());
    let le_mans = site.raw("/le-mans-2024/");
    assert_eq!(
        le_mans.matches("<article").count(),
        62,
        "62 cards in the HTML"
    );
    assert_eq!(
        le_mans.matches(r#"data-class="lmp2""#).count(),
        16,
        "16 LMP2 cards"
    );
    assert!(
        le_mans
            .contains(r#"<a href="../" class="other-list">WEC 2024 provisional list, 37 cars</a>"#)
    );
    assert!(le_mans.contains("<title>Crew Builder · 24 Hours of Le Mans 2024 entry list</title>"));
    assert!(le_mans.contains(r#"localStorage.getItem("crewbuilder:le-mans-2024:lineup")"#));
    assert!(le_mans.contains(r#"register("../sw.js")"#));
    let wec = site.raw("/");
    assert_eq!(wec.matches("<article").count(), 37);
    assert!(
        wec.contains(r#"<a href="le-mans-2024/" class="other-list">Le Mans 2024, 62 cars</a>"#)
    );
    assert!(!wec.contains("Pro/Am"), "the WEC page has no LMP2");
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn an_lmp2_crew_turns_pro_am_and_back_and_its_link_opens_le_mans() {
    let site = Site::serve(HashMap::new());
    let browser = open_at(&page(&site)).await;
    assert_eq!(browser.count("[data-car]").await, 62);
    assert_eq!(
        browser.count("input[name='event']").await,
        0,
        "Le Mans only: no event switch"
    );
    // #9 Proton was first listed with Jonas Ried (Silver) and two TBA seats.
    assert!(!pro_am(&browser, "9").await);
    pick(&browser, "9", 1, "naveen-rao").await;
    wait_pro_am(&browser, "9", true).await;
    browser.click("button[aria-keyshortcuts='Control+Z']").await;
    wait_pro_am(&browser, "9", false).await;
    browser
        .click("button[aria-keyshortcuts='Control+Shift+Z']")
        .await;
    wait_pro_am(&browser, "9", true).await;

    let link = share_link(&browser).await;
    assert!(
        link.starts_with(&format!("{}#share=", page(&site))),
        "{link}"
    );
    let saved = browser
        .eval("return [localStorage.getItem('crewbuilder:lineup'), localStorage.getItem('crewbuilder:le-mans-2024:lineup') !== null]")
        .await;
    assert_eq!(
        saved,
        serde_json::json!([null, true]),
        "only the Le Mans save is written"
    );
    browser.close().await;

    let fresh = open_at(&link).await;
    fresh
        .wait_for_count("the shared banner", ".shared-banner", 1)
        .await;
    wait_seat(&fresh, "9", 1, "naveen-rao", "the shared seat").await;
    assert!(pro_am(&fresh, "9").await);
    // The WEC list in the same profile: its own, untouched.
    fresh.client.goto(&site.url).await.expect("the WEC page");
    fresh.wait_until("the WEC page", &INTERACTIVE).await;
    assert_eq!(fresh.count("[data-car]").await, 37);
    assert_eq!(fresh.count(".shared-banner").await, 0);
    assert!(
        fresh.console_errors().await.is_empty(),
        "{:?}",
        fresh.console_errors().await
    );
    fresh.close().await;
}
