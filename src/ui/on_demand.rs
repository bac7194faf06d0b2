//! Parts of the app not needed to read the list (the seat picker, the stint
//! planner, the "Add a car" form, the codecs) are declared with
//! [`on_demand_part!`]: in a release build (feature `split`) each is a wasm
//! chunk of its own, fetched the first time it is used, or earlier when the
//! pointer or the focus reaches a control that uses it. A chunk that cannot
//! be fetched (the connection dropped before the service worker kept it) is
//! an `Err(PartMissing)` that the caller says in words, never a crash; the
//! next use fetches it again. Without `split` a part is an ordinary async
//! function, so the wasm tests need no splitter.

use super::pacing::ready_as_it_is;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

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

/// A part on its way, boxed: every part is shown through one [`OnDemand`]
/// type, whose code is in the main wasm once.
type Part = std::pin::Pin<Box<dyn Future<Output = Result<Built, PartMissing>> + Send>>;

/// Shows a part once its code is there ("Loading…" until then, on a slow
/// connection), or says that it did not arrive; `what` names it.
pub fn on_demand(
    what: &'static str,
    part: impl Future<Output = Result<Built, PartMissing>> + Send + 'static,
) -> OnDemand {
    OnDemand {
        what,
        part: Box::pin(part),
    }
}

/// See [`on_demand`].
pub struct OnDemand {
    what: &'static str,
    part: Part,
}

/// The line shown while a part's code is on its way.
fn loading() -> impl RenderHtml {
    view! {
        <p class="loading" role="status">
            "Loading…"
        </p>
    }
}

/// What an [`OnDemand`] shows: "Loading…" (while `.0` holds `true`), then
/// the part, or why it is missing.
pub struct OnDemandState(Rc<RefCell<(bool, Built)>>);

impl OnDemand {
    /// Fetches the part, then shows it in place of `loading`.
    fn fetch(self, loading: Built) -> OnDemandState {
        let shown = Rc::new(RefCell::new((true, loading)));
        let waiting = Rc::downgrade(&shown);
        let (what, part) = (self.what, ScopedFuture::new_untracked(self.part));
        leptos::task::spawn_local(async move {
            let mut arrived = part.await.unwrap_or_else(|_| {
                Built::of(view! {
                    <p class="loading" role="alert">
                        {missing(what)}
                    </p>
                })
            });
            // Gone meanwhile (its dialog closed): nothing to show it in.
            let Some(shown) = waiting.upgrade() else {
                return;
            };
            let (loading, view) = &mut *shown.borrow_mut();
            view.insert_before_this(&mut arrived);
            view.unmount();
            (*loading, *view) = (false, arrived);
        });
        OnDemandState(shown)
    }
}

impl Render for OnDemand {
    type State = OnDemandState;

    fn build(self) -> OnDemandState {
        self.fetch(Built::of(loading()))
    }

    fn rebuild(self, state: &mut OnDemandState) {
        let mut fresh = self.build();
        state.insert_before_this(&mut fresh);
        state.unmount();
        *state = fresh;
    }
}

impl AddAnyAttr for OnDemand {
    // A part takes no spread attributes.
    type Output<SomeNewAttr: leptos::attr::Attribute> = Self;

    fn add_any_attr<NewAttr: leptos::attr::Attribute>(self, _: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}

/// Rendered at build time (a dialog open in the page as it arrives), a part
/// is its "Loading…" line, which the browser hydrates and then replaces.
impl RenderHtml for OnDemand {
    ready_as_it_is!(html by |_: Self| loading());

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> OnDemandState {
        let loading = Built(Box::new(loading().hydrate::<FROM_SERVER>(cursor, position)));
        self.fetch(loading)
    }
}

impl Mountable for OnDemandState {
    fn unmount(&mut self) {
        self.0.borrow_mut().1.unmount();
    }

    fn mount(&mut self, parent: &web_sys::Element, marker: Option<&web_sys::Node>) {
        self.0.borrow_mut().1.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.0.borrow().1.insert_before_this(child)
    }

    fn elements(&self) -> Vec<web_sys::Element> {
        self.0.borrow().1.elements()
    }
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

/// The value of `part` if it is ready at once: a part whose code is
/// already here answers in the same task, so a view updates before the
/// frame is painted; `None` while its code is on its way (then nothing of
/// it ran).
pub fn now<F: Future>(part: F) -> Option<F::Output> {
    let mut part = std::pin::pin!(part);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match part.as_mut().poll(&mut context) {
        std::task::Poll::Ready(value) => Some(value),
        std::task::Poll::Pending => None,
    }
}

/// A view built where its code is (in a part fetched on first use), handed
/// back as its mounted state: only its build is in that part's code.
pub struct Built(Box<dyn Mountable>);

impl Built {
    /// Builds `view`.
    pub fn of(view: impl Render<State: 'static>) -> Built {
        Built(Box::new(view.build()))
    }
}

impl Mountable for Built {
    fn unmount(&mut self) {
        self.0.unmount();
    }

    fn mount(&mut self, parent: &web_sys::Element, marker: Option<&web_sys::Node>) {
        self.0.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.0.insert_before_this(child)
    }

    fn elements(&self) -> Vec<web_sys::Element> {
        self.0.elements()
    }
}
