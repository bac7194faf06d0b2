//! A part of the prerendered page that comes to life later than the page
//! around it ([`later`](super::pacing::later), [`on_need`](super::on_need::on_need),
//! [`live_when_loaded`](super::loaded_later::live_when_loaded)): its
//! element as the HTML left it until then, and its live state after.

use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::{Mountable, Position, PositionState, Render};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// A paced part: its element as the HTML left it, until hydrated.
pub struct PacedState<S>(Rc<RefCell<Part<S>>>);

impl<S: Mountable> PacedState<S> {
    /// A part already alive.
    pub(super) fn alive(state: S) -> PacedState<S> {
        PacedState(Rc::new(RefCell::new(Part::Alive(state))))
    }

    /// A part still as the HTML left it, at `element`.
    pub(super) fn waiting(element: Element) -> PacedState<S> {
        PacedState(Rc::new(RefCell::new(Part::Waiting(element))))
    }

    /// Mounts `state` where the waiting HTML is, which it replaces; the
    /// focus, if it was in the HTML, moves to the same place in the new
    /// nodes (the same component drew both).
    fn replace_html(part: &mut Part<S>, mut state: S) {
        if let Part::Waiting(element) = part {
            let focus = focus_path(element);
            if let Some(parent) = element.parent_element() {
                state.mount(&parent, Some(element));
            }
            element.remove();
            if let (Some(path), Some(new)) = (focus, state.elements().first()) {
                refocus(new, &path);
            }
        }
        *part = Part::Alive(state);
    }

    /// Brings `view` in: the live part rebuilt with it, or the waiting
    /// HTML replaced by it, built.
    pub(super) fn rebuild_with<V: Render<State = S>>(&self, view: V) {
        let mut part = self.0.borrow_mut();
        match &mut *part {
            Part::Alive(inner) => view.rebuild(inner),
            Part::Waiting(_) => Self::replace_html(&mut part, view.build()),
        }
    }

    /// Puts `state` where the part is now, the waiting HTML or the live
    /// part, which it replaces.
    pub(super) fn replace(&self, mut state: S) {
        let mut part = self.0.borrow_mut();
        if let Part::Alive(old) = &mut *part {
            old.insert_before_this(&mut state);
            old.unmount();
            *part = Part::Alive(state);
        } else {
            Self::replace_html(&mut part, state);
        }
    }

    /// A handle on the part that does not keep it on the page.
    pub(super) fn sleeper(&self) -> Sleeper<S> {
        Sleeper(Rc::downgrade(&self.0))
    }
}

/// A part as the HTML left it, seen from where it is woken: gone when its
/// view is (a car removed or filtered out meanwhile).
pub(super) struct Sleeper<S>(Weak<RefCell<Part<S>>>);

impl<S: Mountable> Sleeper<S> {
    /// Whether the part is still on the page, as the HTML left it.
    pub(super) fn waiting(&self) -> bool {
        self.0
            .upgrade()
            .is_some_and(|part| matches!(*part.borrow(), Part::Waiting(_)))
    }

    /// The part, hydrated in place: `state` holds the HTML's own nodes.
    pub(super) fn hydrated(self, state: S) {
        if let Some(part) = self.0.upgrade() {
            *part.borrow_mut() = Part::Alive(state);
        }
    }

    /// The part, built anew in place of its HTML.
    pub(super) fn built(self, state: S) {
        if let Some(part) = self.0.upgrade() {
            PacedState::replace_html(&mut part.borrow_mut(), state);
        }
    }
}

enum Part<S> {
    Waiting(Element),
    Alive(S),
}

/// Runs `make` under `owner` (where a part stood when the page was
/// hydrated), or under none.
pub(super) fn under<T>(owner: Option<Owner>, make: impl FnOnce() -> T) -> T {
    match owner {
        Some(owner) => owner.with(make),
        None => make(),
    }
}

/// Moves the cursor onto the element a paced part was rendered as, past
/// its content, as hydrating the element itself would.
pub(super) fn skip_element(cursor: &Cursor, position: &PositionState) -> Element {
    match position.get() {
        Position::FirstChild => cursor.child(),
        Position::Current => {}
        _ => cursor.sibling(),
    }
    position.set(Position::NextChild);
    cursor.current().unchecked_into()
}

impl<S: Mountable> Mountable for PacedState<S> {
    fn unmount(&mut self) {
        match &mut *self.0.borrow_mut() {
            Part::Waiting(element) => element.remove(),
            Part::Alive(state) => state.unmount(),
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        match &mut *self.0.borrow_mut() {
            Part::Waiting(element) => {
                let _ = parent.insert_before(element, marker);
            }
            Part::Alive(state) => state.mount(parent, marker),
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match &*self.0.borrow() {
            Part::Waiting(element) => match element.parent_element() {
                Some(parent) => {
                    child.mount(&parent, Some(element));
                    true
                }
                None => false,
            },
            Part::Alive(state) => state.insert_before_this(child),
        }
    }

    fn elements(&self) -> Vec<Element> {
        match &*self.0.borrow() {
            Part::Waiting(element) => vec![element.clone()],
            Part::Alive(state) => state.elements(),
        }
    }
}

/// Where the focus is inside `root`, as a [`path_to`] it.
fn focus_path(root: &Element) -> Option<Vec<u32>> {
    path_to(root, &document().active_element()?)
}

/// The index of each element on the way down from `root` to `element`;
/// `None` when `element` is not inside `root` (or is `root`).
pub(super) fn path_to(root: &Element, element: &Element) -> Option<Vec<u32>> {
    let mut at = element.clone();
    let mut path = Vec::new();
    while at != *root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    (!path.is_empty()).then_some(path)
}

/// The element at `path` under `root`, as a control the fan can use.
pub(super) fn at_path(root: &Element, path: &[u32]) -> Option<web_sys::HtmlElement> {
    let found = path
        .iter()
        .try_fold(root.clone(), |at, &index| at.children().item(index));
    found.and_then(|found| found.dyn_into().ok())
}

/// Focuses the element at `path` under `root`, if there is one.
fn refocus(root: &Element, path: &[u32]) {
    if let Some(element) = at_path(root, path) {
        let _ = element.focus();
    }
}
