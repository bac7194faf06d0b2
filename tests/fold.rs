//! Folding names: real names from many languages fold to plain letters, and
//! the tables agree with Unicode's canonical decompositions (the
//! `unicode-normalization` crate) for every Latin letter.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::fold;
use crewbuilder::domain::lineup::DriverForm;
use crewbuilder::domain::{Rating, Season};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

#[test]
fn real_names_in_many_languages_fold_to_plain_letters() {
    let cases = [
        ("Ștefan Țăranu", "stefan taranu", "Romanian, comma below"),
        ("Şahin Çelik", "sahin celik", "Turkish, cedilla"),
        (
            "İsmail Işık",
            "ismail isik",
            "Turkish, dotted and dotless i",
        ),
        ("Søren Æbeltoft", "soren aebeltoft", "Danish"),
        ("Øyvind Ærø", "oyvind aero", "Norwegian"),
        ("Jürgen Straße", "jurgen strasse", "German"),
        ("Đorđe Đoković", "dorde dokovic", "Serbian"),
        ("Łukasz Żółć", "lukasz zolc", "Polish"),
        ("Þórir Guðmundsson", "thorir gudmundsson", "Icelandic"),
        ("François Cœur", "francois coeur", "French"),
        (
            "Nguyễn Đức Thắng",
            "nguyen duc thang",
            "Vietnamese, stacked marks",
        ),
        ("Tomáš Enge", "tomas enge", "Czech"),
        ("Álex Palou", "alex palou", "Spanish"),
        ("Marco Sørensen", "marco sorensen", "Danish, in the list"),
        (
            "Jean-Éric Vergne",
            "jean-eric vergne",
            "French, in the list",
        ),
        ("e\u{301}mile", "emile", "a decomposed é"),
    ];
    for (name, folded, language) in cases {
        assert_eq!(fold(name), folded, "{language}: {name}");
    }
}

/// What Unicode makes of a letter: lower case, decomposed, marks dropped.
fn reference(c: char) -> String {
    c.to_lowercase()
        .collect::<String>()
        .nfd()
        .filter(|&part| !is_combining_mark(part))
        .collect()
}

#[test]
fn the_tables_agree_with_unicode_for_every_latin_letter() {
    let latin = (0xC0..=0x24F).chain(0x1E00..=0x1EFF);
    let mut checked = 0;
    for c in latin.filter_map(char::from_u32) {
        let expected = reference(c);
        // Letters Unicode does not decompose (ø, đ, ł, æ…) are spelled out
        // by hand; every letter it does decompose must fold as it does.
        if expected.chars().all(|part| part.is_ascii_alphabetic()) && expected != c.to_string() {
            assert_eq!(fold(&c.to_string()), expected, "{c} U+{:04X}", u32::from(c));
            checked += 1;
        }
    }
    assert!(checked >= 480, "only {checked} letters checked");
}

#[test]
fn a_fan_made_driver_s_id_uses_the_same_folding() {
    let season =
        Season::from_json(include_str!("../public/data/wec-2024.json")).expect("the shipped list");
    for (name, id) in [
        ("Ștefan Țăranu", "stefan-taranu"),
        ("Łukasz Øster", "lukasz-oster"),
    ] {
        let form = DriverForm {
            name: name.to_string(),
            nationality: "ROU".to_string(),
            rating: Some(Rating::Silver),
        };
        assert_eq!(form.check(&season).expect("a valid form").id.as_str(), id);
    }
}
