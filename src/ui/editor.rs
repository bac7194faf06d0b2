//! The editor: the fan's line-up in a signal, and the one way to change it
//! (dispatching a domain `Edit`). Undo, redo, the autosave (`autosave.rs`)
//! and shared line-ups all go through here; components find it in the
//! context.

use super::codecs;
use crate::domain::lineup::{Change, Edit, LineUp, NotSaving, SaveLife, SaveSync};
use crate::domain::picture::PictureOf;
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
    /// The picture being made.
    pub picturing: RwSignal<Option<PictureOf>>,
    /// The autosave's life: restoring, saving, adopting another tab's
    /// save or held, and the refusal last said (the domain's `SaveLife`).
    pub save_life: StoredValue<SaveLife>,
    /// Where this tab stands against the autosave the tabs share.
    pub sync: StoredValue<SaveSync>,
    /// A save is due once the frame is painted.
    pub save_due: StoredValue<bool>,
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
            picturing: RwSignal::new(None),
            save_life: StoredValue::new(SaveLife::default()),
            sync: StoredValue::new(SaveSync::default()),
            save_due: StoredValue::new(false),
        }
    }

    /// Ends the restore: edits may be made from now on, and saved unless
    /// `outcome` says why not.
    pub(super) fn finish_restore(&self, outcome: Result<(), NotSaving>, shared: Option<LineUp>) {
        self.save_life.update_value(|life| {
            life.restored(outcome);
        });
        if let Some(shared) = shared {
            self.show_shared(shared);
        }
    }

    /// Whether edits may be made yet; says so if not.
    fn ready(&self) -> bool {
        let ready = self.save_life.get_value().restored_yet();
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
        self.lineup
            .update(|lineup| outcome = lineup.apply(edit.clone()));
        match outcome {
            Ok(said) => {
                self.said.set(said);
                self.record(Change::Edit(edit));
                self.save();
            }
            Err(error) => self
                .said
                .set(format!("That change cannot be made: {error}.")),
        }
    }

    /// Undoes the last edit.
    pub fn undo(&self) {
        self.step(Change::Undo, LineUp::last_applied, LineUp::undo, "Undone.");
    }

    /// Redoes the last undone edit.
    pub fn redo(&self) {
        self.step(Change::Redo, LineUp::next_undone, LineUp::redo, "Redone.");
    }

    /// Moves through the history with `step` over the edit `over` names;
    /// says so, records it as `change` of that edit and saves if it moved.
    fn step(
        &self,
        change: fn(Edit) -> Change,
        over: fn(&LineUp) -> Option<&Edit>,
        step: fn(&mut LineUp) -> bool,
        said: &str,
    ) {
        if !self.ready() {
            return;
        }
        let Some(edit) = self.lineup.with_untracked(|lineup| over(lineup).cloned()) else {
            return;
        };
        self.lineup.update(|lineup| {
            step(lineup);
        });
        self.said.set(said.to_string());
        self.record(change(edit));
        self.save();
    }

    /// Notes a change to the fan's own line-up, for replaying on top of
    /// another tab's save. A shared line-up's changes are not the fan's
    /// until kept, and are recorded then, as a whole.
    fn record(&self, change: Change) {
        if self
            .showing
            .with_untracked(|showing| *showing == Showing::Own)
        {
            self.sync.update_value(|sync| sync.record(change));
        }
    }

    /// Keeps the shared line-up as the fan's own (replacing the saved one):
    /// to another tab, a reset followed by the shared edits.
    pub fn keep_shared(&self) {
        let kept = self
            .lineup
            .with_untracked(|lineup| lineup.edits()[..lineup.applied()].to_vec());
        self.sync.update_value(|sync| {
            sync.record(Change::Edit(Edit::Reset));
            kept.into_iter()
                .for_each(|edit| sync.record(Change::Edit(edit)));
        });
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
}

fn clear_share_from_address() {
    let search = window().location().search().unwrap_or_default();
    replace_address(&search, "");
}

/// Shows the page's address with `search` and `hash` after its path (the
/// line-up's round and share code); only the address bar changes, nothing
/// is loaded.
pub(super) fn replace_address(search: &str, hash: &str) {
    let path = window().location().pathname().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &web_sys::wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}{hash}")),
        );
    }
}
