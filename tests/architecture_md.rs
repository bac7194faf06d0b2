//! ARCHITECTURE.md stays true: every path it names exists, it names every
//! source file, and every Rust item it names is defined.
#![cfg(not(target_arch = "wasm32"))]

#[path = "shape/sources.rs"]
mod sources;

use sources::{all_sources, sources};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The paths a line of ARCHITECTURE.md names: a bare file name is in the
/// folder named first on its line (a table row lists its folder's files).
fn paths_named(line: &str) -> Vec<String> {
    let quoted: Vec<&str> = line
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|quoted| {
            !quoted.contains(' ')
                && (quoted.ends_with('/')
                    || [".rs", ".md", ".json", ".js", ".html", ".sh", ".css"]
                        .iter()
                        .any(|ext| quoted.ends_with(ext)))
        })
        .collect();
    let folder = quoted.iter().find(|path| path.ends_with('/')).copied();
    quoted
        .iter()
        .map(|path| match folder {
            Some(folder) if !path.contains('/') => format!("{folder}{path}"),
            _ => path.to_string(),
        })
        .collect()
}

#[test]
fn every_path_architecture_md_names_exists() {
    let text = std::fs::read_to_string("ARCHITECTURE.md").unwrap();
    let named: Vec<String> = text.lines().flat_map(paths_named).collect();
    assert!(
        named.len() > 50,
        "ARCHITECTURE.md names its files: {named:?}"
    );
    let missing: Vec<&String> = named
        .iter()
        .filter(|path| !Path::new(path.trim_end_matches('/')).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names what is gone: {missing:?}"
    );
    assert_eq!(
        paths_named("| `src/ui/` | `page.rs`, `tests/e2e/` |"),
        ["src/ui/", "src/ui/page.rs", "tests/e2e/"]
    );
}

#[test]
fn architecture_md_names_every_source_file() {
    let text = std::fs::read_to_string("ARCHITECTURE.md").unwrap();
    let named: Vec<String> = text.lines().flat_map(paths_named).collect();
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let unnamed: Vec<String> = files
        .iter()
        .map(|path| path.to_string_lossy().into_owned())
        .filter(|path| !named.contains(path))
        .collect();
    assert!(
        unnamed.is_empty(),
        "ARCHITECTURE.md does not name {unnamed:?}"
    );
}

/// What ARCHITECTURE.md quotes that is not this project's item: crates,
/// features, Leptos' and the platform's own items, a parameter and an
/// event's name.
const NOT_OURS: [&str; 17] = [
    "leptos",
    "gloo",
    "web_sys",
    "wasm_bindgen",
    "crewbuilder",
    "crewcheck",
    "hydrate",
    "ssr",
    "split",
    "use",
    "part",
    "cancel",
    "Suspend",
    "AnyView",
    "hydrate_islands",
    "setTimeout",
    "showModal",
];

/// The Rust items a line of ARCHITECTURE.md quotes (`Editor`,
/// `RuleSet::named`, `on_demand_part!`, `later(part)`), as paths.
fn items_named(line: &str) -> Vec<String> {
    let is_ident = |part: &str| {
        part.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    line.split('`')
        .skip(1)
        .step_by(2)
        .map(|quoted| {
            quoted
                .split('(')
                .next()
                .unwrap_or_default()
                .trim_end_matches('!')
        })
        .filter(|quoted| quoted.split("::").all(is_ident) && !NOT_OURS.contains(quoted))
        .map(str::to_string)
        .collect()
}

/// Whether `sources` define the item `path`: its last name declared as an
/// item, or, under a defined parent, as an enum variant.
fn defines(sources: &[(PathBuf, String)], path: &str) -> bool {
    let names: Vec<&str> = path.split("::").collect();
    let last = names[names.len() - 1];
    let kinds = [
        "fn",
        "struct",
        "enum",
        "trait",
        "type",
        "const",
        "static",
        "mod",
        "macro_rules!",
    ];
    let declared = |name: &str| {
        sources.iter().any(|(_, text)| {
            kinds.iter().any(|kind| {
                text.match_indices(&format!("{kind} {name}"))
                    .any(|(at, found)| {
                        let after = text[at + found.len()..].chars().next();
                        !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                    })
            })
        })
    };
    let variant = || {
        names.len() > 1
            && declared(names[names.len() - 2])
            && sources.iter().any(|(_, text)| {
                [" {", "(", ","]
                    .iter()
                    .any(|end| text.contains(&format!("\n    {last}{end}")))
            })
    };
    declared(last) || variant()
}

#[test]
fn every_item_architecture_md_names_exists() {
    let text = std::fs::read_to_string("ARCHITECTURE.md").unwrap();
    let named: BTreeSet<String> = text.lines().flat_map(items_named).collect();
    assert!(named.len() > 40, "ARCHITECTURE.md names items: {named:?}");
    let sources = all_sources();
    let missing: Vec<&String> = named
        .iter()
        .filter(|item| !defines(&sources, item))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names what is gone: {missing:?}"
    );
    assert!(!defines(&sources, "RuleSet::no_such_item"));
    assert_eq!(
        items_named("`Edit::Bulk`, `later(part)`, `on_demand_part!`, `leptos`, `a.rs`"),
        ["Edit::Bulk", "later", "on_demand_part"]
    );
}
