use crate::{components::PageTitle, i18n::*};
use leptos::prelude::*;

/// Rendered for every unknown path; answered with HTTP 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || t_string!(i18n, not_found.title).to_string())/>
        <h1>{t!(i18n, not_found.title)}</h1>
        <p class="lead">{t!(i18n, not_found.body)}</p>
        <p><a href="/" class="button">{t!(i18n, not_found.back_home)}</a></p>
    }
}
