//! The publication date of an entry list.

use serde::{Deserialize, Serialize};
use std::fmt;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date written `YYYY-MM-DD` in the data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PublishedDate {
    year: u16,
    month: u8,
    day: u8,
}

impl PublishedDate {
    /// The date as fans read it: `27 November 2023`.
    pub fn long(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl TryFrom<String> for PublishedDate {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let bad = || format!("date \"{text}\" is not a calendar date written YYYY-MM-DD");
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Result<u16, String> {
            let part = &bytes[range];
            if part.iter().all(u8::is_ascii_digit) {
                Ok(part.iter().fold(0, |n, d| n * 10 + u16::from(d - b'0')))
            } else {
                Err(bad())
            }
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(bad());
        }
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).map_err(|_| bad())?;
        let day = u8::try_from(digits(8..10)?).map_err(|_| bad())?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(bad());
        }
        Ok(PublishedDate { year, month, day })
    }
}

impl From<PublishedDate> for String {
    fn from(date: PublishedDate) -> String {
        date.to_string()
    }
}

impl fmt::Display for PublishedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_iso_dates() {
        let date = PublishedDate::try_from("2023-11-27".to_string()).unwrap();
        assert_eq!(date.to_string(), "2023-11-27");
        assert_eq!(date.long(), "27 November 2023");
    }

    #[test]
    fn rejects_impossible_dates() {
        for text in [
            "2023-13-01",
            "2023-02-29",
            "2023-11-00",
            "27/11/2023",
            "2023-1-27",
            "２０２３-11-27",
        ] {
            assert!(
                PublishedDate::try_from(text.to_string()).is_err(),
                "{text} was accepted"
            );
        }
        assert!(PublishedDate::try_from("2024-02-29".to_string()).is_ok());
    }
}
