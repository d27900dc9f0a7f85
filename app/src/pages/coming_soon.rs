use crate::{components::PageTitle, i18n::*, locale::use_locale};
use leptos::prelude::*;

/// The capabilities that are planned but not built yet. Each has its own URL and title so that
/// links, bookmarks and the navigation already work; the page says plainly that it is not available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planned {
    Rate,
    Questions,
}

#[component]
pub fn ComingSoon(page: Planned) -> impl IntoView {
    let locale = use_locale();
    let title = move || {
        match page {
            Planned::Rate => td_string!(locale, pages.rate),
            Planned::Questions => td_string!(locale, pages.questions),
        }
        .to_string()
    };
    view! {
        <PageTitle text=Signal::derive(title)/>
        <h1>{title}</h1>
        <div class="notice" role="status">
            <p class="notice-title">{td!(locale, coming.notice)}</p>
            <p>{td!(locale, coming.explain)}</p>
        </div>
        <p><a href="/" class="button button-secondary">{td!(locale, coming.back_home)}</a></p>
    }
}
