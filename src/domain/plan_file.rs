//! A plan file for `crewcheck --plan`, read against the season its car is in.

use super::error::{ErrorKind, SeasonError};
use super::{CarNumber, Season, StintPlan};
use serde::{Deserialize, Serialize};

/// A plan file for `crewcheck --plan`: one car's stints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFile {
    pub car: CarNumber,
    pub plan: StintPlan,
}

impl PlanFile {
    /// Reads a plan file for a car of `season`; the error names the place
    /// (`plan[3].to`) and its line and column.
    pub fn from_json(text: &str, season: &Season) -> Result<PlanFile, SeasonError> {
        let file: PlanFile = SeasonError::read(text)?;
        let checked = if season.entry(&file.car).is_none() {
            Err(SeasonError::at(
                ErrorKind::UnknownCar,
                "car".to_string(),
                format!(
                    "there is no car #{} in the {} list",
                    file.car,
                    season.season()
                ),
            ))
        } else {
            file.plan
                .stints()
                .iter()
                .enumerate()
                .try_for_each(|(at, stint)| {
                    season.known_driver(&stint.driver, || format!("plan[{at}].driver"))
                })
        };
        checked.map_err(|error| error.placed_in(text))?;
        Ok(file)
    }
}
