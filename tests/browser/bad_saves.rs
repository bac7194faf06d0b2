//! The catalogue's bad autosaves and share links in the browser: each gets
//! its message, and what the catalogue says is kept is kept, byte for byte
//! in the page's storage: a damaged save moved to the backup key (and left
//! there by the next edit), a newer version's save never written over, the
//! fan's own save untouched by a link that cannot be opened.

use super::catalogue::{Door, Kept, Row, catalogue, save_with};
use super::{Mounted, fire, mount, provisional_check, settle, shipped_season};
use crewbuilder::domain::lineup::SaveKeys;
use crewbuilder::domain::rules::RuleSet;
use crewbuilder::ui::Workbench;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen_test::*;
use web_sys::Storage;
use web_sys::wasm_bindgen::{JsCast, JsValue};

/// What a page may put in its storage or address: the 6 MB rows are
/// refused before they are read, which `tests/bad_inputs.rs` checks.
const STORABLE: usize = 1 << 20;

fn storage() -> Storage {
    window().local_storage().unwrap().unwrap()
}

fn keys() -> SaveKeys {
    SaveKeys::of(&RuleSet::wec_2024().name)
}

/// Mounts the workbench and waits for a notice containing `says`; returns
/// the page and the notices' text.
async fn mounted_saying(says: &str) -> (Mounted, String) {
    let root = mount(|| {
        let base = shipped_season();
        let checked = provisional_check(&base);
        view! { <Workbench base rules=RuleSet::wec_2024() checked /> }
    });
    let notices = || {
        let found = root.query_selector_all(".notice").unwrap();
        (0..found.length())
            .filter_map(|at| found.get(at)?.text_content())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    settle(|| notices().contains(says)).await;
    let said = notices();
    (root, said)
}

/// Makes Rossi Gold on the #46 (an edit, saved after the next frame).
pub(super) async fn make_rossi_gold(root: &Mounted) {
    let rossi = "[data-car='46'] select[aria-label='Rating of Valentino Rossi']";
    let select: web_sys::HtmlSelectElement = root
        .query_selector(rossi)
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("gold");
    fire(&select, "change");
    let what_if = || {
        root.query_selector(rossi)
            .unwrap()
            .and_then(|select| select.get_attribute("data-what-if"))
    };
    settle(|| what_if().as_deref() == Some("true")).await;
    assert_eq!(what_if().as_deref(), Some("true"), "the edit is made");
    // The autosave runs after the frame is painted: give it a few frames.
    TimeoutFuture::new(300).await;
}

/// One autosave row: stored, the page mounted, then the storage read.
async fn check_save(row: &Row) -> Result<(), String> {
    let keys = keys();
    storage().remove_item(&keys.backup).unwrap();
    storage().set_item(&keys.save, &row.input).unwrap();
    let (root, said) = mounted_saying(row.says).await;
    if !said.contains(row.says) {
        return Err(format!("said {said:?}"));
    }
    make_rossi_gold(&root).await;
    let saved = storage().get_item(&keys.save).unwrap();
    let backup = storage().get_item(&keys.backup).unwrap();
    let input = Some(row.input.as_str());
    let kept = match row.kept {
        Kept::BackedUp => backup.as_deref() == input && saved.as_deref() != input,
        Kept::LeftAlone => saved.as_deref() == input && backup.is_none(),
        other => return Err(format!("an autosave row keeps {other:?}")),
    };
    match kept {
        true => Ok(()),
        false => Err(format!("{:?} not kept byte for byte", row.kept)),
    }
}

/// One share-link row: the fan's own save stored, the link in the address.
async fn check_share(row: &Row) -> Result<(), String> {
    let keys = keys();
    let own = save_with(|text| text);
    storage().set_item(&keys.save, &own).unwrap();
    let history = window().history().unwrap();
    let address = format!("#share={}", row.input);
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&address))
        .unwrap();
    let (root, said) = mounted_saying(row.says).await;
    let path = window().location().pathname().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&path))
        .unwrap();
    let seat = root
        .query_selector("[data-car='46'] [data-seat='1']")
        .unwrap()
        .and_then(|seat| seat.get_attribute("data-driver"));
    let saved = storage().get_item(&keys.save).unwrap();
    let told = said.contains("This share link cannot be opened:") && said.contains(row.says);
    match (told, seat.as_deref(), saved == Some(own)) {
        (false, ..) => Err(format!("said {said:?}")),
        (_, Some("ahmad-al-harthy"), true) => Ok(()),
        (_, seat, _) => Err(format!(
            "the own line-up not kept: seat 2 of #46 is {seat:?}"
        )),
    }
}

#[wasm_bindgen_test]
async fn bad_saves_and_share_links_keep_what_the_catalogue_says() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for row in catalogue().iter().filter(|row| row.input.len() < STORABLE) {
        let outcome = match row.door {
            Door::Autosave => check_save(row).await,
            Door::ShareLink => check_share(row).await,
            _ => continue,
        };
        checked += 1;
        if let Err(why) = outcome {
            wrong.push(format!("{:?}, {}: {why}", row.door, row.what));
        }
    }
    storage().remove_item(&keys().save).unwrap();
    storage().remove_item(&keys().backup).unwrap();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    assert_eq!(checked, 19, "rows checked in the browser");
}
