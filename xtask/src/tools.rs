//! Installing what the build and the tests need, once: the wasm target,
//! Trunk, the wasm-bindgen CLI matching `Cargo.lock`, the wasm splitter,
//! wasm-opt from npm's binaryen, Debian's DejaVu fonts (the link previews)
//! and Debian's Chromium with its driver.

use crate::step::{Failure, Project};
use std::path::{Path, PathBuf};

/// The target the app is compiled to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Trunk 0.22 needs a newer rustc than this project's 1.95.
const TRUNK_VERSION: &str = "0.21.14";
/// The splitter behind Leptos' `#[lazy]` (its runtime, wasm_split_helpers,
/// comes with leptos).
const SPLITTER_VERSION: &str = "0.2.4";
/// The formatter of `view!` macros (rustfmt leaves them as written).
const LEPTOSFMT_VERSION: &str = "0.1.33";

/// Installs the wasm target, Trunk, wasm-bindgen, the splitter, wasm-opt
/// and the link previews' font when missing.
pub fn ensure_build_tools(project: &Project) -> Result<(), Failure> {
    ensure_wasm_target(project)?;
    let trunk = CargoTool::new("trunk", "trunk", TRUNK_VERSION);
    ensure_cargo_tool(project, &trunk, "about 10 minutes")?;
    let bindgen = locked_version(project, "wasm-bindgen")?;
    let bindgen = CargoTool {
        locked: false,
        ..CargoTool::new("wasm-bindgen", "wasm-bindgen-cli", &bindgen)
    };
    ensure_cargo_tool(project, &bindgen, "about 5 minutes")?;
    let splitter = CargoTool {
        features: Some("build-binary"),
        ..CargoTool::new("wasm-split-cli", "wasm_split_cli_support", SPLITTER_VERSION)
    };
    ensure_cargo_tool(project, &splitter, "about 3 minutes")?;
    ensure_npm_tools(project)?;
    ensure_fonts(project)
}

/// Installs leptosfmt when missing (the tests check that `view!` macros are
/// formatted).
pub fn ensure_format_tools(project: &Project) -> Result<(), Failure> {
    let leptosfmt = CargoTool::new("leptosfmt", "leptosfmt", LEPTOSFMT_VERSION);
    ensure_cargo_tool(project, &leptosfmt, "about 2 minutes")
}

/// A command-line tool installed with `cargo install`.
struct CargoTool<'a> {
    /// The command it installs, for messages.
    binary: &'a str,
    krate: &'a str,
    version: &'a str,
    features: Option<&'a str>,
    /// wasm-bindgen-cli is installed without `--locked`: its lock file names
    /// a crate version the registry no longer has.
    locked: bool,
}

impl<'a> CargoTool<'a> {
    fn new(binary: &'a str, krate: &'a str, version: &'a str) -> CargoTool<'a> {
        CargoTool {
            binary,
            krate,
            version,
            features: None,
            locked: true,
        }
    }
}

fn ensure_wasm_target(project: &Project) -> Result<(), Failure> {
    let installed = project
        .command("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(|line| line == WASM_TARGET)
        })
        .unwrap_or(false);
    if installed {
        println!("ok: rust target {WASM_TARGET}");
        return Ok(());
    }
    project.run(
        &format!("add the {WASM_TARGET} target"),
        project
            .command("rustup")
            .args(["target", "add", WASM_TARGET]),
    )
}

/// Installs `tool` unless cargo's list of installed packages has its version
/// (wasm-split-cli has no `--version`).
fn ensure_cargo_tool(project: &Project, tool: &CargoTool, takes: &str) -> Result<(), Failure> {
    let listed = format!("{} v{}:", tool.krate, tool.version);
    let installed = project
        .command("cargo")
        .args(["install", "--list"])
        .output()
        .is_ok_and(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(|line| line == listed)
        });
    if installed {
        println!("ok: {} {}", tool.binary, tool.version);
        return Ok(());
    }
    let mut install = project.command("cargo");
    install.args(["install", tool.krate, "--version", tool.version]);
    if tool.locked {
        install.arg("--locked");
    }
    if let Some(features) = tool.features {
        install.args(["--features", features]);
    }
    project.run(
        &format!(
            "install {} {} (once; {takes} on 2 cores)",
            tool.krate, tool.version
        ),
        &mut install,
    )
}

/// The version of `krate` that `Cargo.lock` pins.
fn locked_version(project: &Project, krate: &str) -> Result<String, Failure> {
    let lock = std::fs::read_to_string(project.root.join("Cargo.lock"))
        .map_err(|error| Failure(format!("cannot read Cargo.lock: {error}")))?;
    let name_line = format!("name = \"{krate}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == name_line {
            let version = lines
                .next()
                .and_then(|line| line.strip_prefix("version = \""));
            if let Some(version) = version.and_then(|rest| rest.strip_suffix('"')) {
                return Ok(version.to_string());
            }
        }
    }
    Err(Failure(format!("Cargo.lock has no {krate}")))
}

/// The npm tools pinned in `tools/package-lock.json`: wasm-opt from npm's
/// binaryen (Debian's wasm-opt 108 silently breaks the module) and axe-core,
/// which the end-to-end suite injects into the page.
fn ensure_npm_tools(project: &Project) -> Result<(), Failure> {
    let wasm_opt = project.root.join("tools/node_modules/.bin/wasm-opt");
    let axe = project.root.join(AXE_SCRIPT);
    let version = project.output_line(&wasm_opt.to_string_lossy(), &["--version"]);
    if let (Some(version), true) = (version, axe.is_file()) {
        println!("ok: {version} and {}", axe.display());
        return Ok(());
    }
    project.run(
        "install wasm-opt (npm's binaryen) and axe-core (once)",
        project
            .command("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(project.root.join("tools")),
    )
}

/// axe-core's script, relative to the project (the end-to-end tests read it).
const AXE_SCRIPT: &str = "tools/node_modules/axe-core/axe.min.js";

/// Where the browser and its WebDriver server are.
pub struct Browser {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

/// Finds Chromium and ChromeDriver (`$CHROME`, `$CHROMEDRIVER`, or Debian's
/// packages), installing Debian's when running as root.
pub fn ensure_browser(project: &Project) -> Result<Browser, Failure> {
    let from_env = |name: &str, default: &str| {
        std::env::var_os(name).map_or_else(|| PathBuf::from(default), PathBuf::from)
    };
    let browser = Browser {
        chromium: from_env("CHROME", "/usr/bin/chromium"),
        chromedriver: from_env("CHROMEDRIVER", "/usr/bin/chromedriver"),
    };
    debian_packages(
        project,
        "Chromium and ChromeDriver",
        &[&browser.chromium, &browser.chromedriver],
        &["chromium", "chromium-driver"],
    )?;
    Ok(browser)
}

/// The font the prerender draws each list's link preview with (any of
/// the sans-serif fonts `src/ui/picture/raster.rs` names would do).
const PREVIEW_FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// Installs DejaVu Sans, for the link previews, when missing.
fn ensure_fonts(project: &Project) -> Result<(), Failure> {
    debian_packages(
        project,
        "the link previews' font",
        &[Path::new(PREVIEW_FONT)],
        &["fonts-dejavu-core"],
    )
}

/// Installs Debian's `packages` (`what`) unless every file of `files` is
/// there; when not root, says how.
fn debian_packages(
    project: &Project,
    what: &str,
    files: &[&Path],
    packages: &[&str],
) -> Result<(), Failure> {
    if files.iter().all(|file| file.is_file()) {
        let found: Vec<String> = files
            .iter()
            .map(|file| file.display().to_string())
            .collect();
        println!("ok: {}", found.join(" and "));
        return Ok(());
    }
    let install = format!(
        "apt-get install -y --no-install-recommends {}",
        packages.join(" ")
    );
    if project.output_line("id", &["-u"]).as_deref() != Some("0") {
        return Err(Failure(format!(
            "the build needs {what}; install them with:\n    sudo apt-get update && sudo {install}"
        )));
    }
    project.run(
        "refresh Debian's package lists",
        project.command("apt-get").arg("update"),
    )?;
    project.run(
        &format!("install {what} from Debian (once)"),
        project
            .command("apt-get")
            .args(install.split(' ').skip(1))
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}
