//! Keeps each chunk's data with its code when the bundle is split by route (cargo-leptos issue
//! #679): without it, wasm-ld merges every data segment into one, which then stays in the main
//! module, so strings and tables of every page would ship with the first page.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=--no-merge-data-segments");
    }
}
