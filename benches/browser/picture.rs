//! A picture of a crew: from the click on the #46's "Picture" to its PNG
//! shown (the picture's code fetched the first time, the share link made,
//! the SVG drawn on a canvas and exported with `toBlob`), the first time
//! and again, at 37 cars, on a desktop and on the phone profile.

use crate::ms;
use crate::rounds::{open_alive, timed};
use crate::site::Site;
use crate::stats::Spread;
use std::collections::HashMap;
use std::fmt::Write;

const RUNS: usize = 10;

/// The picture is shown.
const SHOWN: &str = "(img => !!img && img.complete && img.naturalWidth > 0)(document.querySelector('dialog[open] .picture-preview'))";

/// One load's figures: the first picture, then the same one again.
async fn one_load(site: &Site, phone: bool) -> (f64, f64) {
    let browser = open_alive(site, phone).await;
    let first = timed(&browser, "[data-car='46'] .picture-open", SHOWN).await;
    browser.click("dialog[open] .picture-close").await;
    browser
        .wait_for_count("the dialog closed", "dialog[open]", 0)
        .await;
    let again = timed(&browser, "[data-car='46'] .picture-open", SHOWN).await;
    browser.close().await;
    (first, again)
}

/// The Markdown section.
pub async fn section() -> String {
    let mut report = String::from(
        "\n### A picture of a crew (cold cache, 10 loads each, 37 cars)\n\nFrom the click on the #46's \"Picture\" to its 1080 × 1080 PNG shown in the dialog: the first time (the picture's chunk fetched, the share link's codec too), and again once its code is here (the SVG rendered, drawn on a canvas, exported with `toBlob`, decoded for the preview).\n\n| profile | first picture: median (max) | again: median (max) |\n| --- | --- | --- |\n",
    );
    let site = Site::serve(HashMap::new());
    for (name, phone) in [
        ("desktop", false),
        ("phone (DevTools throttling, as above)", true),
    ] {
        let (mut first, mut again) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let (cold, warm) = one_load(&site, phone).await;
            first.push(cold);
            again.push(warm);
        }
        let (first, again) = (Spread::of(&first), Spread::of(&again));
        writeln!(
            report,
            "| {name} | {} ({}) | {} ({}) |",
            ms(first.median),
            ms(first.max),
            ms(again.median),
            ms(again.max)
        )
        .unwrap();
    }
    report
}
