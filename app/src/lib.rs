//! The portal's user interface: routes, pages, components and the typed server functions they call.
//!
//! Compiled twice: with `ssr` into the server binary and with `hydrate` into the WebAssembly bundle.
//! Everything here must build for both sides; server-only code sits behind `#[cfg(feature = "ssr")]`.

#![recursion_limit = "256"]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

/// A read that only the server-side render calls: a plain `async fn`, not a `#[server]`
/// function, so no HTTP endpoint exists for it. In islands mode a page component runs only on
/// the server; the pages are still compiled into the WebAssembly build, where such a function
/// is a stub that nothing calls (the server's body and everything it names are left out).
///
/// ```ignore
/// server_only! {
///     /// The profile form's values.
///     pub async fn get_profile() -> Result<ProfileView, AppError> {
///         service::profile::get().await
///     }
/// }
/// ```
macro_rules! server_only {
    ($(
        $(#[$attr:meta])*
        $vis:vis async fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block
    )*) => {$(
        $(#[$attr])*
        #[cfg(feature = "ssr")]
        $vis async fn $name($($arg: $ty),*) -> $ret $body

        $(#[$attr])*
        #[cfg(not(feature = "ssr"))]
        $vis async fn $name($($arg: $ty),*) -> $ret {
            $(let _ = $arg;)*
            unreachable!(concat!(stringify!($name), " runs only on the server"))
        }
    )*};
}

pub mod accounts;
pub mod admin;
#[cfg(feature = "ssr")]
pub mod backend;
pub mod calendar;
pub mod catalog;
pub mod components;
pub mod dossiers;
pub mod error;
pub mod format;
pub mod islands;
pub mod locale;
pub mod messages;
pub mod notifications;
pub mod office;
pub mod pages;
pub mod payments;
pub mod places;
pub mod routes;
pub mod shell;
pub mod site;

pub use locale::LANG_COOKIE;
pub use shell::{App, shell};

/// `next` when it is a path on this site, `None` otherwise: only such paths are followed after
/// a form, so that no link can send a visitor elsewhere (an open redirect).
pub fn safe_local_path(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control());
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_local_paths_are_followed() {
        use super::safe_local_path;
        assert_eq!(safe_local_path("/thu-tuc?q=a"), Some("/thu-tuc?q=a"));
        assert_eq!(safe_local_path("//evil.example"), None);
        assert_eq!(safe_local_path("https://evil.example"), None);
        assert_eq!(safe_local_path("/\\evil.example"), None);
        assert_eq!(safe_local_path(""), None);
    }
}
