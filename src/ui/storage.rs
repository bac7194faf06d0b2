//! The browser's localStorage, for the autosave: reading it, keeping an
//! unreadable save under a backup key, and saving after every edit.

use leptos::prelude::window;
use web_sys::Storage;

/// Where the line-up is saved.
pub const SAVE_KEY: &str = "crewbuilder:lineup";
/// Where a save that could not be read is kept.
pub const BACKUP_KEY: &str = "crewbuilder:lineup:backup";

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The saved text, if any.
pub fn load() -> Option<String> {
    storage()?.get_item(SAVE_KEY).ok().flatten()
}

/// Keeps an unreadable save under [`BACKUP_KEY`] and clears the save.
pub fn back_up(text: &str) -> Result<(), String> {
    let storage = storage().ok_or("storage is not available")?;
    storage
        .set_item(BACKUP_KEY, text)
        .map_err(|_| "the storage is full".to_string())?;
    storage
        .remove_item(SAVE_KEY)
        .map_err(|_| "the save could not be cleared".to_string())
}

/// Saves `text`; fails when the storage is missing or full.
pub fn save(text: &str) -> Result<(), String> {
    let storage = storage().ok_or("this browser keeps no storage for the page")?;
    storage
        .set_item(SAVE_KEY, text)
        .map_err(|_| "the browser's storage is full".to_string())
}
