//! Pictures to post: one car's crew, every car the fan changed, or a whole
//! list (the page's preview), as values in words. The UI draws them as SVG
//! (`src/ui/picture/`); what they say is decided here.

mod crew;
mod list;
mod qr;

pub use crew::{ChangesPicture, CrewPicture, PicturedSeat, Verdict, changed_cars};
pub use list::ListPicture;
pub use qr::QrModules;

/// What a picture is of: one car's crew, or every car the fan changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureOf {
    Crew(crate::domain::CarNumber),
    Changes,
}

/// A picture made: of one crew, or of the fan's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picture {
    Crew(CrewPicture),
    Changes(ChangesPicture),
}

impl Picture {
    /// The picture in words, for the share sheet and the `alt` text.
    pub fn alt_text(&self) -> String {
        match self {
            Picture::Crew(crew) => crew.alt_text(),
            Picture::Changes(changes) => changes.alt_text(),
        }
    }

    /// The PNG's file name: `crew-46.png`, `crew-changes.png`.
    pub fn file_name(&self) -> String {
        match self {
            Picture::Crew(crew) => crew.file_name(),
            Picture::Changes(_) => ChangesPicture::FILE_NAME.to_string(),
        }
    }

    /// Its size in pixels.
    pub fn size(&self) -> PictureSize {
        match self {
            Picture::Crew(_) => PictureSize::CREW,
            Picture::Changes(_) => PictureSize::CHANGES,
        }
    }
}

/// A picture's size in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PictureSize {
    pub width: u32,
    pub height: u32,
}

impl PictureSize {
    /// One car's crew: a square, for any feed.
    pub const CREW: PictureSize = PictureSize {
        width: 1080,
        height: 1080,
    };
    /// The fan's changes: a phone feed's portrait (4:5).
    pub const CHANGES: PictureSize = PictureSize {
        width: 1080,
        height: 1350,
    };
    /// A list's preview for a link (Open Graph's 1.91:1).
    pub const LIST: PictureSize = PictureSize {
        width: 1200,
        height: 630,
    };
}

/// A share link as the picture prints it: without its scheme, its code cut
/// to a few characters (`example.org/crew/#share=AbCdEfGh…`).
pub fn short_link(link: &str) -> String {
    const KEPT: usize = 8;
    let bare = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .unwrap_or(link);
    match bare.split_once("#share=") {
        Some((page, code)) if code.chars().count() > KEPT => {
            let kept: String = code.chars().take(KEPT).collect();
            format!("{page}#share={kept}…")
        }
        _ => bare.to_string(),
    }
}

/// `text` cut to `chars` characters, its end marked with "…" when cut.
pub fn fitted(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let kept: String = text.chars().take(chars.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// `text` in lines of at most `chars` characters, broken between words,
/// at most `lines` of them (the last cut with "…" when the text goes on).
pub fn wrapped(text: &str, chars: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match out.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    if out.len() > lines {
        let rest = out.split_off(lines - 1).join(" ");
        out.push(fitted(&rest, chars.min(rest.chars().count() - 1)));
    }
    out.into_iter().map(|line| fitted(&line, chars)).collect()
}

#[cfg(test)]
mod tests {
    use super::{fitted, short_link, wrapped};

    #[test]
    fn a_long_text_is_wrapped_between_words_and_cut_at_its_last_line() {
        assert_eq!(wrapped("one two three", 7, 3), ["one two", "three"]);
        assert_eq!(wrapped("one two three four", 7, 2), ["one two", "three…"]);
        assert_eq!(fitted("Heart of Racing Team", 10), "Heart of…");
        assert_eq!(fitted("Iron Dames", 10), "Iron Dames");
    }

    #[test]
    fn a_share_link_is_cut_after_its_code_begins() {
        assert_eq!(
            short_link("https://example.org/crew/#share=AbCdEfGhIjKl"),
            "example.org/crew/#share=AbCdEfGh…"
        );
        assert_eq!(
            short_link("http://127.0.0.1:8080/#share=Ab"),
            "127.0.0.1:8080/#share=Ab"
        );
    }
}
