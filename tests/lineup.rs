//! Line-ups: every edit kind, undo and redo, the forms, and the autosave
//! and share codecs.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::lineup::{
    CodecError, DriverForm, Edit, EditError, EntryForm, LineUp, edits_between, open_share, restore,
    save_text, share_code,
};
use crewbuilder::domain::{CarNumber, Class, DriverId, Rating, Season};
use std::sync::Arc;

fn base() -> Arc<Season> {
    Arc::new(Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap())
}

fn car(number: &str) -> CarNumber {
    CarNumber::try_from(number.to_string()).unwrap()
}

fn id(slug: &str) -> DriverId {
    DriverId::try_from(slug.to_string()).unwrap()
}

fn crew_of(lineup: &LineUp, number: &str) -> Vec<Option<String>> {
    let season = lineup.season();
    let entry = &season.entries()[season.entry_position(&car(number)).unwrap()];
    entry
        .crew
        .seats()
        .iter()
        .map(|seat| seat.as_ref().map(|id| id.to_string()))
        .collect()
}

/// Fills a seat, returning what the line-up says about it.
fn fill(lineup: &mut LineUp, number: &str, seat: usize, driver: &str) -> String {
    let edit = Edit::Fill {
        car: car(number),
        seat,
        driver: id(driver),
    };
    lineup.apply(edit).unwrap()
}

fn fan_car(lineup: &LineUp, number: &str) -> Edit {
    let form = EntryForm {
        class: Some(Class::Lmgt3),
        number: number.to_string(),
        team: "Fan Racing".into(),
        manufacturer: "BMW".into(),
        car: "BMW M4 GT3".into(),
    };
    Edit::AddEntry {
        entry: form.check(lineup.season()).unwrap(),
    }
}

fn fan_driver(lineup: &LineUp, name: &str) -> Edit {
    let form = DriverForm {
        name: name.into(),
        nationality: "gbr".into(),
        rating: Some(Rating::Bronze),
    };
    Edit::AddDriver {
        driver: form.check(lineup.season()).unwrap(),
    }
}

#[test]
fn every_edit_kind_undoes_to_the_exact_previous_state_and_redoes() {
    let mut lineup = LineUp::new(base());
    lineup.apply(fan_car(&lineup, "100")).unwrap();
    let edits = vec![
        Edit::Fill {
            car: car("46"),
            seat: 1,
            driver: id("ahmad-al-harthy"),
        },
        Edit::Fill {
            car: car("31"),
            seat: 1,
            driver: id("valentino-rossi"),
        },
        Edit::Clear {
            car: car("46"),
            seat: 1,
        },
        Edit::Rate {
            driver: id("valentino-rossi"),
            rating: Rating::Gold,
        },
        fan_driver(&lineup, "Jane Doe"),
        fan_car(&lineup, "101"),
        Edit::RemoveEntry { car: car("100") },
        Edit::Reset,
    ];
    for edit in edits {
        let before = lineup.clone();
        lineup
            .apply(edit.clone())
            .unwrap_or_else(|error| panic!("{edit:?}: {error}"));
        let after = lineup.clone();
        assert_ne!(before.season(), after.season(), "{edit:?} changed nothing");
        assert!(lineup.undo());
        assert_eq!(lineup.season(), before.season(), "undo of {edit:?}");
        assert!(lineup.redo());
        assert_eq!(lineup, after, "redo of {edit:?}");
    }
}

#[test]
fn picking_a_seated_driver_moves_him_and_says_so() {
    let mut lineup = LineUp::new(base());
    let said = fill(&mut lineup, "31", 2, "valentino-rossi");
    assert_eq!(said, "Moved Valentino Rossi from car #46 to car #31.");
    assert_eq!(crew_of(&lineup, "46"), [None, None, None]);
    assert_eq!(
        crew_of(&lineup, "31")[2].as_deref(),
        Some("valentino-rossi")
    );
    let said = fill(&mut lineup, "31", 1, "valentino-rossi");
    assert_eq!(said, "Put Valentino Rossi in seat 2 of car #31.");
    assert_eq!(
        crew_of(&lineup, "31"),
        [
            Some("augusto-farfus".into()),
            Some("valentino-rossi".into()),
            None
        ]
    );
}

#[test]
fn edits_that_do_not_apply_leave_the_line_up_alone() {
    let mut lineup = LineUp::new(base());
    let before = lineup.clone();
    let cases = [
        (
            Edit::Fill {
                car: car("999"),
                seat: 0,
                driver: id("valentino-rossi"),
            },
            EditError::UnknownCar(car("999")),
        ),
        (
            Edit::Clear {
                car: car("46"),
                seat: 3,
            },
            EditError::NoSuchSeat {
                car: car("46"),
                seat: 3,
            },
        ),
        (
            Edit::Fill {
                car: car("46"),
                seat: 1,
                driver: id("nobody"),
            },
            EditError::UnknownDriver(id("nobody")),
        ),
        (
            Edit::RemoveEntry { car: car("46") },
            EditError::NotFanMade(car("46")),
        ),
    ];
    for (edit, expected) in cases {
        assert_eq!(lineup.apply(edit), Err(expected));
        assert_eq!(lineup, before);
    }
    let taken = Edit::AddEntry {
        entry: lineup.season().entries()[0].clone(),
    };
    assert_eq!(lineup.apply(taken), Err(EditError::NumberTaken(car("2"))));
}

#[test]
fn forms_name_each_problem_by_field() {
    let season = base();
    let bad = DriverForm {
        name: "   ".into(),
        nationality: "Italy".into(),
        rating: None,
    };
    let errors = bad.check(&season).unwrap_err();
    assert_eq!(errors["name"], "Enter the driver's name.");
    assert_eq!(
        errors["nationality"],
        "Use a three-letter code such as ITA or GBR."
    );
    assert_eq!(errors["rating"], "Choose a rating.");
    let long = DriverForm {
        name: "x".repeat(61),
        nationality: "ITA".into(),
        rating: Some(Rating::Gold),
    };
    assert_eq!(
        long.check(&season).unwrap_err()["name"],
        "A name has at most 60 characters."
    );
    let twin = DriverForm {
        name: "Valentino Rossi".into(),
        nationality: "ita".into(),
        rating: Some(Rating::Gold),
    };
    let driver = twin.check(&season).unwrap();
    assert_eq!(driver.id.as_str(), "valentino-rossi-2");
    assert_eq!(driver.nationality.unwrap().as_str(), "ITA");
    let odd = DriverForm {
        name: "<img src=x onerror=alert(1)>".into(),
        nationality: "GBR".into(),
        rating: Some(Rating::Bronze),
    };
    assert_eq!(
        odd.check(&season).unwrap().name,
        "<img src=x onerror=alert(1)>"
    );

    let taken = EntryForm {
        class: Some(Class::Lmgt3),
        number: "#46".into(),
        ..EntryForm::default()
    };
    let errors = taken.check(&season).unwrap_err();
    assert_eq!(errors["number"], "#46 is taken by Team WRT.");
    assert_eq!(errors["team"], "Enter the team.");
    let bad_number = EntryForm {
        number: "1000".into(),
        ..EntryForm::default()
    };
    assert_eq!(
        bad_number.check(&season).unwrap_err()["number"],
        "A car number is one to three digits."
    );
}

#[test]
fn autosave_and_share_round_trip() {
    let mut lineup = LineUp::new(base());
    fill(&mut lineup, "46", 1, "ahmad-al-harthy");
    fill(&mut lineup, "46", 2, "maxime-martin");
    lineup
        .apply(Edit::Rate {
            driver: id("valentino-rossi"),
            rating: Rating::Gold,
        })
        .unwrap();
    lineup.undo();
    assert_eq!(
        restore(base(), &save_text(&lineup, 7)).unwrap(),
        (lineup.clone(), 7),
        "history, revision and all"
    );
    let code = share_code(&lineup);
    assert!(code.len() < 300, "{} characters: {code}", code.len());
    assert!(
        code.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "URL-safe: {code}"
    );
    assert_eq!(open_share(base(), &code).unwrap().season(), lineup.season());
}

#[test]
fn damaged_codes_are_rejected_with_a_reason() {
    let mut lineup = LineUp::new(base());
    fill(&mut lineup, "46", 1, "ahmad-al-harthy");
    let code = share_code(&lineup);
    assert!(matches!(
        open_share(base(), &code[..code.len() / 2]),
        Err(CodecError::Format(_) | CodecError::Encoding)
    ));
    assert_eq!(open_share(base(), "not a code!"), Err(CodecError::Encoding));
    let saved = save_text(&lineup, 1);
    assert_eq!(
        restore(base(), &saved.replace("\"format\":2", "\"format\":9")),
        Err(CodecError::Version(9))
    );
    assert!(matches!(
        restore(base(), "{\"format\":1"),
        Err(CodecError::Format(_))
    ));
    let other = saved.replace("ahmad-al-harthy", "nobody-at-all");
    assert_eq!(
        restore(base(), &other).unwrap_err().to_string(),
        "change 1 does not apply: there is no driver \"nobody-at-all\""
    );
}

#[test]
fn an_exported_line_up_imports_back_as_edits() {
    let mut lineup = LineUp::new(base());
    lineup.apply(fan_driver(&lineup, "Jane Doe")).unwrap();
    lineup.apply(fan_car(&lineup, "100")).unwrap();
    fill(&mut lineup, "100", 0, "jane-doe");
    fill(&mut lineup, "100", 1, "valentino-rossi");
    lineup
        .apply(Edit::Rate {
            driver: id("valentino-rossi"),
            rating: Rating::Gold,
        })
        .unwrap();
    let exported = Season::from_json(&lineup.season().to_json()).unwrap();
    let edits = edits_between(lineup.base(), &exported).unwrap();
    let imported = LineUp::replay(base(), edits.clone(), edits.len()).unwrap();
    assert_eq!(imported.season(), lineup.season());

    let text = lineup.season().to_json();
    let start = text.find("\"number\": \"46\"").unwrap();
    let without_46 = format!(
        "{}\"number\": \"460\"{}",
        &text[..start],
        &text[start + 14..]
    );
    let error = edits_between(lineup.base(), &Season::from_json(&without_46).unwrap()).unwrap_err();
    assert_eq!(error, "car #46 of the provisional list is missing");
}

#[test]
fn a_bulk_edit_is_one_step_in_the_history_and_applies_all_or_nothing() {
    let mut lineup = LineUp::new(base());
    fill(&mut lineup, "46", 1, "ahmad-al-harthy");
    let before = lineup.season().clone();
    let import = Edit::Bulk {
        edits: vec![
            Edit::Reset,
            Edit::Fill {
                car: car("46"),
                seat: 2,
                driver: id("maxime-martin"),
            },
            Edit::Rate {
                driver: id("valentino-rossi"),
                rating: Rating::Gold,
            },
        ],
    };
    assert_eq!(
        lineup.apply(import.clone()),
        Ok("Made 3 changes.".to_string())
    );
    let seats = |lineup: &LineUp| {
        lineup
            .season()
            .entry(&car("46"))
            .unwrap()
            .crew
            .seats()
            .to_vec()
    };
    assert_eq!(
        seats(&lineup),
        [Some(id("valentino-rossi")), None, Some(id("maxime-martin"))]
    );
    assert!(lineup.undo());
    assert_eq!(
        lineup.season(),
        &before,
        "one undo restores the line-up before the import"
    );
    assert!(lineup.redo());
    assert_eq!(seats(&lineup)[2], Some(id("maxime-martin")));
    assert_eq!(import.weight(), 3);

    let broken = Edit::Bulk {
        edits: vec![
            Edit::Reset,
            Edit::Clear {
                car: car("460"),
                seat: 0,
            },
        ],
    };
    let now = lineup.clone();
    assert_eq!(lineup.apply(broken), Err(EditError::UnknownCar(car("460"))));
    assert_eq!(lineup, now, "nothing of a broken bulk edit is applied");
    let (restored, _) = restore(base(), &save_text(&lineup, 1)).unwrap();
    assert_eq!(restored, lineup, "a bulk edit survives the autosave");
}
