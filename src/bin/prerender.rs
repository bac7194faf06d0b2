//! The build's prerender step: renders the app's own components for a data
//! file to HTML and writes them, with the data and the wasm loader, into the
//! page Trunk staged.
//!
//! `prerender PAGE DATA MODULE [ROOT]`: PAGE is rewritten in place; DATA is
//! the list's data file (which names its rule set); MODULE is the
//! wasm-bindgen module's address, relative to the page; ROOT is the site's
//! root relative to the page (`../` for a list in its own folder), which
//! the shell's own addresses are moved under.

use crewbuilder::domain::Season;
use crewbuilder::domain::lineup::SaveKeys;
use crewbuilder::domain::rules::RuleSet;
use crewbuilder::ui::{render_app, with_app};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (page, data, module, root) = match args.as_slice() {
        [page, data, module] => (page, data, module, ""),
        [page, data, module, root] => (page, data, module, root.as_str()),
        _ => {
            eprintln!("usage: prerender PAGE DATA MODULE [ROOT]");
            return ExitCode::from(2);
        }
    };
    match prerender(page, data, module, root) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("prerender: {why}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(page: &str, data: &str, module: &str, root: &str) -> Result<(), String> {
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let (shell, text) = (read(page)?, read(data)?);
    let season = Season::from_json(&text).map_err(|error| format!("{data}:{error}"))?;
    let rules =
        RuleSet::named(season.rules_name()).map_err(|why| format!("{data}: rules: {why}"))?;
    let shell = for_list(&shell, &season, &rules, root);
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let filled = fill(
        &shell,
        &render_app(Arc::new(season), rules),
        &json.to_string(),
        module,
    )?;
    std::fs::write(page, filled).map_err(|e| format!("{page}: {e}"))
}

/// The shell made this list's: its title, the autosave key its early
/// script looks for, and (for a list in a folder) its own addresses of
/// icons, manifest and service worker moved under `root`.
fn for_list(shell: &str, season: &Season, rules: &RuleSet, root: &str) -> String {
    let title = format!("<title>Crew Builder · {}</title>", season.title());
    let shell = match (shell.find("<title>"), shell.find("</title>")) {
        (Some(open), Some(close)) => {
            format!(
                "{}{title}{}",
                &shell[..open],
                &shell[close + "</title>".len()..]
            )
        }
        _ => shell.to_string(),
    };
    let key = SaveKeys::of(&rules.name).save;
    let shell = shell.replace("\"crewbuilder:lineup\"", &format!("\"{key}\""));
    if root.is_empty() {
        return shell;
    }
    let shell = shell.replace("register(\"sw.js\")", &format!("register(\"{root}sw.js\")"));
    ["icon.svg", "icon-192.png", "manifest.webmanifest"]
        .into_iter()
        .fold(shell, |shell, file| {
            shell.replace(
                &format!("href=\"{file}\""),
                &format!("href=\"{root}{file}\""),
            )
        })
}

/// The page with the app in its `<main id="app">`, the season in its head,
/// and the wasm module's loader at the end of its body.
fn fill(shell: &str, app: &str, json: &str, module: &str) -> Result<String, String> {
    let page = with_app(shell, app, json)?;
    let wasm = module.replace(".js", "_bg.wasm");
    // Found only once the list is parsed, so neither the module nor the
    // wasm takes the bandwidth that the stylesheet and the first paint need
    // on a slow connection: with the wasm preloaded in the head,
    // Lighthouse's LCP was 2.4 s instead of about 1.3 s (BENCHMARKS.md).
    let loader = format!(
        r#"<script type="module">import init from "./{module}"; init({{ module_or_path: "./{wasm}" }});</script></body>"#
    );
    if !page.contains("</body>") {
        return Err("the page has no </body>".into());
    }
    Ok(page.replacen("</body>", &loader, 1))
}
