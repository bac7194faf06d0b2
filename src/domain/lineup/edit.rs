//! The one edit type: every change a fan makes to a line-up, and how the
//! domain applies it to a season.

use super::apply;
use super::edit_error::EditError;
use crate::domain::{CarNumber, Driver, DriverId, Entry, Rating, Season, StintPlan};
use serde::Serialize;

/// A change to a line-up, written `{"op": "fill", "car": "46", ...}`
/// (read back by `edit_reader`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Edit {
    /// Puts `driver` in seat `seat` (0-based) of car `car`; a driver seated
    /// elsewhere moves, leaving that seat TBA.
    Fill {
        car: CarNumber,
        seat: usize,
        driver: DriverId,
    },
    /// Makes seat `seat` of car `car` TBA.
    Clear { car: CarNumber, seat: usize },
    /// Gives `driver` another rating: what if he were Gold?
    Rate { driver: DriverId, rating: Rating },
    /// Adds a driver the fan made up.
    AddDriver { driver: Driver },
    /// Adds a fan-made entry.
    AddEntry { entry: Entry },
    /// Removes a fan-made entry.
    RemoveEntry { car: CarNumber },
    /// Sets the Le Mans stint plan of car `car`; an empty plan removes it.
    Plan { car: CarNumber, plan: StintPlan },
    /// Goes back to the provisional list.
    Reset,
    /// Several edits as one step in the history (an import): applied in
    /// order, all or none.
    Bulk { edits: Vec<Edit> },
}

impl Edit {
    /// Applies the edit to `season` (whose provisional list is `base`) and
    /// says what happened, for a fan. On error `season` is unchanged.
    pub(crate) fn apply(&self, season: &mut Season, base: &Season) -> Result<String, EditError> {
        match self {
            Edit::Fill { car, seat, driver } => apply::fill(season, car, *seat, driver),
            Edit::Clear { car, seat } => apply::clear(season, car, *seat),
            Edit::Rate { driver, rating } => apply::rate(season, driver, *rating),
            Edit::AddDriver { driver } => apply::add_driver(season, driver),
            Edit::AddEntry { entry } => apply::add_entry(season, entry),
            Edit::RemoveEntry { car } => apply::remove_entry(season, base, car),
            Edit::Plan { car, plan } => apply::plan(season, car, plan),
            Edit::Reset => {
                *season = base.clone();
                Ok("Back to the provisional list.".to_string())
            }
            Edit::Bulk { edits } => bulk(season, base, edits),
        }
    }

    /// How many single edits this is (a bulk edit counts its parts).
    pub fn weight(&self) -> usize {
        match self {
            Edit::Bulk { edits } => edits.iter().map(Edit::weight).sum::<usize>().max(1),
            _ => 1,
        }
    }
}

/// Applies `edits` in order to a copy, so that the season changes only if
/// every one of them applies.
fn bulk(season: &mut Season, base: &Season, edits: &[Edit]) -> Result<String, EditError> {
    let mut changed = season.clone();
    for edit in edits {
        edit.apply(&mut changed, base)?;
    }
    *season = changed;
    Ok(format!(
        "Made {}.",
        crate::domain::wording::count(edits.len(), "change", "changes")
    ))
}
