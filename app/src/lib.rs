//! The portal's user interface: routes, pages, components and the typed server functions they call.
//!
//! Compiled twice: with `ssr` into the server binary and with `hydrate` into the WebAssembly bundle.
//! Everything here must build for both sides; server-only code sits behind `#[cfg(feature = "ssr")]`.

#![recursion_limit = "256"]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod components;
pub mod error;
pub mod locale;
pub mod pages;
pub mod shell;
pub mod site;

pub use locale::LANG_COOKIE;
pub use shell::{App, shell};
