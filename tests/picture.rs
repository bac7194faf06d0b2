//! The pictures to post, drawn by the app's SVG components natively (as the
//! prerender draws each list's preview): what they say, escaped, and that
//! they rasterise to a PNG of their stated size.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::domain::lineup::{Edit, LineUp};
use crewbuilder::domain::picture::{
    ChangesPicture, CrewPicture, Picture, PictureSize, changed_cars,
};
use crewbuilder::domain::rules::{CrewChoice, EventKind, Finding, RuleSet, check};
use crewbuilder::domain::{CarNumber, CountryCode, Driver, DriverId, Rating, Season};
use crewbuilder::ui::{Rasteriser, list_svg, picture_svg};
use resvg::{tiny_skia, usvg};
use std::sync::Arc;

const LINK: &str = "https://example.org/crew/#share=AbCdEfGhIjKlMnOp";

fn car(number: &str) -> CarNumber {
    CarNumber::try_from(number.to_string()).unwrap()
}

fn id(text: &str) -> DriverId {
    DriverId::try_from(text.to_string()).unwrap()
}

fn lineup(edits: Vec<Edit>) -> LineUp {
    let season = Season::from_json(include_str!("../public/data/wec-2024.json")).unwrap();
    let mut lineup = LineUp::new(Arc::new(season));
    for edit in edits {
        lineup.apply(edit).unwrap();
    }
    lineup
}

fn fill(number: &str, seat: usize, driver: &str) -> Edit {
    Edit::Fill {
        car: car(number),
        seat,
        driver: id(driver),
    }
}

/// The findings car `number`'s card shows for `event`.
fn findings(lineup: &LineUp, number: &CarNumber, event: EventKind) -> Vec<Finding> {
    let report = check(
        lineup.season(),
        &RuleSet::wec_2024(),
        event,
        CrewChoice::Provisional,
    );
    report.for_car(number).cloned().collect()
}

fn crew(lineup: &LineUp, number: &str, event: EventKind) -> CrewPicture {
    let number = car(number);
    CrewPicture::of(lineup, &number, &findings(lineup, &number, event), event).unwrap()
}

/// How the prerender draws a picture, with the machine's fonts (loaded
/// once for all the tests).
fn rasteriser() -> &'static Rasteriser {
    static RASTERISER: std::sync::OnceLock<Rasteriser> = std::sync::OnceLock::new();
    RASTERISER.get_or_init(|| Rasteriser::with_system_fonts().unwrap())
}

/// Every text of `svg` as a reader of SVG finds it.
fn texts(svg: &str) -> Vec<String> {
    let tree = rasteriser().tree(svg).unwrap();
    let mut found = Vec::new();
    collect(tree.root(), &mut found);
    found
}

fn collect(group: &usvg::Group, found: &mut Vec<String>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(inner) => collect(inner, found),
            usvg::Node::Text(text) => {
                found.extend(text.chunks().iter().map(|c| c.text().to_string()))
            }
            _ => {}
        }
    }
}

fn svg_of(picture: Picture) -> String {
    picture_svg(
        picture,
        "2024 FIA WEC provisional entry list".to_string(),
        LINK.to_string(),
    )
}

#[test]
fn the_46_s_alt_text_names_each_driver_with_rating_and_the_verdict() {
    let lineup = lineup(vec![
        fill("46", 1, "ahmad-al-harthy"),
        fill("46", 2, "maxime-martin"),
    ]);
    let crew = crew(&lineup, "46", EventKind::SixHours);
    assert_eq!(
        crew.alt_text(),
        "#46 Team WRT BMW M4 GT3: Valentino Rossi (Silver), Ahmad Al Harthy (Bronze), \
         Maxime Martin (Platinum). Legal for a 6 Hours round."
    );
    assert_eq!(crew.file_name(), "crew-46.png");
}

#[test]
fn a_name_with_markup_stays_text_right_to_left_and_combining_marks_included() {
    let names = [
        "<b>Evil</b> & \"Co\"",
        "محمد بن سليمان",
        "Zoe\u{0308} Mu\u{0301}ller",
    ];
    let edits = names
        .iter()
        .enumerate()
        .flat_map(|(at, name)| {
            let driver = Driver {
                id: id(&format!("fan-{at}")),
                name: name.to_string(),
                nationality: Some(CountryCode::try_from("GBR".to_string()).unwrap()),
                rating: Rating::Gold,
                confirmed: false,
                source: None,
                note: None,
            };
            [
                Edit::AddDriver { driver },
                fill("8", at, &format!("fan-{at}")),
            ]
        })
        .collect();
    let lineup = lineup(edits);
    let svg = svg_of(Picture::Crew(crew(&lineup, "8", EventKind::LeMans)));
    assert!(
        svg.contains("&lt;b&gt;Evil&lt;/b&gt; &amp; \"Co\"")
            || svg.contains("&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot;")
    );
    assert!(!svg.contains("<b>"), "markup in a name is never markup");
    let found = texts(&svg);
    for name in names {
        assert!(
            found.iter().any(|text| text == name),
            "{name:?} not in {found:?}"
        );
    }
}

#[test]
fn the_verdict_is_the_card_s_wording_legal_or_its_first_error() {
    let full_46 = || {
        vec![
            fill("46", 1, "ahmad-al-harthy"),
            fill("46", 2, "maxime-martin"),
        ]
    };
    let bronze_hypercar = vec![fill("2", 0, "ahmad-al-harthy")];
    // (edits, car, event, whether legal)
    let rows = [
        (full_46(), "46", EventKind::SixHours, true),
        (full_46(), "46", EventKind::LeMans, true),
        (bronze_hypercar, "2", EventKind::SixOrEightHours, false),
    ];
    for (edits, number, event, legal) in rows {
        let lineup = lineup(edits);
        let crew = crew(&lineup, number, event);
        let card = findings(&lineup, &car(number), event);
        let first_error = card
            .iter()
            .find(|finding| finding.severity == crewbuilder::domain::rules::Severity::Error)
            .map(|finding| {
                finding
                    .message_for_car(&crew.number, crew.class)
                    .to_string()
            });
        assert_eq!(
            crew.verdict.legal, legal,
            "car #{number} at {event}: {card:?}"
        );
        let words = first_error.unwrap_or_else(|| format!("Legal for {event}"));
        assert_eq!(crew.verdict.words, words);
        let drawn = texts(&svg_of(Picture::Crew(crew))).join(" ");
        let mark = if legal { "✓" } else { "✗" };
        let start: String = words.chars().take(30).collect();
        assert!(drawn.contains(&format!("{mark} {start}")), "{drawn}");
    }
}

#[test]
fn a_what_if_rating_is_marked_on_the_picture_and_in_its_words() {
    let lineup = lineup(vec![Edit::Rate {
        driver: id("valentino-rossi"),
        rating: Rating::Gold,
    }]);
    let crew = crew(&lineup, "46", EventKind::SixHours);
    assert!(
        crew.alt_text()
            .contains("Valentino Rossi (Gold, a what-if rating)")
    );
    let svg = svg_of(Picture::Crew(crew));
    assert!(texts(&svg).iter().any(|text| text == "Gold · what if"));
    assert!(
        svg.contains("stroke-dasharray"),
        "a what-if badge is dashed"
    );
}

#[test]
fn the_changes_fit_six_crews_and_say_how_many_more() {
    let numbers = ["2", "5", "6", "7", "8", "11", "12", "15"];
    let lineup = lineup(
        vec![Edit::Rate {
            driver: id("valentino-rossi"),
            rating: Rating::Gold,
        }]
        .into_iter()
        .chain(numbers.iter().map(|number| Edit::Clear {
            car: car(number),
            seat: 0,
        }))
        .collect(),
    );
    let changed = changed_cars(&lineup);
    assert_eq!(changed.len(), numbers.len() + 1, "{changed:?}");
    let crews = changed
        .iter()
        .map(|number| crew(&lineup, number.as_str(), EventKind::SixOrEightHours))
        .collect();
    let changes = ChangesPicture::new("24 Hours of Le Mans 2024 entry list", crews).unwrap();
    assert_eq!((changes.crews.len(), changes.more), (6, 3));
    assert!(
        changes.alt_text().ends_with("And 3 more cars."),
        "{}",
        changes.alt_text()
    );
    let svg = svg_of(Picture::Changes(changes));
    assert!(texts(&svg).iter().any(|text| text == "+3 more cars"));
    assert_eq!(ChangesPicture::new("the list", Vec::new()), None);
}

/// The PNG `resvg` makes of `svg`: its size, and whether any pixel differs
/// from the first.
fn rasterised(svg: &str) -> (u32, u32, bool) {
    let png = tiny_skia::Pixmap::decode_png(&rasteriser().png(svg).unwrap()).unwrap();
    let first = png.pixels()[0];
    (
        png.width(),
        png.height(),
        png.pixels().iter().any(|pixel| *pixel != first),
    )
}

#[test]
fn every_picture_rasterises_at_its_stated_size() {
    let lineup = lineup(vec![fill("46", 1, "ahmad-al-harthy")]);
    let crew = crew(&lineup, "46", EventKind::SixHours);
    let changes = ChangesPicture::new("the list", vec![crew.clone()]).unwrap();
    let list = list_svg(lineup.base());
    for (svg, size) in [
        (svg_of(Picture::Crew(crew)), PictureSize::CREW),
        (svg_of(Picture::Changes(changes)), PictureSize::CHANGES),
        (list, PictureSize::LIST),
    ] {
        assert_eq!(rasterised(&svg), (size.width, size.height, true));
    }
}
