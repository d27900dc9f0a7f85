use crate::{components::PageTitle, i18n::*};
use leptos::prelude::*;

/// The capabilities that are planned but not built yet. Each has its own URL and title so that
/// links, bookmarks and the navigation already work; the page says plainly that it is not available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planned {
    Procedures,
    Track,
    Pay,
    Rate,
    Questions,
    Login,
    Register,
}

#[component]
pub fn ComingSoon(page: Planned) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        match page {
            Planned::Procedures => t_string!(i18n, pages.procedures),
            Planned::Track => t_string!(i18n, pages.track),
            Planned::Pay => t_string!(i18n, pages.pay),
            Planned::Rate => t_string!(i18n, pages.rate),
            Planned::Questions => t_string!(i18n, pages.questions),
            Planned::Login => t_string!(i18n, pages.login),
            Planned::Register => t_string!(i18n, pages.register),
        }
        .to_string()
    };
    view! {
        <PageTitle text=Signal::derive(title)/>
        <h1>{title}</h1>
        <div class="notice" role="status">
            <p class="notice-title">{t!(i18n, coming.notice)}</p>
            <p>{t!(i18n, coming.explain)}</p>
        </div>
        <p><a href="/" class="button button-secondary">{t!(i18n, coming.back_home)}</a></p>
    }
}
