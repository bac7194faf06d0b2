//! Parts of the app not needed to read the list (the seat picker, the stint
//! planner, the "Add a car" form) are `#[lazy]` functions returning their
//! view: in a release build (feature `split`) each is a wasm chunk of its
//! own, fetched the first time it is opened, or earlier when the pointer or
//! the focus reaches a control that opens it. Without `split` they are
//! ordinary async functions, so the wasm tests need no splitter.

use leptos::prelude::*;
use std::future::Future;

/// Shows a lazily loaded part once its code is there ("Loading…" until
/// then, on a slow connection).
pub fn on_demand<F>(part: F) -> impl IntoView
where
    F: Future<Output = AnyView> + Send + 'static,
{
    let waiting = || view! { <p class="loading" role="status">"Loading…"</p> };
    view! { <Suspense fallback=waiting>{Suspend::new(part)}</Suspense> }
}

/// Starts fetching a part's code in the background; a part already fetched
/// (or being fetched) is not fetched again.
#[cfg(feature = "split")]
pub fn prefetch<F>(preload: fn() -> F)
where
    F: Future<Output = ()> + 'static,
{
    leptos::task::spawn_local(preload());
}
