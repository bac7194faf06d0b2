//! The data file as written: a list's title, date, rule set, sources,
//! drivers and entries, before [`Season`](super::Season) cross-checks it.

use super::{Driver, Entry, PublishedDate};
use serde::{Deserialize, Serialize};

/// A published source the data relies on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
}

/// The data file as written, before cross-checks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct SeasonFile {
    pub season: String,
    pub title: String,
    pub published: PublishedDate,
    /// The rule set's name (`RuleSet::named`); none in files written
    /// before there were two lists, which are WEC 2024 lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<String>,
    /// What `season_crew` is ("Raced with"); "Started 2024 with" if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub season_crew_label: Option<String>,
    /// A note for "About the data" (what the list leaves out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    pub sources: Vec<Source>,
    pub drivers: Vec<Driver>,
    pub entries: Vec<Entry>,
}
