//! Interaction to next paint as a fan feels it: real key presses and clicks
//! (WebDriver actions, which the browser counts as trusted input) on the
//! #46's first seat, read with the Event Timing API, and the long animation
//! frames (LoAF API) they caused, split into script, rendering callbacks,
//! and style, layout and paint.

use crate::browser::Browser;
use crate::site::Site;
use crate::stats::Spread;
use crate::{DESKTOP, INTERACTIVE, ms, open, settle, verdict};
use fantoccini::key::Key;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write;
use std::time::Duration;

/// Cycles of four edits: rating down and up by arrow keys, the driver taken
/// out by a click on "×", and put back by Ctrl+Z.
pub const CYCLES: usize = 10;
/// The edits the cycles make (each Ctrl press is an interaction too, not
/// an edit).
const EDITS: usize = CYCLES * 4;
const SELECT: &str = "[data-car='46'] select[aria-label='Rating of Valentino Rossi']";
const REMOVE: &str = "[data-car='46'] [data-seat='0'] .seat-remove";
/// The main-thread work the profile adds up: script, style, layout, the
/// paint steps, hit testing.
const TRACED: [&str; 9] = [
    "EventDispatch",
    "FunctionCall",
    "UpdateLayoutTree",
    "Layout",
    "PrePaint",
    "Paint",
    "Layerize",
    "HitTest",
    "IntersectionObserverController::computeIntersections",
];
/// Draws every card, off screen too: what `content-visibility: auto` saves.
/// The rule goes into the page's own stylesheet through the CSSOM: the
/// page's policy refuses a `<style>` element.
const DRAW_EVERY_CARD: &str = r#"
const sheet = document.styleSheets[0];
sheet.insertRule(".car-card { content-visibility: visible !important; }", sheet.cssRules.length);
return true;
"#;
/// The Event Timing API reports nothing shorter than this.
pub const THRESHOLD: f64 = 16.0;

const OBSERVE: &str = r#"
window.__timing = { events: [], frames: [], before: performance.interactionCount };
new PerformanceObserver(list => list.getEntries().forEach(e => {
  if (e.interactionId) __timing.events.push([e.interactionId, e.duration]);
})).observe({ type: "event", durationThreshold: 16 });
new PerformanceObserver(list => list.getEntries().forEach(e => __timing.frames.push(
  [e.startTime, e.duration, e.renderStart, e.styleAndLayoutStart]
))).observe({ type: "long-animation-frame" });
document.querySelector(arguments[0]).scrollIntoView({ block: "center" });
return true;
"#;

const READ: &str = r#"
return { events: __timing.events, frames: __timing.frames,
         interactions: performance.interactionCount - __timing.before };
"#;

/// The Markdown section: interaction to next paint at 37 and 1,000 cars
/// and on the Le Mans page (62 cars), as shipped and with every card drawn,
/// and the trace's breakdown.
pub async fn section(large: &'static str) -> String {
    let mut report = format!(
        "\n### Interaction to next paint ({} edits from real input)\n\n",
        EDITS
    );
    report += "Rossi's rating down and up by arrow keys, Rossi taken out by a click on ×, put back by Ctrl+Z: key presses and clicks sent as WebDriver actions (trusted input), each interaction's longest Event Timing entry, over the edits: an edit the API did not report took under 16 ms and counts as 0 (the Ctrl presses, interactions of their own, are taken to be among those). Long frames: the Long Animation Frames API's frames over 50 ms, split into medians of script before rendering, rendering callbacks, and style, layout and paint. \"Every card drawn\" turns off `content-visibility: auto`, which skips the cards off screen.\n\n";
    report += "| season | cards off screen | p75 | max | interactions (reported ≥ 16 ms) | long frames: script, callbacks, style + layout + paint | aim |\n| --- | --- | --- | --- | --- | --- | --- |\n";
    let mut profiles = String::new();
    for (season, overrides, path) in [
        ("37 cars", HashMap::new(), ""),
        ("1,000 cars", HashMap::from([("/", (200, large))]), ""),
        ("Le Mans 2024, 62 cars", HashMap::new(), "le-mans-2024/"),
    ] {
        let site = Site::serve(overrides);
        let url = format!("{}{path}", site.url);
        let browser = open(&url, INTERACTIVE).await;
        settle(&browser).await;
        for (visible, cards) in [(false, "skipped (as shipped)"), (true, "every card drawn")] {
            let measured = measure(&browser, visible).await;
            report += &row(season, cards, &measured);
        }
        browser.close().await;
        let traced = open_traced(&url).await;
        for (visible, cards) in [(false, "as shipped"), (true, "every card drawn")] {
            let work: Vec<String> = profile(&traced, visible)
                .await
                .into_iter()
                .map(|(name, each)| format!("{name} {}", ms(each)))
                .collect();
            writeln!(profiles, "| {season} | {cards} | {} |", work.join(", ")).unwrap();
        }
        traced.close().await;
    }
    report += "\nWhere the main thread's time went, from Chrome's own trace (`devtools.timeline`, recorded through ChromeDriver while the same edits ran in a second browser), in ms per interaction, costliest first:\n\n| season | cards | script, style, layout, paint, hit testing |\n| --- | --- | --- |\n";
    report + &profiles
}

/// One row of the table.
fn row(season: &str, cards: &str, measured: &Responsiveness) -> String {
    let frames = measured.frames.map_or(
        "none over 50 ms".to_string(),
        |(script, callbacks, layout, count)| {
            format!("{count}: {}, {}, {}", ms(script), ms(callbacks), ms(layout))
        },
    );
    let shown = |value: f64| {
        if value < THRESHOLD {
            "< 16 ms".to_string()
        } else {
            ms(value)
        }
    };
    format!(
        "| {season} | {cards} | {} | {} | {} ({}) | {frames} | p75 ≤ 50 ms: {} |\n",
        shown(measured.inp.p75),
        shown(measured.inp.max),
        measured.interactions,
        measured.reported,
        verdict(measured.inp.p75 <= 50.0)
    )
}

/// A traced browser at `url`, interactive and settled.
async fn open_traced(url: &str) -> Browser {
    let browser = Browser::open_traced(DESKTOP).await;
    browser.client.goto(url).await.expect("the page loads");
    browser
        .wait_until(
            "the page interactive",
            &format!("return performance.getEntriesByName('{INTERACTIVE}').length > 0"),
        )
        .await;
    settle(&browser).await;
    browser
}

/// What one size of list measured.
pub struct Responsiveness {
    /// Interaction to next paint of each edit, in ms: the longest entries
    /// the API reported, and 0 for the rest of the edits (under
    /// [`THRESHOLD`]; the Ctrl presses are taken to be among those, or all
    /// reported entries count if there are more than edits).
    pub inp: Spread,
    /// How many interactions, and how many the API reported.
    pub interactions: usize,
    pub reported: usize,
    /// Medians over the long frames (ms): script before rendering, rendering
    /// callbacks (animation frames, observers), style and layout and paint;
    /// and how many long frames there were.
    pub frames: Option<(f64, f64, f64, usize)>,
}

/// Runs the cycles in `browser` (the app open and interactive); with
/// `visible`, every card is drawn, off screen too, from then on.
pub async fn measure(browser: &Browser, visible: bool) -> Responsiveness {
    if visible {
        browser.eval(DRAW_EVERY_CARD).await;
    }
    let observing = browser
        .client
        .execute(OBSERVE, vec![SELECT.into()])
        .await
        .expect("the observers set up");
    assert_eq!(observing, Value::Bool(true));
    for _ in 0..CYCLES {
        for key in [Key::Down, Key::Up] {
            focus_rating(browser).await;
            browser.press(&[key.into()]).await;
            painted().await;
        }
        browser
            .find(REMOVE)
            .await
            .click()
            .await
            .expect("a click on ×");
        painted().await;
        browser
            .eval("document.activeElement.blur(); return true")
            .await;
        browser.press(&[Key::Control.into(), 'z']).await;
        painted().await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    summarise(&browser.eval(READ).await)
}

/// What the main thread did during the cycles, from Chrome's trace (a
/// browser from `Browser::open_traced`): the six costliest kinds of work,
/// in ms per interaction.
pub async fn profile(browser: &Browser, visible: bool) -> Vec<(String, f64)> {
    drain(browser).await;
    let measured = measure(browser, visible).await;
    let mut totals: Vec<(String, f64)> = Vec::new();
    for event in drain(browser).await {
        let (Some(name), Some(micros)) = (event["name"].as_str(), event["dur"].as_f64()) else {
            continue;
        };
        if !TRACED.contains(&name) {
            continue;
        }
        match totals.iter_mut().find(|(seen, _)| seen == name) {
            Some((_, total)) => *total += micros,
            None => totals.push((name.to_string(), micros)),
        }
    }
    let per = measured.interactions.max(1) as f64 * 1000.0;
    totals.iter_mut().for_each(|(_, total)| *total /= per);
    totals.sort_by(|a, b| b.1.total_cmp(&a.1));
    totals.truncate(6);
    totals
}

/// Every trace event recorded so far. ChromeDriver hands the trace over a
/// fetch or two after it was recorded, so this fetches until the events
/// stop coming.
async fn drain(browser: &Browser) -> Vec<Value> {
    let mut events = Vec::new();
    for _ in 0..20 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let more = browser.trace().await;
        if more.is_empty() && !events.is_empty() {
            break;
        }
        events.extend(more);
    }
    events
}

async fn focus_rating(browser: &Browser) {
    let script = format!(
        "document.querySelector(\"{SELECT}\").focus({{ preventScroll: true }}); return true"
    );
    browser.eval(&script).await;
}

/// Leaves time for the edit to be painted and the page to go idle.
async fn painted() {
    tokio::time::sleep(Duration::from_millis(250)).await;
}

fn summarise(timing: &Value) -> Responsiveness {
    let mut longest: Vec<(u64, f64)> = Vec::new();
    for event in timing["events"].as_array().into_iter().flatten() {
        let (id, duration) = (event[0].as_u64().unwrap(), event[1].as_f64().unwrap());
        match longest.iter_mut().find(|(seen, _)| *seen == id) {
            Some((_, most)) => *most = most.max(duration),
            None => longest.push((id, duration)),
        }
    }
    let interactions = timing["interactions"].as_u64().unwrap_or(0) as usize;
    let mut inp: Vec<f64> = longest.iter().map(|(_, duration)| *duration).collect();
    let reported = inp.len();
    inp.resize(EDITS.max(reported), 0.0);
    Responsiveness {
        inp: Spread::of(&inp),
        interactions,
        reported,
        frames: frame_split(timing["frames"].as_array().cloned().unwrap_or_default()),
    }
}

/// Median script, rendering-callback and style-layout-paint time of the
/// long frames.
fn frame_split(frames: Vec<Value>) -> Option<(f64, f64, f64, usize)> {
    if frames.is_empty() {
        return None;
    }
    let (mut script, mut callbacks, mut layout) = (Vec::new(), Vec::new(), Vec::new());
    for frame in &frames {
        let number = |at: usize| frame[at].as_f64().unwrap_or(0.0);
        let (start, end) = (number(0), number(0) + number(1));
        let render = if number(2) > 0.0 { number(2) } else { end };
        let style = if number(3) > 0.0 { number(3) } else { end };
        script.push(render - start);
        callbacks.push(style - render);
        layout.push(end - style);
    }
    let median = |values: &[f64]| Spread::of(values).median;
    Some((
        median(&script),
        median(&callbacks),
        median(&layout),
        frames.len(),
    ))
}
