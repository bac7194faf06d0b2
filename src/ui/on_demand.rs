//! Parts of the app not needed to read the list (the seat picker, the stint
//! planner, the "Add a car" form, the codecs) are declared with
//! [`on_demand_part!`]: in a release build (feature `split`) each is a wasm
//! chunk of its own, fetched the first time it is used, or earlier when the
//! pointer or the focus reaches a control that uses it. A chunk that cannot
//! be fetched (the connection dropped before the service worker kept it) is
//! an `Err(PartMissing)` that the caller says in words, never a crash; the
//! next use fetches it again. Without `split` a part is an ordinary async
//! function, so the wasm tests need no splitter.

use leptos::prelude::*;
use std::future::Future;

/// Why a part could not be used: its code did not arrive.
pub use leptos::wasm_split::SplitLoaderError as PartMissing;

/// What to tell the fan when the code of `what` did not arrive.
pub fn missing(what: &str) -> String {
    format!("{what} could not be loaded: check the connection and try again")
}

/// Declares `fn name(args) -> T` as a part fetched on first use, called as
/// `name(args).await` for a `Result<T, PartMissing>`, with `preload` (an
/// `async fn() -> Result<(), PartMissing>`) to fetch it ahead. The body is
/// the value itself (a `?` in it would meet `PartMissing`). With
/// `/ preload + prefetch`, it also declares `fn prefetch()`, which starts
/// fetching the part in the background (and does nothing unsplit).
macro_rules! on_demand_part {
    ($(#[doc = $doc:expr])* $vis:vis fn $name:ident / $preload:ident + $prefetch:ident ($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {
        $crate::ui::on_demand::on_demand_part! {
            $(#[doc = $doc])* $vis fn $name / $preload ($($arg: $ty),*) -> $out $body
        }

        /// Starts fetching this part's code, so its first use does not wait.
        $vis fn $prefetch() {
            #[cfg(feature = "split")]
            $crate::ui::on_demand::prefetch($preload);
        }
    };
    ($(#[doc = $doc:expr])* $vis:vis fn $name:ident / $preload:ident ($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {
        $(#[doc = $doc])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $name,
            wasm_split_path = ::leptos::wasm_split,
            preload(#[doc(hidden)] #[allow(non_snake_case)] $preload),
            fallible
        )]
        $vis fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::on_demand::PartMissing> {
            Ok($body)
        }

        $(#[doc = $doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::on_demand::PartMissing> {
            Ok($body)
        }
    };
}
pub(crate) use on_demand_part;

/// Shows a part once its code is there ("Loading…" until then, on a slow
/// connection), or says that it did not arrive; `what` names it.
pub fn on_demand<F>(what: &'static str, part: F) -> impl IntoView
where
    F: Future<Output = Result<AnyView, PartMissing>> + Send + 'static,
{
    let waiting = || view! { <p class="loading" role="status">"Loading…"</p> };
    let shown = Suspend::new(async move {
        part.await.unwrap_or_else(|_| {
            view! { <p class="loading" role="alert">{missing(what)}</p> }.into_any()
        })
    });
    view! { <Suspense fallback=waiting>{shown}</Suspense> }
}

/// Starts fetching a part's code in the background (see `on_demand_part!`);
/// a part already fetched (or being fetched) is not fetched again, and one
/// that fails now is fetched again when used.
#[cfg(feature = "split")]
pub fn prefetch<F>(preload: fn() -> F)
where
    F: Future<Output = Result<(), PartMissing>> + 'static,
{
    leptos::task::spawn_local(async move {
        let _ = preload().await;
    });
}
