//! `crewcheck`: the rule engine on the command line, for whoever maintains
//! the data files.
//!
//! Exit status: 0 when no rule is broken (warnings allowed), 1 when one is,
//! 2 when the file cannot be used.
//!
//! A native tool: in a wasm build (the wasm tests build every binary of the
//! package) it does nothing, and its argument parser is left out.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod rounds;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
