//! A prerendered part whose code loads when it is first needed (the rule
//! summary's per class detail): its HTML stays as the build made it,
//! readable, until the fan reaches into it or what it shows changes; then
//! the live part, built by its own chunk, takes its place.

use super::on_demand::{Built, PartMissing};
use super::on_need::{self, Wake};
use super::pacing::ready_as_it_is;
use super::part_state::{PacedState, at_path, path_to, skip_element, under};
use leptos::prelude::Owner;
use leptos::reactive::computed::ScopedFuture;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use web_sys::Element;
use web_sys::wasm_bindgen::JsCast;

/// A part of the prerendered page, one element with id `id`, whose code is
/// fetched on first need (see [`on_need`](super::on_need)): its HTML,
/// rendered at build time by `view`, stays as it is (readable, not live)
/// until then; `load` (an `on_demand_part!` that builds the same view)
/// then brings the live part, which takes its place. Built in the browser
/// rather than hydrated, it is `view` itself.
pub fn live_when_loaded<F, V, L, P>(id: &'static str, view: F, load: L) -> LiveWhenLoaded<F, L>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml<State: 'static> + 'static,
    L: FnOnce() -> P + Send + 'static,
    P: Future<Output = Result<Built, PartMissing>> + 'static,
{
    LiveWhenLoaded { id, view, load }
}

/// Wakes the part with id `id` (see [`live_when_loaded`]) once `stale`
/// says its HTML no longer shows what it would (tracked: checked again
/// whenever what it reads changes).
pub fn wake_when(id: &'static str, stale: impl Fn() -> bool + 'static) {
    leptos::prelude::Effect::new(move |_| {
        if stale() {
            on_need::changed(id);
        }
    });
}

/// See [`live_when_loaded`].
pub struct LiveWhenLoaded<F, L> {
    id: &'static str,
    view: F,
    load: L,
}

impl<F, V, L, P> Render for LiveWhenLoaded<F, L>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml<State: 'static> + 'static,
    L: FnOnce() -> P + Send + 'static,
    P: Future<Output = Result<Built, PartMissing>> + 'static,
{
    type State = PacedState<Built>;

    fn build(self) -> Self::State {
        PacedState::alive(Built::of((self.view)()))
    }

    fn rebuild(self, state: &mut Self::State) {
        state.replace(Built::of((self.view)()));
    }
}

impl<F, V, L, P> AddAnyAttr for LiveWhenLoaded<F, L>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml<State: 'static> + 'static,
    L: FnOnce() -> P + Send + 'static,
    P: Future<Output = Result<Built, PartMissing>> + 'static,
{
    // A part loaded later takes no spread attributes.
    type Output<SomeNewAttr: leptos::attr::Attribute> = Self;

    fn add_any_attr<NewAttr: leptos::attr::Attribute>(self, _: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}

impl<F, V, L, P> RenderHtml for LiveWhenLoaded<F, L>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml<State: 'static> + 'static,
    L: FnOnce() -> P + Send + 'static,
    P: Future<Output = Result<Built, PartMissing>> + 'static,
{
    ready_as_it_is!(html by |part: Self| (part.view)());

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        let element = skip_element(cursor, position);
        let state = PacedState::waiting(element.clone());
        let sleeper = state.sleeper();
        let held = Held::new(element);
        let (id, load, owner) = (self.id, self.load, Owner::current());
        let start = {
            let held = held.clone();
            move || {
                // Built under this part's owner, once its code is there.
                let part = under(owner, || ScopedFuture::new_untracked(load()));
                leptos::task::spawn_local(async move {
                    // A part that does not arrive leaves its HTML as it was,
                    // and the clicks held go to it.
                    let root = match part.await {
                        Ok(part) => {
                            let root = part.elements().first().cloned();
                            sleeper.built(part);
                            root
                        }
                        Err(_) => None,
                    };
                    held.release(id, root);
                });
            }
        };
        on_need::register(id.to_string(), holding(id, Some(Box::new(start)), held));
        state
    }
}

/// Wakes the part once (`start`), then holds the clicks made in it until
/// it is alive.
fn holding(id: &'static str, start: Option<Box<dyn FnOnce()>>, held: Held) -> on_need::Waker {
    Box::new(move |how| {
        if let Wake::Reached(event) = &how {
            held.hold(event);
        }
        if let Some(start) = start {
            start();
        }
        if !held.released() {
            on_need::register(id.to_string(), holding(id, None, held));
        }
    })
}

/// The clicks made in a part while its code is on its way (each as the
/// path to its target), done again on the live part once it is there.
#[derive(Clone)]
struct Held(Rc<RefCell<(Element, Option<Vec<Path>>)>>);

/// Where an element is under a part's root (see `path_to`).
type Path = Vec<u32>;

impl Held {
    fn new(root: Element) -> Held {
        Held(Rc::new(RefCell::new((root, Some(Vec::new())))))
    }

    fn released(&self) -> bool {
        self.0.borrow().1.is_none()
    }

    /// Holds `event` if it is a click inside the part.
    fn hold(&self, event: &web_sys::Event) {
        let target = event.target().and_then(|target| target.dyn_into().ok());
        let (root, clicks) = &mut *self.0.borrow_mut();
        let (Some(clicks), Some(target)) = (clicks, target) else {
            return;
        };
        if let Some(path) = (event.type_() == "click")
            .then(|| path_to(root, &target))
            .flatten()
        {
            event.prevent_default();
            event.stop_propagation();
            clicks.push(path);
        }
    }

    /// Stops holding, and clicks again what was clicked, in `live` (the
    /// part come to life) or, if its code did not come, in the HTML.
    fn release(&self, id: &str, live: Option<Element>) {
        on_need::forget(id);
        let (root, clicks) = &mut *self.0.borrow_mut();
        let root = live.unwrap_or_else(|| root.clone());
        let clicks = clicks.take().unwrap_or_default();
        for path in clicks {
            if let Some(element) = at_path(&root, &path) {
                element.click();
            }
        }
    }
}
