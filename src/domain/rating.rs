//! FIA driver ratings.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An FIA driver categorisation. Ordered from Bronze (lowest) to Platinum
/// (highest), so `Rating::Platinum > Rating::Gold`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Rating {
    Bronze,
    Silver,
    Gold,
    Platinum,
}

impl Rating {
    /// Every rating, highest first, as fans list them.
    pub const ALL: [Rating; 4] = [
        Rating::Platinum,
        Rating::Gold,
        Rating::Silver,
        Rating::Bronze,
    ];

    /// The word used in the data file (`"silver"`), also a CSS class suffix.
    pub fn slug(self) -> &'static str {
        match self {
            Rating::Bronze => "bronze",
            Rating::Silver => "silver",
            Rating::Gold => "gold",
            Rating::Platinum => "platinum",
        }
    }
}

impl TryFrom<String> for Rating {
    type Error = String;

    fn try_from(word: String) -> Result<Self, String> {
        Rating::ALL
            .into_iter()
            .find(|rating| rating.slug() == word)
            .ok_or_else(|| {
                format!(
                    "rating \"{word}\" is not one of \"platinum\", \"gold\", \"silver\", \"bronze\""
                )
            })
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rating::Bronze => "Bronze",
            Rating::Silver => "Silver",
            Rating::Gold => "Gold",
            Rating::Platinum => "Platinum",
        })
    }
}
