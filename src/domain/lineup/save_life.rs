//! The autosave's life in one tab, as one value: restoring the fan's
//! line-up (edits wait), saving after every change, adopting another tab's
//! save (writes wait), or held for the rest of the visit (nothing is
//! written: a newer version's save, or storage that failed at the start);
//! and which refusal the fan was last told of, so each is said once. The
//! browser glue asks it what to do and reports what happened.

use super::NotSaving;

/// Where the autosave stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SavePhase {
    /// The fan's line-up is being brought in: edits wait, so none is lost.
    #[default]
    Restoring,
    /// Every change is saved.
    Saving,
    /// Another tab's save is being read in: this tab's writes wait for it.
    Adopting,
    /// Changes are made but never written, for this reason.
    Held(NotSaving),
}

/// What a save due now should do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Nothing yet: the restore or an adoption is under way.
    Wait,
    /// Nothing, for this reason (said once).
    Refuse(NotSaving),
    /// Write the line-up.
    Write,
}

/// The autosave's phase and the refusal last said.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SaveLife {
    phase: SavePhase,
    told: Option<NotSaving>,
}

impl SaveLife {
    /// Where the autosave stands.
    pub fn phase(&self) -> SavePhase {
        self.phase
    }

    /// Whether the fan may edit (and other tabs' saves be followed): the
    /// line-up is restored.
    pub fn restored_yet(&self) -> bool {
        self.phase != SavePhase::Restoring
    }

    /// The restore is over: saving from now on, or, if the save could not
    /// be read or storage failed, held for `why`. Returns a refusal the fan
    /// must now be told of.
    pub fn restored(&mut self, outcome: Result<(), NotSaving>) -> Option<NotSaving> {
        match outcome {
            Ok(()) => {
                self.phase = SavePhase::Saving;
                None
            }
            Err(why) => {
                self.phase = SavePhase::Held(why);
                self.refused(why).then_some(why)
            }
        }
    }

    /// What a save due now should do.
    pub fn next_save(&self) -> SaveStep {
        match self.phase {
            SavePhase::Restoring | SavePhase::Adopting => SaveStep::Wait,
            SavePhase::Held(why) => SaveStep::Refuse(why),
            SavePhase::Saving => SaveStep::Write,
        }
    }

    /// Another tab's save is being read in (only while saving).
    pub fn adopting(&mut self) {
        if self.phase == SavePhase::Saving {
            self.phase = SavePhase::Adopting;
        }
    }

    /// The other tab's save is read in (or could not be).
    pub fn adopted(&mut self) {
        if self.phase == SavePhase::Adopting {
            self.phase = SavePhase::Saving;
        }
    }

    /// Nothing may be written for the rest of the visit (a newer version's
    /// save was found).
    pub fn hold(&mut self, why: NotSaving) {
        self.phase = SavePhase::Held(why);
    }

    /// A save was refused for `why`: whether the fan must be told (they
    /// were not told of this one last).
    pub fn refused(&mut self, why: NotSaving) -> bool {
        let new = self.told != Some(why);
        self.told = Some(why);
        new
    }

    /// A save was written: whether the fan must be told that saving works
    /// again.
    pub fn wrote(&mut self) -> bool {
        self.told.take().is_some()
    }
}
