//! One car's crew as a picture shows it, and the fan's changed cars.

use crate::domain::lineup::LineUp;
use crate::domain::rules::{EventKind, Finding, Severity};
use crate::domain::{CarNumber, Class, Rating};

/// A driver in a seat, as pictured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PicturedSeat {
    pub name: String,
    /// The three-letter code, if the driver has one.
    pub nationality: Option<String>,
    pub rating: Rating,
    /// The fan changed the rating from the FIA's.
    pub what_if: bool,
}

impl PicturedSeat {
    /// "Valentino Rossi (Silver)", or "(Gold, a what-if rating)".
    fn described(&self) -> String {
        let what_if = if self.what_if {
            ", a what-if rating"
        } else {
            ""
        };
        format!("{} ({}{what_if})", self.name, self.rating)
    }
}

/// What the rules say about the crew, in the card's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub legal: bool,
    /// "Legal for a 6 Hours round", or the first error as its card says it.
    pub words: String,
}

impl Verdict {
    /// The verdict on car `number` of `class` from its `findings` (as
    /// its card has them) for `event`.
    pub fn of(findings: &[Finding], number: &CarNumber, class: Class, event: EventKind) -> Verdict {
        match findings.iter().find(|f| f.severity == Severity::Error) {
            Some(error) => Verdict {
                legal: false,
                words: error.message_for_car(number, class).to_string(),
            },
            None => Verdict {
                legal: true,
                words: format!("Legal for {event}"),
            },
        }
    }
}

/// One car's crew as the fan built it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrewPicture {
    pub number: CarNumber,
    pub class: Class,
    pub team: String,
    /// The model, such as "BMW M4 GT3".
    pub car: String,
    /// Each seat: its driver, or `None` for TBA.
    pub seats: Vec<Option<PicturedSeat>>,
    pub verdict: Verdict,
}

impl CrewPicture {
    /// Car `number` of `lineup` with its `findings` for `event`; `None` for
    /// a car not in the line-up.
    pub fn of(
        lineup: &LineUp,
        number: &CarNumber,
        findings: &[Finding],
        event: EventKind,
    ) -> Option<CrewPicture> {
        let season = lineup.season();
        let entry = season.entry(number)?;
        let seats = entry
            .crew
            .seats()
            .iter()
            .map(|seat| {
                let driver = season.driver(seat.as_ref()?)?;
                Some(PicturedSeat {
                    name: driver.name.clone(),
                    nationality: driver.nationality.map(|code| code.as_str().to_string()),
                    rating: driver.rating,
                    what_if: lineup.is_what_if(&driver.id),
                })
            })
            .collect();
        Some(CrewPicture {
            number: number.clone(),
            class: entry.class,
            team: entry.team.clone(),
            car: entry.car.clone(),
            seats,
            verdict: Verdict::of(findings, number, entry.class, event),
        })
    }

    /// The picture in words, for the share sheet and the `alt` text.
    pub fn alt_text(&self) -> String {
        let seats: Vec<String> = self
            .seats
            .iter()
            .map(|seat| {
                seat.as_ref()
                    .map_or("TBA".to_string(), PicturedSeat::described)
            })
            .collect();
        let verdict = self.verdict.words.trim_end_matches('.');
        format!(
            "#{} {} {}: {}. {verdict}.",
            self.number,
            self.team,
            self.car,
            seats.join(", ")
        )
    }

    /// The PNG's file name: `crew-46.png`.
    pub fn file_name(&self) -> String {
        format!("crew-{}.png", self.number)
    }
}

/// The cars the fan changed against the provisional list, in the list's
/// order: their own cars, a crew not as published, a what-if rating.
pub fn changed_cars(lineup: &LineUp) -> Vec<CarNumber> {
    let base = lineup.base();
    lineup
        .season()
        .in_list_order()
        .into_iter()
        .filter(|entry| {
            let published = base.entry(&entry.number).map(|was| &was.crew);
            published != Some(&entry.crew) || entry.crew.drivers().any(|id| lineup.is_what_if(id))
        })
        .map(|entry| entry.number.clone())
        .collect()
}

/// Every car the fan changed, as many as fit on one picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangesPicture {
    /// The list's title.
    pub list: String,
    pub crews: Vec<CrewPicture>,
    /// How many changed cars did not fit.
    pub more: usize,
}

impl ChangesPicture {
    /// Crews on one picture: two columns of three.
    pub const FITS: usize = 6;

    /// The picture of `crews` (every changed car) of the list `list`;
    /// `None` when the fan changed nothing.
    pub fn new(list: &str, mut crews: Vec<CrewPicture>) -> Option<ChangesPicture> {
        if crews.is_empty() {
            return None;
        }
        let more = crews.len().saturating_sub(Self::FITS);
        crews.truncate(Self::FITS);
        Some(ChangesPicture {
            list: list.to_string(),
            crews,
            more,
        })
    }

    /// The "+N more" line, when some did not fit.
    pub fn more_line(&self) -> Option<String> {
        let cars = if self.more == 1 { "car" } else { "cars" };
        (self.more > 0).then(|| format!("+{} more {cars}", self.more))
    }

    /// The picture in words: each crew's, then how many more.
    pub fn alt_text(&self) -> String {
        let crews: Vec<String> = self.crews.iter().map(CrewPicture::alt_text).collect();
        let more = self
            .more_line()
            .map(|line| format!(" And {}.", line.trim_start_matches('+')))
            .unwrap_or_default();
        format!("My changes to the {}: {}{more}", self.list, crews.join(" "))
    }

    /// The PNG's file name.
    pub const FILE_NAME: &str = "crew-changes.png";
}
