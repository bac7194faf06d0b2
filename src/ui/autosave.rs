//! The editor's autosave: bringing the fan's line-up in after hydration,
//! saving after every change, and keeping every open tab on one line-up
//! (the domain's `SaveSync` decides; this is the browser side). Storage
//! that fails is said once, with what to do instead.

use super::editor::{Editor, Showing};
use super::{codecs, storage};
use crate::domain::Season;
use crate::domain::lineup::{
    Adoption, LineUp, NotSaving, SaveKeys, SaveLife, SaveSlot, SaveStep, SaveSync, save_text,
    saved_revision,
};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

impl Editor {
    /// Restores the autosave (an unreadable one is backed up, a newer
    /// version's left alone, and said so), then opens the share code in the
    /// page's address, if any, beside it. Only the cars that differ from the
    /// provisional list are redrawn. The readers' code is fetched only when
    /// there is something to read.
    pub async fn restore(self) {
        let outcome = match storage::load(&self.save_keys()) {
            Err(reason) => Err(reason),
            Ok(None) => Ok(()),
            Ok(Some(text)) => self.read_in(text).await,
        };
        if let Err(reason) = outcome {
            self.not_saving(reason);
        }
        if let Some(code) = shared_code() {
            let why = match codecs::read_share(self.base(), code).await {
                Ok(Ok(shared)) => return self.finish_restore(outcome, Some(shared)),
                Ok(Err(error)) => error.to_string(),
                Err(_) => codecs::missing("its reader"),
            };
            self.warn(format!(
                "This share link cannot be opened: {why}. Showing your own line-up."
            ));
        }
        self.finish_restore(outcome, None);
    }

    /// Reads the saved `text` in at start; or why nothing may be saved.
    async fn read_in(self, text: String) -> Result<(), NotSaving> {
        if let Some((lineup, revision)) = self.read_slot(text).await? {
            self.lineup.set(lineup);
            self.sync.set_value(SaveSync::at(revision));
        }
        Ok(())
    }

    /// Reads a save with the lazily loaded reader: its line-up and revision;
    /// `None` when there is nothing to use (a damaged save is backed up, and
    /// said so); or why nothing may be written over it (a newer version's
    /// save, or a reader that did not arrive).
    async fn read_slot(self, text: String) -> Result<Option<(LineUp, u64)>, NotSaving> {
        match codecs::read_save(self.base(), text.clone()).await {
            Ok(SaveSlot::Readable { lineup, revision }) => Ok(Some((*lineup, revision))),
            Ok(SaveSlot::Newer(version)) => Err(NotSaving::NewerSave(version)),
            Ok(SaveSlot::Unreadable(error)) => {
                self.warn(unreadable_save(
                    &self.save_keys(),
                    &error.to_string(),
                    &text,
                ));
                Ok(None)
            }
            Ok(SaveSlot::Empty) => Ok(None),
            Err(_) => Err(NotSaving::ReaderMissing),
        }
    }

    /// Where this list's line-up is saved.
    fn save_keys(self) -> SaveKeys {
        self.rules.with_value(|rules| SaveKeys::of(&rules.name))
    }

    /// The provisional list the line-up is made from.
    fn base(self) -> Arc<Season> {
        self.lineup.with_untracked(|lineup| lineup.base().clone())
    }

    /// Saves the fan's own line-up once the frame showing the change is
    /// painted (the save serialises the whole history, which an edit's
    /// paint should not wait for); changes made within one frame are saved
    /// once. A hidden tab paints no frame, so a save still due when the tab
    /// is hidden or left is written then (see `save_before_hiding`).
    pub(super) fn save(&self) {
        if self.save_due.get_value() {
            return;
        }
        self.save_due.set_value(true);
        let editor = *self;
        request_animation_frame(move || {
            set_timeout(move || editor.save_if_due(), std::time::Duration::ZERO);
        });
    }

    /// Writes the save that is due, if one still is.
    fn save_if_due(self) {
        if self.save_due.get_value() {
            self.save_due.set_value(false);
            self.save_now();
        }
    }

    /// Writes a due save as soon as the tab is hidden or left, for as long
    /// as the page lives: the frame it waits for never comes in a hidden tab.
    pub fn save_before_hiding(self) {
        let hidden = window_event_listener(ev::visibilitychange, move |_| {
            if document().hidden() {
                self.save_if_due();
            }
        });
        let left = window_event_listener(ev::pagehide, move |_| self.save_if_due());
        on_cleanup(move || {
            hidden.remove();
            left.remove();
        });
    }

    /// Saves now: first adopting a newer save another tab wrote (this
    /// tab's changes replayed on top). A shared line-up waits until kept;
    /// nothing is written while the save cannot be (said once).
    fn save_now(&self) {
        let shown = self
            .showing
            .with_untracked(|showing| *showing != Showing::Own);
        if shown {
            return;
        }
        match self.save_life.get_value().next_save() {
            SaveStep::Write => {}
            SaveStep::Refuse(reason) => return self.not_saving(reason),
            SaveStep::Wait => return,
        }
        let stored = match storage::load(&self.save_keys()) {
            Ok(stored) => stored,
            Err(reason) => return self.not_saving(reason),
        };
        // The revision is read from the start of the text; a save whose
        // revision cannot be read so is read in full before it is replaced.
        let behind = |text: &str| {
            saved_revision(text)
                .is_none_or(|revision| self.sync.with_value(|sync| sync.is_newer(revision)))
        };
        match stored {
            Some(text) if behind(&text) => spawn_local(self.adopt_then_save(text)),
            _ => self.write(),
        }
    }

    /// Writes the line-up at the next revision.
    fn write(&self) {
        let revision = self.sync.with_value(SaveSync::next_revision);
        let text = self
            .lineup
            .with_untracked(|lineup| save_text(lineup, revision));
        match storage::save(&self.save_keys(), &text) {
            Ok(()) => {
                self.sync.update_value(SaveSync::saved);
                if self.save_life.try_update_value(SaveLife::wrote) == Some(true) {
                    self.said
                        .set("Your changes are being saved again.".to_string());
                }
            }
            Err(reason) => self.not_saving(reason),
        }
    }

    /// Adopts the save another tab wrote, then saves this tab's changes on
    /// top (adopting first again if yet another save came in meanwhile); a
    /// newer version's save is left alone, a damaged one backed up.
    async fn adopt_then_save(self, text: String) {
        self.save_life.update_value(SaveLife::adopting);
        let slot = self.read_slot(text).await;
        self.save_life.update_value(SaveLife::adopted);
        match slot {
            Ok(Some((saved, revision))) => self.adopt(saved, revision),
            Ok(None) => {}
            Err(reason) => {
                // A newer version's save is never written over; a reader
                // that did not arrive is tried again at the next save.
                if matches!(reason, NotSaving::NewerSave(_)) {
                    self.save_life.update_value(|life| life.hold(reason));
                }
                return self.not_saving(reason);
            }
        }
        // Another tab may have written while the reader was on its way:
        // saving looks again rather than writing over it.
        self.save_now();
    }

    /// Reads another tab's save and adopts it, if it is a newer one.
    async fn follow(self, text: String) {
        if let Ok(SaveSlot::Readable { lineup, revision }) =
            codecs::read_save(self.base(), text).await
        {
            self.adopt(*lineup, revision);
        }
    }

    /// Makes another tab's `saved` line-up this tab's own, this tab's
    /// unsaved changes replayed on top, and says what came in.
    fn adopt(self, saved: LineUp, revision: u64) {
        let mut adoption = None;
        let adopt_into = |lineup: &mut LineUp| {
            adoption = self
                .sync
                .try_update_value(|sync| sync.adopt(lineup, saved, revision))
                .flatten();
        };
        match self.showing.get_untracked() {
            Showing::Own => self.lineup.update(adopt_into),
            Showing::Shared { mut own } => {
                adopt_into(&mut own);
                self.showing.set(Showing::Shared { own });
            }
        }
        if let Some(adoption) = adoption {
            self.said.set(adoption_said(&adoption));
        }
    }

    /// Follows the saves other tabs write (the `storage` event), for as long
    /// as the page lives.
    pub fn follow_other_tabs(self) {
        let listener = window_event_listener(ev::storage, move |event| {
            if event.key().as_deref() != Some(self.save_keys().save.as_str())
                || !self.save_life.get_value().restored_yet()
            {
                return;
            }
            if let Some(text) = event.new_value() {
                spawn_local(self.follow(text));
            }
        });
        on_cleanup(move || listener.remove());
    }

    /// Says once why changes are not being saved.
    fn not_saving(&self, reason: NotSaving) {
        if self.save_life.try_update_value(|life| life.refused(reason)) == Some(true) {
            self.warn(reason.to_string());
        }
    }
}

/// What the live region says after adopting another tab's save.
fn adoption_said(adoption: &Adoption) -> String {
    let mut said = match adoption.news.as_slice() {
        [] => "Updated from another tab.".to_string(),
        news => format!("Updated from another tab: {}", news.join(" ")),
    };
    for (_, error) in &adoption.dropped {
        said += &format!(" A change made in this tab could not be kept: {error}.");
    }
    said
}

/// The notice for an autosave that cannot be read: it is backed up first.
fn unreadable_save(keys: &SaveKeys, error: &str, text: &str) -> String {
    let kept = match storage::back_up(keys, text) {
        Ok(()) => format!("it is kept under the backup key \"{}\"", keys.backup),
        Err(_) => "it could not be backed up".to_string(),
    };
    format!(
        "Your saved line-up could not be read ({error}); {kept}. Starting from the provisional list."
    )
}

/// The share code in the page's address (`#share=…`), if any.
fn shared_code() -> Option<String> {
    let hash = window().location().hash().ok()?;
    hash.strip_prefix("#share=").map(str::to_string)
}
