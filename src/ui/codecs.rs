//! The domain's readers and writers that reading the list does not need:
//! the autosave and share-link readers, the share code, export and import,
//! and the placed data-file reader. Each is a part fetched on first use (see
//! `on_demand`), called as `name(…).await` for a `Result<_, PartMissing>`.
//! They take and return owned values, as a call into another wasm chunk must.

pub use super::on_demand::missing;
use super::on_demand::on_demand_part;
use crate::domain::Season;
use crate::domain::lineup::{CodecError, Edit, LineUp, SaveSlot, import, open_share, share_code};
use std::sync::Arc;

on_demand_part! {
    /// Reads an autosave back onto `base`.
    pub fn read_save / __preload_read_save(base: Arc<Season>, text: String) -> SaveSlot {
        SaveSlot::read(base, Some(&text))
    }
}

on_demand_part! {
    /// Opens a share code onto `base`.
    pub fn read_share / __preload_read_share(base: Arc<Season>, code: String) -> Result<LineUp, CodecError> {
        open_share(base, &code)
    }
}

on_demand_part! {
    /// The share code of `lineup`.
    pub fn write_share / __preload_write_share + prefetch_write_share(lineup: LineUp) -> String {
        share_code(&lineup)
    }
}

on_demand_part! {
    /// The line-up in the data-file format, for a download.
    pub fn write_export / __preload_write_export + prefetch_write_export(season: Season) -> String {
        season.to_json()
    }
}

on_demand_part! {
    /// The edits that turn `base` into the data file `text`, or why not.
    pub fn read_import / __preload_read_import + prefetch_read_import(base: Arc<Season>, text: String) -> Result<Vec<Edit>, String> {
        import(&base, &text)
    }
}

/// Starts fetching the toolbar's writers and the import reader, so Share
/// (whose clipboard copy must follow the click closely), Export and Import
/// do not wait for them.
pub fn prefetch_toolbar() {
    prefetch_write_share();
    prefetch_write_export();
    prefetch_read_import();
}
