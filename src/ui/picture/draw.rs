//! Browser glue for a picture: its SVG drawn onto a canvas and exported as
//! a PNG, then shared the platform's way (the Web Share API with the
//! file), downloaded, or copied (the Clipboard API's `ClipboardItem`).
//! Every browser function the wasm calls is an import of the main module,
//! whatever chunk calls it, so the page's first view pays for each: the
//! elements are made and sized through calls it already has, and the
//! dictionaries (`ShareData`, `FilePropertyBag`) are plain objects.

use crate::domain::picture::PictureSize;
use crate::ui::files::blob_of;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, CanvasRenderingContext2d, File, FilePropertyBag, HtmlCanvasElement, HtmlImageElement,
    ShareData, Url,
};

/// An element `tag` of `size`.
fn sized(tag: &str, size: PictureSize) -> Result<web_sys::Element, JsValue> {
    let element = document().create_element(tag)?;
    element.set_attribute("width", &size.width.to_string())?;
    element.set_attribute("height", &size.height.to_string())?;
    Ok(element)
}

/// A plain object with `fields`, as a dictionary argument.
fn dictionary(fields: &[(&str, &JsValue)]) -> Result<js_sys::Object, JsValue> {
    let object = js_sys::Object::new();
    for (name, value) in fields {
        js_sys::Reflect::set(&object, &JsValue::from_str(name), value)?;
    }
    Ok(object)
}

/// The PNG of `svg` (markup of `size`): the SVG as an image, drawn onto
/// a canvas of its size, exported with `toBlob`.
pub async fn png_of(svg: &str, size: PictureSize) -> Result<Blob, JsValue> {
    let markup = blob_of(svg, "image/svg+xml")?;
    let url = Url::create_object_url_with_blob(&markup)?;
    let image: HtmlImageElement = sized("img", size)?.unchecked_into();
    image.set_attribute("src", &url)?;
    let decoded = JsFuture::from(image.decode()).await;
    Url::revoke_object_url(&url)?;
    decoded?;
    let canvas: HtmlCanvasElement = sized("canvas", size)?.unchecked_into();
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2D context")?
        .unchecked_into();
    context.draw_image_with_html_image_element(&image, 0.0, 0.0)?;
    let exported = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(why) = canvas.to_blob_with_type(&resolve, "image/png") {
            let _ = reject.call1(&JsValue::NULL, &why);
        }
    });
    // `toBlob` hands over `null` when the canvas cannot be exported.
    let png = JsFuture::from(exported).await?;
    if png.is_null() {
        return Err("the canvas was not exported".into());
    }
    Ok(png.unchecked_into())
}

/// `png` as a file named `name`, for the share sheet.
pub fn png_file(png: &Blob, name: &str) -> Result<File, JsValue> {
    let options = dictionary(&[("type", &"image/png".into())])?;
    let options: &FilePropertyBag = options.unchecked_ref();
    File::new_with_blob_sequence_and_options(&js_sys::Array::of1(png), name, options)
}

/// What to share: `file`, described by `text`.
fn share_data(file: &File, text: &str) -> Result<ShareData, JsValue> {
    let files = js_sys::Array::of1(file);
    Ok(dictionary(&[("files", &files), ("text", &text.into())])?.unchecked_into())
}

/// Whether the browser can share `file` (`navigator.canShare`).
pub fn can_share(file: &File) -> bool {
    let navigator = window().navigator();
    let offered = js_sys::Reflect::get(&navigator, &"canShare".into())
        .is_ok_and(|can_share| can_share.is_function());
    offered && share_data(file, "").is_ok_and(|data| navigator.can_share_with_data(&data))
}

/// Opens the share sheet with `file` and its description `text`.
pub async fn share(file: &File, text: &str) -> Result<(), JsValue> {
    let data = share_data(file, text)?;
    JsFuture::from(window().navigator().share_with_data(&data))
        .await
        .map(drop)
}

/// Whether the browser can copy an image (`ClipboardItem`).
pub fn can_copy_image() -> bool {
    js_sys::Reflect::get(&window(), &"ClipboardItem".into())
        .is_ok_and(|constructor| constructor.is_function())
}

/// Copies `png` to the clipboard as an image.
pub async fn copy_image(png: &Blob) -> Result<(), JsValue> {
    let record = dictionary(&[("image/png", png)])?;
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record)?;
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write(&js_sys::Array::of1(&item)))
        .await
        .map(drop)
}
