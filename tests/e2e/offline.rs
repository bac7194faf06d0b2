//! End to end: the "About the data" panel, and the app installed by its
//! service worker: opening again with the server stopped, and a new build
//! replacing the old one on the next visit.

use super::{DESKTOP, INTERACTIVE, open_list};
use crate::browser::Browser;
use crate::site::Site;
use std::collections::HashMap;

/// The service worker's state without waiting on it: "ready" once it
/// controls the page and has cached the build, else where it stands
/// ("unregistered", "installing", "waiting", "active", "not cached").
const OFFLINE_STATE: &str = "
    const done = arguments[arguments.length - 1];
    const cached = () => caches.keys()
        .then(keys => Promise.all(keys.map(key => caches.open(key).then(cache => cache.keys()))))
        .then(lists => lists.flat().length >= 8);
    navigator.serviceWorker.getRegistration()
        .then(r => !r ? 'unregistered' : r.installing ? 'installing' : r.waiting ? 'waiting'
            : !navigator.serviceWorker.controller ? 'active' : cached().then(all => all ? 'ready' : 'not cached'))
        .then(done, error => done(`failed: ${error}`));";

/// Waits (up to 30 s, polling) until the service worker controls the page
/// and has cached the build; says where it stood if it never did.
pub async fn wait_offline_ready(browser: &Browser) {
    let mut state = serde_json::Value::Null;
    for _ in 0..300 {
        state = browser
            .client
            .execute_async(OFFLINE_STATE, vec![])
            .await
            .expect("the service worker's state");
        if state == "ready" {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the service worker did not take control and cache the build: {state}");
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn after_one_load_the_app_opens_with_the_server_stopped() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    let manifest = browser
        .eval("return fetch('manifest.webmanifest').then(reply => reply.json())")
        .await;
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["icons"].as_array().map(Vec::len), Some(3));
    wait_offline_ready(&browser).await;

    let site_url = site.url.clone();
    drop(site);
    browser.client.refresh().await.expect("the page reloads");
    browser.wait_until("the list, offline", &INTERACTIVE).await;
    assert_eq!(browser.count("[data-car]").await, 37);
    let offline = browser
        .eval("return fetch('data/wec-2024.json', { cache: 'no-store' }).then(() => 'cache', () => 'network down')")
        .await;
    assert_eq!(offline, "cache", "the data file comes from the cache");
    browser
        .click("[data-car='46'] [data-seat='1'] .seat-button")
        .await;
    browser
        .wait_for_count("the picker, offline", "dialog[open]", 1)
        .await;
    // The other list's page was precached too, though never visited.
    let le_mans = format!("{}le-mans-2024/", site_url);
    browser
        .client
        .goto(&le_mans)
        .await
        .expect("the Le Mans page, offline");
    browser
        .wait_until("the Le Mans list, offline", &INTERACTIVE)
        .await;
    assert_eq!(browser.count("[data-car]").await, 62);
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_about_panel_names_the_sources_and_the_unconfirmed_ratings() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    browser.click(".about-data summary").await;
    let text = browser.text(".about-data").await;
    for expected in [
        "FIA WEC 2024 provisional entry list, published 27 November 2023.",
        "FIA driver categorisation, 2024 list",
        "82 of 118 drivers' ratings (69 %) are confirmed by a published source that states them for 2024",
        "Report a correction",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text:?}");
    }
    let groups = browser
        .eval("return [...document.querySelectorAll('.about-unconfirmed dt')].map(dt => dt.textContent)")
        .await;
    assert_eq!(groups.as_array().map(Vec::len), Some(4), "{groups}");
    assert!(
        !text.contains("Valentino Rossi"),
        "Rossi's Silver is confirmed"
    );
    let tooltip = browser
        .eval("return document.querySelector(\"[data-car='46'] select[aria-label='Rating of Valentino Rossi']\").title")
        .await;
    assert_eq!(
        tooltip.as_str().unwrap_or_default().split(". ").next(),
        Some(
            "Silver: FIA rating, per bmwsport.net (BMW M Motorsport release), \"BMW M Team WRT presents 2024 BMW M4 GT3 drivers\", 2024-02"
        ),
        "the badge names its source"
    );
    browser
        .eval("document.querySelector('.about-data').scrollIntoView(); return true")
        .await;
    browser.screenshot("desktop-about").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn a_new_build_replaces_the_old_one_on_the_next_visit() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    wait_offline_ready(&browser).await;
    let caches = "const done = arguments[arguments.length - 1]; caches.keys().then(done)";
    let before = browser.client.execute_async(caches, vec![]).await.unwrap();
    let old = before[0].as_str().expect("one cache").to_string();

    // The next build: the same files under a new version.
    let worker = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/sw.js"))
        .expect("dist/sw.js");
    // A cache is named `crewbuilder:<scope>:<version>`.
    let version = old.rsplit(':').next().expect("a versioned cache");
    let next = worker.replace(version, &format!("{version}-next"));
    site.answer("/sw.js", (200, next.leak()));
    browser.client.refresh().await.expect("the next visit");
    browser.wait_until("the list", &INTERACTIVE).await;
    let expected = serde_json::json!([format!("{old}-next")]);
    let mut now = before;
    for _ in 0..150 {
        now = browser.client.execute_async(caches, vec![]).await.unwrap();
        if now == expected {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(now, expected, "the new build's cache replaced the old one");
    assert_eq!(browser.count("[data-car]").await, 37);
    browser.close().await;
}
