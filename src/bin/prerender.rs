//! The build's prerender step: renders the app's own components for a data
//! file to HTML and writes them, with the data and the wasm loader, into the
//! page Trunk staged.
//!
//! `prerender PAGE DATA MODULE`: PAGE is rewritten in place; DATA is the
//! season's data file; MODULE is the wasm-bindgen module's address, relative
//! to the page.

use crewbuilder::domain::Season;
use crewbuilder::ui::{APP_ROOT, SEASON_DATA, render_app};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [page, data, module] = args.as_slice() else {
        eprintln!("usage: prerender PAGE DATA MODULE");
        return ExitCode::from(2);
    };
    match prerender(page, data, module) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("prerender: {why}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(page: &str, data: &str, module: &str) -> Result<(), String> {
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let (shell, text) = (read(page)?, read(data)?);
    let season = Season::from_json(&text).map_err(|error| format!("{data}:{error}"))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let filled = fill(
        &shell,
        &render_app(Arc::new(season)),
        &json.to_string(),
        module,
    )?;
    std::fs::write(page, filled).map_err(|e| format!("{page}: {e}"))
}

/// The page with the app in its `<main id="app">`, and in its head the
/// season (as inert JSON) and the wasm module's loader.
fn fill(shell: &str, app: &str, json: &str, module: &str) -> Result<String, String> {
    let main = format!(r#"<main class="app" id="{APP_ROOT}"></main>"#);
    if !shell.contains(&main) || !shell.contains("</head>") {
        return Err(format!("the page has no {main} or no </head>"));
    }
    let wasm = module.replace(".js", "_bg.wasm");
    // `<` never appears unescaped, so the JSON cannot close its script.
    let data = json.replace('<', "\\u003c");
    let head = format!(
        r#"<link rel="modulepreload" href="{module}" /><link rel="preload" href="{wasm}" as="fetch" type="application/wasm" crossorigin="anonymous" /><script type="application/json" id="{SEASON_DATA}">{data}</script><script type="module">import init from "./{module}"; init({{ module_or_path: "./{wasm}" }});</script></head>"#
    );
    let body = format!(r#"<main class="app" id="{APP_ROOT}">{app}</main>"#);
    Ok(shell
        .replacen("</head>", &head, 1)
        .replacen(&main, &body, 1))
}
