//! The pictures drawn natively, at build time and in the native tests: the
//! SVG components' markup read by `usvg` with the machine's fonts, loaded
//! once, and rasterised by `resvg` into a PNG.

use resvg::{tiny_skia, usvg};

/// Sans-serif fonts a picture can be drawn with, first found first.
const SANS: [&str; 4] = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial"];

/// A reader and painter of the pictures' SVG, with the machine's fonts.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Rasteriser {
    /// Loads the machine's fonts once; fails, saying what to install, when
    /// none of [`SANS`] is there.
    pub fn with_system_fonts() -> Result<Rasteriser, String> {
        let mut options = usvg::Options::default();
        let fonts = options.fontdb_mut();
        fonts.load_system_fonts();
        let sans = SANS
            .into_iter()
            .find(|family| {
                fonts
                    .faces()
                    .any(|face| face.families.iter().any(|(name, _)| name == family))
            })
            .ok_or_else(|| {
                format!(
                    "a picture needs one of the fonts {SANS:?}: install Debian's fonts-dejavu-core"
                )
            })?;
        fonts.set_sans_serif_family(sans);
        Ok(Rasteriser { options })
    }

    /// `svg` as a reader of SVG has it (a text no font can draw is dropped).
    pub fn tree(&self, svg: &str) -> Result<usvg::Tree, String> {
        usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("the picture's SVG: {e}"))
    }

    /// The PNG of `svg`, at the size the SVG states.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = self.tree(svg)?;
        let size = tree.size().to_int_size();
        let mut pixmap =
            tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the picture has no size")?;
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        pixmap
            .encode_png()
            .map_err(|e| format!("the picture's PNG: {e}"))
    }
}
