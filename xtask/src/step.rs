//! Running the project's commands: each step is announced, and a failing
//! step stops the run with its name.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why a run stopped.
#[derive(Debug)]
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The checkout being worked on, and the `PATH` its tools are found on.
pub struct Project {
    pub root: PathBuf,
    path: OsString,
}

impl Project {
    /// The project around this xtask crate. Tools installed by cargo and npm
    /// are put in front of `PATH`, so a fresh install is found at once.
    pub fn locate() -> Project {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives inside the project")
            .to_path_buf();
        let cargo_bin = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
            .map(|home| home.join("bin"));
        let front = [Some(root.join("tools/node_modules/.bin")), cargo_bin];
        let rest = std::env::var_os("PATH").unwrap_or_default();
        let path = std::env::join_paths(
            front
                .into_iter()
                .flatten()
                .chain(std::env::split_paths(&rest)),
        )
        .unwrap_or(rest);
        Project { root, path }
    }

    /// A command run in the project's root with the project's `PATH`.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&self.root).env("PATH", &self.path);
        command
    }

    /// Runs a step, announcing it; fails unless it exits successfully.
    pub fn run(&self, what: &str, command: &mut Command) -> Result<(), Failure> {
        println!("==> {what}: {}", shown(command));
        let status = command.status().map_err(|error| {
            Failure(format!(
                "could not {what}: {} failed to start: {error}",
                shown(command)
            ))
        })?;
        if status.success() {
            Ok(())
        } else {
            Err(Failure(format!(
                "could not {what}: `{}` exited with {status}",
                shown(command)
            )))
        }
    }

    /// The first line a command prints, or `None` when it cannot run.
    pub fn output_line(&self, program: &str, args: &[&str]) -> Option<String> {
        let output = self.command(program).args(args).output().ok()?;
        let text = String::from_utf8_lossy(&output.stdout);
        output
            .status
            .success()
            .then(|| text.lines().next().unwrap_or("").trim().to_string())
    }
}

fn shown(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
