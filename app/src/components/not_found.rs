use crate::{components::PageTitle, i18n::*, locale::use_locale};
use leptos::prelude::*;

/// Rendered for every unknown path; answered with HTTP 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, not_found.title).to_string())/>
        <h1>{td!(locale, not_found.title)}</h1>
        <p class="lead">{td!(locale, not_found.body)}</p>
        <p><a href="/" class="button">{td!(locale, not_found.back_home)}</a></p>
    }
}
