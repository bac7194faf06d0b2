//! Two tabs of one browser share one autosave: random interleavings of
//! their edits, saves and storage events end with both tabs equal and no
//! edit lost; undo keeps working across an adoption.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::lineup::{Change, Edit, LineUp, SaveSync, restore, save_text};
use crewbuilder::domain::{CarNumber, DriverId, Rating, Season};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

fn base() -> Arc<Season> {
    static BASE: OnceLock<Arc<Season>> = OnceLock::new();
    BASE.get_or_init(|| {
        Arc::new(Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap())
    })
    .clone()
}

/// One tab: its line-up and where it stands against the shared save.
struct Tab {
    lineup: LineUp,
    sync: SaveSync,
}

impl Tab {
    /// Opens the app: reads the save, if any.
    fn open(storage: &Option<String>) -> Tab {
        match storage {
            Some(text) => {
                let (lineup, revision) = restore(base(), text).expect("a save the app wrote");
                Tab {
                    lineup,
                    sync: SaveSync::at(revision),
                }
            }
            None => Tab {
                lineup: LineUp::new(base()),
                sync: SaveSync::at(0),
            },
        }
    }

    /// Makes a change, then saves as the app does: a newer save found in
    /// the storage is adopted first.
    fn change(&mut self, change: Change, storage: &mut Option<String>) {
        match &change {
            Change::Edit(edit) => {
                self.lineup.apply(edit.clone()).expect("the edit applies");
            }
            Change::Undo => assert!(self.lineup.undo()),
            Change::Redo => assert!(self.lineup.redo()),
        }
        self.sync.record(change);
        self.hear(storage);
        *storage = Some(save_text(&self.lineup, self.sync.next_revision()));
        self.sync.saved();
    }

    /// A storage event: the save another tab wrote, adopted if newer.
    fn hear(&mut self, storage: &Option<String>) {
        if let Some(text) = storage {
            let (saved, revision) = restore(base(), text).expect("a save the app wrote");
            self.sync.adopt(&mut self.lineup, saved, revision);
        }
    }
}

fn car(number: &str) -> CarNumber {
    CarNumber::try_from(number.to_string()).unwrap()
}

fn driver(id: &str) -> DriverId {
    DriverId::try_from(id.to_string()).unwrap()
}

fn fill(number: &str, seat: usize, id: &str) -> Edit {
    Edit::Fill {
        car: car(number),
        seat,
        driver: driver(id),
    }
}

#[test]
fn the_issue_s_two_tabs_keep_both_drivers() {
    let mut storage = None;
    let mut a = Tab::open(&storage);
    a.change(Change::Edit(fill("46", 1, "ahmad-al-harthy")), &mut storage);
    let mut b = Tab::open(&storage);
    a.change(Change::Edit(fill("46", 2, "maxime-martin")), &mut storage);
    // Tab B never heard of Martin when it edits.
    b.change(
        Change::Edit(Edit::Rate {
            driver: driver("valentino-rossi"),
            rating: Rating::Gold,
        }),
        &mut storage,
    );
    let reloaded = Tab::open(&storage);
    let crew: Vec<Option<String>> = reloaded
        .lineup
        .season()
        .entry(&car("46"))
        .unwrap()
        .crew
        .seats()
        .iter()
        .map(|seat| seat.as_ref().map(ToString::to_string))
        .collect();
    assert_eq!(
        crew,
        [
            Some("valentino-rossi".to_string()),
            Some("ahmad-al-harthy".to_string()),
            Some("maxime-martin".to_string())
        ]
    );
    a.hear(&storage);
    assert_eq!(a.lineup, b.lineup);
    assert_eq!(a.lineup, reloaded.lineup);
}

#[test]
fn the_later_edit_of_one_seat_wins_and_the_earlier_stays_in_undo() {
    let mut storage = None;
    let mut a = Tab::open(&storage);
    let mut b = Tab::open(&storage);
    a.change(Change::Edit(fill("46", 1, "ahmad-al-harthy")), &mut storage);
    b.change(Change::Edit(fill("46", 1, "maxime-martin")), &mut storage);
    a.hear(&storage);
    for tab in [&a, &b] {
        let seat = tab.lineup.season().entry(&car("46")).unwrap().crew.seats()[1].clone();
        assert_eq!(seat, Some(driver("maxime-martin")));
    }
    a.change(Change::Undo, &mut storage);
    b.hear(&storage);
    for tab in [&a, &b] {
        let seat = tab.lineup.season().entry(&car("46")).unwrap().crew.seats()[1].clone();
        assert_eq!(seat, Some(driver("ahmad-al-harthy")), "one undo back");
    }
    a.change(Change::Redo, &mut storage);
    b.hear(&storage);
    assert_eq!(a.lineup, b.lineup);
    assert_eq!(a.lineup.applied(), 2);
}

#[test]
fn an_old_or_equal_save_is_not_adopted() {
    let mut storage = None;
    let mut a = Tab::open(&storage);
    a.change(Change::Edit(fill("46", 1, "ahmad-al-harthy")), &mut storage);
    let old = storage.clone();
    a.change(Change::Edit(fill("46", 2, "maxime-martin")), &mut storage);
    let (stale, revision) = restore(base(), old.as_deref().unwrap()).unwrap();
    let before = a.lineup.clone();
    assert_eq!(a.sync.adopt(&mut a.lineup, stale, revision), None);
    assert_eq!(a.lineup, before);
}

#[test]
fn adopting_says_what_the_other_tab_did() {
    let mut storage = None;
    let mut a = Tab::open(&storage);
    let mut b = Tab::open(&storage);
    a.change(Change::Edit(fill("46", 1, "ahmad-al-harthy")), &mut storage);
    a.change(Change::Edit(fill("46", 2, "maxime-martin")), &mut storage);
    let (saved, revision) = restore(base(), storage.as_deref().unwrap()).unwrap();
    let adoption = b.sync.adopt(&mut b.lineup, saved, revision).unwrap();
    assert_eq!(
        adoption.news,
        [
            "Put Ahmad Al Harthy in seat 2 of car #46.",
            "Put Maxime Martin in seat 3 of car #46."
        ]
    );
    assert!(adoption.dropped.is_empty());
}

/// What one of the two tabs does next.
#[derive(Clone, Debug)]
enum Step {
    /// Tab 0 or 1 fills a seat (car, seat, driver taken modulo what exists).
    Fill(usize, usize, usize, usize),
    /// Tab 0 or 1 clears a seat.
    Clear(usize, usize, usize),
    /// Tab 0 or 1 rates a driver.
    Rate(usize, usize, Rating),
    /// Tab 0 or 1 gets the storage event it was owed.
    Hear(usize),
}

fn step() -> impl Strategy<Value = Step> {
    let tab = 0usize..2;
    prop_oneof![
        3 => (tab.clone(), any::<usize>(), 0usize..3, any::<usize>()).prop_map(|(t, c, s, d)| Step::Fill(t, c, s, d)),
        1 => (tab.clone(), any::<usize>(), 0usize..3).prop_map(|(t, c, s)| Step::Clear(t, c, s)),
        2 => (tab.clone(), any::<usize>(), prop::sample::select(Rating::ALL.to_vec())).prop_map(|(t, d, r)| Step::Rate(t, d, r)),
        2 => tab.prop_map(Step::Hear),
    ]
}

/// The edit a step makes, on the shipped list.
fn edit_of(step: &Step) -> Option<(usize, Edit)> {
    let season = base();
    let entry = |at: usize| &season.entries()[at % season.entries().len()];
    let seat = |at: usize, seat: usize| seat % entry(at).crew.seats().len().max(1);
    let driver = |at: usize| season.drivers()[at % season.drivers().len()].id.clone();
    match *step {
        Step::Fill(tab, at, s, d) => Some((
            tab,
            Edit::Fill {
                car: entry(at).number.clone(),
                seat: seat(at, s),
                driver: driver(d),
            },
        )),
        Step::Clear(tab, at, s) => Some((
            tab,
            Edit::Clear {
                car: entry(at).number.clone(),
                seat: seat(at, s),
            },
        )),
        Step::Rate(tab, d, rating) => Some((
            tab,
            Edit::Rate {
                driver: driver(d),
                rating,
            },
        )),
        Step::Hear(_) => None,
    }
}

proptest! {
    // `PROPTEST_CASES=100000 cargo test` makes a long run.
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(128)))]

    /// However the two tabs' edits and storage events interleave, once both
    /// have heard the last save they hold the same line-up, and every edit
    /// either tab made is in its history, each tab's in the order made (a
    /// later edit of the same seat overrides an earlier one, which stays
    /// in the history).
    #[test]
    fn two_tabs_converge_and_lose_no_edit(steps in prop::collection::vec(step(), 0..40)) {
        let mut storage = None;
        let mut tabs = [Tab::open(&storage), Tab::open(&storage)];
        let mut made: [Vec<Edit>; 2] = [Vec::new(), Vec::new()];
        for step in &steps {
            match edit_of(step) {
                Some((tab, edit)) => {
                    made[tab].push(edit.clone());
                    tabs[tab].change(Change::Edit(edit), &mut storage);
                }
                None => if let Step::Hear(tab) = step { tabs[*tab].hear(&storage) },
            }
        }
        for tab in &mut tabs {
            tab.hear(&storage);
        }
        prop_assert_eq!(&tabs[0].lineup, &tabs[1].lineup);
        let history = &tabs[0].lineup.edits()[..tabs[0].lineup.applied()];
        prop_assert_eq!(history.len(), made[0].len() + made[1].len());
        for own in &made {
            let mut rest = history.iter();
            for edit in own {
                prop_assert!(rest.any(|kept| kept == edit), "{:?} lost or out of order", edit);
            }
        }
        let replayed = LineUp::replay(base(), history.to_vec(), history.len()).unwrap();
        prop_assert_eq!(replayed.season(), tabs[0].lineup.season());
    }
}
