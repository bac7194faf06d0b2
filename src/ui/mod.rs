//! The Leptos front end. It renders the domain's state and turns what the fan
//! does into domain calls; no rule or data logic lives here. The same
//! components render the page's HTML at build time ([`render_app`], feature
//! `ssr`) and bring it to life in the browser ([`hydrate_page`], feature
//! `hydrate`).

mod about;
mod add_car;
mod autosave;
mod car_card;
mod card_store;
mod checking;
mod class_tallies;
mod codecs;
mod contract;
mod dialog;
mod editor;
mod entry_list;
mod files;
mod filters;
mod fold;
mod form_field;
mod list_header;
mod loaded_later;
mod more_actions;
mod on_demand;
mod on_need;
mod pacing;
mod page;
mod part_state;
mod picker;
mod picture;
mod plan_report;
mod plan_suggest;
mod planner;
mod rating;
mod reading_rounds;
mod round_choice;
mod round_line;
mod round_picker;
mod rule_summary;
mod season_view;
mod seat;
mod storage;
mod timeline;
mod toolbar;

pub use contract::{
    ALIVE_EVENT, APP_ROOT, INTERACTIVE_MARK, LIST_RENDERED_MARK, SEASON_DATA, SEASON_DATA_TYPE,
};
pub use entry_list::Workbench;
pub use list_header::CarCounts;
#[cfg(feature = "hydrate")]
pub use page::hydrate_page;
#[cfg(feature = "ssr")]
pub use page::{render_app, with_app};
#[cfg(feature = "ssr")]
pub use picture::{Rasteriser, list_svg, picture_svg};
pub use storage::SAVE_KEY;
