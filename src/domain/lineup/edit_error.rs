//! Why an edit cannot be applied. A leaf: the edit type and the function
//! per kind (`apply.rs`) both use it.

use crate::domain::{CarNumber, DriverId};
use std::fmt;

/// Why an edit cannot be applied; the line-up is left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    UnknownCar(CarNumber),
    NoSuchSeat {
        car: CarNumber,
        seat: usize,
    },
    UnknownDriver(DriverId),
    DriverIdTaken(DriverId),
    NumberTaken(CarNumber),
    NotFanMade(CarNumber),
    Blank(&'static str),
    /// An undo replayed on another tab's save, whose last change is not
    /// the edit it undid.
    UndoneElsewhere,
    /// Likewise a redo, whose edit is no longer the next one undone.
    RedoneElsewhere,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::UnknownCar(car) => write!(f, "there is no car #{car}"),
            EditError::NoSuchSeat { car, seat } => write!(f, "car #{car} has no seat {}", seat + 1),
            EditError::UnknownDriver(id) => write!(f, "there is no driver \"{id}\""),
            EditError::DriverIdTaken(id) => write!(f, "a driver \"{id}\" already exists"),
            EditError::NumberTaken(car) => write!(f, "car #{car} already exists"),
            EditError::NotFanMade(car) => write!(
                f,
                "car #{car} is on the provisional list and cannot be removed"
            ),
            EditError::Blank(what) => write!(f, "{what} is blank"),
            EditError::UndoneElsewhere => f.write_str(
                "an undo, because another tab changed the line-up after the edit it undid",
            ),
            EditError::RedoneElsewhere => f.write_str(
                "a redo, because another tab changed the line-up after the edit it redid",
            ),
        }
    }
}

impl std::error::Error for EditError {}
