//! The autosave in the browser: restored after the first render, and a
//! newer version's save never written over.

use super::bad_saves::make_rossi_gold;
use super::{count, mount, provisional_check, settle, shipped_season};
use crewbuilder::domain::lineup::{Edit, LineUp, save_text};
use crewbuilder::domain::rules::RuleSet;
use crewbuilder::domain::{CarNumber, DriverId};
use crewbuilder::ui::{SAVE_KEY, Workbench};
use leptos::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_autosave_replaces_the_provisional_crews_after_the_first_render() {
    let season = shipped_season();
    let mut saved = LineUp::new(season.clone());
    let fill = Edit::Fill {
        car: CarNumber::try_from("46".to_string()).unwrap(),
        seat: 1,
        driver: DriverId::try_from("ahmad-al-harthy".to_string()).unwrap(),
    };
    saved.apply(fill).unwrap();
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item(SAVE_KEY, &save_text(&saved, 1)).unwrap();
    let root = mount(move || {
        let checked = provisional_check(&season);
        view! { <Workbench base=season rules=RuleSet::wec_2024() checked /> }
    });
    let seat = || {
        root.query_selector("[data-car='46'] [data-seat='1']")
            .unwrap()
            .and_then(|seat| seat.get_attribute("data-driver"))
    };
    assert_eq!(
        seat().as_deref(),
        Some(""),
        "first the provisional list, as prerendered"
    );
    settle(|| seat().as_deref() == Some("ahmad-al-harthy")).await;
    assert_eq!(
        seat().as_deref(),
        Some("ahmad-al-harthy"),
        "then the fan's own"
    );
    storage.remove_item(SAVE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn an_edit_never_writes_over_a_newer_version_s_save() {
    let mut saved = LineUp::new(shipped_season());
    saved
        .apply(Edit::Fill {
            car: CarNumber::try_from("46".to_string()).unwrap(),
            seat: 1,
            driver: DriverId::try_from("ahmad-al-harthy".to_string()).unwrap(),
        })
        .unwrap();
    let newer = save_text(&saved, 3).replace(r#""format":2"#, r#""format":9"#);
    assert_ne!(newer, save_text(&saved, 3), "the save names format 9");
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item(SAVE_KEY, &newer).unwrap();
    let root = mount(|| {
        let base = shipped_season();
        let checked = provisional_check(&base);
        view! { <Workbench base rules=RuleSet::wec_2024() checked /> }
    });
    settle(|| count(&root, ".notice[data-warning='true']") == 1).await;
    let notice = root.query_selector(".notice").unwrap().unwrap();
    assert!(
        notice
            .text_content()
            .unwrap()
            .contains("format 9, this one reads 2"),
        "the fan is told why: {:?}",
        notice.text_content()
    );
    make_rossi_gold(&root).await;
    assert_eq!(
        storage.get_item(SAVE_KEY).unwrap().as_deref(),
        Some(newer.as_str()),
        "the newer version's save is left byte for byte"
    );
    storage.remove_item(SAVE_KEY).unwrap();
}
