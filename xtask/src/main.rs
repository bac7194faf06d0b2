//! `cargo xtask`: sets up the tools the app needs and runs the app and its
//! tests. Every step says what it does; installs are skipped when present.

mod assemble;
mod bench;
mod sizes;
mod step;
mod tools;

use std::process::ExitCode;
use step::{Failure, Project};

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--release]  install what is missing, then build and serve the app
                     on http://127.0.0.1:8080 (rebuilds on change)
  test               install what is missing (Chromium too), then run every
                     check: format, lints, native tests, wasm tests in
                     headless Chromium, and end-to-end tests on the release build
                     (failing when the build is over the size budget)
  bench              build the release app, measure it (sizes, first render,
                     edit latency in headless Chromium, the rule engine) and
                     write the figures into BENCHMARKS.md
  dist               install what is missing, then build the release app into dist/
  assemble           (Trunk's post-build hook) build, split and bind the wasm and
                     prerender the list into the staged page";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let project = Project::locate();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["serve"] => serve(&project, false),
        ["serve", "--release"] => serve(&project, true),
        ["test"] => test(&project),
        ["bench"] => bench::run(&project),
        ["dist"] => dist(&project),
        ["assemble"] => assemble::run(&project),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("xtask: {failure}");
            ExitCode::FAILURE
        }
    }
}

fn serve(project: &Project, release: bool) -> Result<(), Failure> {
    tools::ensure_build_tools(project)?;
    let mut trunk = project.command("trunk");
    // Its own folder: serving never clobbers the release build in dist/
    // that the end-to-end tests use.
    // No live reload: Trunk's reload script is inline code that it changes
    // as it serves it, so the page's Content-Security-Policy cannot hash it.
    trunk.args([
        "serve",
        "--no-autoreload",
        "--offline",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
        "--dist",
        "target/serve",
    ]);
    if release {
        trunk.arg("--release");
    }
    project.run("serve the app on http://127.0.0.1:8080", &mut trunk)
}

fn dist(project: &Project) -> Result<(), Failure> {
    tools::ensure_build_tools(project)?;
    build_release(project)
}

fn build_release(project: &Project) -> Result<(), Failure> {
    project.run(
        "build the release app into dist/",
        project
            .command("trunk")
            .args(["build", "--release", "--offline"]),
    )
}

fn test(project: &Project) -> Result<(), Failure> {
    tools::ensure_build_tools(project)?;
    tools::ensure_format_tools(project)?;
    let browser = tools::ensure_browser(project)?;
    lint(project)?;
    project.run(
        "run the native tests",
        project.command("cargo").args(["test", "--workspace"]),
    )?;
    project.run(
        "run the native tests of the UI drawn natively (pictures, link previews)",
        project.command("cargo").args([
            "test",
            "--features",
            "ssr",
            "--test",
            "picture",
            "--bin",
            "prerender",
        ]),
    )?;
    project.run(
        "run the wasm tests in headless Chromium",
        project
            .command("cargo")
            .args([
                "test",
                "--target",
                tools::WASM_TARGET,
                "--features",
                "hydrate",
            ])
            .args(["--test", "browser"])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", &browser.chromedriver)
            // The bad-saves catalogue mounts the page 19 times in a debug
            // build (about 22 s here); the runner's default is 20 s.
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    )?;
    build_release(project)?;
    println!("==> check the size budget of dist/");
    sizes::check_budget(&sizes::measure(&project.root.join("dist"))?)?;
    project.run(
        "run the end-to-end tests on the release build",
        project
            .command("cargo")
            .args([
                "test",
                "--test",
                "e2e",
                "--",
                "--ignored",
                "--test-threads=1",
            ])
            .env("CHROMEDRIVER", &browser.chromedriver)
            .env("CHROME", &browser.chromium),
    )
}

/// Formatting (rustfmt, and leptosfmt for the `view!` macros, so a view
/// cannot trade length for width), then clippy on the native code, the UI rendered natively
/// (prerender, browser benchmark) and the browser code, warnings denied.
fn lint(project: &Project) -> Result<(), Failure> {
    project.run(
        "check formatting",
        project
            .command("cargo")
            .args(["fmt", "--all", "--", "--check"]),
    )?;
    project.run(
        "check the formatting of the view! macros",
        project
            .command("leptosfmt")
            .args(["--check", "src", "tests", "benches"]),
    )?;
    let deny = ["--", "-D", "warnings"];
    project.run(
        "lint the native code",
        project
            .command("cargo")
            .args(["clippy", "--workspace", "--all-targets"])
            .args(deny),
    )?;
    project.run(
        "lint the prerender step and the browser benchmark (the UI rendered natively)",
        project
            .command("cargo")
            .args(["clippy", "--features", "ssr", "--all-targets"])
            .args(deny),
    )?;
    project.run(
        "lint the browser code",
        project
            .command("cargo")
            .args(["clippy", "--target", tools::WASM_TARGET])
            .args(["--features", "split", "--lib", "--bins", "--tests"])
            .args(deny),
    )
}
