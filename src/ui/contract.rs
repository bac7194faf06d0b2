//! The page's DOM contract: the ids, performance marks and events that the
//! prerendered page, its inline scripts (`web/index.html`), the app, the
//! end-to-end tests and the browser benchmark share. Plain constants and no
//! imports, so the tests and the bench read this file itself.

/// The id of the `<main>` element the app is rendered into and hydrates.
pub const APP_ROOT: &str = "app";
/// The type of the `<script>` holding the list and its check, as
/// `domain::page_text` writes them: data, never run.
pub const SEASON_DATA_TYPE: &str = "text/plain";
/// The id of that `<script>`.
pub const SEASON_DATA: &str = "season-data";
/// The mark the page sets right after the prerendered list (in
/// `web/index.html`): the list is readable.
pub const LIST_RENDERED_MARK: &str = "crewbuilder:list-rendered";
/// The mark set once the page is hydrated, the fan's line-up is restored and
/// an edit works.
pub const INTERACTIVE_MARK: &str = "crewbuilder:interactive";
/// The event dispatched on the window at the same time: the page's
/// early-events script then replays what the fan did before it.
pub const ALIVE_EVENT: &str = "crewbuilder:alive";
