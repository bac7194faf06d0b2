//! Broken data files: each problem gives its own clear error naming where it is.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::{ErrorKind, LineColumn, Season};

const VALID: &str = r#"{
  "season": "2024",
  "title": "FIA WEC 2024 provisional entry list",
  "published": "2023-11-27",
  "sources": [],
  "drivers": [
    { "id": "valentino-rossi", "name": "Valentino Rossi", "nationality": "ITA", "rating": "silver", "confirmed": true },
    { "id": "maxime-martin", "name": "Maxime Martin", "nationality": "BEL", "rating": "platinum", "confirmed": false }
  ],
  "entries": [
    { "number": "46", "class": "lmgt3", "team": "Team WRT", "manufacturer": "BMW", "car": "BMW M4 GT3",
      "private": true, "crew": ["valentino-rossi", null, null], "season_crew": ["valentino-rossi", "maxime-martin"] }
  ]
}"#;

/// Applies one textual change to the valid file, checking it applies.
fn broken(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "the fixture lacks {from:?}");
    VALID.replacen(from, to, 1)
}

#[test]
fn the_fixture_itself_is_valid() {
    let season = Season::from_json(VALID).unwrap();
    assert_eq!(season.entries().len(), 1);
    assert_eq!(season.drivers().len(), 2);
}

/// A broken input: what it is, its text, and the error's kind, path and
/// message.
type Case = (&'static str, String, ErrorKind, &'static str, &'static str);

/// Values of the wrong shape: each names its field and what it should be.
fn shape_cases() -> Vec<Case> {
    vec![
        (
            "unknown rating",
            broken(r#""rating": "silver""#, r#""rating": "silverish""#),
            ErrorKind::Shape,
            "drivers[0].rating",
            r#"rating "silverish" is not one of "platinum", "gold", "silver", "bronze""#,
        ),
        (
            "bad car number",
            broken(r#""number": "46""#, r#""number": "4600""#),
            ErrorKind::Shape,
            "entries[0].number",
            r#"car number "4600" is not one to three digits"#,
        ),
        (
            "number written as a JSON number",
            broken(r#""number": "46""#, r#""number": 46"#),
            ErrorKind::Shape,
            "entries[0].number",
            "invalid type: integer `46`, expected a string",
        ),
        (
            "unknown class",
            broken(r#""class": "lmgt3""#, r#""class": "lmp3""#),
            ErrorKind::Shape,
            "entries[0].class",
            r#"class "lmp3" is not "hypercar", "lmp2" or "lmgt3""#,
        ),
        (
            "driver id that is not a slug",
            broken(r#""id": "maxime-martin""#, r#""id": "Maxime Martin""#),
            ErrorKind::Shape,
            "drivers[1].id",
            r#"driver id "Maxime Martin" is not a slug (lowercase letters and digits joined by single hyphens, like "valentino-rossi")"#,
        ),
        (
            "bad nationality",
            broken(r#""nationality": "BEL""#, r#""nationality": "Belgium""#),
            ErrorKind::Shape,
            "drivers[1].nationality",
            r#"nationality "Belgium" is not a three-letter ISO country code like "ITA""#,
        ),
        (
            "bad publication date",
            broken(
                r#""published": "2023-11-27""#,
                r#""published": "2023-11-31""#,
            ),
            ErrorKind::Shape,
            "published",
            r#"date "2023-11-31" is not a calendar date written YYYY-MM-DD"#,
        ),
        (
            "missing field",
            broken(r#""team": "Team WRT", "#, ""),
            ErrorKind::Shape,
            "entries[0]",
            "missing field `team`",
        ),
    ]
}

/// Ids that point nowhere or twice, and blank text.
fn reference_cases() -> Vec<Case> {
    vec![
        (
            "unknown driver id",
            broken(r#"["valentino-rossi", null"#, r#"["valentino-rosi", null"#),
            ErrorKind::UnknownDriver,
            "entries[0].crew[0]",
            r#"unknown driver "valentino-rosi" (did you mean "valentino-rossi"?)"#,
        ),
        (
            "unknown driver id in the season crew, far from any known id",
            broken(r#""maxime-martin"]"#, r#""nobody"]"#),
            ErrorKind::UnknownDriver,
            "entries[0].season_crew[1]",
            r#"unknown driver "nobody""#,
        ),
        (
            "duplicate driver id",
            broken(r#""id": "maxime-martin""#, r#""id": "valentino-rossi""#),
            ErrorKind::DuplicateDriver,
            "drivers[1].id",
            r#"driver id "valentino-rossi" is already used by drivers[0]"#,
        ),
        (
            "blank driver name",
            broken(r#""name": "Maxime Martin""#, r#""name": "  ""#),
            ErrorKind::Blank,
            "drivers[1].name",
            "a driver needs a name",
        ),
        (
            "blank team",
            broken(r#""team": "Team WRT""#, r#""team": """#),
            ErrorKind::Blank,
            "entries[0].team",
            "an entry needs a team",
        ),
    ]
}

#[test]
fn each_broken_input_gives_its_own_error() {
    let cases = shape_cases().into_iter().chain(reference_cases());
    for (case, text, kind, path, message) in cases {
        let error = Season::from_json(&text).expect_err(case);
        assert_eq!(
            (error.kind, error.path.as_str(), error.message.as_str()),
            (kind, path, message),
            "{case}"
        );
    }
}

#[test]
fn bad_json_names_the_line_and_column() {
    let truncated = &VALID[..VALID.find("\"entries\"").unwrap()];
    let error = Season::from_json(truncated).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Syntax);
    assert_eq!(
        error.location,
        Some(LineColumn {
            line: 10,
            column: 2
        })
    );
    assert_eq!(
        error.to_string(),
        "EOF while parsing a value (line 10, column 2)"
    );
}

#[test]
fn shape_errors_carry_path_and_position() {
    // Column 91 is where the `7` stands.
    let error = Season::from_json(&broken(r#""rating": "silver""#, r#""rating": 7"#)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "drivers[0].rating: invalid type: integer `7`, expected a string (line 7, column 91)"
    );
}

#[test]
fn trailing_text_after_the_document_is_rejected() {
    let error = Season::from_json(&format!("{VALID}\n}}")).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Syntax);
    assert_eq!(error.path, "");
    assert_eq!(error.message, "trailing characters");
}

#[test]
fn not_json_at_all_is_a_syntax_error() {
    for text in ["", "<!doctype html><p>Not found</p>", "[]", "null"] {
        let error = Season::from_json(text).unwrap_err();
        assert!(
            matches!(error.kind, ErrorKind::Syntax | ErrorKind::Shape),
            "{text:?}: {error}"
        );
        assert!(!error.message.is_empty());
    }
}
