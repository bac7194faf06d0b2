//! The rounds' code, fetched on first use: the rounds file fetched with
//! `gloo-net` and read (its JSON reader too), a round shown (each car in
//! words, its rules, its address), and "Start from this round" as an edit.
//! None of it is needed to read the list.

use super::card_store::card_id;
use super::editor::replace_address;
use super::on_need;
use super::round_choice::{RoundChoice, RoundsState};
use crate::domain::rounds::{RoundLine, Rounds};
use crate::domain::wording::capitalised;
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
        let Some(address) = self.address.get_value() else {
            return;
        };
        if matches!(
            self.file.get_untracked(),
            RoundsState::Fetching | RoundsState::Ready(_)
        ) {
            return;
        }
        self.file.set(RoundsState::Fetching);
        let base = self
            .editor
            .lineup
            .with_untracked(|lineup| lineup.base().clone());
        leptos::task::spawn_local(async move {
            let read = fetch_and_read(address, base).await;
            self.file.set(match read {
                Ok(rounds) => RoundsState::Ready(Arc::new(rounds)),
                Err(problem) => RoundsState::Failed(problem),
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
            RoundsState::Ready(rounds) => self.show(Some(&rounds), id),
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
            (Some(rounds), Some(id)) => match rounds.named(id) {
                Ok(round) => Some((rounds, round)),
                Err(why) => return self.editor.warn(format!("{}.", capitalised(&why))),
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
}

/// Puts `round` in the page's address (`?round=spa`), or takes it out;
/// the fragment (a share link's) stays.
fn set_address(round: Option<&str>) {
    let hash = window().location().hash().unwrap_or_default();
    let search = round.map(|id| format!("?round={id}")).unwrap_or_default();
    replace_address(&search, &hash);
}
