//! End to end: the release build published in folders of a static host
//! (`/crewbuilder/`, as a project page is served, and a second copy in
//! `/copy/`), each page under the Content-Security-Policy it carries.

use super::{DESKTOP, visit_at};
use crate::browser::Browser;
use crate::editing::{open_picker, pick, share_link};
use crate::offline::wait_offline_ready;
use crate::site::Site;
use serde_json::json;

/// Checks that a card's background is the stylesheet's white, not the
/// browser's transparent default.
async fn assert_styled(browser: &Browser) {
    assert_eq!(
        browser.eval(CARD_BACKGROUND).await,
        json!("rgb(255, 255, 255)")
    );
}

/// A card's background, as the browser computes it.
const CARD_BACKGROUND: &str =
    "return getComputedStyle(document.querySelector('[data-car]')).backgroundColor";

/// Both lists, styled, with the picker and the planner; then a share link
/// made there, opened there.
async fn use_the_folder(browser: &Browser, folder: &str) {
    let le_mans = format!("{folder}le-mans-2024/");
    visit_at(browser, &le_mans, "the Le Mans page in the folder").await;
    assert_styled(browser).await;
    assert_eq!(browser.count("[data-car]").await, 62);
    browser.click(".plan-stints").await;
    browser
        .wait_for_count("the planner", "dialog.planner[open]", 1)
        .await;
    visit_at(browser, folder, "the WEC page in the folder").await;
    assert_styled(browser).await;
    open_picker(browser, "46", 3).await;
    browser.click_button("Close").await;
    pick(browser, "46", 1, "ahmad-al-harthy").await;
    let link = share_link(browser).await;
    assert!(link.starts_with(&format!("{folder}#share=")), "{link}");
    // A new load, not a jump to the fragment of the page already open.
    browser
        .client
        .goto("about:blank")
        .await
        .expect("a blank page");
    visit_at(browser, &link, "the share link in the folder").await;
    browser
        .wait_for_count("the shared line-up", ".shared-banner", 1)
        .await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_site_works_from_a_folder_with_no_404_and_no_console_error() {
    let site = Site::serve_in(&["/crewbuilder/"]);
    let folder = format!("{}crewbuilder/", site.url);
    let browser = Browser::open(DESKTOP).await;
    use_the_folder(&browser, &folder).await;
    assert_eq!(site.not_found(), Vec::<String>::new(), "404s");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

/// The strings of a script's array.
fn strings(array: &serde_json::Value) -> Vec<&str> {
    array
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(serde_json::Value::as_str)
        .collect()
}

/// The caches' names, as the page sees them.
const CACHES: &str = "const done = arguments[arguments.length - 1]; caches.keys().then(done)";

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn two_copies_on_one_host_keep_their_own_caches_and_both_open_offline() {
    let site = Site::serve_in(&["/crewbuilder/", "/copy/"]);
    let folders = [
        format!("{}crewbuilder/", site.url),
        format!("{}copy/", site.url),
    ];
    let browser = Browser::open(DESKTOP).await;
    for folder in &folders {
        visit_at(&browser, folder, "a copy of the site").await;
        wait_offline_ready(&browser).await;
    }
    let caches = browser.client.execute_async(CACHES, vec![]).await.unwrap();
    let caches = strings(&caches);
    assert_eq!(caches.len(), 2, "one cache per copy: {caches:?}");
    for folder in &folders {
        assert!(
            caches
                .iter()
                .any(|name| name.starts_with(&format!("crewbuilder:{folder}:"))),
            "{folder}'s cache among {caches:?}"
        );
    }
    drop(site);
    for folder in &folders {
        visit_at(&browser, folder, "a copy of the site, offline").await;
        assert_eq!(browser.count("[data-car]").await, 37);
        assert_styled(&browser).await;
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_script_injected_into_a_page_is_blocked_and_reported() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html"))
        .expect("dist/index.html")
        .replacen(
            "</main>",
            "</main><script>window.injected = true;</script><img src=x onerror=\"window.injected = true\">",
            1,
        );
    let site = Site::serve(std::collections::HashMap::from([(
        "/",
        (200, &*page.leak()),
    )]));
    let browser = Browser::open(DESKTOP).await;
    visit_at(&browser, &site.url, "the page with an injected script").await;
    assert_eq!(
        browser.eval("return window.injected === true").await,
        json!(false)
    );
    let violations = browser
        .eval("const seen = window.cspViolations; window.cspViolations = []; return seen")
        .await;
    let violations = strings(&violations);
    assert_eq!(violations.len(), 2, "{violations:?}");
    assert!(
        violations
            .iter()
            .all(|seen| seen.starts_with("script-src-")),
        "{violations:?}"
    );
    browser.close().await;
}
