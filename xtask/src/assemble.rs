//! `cargo xtask assemble`: the app's own build steps, run by Trunk as a
//! post-build hook (Trunk stages the page, the CSS and the public files;
//! it neither prerenders nor splits wasm). In Trunk's staging folder it puts:
//!
//! 1. the wasm, built with `hydrate` (and in a release build `split`),
//! 2. cut by `wasm-split-cli` into the first view and one chunk per
//!    `#[lazy]` part (release builds),
//! 3. bound by `wasm-bindgen --target web`, shrunk by `wasm-opt -Oz`,
//!    in a folder named after its contents (`pkg-<hash>/`),
//! 4. each list of the table in `src/domain/list.rs` rendered by the same
//!    components natively (`prerender`, feature `ssr`) into its page
//!    (`index.html`, `le-mans-2024/index.html`), with its data and the
//!    module's loader,
//! 5. and `sw.js`, listing every file of the build to precache
//!    (`tools/service-worker.sh`).

use crate::step::{Failure, Project};
use crate::tools::WASM_TARGET;
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

/// Where the app's wasm is built: its own folder, since its features and
/// flags differ from the tests' builds (sharing would rebuild both each time).
const TARGET_DIR: &str = "target/app";

/// Runs the steps into `$TRUNK_STAGING_DIR`, for `$TRUNK_PROFILE`.
pub fn run(project: &Project) -> Result<(), Failure> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or_else(|| {
        Failure("assemble runs as Trunk's post-build hook: use `cargo xtask serve` or `cargo xtask dist`".into())
    })?;
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release");
    let wasm = build_wasm(project, release)?;
    let work = project.root.join(TARGET_DIR).join("pkg");
    recreate(&work)?;
    let modules = if release {
        split(project, &wasm, &work)?
    } else {
        wasm
    };
    bindgen(project, &modules, &work)?;
    if release {
        optimise(project, &work)?;
    }
    let folder = format!("pkg-{}", contents_hash(&work)?);
    copy_folder(&work, &staging.join(&folder))?;
    prerender_lists(project, &staging, &folder)?;
    project.run(
        "write the service worker",
        project.command("sh").arg("tools/service-worker.sh"),
    )
}

/// Prerenders each list (the table in `src/domain/list.rs`) into its own
/// copy of the page Trunk staged.
fn prerender_lists(project: &Project, staging: &Path, folder: &str) -> Result<(), Failure> {
    let shell = staging.join("index.html");
    project.run(
        "prerender every list into its page",
        project.command("cargo").args([
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
            &shell.to_string_lossy(),
            folder,
        ]),
    )
}

fn build_wasm(project: &Project, release: bool) -> Result<PathBuf, Failure> {
    let mut cargo = project.command("cargo");
    cargo
        .args(["build", "--bin", "crewbuilder", "--target", WASM_TARGET])
        .args(["--target-dir", TARGET_DIR]);
    if release {
        // The splitter needs the linker's relocations.
        cargo
            .args(["--release", "--features", "split"])
            .env("RUSTFLAGS", "-Clink-args=--emit-relocs");
    } else {
        cargo.args(["--features", "hydrate"]);
    }
    project.run("build the wasm", &mut cargo)?;
    let profile = if release { "release" } else { "debug" };
    Ok(project
        .root
        .join(TARGET_DIR)
        .join(WASM_TARGET)
        .join(profile)
        .join("crewbuilder.wasm"))
}

/// Cuts the wasm at its `#[lazy]` parts; returns the main module.
fn split(project: &Project, wasm: &Path, work: &Path) -> Result<PathBuf, Failure> {
    let out = project.root.join(TARGET_DIR).join("split");
    recreate(&out)?;
    project.run(
        "split the wasm at its lazily loaded parts",
        project
            .command("wasm-split-cli")
            .args(["--target", "web", "--out-name", "crewbuilder"])
            .arg(wasm)
            .arg(&out),
    )?;
    // The chunks and their loader go as they are; the main module is bound.
    let mut main = None;
    for entry in read_folder(&out)? {
        let name = entry
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name == "crewbuilder.wasm" {
            main = Some(entry);
        } else {
            copy_file(&entry, &work.join(&name))?;
        }
    }
    main.ok_or_else(|| {
        Failure(format!(
            "wasm-split-cli wrote no crewbuilder.wasm in {}",
            out.display()
        ))
    })
}

fn bindgen(project: &Project, wasm: &Path, work: &Path) -> Result<(), Failure> {
    project.run(
        "bind the wasm to JavaScript",
        project
            .command("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--keep-lld-exports"])
            .args(["--out-name", "crewbuilder", "--out-dir"])
            .arg(work)
            .arg(wasm),
    )
}

fn optimise(project: &Project, work: &Path) -> Result<(), Failure> {
    for wasm in read_folder(work)? {
        if wasm.extension().is_some_and(|ext| ext == "wasm") {
            project.run(
                "shrink the wasm",
                project
                    .command("wasm-opt")
                    .arg("-Oz")
                    .arg(&wasm)
                    .arg("-o")
                    .arg(&wasm),
            )?;
        }
    }
    Ok(())
}

/// A short hash of every file in `folder`, for its name: a new build is a
/// new address, so browsers and the service worker never mix two builds.
fn contents_hash(folder: &Path) -> Result<String, Failure> {
    let mut hasher = DefaultHasher::new();
    for file in read_folder(folder)? {
        hasher.write(file.file_name().unwrap_or_default().as_encoded_bytes());
        hasher.write(&std::fs::read(&file).map_err(|e| io_failure(&file, e))?);
    }
    Ok(format!("{:016x}", hasher.finish()))
}

/// The files of `folder`, sorted by name.
fn read_folder(folder: &Path) -> Result<Vec<PathBuf>, Failure> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| io_failure(folder, e))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn copy_folder(from: &Path, to: &Path) -> Result<(), Failure> {
    recreate(to)?;
    for file in read_folder(from)? {
        copy_file(&file, &to.join(file.file_name().unwrap_or_default()))?;
    }
    Ok(())
}

fn copy_file(from: &Path, to: &Path) -> Result<(), Failure> {
    std::fs::copy(from, to)
        .map(drop)
        .map_err(|e| io_failure(from, e))
}

fn recreate(folder: &Path) -> Result<(), Failure> {
    if folder.exists() {
        std::fs::remove_dir_all(folder).map_err(|e| io_failure(folder, e))?;
    }
    std::fs::create_dir_all(folder).map_err(|e| io_failure(folder, e))
}

fn io_failure(path: &Path, error: std::io::Error) -> Failure {
    Failure(format!("{}: {error}", path.display()))
}
