//! A fan's line-up: the provisional list plus the edits applied to it, with
//! undo and redo. Autosave and share links are encodings of those edits.

mod apply;
mod codec;
mod diff;
mod edit;
mod edit_error;
mod edit_reader;
mod forms;
mod picker;
mod planning;
mod save_life;
mod save_slot;
mod sync;

pub use codec::{
    CodecError, MAX_EDITS, SAVE_FORMAT, import, open_share, restore, save_text, saved_revision,
    share_code,
};
pub use diff::edits_between;
pub use edit::Edit;
pub use edit_error::EditError;
pub use forms::{DriverForm, EntryForm, FormErrors};
pub use picker::{Candidate, SeatHints, candidates};
pub use planning::{plan_drivers, with_next_stint};
pub use save_life::{SaveLife, SavePhase, SaveStep};
pub use save_slot::{NotSaving, SaveKeys, SaveSlot};
pub use sync::{Adoption, Change, SaveSync};

use crate::domain::{CarNumber, DriverId, Season};
use std::sync::Arc;

/// The provisional list (`base`), the edits made to it, and the result.
/// Edits past `applied` are the ones undone, ready to be redone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineUp {
    base: Arc<Season>,
    current: Season,
    edits: Vec<Edit>,
    applied: usize,
}

impl LineUp {
    /// The provisional list itself, no edit made.
    pub fn new(base: Arc<Season>) -> LineUp {
        LineUp {
            current: (*base).clone(),
            base,
            edits: Vec::new(),
            applied: 0,
        }
    }

    /// Replays `edits` on `base`, the first `applied` of them done and the
    /// rest undone. Fails on the first edit that does not apply.
    pub fn replay(
        base: Arc<Season>,
        edits: Vec<Edit>,
        applied: usize,
    ) -> Result<LineUp, (usize, EditError)> {
        let mut lineup = LineUp::new(base);
        for (at, edit) in edits.iter().enumerate() {
            edit.apply(&mut lineup.current, &lineup.base)
                .map_err(|error| (at, error))?;
        }
        lineup.edits = edits;
        lineup.applied = lineup.edits.len();
        while lineup.applied > applied {
            lineup.undo();
        }
        Ok(lineup)
    }

    /// The line-up as it stands.
    pub fn season(&self) -> &Season {
        &self.current
    }

    /// The provisional list it started from.
    pub fn base(&self) -> &Arc<Season> {
        &self.base
    }

    /// Every edit made, done or undone.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// How many of [`LineUp::edits`] are done.
    pub fn applied(&self) -> usize {
        self.applied
    }

    /// Applies `edit`, dropping the undone edits; says what happened.
    pub fn apply(&mut self, edit: Edit) -> Result<String, EditError> {
        let message = edit.apply(&mut self.current, &self.base)?;
        self.edits.truncate(self.applied);
        self.edits.push(edit);
        self.applied += 1;
        Ok(message)
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.applied > 0
    }

    /// Whether there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        self.applied < self.edits.len()
    }

    /// The edit an undo would take back.
    pub fn last_applied(&self) -> Option<&Edit> {
        self.applied.checked_sub(1).map(|at| &self.edits[at])
    }

    /// The edit a redo would make again.
    pub fn next_undone(&self) -> Option<&Edit> {
        self.edits.get(self.applied)
    }

    /// Undoes the last edit by replaying the ones before it.
    pub fn undo(&mut self) -> bool {
        if !self.can_undo() {
            return false;
        }
        self.applied -= 1;
        let mut season = (*self.base).clone();
        for edit in &self.edits[..self.applied] {
            // These edits applied before, in this order, so they apply again.
            let _ = edit.apply(&mut season, &self.base);
        }
        self.current = season;
        true
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self) -> bool {
        if !self.can_redo() {
            return false;
        }
        let _ = self.edits[self.applied].apply(&mut self.current, &self.base);
        self.applied += 1;
        true
    }

    /// Whether the fan changed this driver's rating from the FIA's.
    pub fn is_what_if(&self, driver: &DriverId) -> bool {
        match (self.base.driver(driver), self.current.driver(driver)) {
            (Some(official), Some(now)) => official.rating != now.rating,
            _ => false,
        }
    }

    /// Whether car `number` was added by the fan.
    pub fn is_fan_made(&self, number: &CarNumber) -> bool {
        self.base.entry_position(number).is_none()
    }
}
