//! Every bad input of the catalogue (`tests/bad_inputs/catalogue.rs`) gets
//! its message, nothing panics, and what the catalogue says is kept is
//! kept: `crewcheck` exits 2 on a file it cannot use, a damaged save is
//! one the page backs up and a newer one it leaves alone (checked byte for
//! byte in the browser by `tests/browser/bad_saves.rs`), a bad import
//! leaves the line-up's save byte for byte, and a bad form adds nothing.
//! The README's "Reliability" section links here.
#![cfg(not(target_arch = "wasm32"))]

#[path = "bad_inputs/catalogue.rs"]
mod catalogue;

use catalogue::{Door, Kept, Row, base, catalogue, save_with};
use crewbuilder::domain::lineup::{Edit, LineUp, SaveSlot, import, open_share, save_text};
use std::process::Command;

/// The catalogue's size: a row taken away fails here, not silently.
const ROWS: usize = 69;

#[test]
fn every_bad_input_gets_its_message_and_nothing_panics() {
    let rows = catalogue();
    assert_eq!(rows.len(), ROWS, "the catalogue's size");
    let mut wrong = Vec::new();
    for row in &rows {
        let read = std::panic::catch_unwind(|| row.door.read(&row.input));
        let said = match read {
            Err(_) => "PANICKED".to_string(),
            Ok(Ok(made)) => format!("OK {made}"),
            Ok(Err(message)) => message,
        };
        if !said.contains(row.says) {
            wrong.push(format!(
                "{:?}, {}: said {said:?}, not {:?}",
                row.door, row.what, row.says
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn what_the_catalogue_says_is_kept_is_kept() {
    let wrong: Vec<String> = catalogue()
        .iter()
        .filter_map(|row| {
            kept(row)
                .err()
                .map(|why| format!("{:?}, {}: {why}", row.door, row.what))
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// Checks that what `row` says is kept is kept; or what was not.
fn kept(row: &Row) -> Result<(), String> {
    match (row.door, row.kept) {
        (Door::DataFile, Kept::NothingLoaded) => crewcheck_refuses(row, &[]),
        (Door::PlanFile, Kept::NothingLoaded) => {
            crewcheck_refuses(row, &["public/data/wec-2024.json", "--plan"])
        }
        (Door::RoundsFile, Kept::NothingLoaded) => crewcheck_refuses(
            row,
            &["public/data/wec-2024.json", "--rounds", "--rounds-file"],
        ),
        (Door::Autosave, Kept::BackedUp) => match SaveSlot::read(base(), Some(&row.input)) {
            SaveSlot::Unreadable(_) => Ok(()),
            _ => Err("read as something other than a damaged save".to_string()),
        },
        (Door::Autosave, Kept::LeftAlone) => match SaveSlot::read(base(), Some(&row.input)) {
            SaveSlot::Newer(_) => Ok(()),
            _ => Err("read as something other than a newer save".to_string()),
        },
        (Door::ShareLink, Kept::OwnLineUp) => match open_share(base(), &row.input) {
            Err(_) => Ok(()),
            Ok(_) => Err("opened, so it would replace the fan's line-up".to_string()),
        },
        (Door::Import, Kept::OwnLineUp) => import_keeps_the_lineup(&row.input),
        (Door::DriverForm | Door::CarForm, Kept::FormAsTyped) => match row.door.read(&row.input) {
            Err(_) => Ok(()),
            Ok(made) => Err(format!("made {made}")),
        },
        (Door::DriverForm, Kept::MadeAsTyped) => made_as_typed(row, &row.input),
        (Door::CarForm, Kept::MadeAsTyped) => {
            made_as_typed(row, row.input.split('|').nth(1).unwrap_or_default())
        }
        (door, kept) => Err(format!("{door:?} has no way to keep {kept:?}")),
    }
}

/// The door makes what the row's input holds, exactly as `typed`.
fn made_as_typed(row: &Row, typed: &str) -> Result<(), String> {
    match row.door.read(&row.input) {
        Ok(made) if made.contains(typed) => Ok(()),
        other => Err(format!("made {other:?}, not {typed:?} as typed")),
    }
}

/// `crewcheck` (with `args` before the file) exits 2 on the row's input and
/// says the catalogue's message on stderr.
fn crewcheck_refuses(row: &Row, args: &[&str]) -> Result<(), String> {
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "bad-{}.json",
        row.what.replace([' ', ',', '\'', ':'], "-")
    ));
    std::fs::write(&file, &row.input).map_err(|error| error.to_string())?;
    let output = Command::new(env!("CARGO_BIN_EXE_crewcheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .arg(&file)
        .output()
        .map_err(|error| error.to_string())?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(2) if stderr.contains(row.says) => Ok(()),
        code => Err(format!(
            "crewcheck exited {code:?} saying {:?}",
            &stderr[..stderr.len().min(300)]
        )),
    }
}

/// Importing `text` into a line-up with a fan's edit, as "Import" does (a
/// reset and the file's edits as one bulk edit, only when it reads): the
/// line-up's save is the same, byte for byte.
fn import_keeps_the_lineup(text: &str) -> Result<(), String> {
    let saved = save_with(|text| text);
    let SaveSlot::Readable { lineup, .. } = SaveSlot::read(base(), Some(&saved)) else {
        return Err("the fan's save does not read".to_string());
    };
    let mut lineup: LineUp = *lineup;
    let before = save_text(&lineup, 1);
    if let Ok(edits) = import(&base(), text) {
        let edits = std::iter::once(Edit::Reset).chain(edits).collect();
        lineup
            .apply(Edit::Bulk { edits })
            .map_err(|error| error.to_string())?;
    }
    match save_text(&lineup, 1) == before {
        true => Ok(()),
        false => Err("the line-up changed".to_string()),
    }
}
