//! Encodings of a line-up: the autosave (every edit, done and undone) and
//! the share link (the shortest edits from the provisional list, JSON in
//! URL-safe base64).

use super::{Edit, LineUp, edits_between};
use crate::domain::Season;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// The autosave format this version writes and reads.
pub const SAVE_FORMAT: u32 = 1;
/// The share-link format this version writes and reads.
const SHARE_FORMAT: u32 = 1;

/// Why a saved or shared line-up cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// Not URL-safe base64.
    Encoding,
    /// Not the expected JSON.
    Format(String),
    /// Written by another version of the app.
    Version(u32),
    /// For another season's list.
    Season(String),
    /// An edit that does not apply to this provisional list.
    Edit { at: usize, reason: String },
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodecError::Encoding => {
                f.write_str("it is not a complete Crew Builder code (damaged or cut short)")
            }
            CodecError::Format(reason) => write!(f, "it is damaged or cut short ({reason})"),
            CodecError::Version(version) => write!(
                f,
                "it was written in format {version}, which this version cannot read"
            ),
            CodecError::Season(season) => write!(f, "it is for the {season} list"),
            CodecError::Edit { at, reason } => {
                write!(f, "change {} does not apply: {reason}", at + 1)
            }
        }
    }
}

impl std::error::Error for CodecError {}

#[derive(Serialize, Deserialize)]
struct Saved {
    format: u32,
    season: String,
    edits: Vec<Edit>,
    applied: usize,
}

#[derive(Serialize, Deserialize)]
struct Shared {
    v: u32,
    season: String,
    edits: Vec<Edit>,
}

/// The autosave text of a line-up: its whole history.
pub fn save_text(lineup: &LineUp) -> String {
    let saved = Saved {
        format: SAVE_FORMAT,
        season: lineup.base().season().to_string(),
        edits: lineup.edits().to_vec(),
        applied: lineup.applied(),
    };
    serde_json::to_string(&saved).expect("a line-up always serialises")
}

/// Reads an autosave back onto `base`, undo history and all.
pub fn restore(base: Arc<Season>, text: &str) -> Result<LineUp, CodecError> {
    let version: serde_json::Value =
        serde_json::from_str(text).map_err(|error| CodecError::Format(error.to_string()))?;
    match version.get("format").and_then(serde_json::Value::as_u64) {
        Some(format) if format == u64::from(SAVE_FORMAT) => {}
        Some(other) => {
            return Err(CodecError::Version(
                u32::try_from(other).unwrap_or(u32::MAX),
            ));
        }
        None => return Err(CodecError::Format("no format version".to_string())),
    }
    let saved: Saved =
        serde_json::from_value(version).map_err(|error| CodecError::Format(error.to_string()))?;
    check_season(&base, &saved.season)?;
    let applied = saved.applied.min(saved.edits.len());
    LineUp::replay(base, saved.edits, applied).map_err(|(at, error)| CodecError::Edit {
        at,
        reason: error.to_string(),
    })
}

/// The share code of a line-up: the shortest edits from the provisional list.
pub fn share_code(lineup: &LineUp) -> String {
    let edits = edits_between(lineup.base(), lineup.season())
        .expect("a line-up made by edits is reachable by edits");
    let shared = Shared {
        v: SHARE_FORMAT,
        season: lineup.base().season().to_string(),
        edits,
    };
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(&shared).expect("a line-up always serialises"))
}

/// Opens a share code onto `base`; its edits become the line-up's history.
pub fn open_share(base: Arc<Season>, code: &str) -> Result<LineUp, CodecError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(code.trim())
        .map_err(|_| CodecError::Encoding)?;
    let shared: Shared =
        serde_json::from_slice(&bytes).map_err(|error| CodecError::Format(error.to_string()))?;
    if shared.v != SHARE_FORMAT {
        return Err(CodecError::Version(shared.v));
    }
    check_season(&base, &shared.season)?;
    let applied = shared.edits.len();
    LineUp::replay(base, shared.edits, applied).map_err(|(at, error)| CodecError::Edit {
        at,
        reason: error.to_string(),
    })
}

fn check_season(base: &Season, season: &str) -> Result<(), CodecError> {
    if season == base.season() {
        Ok(())
    } else {
        Err(CodecError::Season(season.to_string()))
    }
}
