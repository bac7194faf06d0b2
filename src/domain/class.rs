//! Racing classes of the championship.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A class of the 2024 WEC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Class {
    Hypercar,
    Lmgt3,
}

impl Class {
    /// Every class, in the order the entry list shows them.
    pub const ALL: [Class; 2] = [Class::Hypercar, Class::Lmgt3];

    /// The word used in the data file (`"lmgt3"`), also used in DOM hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Class::Hypercar => "hypercar",
            Class::Lmgt3 => "lmgt3",
        }
    }

    /// Reads a class from its slug.
    pub fn from_slug(slug: &str) -> Option<Class> {
        Class::ALL.into_iter().find(|class| class.slug() == slug)
    }
}

impl TryFrom<String> for Class {
    type Error = String;

    fn try_from(word: String) -> Result<Self, String> {
        Class::from_slug(&word)
            .ok_or_else(|| format!("class \"{word}\" is not \"hypercar\" or \"lmgt3\""))
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Class::Hypercar => "Hypercar",
            Class::Lmgt3 => "LMGT3",
        })
    }
}
