//! The autosave as the app finds it when it opens, and why a fan's changes
//! might not be saved. The browser glue only reports what the storage did;
//! what that means, and what the fan is told, is decided here.

use super::{CodecError, LineUp, SAVE_FORMAT, restore};
use crate::domain::{List, Season};
use std::fmt;
use std::sync::Arc;

/// Where one list's line-up is saved, and where a save that could not be
/// read is kept. The WEC list keeps the keys it had before there were two
/// lists, so no fan's save is left behind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveKeys {
    pub save: String,
    pub backup: String,
}

impl SaveKeys {
    /// The keys of the list named `list` (from the table of lists; a list
    /// not in it, as in a test, saves under its name).
    pub fn of(list: &str) -> SaveKeys {
        let save = List::named(list).map_or_else(
            || format!("crewbuilder:{list}:lineup"),
            |list| list.save_key.to_string(),
        );
        SaveKeys {
            backup: format!("{save}:backup"),
            save,
        }
    }
}

/// What the autosave slot holds.
#[derive(Debug)]
pub enum SaveSlot {
    /// Nothing saved yet.
    Empty,
    /// A line-up this version wrote, at its revision.
    Readable { lineup: Box<LineUp>, revision: u64 },
    /// A save of a newer format than this version reads: it is left as it
    /// is, never written over.
    Newer(u32),
    /// A save that cannot be read (damaged, another season's, an edit that
    /// no longer applies): it is moved to the backup key.
    Unreadable(CodecError),
}

impl SaveSlot {
    /// Reads the slot's text (`None`: nothing saved) onto `base`.
    pub fn read(base: Arc<Season>, text: Option<&str>) -> SaveSlot {
        let Some(text) = text else {
            return SaveSlot::Empty;
        };
        match restore(base, text) {
            Ok((lineup, revision)) => SaveSlot::Readable {
                lineup: Box::new(lineup),
                revision,
            },
            Err(CodecError::Version(version)) if version > SAVE_FORMAT => SaveSlot::Newer(version),
            Err(error) => SaveSlot::Unreadable(error),
        }
    }
}

/// Why the fan's changes are not being saved. Each is said once, with what
/// to do instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaving {
    /// The browser gives the page no storage (turned off, or blocked by
    /// privacy settings).
    NoStorage,
    /// The storage refused the save (its quota is used up).
    Full,
    /// The save was written by a newer version of the app.
    NewerSave(u32),
    /// The save's reader (code loaded on demand) did not arrive, so the save
    /// is kept for the next visit.
    ReaderMissing,
}

impl fmt::Display for NotSaving {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Your changes are not being saved: ")?;
        match self {
            NotSaving::NoStorage => f.write_str(
                "this browser gives the page no storage (it is turned off or blocked by privacy settings)",
            )?,
            NotSaving::Full => f.write_str("the browser's storage for this page is full")?,
            NotSaving::NewerSave(version) => write!(
                f,
                "your saved line-up was written by a newer version of Crew Builder (format {version}, this one reads {SAVE_FORMAT}), so it is left as it is"
            )?,
            NotSaving::ReaderMissing => f.write_str(
                "your saved line-up could not be loaded (check the connection and reload the page), so it is kept as it is for your next visit",
            )?,
        }
        f.write_str(
            ". They stay in this tab until it is closed: use Export (under More on a phone) to keep them in a file.",
        )
    }
}
