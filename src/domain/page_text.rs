//! A list and its rule check as a page carries them (`#season-data`): a
//! compact text the build writes and the browser reads back without a JSON
//! reader, so the first view carries none. One record a line, its fields
//! split by tabs: `S` the list, `R` a source, `D` a driver, `E` an entry,
//! `F` a finding of the check the page shows. In a field, `\\`, `\t`,
//! `\n`, `\r` and `\l` (`<`, so the text cannot close its script) are
//! escaped and `\-` is a field that is absent. The page is made from a
//! checked data file, so this is no file format for people: the data file
//! stays JSON.

use super::rules::{Finding, Report};
use super::season_file::SeasonFile;
use super::{Crew, Driver, Entry, Season};
use std::fmt;

/// The first line: what the text is, and its version.
pub(super) const HEADER: &str = "crewbuilder-page 1";
/// A field that is absent (an escape no text makes).
pub(super) const ABSENT: &str = "\\-";

/// Why a page's text cannot be read: the line and what is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageTextError {
    /// 1-based; 0 for the list as a whole.
    pub line: usize,
    pub why: String,
}

impl fmt::Display for PageTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => f.write_str(&self.why),
            line => write!(f, "line {line}: {}", self.why),
        }
    }
}

/// `season` and `report` (its check) as a page carries them.
pub fn page_text(season: &Season, report: &Report) -> String {
    let file = season.file();
    let mut text = String::from(HEADER);
    let mut record = |kind: &str, fields: Vec<Option<String>>| {
        text.push('\n');
        text.push_str(kind);
        for field in fields {
            text.push('\t');
            match field {
                Some(field) => escape_into(&field, &mut text),
                None => text.push_str(ABSENT),
            }
        }
    };
    record("S", list_fields(file));
    for source in &file.sources {
        let fields = [&source.id, &source.title, &source.url];
        record("R", fields.map(|field| Some(field.clone())).into());
    }
    for driver in &file.drivers {
        record("D", driver_fields(driver));
    }
    for entry in &file.entries {
        record("E", entry_fields(entry));
    }
    for finding in &report.findings {
        record("F", finding_fields(finding));
    }
    text
}

fn list_fields(file: &SeasonFile) -> Vec<Option<String>> {
    vec![
        Some(file.season.clone()),
        Some(file.title.clone()),
        Some(file.published.into()),
        file.rules.clone(),
        file.season_crew_label.clone(),
        file.about.clone(),
    ]
}

fn driver_fields(driver: &Driver) -> Vec<Option<String>> {
    let source = driver.source.as_ref();
    vec![
        Some(driver.id.to_string()),
        Some(driver.name.clone()),
        driver.nationality.map(String::from),
        Some(driver.rating.slug().to_string()),
        Some(flag(driver.confirmed)),
        driver.note.clone(),
        source.map(|source| source.publisher.clone()),
        source.map(|source| source.title.clone()),
        source.map(|source| source.date.clone()),
        source.and_then(|source| source.url.clone()),
    ]
}

fn entry_fields(entry: &Entry) -> Vec<Option<String>> {
    let plan = entry
        .plan
        .stints()
        .iter()
        .map(|stint| format!("{}@{}-{}", stint.driver, stint.from, stint.to));
    vec![
        Some(entry.number.to_string()),
        Some(entry.class.slug().to_string()),
        Some(entry.team.clone()),
        Some(entry.manufacturer.clone()),
        Some(entry.car.clone()),
        Some(flag(entry.private)),
        Some(crew_field(&entry.crew)),
        Some(crew_field(&entry.season_crew)),
        entry.note.clone(),
        Some(plan.collect::<Vec<_>>().join(",")),
    ]
}

fn finding_fields(finding: &Finding) -> Vec<Option<String>> {
    vec![
        Some(finding.rule.clone()),
        Some(finding.severity.slug().to_string()),
        Some(joined(&finding.cars)),
        Some(joined(&finding.drivers)),
        Some(finding.message.clone()),
        finding
            .span
            .map(|span| format!("{}-{}", span.from, span.to)),
    ]
}

/// A crew's seats: driver ids, `-` for a TBA seat.
fn crew_field(crew: &Crew) -> String {
    let seats = crew.seats().iter().map(|seat| match seat {
        Some(id) => id.to_string(),
        None => "-".to_string(),
    });
    seats.collect::<Vec<_>>().join(",")
}

fn joined(items: &[impl ToString]) -> String {
    let texts: Vec<String> = items.iter().map(ToString::to_string).collect();
    texts.join(",")
}

fn flag(on: bool) -> String {
    (if on { "1" } else { "0" }).to_string()
}

fn escape_into(field: &str, text: &mut String) {
    for c in field.chars() {
        match c {
            '\\' => text.push_str("\\\\"),
            '\t' => text.push_str("\\t"),
            '\n' => text.push_str("\\n"),
            '\r' => text.push_str("\\r"),
            '<' => text.push_str("\\l"),
            c => text.push(c),
        }
    }
}
