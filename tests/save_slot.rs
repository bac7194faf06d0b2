//! The autosave as the app finds it when it opens, and what the fan is told
//! when changes cannot be saved.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::Season;
use crewbuilder::domain::lineup::{
    CodecError, LineUp, NotSaving, SAVE_FORMAT, SaveSlot, save_text,
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
