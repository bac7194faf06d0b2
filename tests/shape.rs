//! The code's shape, as the style guide asks, where no tool checks it: no
//! source file over 400 lines, and every path ARCHITECTURE.md names exists.
//! (No function over 80 lines is clippy's `too_many_lines`, set in
//! `clippy.toml`.)
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 400;

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

fn all_sources() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    for dir in ["src", "xtask/src", "benches", "tests"] {
        sources(Path::new(dir), &mut paths);
    }
    paths.sort();
    let read = |path: PathBuf| {
        let text = std::fs::read_to_string(&path).unwrap();
        (path, text)
    };
    paths.into_iter().map(read).collect()
}

#[test]
fn no_source_file_is_over_400_lines() {
    let long: Vec<String> = all_sources()
        .into_iter()
        .filter(|(_, text)| text.lines().count() > MAX_FILE_LINES)
        .map(|(path, text)| format!("{} ({} lines)", path.display(), text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split by job: {long:?}");
}

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
