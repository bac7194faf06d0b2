//! Crew Builder: see, question and rebuild the line-ups of the FIA World
//! Endurance Championship.
//!
//! [`domain`] is plain Rust (season data, parsing, filtering) and is tested
//! natively; [`ui`] is the Leptos front end, rendered to HTML at build time
//! (feature `ssr`) and hydrated in the browser (feature `hydrate`);
//! [`page_policy`] is the Content-Security-Policy the prerender writes into
//! each page.

// The planner's view type is deep; building its async wrapper needs room.
#![recursion_limit = "256"]

pub mod domain;
pub mod page_policy;
#[cfg(feature = "ui")]
pub mod ui;
