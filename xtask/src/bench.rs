//! `cargo xtask bench`: builds the release app, measures it (sizes, the
//! browser figures, the native rule engine) and writes the figures into
//! BENCHMARKS.md between its two `cargo xtask bench` markers.

use crate::step::{Failure, Project};
use crate::{build_release, sizes, tools};
use serde_json::Value;
use std::path::Path;

const START: &str = "<!-- cargo xtask bench: start -->";
const END: &str = "<!-- cargo xtask bench: end -->";
/// The Lighthouse the phone run uses.
const LIGHTHOUSE: &str = "lighthouse@13.5.0";

/// Runs every benchmark and rewrites the measured part of BENCHMARKS.md.
pub fn run(project: &Project) -> Result<(), Failure> {
    tools::ensure_build_tools(project)?;
    let browser = tools::ensure_browser(project)?;
    build_release(project)?;
    let assets = sizes::measure(&project.root.join("dist"))?;
    ensure_lighthouse(project)?;
    project.run(
        "benchmark the rule engine",
        project
            .command("cargo")
            .args(["bench", "--bench", "rule_engine"]),
    )?;
    project.run(
        "benchmark the app in headless Chromium",
        project
            .command("cargo")
            .args(["bench", "--bench", "browser", "--features", "ssr"])
            .env("CHROMEDRIVER", &browser.chromedriver)
            .env("CHROME", &browser.chromium),
    )?;
    let browser_figures = read(&project.root.join("target/bench/browser.md"))?;
    let section = format!(
        "{START}\n## Measured by `cargo xtask bench`\n\n{}\n### Shipped size (release build, gzip level 9; KB = 1,024 bytes)\n\n{}\n{browser_figures}\n### Rule engine (criterion, native, `[profile.bench]` = release at `opt-level = 3`)\n\n{}{END}",
        machine(project),
        sizes::table(&assets),
        criterion_table(&project.root.join("target/criterion"))?,
    );
    let file = project.root.join("BENCHMARKS.md");
    let text = read(&file)?;
    let (Some(start), Some(end)) = (text.find(START), text.find(END)) else {
        return Err(Failure(format!(
            "BENCHMARKS.md has no `{START}` … `{END}` markers to write between"
        )));
    };
    let updated = format!("{}{section}{}", &text[..start], &text[end + END.len()..]);
    std::fs::write(&file, updated)
        .map_err(|error| Failure(format!("cannot write {}: {error}", file.display())))?;
    println!("ok: figures written to BENCHMARKS.md");
    Ok(())
}

/// Lighthouse (npm), for the phone run, in `target/lighthouse/`.
fn ensure_lighthouse(project: &Project) -> Result<(), Failure> {
    let folder = project.root.join("target/lighthouse");
    if folder.join("node_modules/.bin/lighthouse").is_file() {
        return Ok(());
    }
    std::fs::create_dir_all(&folder)
        .map_err(|error| Failure(format!("cannot make {}: {error}", folder.display())))?;
    project.run(
        "install Lighthouse from npm (once)",
        project
            .command("npm")
            .args(["install", "--no-audit", "--no-fund", LIGHTHOUSE])
            .current_dir(&folder),
    )
}

fn read(file: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(file)
        .map_err(|error| Failure(format!("cannot read {}: {error}", file.display())))
}

/// Where and when the figures were taken, and by which command.
fn machine(project: &Project) -> String {
    let first = |file: &str, key: &str| {
        std::fs::read_to_string(file).ok().and_then(|text| {
            text.lines()
                .find(|line| line.starts_with(key))
                .and_then(|line| line.split_once([':', '=']))
                .map(|(_, value)| value.trim().trim_matches('"').to_string())
        })
    };
    let cpu = first("/proc/cpuinfo", "model name").unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let memory = first("/proc/meminfo", "MemTotal")
        .and_then(|kb| kb.trim_end_matches(" kB").parse::<u64>().ok())
        .map_or("unknown memory".into(), |kb| {
            format!("{} GiB", kb / 1024 / 1024)
        });
    let system = first("/etc/os-release", "PRETTY_NAME").unwrap_or_else(|| "unknown OS".into());
    let version = |program: &str| {
        project
            .output_line(program, &["--version"])
            .unwrap_or_else(|| format!("{program}: unknown version"))
    };
    format!(
        "- Machine: {cpu}, {cores} cores, {memory}, {system}; {}; {}.\n- Date: {} (UTC).\n- Command: `cargo xtask bench` (release build by `cargo xtask dist`, then `cargo bench --bench rule_engine`, `cargo bench --bench browser --features ssr` and Lighthouse).\n",
        version("rustc"),
        version("chromium"),
        today()
    )
}

/// Today's date as `YYYY-MM-DD`, from the system clock.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = (seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Criterion's median per call, with its 95 % confidence interval.
fn criterion_table(folder: &Path) -> Result<String, Failure> {
    let mut rows = Vec::new();
    let entries = std::fs::read_dir(folder)
        .map_err(|error| Failure(format!("cannot read {}: {error}", folder.display())))?;
    for entry in entries.filter_map(Result::ok) {
        let new = entry.path().join("new");
        let (Ok(benchmark), Ok(estimates)) = (
            read_json(&new.join("benchmark.json")),
            read_json(&new.join("estimates.json")),
        ) else {
            continue;
        };
        let median = &estimates["median"];
        let ns = |value: &Value| value.as_f64().unwrap_or(f64::NAN);
        rows.push(format!(
            "| {} | {} | {} – {} |\n",
            benchmark["title"].as_str().unwrap_or("?"),
            duration(ns(&median["point_estimate"])),
            duration(ns(&median["confidence_interval"]["lower_bound"])),
            duration(ns(&median["confidence_interval"]["upper_bound"])),
        ));
    }
    rows.sort();
    Ok(format!(
        "| benchmark | median | 95 % interval |\n| --- | --- | --- |\n{}",
        rows.concat()
    ))
}

fn read_json(file: &Path) -> Result<Value, ()> {
    let text = std::fs::read_to_string(file).map_err(|_| ())?;
    serde_json::from_str(&text).map_err(|_| ())
}

fn duration(ns: f64) -> String {
    if ns >= 1000.0 {
        format!("{:.2} µs", ns / 1000.0)
    } else {
        format!("{ns:.0} ns")
    }
}
