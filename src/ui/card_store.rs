//! Each car's card in its own signal. After an edit one pass works out every
//! card's new state and sets only the signals that changed, so the cards an
//! edit does not touch do no work at all, however long the list.

use super::editor::Editor;
use super::seat::SeatDriver;
use crate::domain::lineup::LineUp;
use crate::domain::rules::{Finding, Report};
use crate::domain::{CarNumber, DriverId, Entry};
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
    /// What the rules say about this car.
    pub findings: Vec<Finding>,
}

impl CardState {
    fn of(lineup: &LineUp, number: &CarNumber, findings: Vec<Finding>) -> Option<CardState> {
        let season = lineup.season();
        let entry = &season.entries()[season.entry_position(number)?];
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
            findings,
        })
    }
}

/// A part of a card's state, followed on its own: it changes only when that
/// part does (a finding's change does not redraw the seats).
pub fn follow<T>(card: RwSignal<Option<CardState>>, part: fn(&CardState) -> T) -> Memo<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| card.with(|card| card.as_ref().map(part).unwrap_or_default()))
}

/// Whether `old` still shows car `entry` and its `findings`, checked
/// without building the new state: most cards are unchanged by an edit.
/// Names, the real crew and being fan-made cannot change while the entry
/// stays the same.
fn still_current(old: &CardState, lineup: &LineUp, entry: &Entry, findings: &[&Finding]) -> bool {
    let season = lineup.season();
    let same_seat = |(old, seat): (&Option<SeatDriver>, &Option<DriverId>)| match (old, seat) {
        (None, None) => true,
        (Some(old), Some(id)) => {
            season.driver(id) == Some(&old.driver) && lineup.is_what_if(id) == old.what_if
        }
        _ => false,
    };
    old.entry == *entry
        && old.findings.iter().eq(findings.iter().copied())
        && old.seats.iter().zip(entry.crew.seats()).all(same_seat)
}

/// The cards' signals, by car number; `None` once a car is gone.
#[derive(Clone, Copy)]
pub struct CardStore {
    cards: StoredValue<FxHashMap<CarNumber, RwSignal<Option<CardState>>>>,
    editor: Editor,
    report: Memo<Report>,
    owner: StoredValue<Owner>,
}

impl CardStore {
    /// A store that follows the editor's line-up and `report`.
    pub fn new(editor: Editor, report: Memo<Report>) -> CardStore {
        let store = CardStore {
            cards: StoredValue::new(FxHashMap::default()),
            editor,
            report,
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        Effect::new(move |_| store.refresh());
        store
    }

    /// The signal of car `number`'s card, made on first use.
    pub fn card(&self, number: &CarNumber) -> RwSignal<Option<CardState>> {
        if let Some(signal) = self.cards.with_value(|cards| cards.get(number).copied()) {
            return signal;
        }
        let findings: Vec<Finding> = self
            .report
            .with_untracked(|report| report.for_car(number).cloned().collect());
        let state = self
            .editor
            .lineup
            .with_untracked(|lineup| CardState::of(lineup, number, findings));
        // Owned by the list, not the card: a card filtered out and shown
        // again finds its signal still up to date.
        let signal = self
            .owner
            .with_value(|owner| owner.with(|| RwSignal::new(state)));
        self.cards
            .update_value(|cards| _ = cards.insert(number.clone(), signal));
        signal
    }

    /// Brings every card's signal up to date, setting only those that changed.
    fn refresh(&self) {
        self.editor.lineup.with(|lineup| {
            self.report.with(|report| {
                let findings = report.by_car();
                let season = lineup.season();
                self.cards.with_value(|cards| {
                    for (number, signal) in cards {
                        let findings = findings.get(number).map_or(&[][..], Vec::as_slice);
                        let entry = season
                            .entry_position(number)
                            .map(|at| &season.entries()[at]);
                        let current = signal.with_untracked(|old| match (old, entry) {
                            (Some(old), Some(entry)) => still_current(old, lineup, entry, findings),
                            (None, None) => true,
                            _ => false,
                        });
                        if !current {
                            let findings = findings.iter().copied().cloned().collect();
                            signal.set(CardState::of(lineup, number, findings));
                        }
                    }
                });
            });
        });
    }
}
