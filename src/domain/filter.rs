//! Narrowing the entry list by class, make and a search over drivers, teams
//! and numbers.

use super::fold::fold;
use super::{CarNumber, Class, Entry, Season};

/// What the fan asked to see. The default shows every car.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryFilter {
    /// Only this class, when set.
    pub class: Option<Class>,
    /// Only this make, when set.
    pub make: Option<String>,
    /// Words that must each appear in the car's number, team, make, model or
    /// a driver's name (either crew); case and accents are ignored, and a
    /// leading `#` on a number is allowed.
    pub query: String,
}

impl EntryFilter {
    /// How many of class, make and search narrow the list (0 to 3).
    pub fn active_count(&self) -> usize {
        [
            self.class.is_some(),
            self.make.is_some(),
            !self.query.trim().is_empty(),
        ]
        .into_iter()
        .filter(|&narrows| narrows)
        .count()
    }

    /// Whether the filter narrows anything.
    pub fn is_active(&self) -> bool {
        self.active_count() > 0
    }

    /// The cars of `season` shown, in list order (by class, then number),
    /// each with its class.
    pub fn shown(&self, season: &Season) -> Vec<(Class, CarNumber)> {
        season
            .in_list_order()
            .into_iter()
            .filter(|entry| self.matches(season, entry))
            .map(|entry| (entry.class, entry.number.clone()))
            .collect()
    }

    /// Whether `entry` of `season` is shown.
    pub fn matches(&self, season: &Season, entry: &Entry) -> bool {
        if self.class.is_some_and(|class| class != entry.class)
            || self
                .make
                .as_deref()
                .is_some_and(|make| make != entry.manufacturer)
        {
            return false;
        }
        if self.query.trim().is_empty() {
            return true;
        }
        let drivers = entry
            .crew
            .drivers()
            .chain(entry.season_crew.drivers())
            .filter_map(|id| season.driver(id))
            .map(|driver| driver.name.as_str());
        let fields = [
            entry.number.as_str(),
            &entry.team,
            &entry.manufacturer,
            &entry.car,
        ];
        let text = fields
            .into_iter()
            .chain(drivers)
            .collect::<Vec<_>>()
            .join("\n");
        text_matches(&text, &self.query)
    }
}

/// Whether every word of `query` appears in `text`, ignoring case, accents
/// and a leading `#`.
pub fn text_matches(text: &str, query: &str) -> bool {
    let text = fold(text);
    fold(query)
        .split_whitespace()
        .map(|word| word.trim_start_matches('#'))
        .all(|word| text.contains(word))
}
