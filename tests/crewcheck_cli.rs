//! The `crewcheck` binary on files in `tests/data/`: exit codes, text and
//! JSON output, and where a broken file is broken.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::process::{Command, Output};

fn crewcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crewcheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("crewcheck runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn the_shipped_provisional_list_passes_with_warnings() {
    let output = crewcheck(&["public/data/wec-2024.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("#46 Team WRT (LMGT3)\n  warning [crew-incomplete] Car #46 (LMGT3): 2 of 3 seats are still TBA."), "{text}");
    assert!(
        text.ends_with(
            "public/data/wec-2024.json: 37 cars, provisional crews, checked for a 6 or 8 Hours round: 0 errors, 33 warnings.\n"
        ),
        "{text}"
    );
}

#[test]
fn the_shipped_season_crews_pass_without_findings() {
    let output = crewcheck(&["public/data/wec-2024.json", "--season-crews", "--json"]);
    assert_eq!(output.status.code(), Some(0));
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        report,
        serde_json::json!({ "valid": true, "errors": 0, "warnings": 0, "findings": [] })
    );
}

#[test]
fn a_broken_rule_exits_1_and_reports_it_as_json() {
    let output = crewcheck(&["tests/data/rossi-gold.json", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report["valid"], false);
    assert_eq!(report["errors"], 1);
    assert_eq!(report["warnings"], 0);
    let finding = &report["findings"][0];
    assert_eq!(finding["rule"], "lmgt3-composition");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["cars"], serde_json::json!(["46"]));
    assert_eq!(
        finding["drivers"],
        serde_json::json!(["ahmad-al-harthy", "valentino-rossi", "maxime-martin"])
    );
    assert!(finding["message"].as_str().unwrap().starts_with(
        "Car #46 (LMGT3): a three-driver crew needs a Silver or a second Bronze beside its Bronze; it has Bronze, Gold, Platinum."
    ));
}

#[test]
fn le_mans_and_season_crew_flags_change_what_is_checked() {
    let output = crewcheck(&["tests/data/rossi-gold.json", "--season-crews", "--le-mans"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "an incomplete crew is only a warning"
    );
    let text = stdout(&output);
    assert!(
        text.contains("season crews, checked for the Le Mans 24 Hours: 0 errors, 1 warning."),
        "{text}"
    );
}

#[test]
fn an_unusable_file_exits_2_naming_the_place() {
    let cases = [
        (
            "tests/data/unknown-driver.json",
            "tests/data/unknown-driver.json:40:24: entries[0].crew[1]: unknown driver \"valentino-rosi\" (did you mean \"valentino-rossi\"?)\n",
        ),
        (
            "tests/data/unknown-rating.json",
            "tests/data/unknown-rating.json:18:25: drivers[1].rating: rating \"diamond\" is not one of \"platinum\", \"gold\", \"silver\", \"bronze\"\n",
        ),
        (
            "tests/data/not-json.json",
            "tests/data/not-json.json:3:12: title: expected value\n",
        ),
    ];
    for (file, message) in cases {
        let output = crewcheck(&[file, "--json"]);
        assert_eq!(output.status.code(), Some(2), "{file}");
        assert_eq!(stderr(&output), message);
        assert!(output.stdout.is_empty(), "{file}: nothing on stdout");
    }
}

#[test]
fn a_missing_file_or_bad_option_exits_2() {
    let missing = crewcheck(&["tests/data/no-such-file.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).starts_with("crewcheck: cannot read tests/data/no-such-file.json: "));
    let bad_option = crewcheck(&["public/data/wec-2024.json", "--verbose"]);
    assert_eq!(bad_option.status.code(), Some(2));
    let said = stderr(&bad_option);
    assert!(
        said.starts_with("error: unexpected argument '--verbose' found\n"),
        "{said}"
    );
    assert!(said.contains("\nUsage: crewcheck "), "{said}");
    assert!(bad_option.stdout.is_empty());
    let no_file = crewcheck(&["--json"]);
    assert_eq!(no_file.status.code(), Some(2));
    assert!(stderr(&no_file).contains("<FILE>"), "{}", stderr(&no_file));
}

#[test]
fn help_and_version_print_to_stdout_and_exit_0() {
    for flag in ["--help", "-h"] {
        let help = crewcheck(&[flag]);
        assert_eq!(help.status.code(), Some(0), "{flag}");
        let text = stdout(&help);
        assert!(text.contains("Usage: crewcheck [OPTIONS] <FILE>"), "{text}");
        assert!(text.contains("--season-crews"), "{text}");
        assert!(text.contains("Exit status: 0 no rule broken"), "{text}");
        assert!(help.stderr.is_empty(), "{flag}");
    }
    for flag in ["--version", "-V"] {
        let version = crewcheck(&[flag]);
        assert_eq!(version.status.code(), Some(0), "{flag}");
        assert_eq!(
            stdout(&version),
            format!("crewcheck {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn a_legal_stint_plan_adds_no_finding() {
    let output = crewcheck(&[
        "public/data/wec-2024.json",
        "--season-crews",
        "--plan",
        "tests/data/plan-46.json",
        "--json",
    ]);
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    // The one error is the #2's two-driver crew at Le Mans, which --plan implies.
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["crew-size"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_broken_stint_plan_says_who_when_and_by_how_much() {
    let args = [
        "public/data/wec-2024.json",
        "--season-crews",
        "--plan",
        "tests/data/plan-46-broken.json",
    ];
    let output = crewcheck(&args);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains(
        "#46 Team WRT (LMGT3)\n  error [stint-window-4-in-6] Car #46 (LMGT3): Valentino Rossi drives 4 h 20 min between 03:00 and 09:00; the limit is 4 h in any 6 h (20 min too many).\n"
    ));
    let output = crewcheck(&[&args[..], &["--json"]].concat());
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let window = &report["findings"][1];
    assert_eq!(window["rule"], "stint-window-4-in-6");
    assert_eq!(window["drivers"], serde_json::json!(["valentino-rossi"]));
    assert_eq!(
        window["span"],
        serde_json::json!({ "from": "03:00", "to": "09:00" })
    );
}

#[test]
fn an_unusable_plan_file_exits_2_naming_the_place() {
    let dir = std::env::temp_dir().join(format!("crewcheck-plan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plan = dir.join("plan.json");
    std::fs::write(
        &plan,
        "{\"car\": \"46\",\n \"plan\": [{\"driver\": \"valentino-rossi\", \"from\": \"00:00\", \"to\": \"1:00\"}]}\n",
    )
    .unwrap();
    let plan = plan.to_str().unwrap();
    let output = crewcheck(&["public/data/wec-2024.json", "--plan", plan]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!(
            "{plan}:2:70: plan[0].to: \"1:00\" is not a race time from 00:00 to 24:00 (HH:MM)\n"
        )
    );
    assert!(stdout(&output).is_empty());
}

#[test]
fn the_le_mans_file_names_its_rules_and_its_race_crews_were_legal() {
    let output = crewcheck(&["public/data/le-mans-2024.json", "--season-crews"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).ends_with(
            "public/data/le-mans-2024.json: 62 cars, season crews, checked for the Le Mans 24 Hours: 0 errors, 0 warnings.\n"
        ),
        "{}",
        stdout(&output)
    );
}

#[test]
fn an_unknown_rule_set_exits_2_naming_the_known_ones() {
    let dir = std::env::temp_dir().join(format!("crewcheck-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("season.json");
    let text = std::fs::read_to_string("public/data/wec-2024.json")
        .unwrap()
        .replacen("\"rules\": \"wec-2024\"", "\"rules\": \"daytona-2024\"", 1);
    std::fs::write(&file, text).unwrap();
    let output = crewcheck(&[file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).ends_with(
            "rules: no rule set is named \"daytona-2024\"; the known ones are \"wec-2024\" and \"le-mans-2024\"\n"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_round_is_checked_by_its_own_rules_with_the_crews_that_started_it() {
    let output = crewcheck(&["public/data/wec-2024.json", "--round", "spa"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "public/data/wec-2024.json at the 6 Hours of Spa-Francorchamps (11 May 2024, 6 hours): 37 cars that started, checked for a 6 Hours round: 0 errors, 0 warnings.\n"
    );
    let output = crewcheck(&["public/data/wec-2024.json", "--round", "spa", "--json"]);
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        report,
        serde_json::json!({ "valid": true, "errors": 0, "warnings": 0, "findings": [] })
    );
}

#[test]
fn every_round_gets_its_own_report() {
    let output = crewcheck(&["public/data/wec-2024.json", "--rounds", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let rounds: Vec<&str> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|each| each["round"].as_str().unwrap())
        .collect();
    assert_eq!(
        rounds,
        [
            "qatar",
            "imola",
            "spa",
            "le-mans",
            "sao-paulo",
            "austin",
            "fuji",
            "bahrain"
        ]
    );
    let sao_paulo = &reports[4]["report"];
    assert_eq!(sao_paulo["errors"], 0);
    assert!(sao_paulo["warnings"].as_u64().unwrap() > 0, "partial crews");
    let text = stdout(&crewcheck(&["public/data/wec-2024.json", "--rounds"]));
    assert!(
        text.contains("at the Qatar 1812 km (2 March 2024, 1812 km, 10 hours at most): 37 cars that started, checked for a 10 Hours round: 0 errors"),
        "{text}"
    );
    assert!(
        text.contains("at the 6 Hours of Fuji (15 September 2024, 6 hours): 36 cars that started"),
        "{text}"
    );
}

#[test]
fn an_unknown_round_or_a_list_without_rounds_exits_2() {
    let output = crewcheck(&["public/data/wec-2024.json", "--round", "monza"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no round is called \"monza\"; the rounds are qatar, imola, spa, le-mans, sao-paulo, austin, fuji, bahrain"),
        "{}",
        stderr(&output)
    );
    let output = crewcheck(&["public/data/le-mans-2024.json", "--rounds"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot read public/data/le-mans-2024-rounds.json"),
        "{}",
        stderr(&output)
    );
}
