//! Coming to life in slices. Leptos hydrates a page in one task; on a phone
//! the 37 (or 62, or 1,000) cards of a list took half a second of it, and
//! a tap in that time was lost. A part marked [`later`] is hydrated in a
//! slice of its own: the page's hydration skips its element, and a runner
//! hydrates the waiting parts in DOM order (what is on screen first), a few
//! milliseconds at a time, yielding to the browser between slices
//! (`scheduler.yield()`, or a zero timeout where it is missing). A part
//! marked [`prerendered`] never changes after the build, so it is never
//! hydrated at all and its code is not in the wasm. Built in the browser
//! (not hydrated), both are ordinary views.
//!
//! Why not Leptos' own tools: islands hydrate every island in one task
//! too, and they share no state, where every card, the toolbar and the rule
//! check share one editor; `Suspend` hydrates a pending future as its
//! fallback, not as the HTML already there; async hydration (`hydrate_lazy`)
//! yields only while a lazily loaded chunk is fetched.

use super::part_state::{PacedState, skip_element, under};
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState, Render, RenderHtml};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::task::{Poll, Waker};
use web_sys::wasm_bindgen::{JsCast, JsValue};

/// The `RenderHtml` items of a view that is ready as it is: nothing to
/// resolve asynchronously, and owned as itself; with `html by render`,
/// its HTML too, that of the view `render` makes of it.
macro_rules! ready_as_it_is {
    (html by $render:expr) => {
        ready_as_it_is!();

        fn to_html_with_buf(
            self,
            buf: &mut String,
            position: &mut Position,
            escape: bool,
            mark_branches: bool,
            extra_attrs: Vec<leptos::attr::any_attribute::AnyAttribute>,
        ) {
            ($render)(self).to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
        }
    };
    () => {
        type AsyncOutput = Self;
        type Owned = Self;
        const MIN_LENGTH: usize = 0;

        fn dry_resolve(&mut self) {}

        async fn resolve(self) -> Self {
            self
        }

        fn into_owned(self) -> Self {
            self
        }
    };
}
pub(super) use ready_as_it_is;

/// How long a slice may run before the runner yields to the browser: a
/// quarter of a 50 ms long task on a phone four times slower than this
/// machine.
const SLICE_MS: f64 = 4.0;

/// A part whose HTML is hydrated in a later slice (see the module's doc).
pub fn later<F, V>(view: F) -> Paced<F, true>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    Paced(view)
}

/// A part that never changes once rendered: its HTML is left as the build
/// made it.
pub fn prerendered<F, V>(view: F) -> Paced<F, false>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    Paced(view)
}

/// A view of exactly one element, hydrated later (`HYDRATE`) or never.
pub struct Paced<F, const HYDRATE: bool>(F);

impl<F, V, const HYDRATE: bool> Render for Paced<F, HYDRATE>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    type State = PacedState<V::State>;

    fn build(self) -> Self::State {
        PacedState::alive((self.0)().build())
    }

    fn rebuild(self, state: &mut Self::State) {
        state.rebuild_with((self.0)());
    }
}

impl<F, V, const HYDRATE: bool> AddAnyAttr for Paced<F, HYDRATE>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    // A paced part takes no spread attributes.
    type Output<SomeNewAttr: leptos::attr::Attribute> = Self;

    fn add_any_attr<NewAttr: leptos::attr::Attribute>(self, _: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}

impl<F, V, const HYDRATE: bool> RenderHtml for Paced<F, HYDRATE>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml + 'static,
{
    ready_as_it_is!(html by |part: Self| (part.0)());

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        let element = skip_element(cursor, position);
        let part = PacedState::waiting(element.clone());
        if HYDRATE {
            let sleeper = part.sleeper();
            let owner = Owner::current();
            let view = self.0;
            queue(Box::new(move || {
                // A part gone before its slice is skipped.
                if sleeper.waiting() {
                    sleeper.hydrated(under(owner, || {
                        view().hydrate_from_position::<FROM_SERVER>(&element, Position::Current)
                    }));
                }
            }));
        }
        part
    }
}

type Slice = Box<dyn FnOnce()>;

/// The parts waiting for their slice, and who waits for them all.
#[derive(Default)]
struct Waiting {
    parts: VecDeque<Slice>,
    running: bool,
    done: Vec<Waker>,
}

thread_local! {
    static WAITING: RefCell<Waiting> = RefCell::default();
}

fn queue(part: Slice) {
    let start = WAITING.with_borrow_mut(|waiting| {
        waiting.parts.push_back(part);
        !std::mem::replace(&mut waiting.running, true)
    });
    if start {
        leptos::task::spawn_local(run());
    }
}

/// Hydrates the waiting parts, a slice at a time, then wakes who waits.
async fn run() {
    loop {
        yield_to_browser().await;
        let started = now();
        while now() - started < SLICE_MS {
            let next = WAITING.with_borrow_mut(|waiting| waiting.parts.pop_front());
            match next {
                Some(part) => part(),
                None => {
                    let done = WAITING.with_borrow_mut(|waiting| {
                        waiting.running = false;
                        std::mem::take(&mut waiting.done)
                    });
                    done.into_iter().for_each(Waker::wake);
                    return;
                }
            }
        }
    }
}

/// Resolves once every part of the page is hydrated (at once when none
/// waits).
pub fn all_alive() -> impl Future<Output = ()> {
    std::future::poll_fn(|context| {
        WAITING.with_borrow_mut(|waiting| {
            if waiting.running {
                waiting.done.push(context.waker().clone());
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        })
    })
}

fn now() -> f64 {
    window()
        .performance()
        .map_or(0.0, |performance| performance.now())
}

/// Lets the browser paint and handle input: `scheduler.yield()` where
/// there is one, else a zero timeout.
pub async fn yield_to_browser() {
    let scheduler = js_sys::Reflect::get(&window(), &JsValue::from_str("scheduler")).ok();
    let yielded = scheduler.and_then(|scheduler| {
        let yield_now = js_sys::Reflect::get(&scheduler, &JsValue::from_str("yield")).ok()?;
        yield_now
            .dyn_ref::<js_sys::Function>()?
            .call0(&scheduler)
            .ok()
    });
    let promise = match yielded.and_then(|value| value.dyn_into::<js_sys::Promise>().ok()) {
        Some(promise) => promise,
        None => js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback(&resolve);
        }),
    };
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Tells the page's early-events script that the app is alive, so it
/// replays what the fan did before (see `web/index.html`).
pub fn say_alive() {
    if let Ok(alive) = web_sys::Event::new(super::contract::ALIVE_EVENT) {
        let _ = window().dispatch_event(&alive);
    }
}
