//! One tab of the browser as the autosave glue (`src/ui/autosave.rs`)
//! drives the domain: its line-up, where it stands against the shared
//! save, and the reads still under way (the lazily loaded reader makes
//! every read of a save asynchronous: the restore at start, a storage
//! event followed, a newer save found before writing).

use crewbuilder::domain::Season;
use crewbuilder::domain::lineup::{
    Change, Edit, LineUp, SaveSync, restore, save_text, saved_revision,
};
use std::sync::{Arc, OnceLock};

pub fn base() -> Arc<Season> {
    static BASE: OnceLock<Arc<Season>> = OnceLock::new();
    BASE.get_or_init(|| {
        Arc::new(Season::from_json(include_str!("../../public/data/wec-2024.json")).unwrap())
    })
    .clone()
}

/// A read of a save that has not come back yet.
enum Awaited {
    /// A storage event being followed: the text it carried.
    Follow(String),
    /// A newer save found before writing: adopted, then saving is tried
    /// again (another tab may have written meanwhile).
    AdoptThenSave(String),
}

/// One tab: its line-up, where it stands against the shared save, and its
/// reads under way.
pub struct Tab {
    pub lineup: LineUp,
    pub sync: SaveSync,
    /// The save read at start, while the restore is under way (`Some(None)`
    /// for an empty storage): storage events are not followed, edits wait.
    restoring: Option<Option<String>>,
    awaited: Vec<Awaited>,
}

impl Tab {
    /// Opens the app and reads the save, if any, at once.
    pub fn open(storage: &Option<String>) -> Tab {
        let mut tab = Tab::restoring(storage);
        tab.arrive(0, &mut None);
        tab
    }

    /// Opens the app (a reload): the save is read, but not yet restored.
    pub fn restoring(storage: &Option<String>) -> Tab {
        Tab {
            lineup: LineUp::new(base()),
            sync: SaveSync::at(0),
            restoring: Some(storage.clone()),
            awaited: Vec::new(),
        }
    }

    /// Whether the fan may edit: the restore is over.
    pub fn restored(&self) -> bool {
        self.restoring.is_none()
    }

    /// Whether nothing is under way: no restore, no read awaited.
    pub fn settled(&self) -> bool {
        self.restored() && self.awaited.is_empty()
    }

    /// Makes a change, then saves.
    pub fn change(&mut self, change: Change, storage: &mut Option<String>) {
        match &change {
            Change::Edit(edit) => {
                self.lineup.apply(edit.clone()).expect("the edit applies");
            }
            Change::Undo(edit) => {
                assert_eq!(self.lineup.last_applied(), Some(edit));
                assert!(self.lineup.undo());
            }
            Change::Redo(edit) => {
                assert_eq!(self.lineup.next_undone(), Some(edit));
                assert!(self.lineup.redo());
            }
        }
        self.sync.record(change);
        self.save(storage);
    }

    /// Saves as the app does: a newer save found in the storage is read
    /// first (and saving is tried again once it is adopted); while such a
    /// read is under way, writes wait.
    fn save(&mut self, storage: &mut Option<String>) {
        if self
            .awaited
            .iter()
            .any(|read| matches!(read, Awaited::AdoptThenSave(_)))
        {
            return;
        }
        match storage {
            Some(text)
                if saved_revision(text).is_none_or(|revision| self.sync.is_newer(revision)) =>
            {
                self.awaited.push(Awaited::AdoptThenSave(text.clone()));
            }
            _ => self.write(storage),
        }
    }

    /// Undo, as the toolbar does it: an undo of the last edit, if any.
    pub fn undo(&mut self, storage: &mut Option<String>) -> Option<Edit> {
        let edit = self.lineup.last_applied()?.clone();
        self.change(Change::Undo(edit.clone()), storage);
        Some(edit)
    }

    /// Redo, likewise.
    pub fn redo(&mut self, storage: &mut Option<String>) -> Option<Edit> {
        let edit = self.lineup.next_undone()?.clone();
        self.change(Change::Redo(edit.clone()), storage);
        Some(edit)
    }

    /// A storage event, followed at once: the save another tab wrote,
    /// adopted if newer.
    pub fn hear(&mut self, storage: &Option<String>) {
        self.storage_event(storage);
        while let Some(at) = self
            .awaited
            .iter()
            .position(|read| matches!(read, Awaited::Follow(_)))
        {
            self.arrive(at, &mut None);
        }
    }

    /// A storage event whose read is under way (not followed while the
    /// restore is: the next save adopts what it missed).
    pub fn storage_event(&mut self, storage: &Option<String>) {
        if let (true, Some(text)) = (self.restored(), storage) {
            self.awaited.push(Awaited::Follow(text.clone()));
        }
    }

    /// The read `at` (modulo those awaited) comes back: the restore first,
    /// then any other, in whatever order the reader returns them.
    pub fn arrive(&mut self, at: usize, storage: &mut Option<String>) {
        if let Some(save) = self.restoring.take() {
            if let Some(text) = save {
                let (lineup, revision) = restore(base(), &text).expect("a save the app wrote");
                self.lineup = lineup;
                self.sync = SaveSync::at(revision);
            }
            return;
        }
        if self.awaited.is_empty() {
            return;
        }
        match self.awaited.remove(at % self.awaited.len()) {
            Awaited::Follow(text) => self.adopt(&text),
            Awaited::AdoptThenSave(text) => {
                self.adopt(&text);
                self.save(storage);
            }
        }
    }

    /// Every read under way comes back, oldest first.
    pub fn settle(&mut self, storage: &mut Option<String>) {
        while !self.settled() {
            self.arrive(0, storage);
        }
    }

    /// Adopts the save `text`, if newer: this tab's unsaved changes replayed on top.
    fn adopt(&mut self, text: &str) {
        let (saved, revision) = restore(base(), text).expect("a save the app wrote");
        self.sync.adopt(&mut self.lineup, saved, revision);
    }

    /// Writes the line-up at the next revision.
    fn write(&mut self, storage: &mut Option<String>) {
        *storage = Some(save_text(&self.lineup, self.sync.next_revision()));
        self.sync.saved();
    }
}
