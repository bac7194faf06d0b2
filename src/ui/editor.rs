//! The editor: the fan's line-up in a signal, and the one way to change it
//! (dispatching a domain `Edit`). Undo, redo, the autosave and shared
//! line-ups all go through here; components find it in the context.

use super::{codecs, storage};
use crate::domain::lineup::{Edit, LineUp, save_text};
use crate::domain::rules::RuleSet;
use crate::domain::{CarNumber, Season};
use leptos::prelude::*;
use std::sync::Arc;

/// A message for the fan at the top of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub warning: bool,
    pub text: String,
}

/// Whose line-up is on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Showing {
    /// The fan's own, autosaved after every edit.
    Own,
    /// A shared one, not saved until the fan keeps it; their own is kept aside.
    Shared { own: Box<LineUp> },
}

/// How far bringing in the fan's own line-up after hydration has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restore {
    /// Under way: edits wait, so none is lost when it arrives.
    Pending,
    /// Done: edits are made and autosaved.
    Done,
    /// The save could not be read for want of its reader's code: edits are
    /// made but not saved, so the save is kept for the next visit.
    Unsaved,
}

/// The editor's state, `Copy` so every component can hold it.
#[derive(Clone, Copy)]
pub struct Editor {
    pub lineup: RwSignal<LineUp>,
    /// The season's rules, for hints and checks.
    pub rules: StoredValue<RuleSet>,
    pub showing: RwSignal<Showing>,
    pub notice: RwSignal<Option<Notice>>,
    /// What the last action did, for the live region.
    pub said: RwSignal<String>,
    /// The seat the picker is open for.
    pub picking: RwSignal<Option<(CarNumber, usize)>>,
    /// The car the stint planner is open for.
    pub planning: RwSignal<Option<CarNumber>>,
    /// Whether cards compare seats with the real 2024 crews.
    pub compare: RwSignal<bool>,
    /// How far the fan's own line-up has been brought in.
    pub restoring: StoredValue<Restore>,
}

impl Editor {
    /// Starts on the provisional list: what the prerendered page shows, so
    /// hydration finds the same markup. [`Editor::restore`] brings the fan's
    /// own line-up in afterwards.
    pub fn start(base: Arc<Season>, rules: RuleSet) -> Editor {
        Editor {
            lineup: RwSignal::new(LineUp::new(base)),
            rules: StoredValue::new(rules),
            showing: RwSignal::new(Showing::Own),
            notice: RwSignal::new(None),
            said: RwSignal::new(String::new()),
            picking: RwSignal::new(None),
            planning: RwSignal::new(None),
            compare: RwSignal::new(false),
            restoring: StoredValue::new(Restore::Pending),
        }
    }

    /// Restores the autosave (an unreadable one is backed up, and said so),
    /// then opens the share code in the page's address, if any, beside it.
    /// Only the cars that differ from the provisional list are redrawn. The
    /// readers' code is fetched only when there is something to read.
    pub async fn restore(self) {
        let base = self.lineup.with_untracked(|lineup| lineup.base().clone());
        let mut outcome = Restore::Done;
        if let Some(text) = storage::load() {
            match codecs::read_save(base.clone(), text.clone()).await {
                Ok(Ok(lineup)) => self.lineup.set(lineup),
                Ok(Err(error)) => self.warn(unreadable_save(&error.to_string(), &text)),
                Err(_) => {
                    outcome = Restore::Unsaved;
                    self.warn(format!(
                        "{}. Until then your saved line-up is kept as it is: changes made here are not saved.",
                        codecs::missing("Your saved line-up")
                    ));
                }
            }
        }
        if let Some(code) = shared_code() {
            let why = match codecs::read_share(base, code).await {
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

    /// Ends the restore: edits may be made from now on.
    fn finish_restore(&self, outcome: Restore, shared: Option<LineUp>) {
        self.restoring.set_value(outcome);
        if let Some(shared) = shared {
            self.show_shared(shared);
        }
    }

    /// Whether edits may be made yet; says so if not.
    fn ready(&self) -> bool {
        let ready = self.restoring.get_value() != Restore::Pending;
        if !ready {
            self.said
                .set("Your line-up is still being restored: try again in a moment.".to_string());
        }
        ready
    }

    fn show_shared(&self, shared: LineUp) {
        let own = self.lineup.get_untracked();
        self.lineup.set(shared);
        self.showing.set(Showing::Shared { own: Box::new(own) });
    }

    /// Applies an edit, says what happened and saves.
    pub fn dispatch(&self, edit: Edit) {
        if !self.ready() {
            return;
        }
        let mut outcome = Ok(String::new());
        self.lineup.update(|lineup| outcome = lineup.apply(edit));
        match outcome {
            Ok(said) => {
                self.said.set(said);
                self.save();
            }
            Err(error) => self
                .said
                .set(format!("That change cannot be made: {error}.")),
        }
    }

    /// Undoes the last edit.
    pub fn undo(&self) {
        self.step(LineUp::undo, "Undone.");
    }

    /// Redoes the last undone edit.
    pub fn redo(&self) {
        self.step(LineUp::redo, "Redone.");
    }

    /// Moves through the history with `step`; says so and saves if it moved.
    fn step(&self, step: fn(&mut LineUp) -> bool, said: &str) {
        if !self.ready() {
            return;
        }
        let mut moved = false;
        self.lineup.update(|lineup| moved = step(lineup));
        if moved {
            self.said.set(said.to_string());
            self.save();
        }
    }

    /// Keeps the shared line-up as the fan's own (replacing the saved one).
    pub fn keep_shared(&self) {
        self.showing.set(Showing::Own);
        clear_share_from_address();
        self.save();
        self.said
            .set("The shared line-up is now yours.".to_string());
    }

    /// Leaves the shared line-up for the fan's own, untouched.
    pub fn back_to_own(&self) {
        if let Showing::Shared { own } = self.showing.get_untracked() {
            self.lineup.set(*own);
        }
        self.showing.set(Showing::Own);
        clear_share_from_address();
        self.said.set("Back to your own line-up.".to_string());
    }

    /// The page's address with the line-up's share code in its fragment, or
    /// why it cannot be made.
    pub async fn share_link(self) -> Result<String, String> {
        let location = window().location();
        let page = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let code = codecs::write_share(self.lineup.get_untracked()).await;
        code.map(|code| format!("{page}#share={code}"))
            .map_err(|_| codecs::missing("The share link"))
    }

    /// Shows a warning at the top of the page.
    pub fn warn(&self, text: String) {
        self.notice.set(Some(Notice {
            warning: true,
            text,
        }));
    }

    /// Saves the fan's own line-up; a shared one waits until kept, and none
    /// is saved over a save that could not be read in.
    fn save(&self) {
        let shown = self
            .showing
            .with_untracked(|showing| *showing != Showing::Own);
        if shown || self.restoring.get_value() != Restore::Done {
            return;
        }
        let text = self.lineup.with_untracked(save_text);
        if let Err(why) = storage::save(&text) {
            self.warn(format!(
                "Your line-up could not be saved: {why}. Your changes stay in this tab; export them to keep them."
            ));
        }
    }
}

/// The notice for an autosave that cannot be read: it is backed up first.
fn unreadable_save(error: &str, text: &str) -> String {
    let kept = match storage::back_up(text) {
        Ok(()) => format!(
            "it is kept under the backup key \"{}\"",
            storage::BACKUP_KEY
        ),
        Err(why) => format!("it could not be backed up: {why}"),
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

fn clear_share_from_address() {
    if let Ok(history) = window().history() {
        let path = window().location().pathname().unwrap_or_default();
        // Only the address bar changes; nothing is loaded.
        let _ =
            history.replace_state_with_url(&web_sys::wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}
