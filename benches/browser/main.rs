//! The release app measured in headless Chromium: first render and time to
//! interactive against a static page of the same markup, the bytes the first
//! view transfers, edit latency with the DOM nodes each edit touches,
//! interaction to next paint, the page coming to life on a throttled phone
//! and Lighthouse's phone run, on the shipped lists and on a generated
//! 1,000-car season (prerendered by the app's own components, as the build
//! does).
//! `cargo xtask bench` builds `dist/` first and writes the figures into
//! BENCHMARKS.md; this prints them as Markdown and saves them in
//! `target/bench/browser.md`.

// The end-to-end suite's harness; the benchmark uses only part of it.
#[allow(dead_code)]
#[path = "../../tests/e2e/browser.rs"]
mod browser;
mod edits;
mod inp;
mod large;
mod lighthouse;
mod phone;
mod picture;
mod rounds;
#[allow(dead_code)]
#[path = "../../tests/e2e/site.rs"]
mod site;
mod stats;

use browser::{Browser, Viewport};
use large::large_page;
use site::{Override, Site};
use stats::Spread;
use std::collections::HashMap;
use std::fmt::Write;

const DESKTOP: Viewport = Viewport::Desktop(1280, 900);
const RENDER_RUNS: usize = 15;
use crewbuilder::ui::{INTERACTIVE_MARK as INTERACTIVE, LIST_RENDERED_MARK as RENDERED};

/// The sections to run: all, or those named on the command line (`load`,
/// `edits`, `inp`, `phone`, `rounds`, `picture`, `lighthouse`), as in
/// `cargo bench --bench browser --features ssr -- inp`.
fn wanted(section: &str) -> bool {
    let named: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    named.is_empty() || named.iter().any(|name| name == section)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let large = large_page(1000);
    let mut report = String::new();
    if wanted("load") {
        report += &load_section().await;
    }
    if wanted("edits") {
        report += &edits::edit_section(large).await;
    }
    if wanted("inp") {
        report += &inp::section(large).await;
    }
    if wanted("phone") {
        report += &phone::section(large).await;
    }
    if wanted("rounds") {
        report += &rounds::section().await;
    }
    if wanted("picture") {
        report += &picture::section().await;
    }
    if wanted("lighthouse") {
        let served = Site::serve(HashMap::new());
        report += "\n";
        report += &lighthouse::section(
            &served.url,
            &[(WEC.name, WEC.path), (LE_MANS.name, LE_MANS.path)],
        );
    }
    print!("{report}");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&folder).expect("target/bench");
    std::fs::write(folder.join("browser.md"), report).expect("target/bench/browser.md");
}

/// A list's page to measure: its address under the site, its name in the
/// report and its card count.
struct ListPage {
    path: &'static str,
    name: &'static str,
    cars: usize,
}

const WEC: ListPage = ListPage {
    path: "",
    name: "Crew Builder",
    cars: 37,
};
const LE_MANS: ListPage = ListPage {
    path: "le-mans-2024/",
    name: "Le Mans 2024 page",
    cars: 62,
};

/// First render against the static page, time to interactive, bytes: the
/// WEC list's page, then the Le Mans list's.
async fn load_section() -> String {
    let mut report =
        format!("### First render and first view (cold cache, {RENDER_RUNS} runs each)\n\n");
    writeln!(report, "Navigation start to the `{RENDERED}` mark (the app's is inline right after the prerendered list) and to `{INTERACTIVE}` (hydrated, line-up restored, edits work); each static page is the app's own markup of that list's cards saved as HTML, with the same stylesheet, marking at the end of its body.\n").unwrap();
    writeln!(
        report,
        "| page | list rendered: median | min | max | interactive: median | aim |\n| --- | --- | --- | --- | --- | --- |"
    )
    .unwrap();
    let mut bytes = String::new();
    for list in [WEC, LE_MANS] {
        let (rows, fetched) = load_rows(&list).await;
        report += &rows;
        writeln!(
            bytes,
            "\n{}: fetched before `{INTERACTIVE}` (gzipped, as the test server sends them): {}.",
            list.name,
            first_view_bytes(list.path, &fetched)
        )
        .unwrap();
    }
    report + &bytes + "\n"
}

/// The rows of one list's page and its static copy, and the files the page
/// fetched before it was interactive.
async fn load_rows(list: &ListPage) -> (String, Vec<String>) {
    // Both pages come from one site, stylesheet and all, so they are timed
    // under the same conditions (a stylesheet from a second, idle server
    // made the static page look about 60 ms faster than it is).
    let site = Site::serve(HashMap::new());
    let url = format!("{}{}", site.url, list.path);
    site.answer("/static.html", static_page(&url).await);
    let app = first_render(&url, INTERACTIVE).await;
    let page = first_render(&format!("{}static.html", site.url), RENDERED).await;
    let ratio = app.rendered.median / page.rendered.median;
    let ready = app.ready.median / page.rendered.median;
    let rows = format!(
        "| static HTML, {cars} cards | {} | {} | {} | – | – |\n| {}, {cars} cars | {} | {} | {} | {} ({ready:.2}× static) | list ≤ 1.2× static: {ratio:.2}×, {} |\n",
        ms(page.rendered.median),
        ms(page.rendered.min),
        ms(page.rendered.max),
        list.name,
        ms(app.rendered.median),
        ms(app.rendered.min),
        ms(app.rendered.max),
        ms(app.ready.median),
        verdict(ratio <= 1.2),
        cars = list.cars,
    );
    (rows, app.fetched)
}

fn ms(value: f64) -> String {
    format!("{value:.2} ms")
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "missed" }
}

/// The app's own rendering of the list at `url`, saved as a static page.
async fn static_page(url: &str) -> Override {
    let browser = open(url, INTERACTIVE).await;
    let page = browser
        .eval("return { css: document.querySelector('link[rel=stylesheet]').getAttribute('href'), main: document.querySelector('main').outerHTML }")
        .await;
    browser.close().await;
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>static</title><link rel=\"stylesheet\" href=\"{}\"></head><body>{}<script>performance.mark('{RENDERED}')</script></body></html>",
        page["css"].as_str().unwrap(),
        page["main"].as_str().unwrap()
    );
    (200, html.leak())
}

/// Opens a fresh browser at `url` and waits for `mark`. The browser first
/// loads a small page of the same site (not found, no assets), so starting
/// its network stack is not counted against the page measured.
async fn open(url: &str, mark: &str) -> Browser {
    let browser = Browser::open(DESKTOP).await;
    let warm_up = url::Url::parse(url).and_then(|url| url.join("/warm-up"));
    browser
        .client
        .goto(warm_up.expect("a page URL").as_str())
        .await
        .expect("the warm-up page loads");
    browser.client.goto(url).await.expect("the page loads");
    browser
        .wait_until(
            &format!("{mark} at {url}"),
            &format!("return performance.getEntriesByName('{mark}').length > 0"),
        )
        .await;
    browser
}

/// A page's loads: milliseconds from navigation start to the list and to
/// `ready`, and the files fetched before `ready` (of the last load).
struct Loads {
    rendered: Spread,
    ready: Spread,
    fetched: Vec<String>,
}

/// Loads `url` with a cold cache (a fresh profile each time), waiting for
/// the `ready` mark.
async fn first_render(url: &str, ready: &str) -> Loads {
    let (mut rendered, mut readied, mut fetched) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RENDER_RUNS {
        let browser = open(url, ready).await;
        let load = browser
            .eval(&format!(
                "const at = name => performance.getEntriesByName(name)[0].startTime;
                 const ready = at('{ready}');
                 return [at('{RENDERED}'), ready, performance.getEntriesByType('resource')
                   .filter(entry => entry.startTime < ready).map(entry => new URL(entry.name).pathname)];"
            ))
            .await;
        rendered.push(load[0].as_f64().expect("a mark time"));
        readied.push(load[1].as_f64().expect("a mark time"));
        fetched = serde_json::from_value(load[2].clone()).expect("the paths fetched");
        browser.close().await;
    }
    Loads {
        rendered: Spread::of(&rendered),
        ready: Spread::of(&readied),
        fetched,
    }
}

/// The page in folder `path` and the files at `paths`, gzipped, each and in all.
fn first_view_bytes(path: &str, paths: &[String]) -> String {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let page = format!("{path}index.html");
    let mut files: Vec<&str> = vec![&page];
    files.extend(paths.iter().map(|path| path.trim_start_matches('/')));
    let sized: Vec<(String, usize)> = files
        .iter()
        .filter_map(|file| {
            Some((
                file.to_string(),
                site::gzipped(&std::fs::read(dist.join(file)).ok()?).len(),
            ))
        })
        .collect();
    let total: usize = sized.iter().map(|(_, bytes)| bytes).sum();
    let each: Vec<String> = sized
        .iter()
        .map(|(file, bytes)| format!("`{file}` {:.1} KB", *bytes as f64 / 1024.0))
        .collect();
    format!("**{:.1} KB** ({})", total as f64 / 1024.0, each.join(", "))
}

/// Lets the service worker finish caching the build and the page settle,
/// so that neither competes with the edits for the two cores.
async fn settle(browser: &Browser) {
    browser
        .client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(std::time::Duration::from_secs(300)),
            None,
            None,
        ))
        .await
        .expect("a longer script timeout");
    browser
        .client
        .execute_async(
            "navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1](true))",
            vec![],
        )
        .await
        .expect("the service worker ready");
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
}
