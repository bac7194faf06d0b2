//! The rule check and each car's card, kept up to date edit by edit. The
//! domain's [`LiveCheck`] says which cars an edit changed; only those cards'
//! signals are set, so the cards an edit does not touch do no work at all,
//! however long the list.

use super::editor::Editor;
use super::on_need;
use super::pacing::soon;
use super::seat::SeatDriver;
use crate::domain::lineup::LineUp;
use crate::domain::rules::{
    CrewChoice, EventKind, Finding, LiveCheck, RuleSet, Summary, subcategory_of,
};
use crate::domain::{CarNumber, Entry};
use leptos::prelude::*;
use rustc_hash::FxHashMap;

/// What a card shows of the line-up and of the rule check.
#[derive(Clone, Debug, PartialEq)]
pub struct CardState {
    pub entry: Entry,
    pub seats: Vec<Option<SeatDriver>>,
    pub fan_made: bool,
    /// The names of the crew the car started the season with.
    pub real_crew: Vec<String>,
    /// The subcategory its crew puts it in, as shown ("LMP2 Pro/Am"), and
    /// its slug.
    pub subcategory: Option<(String, String)>,
    /// What the rules say about this car.
    pub findings: Vec<Finding>,
}

impl CardState {
    fn of(
        lineup: &LineUp,
        rules: &RuleSet,
        number: &CarNumber,
        findings: Vec<Finding>,
    ) -> Option<CardState> {
        let season = lineup.season();
        let entry = season.entry(number)?;
        let subcategory =
            subcategory_of(rules, season, entry).map(|sub| (sub.label(), sub.slug.clone()));
        let seats = entry
            .crew
            .seats()
            .iter()
            .map(|seat| {
                let driver = season.driver(seat.as_ref()?)?.clone();
                Some(SeatDriver {
                    what_if: lineup.is_what_if(&driver.id),
                    in_real_crew: entry.season_crew.drivers().any(|id| *id == driver.id),
                    driver,
                })
            })
            .collect();
        let real_crew = entry
            .season_crew
            .drivers()
            .filter_map(|id| season.driver(id))
            .map(|driver| driver.name.clone())
            .collect();
        Some(CardState {
            fan_made: lineup.is_fan_made(number),
            entry: entry.clone(),
            seats,
            real_crew,
            subcategory,
            findings,
        })
    }
}

/// The id of car `number`'s card element (`car-46`): a link's target, and
/// how a card still as the HTML left it is found.
pub fn card_id(number: &CarNumber) -> String {
    format!("car-{number}")
}

/// A part of a card's state, followed on its own: it changes only when that
/// part does (a finding's change does not redraw the seats).
pub fn follow<T>(card: RwSignal<Option<CardState>>, part: fn(&CardState) -> T) -> Memo<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| card.with(|card| card.as_ref().map(part).unwrap_or_default()))
}

/// The cards' signals by car number (`None` once a car is gone), the live
/// check behind them, and the summary's totals.
#[derive(Clone, Copy)]
pub struct CardStore {
    cards: StoredValue<FxHashMap<CarNumber, RwSignal<Option<CardState>>>>,
    editor: Editor,
    /// The live check, once the first check has run.
    live: StoredValue<Option<LiveCheck>>,
    /// The rule summary's figures, set only when they change.
    pub summary: RwSignal<Summary>,
    owner: StoredValue<Owner>,
}

impl CardStore {
    /// A store that follows the editor's line-up and the `event` checked for.
    /// The first check runs in a slice of its own while the page is being
    /// hydrated (`pacing::soon`), before any card or the summary needs it.
    pub fn new(editor: Editor, event: RwSignal<EventKind>) -> CardStore {
        let store = CardStore {
            cards: StoredValue::new(FxHashMap::default()),
            editor,
            live: StoredValue::new(None),
            summary: RwSignal::new(Summary::default()),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        soon(move || store.check_all(event.get_untracked()));
        Effect::new(move |_| {
            let event = event.get();
            editor.lineup.with(|lineup| store.update(lineup, event));
        });
        store
    }

    /// Checks the whole line-up for `event`.
    fn check_all(&self, event: EventKind) {
        let live = self.editor.lineup.with_untracked(|lineup| {
            let rules = self.editor.rules.get_value();
            LiveCheck::new(rules, CrewChoice::Provisional, event, lineup.season())
        });
        self.summary.set(live.summary().clone());
        self.live.set_value(Some(live));
    }

    /// The signal of car `number`'s card, made on first use.
    pub fn card(&self, number: &CarNumber) -> RwSignal<Option<CardState>> {
        if let Some(signal) = self.cards.with_value(|cards| cards.get(number).copied()) {
            return signal;
        }
        let findings = self.live.with_value(|live| {
            live.as_ref()
                .map_or_else(Vec::new, |live| live.findings_of(number))
        });
        let state = self.editor.lineup.with_untracked(|lineup| {
            let rules = self.editor.rules;
            rules.with_value(|rules| CardState::of(lineup, rules, number, findings))
        });
        // Owned by the list, not the card: a card filtered out and shown
        // again finds its signal still up to date.
        let signal = self
            .owner
            .with_value(|owner| owner.with(|| RwSignal::new(state)));
        self.cards
            .update_value(|cards| _ = cards.insert(number.clone(), signal));
        signal
    }

    /// Re-checks what changed and sets the signals of the cars it concerns
    /// (nothing before the first check).
    fn update(&self, lineup: &LineUp, event: EventKind) {
        let season = lineup.season();
        let mut changed = Vec::new();
        self.live.update_value(|live| {
            if let Some(live) = live {
                changed = live.update(season, event);
            }
        });
        if changed.is_empty() {
            return;
        }
        let mut asleep = Vec::new();
        self.live.with_value(|live| {
            let Some(live) = live else {
                return;
            };
            self.cards.with_value(|cards| {
                for number in &changed {
                    let Some(signal) = cards.get(number) else {
                        asleep.push(card_id(number));
                        continue;
                    };
                    let findings = live.findings_of(number);
                    let state = CardState::of(lineup, live.rules(), number, findings);
                    if signal.with_untracked(|old| *old != state) {
                        signal.set(state);
                    }
                }
            });
            if self.summary.with_untracked(|old| old != live.summary()) {
                self.summary.set(live.summary().clone());
            }
        });
        // Cards still as the HTML left it are built anew, outside the
        // store's borrows and this effect's tracking.
        untrack(|| asleep.iter().for_each(|id| on_need::changed(id)));
    }
}
