//! The page coming to life on a phone: a 390 × 844 tab throttled through
//! the DevTools protocol like a mid-range phone on slow 4G (150 ms round
//! trips, 1.6 Mbit/s, CPU 4× slower: real throttling, not Lighthouse's
//! simulation). Per load: navigation to the list rendered and to
//! `crewbuilder:interactive`, the longest task between first paint and
//! interactive (`longtask` entries), and a seat tapped as soon as WebDriver
//! lets it after the list was rendered: whether the picker opened, and how
//! long after the tap.

use crate::browser::{Browser, Viewport};
use crate::site::Site;
use crate::stats::Spread;
use crate::{INTERACTIVE, RENDERED, verdict};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write;

const PHONE: Viewport = Viewport::Phone(390, 844);
/// The third seat of the #2, "TBA" on the provisional list.
const SEAT: &str = "[data-car='2'] [data-seat='2'] .seat-button";

/// In every page before its own scripts: long tasks, and the first trusted
/// click with the moment the picker's title appears after it.
const WATCH: &str = r#"
window.__phone = { long: [], tap: null, opened: null };
new PerformanceObserver((list) => list.getEntries().forEach((task) => __phone.long.push([task.startTime, task.duration])))
  .observe({ type: "longtask", buffered: true });
addEventListener("click", (event) => {
  if (!event.isTrusted || __phone.tap !== null) return;
  __phone.tap = performance.now();
  const seen = () => document.getElementById("picker-title") && (__phone.opened = performance.now());
  new MutationObserver((_, observer) => seen() && observer.disconnect())
    .observe(document, { childList: true, subtree: true, attributes: true });
}, true);
"#;

/// The load's figures, with the marks' names filled in.
const READ: &str = r#"
const at = (name) => performance.getEntriesByName(name)[0].startTime;
const paint = at("first-paint"), alive = at("{INTERACTIVE}");
const longest = Math.max(0, ...__phone.long.filter(([start, took]) => start + took > paint && start < alive).map(([, took]) => took));
return [at("{RENDERED}"), alive, longest, __phone.tap, __phone.opened];
"#;

/// One load: list rendered, interactive and longest task (ms), when the
/// tap landed, and the tap-to-picker time if the picker opened.
struct Load {
    rendered: f64,
    tapped: f64,
    interactive: f64,
    longest: f64,
    picker: Option<f64>,
    tapped_early: bool,
}

/// The Markdown section: the shipped lists and the generated 1,000 cars.
pub async fn section(large: &'static str) -> String {
    let mut report = String::from(
        "\n### Coming to life on a phone (390 × 844, DevTools throttling: 150 ms RTT, 1.6 Mbit/s, CPU 4×)\n\n",
    );
    report += "Each load in a fresh tab with a cold cache. The seat is the #2's third (\"TBA\"), tapped (a WebDriver click, trusted input) as soon as the harness sees `crewbuilder:list-rendered` (WebDriver first waits for the page's load event; the column gives when the tap landed); \"before interactive\" counts the taps that landed before the app was alive.\n\n";
    report += "| page | loads | list rendered: median | tap landed: median after rendered | interactive: median (max) | interactive ÷ rendered | longest task: median (max) | early taps: picker opened | tap to picker: median (max) | aims |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
    let large = HashMap::from([("/", (200, large))]);
    for (page, path, overrides, loads) in [
        ("WEC 2024, 37 cars", "", HashMap::new(), 10),
        ("Le Mans 2024, 62 cars", "le-mans-2024/", HashMap::new(), 10),
        ("generated, 1,000 cars", "", large, 3),
    ] {
        let site = Site::serve(overrides);
        let mut measured = Vec::new();
        for _ in 0..loads {
            measured.push(load(&format!("{}{path}", site.url)).await);
        }
        report += &row(page, &measured);
    }
    report
}

/// Loads `url` on the phone profile and taps the seat early.
async fn load(url: &str) -> Load {
    let browser = Browser::open(PHONE).await;
    browser.throttle_like_a_phone().await;
    browser.before_every_page(WATCH).await;
    browser.client.goto(url).await.expect("the page loads");
    let mark = |name: &str| format!("return performance.getEntriesByName('{name}').length > 0");
    browser.wait_until("the list", &mark(RENDERED)).await;
    // At once: WebDriver's commands wait for the page's load event, which
    // puts the tap a few hundred ms after the list (a page's own timer
    // would wait behind the app's slices, where a tap does not).
    browser.click(SEAT).await;
    browser
        .wait_until("the page to come to life", &mark(INTERACTIVE))
        .await;
    let opened = "return window.__phone.opened !== null";
    let picker_opened = wait(&browser, opened).await;
    let read = browser
        .eval(
            &READ
                .replace("{INTERACTIVE}", INTERACTIVE)
                .replace("{RENDERED}", RENDERED),
        )
        .await;
    browser.close().await;
    let number = |at: usize| read[at].as_f64().unwrap_or(f64::NAN);
    Load {
        rendered: number(0),
        tapped: number(3),
        interactive: number(1),
        longest: number(2),
        picker: picker_opened.then(|| number(4) - number(3)),
        tapped_early: number(3) < number(1),
    }
}

/// Whether `script` comes true within 10 s.
async fn wait(browser: &Browser, script: &str) -> bool {
    for _ in 0..100 {
        if browser.eval(script).await == Value::Bool(true) {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    false
}

fn row(page: &str, loads: &[Load]) -> String {
    let spread = |of: fn(&Load) -> f64| Spread::of(&loads.iter().map(of).collect::<Vec<_>>());
    let (rendered, interactive) = (spread(|l| l.rendered), spread(|l| l.interactive));
    let longest = spread(|l| l.longest);
    let tapped = spread(|l| l.tapped - l.rendered);
    let ratio = interactive.median / rendered.median;
    let early: Vec<&Load> = loads.iter().filter(|l| l.tapped_early).collect();
    let opened: Vec<f64> = early.iter().filter_map(|l| l.picker).collect();
    let picker = if opened.is_empty() {
        "–".to_string()
    } else {
        let taps = Spread::of(&opened);
        format!("{:.0} ms ({:.0} ms)", taps.median, taps.max)
    };
    let mut row = String::new();
    write!(
        row,
        "| {page} | {} | {:.0} ms | {:.0} ms | {:.0} ms ({:.0} ms) | {ratio:.2}× | {:.0} ms ({:.0} ms) | {} of {} before interactive ({} of {} in all) | {picker} | longest task ≤ 50 ms: {}; interactive ≤ 1.5× rendered: {}; early taps all opened: {} |",
        loads.len(),
        rendered.median,
        tapped.median,
        interactive.median,
        interactive.max,
        longest.median,
        longest.max,
        opened.len(),
        early.len(),
        loads.iter().filter(|l| l.picker.is_some()).count(),
        loads.len(),
        verdict(longest.max <= 50.0),
        verdict(ratio <= 1.5),
        verdict(opened.len() == early.len()),
    )
    .unwrap();
    row + "\n"
}
