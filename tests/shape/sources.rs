//! The project's Rust sources, read for the shape checks.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, into `out`.
pub fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// Every `.rs` file of the library, the xtask, the benchmarks and the
/// tests, with its text.
pub fn all_sources() -> Vec<(PathBuf, String)> {
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
