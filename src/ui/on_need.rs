//! Parts hydrated when they are needed, not while the page comes to life: a
//! list's cards. Each stays as the HTML left it (readable, the same nodes)
//! until the fan reaches into it (a pointer pressed, the focus moved in, a
//! click, key or change inside it), when it is hydrated on the spot, before
//! the event reaches its handlers; or until what it shows changes
//! ([`changed`]), when it is built anew from the line-up in place of its
//! HTML. The page is alive without them, and a list of 1,000 cars costs
//! no more to bring to life than one of 37.

use super::pacing::ready_as_it_is;
use super::part_state::{PacedState, Sleeper, skip_element, under};
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState, Render, RenderHtml};
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use web_sys::wasm_bindgen::JsCast;

/// The events that say the fan reached into a part.
const REACHING: [&str; 7] = [
    "pointerdown",
    "focusin",
    "click",
    "keydown",
    "input",
    "change",
    "submit",
];

/// The part rendered by `view` as one element whose id is `id`, hydrated
/// when it is needed (see the module's doc).
pub fn on_need<F, V>(id: String, view: F) -> OnNeed<F>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    OnNeed { id, view }
}

/// See [`on_need`].
pub struct OnNeed<F> {
    id: String,
    view: F,
}

/// Why a waiting part is needed.
pub enum Wake {
    /// An event is about to reach into it: the HTML still shows what the
    /// part would.
    Reached(web_sys::Event),
    /// What it shows changed.
    Changed,
}

/// What brings a waiting part to life, once.
pub type Waker = Box<dyn FnOnce(Wake)>;

thread_local! {
    /// The waiting parts by their element's id.
    static WAITING: RefCell<FxHashMap<String, Waker>> = RefCell::default();
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Wakes the part with id `id` if it is waiting: what it shows changed.
pub fn changed(id: &str) {
    wake(id, Wake::Changed);
}

fn wake(id: &str, how: Wake) -> bool {
    let waker = WAITING.with_borrow_mut(|waiting| waiting.remove(id));
    waker.map(|waker| waker(how)).is_some()
}

/// No longer wakes anything for the part with id `id`.
pub fn forget(id: &str) {
    WAITING.with_borrow_mut(|waiting| waiting.remove(id));
}

/// Runs `waker` when the part with id `id` is needed (an event reaches into
/// it, or [`changed`]), once.
pub fn register(id: String, waker: Waker) {
    WAITING.with_borrow_mut(|waiting| waiting.insert(id, waker));
    if !LISTENING.replace(true) {
        listen();
    }
}

/// Hydrates the waiting part an event is about to reach, in the capture
/// phase at the document, so its handlers are there when it arrives.
fn listen() {
    let document = document();
    for kind in REACHING {
        let handler = web_sys::wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
            |event: web_sys::Event| {
                let mut at = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
                while let Some(element) = at {
                    if wake(&element.id(), Wake::Reached(event.clone())) {
                        return;
                    }
                    at = element.parent_element();
                }
            },
        );
        let options = web_sys::AddEventListenerOptions::new();
        options.set_capture(true);
        let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            handler.as_ref().unchecked_ref(),
            &options,
        );
        // It listens for as long as the page lives.
        handler.forget();
    }
}

impl<F, V> Render for OnNeed<F>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    type State = PacedState<V::State>;

    fn build(self) -> Self::State {
        PacedState::alive((self.view)().build())
    }

    fn rebuild(self, state: &mut Self::State) {
        state.rebuild_with((self.view)());
    }
}

impl<F, V> AddAnyAttr for OnNeed<F>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    // A part hydrated on need takes no spread attributes.
    type Output<SomeNewAttr: leptos::attr::Attribute> = Self;

    fn add_any_attr<NewAttr: leptos::attr::Attribute>(self, _: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}

impl<F, V> RenderHtml for OnNeed<F>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    ready_as_it_is!(html by |part: Self| (part.view)());

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        let element = skip_element(cursor, position);
        let part = PacedState::waiting(element.clone());
        let sleeper: Sleeper<V::State> = part.sleeper();
        let (owner, view) = (Owner::current(), self.view);
        register(
            self.id,
            Box::new(move |how| {
                // A part gone meanwhile (its car removed) stays gone.
                if !sleeper.waiting() {
                    return;
                }
                match how {
                    Wake::Reached(_) => sleeper.hydrated(under(owner, || {
                        view().hydrate_from_position::<FROM_SERVER>(&element, Position::Current)
                    })),
                    Wake::Changed => sleeper.built(under(owner, || view().build())),
                }
            }),
        );
        part
    }
}
