//! `crewcheck --round ID` and `--rounds`: the crews that started each round
//! of the season, checked by that round's rules.

use crate::cli::{Options, exit_code, human, read};
use crewbuilder::domain::Season;
use crewbuilder::domain::rounds::{Round, Rounds};
use crewbuilder::domain::rules::{Report, RuleSet};
use crewbuilder::domain::wording::count;
use std::process::ExitCode;

/// Checks the round asked for, or every round; exit 2 when the rounds file
/// cannot be used or has no such round.
pub fn run(options: &Options, season: &Season, rules: &RuleSet) -> ExitCode {
    let file = rounds_file(options);
    let chosen = read(&file, |text| Rounds::from_json(text, season)).and_then(|rounds| {
        let chosen: Vec<Round> = match &options.round {
            Some(id) => vec![
                rounds
                    .named(id)
                    .map_err(|why| format!("{file}: {why}"))?
                    .clone(),
            ],
            None => rounds.all().to_vec(),
        };
        Ok((rounds, chosen))
    });
    let (rounds, chosen) = match chosen {
        Ok(chosen) => chosen,
        Err(problem) => {
            eprintln!("{problem}");
            return ExitCode::from(2);
        }
    };
    let reports: Vec<(&Round, Report)> = chosen
        .iter()
        .map(|round| (round, rounds.check(round, season, rules)))
        .collect();
    if options.json {
        print_json(options, &reports);
    } else {
        for (round, report) in &reports {
            let raced = rounds.season_at(round, season);
            let what = format!(
                "{} at the {} ({}, {}): {} that started",
                options.file,
                round.name,
                round.date.long(),
                round.length(),
                count(raced.entries().len(), "car", "cars"),
            );
            print!("{}", human(&raced, report, &what, round.event));
        }
    }
    exit_code(reports.iter().all(|(_, report)| report.is_valid()))
}

/// The rounds file asked for, else the list file's name with `-rounds`.
fn rounds_file(options: &Options) -> String {
    options.rounds_file.clone().unwrap_or_else(|| {
        let stem = options.file.strip_suffix(".json").unwrap_or(&options.file);
        format!("{stem}-rounds.json")
    })
}

/// One report as `crewcheck --json` prints it; for `--rounds`, an array of
/// `{"round": id, "report": …}`.
fn print_json(options: &Options, reports: &[(&Round, Report)]) {
    let text = match (&options.round, reports) {
        (Some(_), [(_, report)]) => serde_json::to_string_pretty(report),
        _ => {
            let all: Vec<serde_json::Value> = reports
                .iter()
                .map(|(round, report)| serde_json::json!({ "round": round.id, "report": report }))
                .collect();
            serde_json::to_string_pretty(&all)
        }
    };
    println!("{}", text.expect("a report serialises"));
}
