//! Folding names for search and for the ids of fan-made drivers: lower
//! case, the accents and other marks dropped. The tables hold, for each
//! letter of the Latin blocks (upper and lower case), its lower-case letter
//! without marks; they were made from Unicode's canonical decompositions,
//! and `tests/fold.rs` checks them against the `unicode-normalization`
//! crate for every letter, so the wasm ships 700 bytes of table instead of
//! that crate's 60 KB, nor Unicode's case tables (11 KB): letters of other
//! scripts are compared as they are written.

/// U+00C0 to U+024F (Latin-1 Supplement, Latin Extended-A and -B): the
/// letter without its marks, `.` where there is none.
const LATIN: &str = concat!(
    "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y",
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiii.i..jjkkklllllll",
    "lllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.",
    "b......cc..dd....ff....ikkl.....oo..pp......tttuu..yyzz.........",
    ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....",
    "aaaaeeeeiiiioooorrrruuuusstt..hh....zzaaeeooooooooyy.......ccl..",
    "...b..eejj..rryy",
);

/// U+1E00 to U+1EFF (Latin Extended Additional: Vietnamese and more).
const LATIN_ADDITIONAL: &str = concat!(
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm",
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv",
    "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee",
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......",
);

/// Letters that are two letters without their marks, or none of a table's.
fn spelled_out(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'þ' | 'Þ' => "th",
        'ĳ' | 'Ĳ' => "ij",
        // Lower case, "i" and a combining dot above.
        'İ' => "i",
        'ǆ' | 'ǅ' | 'ǳ' | 'ǲ' => "dz",
        'ǉ' | 'ǈ' => "lj",
        'ǌ' | 'ǋ' => "nj",
        _ => return None,
    })
}

/// The letter `c` (lower case) stands for without its marks, if it has any.
fn without_marks(c: char) -> Option<char> {
    let (table, start) = match u32::from(c) {
        0xC0..=0x24F => (LATIN, 0xC0),
        0x1E00..=0x1EFF => (LATIN_ADDITIONAL, 0x1E00),
        _ => return None,
    };
    let at = usize::try_from(u32::from(c) - start).ok()?;
    table
        .as_bytes()
        .get(at)
        .filter(|&&letter| letter != b'.')
        .map(|&letter| char::from(letter))
}

/// `text` as a search compares it: Latin letters lower case and without
/// accents ("Ștefan Țăranu" → "stefan taranu", "Øyvind" → "oyvind",
/// "Straße" → "strasse"), other letters as written.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
        if let Some(letters) = spelled_out(c) {
            folded.push_str(letters);
        } else if let Some(letter) = without_marks(c) {
            folded.push(letter);
        } else if !('\u{300}'..='\u{36F}').contains(&c) {
            // Combining marks (a decomposed "é") are dropped.
            folded.push(c);
        }
    }
    folded
}
