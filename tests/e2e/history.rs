//! End to end: moving and removing drivers, undo and redo by buttons and
//! keys, and a line-up exported to a file and imported again.

use super::{DESKTOP, open_list};
use crate::browser::Browser;
use crate::editing::{crew, pick, wait_seat, wait_status};
use crate::site::Site;
use fantoccini::key::Key;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const TBA: &str = "";

/// Catches the next export: the text of the file the app offers to download.
const CATCH_EXPORT: &str = "
    const create = URL.createObjectURL;
    URL.createObjectURL = blob => { blob.text().then(text => { window.exported = text; }); return create(blob); };
    return true";

/// Chooses `file` in the Import button's file input.
async fn import(browser: &Browser, file: &Path) {
    browser
        .find(".import input[type=file]")
        .await
        .send_keys(&file.display().to_string())
        .await
        .expect("a file chosen for import");
}

/// A file under `target/e2e/` holding `text`.
fn scratch_file(name: &str, text: &str) -> PathBuf {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e");
    std::fs::create_dir_all(&folder).expect("a scratch folder");
    let file = folder.join(name);
    std::fs::write(&file, text).expect("the scratch file written");
    file
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn moving_removing_undoing_and_redoing_by_buttons_and_keys() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    pick(&browser, "31", 0, "valentino-rossi").await;
    assert_eq!(crew(&browser, "46").await[0], TBA);
    assert_eq!(crew(&browser, "31").await[0], "valentino-rossi");
    assert_eq!(
        browser.text(".said").await,
        "Moved Valentino Rossi from car #46 to car #31."
    );

    browser.click_button("Undo").await;
    wait_seat(
        &browser,
        "46",
        0,
        "valentino-rossi",
        "Rossi back in the #46",
    )
    .await;
    browser.click_button("Redo").await;
    wait_seat(
        &browser,
        "31",
        0,
        "valentino-rossi",
        "Rossi in the #31 again",
    )
    .await;

    browser
        .click("[aria-label='Remove Valentino Rossi from car #31']")
        .await;
    wait_status(&browser, "31", "warning").await;
    assert!(
        !crew(&browser, "31")
            .await
            .contains(&"valentino-rossi".into())
    );
    browser.type_into("body", &(Key::Control + "z")).await;
    wait_seat(
        &browser,
        "31",
        0,
        "valentino-rossi",
        "the removal undone by Ctrl+Z",
    )
    .await;
    browser
        .type_into("body", &(Key::Control + &(Key::Shift + "z")))
        .await;
    wait_seat(&browser, "31", 0, "", "the removal redone by Ctrl+Shift+Z").await;
    browser.type_into("body", &(Key::Control + "z")).await;
    browser.type_into("body", &(Key::Control + "y")).await;
    wait_seat(&browser, "31", 0, TBA, "the removal redone by Ctrl+Y").await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn an_exported_line_up_imports_back_and_a_malformed_file_is_named() {
    let site = Site::serve(HashMap::new());
    let browser = open_list(&site, DESKTOP).await;
    pick(&browser, "46", 1, "ahmad-al-harthy").await;
    pick(&browser, "46", 2, "maxime-martin").await;
    browser
        .choose("select[aria-label='Rating of Maxime Martin']", "gold")
        .await;
    browser.eval(CATCH_EXPORT).await;
    browser.click_button("Export").await;
    browser
        .wait_until(
            "the exported file",
            "return typeof window.exported === 'string'",
        )
        .await;
    let exported = browser.eval("return window.exported").await;
    let exported = scratch_file("exported.json", exported.as_str().unwrap());

    browser.click_button("Reset to the provisional list").await;
    wait_seat(&browser, "46", 1, "", "the reset").await;
    import(&browser, &exported).await;
    browser
        .wait_until(
            "the import",
            "return document.querySelector('.said').textContent === 'Imported exported.json.'",
        )
        .await;
    assert_eq!(
        crew(&browser, "46").await,
        ["valentino-rossi", "ahmad-al-harthy", "maxime-martin"]
    );
    assert_eq!(
        browser
            .count("[data-car='46'] [data-driver='maxime-martin'] .what-if")
            .await,
        1,
        "the what-if Gold survives the round trip"
    );
    browser.click_button("Undo").await;
    wait_seat(
        &browser,
        "46",
        1,
        "",
        "one Undo takes the whole import back",
    )
    .await;
    assert_eq!(crew(&browser, "46").await, ["valentino-rossi", "", ""]);
    browser.click_button("Redo").await;
    wait_seat(
        &browser,
        "46",
        2,
        "maxime-martin",
        "one Redo brings it back",
    )
    .await;

    let broken = scratch_file(
        "broken.json",
        "{\n  \"season\": \"2024\",\n  \"title\": 7\n}",
    );
    import(&browser, &broken).await;
    browser
        .wait_for_count("the import's notice", ".notice", 1)
        .await;
    assert_eq!(
        browser.text(".notice p").await,
        "broken.json could not be imported: title: invalid type: integer `7`, expected a string (line 3, column 12)"
    );
    assert_eq!(
        crew(&browser, "46").await,
        ["valentino-rossi", "ahmad-al-harthy", "maxime-martin"],
        "a failed import leaves the line-up alone"
    );
    browser.close().await;
}
