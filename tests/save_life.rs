//! The autosave's life as one value: each phase's answer to "a save is due",
//! and each refusal said once.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::lineup::{NotSaving, SaveLife, SavePhase, SaveStep};

#[test]
fn edits_and_saves_wait_until_the_line_up_is_restored() {
    let life = SaveLife::default();
    assert_eq!(life.phase(), SavePhase::Restoring);
    assert!(!life.restored_yet());
    assert_eq!(life.next_save(), SaveStep::Wait);
}

#[test]
fn a_restored_line_up_is_saved_and_an_adoption_holds_writes_until_done() {
    let mut life = SaveLife::default();
    assert_eq!(life.restored(Ok(())), None);
    assert!(life.restored_yet());
    assert_eq!(life.next_save(), SaveStep::Write);
    life.adopting();
    assert_eq!(life.next_save(), SaveStep::Wait);
    life.adopted();
    assert_eq!(life.next_save(), SaveStep::Write);
}

#[test]
fn a_restore_that_cannot_save_holds_every_write_and_says_why_once() {
    let mut life = SaveLife::default();
    let newer = NotSaving::NewerSave(9);
    assert_eq!(
        life.restored(Err(newer)),
        Some(newer),
        "said at the restore"
    );
    assert!(life.restored_yet(), "edits are made all the same");
    assert_eq!(life.next_save(), SaveStep::Refuse(newer));
    assert!(!life.refused(newer), "not said again at the next save");
    // Not even adopting another tab's save lets a write through.
    life.adopting();
    assert_eq!(life.next_save(), SaveStep::Refuse(newer));
}

#[test]
fn a_newer_save_found_while_adopting_holds_the_rest_of_the_visit() {
    let mut life = SaveLife::default();
    life.restored(Ok(()));
    life.adopting();
    life.adopted();
    life.hold(NotSaving::NewerSave(3));
    assert_eq!(life.next_save(), SaveStep::Refuse(NotSaving::NewerSave(3)));
    life.adopted();
    assert_eq!(life.phase(), SavePhase::Held(NotSaving::NewerSave(3)));
}

#[test]
fn a_write_refused_by_the_storage_is_said_once_and_its_end_is_said_too() {
    let mut life = SaveLife::default();
    life.restored(Ok(()));
    assert!(life.refused(NotSaving::Full), "said the first time");
    assert!(!life.refused(NotSaving::Full), "not twice");
    assert!(life.refused(NotSaving::NoStorage), "a new reason is said");
    assert_eq!(life.next_save(), SaveStep::Write, "writes are tried again");
    assert!(life.wrote(), "saving again is said");
    assert!(!life.wrote(), "once");
}
