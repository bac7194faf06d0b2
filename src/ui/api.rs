//! Fetching the season's data file.

use crate::domain::{Season, SeasonError};
use gloo_net::http::Request;
use std::fmt;
use std::sync::Arc;

/// Where the app finds the data file, relative to the page.
const DATA_URL: &str = "data/wec-2024.json";

/// Why the entry list could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer from the server (offline, refused…).
    Unreachable(String),
    /// The server answered with an error status.
    Status { code: u16, text: String },
    /// The file arrived but is not a valid entry list.
    Malformed(SeasonError),
}

impl LoadError {
    /// Whether fetching again may help.
    pub fn is_transient(&self) -> bool {
        !matches!(self, LoadError::Malformed(_))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unreachable(reason) => {
                write!(
                    f,
                    "The entry list could not be fetched ({reason}). Check the connection and try again."
                )
            }
            LoadError::Status { code, text } => {
                write!(
                    f,
                    "The server could not send the entry list (HTTP {code} {text})."
                )
            }
            LoadError::Malformed(error) => write!(f, "The entry list file is damaged: {error}."),
        }
    }
}

/// Fetches and reads the data file.
pub async fn fetch_season() -> Result<Arc<Season>, LoadError> {
    let response = Request::get(DATA_URL)
        .send()
        .await
        .map_err(|error| LoadError::Unreachable(error.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status {
            code: response.status(),
            text: response.status_text(),
        });
    }
    let text = response
        .text()
        .await
        .map_err(|error| LoadError::Unreachable(error.to_string()))?;
    Season::from_json(&text)
        .map(Arc::new)
        .map_err(LoadError::Malformed)
}
