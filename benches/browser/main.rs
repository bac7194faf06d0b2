//! The release app measured in headless Chromium: first render and time to
//! interactive against a static page of the same markup, the bytes the first
//! view transfers, and edit latency with the DOM nodes each edit touches, on
//! the shipped 37 cars and on a generated 1,000-car season (prerendered by
//! the app's own components, as the build does).
//! `cargo xtask bench` builds `dist/` first and writes the figures into
//! BENCHMARKS.md; this prints them as Markdown and saves them in
//! `target/bench/browser.md`.

// The end-to-end suite's harness; the benchmark uses only part of it.
#[allow(dead_code)]
#[path = "../../tests/e2e/browser.rs"]
mod browser;
mod lighthouse;
#[allow(dead_code)]
#[path = "../../tests/e2e/site.rs"]
mod site;
mod stats;

use browser::{Browser, Viewport};
use serde_json::{Value, json};
use site::{Override, Site};
use stats::Spread;
use std::collections::HashMap;
use std::fmt::Write;

const DESKTOP: Viewport = Viewport::Desktop(1280, 900);
const SHIPPED: &str = include_str!("../../public/data/wec-2024.json");
const RENDER_RUNS: usize = 15;
const WARM_UP_EDITS: usize = 20;
const EDITS: usize = 200;
/// The seat edit: Rossi's rating in the #46, Silver and Gold in turn.
const EDITED: &str = "[data-car='46'] select[aria-label='Rating of Valentino Rossi']";
const RENDERED: &str = "crewbuilder:list-rendered";
const INTERACTIVE: &str = "crewbuilder:interactive";

/// Times `count` edits in the page: each sets the select to the next value,
/// waits for a task after every microtask (Leptos updates the DOM in
/// microtasks), and takes the time of the last DOM change the
/// MutationObserver saw (so a frame the browser renders in between is not
/// counted) and the number of nodes it saw change.
const EDIT_SCRIPT: &str = r#"
const [selector, values, count] = arguments;
const done = arguments[arguments.length - 1];
const channel = new MessageChannel();
const settled = () => new Promise(resolve => {
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
});
let touched = new Set(), moved = 0, changed = 0;
const note = records => records.forEach(record => {
  changed = performance.now();
  if (record.type === "childList") moved += record.addedNodes.length + record.removedNodes.length;
  else touched.add(record.target);
});
const observer = new MutationObserver(note);
observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
(async () => {
  const times = [], nodes = [];
  for (let i = 0; i < count; i++) {
    await settled();
    note(observer.takeRecords());
    touched = new Set(); moved = 0; changed = 0;
    const value = values[i % values.length];
    const select = document.querySelector(selector);
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await settled();
    note(observer.takeRecords());
    if (document.querySelector(selector).dataset.rating !== value) {
      observer.disconnect();
      return done({ error: `edit ${i}: the DOM did not show ${value}` });
    }
    times.push(changed - start);
    nodes.push(touched.size + moved);
  }
  observer.disconnect();
  done({ times, nodes });
})();
"#;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let large = large_page(1000);
    let mut report = String::new();

    // Both pages come from one site, stylesheet and all, so they are timed
    // under the same conditions (a stylesheet from a second, idle server
    // made the static page look about 60 ms faster than it is).
    let site = Site::serve(HashMap::new());
    site.answer("/static.html", static_page(&site).await);
    let app = first_render(&site.url, INTERACTIVE).await;
    let page = first_render(&format!("{}static.html", site.url), RENDERED).await;
    writeln!(
        report,
        "### First render and first view (cold cache, {RENDER_RUNS} runs each)\n"
    )
    .unwrap();
    writeln!(report, "Navigation start to the `{RENDERED}` mark (the app's is inline right after the prerendered list) and to `{INTERACTIVE}` (hydrated, line-up restored, edits work); the static page is the app's own markup of the 37 cards saved as HTML, with the same stylesheet, marking at the end of its body.\n").unwrap();
    writeln!(
        report,
        "| page | list rendered: median | min | max | interactive: median | aim |\n| --- | --- | --- | --- | --- | --- |"
    )
    .unwrap();
    writeln!(
        report,
        "| static HTML, 37 cards | {} | {} | {} | – | – |",
        ms(page.rendered.median),
        ms(page.rendered.min),
        ms(page.rendered.max)
    )
    .unwrap();
    let ratio = app.rendered.median / page.rendered.median;
    let ready = app.ready.median / page.rendered.median;
    writeln!(
        report,
        "| Crew Builder, 37 cars | {} | {} | {} | {} ({ready:.2}× static) | list ≤ 1.2× static: {ratio:.2}×, {} |",
        ms(app.rendered.median),
        ms(app.rendered.min),
        ms(app.rendered.max),
        ms(app.ready.median),
        verdict(ratio <= 1.2)
    )
    .unwrap();
    writeln!(
        report,
        "\nFetched before `{INTERACTIVE}` (gzipped, as the test server sends them): {}.\n",
        first_view_bytes(&app.fetched)
    )
    .unwrap();
    drop(site);

    let small = edit_latency(HashMap::new()).await;
    let site_large: HashMap<&'static str, Override> = HashMap::from([("/", (200, large))]);
    let big = edit_latency(site_large).await;
    writeln!(
        report,
        "\n### Edit latency ({EDITS} edits after {WARM_UP_EDITS} to warm up)\n"
    )
    .unwrap();
    writeln!(report, "One seat edit (Rossi's rating in the #46, Silver and Gold in turn) to the validated DOM updated; nodes are those a MutationObserver saw added, removed or changed.\n").unwrap();
    writeln!(report, "| season | median | p95 | max | nodes per edit (median, max) | aim |\n| --- | --- | --- | --- | --- | --- |").unwrap();
    let aims = format!(
        "median ≤ 2 ms: {}; ≤ 10 nodes: {}",
        verdict(small.time.median <= 2.0),
        verdict(small.nodes.max <= 10.0)
    );
    report += &edit_row("37 cars", &small, &aims);
    let scale = big.time.median / small.time.median;
    let aim = format!(
        "≤ 1.2× the 37-car median: {scale:.2}×, {}",
        verdict(scale <= 1.2)
    );
    report += &edit_row("1,000 cars", &big, &aim);

    let served = Site::serve(HashMap::new());
    report += "\n";
    report += &lighthouse::section(&served.url);
    drop(served);

    print!("{report}");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&folder).expect("target/bench");
    std::fs::write(folder.join("browser.md"), report).expect("target/bench/browser.md");
}

fn edit_row(season: &str, edits: &Edits, aim: &str) -> String {
    format!(
        "| {season} | {} | {} | {} | {}, {} | {aim} |\n",
        ms(edits.time.median),
        ms(edits.time.p95),
        ms(edits.time.max),
        edits.nodes.median,
        edits.nodes.max
    )
}

fn ms(value: f64) -> String {
    format!("{value:.2} ms")
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "missed" }
}

/// The app's own rendering of the shipped list, saved as a static page.
async fn static_page(site: &Site) -> Override {
    let browser = open(&site.url, INTERACTIVE).await;
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

/// The page and the files at `paths`, gzipped, each and in all.
fn first_view_bytes(paths: &[String]) -> String {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    let mut files: Vec<&str> = vec!["index.html"];
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

struct Edits {
    time: Spread,
    nodes: Spread,
}

/// Edit latency on the app served with `overrides`.
async fn edit_latency(overrides: HashMap<&'static str, Override>) -> Edits {
    let site = Site::serve(overrides);
    let browser = open(&site.url, INTERACTIVE).await;
    browser
        .client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(std::time::Duration::from_secs(300)),
            None,
            None,
        ))
        .await
        .expect("a longer script timeout");
    // Let the service worker finish caching the build and the page settle,
    // so that neither competes with the edits for the two cores.
    browser
        .client
        .execute_async(
            "navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1](true))",
            vec![],
        )
        .await
        .expect("the service worker ready");
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let run = |count: usize| {
        let client = browser.client.clone();
        async move {
            let result = client
                .execute_async(
                    EDIT_SCRIPT,
                    vec![json!(EDITED), json!(["gold", "silver"]), json!(count)],
                )
                .await
                .expect("the edit script runs");
            if let Some(error) = result.get("error") {
                panic!("{error}");
            }
            result
        }
    };
    run(WARM_UP_EDITS).await;
    let result = run(EDITS).await;
    browser.close().await;
    let numbers = |key: &str| -> Vec<f64> {
        result[key]
            .as_array()
            .expect("figures")
            .iter()
            .map(|value| value.as_f64().expect("a number"))
            .collect()
    };
    Edits {
        time: Spread::of(&numbers("times")),
        nodes: Spread::of(&numbers("nodes")),
    }
}

/// The built page prerendered, as the build does, for the shipped season
/// grown to `cars` cars.
fn large_page(cars: usize) -> &'static str {
    let json = large_season(cars);
    let season = crewbuilder::domain::Season::from_json(&json).expect("the grown season");
    let app = crewbuilder::ui::render_app(std::sync::Arc::new(season));
    let built = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html"))
        .expect("dist/index.html");
    crewbuilder::ui::with_app(&built, &app, &json)
        .expect("the built page takes the grown list")
        .leak()
}

/// The shipped season grown to `cars` cars: copies of its entries under new
/// numbers, with their own drivers (`-2`, `-3`… after each id) and makes, so
/// the copies are as legal as the originals.
fn large_season(cars: usize) -> String {
    let shipped: Value = serde_json::from_str(SHIPPED).expect("the shipped data");
    let mut season = shipped.clone();
    let taken: Vec<u32> = shipped["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["number"].as_str().unwrap().parse().unwrap())
        .collect();
    let mut free = (0..1000).filter(|number| !taken.contains(number));
    let entries = shipped["entries"].as_array().unwrap();
    let drivers = shipped["drivers"].as_array().unwrap();
    let mut copy = 1;
    while season["entries"].as_array().unwrap().len() < cars {
        copy += 1;
        let suffix = format!("-{copy}");
        for driver in drivers {
            let mut driver = driver.clone();
            driver["id"] = json!(format!("{}{suffix}", driver["id"].as_str().unwrap()));
            season["drivers"].as_array_mut().unwrap().push(driver);
        }
        for entry in entries {
            if season["entries"].as_array().unwrap().len() == cars {
                break;
            }
            let mut entry = entry.clone();
            entry["number"] = json!(free.next().expect("a free number").to_string());
            entry["manufacturer"] = json!(format!(
                "{} {copy}",
                entry["manufacturer"].as_str().unwrap()
            ));
            for crew in ["crew", "season_crew"] {
                for seat in entry[crew].as_array_mut().into_iter().flatten() {
                    if let Some(id) = seat.as_str() {
                        *seat = json!(format!("{id}{suffix}"));
                    }
                }
            }
            season["entries"].as_array_mut().unwrap().push(entry);
        }
    }
    serde_json::to_string(&season).unwrap()
}
