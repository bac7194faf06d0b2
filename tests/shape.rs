//! The code's shape, as the style guide asks, where no tool checks it: no
//! source file over 400 lines and no import circle between files (read
//! from the `use` lines). (No function over 80 lines is clippy's
//! `too_many_lines`, set in `clippy.toml`; ARCHITECTURE.md's paths and
//! items are checked by `tests/architecture_md.rs`.)
#![cfg(not(target_arch = "wasm32"))]

#[path = "shape/sources.rs"]
mod sources;

use sources::all_sources;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 400;

#[test]
fn no_source_file_is_over_400_lines() {
    let long: Vec<String> = all_sources()
        .into_iter()
        .filter(|(_, text)| text.lines().count() > MAX_FILE_LINES)
        .map(|(path, text)| format!("{} ({} lines)", path.display(), text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split by job: {long:?}");
}
/// The module path of a library file: `src/domain/rules/car.rs` is
/// `domain::rules::car`, a `mod.rs` its folder's; `None` outside the library.
fn module_of(path: &Path) -> Option<Vec<String>> {
    let inner = path.strip_prefix("src").ok()?;
    let mut parts: Vec<String> = inner
        .with_extension("")
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if parts
        .first()
        .is_some_and(|first| first == "bin" || first == "main")
    {
        return None;
    }
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    Some(parts)
}

/// The `use` declarations of `text`, each as (public, path), braces
/// expanded and `as` renames dropped.
fn uses(text: &str) -> Vec<(bool, String)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        let lead = before[line_start..].trim();
        let Some(end) = rest[at..].find(';') else {
            break;
        };
        let statement = &rest[at + 4..at + end];
        if lead.is_empty() || lead.starts_with("pub") {
            let public = lead.starts_with("pub");
            let flat: String = statement.split_whitespace().collect::<Vec<_>>().join(" ");
            found.extend(expand(&flat).into_iter().map(|path| (public, path)));
        }
        rest = &rest[at + end..];
    }
    found
}

/// `a::{b, c::{d, e as f}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        let name = path.split(" as ").next().unwrap_or(path).trim();
        return vec![name.to_string()];
    };
    let (prefix, inner) = (
        &path[..open],
        &path[open + 1..path.rfind('}').unwrap_or(path.len())],
    );
    let (mut depth, mut start, mut parts) = (0, 0, Vec::new());
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    let parts = parts
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty());
    parts
        .flat_map(|part| expand(&format!("{prefix}{part}")))
        .collect()
}

/// `path` as used in module `from`, made absolute; `None` outside the crate.
fn absolute(from: &[String], path: &str) -> Option<Vec<String>> {
    let mut segments = path.split("::").map(str::trim);
    let mut at: Vec<String> = match segments.next()? {
        "crate" => Vec::new(),
        "self" => from.to_vec(),
        "super" => from[..from.len().checked_sub(1)?].to_vec(),
        _ => return None,
    };
    for segment in segments {
        if segment == "super" {
            at.pop()?;
        } else if segment == "*" {
            // A glob (a test module's `use super::*`): its file's own items.
            return None;
        } else if segment != "self" {
            at.push(segment.to_string());
        }
    }
    Some(at)
}

/// The library's files, each with the files its `use` lines import from
/// (through a folder's `mod.rs` to the file that defines what it re-exports).
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files: Vec<(Vec<String>, PathBuf, String)> = all_sources()
        .into_iter()
        .filter_map(|(path, text)| Some((module_of(&path)?, path, text)))
        .collect();
    let key = |module: &[String]| module.join("::");
    let known: BTreeSet<String> = files.iter().map(|(module, ..)| key(module)).collect();
    // What each folder's `mod.rs` re-exports: item → absolute path.
    let mut reexports: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (module, path, text) in &files {
        let folder = path.ends_with("mod.rs") || path.ends_with("lib.rs");
        for (_, used) in uses(text)
            .into_iter()
            .filter(|(public, _)| *public && folder)
        {
            let mut target = module.clone();
            target.extend(used.split("::").map(str::to_string));
            let item = target.last().cloned().unwrap_or_default();
            reexports.insert((key(module), item), target);
        }
    }
    let resolve = |mut path: Vec<String>| -> Option<String> {
        for _ in 0..8 {
            let cut = (0..=path.len())
                .rev()
                .find(|&n| known.contains(&key(&path[..n])))?;
            match path
                .get(cut)
                .and_then(|item| reexports.get(&(key(&path[..cut]), item.clone())))
            {
                Some(target) => path = target.clone(),
                None => return Some(key(&path[..cut])),
            }
        }
        None
    };
    let mut graph = BTreeMap::new();
    for (module, path, text) in &files {
        let folder = path.ends_with("mod.rs") || path.ends_with("lib.rs");
        let imports: BTreeSet<String> = uses(text)
            .into_iter()
            .filter(|(public, _)| !(folder && *public))
            .filter_map(|(_, used)| resolve(absolute(module, &used)?))
            .filter(|target| *target != key(module))
            .collect();
        graph.insert(key(module), imports);
    }
    graph
}

/// Every import circle of `graph`, each as the files round it.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((at, trail)) = stack.pop() {
            for next in graph.get(&at).into_iter().flatten() {
                if next == start {
                    found.push(trail.clone());
                } else if next > start && !trail.contains(next) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found
}

#[test]
fn no_two_files_import_each_other_round_a_circle() {
    let graph = import_graph();
    assert!(
        graph
            .get("domain::rules::car")
            .is_some_and(|of| of.contains("domain::rules::crew_rules")),
        "the graph sees car.rs use crew_rules.rs: {graph:?}"
    );
    assert_eq!(circles(&graph), Vec::<Vec<String>>::new());
}

#[test]
fn the_circle_check_finds_a_circle() {
    let graph = BTreeMap::from([
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["c".to_string()])),
        ("c".to_string(), BTreeSet::from(["a".to_string()])),
    ]);
    assert_eq!(circles(&graph), [["a", "b", "c"]]);
    assert_eq!(
        expand("super::{a, b::{c, d as e}}"),
        ["super::a", "super::b::c", "super::b::d"]
    );
}
