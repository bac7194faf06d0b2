//! The autosave as the app finds it when it opens, and what the fan is told
//! when changes cannot be saved.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::Season;
use crewbuilder::domain::lineup::{
    CodecError, Edit, LineUp, NotSaving, SAVE_FORMAT, SaveSlot, restore, save_text, saved_revision,
};
use std::sync::Arc;

fn base() -> Arc<Season> {
    Arc::new(Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap())
}

#[test]
fn each_kind_of_save_is_told_apart() {
    let saved = save_text(&LineUp::new(base()), 4);
    assert!(matches!(SaveSlot::read(base(), None), SaveSlot::Empty));
    assert!(matches!(
        SaveSlot::read(base(), Some(&saved)),
        SaveSlot::Readable { revision: 4, .. }
    ));
    let newer = saved.replace(
        &format!("\"format\":{SAVE_FORMAT}"),
        &format!("\"format\":{}", SAVE_FORMAT + 1),
    );
    assert!(matches!(
        SaveSlot::read(base(), Some(&newer)),
        SaveSlot::Newer(version) if version == SAVE_FORMAT + 1
    ));
    assert!(matches!(
        SaveSlot::read(base(), Some("{\"format\":2")),
        SaveSlot::Unreadable(CodecError::Format(_))
    ));
    // An older, unknown format (0) is damaged, not newer: it is backed up.
    let older = saved.replace(&format!("\"format\":{SAVE_FORMAT}"), "\"format\":0");
    assert!(matches!(
        SaveSlot::read(base(), Some(&older)),
        SaveSlot::Unreadable(CodecError::Version(0))
    ));
}

#[test]
fn each_reason_for_not_saving_says_why_and_points_to_export() {
    let cases = [
        (
            NotSaving::NoStorage,
            "this browser gives the page no storage",
        ),
        (
            NotSaving::Full,
            "the browser's storage for this page is full",
        ),
        (
            NotSaving::NewerSave(3),
            "written by a newer version of Crew Builder (format 3, this one reads 2), so it is left as it is",
        ),
        (
            NotSaving::ReaderMissing,
            "it is kept as it is for your next visit",
        ),
    ];
    for (reason, why) in cases {
        let said = reason.to_string();
        assert!(
            said.starts_with("Your changes are not being saved: "),
            "{said}"
        );
        assert!(said.contains(why), "{said}");
        assert!(
            said.ends_with("use Export (under More on a phone) to keep them in a file."),
            "{said}"
        );
    }
}

/// Ahmad Al Harthy in seat 2 of the #46.
fn al_harthy_in_the_46() -> Edit {
    Edit::Fill {
        car: "46".to_string().try_into().unwrap(),
        seat: 1,
        driver: "ahmad-al-harthy".to_string().try_into().unwrap(),
    }
}

#[test]
fn a_format_1_autosave_still_reads_at_revision_0() {
    let mut lineup = LineUp::new(base());
    lineup.apply(al_harthy_in_the_46()).unwrap();
    let version_1 = save_text(&lineup, 3)
        .replace("\"format\":2", "\"format\":1")
        .replace("\"revision\":3,", "");
    assert!(!version_1.contains("revision"), "{version_1}");
    assert_eq!(restore(base(), &version_1), Ok((lineup, 0)));
    assert_eq!(saved_revision(&version_1), None, "read in full instead");
}

#[test]
fn the_revision_is_read_without_the_edits() {
    let lineup = LineUp::new(base());
    assert_eq!(saved_revision(&save_text(&lineup, 41)), Some(41));
    assert_eq!(
        saved_revision(&save_text(&lineup, u64::MAX)),
        Some(u64::MAX)
    );
    for other in [
        "{\"format\":9,\"revision\":3,",
        "{\"format\":2,\"revision\":3",
        "{\"format\":2,\"revision\":,",
        "{\"format\":2,\"revision\":99999999999999999999999,",
        "not a save",
        "",
    ] {
        assert_eq!(saved_revision(other), None, "{other}");
    }
}
