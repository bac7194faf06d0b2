//! The season round by round in the app: the list's rounds file, fetched
//! the first time a fan opens the round picker or a season view, and the
//! round chosen, whose rules check the line-up and whose crews each card
//! shows. Only this state is in the first view: fetching, reading and
//! choosing (`reading_rounds.rs`) and every view of the rounds come with
//! their chunks.

use super::editor::Editor;
use super::on_demand::{missing, on_demand_part};
use crate::domain::rounds::{RoundLine, Rounds};
use crate::domain::rules::EventKind;
use crate::domain::{CarNumber, List};
use leptos::prelude::*;
use rustc_hash::FxHashMap;
use std::sync::Arc;

on_demand_part! {
    /// Shows round `id`, or the provisional list for `None` (see
    /// `reading_rounds.rs`, where choosing is done).
    fn choose_round / __preload_choose_round(choice: RoundChoice, id: Option<String>) -> () {
        choice.choose(id)
    }
}

/// The rounds as the page has them.
#[derive(Clone)]
pub enum RoundsState {
    /// Not asked for yet.
    Unasked,
    /// On its way.
    Fetching,
    /// Read and checked.
    Ready(Arc<Rounds>),
    /// Why it could not be had, for the fan.
    Failed(String),
}

/// What the page knows of the rounds, and which one is chosen.
#[derive(Clone, Copy)]
pub struct RoundChoice {
    /// The rounds file's address from the page; `None` for a list that has
    /// no rounds.
    pub address: StoredValue<Option<String>>,
    pub file: RwSignal<RoundsState>,
    /// The round whose crews are shown and whose rules check the line-up:
    /// its id and name.
    pub chosen: RwSignal<Option<(String, String)>>,
    /// Each car at the chosen round, in words.
    pub lines: RwSignal<Arc<FxHashMap<CarNumber, RoundLine>>>,
    /// The car whose season view is open.
    pub season_of: RwSignal<Option<CarNumber>>,
    /// A round asked for before the file was here.
    pub wanted: StoredValue<Option<String>>,
    pub editor: Editor,
    pub event: RwSignal<EventKind>,
    /// The event the provisional list is checked for.
    pub first_event: EventKind,
}

impl RoundChoice {
    /// The choice for `editor`'s list, checked for `event` (the provisional
    /// list's event until a round is chosen).
    pub fn new(editor: Editor, event: RwSignal<EventKind>) -> RoundChoice {
        let list = editor.rules.with_value(|rules| List::named(&rules.name));
        RoundChoice {
            address: StoredValue::new(list.and_then(List::rounds_address)),
            file: RwSignal::new(RoundsState::Unasked),
            chosen: RwSignal::new(None),
            lines: RwSignal::new(Arc::default()),
            season_of: RwSignal::new(None),
            wanted: StoredValue::new(None),
            editor,
            event,
            first_event: event.get_untracked(),
        }
    }

    /// Whether the list has rounds.
    pub fn has_rounds(self) -> bool {
        self.address.with_value(Option::is_some)
    }

    /// Shows round `id` (the rounds fetched first if they are not here):
    /// the work is done by the rounds' chunk.
    pub fn choose_later(self, id: String) {
        self.in_their_chunk(Some(id), || {});
    }

    /// Shows the provisional list again, checked for `event`.
    pub fn back_to_the_list(self, event: EventKind) {
        self.in_their_chunk(None, move || self.event.set(event));
    }

    /// Chooses `id` in the rounds' chunk, then does `then`.
    fn in_their_chunk(self, id: Option<String>, then: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            match choose_round(self, id).await {
                Ok(()) => then(),
                Err(_) => self
                    .editor
                    .warn(format!("{}.", missing("The round's crews"))),
            }
        });
    }

    /// The round the address asks for (`?round=spa`), once the page is
    /// alive.
    pub fn follow_the_address(self) {
        if !self.has_rounds() {
            return;
        }
        let search = window().location().search().unwrap_or_default();
        let asked = search
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("round="));
        if let Some(id) = asked.filter(|id| !id.is_empty()) {
            self.choose_later(id.to_string());
        }
    }
}
