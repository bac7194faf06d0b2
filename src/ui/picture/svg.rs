//! The pictures as SVG: one car's crew, the fan's changes and a list's
//! preview, drawn by the same components in the browser (then onto a
//! canvas) and at build time (then by `resvg`). Each text element holds
//! one text node, so the markup is well-formed XML.

use crate::domain::picture::{
    ChangesPicture, CrewPicture, Picture, PictureSize, PicturedSeat, QrModules, Verdict, fitted,
    short_link, wrapped,
};
use crate::domain::{CarNumber, Class, Rating};
use leptos::either::Either;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos::tachys::view::RenderHtml;

/// The page's own font stack (`style/main.css`): nothing is fetched.
const FONT: &str =
    r#"system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif"#;
const INK: &str = "#14161f";
const INK_SOFT: &str = "#4a5063";
const PAPER: &str = "#f4f5f8";
const LEGAL: &str = "#17703a";
const BROKEN: &str = "#b3261e";

/// A class's colour (as on the cards).
fn class_colour(class: Class) -> &'static str {
    match class {
        Class::Hypercar => "#c8102e",
        Class::Lmgt3 => "#e87511",
        Class::Lmp2 => "#1f5fbf",
    }
}

/// A rating's badge colour and the colour of its word.
fn rating_colours(rating: Rating) -> (&'static str, &'static str) {
    match rating {
        Rating::Platinum => ("#3d4a5c", "#ffffff"),
        Rating::Gold => ("#c99a06", INK),
        Rating::Silver => ("#a5adb8", INK),
        Rating::Bronze => ("#a8612a", "#ffffff"),
    }
}

/// The picture's frame: its size, the paper, the font. Its children are
/// typed (`Children` would box them as an `AnyView`, whose every method,
/// hydration and all, would come into the picture's chunk).
#[component]
fn Frame<C: IntoView + 'static>(
    size: PictureSize,
    label: String,
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    let PictureSize { width, height } = size;
    view! {
        <svg
            xmlns="http://www.w3.org/2000/svg"
            width=width
            height=height
            viewBox=format!("0 0 {width} {height}")
            role="img"
            aria-label=label
            font-family=FONT
        >
            <rect width=width height=height fill=PAPER />
            {children()}
        </svg>
    }
}

/// One line of text at `x`, `y`.
#[component]
fn Line(
    x: u32,
    y: u32,
    size: u32,
    text: String,
    #[prop(default = INK)] fill: &'static str,
    #[prop(default = "normal")] weight: &'static str,
    #[prop(default = "start")] anchor: &'static str,
) -> impl IntoView {
    view! {
        <text x=x y=y font-size=size fill=fill font-weight=weight text-anchor=anchor>
            {text}
        </text>
    }
}

/// A car's number on its class's colour, `width` px wide.
#[component]
fn NumberBox(number: CarNumber, class: Class, x: u32, y: u32, width: u32) -> impl IntoView {
    let height = width * 3 / 5;
    let ink = if class == Class::Lmgt3 {
        INK
    } else {
        "#ffffff"
    };
    view! {
        <rect x=x y=y width=width height=height rx=12 fill=class_colour(class) />
        <Line
            x=x + width / 2
            y=y + height * 7 / 10
            size=height / 2
            text=format!("#{number}")
            fill=ink
            weight="bold"
            anchor="middle"
        />
    }
}

/// A rating's word on its badge: "Gold", or "Gold · what if".
fn badge_word(rating: Rating, what_if: bool) -> String {
    if what_if {
        format!("{rating} · what if")
    } else {
        rating.to_string()
    }
}

/// How wide the badge of `word` is at font size `size` (a bold letter is
/// about 0.6 em).
fn badge_width(word: &str, size: u32) -> u32 {
    size * (word.chars().count() as u32 * 6 + 16) / 10
}

/// A rating's badge; a what-if rating is dashed and says so.
#[component]
fn RatingBadge(rating: Rating, what_if: bool, x: u32, y: u32, size: u32) -> impl IntoView {
    let (fill, ink) = rating_colours(rating);
    let word = badge_word(rating, what_if);
    let width = badge_width(&word, size);
    let height = size * 16 / 10;
    view! {
        <rect
            x=x
            y=y
            width=width
            height=height
            rx=height / 2
            fill=fill
            stroke=if what_if { INK } else { fill }
            stroke-width=if what_if { 3 } else { 0 }
            stroke-dasharray=what_if.then_some("8 5")
        />
        <Line x=x + size * 8 / 10 y=y + size * 12 / 10 size text=word fill=ink weight="bold" />
    }
}

/// A seat's line: the driver's name, their rating badge and nationality;
/// "TBA" for an open seat.
#[component]
fn SeatLine(seat: Option<PicturedSeat>, x: u32, y: u32, size: u32, chars: usize) -> impl IntoView {
    let Some(seat) = seat else {
        let text = "TBA".to_string();
        return Either::Left(view! { <Line x y=y + size size text fill=INK_SOFT weight="bold" /> });
    };
    let badge_y = y + size * 13 / 10;
    let badge_size = size * 6 / 10;
    let after_badge =
        x + badge_width(&badge_word(seat.rating, seat.what_if), badge_size) + badge_size;
    Either::Right(view! {
        <Line x y=y + size size text=fitted(&seat.name, chars) weight="bold" />
        <RatingBadge rating=seat.rating what_if=seat.what_if x y=badge_y size=badge_size />
        <Line
            x=after_badge
            y=badge_y + badge_size * 12 / 10
            size=badge_size
            text=seat.nationality.unwrap_or_default()
            fill=INK_SOFT
        />
    })
}

/// The verdict in words, in green or red, on up to `lines` lines.
#[component]
fn VerdictLines(
    verdict: Verdict,
    x: u32,
    y: u32,
    size: u32,
    chars: usize,
    lines: usize,
) -> impl IntoView {
    let (mark, fill) = if verdict.legal {
        ("✓ ", LEGAL)
    } else {
        ("✗ ", BROKEN)
    };
    wrapped(&format!("{mark}{}", verdict.words), chars, lines)
        .into_iter()
        .enumerate()
        .map(|(at, text)| {
            let y = y + size * 13 / 10 * at as u32;
            view! { <Line x y size text fill weight="bold" /> }
        })
        .collect_view()
}

/// A QR code of `link` in a white square of about `side` px at `x`, `y`:
/// whole pixels per module, four light modules round the code as readers
/// expect.
#[component]
fn QrSquare(link: String, x: u32, y: u32, side: u32) -> impl IntoView {
    QrModules::of(&link).map(|code| {
        let modules = code.width() as u32 + 8;
        let scale = (side / modules).max(1);
        let drawn = scale * modules;
        let (left, top) = (x + side - drawn, y + side - drawn);
        view! {
            <rect x=left y=top width=drawn height=drawn fill="#ffffff" />
            <path
                d=code.path()
                fill=INK
                shape-rendering="crispEdges"
                transform=format!(
                    "translate({} {}) scale({scale})",
                    left + 4 * scale,
                    top + 4 * scale,
                )
            />
        }
    })
}

/// The foot of a crew's picture: the app, the list, the share link's
/// short form, and its QR code at the right.
#[component]
fn Signature(list: String, link: String, size: PictureSize, qr: u32) -> impl IntoView {
    let y = size.height - 130;
    view! {
        <Line x=60 y=y size=34 text="Crew Builder".to_string() weight="bold" />
        <Line x=60 y=y + 44 size=26 text=fitted(&list, 46) fill=INK_SOFT />
        <Line x=60 y=y + 84 size=24 text=short_link(&link) fill=INK_SOFT />
        <QrSquare link x=size.width - 50 - qr y=size.height - 50 - qr side=qr />
    }
}

/// One car's crew as the fan built it, with its verdict and share link.
#[component]
fn CrewPictureSvg(crew: CrewPicture, list: String, link: String) -> impl IntoView {
    let size = PictureSize::CREW;
    let seats = crew
        .seats
        .iter()
        .enumerate()
        .map(|(at, seat)| {
            let y = 270 + 420 / crew.seats.len().max(4) as u32 * at as u32;
            view! { <SeatLine seat=seat.clone() x=60 y size=46 chars=34 /> }
        })
        .collect_view();
    view! {
        <Frame size label=crew.alt_text()>
            <rect width=size.width height=16 fill=class_colour(crew.class) />
            <NumberBox number=crew.number.clone() class=crew.class x=60 y=70 width=240 />
            <Line
                x=330
                y=110
                size=30
                text=crew.class.to_string()
                fill=class_colour(crew.class)
                weight="bold"
            />
            <Line x=330 y=170 size=50 text=fitted(&crew.team, 24) weight="bold" />
            <Line x=330 y=220 size=34 text=fitted(&crew.car, 32) fill=INK_SOFT />
            {seats}
            <VerdictLines verdict=crew.verdict x=60 y=730 size=32 chars=40 lines=3 />
            <Signature list link size qr=240 />
        </Frame>
    }
}

/// A crew in a sixth of the changes' picture, at `x`, `y`.
#[component]
fn CrewPanel(crew: CrewPicture, x: u32, y: u32) -> impl IntoView {
    let seats = crew
        .seats
        .iter()
        .enumerate()
        .map(|(at, seat)| {
            let y = y + 92 + 174 / crew.seats.len().max(3) as u32 * at as u32;
            view! { <SeatLine seat=seat.clone() x=x + 20 y size=24 chars=30 /> }
        })
        .collect_view();
    view! {
        <rect x=x y=y width=470 height=300 rx=14 fill="#ffffff" stroke="#d8dbe4" stroke-width=2 />
        <NumberBox number=crew.number.clone() class=crew.class x=x + 20 y=y + 20 width=110 />
        <Line x=x + 145 y=y + 50 size=28 text=fitted(&crew.team, 17) weight="bold" />
        <Line x=x + 145 y=y + 84 size=22 text=fitted(&crew.car, 26) fill=INK_SOFT />
        {seats}
        <VerdictLines verdict=crew.verdict x=x + 20 y=y + 284 size=20 chars=38 lines=1 />
    }
}

/// Every car the fan changed (as many as fit, then "+N more").
#[component]
fn ChangesPictureSvg(changes: ChangesPicture, link: String) -> impl IntoView {
    let size = PictureSize::CHANGES;
    let alt = changes.alt_text();
    let more = changes.more_line().map(|text| {
        view! { <Line x=1020 y=170 size=34 text fill=INK_SOFT weight="bold" anchor="end" /> }
    });
    let panels = changes
        .crews
        .into_iter()
        .enumerate()
        .map(|(at, crew)| {
            let (x, y) = (60 + 490 * (at as u32 % 2), 195 + 315 * (at as u32 / 2));
            view! { <CrewPanel crew x y /> }
        })
        .collect_view();
    view! {
        <Frame size label=alt>
            <Line x=60 y=110 size=60 text="My line-up".to_string() weight="bold" />
            <Line x=60 y=170 size=30 text="Every car I changed".to_string() fill=INK_SOFT />
            {more}
            {panels}
            <Signature list=changes.list link size qr=170 />
        </Frame>
    }
}

/// A list's preview: its title, its cars by class, every car's number.
#[cfg(feature = "ssr")]
#[component]
fn ListPictureSvg(list: crate::domain::picture::ListPicture) -> impl IntoView {
    let size = PictureSize::LIST;
    let label = format!("{}. {}.", list.title, list.counts);
    let chips = list
        .cars
        .into_iter()
        .enumerate()
        .map(|(at, (number, class))| {
            let (x, y) = (40 + 70 * (at as u32 % 16), 330 + 54 * (at as u32 / 16));
            view! { <NumberBox number class x y width=62 /> }
        })
        .collect_view();
    view! {
        <Frame size label>
            <Line x=40 y=80 size=36 text="Crew Builder".to_string() fill=INK_SOFT weight="bold" />
            <Line x=40 y=160 size=54 text=fitted(&list.title, 40) weight="bold" />
            <Line x=40 y=230 size=34 text=list.counts />
            <Line
                x=40
                y=290
                size=28
                text="Fill the TBA seats, try a rating, see which rule breaks".to_string()
                fill=INK_SOFT
            />
            {chips}
        </Frame>
    }
}

/// `view` as SVG markup, at build time: Leptos' HTML rendering (only
/// with `ssr`). It marks where a list of views ends (`<!>`, for
/// hydration); a picture is never hydrated, and XML has no such comment,
/// so the marks go (text never holds one: its `<` is escaped).
#[cfg(feature = "ssr")]
fn markup(view: impl RenderHtml) -> String {
    view.to_html().replace("<!>", "")
}

/// `view` as SVG markup, in the browser: built as elements (outside the
/// page) and written out by the platform's `XMLSerializer`, which escapes
/// text and declares the namespace as XML wants.
#[cfg(not(feature = "ssr"))]
fn markup(view: impl Render) -> String {
    use leptos::tachys::view::Mountable;
    let holder = document().create_element("div").ok();
    let (Some(holder), Ok(serializer)) = (holder, web_sys::XmlSerializer::new()) else {
        return String::new();
    };
    let mut built = view.build();
    built.mount(&holder, None);
    let Some(svg) = holder.first_element_child() else {
        return String::new();
    };
    // The serializer declares the SVG namespace itself: the attribute set
    // for the prerender's markup would be a second declaration.
    let _ = svg.remove_attribute("xmlns");
    serializer.serialize_to_string(&svg).unwrap_or_default()
}

/// The markup of `picture` of the list `list`, its QR code and short form
/// from `link`.
pub fn picture_svg(picture: Picture, list: String, link: String) -> String {
    match picture {
        Picture::Crew(crew) => markup(view! { <CrewPictureSvg crew list link /> }),
        Picture::Changes(changes) => markup(view! { <ChangesPictureSvg changes link /> }),
    }
}

/// The markup of `season`'s preview (the page's `og:image`).
#[cfg(feature = "ssr")]
pub fn list_svg(season: &crate::domain::Season) -> String {
    let list = crate::domain::picture::ListPicture::of(season);
    markup(view! { <ListPictureSvg list /> })
}
