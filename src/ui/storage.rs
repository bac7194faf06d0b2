//! The browser's localStorage, for the autosave: reading it, keeping an
//! unreadable save under a backup key, and saving after every change. What
//! a failure means for the fan is the domain's `NotSaving`.

use crate::domain::lineup::{NotSaving, SaveKeys};
use leptos::prelude::window;
use web_sys::Storage;

/// Where the WEC list's line-up is saved (each list has its own:
/// [`SaveKeys`]).
pub const SAVE_KEY: &str = "crewbuilder:lineup";

/// The page's storage; `NoStorage` when the browser gives it none (turned
/// off, or blocked: then merely asking for it throws).
fn storage() -> Result<Storage, NotSaving> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(NotSaving::NoStorage)
}

/// The saved text, if any.
pub fn load(keys: &SaveKeys) -> Result<Option<String>, NotSaving> {
    storage()?
        .get_item(&keys.save)
        .map_err(|_| NotSaving::NoStorage)
}

/// Keeps an unreadable save under the backup key and clears the save.
pub fn back_up(keys: &SaveKeys, text: &str) -> Result<(), NotSaving> {
    let storage = storage()?;
    storage
        .set_item(&keys.backup, text)
        .map_err(|_| NotSaving::Full)?;
    storage
        .remove_item(&keys.save)
        .map_err(|_| NotSaving::NoStorage)
}

/// Saves `text`; fails when the storage is missing or refuses it (full).
pub fn save(keys: &SaveKeys, text: &str) -> Result<(), NotSaving> {
    storage()?
        .set_item(&keys.save, text)
        .map_err(|_| NotSaving::Full)
}
