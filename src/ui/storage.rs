//! The browser's localStorage, for the autosave: reading it, keeping an
//! unreadable save under a backup key, and saving after every change. What
//! a failure means for the fan is the domain's `NotSaving`.

use crate::domain::lineup::NotSaving;
use leptos::prelude::window;
use web_sys::Storage;

/// Where the line-up is saved.
pub const SAVE_KEY: &str = "crewbuilder:lineup";
/// Where a save that could not be read is kept.
pub const BACKUP_KEY: &str = "crewbuilder:lineup:backup";

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
pub fn load() -> Result<Option<String>, NotSaving> {
    storage()?
        .get_item(SAVE_KEY)
        .map_err(|_| NotSaving::NoStorage)
}

/// Keeps an unreadable save under [`BACKUP_KEY`] and clears the save.
pub fn back_up(text: &str) -> Result<(), NotSaving> {
    let storage = storage()?;
    storage
        .set_item(BACKUP_KEY, text)
        .map_err(|_| NotSaving::Full)?;
    storage
        .remove_item(SAVE_KEY)
        .map_err(|_| NotSaving::NoStorage)
}

/// Saves `text`; fails when the storage is missing or refuses it (full).
pub fn save(text: &str) -> Result<(), NotSaving> {
    storage()?
        .set_item(SAVE_KEY, text)
        .map_err(|_| NotSaving::Full)
}
