//! What the page shows before the list is there: loading, or why it failed.

use super::LoadError;
use leptos::prelude::*;

/// Shown while the data file is on its way.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="status" role="status" aria-busy="true">
            "Loading the 2024 entry list…"
        </p>
    }
}

/// Says why the list could not be shown, with a way to try again.
#[component]
pub fn LoadFailed(error: LoadError, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    let heading = if error.is_transient() {
        "The entry list could not be loaded"
    } else {
        "The entry list could not be read"
    };
    // On a slow connection the retry takes a while: say that it is under
    // way. The app shows a new state (this one again, if it fails) when done.
    let trying = RwSignal::new(false);
    let try_again = move |_| {
        trying.set(true);
        retry.run(());
    };
    view! {
        <section class="load-failed" role="alert" aria-busy=move || trying.get().to_string()>
            <h2>{heading}</h2>
            <p class="load-failed-reason">{error.to_string()}</p>
            <button type="button" class="button" disabled=move || trying.get() on:click=try_again>
                {move || if trying.get() { "Trying again…" } else { "Try again" }}
            </button>
        </section>
    }
}
