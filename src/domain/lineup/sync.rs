//! Tabs of one browser share one autosave. Every save carries a revision;
//! a tab that finds a newer save than the one it last read or wrote (another
//! tab wrote it) adopts it and replays on top the changes it made since.
//! Two tabs that change the same seat: the later change wins in both, and
//! the earlier one stays in the undo history.

use super::{Edit, EditError, LineUp};

/// A change a fan makes in one tab: an edit, or a step through the history,
/// recorded by the edit it undoes or redoes, so that replaying it on
/// another tab's save can never take back that tab's work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Edit(Edit),
    /// An undo of this edit, the last one applied when it was made.
    Undo(Edit),
    /// A redo of this edit, the next one undone when it was made.
    Redo(Edit),
}

/// Where a tab stands against the shared autosave: the revision it last
/// read or wrote, and the changes it made since, not yet saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SaveSync {
    revision: u64,
    unsaved: Vec<Change>,
}

/// What adopting another tab's save brought in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adoption {
    /// What the other tab's new edits did, in order, for the fan.
    pub news: Vec<String>,
    /// This tab's own changes that no longer apply on top, and why.
    pub dropped: Vec<(Change, EditError)>,
}

impl SaveSync {
    /// A tab that read (or found no) save at `revision`.
    pub fn at(revision: u64) -> SaveSync {
        SaveSync {
            revision,
            unsaved: Vec::new(),
        }
    }

    /// The revision of the save this tab last read or wrote.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Notes a change made to the tab's line-up, to replay if another tab
    /// saved in between.
    pub fn record(&mut self, change: Change) {
        self.unsaved.push(change);
    }

    /// Whether a save at `revision` is newer than what this tab has seen.
    pub fn is_newer(&self, revision: u64) -> bool {
        revision > self.revision
    }

    /// Makes `lineup` the other tab's `saved` line-up at `revision` with this
    /// tab's unsaved changes replayed on top; `None` (and nothing changed)
    /// when the save is not newer than what this tab has seen.
    pub fn adopt(&mut self, lineup: &mut LineUp, saved: LineUp, revision: u64) -> Option<Adoption> {
        if !self.is_newer(revision) {
            return None;
        }
        let news = news_between(lineup, &saved);
        let mut merged = saved;
        let mut dropped = Vec::new();
        for change in std::mem::take(&mut self.unsaved) {
            if let Err(error) = replay(&mut merged, &change) {
                dropped.push((change, error));
            } else {
                self.unsaved.push(change);
            }
        }
        *lineup = merged;
        self.revision = revision;
        Some(Adoption { news, dropped })
    }

    /// The revision to write the tab's line-up at.
    pub fn next_revision(&self) -> u64 {
        self.revision + 1
    }

    /// Counts the changes as saved at [`SaveSync::next_revision`]. Call it
    /// only once the save is written.
    pub fn saved(&mut self) {
        self.revision += 1;
        self.unsaved.clear();
    }
}

/// Applies one recorded change again: an undo or redo only if its edit is
/// still the one it would step over.
fn replay(lineup: &mut LineUp, change: &Change) -> Result<(), EditError> {
    match change {
        Change::Edit(edit) => lineup.apply(edit.clone()).map(|_| ()),
        Change::Undo(edit) if lineup.last_applied() == Some(edit) => {
            lineup.undo();
            Ok(())
        }
        Change::Redo(edit) if lineup.next_undone() == Some(edit) => {
            lineup.redo();
            Ok(())
        }
        Change::Undo(_) => Err(EditError::UndoneElsewhere),
        Change::Redo(_) => Err(EditError::RedoneElsewhere),
    }
}

/// What `saved`'s history does that `mine` does not: the messages of the
/// edits after the two histories part, replayed from where they part.
fn news_between(mine: &LineUp, saved: &LineUp) -> Vec<String> {
    let shared = mine
        .edits()
        .iter()
        .zip(saved.edits())
        .take_while(|(a, b)| a == b)
        .count()
        .min(saved.applied());
    let done = &saved.edits()[..saved.applied()];
    let Ok(mut scratch) = LineUp::replay(saved.base().clone(), done[..shared].to_vec(), shared)
    else {
        return Vec::new();
    };
    done[shared..]
        .iter()
        .filter_map(|edit| scratch.apply(edit.clone()).ok())
        .collect()
}
