//! The rule check kept up to date edit by edit, for an editor. A crew is
//! re-checked only when its seats, a seated driver's rating, its stint plan
//! or the event changed; the whole-list rules (numbers, drivers in two cars, quotas) run
//! on every update but word only what they find. It always equals
//! [`check`](super::check) on the same line-up, and says which cars'
//! crews or findings changed, so a view redraws only those.

use super::tally::tally_findings;
use super::{ClassTally, CrewChoice, EventKind, Finding, Report, RuleSet, Severity};
use super::{car, entry_rules};
use crate::domain::order::sorted_by;
use crate::domain::{CarNumber, DriverId, Entry, Rating, Season, StintPlan};
use rustc_hash::FxHashMap;

/// A car's crew as it was checked: each seat's driver (by position in the
/// season's drivers) and rating, its stint plan, and the findings.
#[derive(Debug)]
struct CheckedCrew {
    number: CarNumber,
    seats: Vec<Option<(usize, Rating)>>,
    plan: StintPlan,
    findings: Vec<Finding>,
}

impl CheckedCrew {
    /// Whether `crew`'s seats hold the same drivers, and with the same ratings.
    fn compare(&self, season: &Season, crew: &[Option<DriverId>]) -> (bool, bool) {
        let drivers = season.drivers();
        let same_drivers = self.seats.len() == crew.len()
            && self.seats.iter().zip(crew).all(|pair| match pair {
                (None, None) => true,
                (Some((at, _)), Some(now)) => drivers.get(*at).is_some_and(|d| d.id == *now),
                _ => false,
            });
        let same_ratings = same_drivers
            && self
                .seats
                .iter()
                .flatten()
                .all(|(at, rating)| drivers[*at].rating == *rating);
        (same_drivers, same_ratings)
    }

    /// What the summary counts of this crew: its errors and warnings (which
    /// also give its status).
    fn weight(&self) -> (usize, usize) {
        let errors = self
            .findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .count();
        (errors, self.findings.len() - errors)
    }
}

/// What the rule summary shows: the counts and each class's tally.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub tally: Vec<ClassTally>,
}

impl Summary {
    /// The counts and tallies of `findings` about `season`.
    pub fn of<'a, I>(findings: I, season: &Season) -> Summary
    where
        I: IntoIterator<Item = &'a Finding, IntoIter: Clone>,
    {
        let findings = findings.into_iter();
        let count = |severity| {
            let of = |finding: &&Finding| finding.severity == severity;
            findings.clone().filter(of).count()
        };
        Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            tally: tally_findings(findings.clone(), season),
        }
    }
}

/// The findings of a line-up, updated in place as it changes. Crews are
/// keyed by car number, so it is for line-ups whose numbers are unique, as
/// the editor keeps them (it refuses a taken number); a data file with a
/// shared number is [`check`](super::check)'s to report.
#[derive(Debug)]
pub struct LiveCheck {
    rules: RuleSet,
    crews: CrewChoice,
    event: EventKind,
    /// In the order of the season's entries as last seen.
    cars: Vec<CheckedCrew>,
    /// Where each car is in `cars`.
    index: FxHashMap<CarNumber, usize>,
    list: Vec<Finding>,
    summary: Summary,
}

impl LiveCheck {
    /// A check of `season` under `rules` for `event`.
    pub fn new(rules: RuleSet, crews: CrewChoice, event: EventKind, season: &Season) -> LiveCheck {
        let mut live = LiveCheck {
            rules,
            crews,
            event,
            cars: Vec::new(),
            index: FxHashMap::default(),
            list: Vec::new(),
            summary: Summary::default(),
        };
        live.update(season, event);
        live
    }

    /// Brings the check up to `season` and `event`. Returns the cars whose
    /// crew or findings changed, or that came or went, each once. The
    /// whole-list rules run again only when a crew or the list changed (a
    /// rating cannot break them), the summary only when a count or a car's
    /// status may have changed.
    pub fn update(&mut self, season: &Season, event: EventKind) -> Vec<CarNumber> {
        let fresh = event != self.event || self.cars.is_empty();
        if event != self.event {
            self.event = event;
            self.cars.clear();
            self.index.clear();
        }
        let entries = season.entries();
        let aligned = self.cars.len() == entries.len()
            && self
                .cars
                .iter()
                .zip(entries)
                .all(|(checked, entry)| checked.number == entry.number);
        let mut old: Vec<Option<CheckedCrew>> = std::mem::take(&mut self.cars)
            .into_iter()
            .map(Some)
            .collect();
        let mut changed = Vec::new();
        let (mut crews_moved, mut recount) = (fresh || !aligned, fresh);
        for (at, entry) in entries.iter().enumerate() {
            let was = if aligned {
                old[at].take()
            } else {
                self.index
                    .get(&entry.number)
                    .and_then(|&at| old.get_mut(at)?.take())
            };
            let crew = self.crews.of(entry).seats();
            let (same_drivers, same_ratings) = was
                .as_ref()
                .map_or((false, false), |checked| checked.compare(season, crew));
            let checked = match was {
                Some(checked) if same_ratings && checked.plan == entry.plan => checked,
                was => {
                    let checked = self.check_crew(season, entry);
                    recount |= was.is_none_or(|was| was.weight() != checked.weight());
                    crews_moved |= !same_drivers;
                    changed.push(entry.number.clone());
                    checked
                }
            };
            self.cars.push(checked);
        }
        // Cars no longer in the season.
        for gone in old.into_iter().flatten() {
            changed.push(gone.number);
            recount = true;
        }
        if !aligned {
            self.index = self
                .cars
                .iter()
                .enumerate()
                .map(|(at, checked)| (checked.number.clone(), at))
                .collect();
        }
        if crews_moved {
            self.check_whole_list(season, &mut changed);
        }
        if crews_moved || recount {
            self.summary = Summary::of(self.findings(), season);
        }
        let mut changed = sorted_by(changed, |number| u64::from(number.value()));
        changed.dedup();
        changed
    }

    /// Runs the whole-list rules again; the cars named by a finding that
    /// came or went join `changed`.
    fn check_whole_list(&mut self, season: &Season, changed: &mut Vec<CarNumber>) {
        let mut list = Vec::new();
        entry_rules::check_entries(season, &self.rules, self.crews, &mut list);
        if list != self.list {
            let named = self
                .list
                .iter()
                .chain(&list)
                .flat_map(|finding| &finding.cars);
            changed.extend(named.cloned());
            self.list = list;
        }
    }

    fn check_crew(&self, season: &Season, entry: &Entry) -> CheckedCrew {
        let crew = self.crews.of(entry);
        let mut findings = Vec::new();
        car::check_car(season, &self.rules, self.event, entry, crew, &mut findings);
        let seats = crew
            .seats()
            .iter()
            .map(|seat| {
                let at = season.driver_position(seat.as_ref()?)?;
                Some((at, season.drivers()[at].rating))
            })
            .collect();
        CheckedCrew {
            number: entry.number.clone(),
            seats,
            plan: entry.plan.clone(),
            findings,
        }
    }

    /// The findings about car `number`, in the order of the full report.
    pub fn findings_of(&self, number: &CarNumber) -> Vec<Finding> {
        let crew = self
            .index
            .get(number)
            .map(|&at| &self.cars[at])
            .into_iter()
            .flat_map(|checked| &checked.findings);
        let list = self
            .list
            .iter()
            .filter(|finding| finding.cars.contains(number));
        crew.chain(list).cloned().collect()
    }

    fn findings(&self) -> impl Iterator<Item = &Finding> + Clone {
        let crews = self.cars.iter().flat_map(|checked| &checked.findings);
        crews.chain(&self.list)
    }

    /// The whole report, as [`check`](super::check) gives it.
    pub fn report(&self) -> Report {
        Report {
            findings: self.findings().cloned().collect(),
        }
    }

    /// The rules it checks by.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The counts and tallies of the rule summary.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }
}
