//! Pictures to post: a car's crew or every car the fan changed, drawn from
//! the same data as the cards by SVG components (`svg.rs`), made a PNG in
//! the browser (`draw.rs`) and offered to share, download or copy
//! (`dialog.rs`). The dialog's code is a chunk of its own, fetched on
//! first use; the components also draw each list's preview at build time,
//! rasterised natively (`raster.rs`).

mod dialog;
mod draw;
#[cfg(feature = "ssr")]
mod raster;
mod svg;

use super::editor::Editor;
use super::on_demand::{Built, on_demand, on_demand_part};
use crate::domain::picture::PictureOf;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
pub use raster::Rasteriser;
#[cfg(feature = "ssr")]
pub use svg::{list_svg, picture_svg};

/// The picture's dialog, open while the editor has a picture to make.
#[component]
pub fn PictureView() -> impl IntoView {
    let editor = expect_context::<Editor>();
    move || {
        editor
            .picturing
            .get()
            .map(|of| on_demand("The picture", picture_dialog(of)))
    }
}

on_demand_part! {
    fn picture_dialog / __preload_picture_dialog(of: PictureOf) -> Built {
        untrack(|| Built::of(view! { <dialog::PictureDialog of /> }))
    }
}
