//! The code's shape, as the style guide asks: no source file over 400
//! lines, no function over 80, and every path ARCHITECTURE.md names exists.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 400;
const MAX_FN_LINES: usize = 80;

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
    for dir in ["src", "xtask/src", "benches"] {
        sources(Path::new(dir), &mut paths);
    }
    paths.sort();
    let read = |path: PathBuf| {
        let text = std::fs::read_to_string(&path).unwrap();
        (path, text)
    };
    paths.into_iter().map(read).collect()
}

/// The code of `text` with string and character literals and comments
/// blanked (newlines kept), so braces can be counted.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    while at < chars.len() {
        let c = chars[at];
        let next = chars.get(at + 1).copied();
        if c == '/' && next == Some('/') {
            while at < chars.len() && chars[at] != '\n' {
                at += 1;
            }
        } else if c == '/' && next == Some('*') {
            while at < chars.len() && !(chars[at] == '*' && chars.get(at + 1) == Some(&'/')) {
                blank(&mut out, chars[at]);
                at += 1;
            }
            at += 2;
        } else if c == 'r'
            && matches!(next, Some('#' | '"'))
            && !chars[at.saturating_sub(1)].is_alphanumeric()
        {
            let hashes = chars[at + 1..].iter().take_while(|&&h| h == '#').count();
            if chars.get(at + 1 + hashes) != Some(&'"') {
                out.push(c);
                at += 1;
                continue;
            }
            at += hashes + 2;
            let close: String = std::iter::once('"')
                .chain("#".repeat(hashes).chars())
                .collect();
            while at < chars.len() && !chars[at..].iter().collect::<String>().starts_with(&close) {
                blank(&mut out, chars[at]);
                at += 1;
            }
            at += close.len();
        } else if c == '"' {
            at += 1;
            while at < chars.len() && chars[at] != '"' {
                if chars[at] == '\\' {
                    at += 1;
                }
                blank(&mut out, chars[at]);
                at += 1;
            }
            at += 1;
        } else if c == '\'' && (next == Some('\\') || chars.get(at + 2) == Some(&'\'')) {
            at += 1;
            while at < chars.len() && chars[at] != '\'' {
                at += if chars[at] == '\\' { 2 } else { 1 };
            }
            at += 1;
        } else {
            out.push(c);
            at += 1;
        }
    }
    out
}

/// Each function of `code` (literals blanked) with its length in lines.
fn functions(code: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(at) = words.iter().position(|word| *word == "fn") else {
            continue;
        };
        let Some(name) = words.get(at + 1) else {
            continue;
        };
        let name = name
            .split(['(', '<'])
            .next()
            .unwrap_or_default()
            .to_string();
        let mut depth = 0i32;
        let mut opened = false;
        for (end, body) in lines.iter().enumerate().skip(start) {
            for c in body.chars() {
                match c {
                    '{' => (depth, opened) = (depth + 1, true),
                    '}' => depth -= 1,
                    ';' if !opened && depth == 0 => break,
                    _ => {}
                }
            }
            if opened && depth == 0 {
                found.push((name.clone(), end - start + 1));
                break;
            }
            if !opened && body.trim_end().ends_with(';') {
                break;
            }
        }
    }
    found
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

#[test]
fn no_function_is_over_80_lines() {
    let long: Vec<String> = all_sources()
        .into_iter()
        .flat_map(|(path, text)| {
            functions(&code_only(&text))
                .into_iter()
                .filter(|(_, lines)| *lines > MAX_FN_LINES)
                .map(move |(name, lines)| format!("{}: {name} ({lines} lines)", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "split by job: {long:?}");
}

#[test]
fn the_shape_check_sees_long_functions_and_skips_literals() {
    let body = "    x();\n".repeat(81);
    let text = format!("fn long() {{\n{body}}}\nfn short() {{ let s = \"{{\"; let c = '{{'; }}\n");
    let found = functions(&code_only(&text));
    assert_eq!(found, [("long".to_string(), 83), ("short".to_string(), 1)]);
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
