//! The rule check and each car's card, kept up to date edit by edit. The
//! page comes with its check; from the first change on, the engine's live
//! check (its code loaded on first use: `checking.rs`) says which cars a
//! change touched, and only those cards' signals are set, so the cards a
//! change does not touch do no work at all, however long the list.

use super::checking::{Rechecked, engine_loaded, recheck};
use super::editor::Editor;
use super::on_demand::{missing, now};
use super::on_need;
use super::seat::SeatDriver;
use crate::domain::lineup::LineUp;
use crate::domain::rules::{
    EventKind, Finding, LiveCheck, Report, RuleSet, Summary, subcategory_of,
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

/// The cards' signals by car number (`None` once a car is gone), each car's
/// findings and the summary's totals, and the live check behind them once
/// a change needed it.
#[derive(Clone, Copy)]
pub struct CardStore {
    cards: StoredValue<FxHashMap<CarNumber, RwSignal<Option<CardState>>>>,
    editor: Editor,
    /// Each car's findings: the page's own check's, then the live check's.
    findings: StoredValue<FxHashMap<CarNumber, Vec<Finding>>>,
    /// The live check, from the first change on.
    live: StoredValue<Option<LiveCheck>>,
    /// The event checked for, and the one the page's own check is for.
    event: RwSignal<EventKind>,
    first_event: EventKind,
    /// A change waits for the engine's code.
    waiting: StoredValue<bool>,
    /// The rule summary's figures, set only when they change.
    pub summary: RwSignal<Summary>,
    owner: StoredValue<Owner>,
}

impl CardStore {
    /// A store that shows `checked` (the page's check of the provisional
    /// list for `event`'s first value), then follows the editor's line-up
    /// and the event.
    pub fn new(editor: Editor, event: RwSignal<EventKind>, checked: &Report) -> CardStore {
        let summary = editor
            .lineup
            .with_untracked(|lineup| Summary::of(&checked.findings, lineup.season()));
        let store = CardStore {
            cards: StoredValue::new(FxHashMap::default()),
            editor,
            findings: StoredValue::new(checked.by_car()),
            live: StoredValue::new(None),
            event,
            first_event: event.get_untracked(),
            waiting: StoredValue::new(false),
            summary: RwSignal::new(summary),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        Effect::new(move |_| {
            let event = event.get();
            editor.lineup.track();
            store.recheck(event);
        });
        store
    }

    /// The signal of car `number`'s card, made on first use.
    pub fn card(&self, number: &CarNumber) -> RwSignal<Option<CardState>> {
        if let Some(signal) = self.cards.with_value(|cards| cards.get(number).copied()) {
            return signal;
        }
        let findings = self.findings_of(number);
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

    fn findings_of(&self, number: &CarNumber) -> Vec<Finding> {
        self.findings
            .with_value(|findings| findings.get(number).cloned().unwrap_or_default())
    }

    /// Checks the line-up as it is now for `event`, at once if the engine's
    /// code is here, else once it is.
    fn recheck(&self, event: EventKind) {
        if self.as_the_page_has_it(event) {
            return;
        }
        let rechecked = self.editor.lineup.with_untracked(|lineup| {
            let rules = self.editor.rules;
            let (base, first) = (lineup.base(), self.first_event);
            let mut live = self.live.try_update_value(Option::take).flatten();
            let done = rules.with_value(|rules| {
                now(recheck(
                    &mut live,
                    rules,
                    base,
                    first,
                    lineup.season(),
                    event,
                ))
            });
            self.live.set_value(live);
            done
        });
        match rechecked {
            Some(Ok(rechecked)) => self.show(rechecked),
            Some(Err(_)) => self.editor.warn(format!("{}.", missing("The rule check"))),
            None => self.when_engine_loaded(),
        }
    }

    /// Whether the cards show what the page's own check says, and the
    /// line-up is still the provisional list checked for `event`.
    fn as_the_page_has_it(&self, event: EventKind) -> bool {
        self.live.with_value(Option::is_none)
            && event == self.first_event
            && self
                .editor
                .lineup
                .with_untracked(|lineup| lineup.applied() == 0)
    }

    /// Checks the line-up again once the engine's code is here.
    fn when_engine_loaded(&self) {
        if self.waiting.get_value() {
            return;
        }
        self.waiting.set_value(true);
        let store = *self;
        leptos::task::spawn_local(async move {
            let loaded = engine_loaded().await;
            store.waiting.set_value(false);
            match loaded {
                Ok(()) => store.recheck(store.event.get_untracked()),
                Err(_) => store.editor.warn(format!("{}.", missing("The rule check"))),
            }
        });
    }

    /// Resolves once the cards show the line-up as it is now, checked: at
    /// once for the provisional list, else once the engine's code is here.
    pub async fn settled(self) {
        let event = self.event.get_untracked();
        if !self.as_the_page_has_it(event) && engine_loaded().await.is_ok() {
            self.recheck(event);
        }
    }

    /// Sets the signals of the cars `rechecked` names, and the summary;
    /// cards still as the HTML left them are built anew.
    fn show(&self, rechecked: Rechecked) {
        let mut asleep = Vec::new();
        self.editor.lineup.with_untracked(|lineup| {
            let rules = self.editor.rules;
            for (number, findings) in rechecked.cars {
                self.findings.update_value(|all| {
                    _ = all.insert(number.clone(), findings.clone());
                });
                let Some(signal) = self.cards.with_value(|cards| cards.get(&number).copied())
                else {
                    asleep.push(card_id(&number));
                    continue;
                };
                let state =
                    rules.with_value(|rules| CardState::of(lineup, rules, &number, findings));
                if signal.with_untracked(|old| *old != state) {
                    signal.set(state);
                }
            }
        });
        if self.summary.with_untracked(|old| *old != rechecked.summary) {
            self.summary.set(rechecked.summary);
        }
        // Outside the line-up's borrow and any effect's tracking.
        untrack(|| asleep.iter().for_each(|id| on_need::changed(id)));
    }
}
