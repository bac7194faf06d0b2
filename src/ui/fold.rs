//! A part that folds away on a phone: a toggle button (hidden on wide
//! screens, where the part is always shown) and the part it opens, in the
//! page's flow. The style sheet does the hiding (`.fold-toggle`,
//! `.fold-body`), so the prerendered page and a desktop read the same.

use leptos::prelude::*;

/// Whether a folding part is open (on a phone).
#[derive(Clone, Copy)]
pub struct Fold(RwSignal<bool>);

impl Fold {
    /// A fold, closed.
    pub fn new() -> Fold {
        Fold(RwSignal::new(false))
    }

    /// The folded part's `data-open` attribute: present while open.
    pub fn data_open(self) -> impl Fn() -> Option<&'static str> + Copy {
        move || self.0.get().then_some("")
    }

    /// Closes the part.
    pub fn close(self) {
        self.0.set(false);
    }
}

/// The button that opens and closes the part with id `controls`. Its text
/// is `label`, then the number `count` gives when it is not 0 ("Filters 2",
/// named "Filters 2 active"): the visible text begins the accessible name.
#[component]
pub fn FoldToggle(
    fold: Fold,
    controls: &'static str,
    label: &'static str,
    #[prop(optional, into)] count: Option<Signal<usize>>,
) -> impl IntoView {
    let count = move || {
        count
            .map(|count| count.get())
            .filter(|&count| count > 0)
            .map(|count| {
                view! {
                    " "
                    <span class="fold-count">{count} <span class="sr-only">" active"</span></span>
                }
            })
    };
    view! {
        <button
            type="button"
            class="button button-quiet fold-toggle"
            aria-controls=controls
            aria-expanded=move || fold.0.get().to_string()
            on:click=move |_| fold.0.update(|open| *open = !*open)
        >
            {label}
            {count}
        </button>
    }
}
