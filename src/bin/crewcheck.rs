//! `crewcheck`: the rule engine on the command line, for whoever maintains
//! the data files.
//!
//! Exit status: 0 when no rule is broken (warnings allowed), 1 when one is,
//! 2 when the file cannot be used.

use crewbuilder::domain::Season;
use crewbuilder::domain::rules::{CrewChoice, EventKind, Report, RuleSet, Severity, check};
use crewbuilder::domain::wording::count;
use std::process::ExitCode;

const USAGE: &str = "\
usage: crewcheck FILE [--le-mans] [--season-crews] [--json]

Checks a season data file (like public/data/wec-2024.json) against the 2024
FIA WEC crew and entry rules.

  --le-mans        check for the Le Mans 24 Hours (default: a 6 or 8 Hours round)
  --season-crews   check the crews the cars started the season with
                   (default: the provisional crews)
  --json           print one JSON object instead of text

Exit status: 0 no rule broken (warnings allowed), 1 a rule broken,
2 the file cannot be used.";

struct Options {
    file: String,
    event: EventKind,
    crews: CrewChoice,
    json: bool,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("crewcheck: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&options.file) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("crewcheck: cannot read {}: {error}", options.file);
            return ExitCode::from(2);
        }
    };
    let season = match Season::from_json(&text) {
        Ok(season) => season,
        Err(error) => {
            let place = match error.location {
                Some(at) => format!("{}:{}:{}", options.file, at.line, at.column),
                None => options.file.clone(),
            };
            let path = if error.path.is_empty() {
                String::new()
            } else {
                format!("{}: ", error.path)
            };
            eprintln!("{place}: {path}{}", error.message);
            return ExitCode::from(2);
        }
    };
    let report = check(&season, &RuleSet::wec_2024(), options.event, options.crews);
    if options.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a report serialises")
        );
    } else {
        print!("{}", human(&season, &report, &options));
    }
    if report.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut file = None;
    let mut options = Options {
        file: String::new(),
        event: EventKind::SixOrEightHours,
        crews: CrewChoice::Provisional,
        json: false,
    };
    for arg in args {
        match arg.as_str() {
            "--le-mans" => options.event = EventKind::LeMans,
            "--season-crews" => options.crews = CrewChoice::Season,
            "--json" => options.json = true,
            "-h" | "--help" => return Err("help".to_string()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ if file.is_some() => return Err(format!("one file at a time (got {arg} too)")),
            _ => file = Some(arg),
        }
    }
    options.file = file.ok_or("no FILE given")?;
    Ok(options)
}

/// Findings grouped by car (in file order), then a one-line summary.
fn human(season: &Season, report: &Report, options: &Options) -> String {
    let mut out = String::new();
    let mut shown = vec![false; report.findings.len()];
    for entry in season.entries() {
        let mine: Vec<usize> = (0..report.findings.len())
            .filter(|&at| !shown[at] && report.findings[at].cars.first() == Some(&entry.number))
            .collect();
        if mine.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "#{} {} ({})\n",
            entry.number, entry.team, entry.class
        ));
        for at in mine {
            shown[at] = true;
            let finding = &report.findings[at];
            out.push_str(&format!(
                "  {} [{}] {}\n",
                finding.severity.slug(),
                finding.rule,
                finding.message
            ));
        }
    }
    let crews = match options.crews {
        CrewChoice::Provisional => "provisional crews",
        CrewChoice::Season => "season crews",
    };
    out.push_str(&format!(
        "{}: {}, {crews}, checked for {}: {}, {}.\n",
        options.file,
        count(season.entries().len(), "car", "cars"),
        options.event,
        count(report.count(Severity::Error), "error", "errors"),
        count(report.count(Severity::Warning), "warning", "warnings"),
    ));
    out
}
