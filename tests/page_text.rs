//! The list and its check as a page carries them: what the build writes,
//! the browser reads back as it was, whatever the text in it; a damaged
//! page's text is refused with the line and what is wrong, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::rules::{CrewChoice, Report, RuleSet, check};
use crewbuilder::domain::{PageTextError, Season, page_text, read_page_text};
use proptest::prelude::*;
use serde_json::{Value, json};

const WEC: &str = include_str!("../public/data/wec-2024.json");
const LE_MANS: &str = include_str!("../public/data/le-mans-2024.json");

/// A data file's season and its check for the rule set's first event, as
/// the build makes the page's.
fn checked(json: &str) -> (Season, Report) {
    let season = Season::from_json(json).expect("a readable data file");
    let rules = RuleSet::named(season.rules_name()).expect("a known rule set");
    let report = check(&season, &rules, rules.events[0], CrewChoice::Provisional);
    (season, report)
}

fn round_trip(json: &str) -> (Season, Report) {
    let (season, report) = checked(json);
    let text = page_text(&season, &report);
    assert!(!text.contains('<'), "nothing in it can close its script");
    let read = read_page_text(&text).expect("the page's own text reads");
    assert_eq!(read, (season.clone(), report.clone()));
    (season, report)
}

#[test]
fn both_shipped_lists_and_their_checks_read_back_as_they_were() {
    for json in [WEC, LE_MANS] {
        let (season, report) = round_trip(json);
        assert!(season.entries().len() >= 37);
        assert!(
            !report.findings.is_empty(),
            "the provisional lists have TBA seats"
        );
    }
}

/// The shipped WEC file with every optional field set on its first driver
/// and entry, holding `text` in each free-text field.
fn with_text_everywhere(text: &str) -> String {
    let mut file: Value = serde_json::from_str(WEC).unwrap();
    file["about"] = json!(text);
    file["season_crew_label"] = json!(text);
    file["title"] = json!(text);
    let driver = &mut file["drivers"][0];
    driver["name"] = json!(text);
    driver["note"] = json!(text);
    driver["nationality"] = Value::Null;
    driver["source"] = json!({"publisher": text, "title": text, "date": text, "url": text});
    let entry = &mut file["entries"][0];
    entry["team"] = json!(text);
    entry["note"] = json!(text);
    file.to_string()
}

#[test]
fn markup_escapes_and_scripts_read_back_as_text() {
    for text in [
        "</script><script>alert(1)</script>",
        "tab\there, line\nthere\r\n and \\t a backslash",
        "\\- looks absent, \\l looks escaped",
        "- , @ ; : commas and the other separators",
        "عبد الله · Zoë · Ñ̃ · 🏁",
    ] {
        round_trip(&with_text_everywhere(text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(128)))]

    #[test]
    fn any_text_in_a_free_field_reads_back(text in "\\PC{1,40}|[\\\\\t\n\r<,@;-]{1,12}") {
        let text = text.trim().to_string();
        prop_assume!(!text.is_empty());
        round_trip(&with_text_everywhere(&text));
    }
}

fn the_text() -> String {
    let (season, report) = checked(WEC);
    page_text(&season, &report)
}

/// `text` with line `line` (1-based) changed by `change`.
fn with_line(text: &str, line: usize, change: impl Fn(&str) -> String) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    lines[line - 1] = change(&lines[line - 1]);
    lines.join("\n")
}

fn refused(text: &str) -> PageTextError {
    read_page_text(text).expect_err("a damaged page's text is refused")
}

#[test]
fn a_damaged_page_text_is_refused_with_its_line_and_what_is_wrong() {
    let text = the_text();
    let first_entry = 1 + text
        .split('\n')
        .position(|line| line.starts_with("E\t"))
        .unwrap();
    let cases: Vec<(String, usize, &str)> = vec![
        (
            text.replacen("crewbuilder-page 1", "crewbuilder-page 2", 1),
            1,
            "does not begin with",
        ),
        (
            with_line(&text, 2, |line| format!("{line}\textra")),
            2,
            "a field too many",
        ),
        (
            with_line(&text, first_entry, |line| {
                line.split('\t').take(4).collect::<Vec<_>>().join("\t")
            }),
            first_entry,
            "a field is missing",
        ),
        (
            with_line(&text, first_entry, |line| format!("X{line}")),
            first_entry,
            "a record of kind",
        ),
        (
            with_line(&text, first_entry, |line| line.replacen("\t", "\t\\q", 1)),
            first_entry,
            "is no escape",
        ),
        (
            with_line(&text, 2, |line| format!("{line}\n{line}")),
            3,
            "a second list record",
        ),
        (
            text.replacen("\nS\t", "\nR\ta\tb\tc\nS\t", 1),
            2,
            "a record before the list's",
        ),
    ];
    for (damaged, line, why) in cases {
        let error = refused(&damaged);
        assert_eq!(error.line, line, "{error}");
        assert!(
            error.to_string().contains(why),
            "{error} should say {why:?}"
        );
    }
}

#[test]
fn a_wrong_value_is_named_in_its_own_words() {
    let text = the_text();
    let line = 1 + text
        .split('\n')
        .position(|line| line.starts_with("E\t"))
        .unwrap();
    let damaged = with_line(&text, line, |record| {
        let mut fields: Vec<&str> = record.split('\t').collect();
        fields[1] = "4a";
        fields.join("\t")
    });
    assert_eq!(
        refused(&damaged).to_string(),
        format!("line {line}: car number \"4a\" is not one to three digits")
    );
}

#[test]
fn a_list_that_does_not_hold_together_is_refused_as_a_whole() {
    let text = the_text().replacen("valentino-rossi", "valentino-rosi", 1);
    let error = refused(&text);
    assert_eq!(error.line, 0);
    assert!(
        error.to_string().contains("does not hold together"),
        "{error}"
    );
}

#[test]
fn no_cut_of_a_page_text_panics() {
    let text = the_text();
    let cuts = (0..text.len())
        .step_by(97)
        .filter(|&at| text.is_char_boundary(at));
    for at in cuts {
        let _ = read_page_text(&text[..at]);
    }
}
