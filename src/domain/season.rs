//! A season's entry list: its drivers and entries, read from the data file
//! (`public/data/wec-2024.json`) and cross-checked.

use super::error::{ErrorKind, Rejection, SeasonError};
use super::order::{pair, sorted_by};
use super::season_file::SeasonFile;
pub use super::season_file::Source;
use super::{CarNumber, Class, Crew, Driver, DriverId, Entry, PublishedDate, Rating};
use rustc_hash::FxHashMap;

/// A checked entry list: driver ids are unique and every crew seat names a
/// known driver or is TBA.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Season {
    file: SeasonFile,
    driver_index: FxHashMap<DriverId, usize>,
    /// Where each car number first appears in the entries.
    entry_index: FxHashMap<CarNumber, usize>,
}

impl Season {
    /// Reads and cross-checks a data file. The error names the place of the
    /// first problem, as a path (`entries[12].crew[1]`) and, for problems the
    /// JSON reader sees, a line and column.
    pub fn from_json(text: &str) -> Result<Season, SeasonError> {
        let file: SeasonFile = SeasonError::read(text)?;
        Season::checked::<SeasonError>(file).map_err(|error| error.placed_in(text))
    }

    /// Cross-checks `file` (ids unique, every seat and stint a known
    /// driver), failing with `E`: placed and worded ([`SeasonError`]), or
    /// not (`Rejected`, for a list the build has checked already).
    pub(super) fn checked<E: Rejection>(mut file: SeasonFile) -> Result<Season, E> {
        let mut driver_index = FxHashMap::default();
        for (at, driver) in file.drivers.iter().enumerate() {
            require_text(
                &driver.name,
                || format!("drivers[{at}].name"),
                || "a driver needs a name".into(),
            )?;
            if let Some(source) = &driver.source {
                for (field, text) in [
                    ("publisher", &source.publisher),
                    ("title", &source.title),
                    ("date", &source.date),
                ] {
                    require_text(
                        text,
                        || format!("drivers[{at}].source.{field}"),
                        || format!("a source needs a {field}"),
                    )?;
                }
            }
            if let Some(first) = driver_index.insert(driver.id.clone(), at) {
                return Err(E::at(
                    ErrorKind::DuplicateDriver,
                    || format!("drivers[{at}].id"),
                    || {
                        format!(
                            "driver id \"{}\" is already used by drivers[{first}]",
                            driver.id
                        )
                    },
                ));
            }
        }
        for (at, entry) in file.entries.iter().enumerate() {
            for (field, text) in [
                ("team", &entry.team),
                ("manufacturer", &entry.manufacturer),
                ("car", &entry.car),
            ] {
                require_text(
                    text,
                    || format!("entries[{at}].{field}"),
                    || format!("an entry needs a {field}"),
                )?;
            }
            for (field, crew) in [("crew", &entry.crew), ("season_crew", &entry.season_crew)] {
                check_crew(crew, &driver_index, |seat| {
                    format!("entries[{at}].{field}[{seat}]")
                })?;
            }
            for (stint, planned) in entry.plan.stints().iter().enumerate() {
                known_driver(&driver_index, &planned.driver, || {
                    format!("entries[{at}].plan[{stint}].driver")
                })?;
            }
        }
        // Seats share their driver's id text, so comparing a seat with a
        // driver is a pointer comparison.
        for entry in &mut file.entries {
            for crew in [&mut entry.crew, &mut entry.season_crew] {
                for seat in 0..crew.seats().len() {
                    if let Some(at) = crew.seats()[seat].as_ref().map(|id| driver_index[id]) {
                        crew.set(seat, Some(file.drivers[at].id.clone()));
                    }
                }
            }
        }
        let entry_index = index_entries(&file.entries);
        Ok(Season {
            file,
            driver_index,
            entry_index,
        })
    }

    /// The file as written, for another way of writing it down.
    pub(super) fn file(&self) -> &SeasonFile {
        &self.file
    }

    /// The season in the data-file format, as `from_json` reads it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.file).expect("a season always serialises")
    }

    /// The entry with this number.
    pub fn entry(&self, number: &CarNumber) -> Option<&Entry> {
        self.entry_position(number).map(|at| &self.file.entries[at])
    }

    /// Where the entry with this number is in [`Season::entries`].
    pub fn entry_position(&self, number: &CarNumber) -> Option<usize> {
        self.entry_index.get(number).copied()
    }

    /// The entry at `at`, for the line-up's edits, which change its crew,
    /// never its number.
    pub(crate) fn entry_mut(&mut self, at: usize) -> &mut Entry {
        &mut self.file.entries[at]
    }

    /// The driver at `at`, for the line-up's edits.
    pub(crate) fn driver_mut(&mut self, at: usize) -> &mut Driver {
        &mut self.file.drivers[at]
    }

    /// Adds a driver whose id is not yet taken (the caller checks).
    pub(crate) fn add_driver(&mut self, driver: Driver) {
        self.driver_index
            .insert(driver.id.clone(), self.file.drivers.len());
        self.file.drivers.push(driver);
    }

    /// Adds an entry at the end of the list.
    pub(crate) fn add_entry(&mut self, entry: Entry) {
        self.entry_index
            .entry(entry.number.clone())
            .or_insert(self.file.entries.len());
        self.file.entries.push(entry);
    }

    /// Removes the entry at `at`.
    pub(crate) fn remove_entry(&mut self, at: usize) -> Entry {
        let entry = self.file.entries.remove(at);
        self.entry_index = index_entries(&self.file.entries);
        entry
    }

    /// The season's name, such as `2024`.
    pub fn season(&self) -> &str {
        &self.file.season
    }

    /// The list's title.
    pub fn title(&self) -> &str {
        &self.file.title
    }

    /// The name of the rule set the list is checked by: `wec-2024` for a
    /// file that names none (written before there were two lists).
    pub fn rules_name(&self) -> &str {
        self.file.rules.as_deref().unwrap_or("wec-2024")
    }

    /// What the season crews are, as a card words it before the names.
    pub fn season_crew_label(&self) -> &str {
        self.file
            .season_crew_label
            .as_deref()
            .unwrap_or("Started 2024 with")
    }

    /// What the list leaves out or should be read with, for "About the data".
    pub fn about(&self) -> Option<&str> {
        self.file.about.as_deref()
    }

    /// When the list was published.
    pub fn published(&self) -> PublishedDate {
        self.file.published
    }

    /// The sources the data relies on.
    pub fn sources(&self) -> &[Source] {
        &self.file.sources
    }

    /// Every driver, in file order.
    pub fn drivers(&self) -> &[Driver] {
        &self.file.drivers
    }

    /// The drivers whose rating no published source confirms, grouped by
    /// rating from Platinum down, each group in file order; empty groups left out.
    pub fn unconfirmed_ratings(&self) -> Vec<(Rating, Vec<&Driver>)> {
        let mut groups: Vec<(Rating, Vec<&Driver>)> = Vec::new();
        for rating in Rating::ALL {
            let drivers: Vec<&Driver> = self
                .file
                .drivers
                .iter()
                .filter(|driver| !driver.confirmed && driver.rating == rating)
                .collect();
            if !drivers.is_empty() {
                groups.push((rating, drivers));
            }
        }
        groups
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.file.entries
    }

    /// The driver with this id.
    pub fn driver(&self, id: &DriverId) -> Option<&Driver> {
        self.driver_position(id).map(|at| &self.file.drivers[at])
    }

    /// Where the driver with this id is in [`Season::drivers`].
    pub fn driver_position(&self, id: &DriverId) -> Option<usize> {
        self.driver_index.get(id).copied()
    }

    /// An error at `path` unless `id` is one of the season's drivers.
    pub(crate) fn known_driver(
        &self,
        id: &DriverId,
        path: impl FnOnce() -> String,
    ) -> Result<(), SeasonError> {
        known_driver(&self.driver_index, id, path)
    }

    /// How many cars there are: of `class`, or in all when `None`.
    pub fn car_count(&self, class: Option<Class>) -> usize {
        let entries = self.file.entries.iter();
        entries
            .filter(|entry| class.is_none_or(|class| entry.class == class))
            .count()
    }

    /// The entries in the order the list shows them: by class, then by car
    /// number.
    pub fn in_list_order(&self) -> Vec<&Entry> {
        let entries: Vec<&Entry> = self.file.entries.iter().collect();
        sorted_by(entries, |entry| {
            pair(entry.class as u32, u32::from(entry.number.value()))
        })
    }

    /// The entries of one class, in list order.
    pub fn entries_in(&self, class: Class) -> Vec<&Entry> {
        let mut entries = self.in_list_order();
        entries.retain(|entry| entry.class == class);
        entries
    }

    /// The makes entered, alphabetically; only those of `class` when given.
    pub fn makes(&self, class: Option<Class>) -> Vec<&str> {
        // A handful of makes: kept sorted as they come, with no tree (a
        // BTreeSet was 5 KB of the page's first wasm, for the filters).
        let mut makes: Vec<&str> = Vec::new();
        let entries = self.file.entries.iter();
        for entry in entries.filter(|entry| class.is_none_or(|class| entry.class == class)) {
            let make = entry.manufacturer.as_str();
            if let Err(at) = makes.binary_search(&make) {
                makes.insert(at, make);
            }
        }
        makes
    }
}

fn index_entries(entries: &[Entry]) -> FxHashMap<CarNumber, usize> {
    let mut index = FxHashMap::default();
    for (at, entry) in entries.iter().enumerate().rev() {
        index.insert(entry.number.clone(), at);
    }
    index
}

fn require_text<E: Rejection>(
    text: &str,
    path: impl FnOnce() -> String,
    message: impl FnOnce() -> String,
) -> Result<(), E> {
    if text.trim().is_empty() {
        Err(E::at(ErrorKind::Blank, path, message))
    } else {
        Ok(())
    }
}

fn check_crew<E: Rejection>(
    crew: &Crew,
    known: &FxHashMap<DriverId, usize>,
    path: impl Fn(usize) -> String,
) -> Result<(), E> {
    for (seat, id) in crew.seats().iter().enumerate() {
        if let Some(id) = id {
            known_driver(known, id, || path(seat))?;
        }
    }
    Ok(())
}

/// An error at `path` unless `id` is a known driver; it suggests the
/// nearest known id.
fn known_driver<E: Rejection>(
    known: &FxHashMap<DriverId, usize>,
    id: &DriverId,
    path: impl FnOnce() -> String,
) -> Result<(), E> {
    if known.contains_key(id) {
        return Ok(());
    }
    Err(E::at(ErrorKind::UnknownDriver, path, || {
        let hint = closest_id(id.as_str(), known.keys())
            .map(|near| format!(" (did you mean \"{near}\"?)"))
            .unwrap_or_default();
        format!("unknown driver \"{id}\"{hint}")
    }))
}

/// The known id nearest to a mistyped one, if it is at most two edits away.
fn closest_id<'a>(typed: &str, known: impl Iterator<Item = &'a DriverId>) -> Option<&'a str> {
    known
        .map(|id| (edit_distance(typed, id.as_str()), id.as_str()))
        .filter(|&(distance, _)| distance <= 2)
        .min()
        .map(|(_, id)| id)
}

/// Levenshtein distance over bytes (ids are ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.bytes().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("valentino-rosi", "valentino-rossi"), 1);
        assert_eq!(edit_distance("rossi", "rossi"), 0);
        assert_eq!(edit_distance("abc", "xyz"), 3);
        assert_eq!(edit_distance("", "ab"), 2);
    }
}
