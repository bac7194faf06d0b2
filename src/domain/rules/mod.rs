//! The rule engine: one pass over a season's line-up, checked against a
//! season's [`RuleSet`], giving [`Finding`]s. The same engine runs in the
//! browser and in the `crewcheck` validator.

mod car;
mod car_context;
mod composition;
mod crew_rules;
mod driving_time;
mod entry_rules;
mod finding;
mod live;
mod rating_set;
mod rule_set;
mod seasons;
mod stint_search;
mod suggest;
mod tally;

pub use composition::{CrewOutlook, Shortfall, can_complete, outlook, still_needs};
pub use driving_time::{Busiest, busiest_window};
pub use finding::{Finding, Report, Severity, Span};
pub use live::{LiveCheck, Summary};
pub use rating_set::RatingSet;
pub use rule_set::{
    BannedRating, Composition, CrewSize, DrivingTime, EventKind, MakeQuota, MinimumDrive,
    PrivateOnly, RuleSet, RuleSource, Subcategory, TotalLimit, WindowLimit,
};
pub use suggest::{Impossible, STINT_LENGTHS, TYPICAL_STINT, stint_length, suggest_plan};
pub use tally::{CarStatus, ClassTally};

use crate::domain::{Crew, Entry, Season};

/// The ids of the rules that are code rather than data; the data-driven
/// rules carry their ids in the [`RuleSet`].
pub mod ids {
    pub const CREW_SIZE: &str = "crew-size";
    pub const CREW_INCOMPLETE: &str = "crew-incomplete";
    pub const CREW_IMPOSSIBLE: &str = "crew-impossible";
    pub const DUPLICATE_NUMBER: &str = "duplicate-number";
    pub const DRIVER_IN_TWO_CARS: &str = "driver-in-two-cars";
    pub const CLASS_NOT_RUN: &str = "class-not-run";
    pub const STINT_DRIVER_NOT_IN_CREW: &str = "stint-driver-not-in-crew";
}

/// Which crew of each entry to check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CrewChoice {
    /// The provisional crews, TBA seats and all.
    #[default]
    Provisional,
    /// The crews the cars started the season with.
    Season,
}

impl CrewChoice {
    /// The chosen crew of `entry`.
    pub fn of(self, entry: &Entry) -> &Crew {
        match self {
            CrewChoice::Provisional => &entry.crew,
            CrewChoice::Season => &entry.season_crew,
        }
    }
}

/// The subcategory `entry`'s crew puts it in (LMP2 Pro/Am), if any.
pub fn subcategory_of<'r>(
    rules: &'r RuleSet,
    season: &Season,
    entry: &Entry,
) -> Option<&'r Subcategory> {
    let ratings: Vec<_> = entry
        .crew
        .drivers()
        .filter_map(|id| Some(season.driver(id)?.rating))
        .collect();
    rules.subcategory(entry.class, &ratings)
}

/// What the driving-time rules of `event` say about the stint plan of
/// `entry` driven by `crew`; nothing when the event has no such rules.
pub fn plan_findings(
    season: &Season,
    rules: &RuleSet,
    event: EventKind,
    entry: &Entry,
    crew: &Crew,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    car::check_plan(
        rules,
        event,
        &car_context::CarContext::new(season, entry, crew),
        &mut findings,
    );
    findings
}

/// Checks every crew and the entry list of `season` for `event`.
pub fn check(season: &Season, rules: &RuleSet, event: EventKind, crews: CrewChoice) -> Report {
    let mut findings = Vec::new();
    for entry in season.entries() {
        car::check_car(season, rules, event, entry, crews.of(entry), &mut findings);
    }
    entry_rules::check_entries(season, rules, crews, &mut findings);
    Report { findings }
}
