//! The Leptos front end. It renders the domain's state and turns what the fan
//! does into domain calls; no rule or data logic lives here.

mod about;
mod add_car;
mod api;
mod car_card;
mod card_store;
mod dialog;
mod editor;
mod entry_list;
mod files;
mod filters;
mod form_field;
mod list_header;
mod load_state;
mod picker;
mod planner;
mod rating;
mod rule_summary;
mod seat;
mod storage;
mod timeline;
mod toolbar;

pub use api::LoadError;
pub use entry_list::Workbench;
pub use load_state::{LoadFailed, Loading};
pub use storage::{BACKUP_KEY, SAVE_KEY};

use leptos::prelude::*;

/// The whole app: fetches the entry list, then shows it, or says why not.
#[component]
pub fn App() -> impl IntoView {
    let season = LocalResource::new(api::fetch_season);
    let retry = Callback::new(move |()| season.refetch());
    view! {
        <main class="app">
            {move || match season.get() {
                None => view! { <Loading /> }.into_any(),
                Some(Ok(base)) => view! { <Workbench base /> }.into_any(),
                Some(Err(error)) => view! { <LoadFailed error retry /> }.into_any(),
            }}
        </main>
    }
}
