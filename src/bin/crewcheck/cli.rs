//! The validator itself: arguments, reading the files, the report.

use clap::Parser;
use crewbuilder::domain::lineup::{Edit, LineUp};
use crewbuilder::domain::rules::{CrewChoice, EventKind, Report, RuleSet, Severity, check};
use crewbuilder::domain::wording::count;
use crewbuilder::domain::{PlanFile, Season, SeasonError};
use std::process::ExitCode;
use std::sync::Arc;

/// Checks a list's data file (like public/data/wec-2024.json) against the
/// rule set the file names (`"rules": "wec-2024"` or "le-mans-2024"): crew,
/// entry and Le Mans driving-time rules.
#[derive(Parser)]
#[command(
    name = "crewcheck",
    version,
    after_help = "A plan file is {\"car\": \"46\", \"plan\": [{\"driver\": \"valentino-rossi\", \"from\": \"00:00\", \"to\": \"00:55\"}, ...]}.\n\nExit status: 0 no rule broken (warnings allowed), 1 a rule broken, 2 the file cannot be used."
)]
pub(crate) struct Options {
    /// The season data file
    #[arg(value_name = "FILE")]
    pub(crate) file: String,
    /// Check for the Le Mans 24 Hours (default: the rule set's first event,
    /// a 6 or 8 Hours round for the WEC)
    #[arg(long)]
    pub(crate) le_mans: bool,
    /// Check the crews the cars started the season with (default: the
    /// provisional crews)
    #[arg(long)]
    pub(crate) season_crews: bool,
    /// Check this stint plan of one car for the Le Mans 24 Hours (implies
    /// --le-mans; give one per car)
    #[arg(long = "plan", value_name = "PLAN.json")]
    pub(crate) plans: Vec<String>,
    /// Check the crews that started this round of the season, by its
    /// rules (qatar, imola, spa, le-mans, sao-paulo, austin, fuji, bahrain)
    #[arg(long, value_name = "ROUND", conflicts_with_all = ["le_mans", "season_crews", "plans", "rounds"])]
    pub(crate) round: Option<String>,
    /// Check every round of the season, one report each
    #[arg(long, conflicts_with_all = ["le_mans", "season_crews", "plans"])]
    pub(crate) rounds: bool,
    /// The rounds file (default: FILE with "-rounds" before ".json", as
    /// public/data/wec-2024-rounds.json)
    #[arg(long, value_name = "ROUNDS.json")]
    pub(crate) rounds_file: Option<String>,
    /// Print one JSON object instead of text (with --rounds, one array of
    /// {"round", "report"})
    #[arg(long)]
    pub(crate) json: bool,
}

impl Options {
    /// The event checked: Le Mans when asked, or when a plan is given;
    /// else the first event of `rules`.
    fn event(&self, rules: &RuleSet) -> EventKind {
        if self.le_mans || !self.plans.is_empty() {
            EventKind::LeMans
        } else {
            rules.events[0]
        }
    }

    fn crews(&self) -> CrewChoice {
        if self.season_crews {
            CrewChoice::Season
        } else {
            CrewChoice::Provisional
        }
    }
}

/// Runs `crewcheck` on the process's arguments.
pub fn run() -> ExitCode {
    // `--help` and `--version` print to stdout and exit 0; a wrong argument
    // prints one line and the usage to stderr and exits 2.
    let options = Options::parse();
    let read = read(&options.file, Season::from_json)
        .and_then(|season| with_plans(season, &options.plans))
        .and_then(|season| {
            let rules = RuleSet::named(season.rules_name())
                .map_err(|why| format!("{}: rules: {why}", options.file))?;
            Ok((season, rules))
        });
    let (season, rules) = match read {
        Ok(read) => read,
        Err(problem) => {
            eprintln!("{problem}");
            return ExitCode::from(2);
        }
    };
    if options.round.is_some() || options.rounds {
        return crate::rounds::run(&options, &season, &rules);
    }
    let event = options.event(&rules);
    let report = check(&season, &rules, event, options.crews());
    if options.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a report serialises")
        );
    } else {
        let crews = match options.crews() {
            CrewChoice::Provisional => "provisional crews",
            CrewChoice::Season => "season crews",
        };
        let plans = match options.plans.len() {
            0 => String::new(),
            _ => format!(" with the stint plans of {}", options.plans.join(", ")),
        };
        let what = format!(
            "{}: {}, {crews}{plans}",
            options.file,
            count(season.entries().len(), "car", "cars")
        );
        print!("{}", human(&season, &report, &what, event));
    }
    exit_code(report.is_valid())
}

/// 0 when no rule is broken, else 1.
pub(crate) fn exit_code(valid: bool) -> ExitCode {
    if valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Reads file `name` with `parse`; the problem, if any, as the line to print:
/// `FILE:line:col: path: message`.
pub(crate) fn read<T>(
    name: &str,
    parse: impl FnOnce(&str) -> Result<T, SeasonError>,
) -> Result<T, String> {
    let text = std::fs::read_to_string(name)
        .map_err(|error| format!("crewcheck: cannot read {name}: {error}"))?;
    parse(&text).map_err(|error| {
        let place = match error.location {
            Some(at) => format!("{name}:{}:{}", at.line, at.column),
            None => name.to_string(),
        };
        let path = if error.path.is_empty() {
            String::new()
        } else {
            format!("{}: ", error.path)
        };
        format!("{place}: {path}{}", error.message)
    })
}

/// The season with each plan file's stints set on its car, by the same
/// edit the browser makes.
fn with_plans(season: Season, plans: &[String]) -> Result<Season, String> {
    let mut lineup = LineUp::new(Arc::new(season));
    for name in plans {
        let file = read(name, |text| PlanFile::from_json(text, lineup.base()))?;
        lineup
            .apply(Edit::Plan {
                car: file.car,
                plan: file.plan,
            })
            .map_err(|error| format!("{name}: {error}"))?;
    }
    Ok(lineup.season().clone())
}

/// Findings grouped by car (in file order), then a one-line summary that
/// starts with `what` was checked.
pub(crate) fn human(season: &Season, report: &Report, what: &str, event: EventKind) -> String {
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
    out.push_str(&format!(
        "{what}, checked for {event}: {}, {}.\n",
        count(report.count(Severity::Error), "error", "errors"),
        count(report.count(Severity::Warning), "warning", "warnings"),
    ));
    out
}
