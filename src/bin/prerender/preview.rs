//! Each list's link preview: its picture (the app's own SVG component,
//! rasterised natively by `Rasteriser`) written beside its page as
//! `preview.png`, and the page's Open Graph and Twitter card tags naming
//! it. A static site has one preview per list: a shared line-up's link
//! previews as its list.

use crewbuilder::domain::Season;
use crewbuilder::domain::picture::{ListPicture, PictureSize};

/// The preview's file name, in the list's folder.
pub const PREVIEW_FILE: &str = "preview.png";

/// Where the site is published (`https://example.org/crew/`), set at
/// build time: link previews need an absolute `og:image`. Without it the
/// image's address is relative to the page.
pub fn site_address() -> Option<String> {
    std::env::var("CREW_BUILDER_SITE_URL")
        .ok()
        .filter(|site| !site.is_empty())
}

/// `text` in a double-quoted attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The page's description and preview tags for `season`, its list's
/// folder `folder` (`""` or `le-mans-2024/`), the site published at `site`.
pub fn tags(season: &Season, folder: &str, site: Option<&str>) -> String {
    let picture = ListPicture::of(season);
    let title = attribute(&format!("Crew Builder · {}", picture.title));
    let description = attribute(&format!(
        "{}. Every crew with its FIA driver ratings: fill the TBA seats, try a rating, see which rule breaks.",
        picture.counts
    ));
    let image = match site {
        Some(site) => format!("{}/{folder}{PREVIEW_FILE}", site.trim_end_matches('/')),
        None => PREVIEW_FILE.to_string(),
    };
    let alt = attribute(&format!("{}: {}", picture.title, picture.counts));
    let PictureSize { width, height } = PictureSize::LIST;
    [
        format!(r#"<meta name="description" content="{description}" />"#),
        r#"<meta property="og:type" content="website" />"#.to_string(),
        format!(r#"<meta property="og:title" content="{title}" />"#),
        format!(r#"<meta property="og:description" content="{description}" />"#),
        format!(r#"<meta property="og:image" content="{image}" />"#),
        format!(r#"<meta property="og:image:width" content="{width}" />"#),
        format!(r#"<meta property="og:image:height" content="{height}" />"#),
        format!(r#"<meta property="og:image:alt" content="{alt}" />"#),
        // X reads the title, description and image from Open Graph's.
        r#"<meta name="twitter:card" content="summary_large_image" />"#.to_string(),
    ]
    .join("\n    ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crewbuilder::ui::{Rasteriser, list_svg};
    use resvg::tiny_skia;

    fn le_mans() -> Season {
        Season::from_json(include_str!("../../../public/data/le-mans-2024.json")).unwrap()
    }

    #[test]
    fn the_tags_name_the_preview_beside_the_page_or_at_the_site_s_address() {
        let season = le_mans();
        let here = tags(&season, "le-mans-2024/", None);
        assert!(here.contains(r#"<meta property="og:image" content="preview.png" />"#));
        assert!(here.contains(r#"<meta name="twitter:card" content="summary_large_image" />"#));
        let published = tags(&season, "le-mans-2024/", Some("https://example.org/crew/"));
        assert!(published.contains(
            r#"<meta property="og:image" content="https://example.org/crew/le-mans-2024/preview.png" />"#
        ));
        assert!(here.contains("Crew Builder · 24 Hours of Le Mans 2024 entry list"));
        assert!(
            here.contains("23 Hypercar, 16 LMP2, 23 LMGT3: 62 cars"),
            "{here}"
        );
    }

    #[test]
    fn the_preview_is_a_png_of_its_stated_size() {
        let png = Rasteriser::with_system_fonts()
            .and_then(|rasteriser| rasteriser.png(&list_svg(&le_mans())))
            .unwrap();
        let decoded = tiny_skia::Pixmap::decode_png(&png).unwrap();
        let PictureSize { width, height } = PictureSize::LIST;
        assert_eq!((decoded.width(), decoded.height()), (width, height));
    }

    #[test]
    fn markup_in_a_title_stays_text_in_the_tags() {
        assert_eq!(
            attribute(r#"<b>"A" & B</b>"#),
            "&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;"
        );
    }
}
