//! The build's prerender step: renders the app's own components for a data
//! file to HTML and writes them, with the data and the wasm loader, into the
//! page Trunk staged.
//!
//! `prerender PAGE DATA MODULE`: PAGE is rewritten in place; DATA is the
//! season's data file; MODULE is the wasm-bindgen module's address, relative
//! to the page.

use crewbuilder::domain::Season;
use crewbuilder::ui::{render_app, with_app};
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

/// The page with the app in its `<main id="app">`, the season in its head,
/// and the wasm module's loader after it.
fn fill(shell: &str, app: &str, json: &str, module: &str) -> Result<String, String> {
    let page = with_app(shell, app, json)?;
    let wasm = module.replace(".js", "_bg.wasm");
    // The wasm is not preloaded: on a slow connection it would take the
    // bandwidth the page's first paint needs (Lighthouse's LCP went from
    // about 1.3 s to 2.4 s with it; see BENCHMARKS.md).
    let loader = format!(
        r#"<link rel="modulepreload" href="{module}" /><script type="module">import init from "./{module}"; init({{ module_or_path: "./{wasm}" }});</script></head>"#
    );
    Ok(page.replacen("</head>", &loader, 1))
}
