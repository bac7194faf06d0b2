//! Edit latency: one seat edit dispatched by script, timed to the last DOM
//! change a MutationObserver sees, with the nodes it touched, at 37 and
//! 1,000 cars.

use crate::site::{Override, Site};
use crate::stats::Spread;
use crate::{INTERACTIVE, ms, open, settle, verdict};
use serde_json::json;
use std::collections::HashMap;
use std::fmt::Write;

const WARM_UP_EDITS: usize = 20;
const EDITS: usize = 200;
/// The seat edit: Rossi's rating in the #46, Silver and Gold in turn.
const EDITED: &str = "[data-car='46'] select[aria-label='Rating of Valentino Rossi']";
/// Times `count` edits in the page: each sets the select to the next value,
/// waits for a task after every microtask (Leptos updates the DOM in
/// microtasks), and takes the time of the last DOM change the
/// MutationObserver saw (so a frame the browser renders in between is not
/// counted) and the number of nodes it saw change.
const EDIT_SCRIPT: &str = r#"
const [selector, values, count, patient] = arguments;
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
    // The first edit waits for the rule engine's chunk (fetched when the
    // fan first reaches for a card): not timed, it is a warm-up edit.
    const shown = () => document.querySelector(selector).dataset.rating === value;
    for (const until = start + 10000; patient && i === 0 && !shown() && performance.now() < until;) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    note(observer.takeRecords());
    if (!shown()) {
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

/// DOM-update time and nodes touched per edit, at 37 and 1,000 cars.
pub async fn edit_section(large: &'static str) -> String {
    let mut report = String::new();
    let small = edit_latency(HashMap::new(), "").await;
    let big = edit_latency(HashMap::from([("/", (200, large))]), "").await;
    let le_mans = edit_latency(HashMap::new(), "le-mans-2024/").await;
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
    let aims = format!(
        "median ≤ 2 ms: {}; ≤ 10 nodes: {}",
        verdict(le_mans.time.median <= 2.0),
        verdict(le_mans.nodes.max <= 10.0)
    );
    report += &edit_row("Le Mans 2024, 62 cars", &le_mans, &aims);
    report
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

struct Edits {
    time: Spread,
    nodes: Spread,
}

/// Edit latency on the list's page in folder `path` of the app served with
/// `overrides`.
async fn edit_latency(overrides: HashMap<&'static str, Override>, path: &str) -> Edits {
    let site = Site::serve(overrides);
    let browser = open(&format!("{}{path}", site.url), INTERACTIVE).await;
    settle(&browser).await;
    let run = |count: usize| {
        let client = browser.client.clone();
        async move {
            let result = client
                .execute_async(
                    EDIT_SCRIPT,
                    vec![
                        json!(EDITED),
                        json!(["gold", "silver"]),
                        json!(count),
                        json!(count == WARM_UP_EDITS),
                    ],
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
