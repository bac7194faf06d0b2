//! End to end: a picture of a crew, or of the fan's changes, made in the
//! page as a PNG of its stated size, shared the platform's way where the
//! browser can share files, else downloaded as `crew-46.png`; its code
//! fetched on first use. And each list's page previews as a picture.

use super::DESKTOP;
use crate::browser::Browser;
use crate::editing::pick;
use crate::on_demand::chunk;
use crate::site::Site;
use std::collections::HashMap;

/// Where the browser can (`true`) or cannot share files: `navigator.canShare`
/// and `navigator.share` stubbed, each share recorded in `window.__shared`;
/// each object URL's type recorded in `window.__blobs`.
fn sharing_stub(can: bool) -> String {
    format!(
        "window.__shared = []; window.__blobs = {{}};
        const objectUrl = URL.createObjectURL.bind(URL);
        URL.createObjectURL = blob => {{ const url = objectUrl(blob); window.__blobs[url] = blob.type; return url; }};
        Object.defineProperty(Navigator.prototype, 'canShare', {{ configurable: true,
            value: data => {can} && !!(data && data.files && data.files.length) }});
        Object.defineProperty(Navigator.prototype, 'share', {{ configurable: true,
            value: data => {{ window.__shared.push({{ names: data.files.map(f => f.name),
                types: data.files.map(f => f.type), text: data.text }}); return Promise.resolve(); }} }});"
    )
}

/// The app served and opened, alive, in a browser that can (`true`) or
/// cannot share files (see [`sharing_stub`]).
async fn open_sharing(can: bool) -> (Site, Browser) {
    let site = Site::serve(HashMap::new());
    let browser = Browser::open(DESKTOP).await;
    browser.before_every_page(&sharing_stub(can)).await;
    crate::visit(&browser, &site, "the page to come to life").await;
    (site, browser)
}

/// How many times the page fetched the picture's chunk.
async fn picture_fetched(browser: &Browser) -> u64 {
    let name = chunk("split_picture_dialog");
    browser
        .eval(&format!(
            "return performance.getEntriesByType('resource').filter(e => e.name.endsWith({name:?})).length"
        ))
        .await
        .as_u64()
        .expect("a count")
}

/// Waits for the picture in the open dialog, then reads it back through a
/// canvas: its width and height, how many sampled pixels differ from the
/// paper at (20, 250), and whether it is a PNG blob.
async fn read_back(browser: &Browser) -> (u64, u64, u64, bool) {
    browser
        .wait_until(
            "the picture to be made",
            "const img = document.querySelector('dialog[open] .picture-preview'); return !!img && img.complete && img.naturalWidth > 0",
        )
        .await;
    let read = browser
        .eval(
            "const img = document.querySelector('dialog[open] .picture-preview');
            const canvas = document.createElement('canvas');
            canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
            const context = canvas.getContext('2d');
            context.drawImage(img, 0, 0);
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            const paper = (250 * canvas.width + 20) * 4;
            let differ = 0;
            for (let at = 0; at < pixels.length; at += 4 * 101) {
                if ([0, 1, 2].some(k => pixels[at + k] !== pixels[paper + k])) differ++;
            }
            window.__readBack = canvas.toDataURL('image/png');
            return [canvas.width, canvas.height, differ, window.__blobs[img.src] === 'image/png'];",
        )
        .await;
    serde_json::from_value(read).expect("width, height, pixels, PNG")
}

/// Keeps the picture last read back as `target/screenshots/{name}.png`
/// (the README shows one).
async fn keep(browser: &Browser, name: &str) {
    use base64::Engine;
    let url = browser.eval("return window.__readBack").await;
    let data = url
        .as_str()
        .and_then(|url| url.strip_prefix("data:image/png;base64,"));
    let png = base64::engine::general_purpose::STANDARD
        .decode(data.expect("a PNG data URL"))
        .expect("base64");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&folder).expect("a screenshot folder");
    std::fs::write(folder.join(format!("{name}.png")), png).expect("the picture kept");
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_46_s_picture_is_a_png_offered_as_crew_46_png_its_code_fetched_on_first_use() {
    let (_site, browser) = open_sharing(false).await;
    pick(&browser, "46", 1, "ahmad-al-harthy").await;
    pick(&browser, "46", 2, "maxime-martin").await;
    assert_eq!(
        picture_fetched(&browser).await,
        0,
        "not fetched to read the list"
    );
    browser.click("[data-car='46'] .picture-open").await;
    let (width, height, differ, png) = read_back(&browser).await;
    assert_eq!((width, height, png), (1080, 1080, true));
    keep(&browser, "crew-46").await;
    assert!(
        differ > 100,
        "the picture is drawn: {differ} sampled pixels differ from the paper"
    );
    assert_eq!(picture_fetched(&browser).await, 1, "fetched on first use");
    let alt = browser
        .eval("return document.querySelector('dialog[open] .picture-preview').alt")
        .await;
    assert_eq!(
        alt,
        "#46 Team WRT BMW M4 GT3: Valentino Rossi (Silver), Ahmad Al Harthy (Bronze), \
         Maxime Martin (Platinum). Legal for a 6 or 8 Hours round."
    );
    let download = browser
        .eval("const a = document.querySelector('dialog[open] a.picture-download'); return [a.download, a.href.startsWith('blob:'), a.textContent]")
        .await;
    assert_eq!(
        download,
        serde_json::json!(["crew-46.png", true, "Download crew-46.png"])
    );
    assert_eq!(
        browser.count("dialog[open] .picture-share").await,
        0,
        "no share sheet for files here"
    );
    assert_eq!(
        browser.count("dialog[open] .picture-copy").await,
        1,
        "Copy image"
    );
    assert_eq!(browser.axe_violations().await, Vec::<String>::new());
    browser.click("dialog[open] .picture-close").await;
    browser
        .wait_for_count("the dialog to close", "dialog[open]", 0)
        .await;
    let focused = browser
        .eval("return document.activeElement.matches(\"[data-car='46'] .picture-open\")")
        .await;
    assert_eq!(focused, true, "the focus goes back to the card's button");
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn where_the_browser_shares_files_the_share_sheet_gets_the_png_and_its_words() {
    let (_site, browser) = open_sharing(true).await;
    browser.click("[data-car='46'] .picture-open").await;
    read_back(&browser).await;
    browser.click("dialog[open] .picture-share").await;
    browser
        .wait_until("the share sheet", "return window.__shared.length === 1")
        .await;
    let shared = browser.eval("return window.__shared[0]").await;
    assert_eq!(
        shared,
        serde_json::json!({
            "names": ["crew-46.png"],
            "types": ["image/png"],
            "text": "#46 Team WRT BMW M4 GT3: Valentino Rossi (Silver), TBA, TBA. Legal for a 6 or 8 Hours round.",
        })
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs the release build and ChromeDriver: run `cargo xtask test`"]
async fn the_picture_of_my_changes_is_a_phone_feed_s_portrait_of_every_car_changed() {
    let (_site, browser) = open_sharing(false).await;
    browser.click(".picture-changes").await;
    browser
        .wait_for_count(
            "the reason there is none",
            "dialog[open] .picture-missing",
            1,
        )
        .await;
    assert_eq!(
        browser.text("dialog[open] .picture-missing").await,
        "No car differs from the provisional list yet: change a seat or a rating first."
    );
    browser.click("dialog[open] .picture-close").await;
    pick(&browser, "46", 1, "ahmad-al-harthy").await;
    browser
        .choose("[data-car='2'] [data-seat='1'] select.rating", "gold")
        .await;
    browser.click(".picture-changes").await;
    let (width, height, differ, png) = read_back(&browser).await;
    assert_eq!((width, height, png), (1080, 1350, true));
    assert!(
        differ > 100,
        "{differ} sampled pixels differ from the paper"
    );
    let alt = browser
        .eval("return document.querySelector('dialog[open] .picture-preview').alt")
        .await;
    let alt = alt.as_str().expect("an alt text");
    assert!(
        alt.starts_with("My changes to the FIA WEC 2024 provisional entry list: #2 "),
        "{alt}"
    );
    assert!(
        alt.contains("(Gold, a what-if rating)") && alt.contains(" #46 Team WRT"),
        "{alt}"
    );
    browser.close().await;
}

/// The width and height in a PNG's header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
    (word(16), word(20))
}

#[test]
#[ignore = "needs the release build: run `cargo xtask test`"]
fn each_list_s_page_previews_as_its_picture() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    for (folder, title) in [
        ("", "FIA WEC 2024"),
        ("le-mans-2024/", "24 Hours of Le Mans 2024"),
    ] {
        let page = std::fs::read_to_string(dist.join(folder).join("index.html")).expect("the page");
        let tag = |property: &str| {
            let start = format!("<meta property=\"{property}\" content=\"");
            let at = page
                .find(&start)
                .unwrap_or_else(|| panic!("{folder}: no {property}"))
                + start.len();
            page[at..at + page[at..].find('"').expect("a closing quote")].to_string()
        };
        assert!(
            tag("og:title").contains(title),
            "{folder}: {}",
            tag("og:title")
        );
        assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\" />"));
        let image = tag("og:image");
        let png =
            std::fs::read(dist.join(folder).join(&image)).expect("the preview beside its page");
        assert_eq!(png_size(&png), (1200, 630), "{folder}{image}");
        assert_eq!(
            (tag("og:image:width"), tag("og:image:height")),
            ("1200".into(), "630".into())
        );
    }
}
