//! A QR code of a share link, as the dark modules the picture draws.

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

/// The modules of a QR code, row by row (`true` is dark).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrModules {
    width: usize,
    dark: Vec<bool>,
}

impl QrModules {
    /// The code of `text` (low error correction: a screen, not a sticker),
    /// or `None` when it is too long for any QR code. Bytes only, in the
    /// smallest version that holds them: a link is bytes, and the crate's
    /// optimiser, which mixes modes to save a few modules, was a third of
    /// the picture's chunk.
    pub fn of(text: &str) -> Option<QrModules> {
        let bits = (1..=40).find_map(|version| {
            let mut bits = Bits::new(Version::Normal(version));
            bits.push_byte_data(text.as_bytes()).ok()?;
            bits.push_terminator(EcLevel::L).ok()?;
            Some(bits)
        })?;
        let code = QrCode::with_bits(bits, EcLevel::L).ok()?;
        Some(QrModules {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|color| color == Color::Dark)
                .collect(),
        })
    }

    /// Modules per side (without the quiet zone).
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at `column`, `row` is dark.
    pub fn is_dark(&self, column: usize, row: usize) -> bool {
        self.dark[row * self.width + column]
    }

    /// The dark modules as an SVG path, one unit per module: each run of
    /// dark modules in a row is one rectangle.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for row in 0..self.width {
            let mut column = 0;
            while column < self.width {
                if !self.is_dark(column, row) {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < self.width && self.is_dark(column, row) {
                    column += 1;
                }
                path.push_str(&format!(
                    "M{start} {row}h{}v1h-{}z",
                    column - start,
                    column - start
                ));
            }
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::QrModules;

    #[test]
    fn a_link_is_a_code_with_its_finder_patterns() {
        let code = QrModules::of("https://example.org/#share=AbCd").unwrap();
        assert_eq!(code.width() % 4, 1, "QR codes are 17 + 4n modules wide");
        // The finder pattern's corner is dark, its inner ring light.
        assert!(code.is_dark(0, 0) && code.is_dark(6, 6));
        assert!(!code.is_dark(1, 1));
        assert!(code.path().starts_with("M0 0h7v1h-7z"));
    }

    #[test]
    fn a_text_beyond_any_code_is_none() {
        assert_eq!(QrModules::of(&"x".repeat(3000)), None);
    }
}
