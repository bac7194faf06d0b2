//! A season's rules as a value: its classes and events, crew sizes, banned
//! ratings, crew compositions, subcategories, entry quotas and driving
//! time. A new season is a new `RuleSet` (see `seasons.rs`).

use super::RatingSet;
use crate::domain::wording::{capitalised, duration};
use crate::domain::{Class, Rating};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The kind of race a crew is checked for: the provisional list's
/// "6 or 8 Hours round" and Le Mans, and the length of each round of the
/// season (`rounds`). The data files name a kind by its slug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    /// A six- or eight-hour round, for a list not tied to a round.
    #[serde(rename = "6-or-8-hours")]
    SixOrEightHours,
    /// A six-hour round.
    #[serde(rename = "6-hours")]
    SixHours,
    /// An eight-hour round.
    #[serde(rename = "8-hours")]
    EightHours,
    /// A ten-hour round (the Qatar 1812 km's time limit).
    #[serde(rename = "10-hours")]
    TenHours,
    /// The Le Mans 24 Hours.
    #[serde(rename = "24-hours")]
    LeMans,
}

impl EventKind {
    /// Every kind of event, shortest race first.
    pub const ALL: [EventKind; 5] = [
        EventKind::SixOrEightHours,
        EventKind::SixHours,
        EventKind::EightHours,
        EventKind::TenHours,
        EventKind::LeMans,
    ];

    /// A stable word for the kind, as the data files write it: `6-hours`,
    /// `24-hours`.
    pub fn slug(self) -> &'static str {
        match self {
            EventKind::SixOrEightHours => "6-or-8-hours",
            EventKind::SixHours => "6-hours",
            EventKind::EightHours => "8-hours",
            EventKind::TenHours => "10-hours",
            EventKind::LeMans => "24-hours",
        }
    }

    /// The short name on the event switch.
    pub fn name(self) -> &'static str {
        match self {
            EventKind::SixOrEightHours | EventKind::SixHours => "6 Hours",
            EventKind::EightHours => "8 Hours",
            EventKind::TenHours => "10 Hours",
            EventKind::LeMans => "Le Mans 24 Hours",
        }
    }
}

/// The event as a phrase in a sentence: "a 6 or 8 Hours round".
impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EventKind::SixOrEightHours => "a 6 or 8 Hours round",
            EventKind::SixHours => "a 6 Hours round",
            EventKind::EightHours => "an 8 Hours round",
            EventKind::TenHours => "a 10 Hours round",
            EventKind::LeMans => "the Le Mans 24 Hours",
        })
    }
}

/// How many drivers a crew has at an event (named and TBA seats alike).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrewSize {
    pub event: EventKind,
    pub min: usize,
    pub max: usize,
}

/// Drivers of a rating may not race in a class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BannedRating {
    pub id: String,
    pub class: Class,
    pub rating: Rating,
    /// The rule in words, e.g. "Bronze-rated drivers may not race in Hypercar".
    pub wording: String,
}

/// A complete crew of a class must have distinct drivers rated within each
/// of `needs`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composition {
    pub id: String,
    pub class: Class,
    /// Applies to crews of this many seats only; `None` for any size.
    pub seats: Option<usize>,
    /// One distinct driver per set, most demanding first.
    pub needs: Vec<RatingSet>,
    /// The rule in words, e.g. "an LMGT3 crew needs a Bronze driver".
    pub wording: String,
}

/// At most `max` cars of one make in a class (works entries only, when set).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MakeQuota {
    pub id: String,
    pub class: Class,
    pub works_only: bool,
    pub max: usize,
}

/// Every entry of a class must be private.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrivateOnly {
    pub id: String,
    pub class: Class,
}

/// No driver drives more than `most` minutes in any `within` minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowLimit {
    pub id: String,
    pub most: u16,
    pub within: u16,
}

/// No driver drives more than `most` minutes in the race.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TotalLimit {
    pub id: String,
    pub most: u16,
}

/// Every driver of `class` rated within `ratings` drives at least `least` minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinimumDrive {
    pub id: String,
    pub class: Class,
    pub ratings: RatingSet,
    pub least: u16,
}

impl MinimumDrive {
    /// Whether the minimum applies to a driver rated `rating` in `class`.
    pub fn binds(&self, class: Class, rating: Rating) -> bool {
        self.class == class && self.ratings.contains(rating)
    }
}

/// The driving-time rules of an event: its stints cover `race` minutes,
/// one driver at a time, within the limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrivingTime {
    pub event: EventKind,
    /// The race's length in minutes.
    pub race: u16,
    /// The id of "one driver at a time from start to finish".
    pub coverage: String,
    pub windows: Vec<WindowLimit>,
    pub totals: Vec<TotalLimit>,
    pub minimums: Vec<MinimumDrive>,
}

impl DrivingTime {
    /// The rule with id `id` in words: "no driver may drive more than 4 h
    /// in any 6 h"; the coverage rule for an id it does not hold.
    pub fn wording(&self, id: &str) -> String {
        if let Some(limit) = self.windows.iter().find(|limit| limit.id == id) {
            return format!(
                "no driver may drive more than {} in any {}",
                duration(limit.most),
                duration(limit.within)
            );
        }
        if let Some(limit) = self.totals.iter().find(|limit| limit.id == id) {
            return format!(
                "no driver may drive more than {} in all",
                duration(limit.most)
            );
        }
        if let Some(minimum) = self.minimums.iter().find(|minimum| minimum.id == id) {
            return format!(
                "every {} driver in {} drives at least {}",
                minimum.ratings,
                minimum.class,
                duration(minimum.least)
            );
        }
        "the stints must cover the race from start to finish, one driver at a time".to_string()
    }

    /// Every rule in words, the limits first, as one sentence.
    pub fn summary(&self) -> String {
        let windows = self.windows.iter().map(|limit| &limit.id);
        let totals = self.totals.iter().map(|limit| &limit.id);
        let minimums = self.minimums.iter().map(|minimum| &minimum.id);
        let ids = windows
            .chain(totals)
            .chain(minimums)
            .chain([&self.coverage]);
        let rules: Vec<String> = ids.map(|id| self.wording(id)).collect();
        format!("{}.", capitalised(&rules.join("; ")))
    }
}

/// A part of a class with its own results, which a crew is in when one of
/// its drivers is rated within `with` (LMP2 Pro/Am: a Bronze).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subcategory {
    pub class: Class,
    /// Its name after the class's: "Pro/Am".
    pub name: String,
    /// A stable word for it, also the DOM hook: `pro-am`.
    pub slug: String,
    pub with: RatingSet,
}

impl Subcategory {
    /// How the list shows it: "LMP2 Pro/Am".
    pub fn label(&self) -> String {
        format!("{} {}", self.class, self.name)
    }
}

/// A published text the rules are taken from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleSource {
    pub title: String,
    pub url: String,
}

/// Every rule of a season that is data rather than code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleSet {
    /// The name a data file gives (`"rules": "wec-2024"`).
    pub name: String,
    /// The classes the list runs, in the order it shows them.
    pub classes: Vec<Class>,
    /// The events its crews can be checked for, the first by default.
    pub events: Vec<EventKind>,
    pub crew_sizes: Vec<CrewSize>,
    pub banned_ratings: Vec<BannedRating>,
    pub compositions: Vec<Composition>,
    pub subcategories: Vec<Subcategory>,
    pub make_quotas: Vec<MakeQuota>,
    pub private_only: Vec<PrivateOnly>,
    pub driving_time: Vec<DrivingTime>,
    /// Where the rules are written.
    pub sources: Vec<RuleSource>,
}

impl RuleSet {
    /// The subcategory of `class` a crew rated `ratings` is in, if any.
    pub fn subcategory(&self, class: Class, ratings: &[Rating]) -> Option<&Subcategory> {
        self.subcategories.iter().find(|sub| {
            sub.class == class && ratings.iter().any(|&rating| sub.with.contains(rating))
        })
    }

    /// The driving-time rules at `event`, if it has any.
    pub fn driving_time(&self, event: EventKind) -> Option<&DrivingTime> {
        self.driving_time.iter().find(|rules| rules.event == event)
    }

    /// The allowed crew size at `event`, if the rules set one.
    pub fn crew_size(&self, event: EventKind) -> Option<&CrewSize> {
        self.crew_sizes.iter().find(|size| size.event == event)
    }

    /// The ratings that may race in `class`.
    pub fn allowed_ratings(&self, class: Class) -> RatingSet {
        let banned = self
            .banned_ratings
            .iter()
            .filter(|ban| ban.class == class)
            .fold(RatingSet::default(), |banned, ban| banned.with(ban.rating));
        RatingSet::ANY.without(banned)
    }

    /// The composition rules that apply to a crew of `seats` seats in `class`.
    pub fn compositions_for(
        &self,
        class: Class,
        seats: usize,
    ) -> impl Iterator<Item = &Composition> {
        self.compositions
            .iter()
            .filter(move |rule| rule.class == class && rule.seats.is_none_or(|only| only == seats))
    }
}
