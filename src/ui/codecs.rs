//! The domain's readers and writers that reading the list does not need:
//! the autosave and share-link readers, the share code, export and import,
//! and the placed data-file reader. Each is `#[lazy]`: in a release build
//! (feature `split`) its code is fetched when first called. They take and
//! return owned values, as a call into another wasm chunk must.

use crate::domain::Season;
use crate::domain::lineup::{
    CodecError, Edit, LineUp, edits_between, open_share, restore, share_code,
};
use std::sync::Arc;

/// Reads an autosave back onto `base`.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn read_save(base: Arc<Season>, text: String) -> Result<LineUp, CodecError> {
    restore(base, &text)
}

/// Opens a share code onto `base`.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn read_share(base: Arc<Season>, code: String) -> Result<LineUp, CodecError> {
    open_share(base, &code)
}

/// The share code of `lineup`.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn write_share(lineup: LineUp) -> String {
    share_code(&lineup)
}

/// The line-up in the data-file format, for a download.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn write_export(season: Season) -> String {
    season.to_json()
}

/// The edits that turn `base` into the data file `text`, or why not.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn read_import(base: Arc<Season>, text: String) -> Result<Vec<Edit>, String> {
    let season = Season::from_json(&text).map_err(|error| error.to_string())?;
    edits_between(&base, &season)
}

/// What is wrong with a data file, and where (empty if nothing is).
#[cfg(feature = "hydrate")]
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn place_error(text: String) -> String {
    Season::from_json(&text)
        .err()
        .map(|error| error.to_string())
        .unwrap_or_default()
}

/// Starts fetching the toolbar's writers and the import reader, so Share
/// (whose clipboard copy must follow the click closely), Export and Import
/// do not wait for them.
pub fn prefetch_toolbar() {
    #[cfg(feature = "split")]
    {
        use super::on_demand::prefetch;
        prefetch(__preload_write_share);
        prefetch(__preload_write_export);
        prefetch(__preload_read_import);
    }
}
