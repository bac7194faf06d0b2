//! The rounds on opening: from a click on "Rounds of 2024" to the eight
//! rounds listed (the summary's and the rounds' code, the rounds file
//! fetched and read), and from a click on a round to every card showing
//! its crew there (checked by the round's rules), on a desktop with a cold
//! cache and on the phone profile.

use crate::browser::{Browser, Viewport};
use crate::site::Site;
use crate::stats::Spread;
use crate::{DESKTOP, INTERACTIVE, ms};
use std::collections::HashMap;
use std::fmt::Write;

const RUNS: usize = 10;

/// Clicks the element `arguments[1]` selects, then resolves with the time
/// until the expression `arguments[0]` holds, in ms, polling each frame.
const TIMED: &str = r#"
const [done, selector] = [new Function("return " + arguments[0]), arguments[1]];
const finish = arguments[arguments.length - 1];
const start = performance.now();
document.querySelector(selector).click();
const poll = () => done() ? finish(performance.now() - start) : requestAnimationFrame(poll);
requestAnimationFrame(poll);
"#;

/// The app at `site` opened in a fresh browser (on the phone profile when
/// `phone`), once alive.
pub async fn open_alive(site: &Site, phone: bool) -> Browser {
    let viewport = if phone {
        Viewport::Phone(390, 844)
    } else {
        DESKTOP
    };
    let browser = Browser::open(viewport).await;
    if phone {
        browser.throttle_like_a_phone().await;
    }
    browser
        .client
        .goto(&site.url)
        .await
        .expect("the page loads");
    let alive = format!("return performance.getEntriesByName('{INTERACTIVE}').length > 0");
    browser.wait_until("the page alive", &alive).await;
    browser
}

/// One load's figures: picker opened to rounds listed, round chosen to
/// every card's line shown.
async fn one_load(site: &Site, phone: bool) -> (f64, f64) {
    let browser = open_alive(site, phone).await;
    let listed = timed(
        &browser,
        ".round-picker-toggle",
        "document.querySelectorAll('.round-list a').length === 9",
    )
    .await;
    let shown = timed(
        &browser,
        ".round-list a[href='?round=spa']",
        "document.querySelectorAll('.round-line').length === 37",
    )
    .await;
    browser.close().await;
    (listed, shown)
}

/// Clicks `selector` and times until `done`.
pub async fn timed(browser: &Browser, selector: &str, done: &str) -> f64 {
    browser
        .client
        .execute_async(TIMED, vec![done.into(), selector.into()])
        .await
        .expect("the timing script")
        .as_f64()
        .expect("a time")
}

/// The Markdown section.
pub async fn section() -> String {
    let mut report = String::from(
        "\n### The rounds on opening (cold cache, 10 loads each)\n\nFrom the click on \"Rounds of 2024\" to the eight rounds listed (the rule summary's code and the rounds' code fetched, the rounds file fetched and read against the list), and from the click on the 6 Hours of Spa to all 37 cards showing their crew there (the round's code, its lines, the engine re-checking for a 6 Hours round).\n\n| profile | picker to rounds listed: median (max) | round to every card: median (max) |\n| --- | --- | --- |\n",
    );
    let site = Site::serve(HashMap::new());
    for (name, phone) in [
        ("desktop", false),
        ("phone (DevTools throttling, as above)", true),
    ] {
        let mut listed = Vec::new();
        let mut shown = Vec::new();
        for _ in 0..RUNS {
            let (list, lines) = one_load(&site, phone).await;
            listed.push(list);
            shown.push(lines);
        }
        let (listed, shown) = (Spread::of(&listed), Spread::of(&shown));
        writeln!(
            report,
            "| {name} | {} ({}) | {} ({}) |",
            ms(listed.median),
            ms(listed.max),
            ms(shown.median),
            ms(shown.max)
        )
        .unwrap();
    }
    report
}
