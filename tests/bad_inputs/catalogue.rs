//! The catalogue of bad input: every door Crew Builder reads through (the
//! data file, the autosave, share links, imported files, plan files and the
//! forms), each bad input with the message it gets (its stable part) and
//! what is kept. Read by `tests/bad_inputs.rs` (natively: messages, exit
//! codes, line-ups) and `tests/browser/bad_saves.rs` (the autosave and share
//! links in the browser, byte for byte).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use crewbuilder::domain::lineup::{
    DriverForm, Edit, EntryForm, LineUp, MAX_EDITS, NotSaving, SaveSlot, import, open_share,
    save_text, share_code,
};
use crewbuilder::domain::rounds::Rounds;
use crewbuilder::domain::{Class, PlanFile, Rating, Season};
use std::sync::{Arc, OnceLock};

pub const SHIPPED: &str = include_str!("../../public/data/wec-2024.json");
pub const ROUNDS: &str = include_str!("../../public/data/wec-2024-rounds.json");

pub fn base() -> Arc<Season> {
    static BASE: OnceLock<Arc<Season>> = OnceLock::new();
    BASE.get_or_init(|| Arc::new(Season::from_json(SHIPPED).unwrap()))
        .clone()
}

/// Where a bad input comes in.
#[derive(Clone, Copy, Debug)]
pub enum Door {
    DataFile,
    Autosave,
    ShareLink,
    Import,
    PlanFile,
    RoundsFile,
    DriverForm,
    CarForm,
}

impl Door {
    /// What the door does with `input`: `Ok` with what it made, or `Err`
    /// with the message the fan (or the maintainer) reads.
    pub fn read(self, input: &str) -> Result<String, String> {
        match self {
            Door::DataFile => Season::from_json(input)
                .map(|season| format!("{} cars", season.entries().len()))
                .map_err(|error| error.to_string()),
            Door::Autosave => match SaveSlot::read(base(), Some(input)) {
                SaveSlot::Readable { lineup, .. } => Ok(format!("{} edits", lineup.edits().len())),
                SaveSlot::Newer(version) => Err(NotSaving::NewerSave(version).to_string()),
                SaveSlot::Unreadable(error) => Err(error.to_string()),
                SaveSlot::Empty => Ok("empty".to_string()),
            },
            Door::ShareLink => open_share(base(), input)
                .map(|lineup| format!("{} edits", lineup.edits().len()))
                .map_err(|error| error.to_string()),
            Door::Import => import(&base(), input).map(|edits| format!("{} edits", edits.len())),
            Door::PlanFile => PlanFile::from_json(input, &base())
                .map(|file| format!("{} stints", file.plan.stints().len()))
                .map_err(|error| error.to_string()),
            Door::RoundsFile => Rounds::from_json(input, &base())
                .map(|rounds| format!("{} rounds", rounds.all().len()))
                .map_err(|error| error.to_string()),
            Door::DriverForm => driver_form(input),
            Door::CarForm => car_form(input),
        }
    }
}

/// The new-driver form with `name` (nationality ITA, Silver); a name of
/// the form `!nationality=…` or `!rating=none` tests those fields.
fn driver_form(name: &str) -> Result<String, String> {
    let mut form = DriverForm {
        name: name.to_string(),
        nationality: "ITA".to_string(),
        rating: Some(Rating::Silver),
    };
    if let Some(code) = name.strip_prefix("!nationality=") {
        form.name = "Jane Doe".to_string();
        form.nationality = code.to_string();
    }
    if name == "!rating=none" {
        form.name = "Jane Doe".to_string();
        form.rating = None;
    }
    form.check(&base())
        .map(|driver| format!("{} as {}", driver.name, driver.id))
        .map_err(|errors| errors.into_values().collect::<Vec<_>>().join(" "))
}

/// The Add a car form: `number|team|make|model|class` (class `-` for none).
fn car_form(fields: &str) -> Result<String, String> {
    let parts: Vec<&str> = fields.split('|').collect();
    let form = EntryForm {
        number: parts[0].to_string(),
        team: parts[1].to_string(),
        manufacturer: parts[2].to_string(),
        car: parts[3].to_string(),
        class: Class::from_slug(parts[4]),
    };
    form.check(&base())
        .map(|entry| format!("#{} {}", entry.number, entry.team))
        .map_err(|errors| errors.into_values().collect::<Vec<_>>().join(" "))
}

/// What is kept when a bad input comes in: each is checked, natively or in
/// the browser (`tests/browser/bad_saves.rs`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kept {
    /// Nothing is loaded: `crewcheck` exits 2.
    NothingLoaded,
    /// The save is moved to the backup key byte for byte and the save key
    /// cleared; the page starts from the provisional list.
    BackedUp,
    /// The save is left byte for byte, and no edit writes over it.
    LeftAlone,
    /// The fan's own line-up, its save byte for byte.
    OwnLineUp,
    /// The form as typed; nothing is added to the list.
    FormAsTyped,
    /// Odd but fine: made exactly as typed (and shown as text).
    MadeAsTyped,
}

/// One row of the catalogue: the door, what the input is, the input, what
/// the fan reads (a stable part of it; for the last rows, what is made of
/// input that is odd but fine), and what is kept.
pub struct Row {
    pub door: Door,
    pub what: &'static str,
    pub input: String,
    pub says: &'static str,
    pub kept: Kept,
}

fn row(
    door: Door,
    what: &'static str,
    input: impl Into<String>,
    says: &'static str,
    kept: Kept,
) -> Row {
    Row {
        door,
        what,
        input: input.into(),
        says,
        kept,
    }
}

/// The shipped file with one textual change.
fn shipped_with(from: &str, to: &str) -> String {
    assert!(SHIPPED.contains(from), "the shipped file lacks {from:?}");
    SHIPPED.replacen(from, to, 1)
}

/// The shipped rounds file with one textual change.
fn rounds_with(from: &str, to: &str) -> String {
    assert!(ROUNDS.contains(from), "the shipped rounds lack {from:?}");
    ROUNDS.replacen(from, to, 1)
}

/// The shipped rounds file with `change` made to round `round`'s car at
/// `car` (as JSON).
fn rounds_changed(round: usize, car: usize, change: impl Fn(&mut serde_json::Value)) -> String {
    let mut file: serde_json::Value = serde_json::from_str(ROUNDS).unwrap();
    change(&mut file["rounds"][round]["cars"][car]);
    serde_json::to_string_pretty(&file).unwrap()
}

/// A save of the #46 with Al Harthy in seat 2, then `change` applied to its text.
pub fn save_with(change: impl Fn(String) -> String) -> String {
    let mut lineup = LineUp::new(base());
    lineup
        .apply(Edit::Fill {
            car: "46".to_string().try_into().unwrap(),
            seat: 1,
            driver: "ahmad-al-harthy".to_string().try_into().unwrap(),
        })
        .unwrap();
    change(save_text(&lineup, 1))
}

/// The shipped file without driver `id` (who is in no crew).
fn without_driver(id: &str) -> String {
    let mut file: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
    let drivers = file["drivers"].as_array_mut().unwrap();
    drivers.retain(|driver| driver["id"] != id);
    file.to_string()
}

/// A share code of the JSON `json`.
fn code_of(json: &str) -> String {
    URL_SAFE_NO_PAD.encode(json)
}

/// A line-up's history of `count` rating edits, as JSON edits.
fn many_edits(count: usize) -> String {
    let edit = r#"{"op":"rate","driver":"valentino-rossi","rating":"gold"}"#;
    vec![edit; count].join(",")
}

/// The catalogue: one row per line, as a table reads.
#[rustfmt::skip]
pub fn catalogue() -> Vec<Row> {
    use Door::*;
    use Kept::*;
    let share = {
        let mut lineup = LineUp::new(base());
        lineup.apply(Edit::Reset).unwrap();
        share_code(&lineup)
    };
    vec![
        // The data file (crewcheck, the prerender, an import); the page's own
        // text of the list has its cases in tests/page_text.rs.
        row(DataFile, "empty file", "", "EOF while parsing", NothingLoaded),
        row(DataFile, "not JSON", "season: 2024", "expected value", NothingLoaded),
        row(DataFile, "cut short", &SHIPPED[..SHIPPED.len() / 2], "EOF while parsing", NothingLoaded),
        row(DataFile, "a list, not an object", "[]", "expected struct SeasonFile", NothingLoaded),
        row(DataFile, "wrong type: date as a number", shipped_with(r#""published": "2023-11-27""#, r#""published": 20231127"#), "published: invalid type: integer `20231127`, expected a string", NothingLoaded),
        row(DataFile, "unknown rating", shipped_with(r#""rating": "silver""#, r#""rating": "silverish""#), r#"drivers[17].rating: rating "silverish" is not one of"#, NothingLoaded),
        row(DataFile, "unknown driver in a crew", shipped_with("\"crew\": [\n        \"valentino-rossi\"", "\"crew\": [\n        \"valentino-rosi\""), r#"entries[21].crew[0]: unknown driver "valentino-rosi" (did you mean "valentino-rossi"?)"#, NothingLoaded),
        row(DataFile, "duplicate driver id", shipped_with(r#""id": "maxime-martin""#, r#""id": "valentino-rossi""#), r#"drivers[69].id: driver id "valentino-rossi" is already used by drivers[67]"#, NothingLoaded),
        row(DataFile, "blank driver name", shipped_with(r#""name": "Valentino Rossi""#, r#""name": "  ""#), "drivers[67].name: a driver needs a name", NothingLoaded),
        row(DataFile, "blank team", shipped_with(r#""team": "Team WRT""#, r#""team": """#), "entries[20].team: an entry needs a team", NothingLoaded),
        row(DataFile, "car number of four digits", shipped_with(r#""number": "46""#, r#""number": "4600""#), "entries[21].number: car number \"4600\" is not one to three digits", NothingLoaded),
        row(DataFile, "nationality not a code", shipped_with(r#""nationality": "ITA""#, r#""nationality": "Italy""#), r#"drivers[39].nationality: nationality "Italy" is not a three-letter ISO country code"#, NothingLoaded),
        row(DataFile, "10 MB file", format!(r#"{{"title": "{}"}}"#, "x".repeat(10 * 1024 * 1024)), "the file is 10.0 MB; a Crew Builder file is at most 5.0 MB", NothingLoaded),
        row(DataFile, "nesting 100,000 deep where sources go", shipped_with(r#""sources": ["#, &format!(r#""sources": [{}{}, "#, "[".repeat(100_000), "]".repeat(100_000))), "sources[0][0]: invalid type: sequence, expected a string", NothingLoaded),
        row(DataFile, "nesting 100,000 deep", format!(r#"{{"extra": {}{}}}"#, "[".repeat(100_000), "]".repeat(100_000)), "missing field `season`", NothingLoaded),
        // The autosave (localStorage).
        row(Autosave, "not JSON", "{format: 2", "it is damaged or cut short", BackedUp),
        row(Autosave, "cut short", save_with(|text| text[..text.len() / 2].to_string()), "it is damaged or cut short", BackedUp),
        row(Autosave, "no format", save_with(|text| text.replace(r#""format":2,"#, "")), "no format version", BackedUp),
        row(Autosave, "a newer version's save", save_with(|text| text.replace(r#""format":2"#, r#""format":9"#)), "written by a newer version of Crew Builder (format 9, this one reads 2)", LeftAlone),
        row(Autosave, "another season's save", save_with(|text| text.replace(r#""season":"2024""#, r#""season":"2023""#)), "it is for the 2023 list", BackedUp),
        row(Autosave, "an edit naming a car that does not exist", save_with(|text| text.replace(r#""car":"46""#, r#""car":"460""#)), "change 1 does not apply: there is no car #460", BackedUp),
        row(Autosave, "an edit naming a driver that does not exist", save_with(|text| text.replace("ahmad-al-harthy", "nobody")), "change 1 does not apply: there is no driver \"nobody\"", BackedUp),
        row(Autosave, "more than 10,000 edits", format!(r#"{{"format":2,"season":"2024","revision":1,"edits":[{}],"applied":0}}"#, many_edits(MAX_EDITS + 1)), "it has 10001 changes, more than the 10000 a line-up may have", BackedUp),
        row(Autosave, "6 MB", "x".repeat(6 * 1024 * 1024), "it is 6.0 MB, more than the 5.0 MB a line-up may take", BackedUp),
        // Share links (#share=…).
        row(ShareLink, "empty", "", "it is damaged or cut short", OwnLineUp),
        row(ShareLink, "not base64", "not a code!", "it is not a complete Crew Builder code", OwnLineUp),
        row(ShareLink, "cut short", &share[..share.len() / 2], "it is damaged or cut short", OwnLineUp),
        row(ShareLink, "another version", code_of(r#"{"v":2,"season":"2024","edits":[]}"#), "it was written in format 2", OwnLineUp),
        row(ShareLink, "another season", code_of(r#"{"v":1,"season":"2023","edits":[]}"#), "it is for the 2023 list", OwnLineUp),
        row(ShareLink, "an edit naming a car that does not exist", code_of(r#"{"v":1,"season":"2024","edits":[{"op":"clear","car":"460","seat":0}]}"#), "change 1 does not apply: there is no car #460", OwnLineUp),
        row(ShareLink, "an edit naming a driver that does not exist", code_of(r#"{"v":1,"season":"2024","edits":[{"op":"fill","car":"46","seat":1,"driver":"nobody"}]}"#), "there is no driver \"nobody\"", OwnLineUp),
        row(ShareLink, "a seat the car does not have", code_of(r#"{"v":1,"season":"2024","edits":[{"op":"clear","car":"46","seat":7}]}"#), "car #46 has no seat 8", OwnLineUp),
        row(ShareLink, "an edit whose kind is not its first key", code_of(r#"{"v":1,"season":"2024","edits":[{"car":"46","op":"clear","seat":0}]}"#), r#"an edit starts with its "op", not "car""#, OwnLineUp),
        row(ShareLink, "more than 10,000 edits", code_of(&format!(r#"{{"v":1,"season":"2024","edits":[{}]}}"#, many_edits(MAX_EDITS + 1))), "more than the 10000 a line-up may have", OwnLineUp),
        row(ShareLink, "one bulk edit of 10,001 changes", code_of(&format!(r#"{{"v":1,"season":"2024","edits":[{{"op":"bulk","edits":[{}]}}]}}"#, many_edits(MAX_EDITS + 1))), "it has 10001 changes, more than the 10000", OwnLineUp),
        row(ShareLink, "6 MB", "A".repeat(6 * 1024 * 1024), "more than the 5.0 MB a line-up may take", OwnLineUp),
        // Imported files (Import).
        row(Import, "not JSON", "hello", "expected value", OwnLineUp),
        row(Import, "another season's list", shipped_with(r#""season": "2024""#, r#""season": "2023""#), "it is a 2023 list, not 2024", OwnLineUp),
        row(Import, "a provisional driver missing", without_driver("sebastien-bourdais"), "of the provisional list is missing", OwnLineUp),
        row(Import, "10 MB file", format!(r#"{{"title": "{}"}}"#, "x".repeat(10 * 1024 * 1024)), "at most 5.0 MB", OwnLineUp),
        // Plan files (crewcheck --plan).
        row(PlanFile, "not JSON", "plan", "expected value", NothingLoaded),
        row(PlanFile, "a car not in the list", include_str!("../data/bad/plan-unknown-car.json"), "car: there is no car #460 in the 2024 list", NothingLoaded),
        row(PlanFile, "an unknown driver", include_str!("../data/bad/plan-unknown-driver.json"), "plan[0].driver: unknown driver \"nobody\"", NothingLoaded),
        row(PlanFile, "a stint ending before it starts", include_str!("../data/bad/plan-backwards.json"), "plan[0]: a stint must end after it starts (05:00 to 03:00)", NothingLoaded),
        row(PlanFile, "a time past 24:00", include_str!("../data/bad/plan-25-hours.json"), r#"plan[0].to: "25:00" is not a race time from 00:00 to 24:00"#, NothingLoaded),
        // The rounds file (crewcheck --round, the round picker).
        row(RoundsFile, "not JSON", "rounds", "expected value", NothingLoaded),
        row(RoundsFile, "another list's rounds", rounds_with(r#""list": "wec-2024""#, r#""list": "le-mans-2024""#), r#"list: these are the rounds of "le-mans-2024", not of "wec-2024""#, NothingLoaded),
        row(RoundsFile, "an unknown driver", rounds_with(r#""earl-bamber""#, r#""earl-bambr""#), r#"rounds[0].cars[0].crew[0]: unknown driver "earl-bambr""#, NothingLoaded),
        row(RoundsFile, "an unknown car", rounds_with(r#""car": "777""#, r#""car": "778""#), "rounds[0].cars[36].car: car #778 is not on the list", NothingLoaded),
        row(RoundsFile, "a round twice", rounds_with(r#""id": "imola""#, r#""id": "qatar""#), r#"rounds[1].id: round "qatar" is already rounds[0]"#, NothingLoaded),
        row(RoundsFile, "a crew in a car that had withdrawn", rounds_changed(6, 5, |car| { car.as_object_mut().unwrap().remove("status"); car["crew"] = serde_json::json!(["jean-karl-vernay"]); }), "rounds[6].cars[5].status: car #11 had withdrawn by the Lone Star Le Mans (rounds[5]): it cannot race a later round", NothingLoaded),
        row(RoundsFile, "a driver in two cars", rounds_changed(0, 1, |car| car["crew"][0] = "earl-bamber".into()), r#"rounds[0].cars[1].crew[0]: driver "earl-bamber" is in car #2 too"#, NothingLoaded),
        row(RoundsFile, "a car twice in a round", rounds_changed(2, 0, |car| car["car"] = "11".into()), "rounds[2].cars[5].car: car #11 is already rounds[2].cars[0]", NothingLoaded),
        row(RoundsFile, "a crew without a source", rounds_changed(3, 0, |car| { car.as_object_mut().unwrap().remove("source"); }), "rounds[3].cars[0]: car #2's crew needs a source, or what was searched for one", NothingLoaded),
        row(RoundsFile, "an unknown kind of race", rounds_with(r#""event": "10-hours""#, r#""event": "12-hours""#), "rounds[0].event: unknown variant `12-hours`", NothingLoaded),
        // The New driver form.
        row(DriverForm, "empty name", "", "Enter the driver's name.", FormAsTyped),
        row(DriverForm, "whitespace-only name", " \t ", "Enter the driver's name.", FormAsTyped),
        row(DriverForm, "500-character name", "x".repeat(500), "A name has at most 60 characters.", FormAsTyped),
        row(DriverForm, "nationality as a word", "!nationality=Italy", "Use a three-letter code such as ITA or GBR.", FormAsTyped),
        row(DriverForm, "no rating", "!rating=none", "Choose a rating.", FormAsTyped),
        // The Add a car form.
        row(CarForm, "every field empty", "||||-", "Enter the car model. Choose a class. Enter the make. A car number is one to three digits. Enter the team.", FormAsTyped),
        row(CarForm, "a number already taken", "46|Fans|BMW|M4|lmgt3", "#46 is taken by Team WRT.", FormAsTyped),
        row(CarForm, "a number of letters", "abc|Fans|BMW|M4|lmgt3", "A car number is one to three digits.", FormAsTyped),
        row(CarForm, "whitespace-only team", "100|   |BMW|M4|lmgt3", "Enter the team.", FormAsTyped),
        row(CarForm, "500-character team", format!("100|{}|BMW|M4|lmgt3", "t".repeat(500)), "At most 60 characters.", FormAsTyped),
        // Odd but fine: kept exactly, shown as text (never as HTML).
        row(DriverForm, "markup in a name", "<b>Bold</b> <script>x()</script>", "OK <b>Bold</b> <script>x()</script> as b-bold-b-script-x-script", MadeAsTyped),
        row(DriverForm, "a name with comma-below letters", "Ștefan Țăranu", "OK Ștefan Țăranu as stefan-taranu", MadeAsTyped),
        row(DriverForm, "right-to-left name with combining marks", "מַרְדְּכַי", "OK מַרְדְּכַי as driver", MadeAsTyped),
        row(CarForm, "markup in a team", "100|<i>Fans</i>|BMW|M4|lmgt3", "OK #100 <i>Fans</i>", MadeAsTyped),
    ]
}
