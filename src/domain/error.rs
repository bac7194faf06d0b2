//! Errors in a season data file, each naming where the problem is.

use std::fmt;

/// A 1-based line and column in the data file's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

/// What kind of problem a data file has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text is not JSON.
    Syntax,
    /// JSON, but not the data-file format: a missing field, a wrong type or a
    /// value out of its range (an unknown rating, a bad car number…).
    Shape,
    /// A required text (a name, a team) is blank.
    Blank,
    /// Two drivers share an id.
    DuplicateDriver,
    /// A crew or a stint names a driver id that no driver has.
    UnknownDriver,
    /// A plan names a car number that no entry has.
    UnknownCar,
    /// The text is over [`MAX_FILE_BYTES`]; it is refused unread.
    TooLarge,
    /// Two rounds share an id.
    DuplicateRound,
    /// A fact contradicts another: a car twice in a round, a driver in two
    /// cars, a crew in a car that had withdrawn, rounds of another list.
    Contradiction,
}

/// The largest data, plan or imported file read, in bytes (5 MB; the
/// shipped list is 33 KB).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// `bytes` in megabytes with one decimal, "10.0 MB" (whole numbers only:
/// float formatting would add its code to the wasm).
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// Why a season data file was rejected, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeasonError {
    pub kind: ErrorKind,
    /// Where in the document, such as `entries[12].crew[1]`; empty for the
    /// document as a whole.
    pub path: String,
    /// Where in the text, when the parser knows it.
    pub location: Option<LineColumn>,
    /// What is wrong, for a person.
    pub message: String,
}

/// What a check makes of a problem it finds: a [`SeasonError`] that says it
/// in words, where, or a bare [`Rejected`] for the page's own copy of a file
/// the build already checked (its wording is never built, and is not in
/// the wasm).
pub(crate) trait Rejection: Sized {
    /// The problem of `kind` at `path`, said by `message`.
    fn at(kind: ErrorKind, path: impl FnOnce() -> String, message: impl FnOnce() -> String)
    -> Self;
}

impl Rejection for SeasonError {
    fn at(
        kind: ErrorKind,
        path: impl FnOnce() -> String,
        message: impl FnOnce() -> String,
    ) -> Self {
        SeasonError::at(kind, path(), message())
    }
}

/// A problem, unworded: the file is not usable.
pub(crate) struct Rejected;

impl Rejection for Rejected {
    fn at(_: ErrorKind, _: impl FnOnce() -> String, _: impl FnOnce() -> String) -> Self {
        Rejected
    }
}

impl SeasonError {
    /// A problem found at `path` after the file was read.
    pub(crate) fn at(kind: ErrorKind, path: String, message: String) -> SeasonError {
        SeasonError {
            kind,
            path,
            location: None,
            message,
        }
    }

    /// Reads `text` as JSON into `T`; a problem keeps its path and position.
    pub(crate) fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, SeasonError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(SeasonError::at(
                ErrorKind::TooLarge,
                String::new(),
                format!(
                    "the file is {}; a Crew Builder file is at most {}",
                    megabytes(text.len()),
                    megabytes(MAX_FILE_BYTES)
                ),
            ));
        }
        let mut reader = serde_json::Deserializer::from_str(text);
        let value =
            serde_path_to_error::deserialize(&mut reader).map_err(SeasonError::from_json)?;
        reader
            .end()
            .map_err(|error| SeasonError::from_json_at(String::new(), &error))?;
        Ok(value)
    }

    /// The error with the line and column of its path in `text`, for a
    /// problem found after the text was read.
    pub(crate) fn placed_in(mut self, text: &str) -> SeasonError {
        self.location = super::locate::locate(text, &self.path);
        self
    }

    /// Converts a JSON reading error, keeping its path and position.
    pub(crate) fn from_json(error: serde_path_to_error::Error<serde_json::Error>) -> SeasonError {
        // serde_path_to_error writes `.` for the root and `?` for a part it
        // could not name (a key not read yet): keep only what is known.
        let path = error.path().to_string();
        let known = path.trim_end_matches('?').trim_end_matches('.');
        SeasonError::from_json_at(known.to_string(), error.inner())
    }

    /// Converts a JSON reading error found at `path`.
    pub(crate) fn from_json_at(path: String, inner: &serde_json::Error) -> SeasonError {
        let location = LineColumn {
            line: inner.line(),
            column: inner.column(),
        };
        let kind = if inner.is_data() {
            ErrorKind::Shape
        } else {
            ErrorKind::Syntax
        };
        let full = inner.to_string();
        let suffix = format!(" at line {} column {}", location.line, location.column);
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        SeasonError {
            kind,
            path,
            location: (location.line > 0).then_some(location),
            message,
        }
    }
}

impl fmt::Display for SeasonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)?;
        } else {
            write!(f, "{}: {}", self.path, self.message)?;
        }
        if let Some(LineColumn { line, column }) = self.location {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

impl std::error::Error for SeasonError {}
