//! Racing classes: the WEC's two, and LMP2, which runs at Le Mans.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A racing class. Which classes a list runs is its rule set's to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Class {
    Hypercar,
    Lmp2,
    Lmgt3,
}

impl Class {
    /// Every class, in the order the entry list shows them.
    pub const ALL: [Class; 3] = [Class::Hypercar, Class::Lmp2, Class::Lmgt3];

    /// The word used in the data file (`"lmgt3"`), also used in DOM hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Class::Hypercar => "hypercar",
            Class::Lmp2 => "lmp2",
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
            .ok_or_else(|| format!("class \"{word}\" is not \"hypercar\", \"lmp2\" or \"lmgt3\""))
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Class::Hypercar => "Hypercar",
            Class::Lmp2 => "LMP2",
            Class::Lmgt3 => "LMGT3",
        })
    }
}
