//! Crew Builder: see, question and rebuild the line-ups of the FIA World
//! Endurance Championship.
//!
//! [`domain`] is plain Rust (season data, parsing, filtering) and is tested
//! natively; [`ui`] is the Leptos front end, compiled only for the browser.

pub mod domain;
#[cfg(target_arch = "wasm32")]
pub mod ui;
