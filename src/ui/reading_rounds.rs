//! The rounds' code, fetched on first use: the rounds file fetched with
//! `gloo-net` and read (its JSON reader too), a round shown (each car in
//! words, its rules, its address), and "Start from this round" as an edit.
//! None of it is needed to read the list.

use super::card_store::card_id;
use super::on_need;
use super::round_choice::{RoundChoice, RoundsFile};
use crate::domain::rounds::{RoundLine, Rounds};
use crate::domain::{CarNumber, Season};
use leptos::prelude::*;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// The rounds file at `address`, read against `base`: a failed fetch or a
/// broken file said as the fan reads it.
async fn fetch_and_read(address: String, base: Arc<Season>) -> Result<Rounds, String> {
    let unreachable = |why: String| {
        format!("The rounds could not be loaded ({why}): check the connection and try again")
    };
    let response = gloo_net::http::Request::get(&address)
        .send()
        .await
        .map_err(|error| unreachable(error.to_string()))?;
    if !response.ok() {
        return Err(unreachable(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response
        .text()
        .await
        .map_err(|error| unreachable(error.to_string()))?;
    Rounds::from_json(&text, &base)
        .map_err(|error| format!("The rounds file {address} is broken: {error}"))
}

impl RoundChoice {
    /// Fetches the rounds file unless it is here or on its way (again, if
    /// it failed), then shows the round asked for meanwhile.
    pub fn load(self) {
        let Some(address) = self.address else { return };
        if matches!(
            self.file.get_untracked(),
            RoundsFile::Fetching | RoundsFile::Ready(_)
        ) {
            return;
        }
        self.file.set(RoundsFile::Fetching);
        let base = self
            .editor
            .lineup
            .with_untracked(|lineup| lineup.base().clone());
        leptos::task::spawn_local(async move {
            let read = fetch_and_read(address.to_string(), base).await;
            self.file.set(match read {
                Ok(rounds) => RoundsFile::Ready(Arc::new(rounds)),
                Err(problem) => RoundsFile::Failed(problem),
            });
            if let Some(id) = self.wanted.try_update_value(Option::take).flatten() {
                self.choose(Some(id));
            }
        });
    }

    /// Shows round `id`, or the provisional list again for `None`; fetches
    /// the rounds first if they are not here.
    pub fn choose(self, id: Option<String>) {
        match self.file.get_untracked() {
            RoundsFile::Ready(rounds) => self.show(Some(&rounds), id),
            _ if id.is_none() => self.show(None, None),
            _ => {
                self.wanted.set_value(id);
                self.load();
            }
        }
    }

    /// Shows round `id` of `rounds` (or, for `None`, the provisional
    /// list): the engine checks for its event, each card shows its car at
    /// the round, the address names it; the cards still as the HTML left
    /// them are woken.
    fn show(self, rounds: Option<&Rounds>, id: Option<String>) {
        let round = match (rounds, id.as_deref()) {
            (Some(rounds), Some(id)) => match rounds.round(id) {
                Some(round) => Some((rounds, round)),
                None => return self.no_such_round(rounds, id),
            },
            _ => None,
        };
        let base = self
            .editor
            .lineup
            .with_untracked(|lineup| lineup.base().clone());
        let lines: FxHashMap<CarNumber, RoundLine> = round
            .map(|(rounds, round)| rounds.lines(round, &base).into_iter().collect())
            .unwrap_or_default();
        let woken: Vec<String> = self
            .lines
            .with_untracked(|old| old.keys().chain(lines.keys()).map(card_id).collect());
        let round = round.map(|(_, round)| round);
        set_address(round.map(|round| round.id.as_str()));
        self.chosen
            .set(round.map(|round| (round.id.clone(), round.name.clone())));
        self.lines.set(Arc::new(lines));
        self.event
            .set(round.map_or(self.first_event, |round| round.event));
        untrack(|| woken.iter().for_each(|id| on_need::changed(id)));
    }

    /// Says that no round is called `id`, naming those that are.
    fn no_such_round(self, rounds: &Rounds, id: &str) {
        let known: Vec<&str> = rounds.all().iter().map(|round| round.id.as_str()).collect();
        self.editor.warn(format!(
            "No round is called \"{id}\": the rounds are {}.",
            known.join(", ")
        ));
    }
}

/// Puts `round` in the page's address (`?round=spa`), or takes it out;
/// the fragment (a share link's) stays.
fn set_address(round: Option<&str>) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let query = round.map(|id| format!("?round={id}")).unwrap_or_default();
    if let Ok(history) = window().history() {
        // Only the address bar changes; nothing is loaded.
        let _ = history.replace_state_with_url(
            &web_sys::wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}
