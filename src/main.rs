//! The browser entry point: mounts the app. Natively this binary only says
//! how to run the app, so `cargo run` on a desktop is not a dead end.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(crewbuilder::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Crew Builder runs in the browser: start it with `cargo xtask serve`.");
    std::process::exit(2);
}
