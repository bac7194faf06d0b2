//! A prerendered part whose code loads after the page is alive (the rule
//! summary's per class detail): its HTML stays as the build made it,
//! readable, until the live part, built by its own chunk, takes its place.

use super::on_demand::{Built, PartMissing};
use super::pacing::ready_as_it_is;
use super::part_state::{PacedState, skip_element};
use leptos::reactive::computed::ScopedFuture;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState, Render, RenderHtml};
use std::future::Future;

/// A part of the prerendered page whose code is fetched on first use: its
/// HTML, rendered at build time by `view`, stays as it is (readable, not
/// live) until `load` (an `on_demand_part!` that builds the same view)
/// brings the live part, which takes its place. Built in the browser rather
/// than hydrated, it is `view` itself.
pub fn live_when_loaded<F, V, L, P>(view: F, load: L) -> LiveWhenLoaded<F, L>
where
    F: FnOnce() -> V + Send + 'static,
    V: RenderHtml<State: 'static> + 'static,
    L: FnOnce() -> P + Send + 'static,
    P: Future<Output = Result<Built, PartMissing>> + 'static,
{
    LiveWhenLoaded { view, load }
}

/// See [`live_when_loaded`].
pub struct LiveWhenLoaded<F, L> {
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
    ready_as_it_is!();

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<leptos::attr::any_attribute::AnyAttribute>,
    ) {
        (self.view)().to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        let state = PacedState::waiting(skip_element(cursor, position));
        let fill = state.when_loaded();
        // Built under this part's owner, once its code is there.
        let part = ScopedFuture::new_untracked((self.load)());
        leptos::task::spawn_local(async move {
            // A part that does not arrive leaves its HTML as it was.
            if let Ok(part) = part.await {
                fill(part);
            }
        });
        state
    }
}
