//! Encodings of a line-up: the autosave (every edit, done and undone, and
//! the revision tabs agree on) and the share link (the shortest edits from
//! the provisional list, JSON in URL-safe base64).

use super::{Edit, LineUp, edits_between};
use crate::domain::{Season, megabytes};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// The autosave format this version writes; it reads this one and older.
/// Format 2 added the revision (see `sync`).
pub const SAVE_FORMAT: u32 = 2;
/// The share-link format this version writes and reads.
const SHARE_FORMAT: u32 = 1;
/// The most edits a saved, shared or imported line-up may carry.
pub const MAX_EDITS: usize = 10_000;
/// The longest autosave or share code read, in bytes (5 MB), checked
/// before anything is decoded.
const MAX_CODE_BYTES: usize = crate::domain::MAX_FILE_BYTES;

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
    /// Longer than [`MAX_CODE_BYTES`] (its length in bytes): refused unread.
    TooLarge(usize),
    /// More edits than [`MAX_EDITS`]: refused before any is applied.
    TooManyEdits(usize),
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
            CodecError::TooLarge(bytes) => write!(
                f,
                "it is {}, more than the {} a line-up may take",
                megabytes(*bytes),
                megabytes(MAX_CODE_BYTES)
            ),
            CodecError::TooManyEdits(edits) => write!(
                f,
                "it has {edits} changes, more than the {MAX_EDITS} a line-up may have"
            ),
        }
    }
}

impl std::error::Error for CodecError {}

/// An autosave's format alone, read when the whole save does not read: a
/// newer format's rest may not read as this one's.
#[derive(Deserialize)]
struct Format {
    format: Option<u64>,
}

/// The autosave. `format` and `revision` come first, so a tab can read the
/// revision at the start of the text ([`saved_revision`]).
#[derive(Serialize, Deserialize)]
struct Saved {
    format: u32,
    /// How many times the tabs of this browser have saved (format 1: 0).
    #[serde(default)]
    revision: u64,
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

/// The autosave text of a line-up at `revision`: its whole history.
pub fn save_text(lineup: &LineUp, revision: u64) -> String {
    let saved = Saved {
        format: SAVE_FORMAT,
        revision,
        season: lineup.base().season().to_string(),
        edits: lineup.edits().to_vec(),
        applied: lineup.applied(),
    };
    serde_json::to_string(&saved).expect("a line-up always serialises")
}

/// The revision of an autosave this version wrote, read from the start of
/// its text without parsing the rest: how a tab tells, on every save,
/// whether another tab saved since. `None` for any other text (an older
/// format, a damaged save): then the whole save must be read.
pub fn saved_revision(text: &str) -> Option<u64> {
    let rest = text.strip_prefix(&format!("{{\"format\":{SAVE_FORMAT},\"revision\":"))?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    rest[..digits]
        .parse()
        .ok()
        .filter(|_| rest[digits..].starts_with(','))
}

/// Reads an autosave back onto `base`, undo history and all, with its
/// revision.
pub fn restore(base: Arc<Season>, text: &str) -> Result<(LineUp, u64), CodecError> {
    within_size(text)?;
    let damaged = |error: serde_json::Error| CodecError::Format(error.to_string());
    // Read once; only a save that does not read as this version's is read
    // again, for its format alone, to say why.
    let saved = serde_json::from_str::<Saved>(text);
    let format = match &saved {
        Ok(saved) => Some(u64::from(saved.format)),
        Err(_) => {
            serde_json::from_str::<Format>(text)
                .map_err(damaged)?
                .format
        }
    };
    match format {
        Some(format) if (1..=u64::from(SAVE_FORMAT)).contains(&format) => {}
        Some(other) => {
            return Err(CodecError::Version(
                u32::try_from(other).unwrap_or(u32::MAX),
            ));
        }
        None => return Err(CodecError::Format("no format version".to_string())),
    }
    let saved = saved.map_err(damaged)?;
    check_season(&base, &saved.season)?;
    within_count(&saved.edits)?;
    let applied = saved.applied.min(saved.edits.len());
    let lineup =
        LineUp::replay(base, saved.edits, applied).map_err(|(at, error)| CodecError::Edit {
            at,
            reason: error.to_string(),
        })?;
    Ok((lineup, saved.revision))
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
    within_size(code)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(code.trim())
        .map_err(|_| CodecError::Encoding)?;
    let shared: Shared =
        serde_json::from_slice(&bytes).map_err(|error| CodecError::Format(error.to_string()))?;
    if shared.v != SHARE_FORMAT {
        return Err(CodecError::Version(shared.v));
    }
    check_season(&base, &shared.season)?;
    within_count(&shared.edits)?;
    let applied = shared.edits.len();
    LineUp::replay(base, shared.edits, applied).map_err(|(at, error)| CodecError::Edit {
        at,
        reason: error.to_string(),
    })
}

/// The edits that turn `base` into the data file `text` (an export, or any
/// list of the same season), or why it cannot be imported.
pub fn import(base: &Arc<Season>, text: &str) -> Result<Vec<Edit>, String> {
    let season = Season::from_json(text).map_err(|error| error.to_string())?;
    let edits = edits_between(base, &season)?;
    within_count(&edits).map_err(|error| error.to_string())?;
    Ok(edits)
}

fn within_size(text: &str) -> Result<(), CodecError> {
    if text.len() > MAX_CODE_BYTES {
        return Err(CodecError::TooLarge(text.len()));
    }
    Ok(())
}

/// Counts a bulk edit by its parts, so no nesting slips past the bound.
fn within_count(edits: &[Edit]) -> Result<(), CodecError> {
    let count: usize = edits.iter().map(Edit::weight).sum();
    if count > MAX_EDITS {
        return Err(CodecError::TooManyEdits(count));
    }
    Ok(())
}

fn check_season(base: &Season, season: &str) -> Result<(), CodecError> {
    if season == base.season() {
        Ok(())
    } else {
        Err(CodecError::Season(season.to_string()))
    }
}
