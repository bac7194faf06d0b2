//! Lighthouse's phone run on the served app: its default mobile profile (a
//! mid-range phone, 4× slower CPU, simulated slow 4G), performance only,
//! with the system Chromium. `cargo xtask bench` installs Lighthouse from
//! npm into `target/lighthouse/`; without it the section says so.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const RUNS: usize = 5;

/// The Markdown section: score, LCP, TBT, time to interactive and bytes of
/// each run on each of `pages` (its name and its path under `url`).
pub fn section(url: &str, pages: &[(&str, &str)]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cli = root.join("target/lighthouse/node_modules/.bin/lighthouse");
    if !cli.is_file() {
        return "### Lighthouse\n\nNot run: Lighthouse is not installed (`cargo xtask bench` installs it).\n".into();
    }
    std::fs::create_dir_all(root.join("target/bench")).expect("target/bench");
    let mut rows = String::new();
    for (name, path) in pages {
        for run in 1..=RUNS {
            rows += &format!(
                "| {name} | {}",
                run_once(&cli, &format!("{url}{path}"), run)
            );
        }
    }
    format!(
        "### Lighthouse {} (mobile, simulated slow 4G, {RUNS} runs on each list)\n\n| page | run | performance | LCP | TBT | time to interactive | bytes transferred | aims |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n{rows}",
        version(&cli)
    )
}

/// One Lighthouse run on `url`: the row's cells from the run's number on.
fn run_once(cli: &Path, url: &str, run: usize) -> String {
    let report = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench/lighthouse.json");
    let status = Command::new(cli)
        .arg(url)
        .args(["--only-categories=performance", "--output=json", "--quiet"])
        .arg(format!("--output-path={}", report.display()))
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync")
        .env("CHROME_PATH", std::env::var_os("CHROME").unwrap_or_else(|| "/usr/bin/chromium".into()))
        .status();
    let result = std::fs::read_to_string(&report)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok());
    let _ = std::fs::remove_file(&report);
    match (status, result) {
        (Ok(status), Some(result)) if status.success() => row(run, &result),
        (status, _) => format!("{run} | failed: {status:?} | | | | | |\n"),
    }
}

fn row(run: usize, result: &Value) -> String {
    let audit = |id: &str| {
        result["audits"][id]["numericValue"]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let score = result["categories"]["performance"]["score"]
        .as_f64()
        .unwrap_or(f64::NAN)
        * 100.0;
    let (lcp, tbt, tti) = (
        audit("largest-contentful-paint"),
        audit("total-blocking-time"),
        audit("interactive"),
    );
    let met = |ok: bool| if ok { "met" } else { "missed" };
    format!(
        "{run} | {score:.0} | {:.2} s | {tbt:.0} ms | {:.2} s | {:.1} KB | score 100: {}; LCP ≤ 1.2 s: {}; TBT ≤ 50 ms: {}; TTI ≤ 2.5 s: {} |\n",
        lcp / 1000.0,
        tti / 1000.0,
        audit("total-byte-weight") / 1024.0,
        met(score >= 100.0),
        met(lcp <= 1200.0),
        met(tbt <= 50.0),
        met(tti <= 2500.0)
    )
}

fn version(cli: &Path) -> String {
    Command::new(cli)
        .arg("--version")
        .output()
        .ok()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
        .unwrap_or_default()
}
