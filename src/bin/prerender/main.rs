//! The build's prerender step: renders the app's own components for every
//! list (the table in `domain/list.rs`) to HTML and writes each, with its
//! data and the wasm loader, into its page, made from the shell Trunk
//! staged.
//!
//! `prerender SHELL PKG`: SHELL is the staged `index.html` (rewritten in
//! place as the root list's page; a list in a folder gets its own copy in
//! that folder); PKG is the wasm-bindgen module's folder, relative to the
//! site's root. Beside each page goes its link preview (`preview.rs`).

mod preview;

use crewbuilder::domain::lineup::SaveKeys;
use crewbuilder::domain::rounds::Rounds;
use crewbuilder::domain::rules::{CrewChoice, RuleSet, check};
use crewbuilder::domain::{List, Season, page_text};
use crewbuilder::page_policy;
use crewbuilder::ui::{CarCounts, Rasteriser, list_svg, render_app, with_app};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [shell, pkg] = args.as_slice() else {
        eprintln!("usage: prerender SHELL PKG");
        return ExitCode::from(2);
    };
    match prerender_all(Path::new(shell), pkg) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("prerender: {why}");
            ExitCode::FAILURE
        }
    }
}

/// A list with its data file, read and checked.
struct ReadList {
    list: &'static List,
    season: Season,
}

/// Reads every list's data file and the machine's fonts once, then writes
/// each list's page (each header counts the others' cars) and preview.
fn prerender_all(staged: &Path, pkg: &str) -> Result<(), String> {
    let shell =
        std::fs::read_to_string(staged).map_err(|e| format!("{}: {e}", staged.display()))?;
    let lists = List::ALL.iter().map(read).collect::<Result<Vec<_>, _>>()?;
    let counts = CarCounts(
        lists
            .iter()
            .map(|read| (read.list.name, read.season.car_count(None)))
            .collect(),
    );
    let rasteriser = Rasteriser::with_system_fonts()?;
    lists
        .into_iter()
        .try_for_each(|read| prerender(staged, &shell, read, pkg, &counts, &rasteriser))
}

/// `list`'s data file, read and checked against the list.
fn read(list: &'static List) -> Result<ReadList, String> {
    let data = list.data_file;
    let text = std::fs::read_to_string(data).map_err(|e| format!("{data}: {e}"))?;
    let season = Season::from_json(&text).map_err(|error| format!("{data}:{error}"))?;
    if season.rules_name() != list.name {
        return Err(format!(
            "{data}: its \"rules\" are \"{}\", not its list's \"{}\"",
            season.rules_name(),
            list.name
        ));
    }
    if let Some(file) = list.rounds_file {
        // A broken rounds file stops the build, as a broken list does.
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        Rounds::from_json(&text, &season).map_err(|error| format!("{file}: {error}"))?;
    }
    Ok(ReadList { list, season })
}

/// Writes a list's page: the `shell` text (staged at `staged`) with the
/// list's season and app, in the list's folder beside the shell.
fn prerender(
    staged: &Path,
    shell: &str,
    read: ReadList,
    pkg: &str,
    counts: &CarCounts,
    rasteriser: &Rasteriser,
) -> Result<(), String> {
    let ReadList { list, season } = read;
    let rules = list.rules();
    let root = list.to_root();
    let shell = for_list(shell, &season, &rules, &root, list.folder);
    let preview = rasteriser.png(&list_svg(&season))?;
    // The check the page shows, as the browser's engine would make it.
    let checked = check(&season, &rules, rules.events[0], CrewChoice::Provisional);
    let data = page_text(&season, &checked);
    let module = format!("{root}{pkg}/crewbuilder.js");
    let filled = fill(
        &shell,
        &render_app(Arc::new(season), rules, checked, counts.clone()),
        &data,
        &module,
    )?;
    let filled = page_policy::with_policy(&filled).map_err(|error| error.to_string())?;
    page_policy::check_policy(&filled).map_err(|error| format!("{}: {error}", list.folder))?;
    let folder = staged.parent().unwrap_or(Path::new(".")).join(list.folder);
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let image = folder.join(preview::PREVIEW_FILE);
    std::fs::write(&image, preview).map_err(|e| format!("{}: {e}", image.display()))?;
    let page = folder.join("index.html");
    std::fs::write(&page, filled).map_err(|e| format!("{}: {e}", page.display()))
}

/// The shell made this list's: its title, description and link preview
/// tags, the autosave key its early script looks for, and (for a list in
/// the folder `folder`) its addresses (icons, manifest, stylesheet,
/// service worker) moved under `root`.
fn for_list(shell: &str, season: &Season, rules: &RuleSet, root: &str, folder: &str) -> String {
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
    let shell = match shell.find("<meta name=\"description\"") {
        Some(open) => {
            let close = open + shell[open..].find("/>").map_or(0, |end| end + 2);
            format!(
                "{}{}{}",
                &shell[..open],
                preview::tags(season, folder, preview::site_address().as_deref()),
                &shell[close..]
            )
        }
        None => shell,
    };
    let key = SaveKeys::of(&rules.name).save;
    let shell = shell.replace("\"crewbuilder:lineup\"", &format!("\"{key}\""));
    if root.is_empty() {
        return shell;
    }
    // Every address the shell and Trunk write is relative (`./…`).
    shell
        .replace("href=\"./", &format!("href=\"{root}"))
        .replace(
            "register(\"./sw.js\")",
            &format!("register(\"{root}sw.js\")"),
        )
}

/// The page with the app in its `<main id="app">`, the list and its check
/// in its head, and the wasm module's loader at the end of its body.
fn fill(shell: &str, app: &str, data: &str, module: &str) -> Result<String, String> {
    let page = with_app(shell, app, data)?;
    let wasm = module.replace(".js", "_bg.wasm");
    // The module, found once the list is parsed, fetches the wasm once the
    // list is painted; the chunk loader it imports is fetched beside it.
    // Fetched before that paint, the wasm's bytes count against it in
    // Lighthouse's simulated slow 4G (LCP 1.05 s became 2.1 s: see
    // BENCHMARKS.md), however late the browser itself starts them.
    let split = module.replace("crewbuilder.js", "__wasm_split.js");
    let loader = format!(
        r#"<link rel="modulepreload" href="./{split}"><script type="module">import init from "./{module}"; requestAnimationFrame(() => setTimeout(() => init({{ module_or_path: "./{wasm}" }})));</script></body>"#
    );
    if !page.contains("</body>") {
        return Err("the page has no </body>".into());
    }
    Ok(page.replacen("</body>", &loader, 1))
}
