//! Two tabs of one browser share one autosave: random interleavings of
//! their edits, undos, redos, saves, reloads and storage events, each read
//! of a save coming back in any order (the reader loads lazily), end with
//! both tabs equal and no edit lost, and no tab's Undo takes back an edit
//! of the other's.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::lineup::{Change, Edit, EditError, LineUp, restore};
use crewbuilder::domain::{CarNumber, DriverId, Rating};
use proptest::prelude::*;
use tab::{Tab, base};

#[path = "tab_sync/tab.rs"]
mod tab;

/// The storage two tabs share, empty, and the two tabs open on it.
fn two_tabs() -> (Option<String>, Tab, Tab) {
    (None, Tab::open(&None), Tab::open(&None))
}

/// Who sits in seat `seat` of the #46 in `tab`.
fn in_46(tab: &Tab, seat: usize) -> Option<DriverId> {
    tab.lineup.season().entry(&car("46")).unwrap().crew.seats()[seat].clone()
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
    b.settle(&mut storage);
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
    let (mut storage, mut a, mut b) = two_tabs();
    a.change(Change::Edit(fill("46", 1, "ahmad-al-harthy")), &mut storage);
    b.change(Change::Edit(fill("46", 1, "maxime-martin")), &mut storage);
    b.settle(&mut storage);
    a.hear(&storage);
    for tab in [&a, &b] {
        assert_eq!(in_46(tab, 1), Some(driver("maxime-martin")));
    }
    a.undo(&mut storage);
    b.hear(&storage);
    for tab in [&a, &b] {
        assert_eq!(
            in_46(tab, 1),
            Some(driver("ahmad-al-harthy")),
            "one undo back"
        );
    }
    a.redo(&mut storage);
    b.hear(&storage);
    assert_eq!(a.lineup, b.lineup);
    assert_eq!(a.lineup.applied(), 2);
}

#[test]
fn an_undo_in_a_tab_that_missed_the_other_tab_s_save_never_undoes_that_tab_s_edit() {
    let (mut storage, mut a, mut b) = two_tabs();
    b.change(Change::Edit(fill("46", 1, "ahmad-al-harthy")), &mut storage);
    a.hear(&storage);
    a.change(Change::Edit(fill("46", 2, "maxime-martin")), &mut storage);
    // B has not heard of Martin when it undoes its own Al Harthy.
    assert!(b.lineup.undo());
    b.sync
        .record(Change::Undo(fill("46", 1, "ahmad-al-harthy")));
    let (saved, revision) = restore(base(), storage.as_deref().unwrap()).unwrap();
    let adoption = b.sync.adopt(&mut b.lineup, saved, revision).unwrap();
    assert_eq!(
        adoption.dropped,
        [(
            Change::Undo(fill("46", 1, "ahmad-al-harthy")),
            EditError::UndoneElsewhere
        )]
    );
    assert_eq!(
        adoption.dropped[0].1.to_string(),
        "an undo, because another tab changed the line-up after the edit it undid"
    );
    assert_eq!(in_46(&b, 1), Some(driver("ahmad-al-harthy")));
    assert_eq!(
        in_46(&b, 2),
        Some(driver("maxime-martin")),
        "A's edit stays"
    );
}

#[test]
fn a_save_written_while_the_reader_is_on_its_way_is_adopted_not_written_over() {
    let (mut storage, mut a, mut b) = two_tabs();
    a.change(Change::Edit(fill("46", 1, "ahmad-al-harthy")), &mut storage);
    // B finds A's save newer and waits on the reader ...
    b.change(Change::Edit(fill("46", 2, "maxime-martin")), &mut storage);
    assert!(!b.settled());
    // ... while A saves again.
    a.change(Change::Edit(fill("2", 0, "earl-bamber")), &mut storage);
    b.settle(&mut storage);
    a.hear(&storage);
    assert_eq!(a.lineup, b.lineup);
    assert_eq!(a.lineup.applied(), 3, "no edit written over");
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
    let (mut storage, mut a, mut b) = two_tabs();
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
    /// Tab 0 or 1 presses Undo.
    Undo(usize),
    /// Tab 0 or 1 presses Redo.
    Redo(usize),
    /// A storage event reaches tab 0 or 1; its read is under way.
    Event(usize),
    /// One of tab 0's or 1's reads under way comes back (which, modulo).
    Arrive(usize, usize),
    /// Tab 0 or 1 is reloaded (once its reads are back); its restore is
    /// under way until its next `Arrive`.
    Reload(usize),
}

fn step() -> impl Strategy<Value = Step> {
    let tab = 0usize..2;
    prop_oneof![
        3 => (tab.clone(), any::<usize>(), 0usize..3, any::<usize>()).prop_map(|(t, c, s, d)| Step::Fill(t, c, s, d)),
        1 => (tab.clone(), any::<usize>(), 0usize..3).prop_map(|(t, c, s)| Step::Clear(t, c, s)),
        2 => (tab.clone(), any::<usize>(), prop::sample::select(Rating::ALL.to_vec())).prop_map(|(t, d, r)| Step::Rate(t, d, r)),
        2 => tab.clone().prop_map(Step::Hear),
        1 => tab.clone().prop_map(Step::Undo),
        1 => tab.clone().prop_map(Step::Redo),
        2 => tab.clone().prop_map(Step::Event),
        3 => (tab.clone(), any::<usize>()).prop_map(|(t, at)| Step::Arrive(t, at)),
        1 => tab.prop_map(Step::Reload),
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
        _ => None,
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
        let (made, undone) = run(&steps, &mut tabs, &mut storage);
        for tab in &mut tabs {
            tab.settle(&mut storage);
        }
        for tab in &mut tabs {
            tab.hear(&storage);
        }
        prop_assert_eq!(&tabs[0].lineup, &tabs[1].lineup);
        let history = &tabs[0].lineup.edits()[..tabs[0].lineup.applied()];
        // No tab's Undo takes back an edit it did not name (every edit is
        // made once, so naming is by value).
        for own in &made {
            let mut rest = history.iter();
            for edit in own.iter().filter(|edit| !undone.contains(edit)) {
                prop_assert!(rest.any(|kept| kept == edit), "{:?} lost or out of order", edit);
            }
        }
        let replayed = LineUp::replay(base(), history.to_vec(), history.len()).unwrap();
        prop_assert_eq!(replayed.season(), tabs[0].lineup.season());
    }
}

/// Runs `steps` on the two tabs, each edit made once at most (a step that
/// would repeat one is skipped): the edits each tab made, and every edit
/// an Undo named.
fn run(
    steps: &[Step],
    tabs: &mut [Tab; 2],
    storage: &mut Option<String>,
) -> ([Vec<Edit>; 2], Vec<Edit>) {
    let mut made: [Vec<Edit>; 2] = [Vec::new(), Vec::new()];
    let mut undone = Vec::new();
    for step in steps {
        match (edit_of(step), step) {
            (Some((tab, _)), _) if !tabs[tab].restored() => {}
            (Some((tab, edit)), _) => {
                if made.iter().flatten().all(|earlier| *earlier != edit) {
                    made[tab].push(edit.clone());
                    tabs[tab].change(Change::Edit(edit), storage);
                }
            }
            (None, Step::Hear(tab)) => tabs[*tab].hear(storage),
            (None, Step::Undo(tab) | Step::Redo(tab)) if !tabs[*tab].restored() => {}
            (None, Step::Undo(tab)) => undone.extend(tabs[*tab].undo(storage)),
            (None, Step::Redo(tab)) => {
                tabs[*tab].redo(storage);
            }
            (None, Step::Event(tab)) => tabs[*tab].storage_event(storage),
            (None, Step::Arrive(tab, at)) => tabs[*tab].arrive(*at, storage),
            (None, Step::Reload(tab)) if tabs[*tab].settled() => {
                tabs[*tab] = Tab::restoring(storage);
            }
            (None, _) => {}
        }
    }
    (made, undone)
}
