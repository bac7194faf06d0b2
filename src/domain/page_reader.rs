//! Reading a page's text back (its format: `page_text.rs`).

use super::page_text::{ABSENT, HEADER, PageTextError};
use super::rules::{Finding, Report, Severity, Span};
use super::season_file::SeasonFile;
use super::{CarNumber, Crew, Driver, DriverId, Entry, RaceTime, RatingSource, Season, Source};
use super::{Stint, StintPlan};

/// Reads a page's text back: the list, checked as [`Season::from_json`]
/// checks a data file, and the check the page shows.
pub fn read_page_text(text: &str) -> Result<(Season, Report), PageTextError> {
    let mut lines = text.split('\n').enumerate();
    if lines.next().map(|(_, line)| line) != Some(HEADER) {
        return Err(at(
            1,
            format!("the page's list does not begin with \"{HEADER}\""),
        ));
    }
    let mut reader = Reader::default();
    for (at_line, line) in lines {
        let mut fields = Fields::of(line, at_line + 1)?;
        reader.record(&mut fields)?;
        fields.finished()?;
    }
    reader.finish()
}

fn at(line: usize, why: String) -> PageTextError {
    PageTextError { line, why }
}

/// What has been read so far.
#[derive(Default)]
struct Reader {
    file: Option<SeasonFile>,
    findings: Vec<Finding>,
}

impl Reader {
    fn record(&mut self, fields: &mut Fields) -> Result<(), PageTextError> {
        let kind = fields.text()?;
        if kind == "S" {
            if self.file.is_some() {
                return Err(fields.wrong("a second list record".to_string()));
            }
            self.file = Some(read_list(fields)?);
            return Ok(());
        }
        let Some(file) = self.file.as_mut() else {
            return Err(fields.wrong("a record before the list's".to_string()));
        };
        match kind.as_str() {
            "R" => file.sources.push(read_source(fields)?),
            "D" => file.drivers.push(read_driver(fields)?),
            "E" => file.entries.push(read_entry(fields)?),
            "F" => self.findings.push(read_finding(fields)?),
            other => return Err(fields.wrong(format!("a record of kind \"{other}\""))),
        }
        Ok(())
    }

    fn finish(self) -> Result<(Season, Report), PageTextError> {
        let file = self
            .file
            .ok_or_else(|| at(0, "the page holds no list".to_string()))?;
        let season = Season::checked::<super::error::Rejected>(file).map_err(|_| {
            at(
                0,
                "the list does not hold together (a driver or car named twice, or unknown)"
                    .to_string(),
            )
        })?;
        Ok((
            season,
            Report {
                findings: self.findings,
            },
        ))
    }
}

fn read_list(fields: &mut Fields) -> Result<SeasonFile, PageTextError> {
    Ok(SeasonFile {
        season: fields.text()?,
        title: fields.text()?,
        published: fields.parsed()?,
        rules: fields.optional()?,
        season_crew_label: fields.optional()?,
        about: fields.optional()?,
        sources: Vec::new(),
        drivers: Vec::new(),
        entries: Vec::new(),
    })
}

fn read_source(fields: &mut Fields) -> Result<Source, PageTextError> {
    Ok(Source {
        id: fields.text()?,
        title: fields.text()?,
        url: fields.text()?,
    })
}

fn read_driver(fields: &mut Fields) -> Result<Driver, PageTextError> {
    let (id, name) = (fields.parsed()?, fields.text()?);
    let nationality = fields
        .optional()?
        .map(|code| fields.convert(code))
        .transpose()?;
    let (rating, confirmed, note) = (fields.parsed()?, fields.flag()?, fields.optional()?);
    let publisher = fields.optional()?;
    let (title, date, url) = (fields.optional()?, fields.optional()?, fields.optional()?);
    let source = match (publisher, title, date) {
        (Some(publisher), Some(title), Some(date)) => Some(RatingSource {
            publisher,
            title,
            date,
            url,
        }),
        (None, None, None) => None,
        _ => return Err(fields.wrong("a source without its publisher, title or date".to_string())),
    };
    Ok(Driver {
        id,
        name,
        nationality,
        rating,
        confirmed,
        source,
        note,
    })
}

fn read_entry(fields: &mut Fields) -> Result<Entry, PageTextError> {
    Ok(Entry {
        number: fields.parsed()?,
        class: fields.parsed()?,
        team: fields.text()?,
        manufacturer: fields.text()?,
        car: fields.text()?,
        private: fields.flag()?,
        crew: read_crew(fields)?,
        season_crew: read_crew(fields)?,
        note: fields.optional()?,
        plan: read_plan(fields)?,
    })
}

fn read_crew(fields: &mut Fields) -> Result<Crew, PageTextError> {
    let seats = fields.list()?.into_iter().map(|seat| match seat.as_str() {
        "-" => Ok(None),
        _ => fields.convert(seat).map(Some),
    });
    Ok(Crew::new(seats.collect::<Result<_, _>>()?))
}

fn read_plan(fields: &mut Fields) -> Result<StintPlan, PageTextError> {
    let stints = fields.list()?.into_iter().map(|stint| {
        let parts = stint
            .split_once('@')
            .and_then(|(driver, span)| Some((driver, span.split_once('-')?)));
        let Some((driver, (from, to))) = parts else {
            return Err(fields.wrong(format!("\"{stint}\" is not a stint (driver@HH:MM-HH:MM)")));
        };
        let driver: DriverId = fields.convert(driver.to_string())?;
        let (from, to) = (
            fields.convert(from.to_string())?,
            fields.convert(to.to_string())?,
        );
        Stint::new(driver, from, to).map_err(|why| fields.wrong(why))
    });
    Ok(StintPlan::new(stints.collect::<Result<_, _>>()?))
}

fn read_finding(fields: &mut Fields) -> Result<Finding, PageTextError> {
    let rule = fields.text()?;
    let severity = match fields.text()?.as_str() {
        "error" => Severity::Error,
        "warning" => Severity::Warning,
        other => return Err(fields.wrong(format!("\"{other}\" is not a severity"))),
    };
    let cars = fields
        .list()?
        .into_iter()
        .map(|car| fields.convert::<CarNumber>(car));
    let cars = cars.collect::<Result<_, _>>()?;
    let drivers = fields
        .list()?
        .into_iter()
        .map(|id| fields.convert::<DriverId>(id));
    let drivers = drivers.collect::<Result<_, _>>()?;
    let message = fields.text()?;
    let span = match fields.optional()? {
        None => None,
        Some(span) => {
            let Some((from, to)) = span.split_once('-') else {
                return Err(fields.wrong(format!("\"{span}\" is not a span (HH:MM-HH:MM)")));
            };
            let (from, to): (RaceTime, RaceTime) = (
                fields.convert(from.to_string())?,
                fields.convert(to.to_string())?,
            );
            Some(Span { from, to })
        }
    };
    Ok(Finding {
        rule,
        severity,
        cars,
        drivers,
        message,
        span,
    })
}

/// A line's fields, read in order.
struct Fields<'a> {
    line: usize,
    rest: std::str::Split<'a, char>,
}

impl<'a> Fields<'a> {
    fn of(text: &'a str, line: usize) -> Result<Fields<'a>, PageTextError> {
        Ok(Fields {
            line,
            rest: text.split('\t'),
        })
    }

    fn wrong(&self, why: String) -> PageTextError {
        at(self.line, why)
    }

    fn optional(&mut self) -> Result<Option<String>, PageTextError> {
        let raw = self
            .rest
            .next()
            .ok_or_else(|| self.wrong("a field is missing".to_string()))?;
        if raw == ABSENT {
            return Ok(None);
        }
        unescape(raw).map(Some).map_err(|why| self.wrong(why))
    }

    fn text(&mut self) -> Result<String, PageTextError> {
        self.optional()?
            .ok_or_else(|| self.wrong("a field that must be there is absent".to_string()))
    }

    fn convert<T: TryFrom<String, Error = String>>(
        &self,
        text: String,
    ) -> Result<T, PageTextError> {
        T::try_from(text).map_err(|why| self.wrong(why))
    }

    fn parsed<T: TryFrom<String, Error = String>>(&mut self) -> Result<T, PageTextError> {
        let text = self.text()?;
        self.convert(text)
    }

    fn flag(&mut self) -> Result<bool, PageTextError> {
        match self.text()?.as_str() {
            "1" => Ok(true),
            "0" => Ok(false),
            other => Err(self.wrong(format!("\"{other}\" is not 0 or 1"))),
        }
    }

    /// A comma-separated list (empty: none).
    fn list(&mut self) -> Result<Vec<String>, PageTextError> {
        let text = self.text()?;
        Ok(match text.as_str() {
            "" => Vec::new(),
            _ => text.split(',').map(str::to_string).collect(),
        })
    }

    fn finished(&mut self) -> Result<(), PageTextError> {
        match self.rest.next() {
            None => Ok(()),
            Some(_) => Err(self.wrong("the record has a field too many".to_string())),
        }
    }
}

fn unescape(raw: &str) -> Result<String, String> {
    let mut text = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        text.push(match chars.next() {
            Some('\\') => '\\',
            Some('t') => '\t',
            Some('n') => '\n',
            Some('r') => '\r',
            Some('l') => '<',
            other => return Err(format!("\"\\{}\" is no escape", other.unwrap_or(' '))),
        });
    }
    Ok(text)
}
