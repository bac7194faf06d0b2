//! Lighthouse's phone run on the served app: its default mobile profile (a
//! mid-range phone, 4× slower CPU, simulated slow 4G), performance only,
//! with the system Chromium. `cargo xtask bench` installs Lighthouse from
//! npm into `target/lighthouse/`; without it the section says so.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const RUNS: usize = 3;

/// The Markdown section: score, LCP, TBT and bytes of each run.
pub fn section(url: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cli = root.join("target/lighthouse/node_modules/.bin/lighthouse");
    if !cli.is_file() {
        return "### Lighthouse\n\nNot run: Lighthouse is not installed (`cargo xtask bench` installs it).\n".into();
    }
    let report = root.join("target/bench/lighthouse.json");
    std::fs::create_dir_all(root.join("target/bench")).expect("target/bench");
    let mut rows = String::new();
    for run in 1..=RUNS {
        let status = Command::new(&cli)
            .arg(url)
            .args(["--only-categories=performance", "--output=json", "--quiet"])
            .arg(format!("--output-path={}", report.display()))
            .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync")
            .env("CHROME_PATH", std::env::var_os("CHROME").unwrap_or_else(|| "/usr/bin/chromium".into()))
            .status();
        let result = std::fs::read_to_string(&report)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok());
        match (status, result) {
            (Ok(status), Some(result)) if status.success() => rows += &row(run, &result),
            (status, _) => rows += &format!("| {run} | failed: {status:?} | | | |\n"),
        }
        let _ = std::fs::remove_file(&report);
    }
    format!(
        "### Lighthouse {} (mobile, simulated slow 4G, {RUNS} runs)\n\n| run | performance | LCP | TBT | bytes transferred | aim |\n| --- | --- | --- | --- | --- | --- |\n{rows}",
        version(&cli)
    )
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
    let (lcp, tbt) = (
        audit("largest-contentful-paint"),
        audit("total-blocking-time"),
    );
    let met = |ok: bool| if ok { "met" } else { "missed" };
    format!(
        "| {run} | {score:.0} | {:.2} s | {tbt:.0} ms | {:.1} KB | score ≥ 95: {}; LCP ≤ 1.5 s: {}; TBT ≤ 200 ms: {} |\n",
        lcp / 1000.0,
        audit("total-byte-weight") / 1024.0,
        met(score >= 95.0),
        met(lcp <= 1500.0),
        met(tbt <= 200.0)
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
