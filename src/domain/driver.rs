//! Drivers and their identities.

use super::Rating;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// A driver's unique slug, such as `valentino-rossi`: lowercase ASCII letters
/// and digits in groups joined by single hyphens. Shared, so cloning is cheap.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DriverId(Arc<str>);

impl DriverId {
    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DriverId {
    type Error = String;

    fn try_from(slug: String) -> Result<Self, String> {
        let well_formed = !slug.is_empty()
            && slug.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if well_formed {
            Ok(DriverId(slug.into()))
        } else {
            Err(format!(
                "driver id \"{slug}\" is not a slug (lowercase letters and digits joined by single hyphens, like \"valentino-rossi\")"
            ))
        }
    }
}

impl From<DriverId> for String {
    fn from(id: DriverId) -> String {
        id.0.to_string()
    }
}

impl fmt::Display for DriverId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 3166 alpha-3 country code such as `ITA`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// The three letters.
    pub fn as_str(&self) -> &str {
        // The constructor only admits ASCII uppercase letters.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl TryFrom<String> for CountryCode {
    type Error = String;

    fn try_from(code: String) -> Result<Self, String> {
        match <[u8; 3]>::try_from(code.as_bytes()) {
            Ok(letters) if letters.iter().all(u8::is_ascii_uppercase) => Ok(CountryCode(letters)),
            _ => Err(format!(
                "nationality \"{code}\" is not a three-letter ISO country code like \"ITA\""
            )),
        }
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> String {
        code.as_str().to_string()
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A driver with their FIA rating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Driver {
    pub id: DriverId,
    pub name: String,
    /// `None` for a driver racing as a neutral athlete.
    pub nationality: Option<CountryCode>,
    pub rating: Rating,
    /// Whether a published source confirms the rating.
    pub confirmed: bool,
    /// Where the rating is published (for a confirmed rating).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<RatingSource>,
    /// A remark on the driver or their rating, for fans: for an unconfirmed
    /// rating, what was searched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A published page or document that states a driver's rating for the
/// season: enough for a fan to find it and read it there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingSource {
    /// Who published it, such as "BMW M Motorsport" or "IMSA".
    pub publisher: String,
    /// The page or document: its title, or what it is.
    pub title: String,
    /// When it was published: `2024`, `2024-02` or `2024-02-03`.
    pub date: String,
    /// Its address, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Driver {
    /// Where the rating comes from, for a fan: its source, or that none
    /// confirms it; then any note.
    pub fn rating_provenance(&self) -> String {
        let rating = self.rating;
        let said = match (&self.source, self.confirmed) {
            (Some(source), _) => format!("{rating}: FIA rating, per {}", source.citation()),
            (None, true) => format!("{rating}: FIA rating, confirmed"),
            (None, false) => format!("{rating}: not confirmed by a published source"),
        };
        match &self.note {
            Some(note) => format!("{said}. {note}"),
            None => said,
        }
    }
}

impl RatingSource {
    /// A one-line citation: `IMSA, "Daytona 24 Hours results", 2024-01`.
    pub fn citation(&self) -> String {
        format!("{}, \"{}\", {}", self.publisher, self.title, self.date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn driver_ids_are_slugs() {
        for good in ["valentino-rossi", "a", "mikkel-o-pedersen", "driver-2"] {
            assert!(DriverId::try_from(good.to_string()).is_ok(), "{good}");
        }
        for bad in [
            "",
            "Valentino-Rossi",
            "valentino rossi",
            "-rossi",
            "rossi-",
            "a--b",
            "sørensen",
        ] {
            assert!(DriverId::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_provenance_names_the_source_or_says_none_confirms_it() {
        let mut driver = Driver {
            id: DriverId::try_from("a-b".to_string()).unwrap(),
            name: "A B".to_string(),
            nationality: None,
            rating: Rating::Silver,
            confirmed: true,
            source: Some(RatingSource {
                publisher: "IMSA".to_string(),
                title: "Daytona results".to_string(),
                date: "2024-01-27".to_string(),
                url: None,
            }),
            note: Some("Kept Silver on review.".to_string()),
        };
        assert_eq!(
            driver.rating_provenance(),
            "Silver: FIA rating, per IMSA, \"Daytona results\", 2024-01-27. Kept Silver on review."
        );
        driver.source = None;
        driver.note = None;
        assert_eq!(driver.rating_provenance(), "Silver: FIA rating, confirmed");
        driver.confirmed = false;
        assert_eq!(
            driver.rating_provenance(),
            "Silver: not confirmed by a published source"
        );
    }

    #[test]
    fn country_codes_are_three_capitals() {
        assert_eq!(
            CountryCode::try_from("ITA".to_string()).unwrap().as_str(),
            "ITA"
        );
        for bad in ["IT", "ITAL", "ita", "I1A", "ÌTA"] {
            assert!(CountryCode::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }
}
