//! The browser entry point: hydrates the prerendered page. Natively this
//! binary only says how to run the app, so `cargo run` on a desktop is not a
//! dead end.

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
fn main() {
    console_error_panic_hook::set_once();
    crewbuilder::ui::hydrate_page();
}

#[cfg(not(all(target_arch = "wasm32", feature = "hydrate")))]
fn main() {
    eprintln!("Crew Builder runs in the browser: start it with `cargo xtask serve`.");
    std::process::exit(2);
}
