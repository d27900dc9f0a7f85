//! The visitor's language for this page load.
//!
//! The server reads it from our `lang` cookie (Vietnamese unless the visitor chose English; the
//! browser's Accept-Language is not consulted, because the portal serves a Vietnamese province
//! first) and writes it into `<html lang>`; the browser reads it back from there when hydrating.
//! Switching language is a form post and a full page load (see the server's `/ngon-ngu`), so the
//! locale never changes during a page's life and is a plain value, not a signal. Translations are
//! leptos_i18n's typed tables, used through `td!` / `td_string!` with this locale.

use crate::i18n::Locale;
use leptos::prelude::*;

/// Name of the cookie that remembers the visitor's language ("vi" or "en").
pub const LANG_COOKIE: &str = "lang";

#[derive(Debug, Clone, Copy)]
struct CurrentLocale(Locale);

/// The locale of the current page; provided at the root by [`provide_locale`]. An island in the
/// browser has no context from the page around it: it reads `<html lang>`.
pub fn use_locale() -> Locale {
    current()
}

/// The locale of the current request or page: the page's context when rendering, else (in a
/// server function) the visitor's `lang` cookie.
pub fn current() -> Locale {
    use_context::<CurrentLocale>()
        .map(|c| c.0)
        .or_else(requested)
        .unwrap_or_default()
}

/// Parses a language code ("vi", "en"); anything else is `None`.
pub fn parse(code: &str) -> Option<Locale> {
    match code.trim() {
        "vi" => Some(Locale::vi),
        "en" => Some(Locale::en),
        _ => None,
    }
}

pub fn code(locale: Locale) -> &'static str {
    match locale {
        Locale::vi => "vi",
        Locale::en => "en",
    }
}

/// Determines this page's locale and provides it to every component below.
pub fn provide_locale() -> Locale {
    let locale = requested().unwrap_or_default();
    provide_context(CurrentLocale(locale));
    locale
}

#[cfg(feature = "ssr")]
fn requested() -> Option<Locale> {
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == LANG_COOKIE)
        .and_then(|c| parse(c.value()))
}

#[cfg(not(feature = "ssr"))]
fn requested() -> Option<Locale> {
    let lang = document().document_element()?.get_attribute("lang")?;
    parse(&lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for locale in [Locale::vi, Locale::en] {
            assert_eq!(parse(code(locale)), Some(locale));
        }
        assert_eq!(parse(" en "), Some(Locale::en));
        assert_eq!(parse("fr"), None);
        assert_eq!(parse(""), None);
        assert_eq!(
            Locale::default(),
            Locale::vi,
            "Vietnamese is the default language"
        );
    }

    #[test]
    fn both_languages_translate_the_shell() {
        use crate::i18n::*;
        assert_eq!(td_string!(Locale::vi, portal_name), "Cổng Dịch vụ công");
        assert_eq!(td_string!(Locale::en, portal_name), "Public Service Portal");
        assert_eq!(td_string!(Locale::vi, nav.track), "Tra cứu hồ sơ");
        assert_ne!(
            td_string!(Locale::vi, coming.notice),
            td_string!(Locale::en, coming.notice)
        );
    }
}
