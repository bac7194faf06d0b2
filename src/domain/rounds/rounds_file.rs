//! The rounds file as written (`public/data/wec-2024-rounds.json`): the
//! season's rounds and, for each, every car's crew that started, with the
//! source that states it; before [`Rounds`](super::Rounds) cross-checks it.

use crate::domain::rules::EventKind;
use crate::domain::{CarNumber, Crew, Driver, DriverId, PublishedDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The file as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoundsFile {
    /// The list the rounds belong to, by its name (`wec-2024`).
    pub list: String,
    pub title: String,
    /// What the crews are and how sure, for "About the data".
    pub about: String,
    /// Drivers who raced a round but are not on the list.
    #[serde(default)]
    pub drivers: Vec<Driver>,
    pub rounds: Vec<Round>,
}

/// One round of the season.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// A stable word for it, also its address: `spa`.
    pub id: String,
    /// "6 Hours of Spa-Francorchamps".
    pub name: String,
    /// Its name in a table's header: "Spa".
    pub short: String,
    pub circuit: String,
    /// The day the race started.
    pub date: PublishedDate,
    /// Its length, or its time limit, in hours.
    pub hours: u8,
    /// Its distance, for a race run over a distance (Qatar's 1812 km).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub km: Option<u16>,
    /// The rules it is checked by.
    pub event: EventKind,
    /// Where its date and length are published.
    pub source: RoundSource,
    /// Every car of the list, in the list's order.
    pub cars: Vec<CarAtRound>,
}

/// Where a round's facts are published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundSource {
    pub title: String,
    pub url: String,
}

/// Whether a car raced a round.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Start {
    /// It took the start.
    #[default]
    Started,
    /// It was entered but did not take the start.
    DidNotStart,
    /// It had left the championship.
    Withdrawn,
}

/// What kind of publication states a crew: a result is stronger than a
/// report, a report than an entry list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A classification or a lap-by-lap timing file.
    Result,
    /// The team's or the maker's own race report.
    TeamReport,
    /// A press race report.
    Press,
    /// An entry list or a pre-race release only.
    EntryList,
}

/// A publication a fan can open that states a car's crew at a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrewSource {
    pub kind: SourceKind,
    pub title: String,
    pub url: String,
    /// What it says, quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub says: Option<String>,
}

/// One car at one round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarAtRound {
    pub car: CarNumber,
    #[serde(default, skip_serializing_if = "is_started")]
    pub status: Start,
    /// The drivers who started, in seat order; a seat no source names is
    /// `None`; no crew when none was found, or the car did not race.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crew: Option<Crew>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<CrewSource>,
    /// For a crew no source was found for: what was searched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub searched: Option<String>,
    /// Why a driver of the car's previous crew was not in it, where a
    /// source says: "injured".
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub absent: BTreeMap<DriverId, String>,
    /// Why the car did not start or withdrew, where a source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// What a fan should know that the crew does not show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn is_started(start: &Start) -> bool {
    *start == Start::Started
}
