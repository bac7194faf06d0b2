//! The pure domain core: the season's data model, its parser, the entry
//! filter and the rule engine. No browser imports live here; everything is tested natively.

mod class;
mod date;
mod driver;
mod entry;
mod error;
mod filter;
mod fold;
pub mod lineup;
mod list;
mod locate;
mod order;
mod page_reader;
mod page_text;
pub mod picture;
mod plan_file;
mod rating;
pub mod rounds;
pub mod rules;
mod season;
mod season_file;
mod stint;
pub mod wording;

pub use class::Class;
pub use date::PublishedDate;
pub use driver::{CountryCode, Driver, DriverId, RatingSource};
pub use entry::{CarNumber, Crew, Entry};
pub use error::{ErrorKind, LineColumn, MAX_FILE_BYTES, SeasonError, megabytes};
pub use filter::{EntryFilter, class_choices, text_matches};
pub use fold::fold;
pub use list::List;
pub use page_reader::read_page_text;
pub use page_text::{PageTextError, page_text};
pub use plan_file::PlanFile;
pub use rating::Rating;
pub use season::{Season, Source};
pub use stint::{RaceTime, Stint, StintPlan, driving_spans};
