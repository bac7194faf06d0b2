//! The picture's dialog: the PNG drawn, shown, and offered the phone's
//! way (the share sheet where it takes files), as a download named after
//! the car, and to copy.

use super::draw::{can_copy_image, can_share, copy_image, png_file, png_of, share};
use super::svg::picture_svg;
use crate::domain::CarNumber;
use crate::domain::picture::{
    ChangesPicture, CrewPicture, Picture, PictureOf, PictureSize, changed_cars,
};
use crate::domain::rules::EventKind;
use crate::ui::card_store::CardStore;
use crate::ui::dialog::{focus_when_drawn, on_cancel, show_when_drawn};
use crate::ui::editor::Editor;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{Blob, File, Url};

/// A PNG made, with what the dialog offers for it.
#[derive(Clone)]
struct Made {
    /// The PNG's object URL (the preview and the download).
    url: String,
    png: Blob,
    file: File,
    alt: String,
    file_name: String,
    size: PictureSize,
}

/// Where the picture stands.
#[derive(Clone)]
enum Drawn {
    Drawing,
    Made(Made),
    /// Why there is no picture.
    Not(String),
}

/// The picture `of` as the line-up and the cards' check have it now.
fn picture_now(
    editor: Editor,
    store: CardStore,
    event: EventKind,
    of: &PictureOf,
) -> Result<Picture, String> {
    let findings = |number: &CarNumber| {
        store.card(number).with_untracked(|card| {
            card.as_ref()
                .map(|card| card.findings.clone())
                .unwrap_or_default()
        })
    };
    editor.lineup.with_untracked(|lineup| match of {
        PictureOf::Crew(number) => CrewPicture::of(lineup, number, &findings(number), event)
            .map(Picture::Crew)
            .ok_or_else(|| format!("Car #{number} is no longer in the line-up.")),
        PictureOf::Changes => {
            let crews = changed_cars(lineup)
                .iter()
                .filter_map(|number| CrewPicture::of(lineup, number, &findings(number), event))
                .collect();
            ChangesPicture::new(lineup.base().title(), crews)
                .map(Picture::Changes)
                .ok_or_else(|| {
                    "No car differs from the provisional list yet: change a seat or a rating first."
                        .to_string()
                })
        }
    })
}

/// Draws the picture into `drawn`: its SVG with the share link, then the PNG.
async fn draw(editor: Editor, picture: Picture, drawn: RwSignal<Drawn, LocalStorage>) {
    let link = match editor.share_link().await {
        Ok(link) => link,
        Err(_) => window().location().href().unwrap_or_default(),
    };
    let list = editor
        .lineup
        .with_untracked(|lineup| lineup.base().title().to_string());
    let (alt, file_name, size) = (picture.alt_text(), picture.file_name(), picture.size());
    let svg = picture_svg(picture, list, link);
    let made = async {
        let png = png_of(&svg, size).await?;
        let file = png_file(&png, &file_name)?;
        let url = Url::create_object_url_with_blob(&png)?;
        Ok::<_, web_sys::wasm_bindgen::JsValue>(Made {
            url,
            png,
            file,
            alt,
            file_name,
            size,
        })
    };
    drawn.set(match made.await {
        Ok(made) => Drawn::Made(made),
        Err(_) => Drawn::Not("The picture could not be drawn in this browser.".to_string()),
    });
}

/// The dialog making the picture `of`.
#[component]
pub fn PictureDialog(of: PictureOf) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let store = expect_context::<CardStore>();
    let event = expect_context::<RwSignal<EventKind>>().get_untracked();
    let drawn = RwSignal::new_local(Drawn::Drawing);
    match picture_now(editor, store, event, &of) {
        Ok(picture) => spawn_local(draw(editor, picture, drawn)),
        Err(why) => drawn.set(Drawn::Not(why)),
    }
    on_cleanup(move || {
        if let Some(Drawn::Made(made)) = drawn.try_get_untracked() {
            let _ = Url::revoke_object_url(&made.url);
        }
    });
    let (title, opener) = match &of {
        PictureOf::Crew(number) => (
            format!("Picture of car #{number}"),
            format!("[data-car='{number}'] .picture-open"),
        ),
        PictureOf::Changes => (
            "Picture of my changes".to_string(),
            ".picture-changes".to_string(),
        ),
    };
    let dismiss = Callback::new(move |()| {
        editor.picturing.set(None);
        focus_when_drawn(opener.clone());
    });
    let dialog = NodeRef::new();
    show_when_drawn(dialog);
    let said = RwSignal::new(String::new());
    view! {
        <dialog
            class="picker picture-dialog"
            aria-labelledby="picture-title"
            tabindex="-1"
            node_ref=dialog
            on:cancel=on_cancel(dismiss)
        >
            <header class="picker-head">
                <h2 id="picture-title">{title}</h2>
                <button
                    type="button"
                    class="button button-quiet picture-close"
                    autofocus
                    on:click=move |_| dismiss.run(())
                >
                    "Close"
                </button>
            </header>
            {move || match drawn.get() {
                Drawn::Drawing => {
                    EitherOf3::A(
                        view! {
                            <p class="loading" role="status">
                                "Drawing the picture…"
                            </p>
                        },
                    )
                }
                Drawn::Not(why) => {
                    EitherOf3::B(
                        view! {
                            <p class="picture-missing" role="alert">
                                {why}
                            </p>
                        },
                    )
                }
                Drawn::Made(made) => EitherOf3::C(view! { <MadePicture made said /> }),
            }}
            <p class="said" role="status">
                {move || said.get()}
            </p>
        </dialog>
    }
}

/// The PNG, and what the fan can do with it.
#[component]
fn MadePicture(made: Made, said: RwSignal<String>) -> impl IntoView {
    let share_button = can_share(&made.file).then(|| {
        let (file, alt) = (made.file.clone(), made.alt.clone());
        let on_share = move |_| {
            let (file, alt) = (file.clone(), alt.clone());
            spawn_local(async move {
                if share(&file, &alt).await.is_err() {
                    said.set("The picture was not shared.".to_string());
                }
            });
        };
        view! {
            <button type="button" class="button picture-share" on:click=on_share>
                "Share picture"
            </button>
        }
    });
    let copy_button = can_copy_image().then(|| {
        let png = made.png.clone();
        let on_copy = move |_| {
            let png = png.clone();
            spawn_local(async move {
                said.set(match copy_image(&png).await {
                    Ok(()) => "Picture copied: paste it into a post.".to_string(),
                    Err(_) => "The picture could not be copied: download it instead.".to_string(),
                });
            });
        };
        view! {
            <button type="button" class="button button-quiet picture-copy" on:click=on_copy>
                "Copy image"
            </button>
        }
    });
    view! {
        <img
            class="picture-preview"
            src=made.url.clone()
            alt=made.alt.clone()
            width=made.size.width
            height=made.size.height
        />
        <div class="picture-actions">
            {share_button}
            <a
                class="button button-quiet picture-download"
                href=made.url
                download=made.file_name.clone()
            >
                {format!("Download {}", made.file_name)}
            </a> {copy_button}
        </div>
    }
}
