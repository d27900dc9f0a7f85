//! Page-level helpers: the document title and description every page sets, and the notice shown
//! when a page's data could not be loaded.

use crate::{error::AppError, i18n::*, locale::use_locale};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets `<title>` to "<page> – Cổng Dịch vụ công" (localised) and the meta description (the
/// page's own, or the portal's when it has none). While the page's form has errors the title starts with "Lỗi: ", so that screen
/// reader users hear at once that the form was not accepted.
#[component]
pub fn PageTitle(
    /// The page's own title, already localised.
    #[prop(into)]
    text: Signal<String>,
    /// The page's meta description, already localised.
    #[prop(optional, into)]
    description: Option<Signal<String>>,
    /// Whether the page shows form errors.
    #[prop(optional, into)]
    error: Option<Signal<bool>>,
) -> impl IntoView {
    let locale = use_locale();
    // leptos_meta renders the <title> after the page's body, when the signals of a page that was
    // already rendered may have been disposed: fall back to the last title computed while alive.
    let compute = move || {
        let prefix = match error.map(|e| e.try_get()) {
            Some(None) => return None,
            Some(Some(true)) => td_string!(locale, form.title_error_prefix),
            _ => "",
        };
        let text = text.try_get()?;
        Some(format!(
            "{prefix}{text} – {}",
            td_string!(locale, portal_name)
        ))
    };
    let last = std::sync::Arc::new(std::sync::Mutex::new(compute().unwrap_or_default()));
    let title = move || {
        let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(title) = compute() {
            *last = title;
        }
        last.clone()
    };
    view! {
        <Title text=title/>
        // Every page has a description (search engines show it): its own, or the portal's.
        <Meta name="description" content=move || match description {
            Some(d) => d.try_get().unwrap_or_default(),
            None => td_string!(locale, home.meta_description).to_string(),
        }/>
    }
}

/// Says that the page could not be shown, in words the visitor can act on.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let locale = use_locale();
    let messages = crate::error::messages(locale, &error);
    view! {
        <div class="notice notice--error" role="alert">
            {messages.into_iter().map(|m| view! { <p>{m.message}</p> }).collect_view()}
        </div>
    }
}

/// The frame of a form page: the title ("Lỗi: " while the form has errors), an optional back
/// link, the error summary (at the top, where it takes focus), the heading, then the form.
#[component]
pub fn FormPage(
    #[prop(into)] title: Signal<String>,
    errors: crate::components::form::Errors,
    /// Where "Quay lại" goes, if the page has one.
    #[prop(optional, into)]
    back: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <PageTitle text=title error=Signal::derive(move || !errors.get().is_empty())/>
        <div class="narrow">
            {back.map(|href| view! { <crate::components::form::BackLink href=href/> })}
            <crate::components::form::ErrorSummary errors=errors/>
            <h1>{title}</h1>
            {children()}
        </div>
    }
}
