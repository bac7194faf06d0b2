//! The fan's forms, checked by the domain: a new driver and a new car. Each
//! problem is tied to its field, for inline messages.

use crate::domain::{CarNumber, Class, CountryCode, Crew, Driver, DriverId, Entry, Rating, Season};
use std::collections::BTreeMap;

/// The most characters a driver's name, a team, a make or a model may have.
const NAME_LIMIT: usize = 60;
/// The seats of a fan-made car: a full Le Mans crew.
const NEW_CAR_SEATS: usize = 3;

/// The problems of a form, by field name.
pub type FormErrors = BTreeMap<&'static str, String>;

/// "New driver": name, nationality, rating.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DriverForm {
    pub name: String,
    pub nationality: String,
    pub rating: Option<Rating>,
}

impl DriverForm {
    /// The driver this form makes in `season`, or its problems by field
    /// (`name`, `nationality`, `rating`).
    pub fn check(&self, season: &Season) -> Result<Driver, FormErrors> {
        let mut errors = FormErrors::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.insert("name", "Enter the driver's name.".to_string());
        } else if name.chars().count() > NAME_LIMIT {
            errors.insert(
                "name",
                format!("A name has at most {NAME_LIMIT} characters."),
            );
        }
        let code = self.nationality.trim().to_ascii_uppercase();
        let nationality = CountryCode::try_from(code).map_err(|_| {
            errors.insert(
                "nationality",
                "Use a three-letter code such as ITA or GBR.".to_string(),
            );
        });
        if self.rating.is_none() {
            errors.insert("rating", "Choose a rating.".to_string());
        }
        match (nationality, self.rating) {
            (Ok(nationality), Some(rating)) if errors.is_empty() => Ok(Driver {
                id: free_id(season, name),
                name: name.to_string(),
                nationality: Some(nationality),
                rating,
                confirmed: false,
                source: None,
                note: Some("Added by a fan".to_string()),
            }),
            _ => Err(errors),
        }
    }
}

/// A slug of `name` that no driver of `season` has yet.
fn free_id(season: &Season, name: &str) -> DriverId {
    let mut slug = String::new();
    for c in crate::domain::fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let stem = match slug.trim_end_matches('-') {
        "" => "driver".to_string(),
        stem => stem.to_string(),
    };
    (1..)
        .map(|n| {
            if n == 1 {
                stem.clone()
            } else {
                format!("{stem}-{n}")
            }
        })
        .filter_map(|candidate| DriverId::try_from(candidate).ok())
        .find(|id| season.driver(id).is_none())
        .expect("some suffix is free")
}

/// "Add a car": class, number, team, make, model.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryForm {
    pub class: Option<Class>,
    pub number: String,
    pub team: String,
    pub manufacturer: String,
    pub car: String,
}

impl EntryForm {
    /// The fan-made entry this form makes in `season` (a private entry with
    /// three TBA seats), or its problems by field.
    pub fn check(&self, season: &Season) -> Result<Entry, FormErrors> {
        let mut errors = FormErrors::new();
        if self.class.is_none() {
            errors.insert("class", "Choose a class.".to_string());
        }
        let number = CarNumber::try_from(self.number.trim().trim_start_matches('#').to_string());
        match &number {
            Err(_) => {
                errors.insert("number", "A car number is one to three digits.".to_string());
            }
            Ok(number) => {
                if let Some(at) = season.entry_position(number) {
                    let team = &season.entries()[at].team;
                    errors.insert("number", format!("#{number} is taken by {team}."));
                }
            }
        }
        for (field, text, what) in [
            ("team", &self.team, "the team"),
            ("manufacturer", &self.manufacturer, "the make"),
            ("car", &self.car, "the car model"),
        ] {
            if text.trim().is_empty() {
                errors.insert(field, format!("Enter {what}."));
            } else if text.trim().chars().count() > NAME_LIMIT {
                errors.insert(field, format!("At most {NAME_LIMIT} characters."));
            }
        }
        match (number, self.class) {
            (Ok(number), Some(class)) if errors.is_empty() => Ok(Entry {
                number,
                class,
                team: self.team.trim().to_string(),
                manufacturer: self.manufacturer.trim().to_string(),
                car: self.car.trim().to_string(),
                private: true,
                crew: Crew::new(vec![None; NEW_CAR_SEATS]),
                season_crew: Crew::default(),
                note: Some("Added by a fan".to_string()),
                plan: Default::default(),
            }),
            _ => Err(errors),
        }
    }
}
