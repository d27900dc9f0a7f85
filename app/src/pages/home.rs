use crate::{components::PageTitle, i18n::*};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle
            text=Signal::derive(move || t_string!(i18n, home.title).to_string())
            description=Signal::derive(move || t_string!(i18n, home.meta_description).to_string())
        />
        <section class="hero" aria-labelledby="home-heading">
            <h1 id="home-heading">{t!(i18n, portal_name)}</h1>
            <p class="lead">{t!(i18n, home.lead)}</p>
            <form class="search-form" method="get" action="/thu-tuc" role="search">
                <label for="home-q" class="label">{t!(i18n, home.search_label)}</label>
                <p id="home-q-hint" class="hint">{t!(i18n, home.search_hint)}</p>
                <div class="search-row">
                    <input id="home-q" name="q" type="search" class="input" aria-describedby="home-q-hint" autocomplete="off"/>
                    <button type="submit" class="button">{t!(i18n, home.search_button)}</button>
                </div>
            </form>
        </section>

        <section aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t!(i18n, home.steps_title)}</h2>
            <ol class="steps" role="list">
                <li>{t!(i18n, home.step1)}</li>
                <li>{t!(i18n, home.step2)}</li>
                <li>{t!(i18n, home.step3)}</li>
                <li>{t!(i18n, home.step4)}</li>
                <li>{t!(i18n, home.step5)}</li>
            </ol>
        </section>

        <section aria-labelledby="quick-heading">
            <h2 id="quick-heading">{t!(i18n, home.quick_title)}</h2>
            <ul class="card-grid" role="list">
                <li class="card"><A href="/thu-tuc">{t!(i18n, home.quick_procedures)}</A></li>
                <li class="card"><A href="/tra-cuu">{t!(i18n, home.quick_track)}</A></li>
                <li class="card"><A href="/thanh-toan">{t!(i18n, home.quick_pay)}</A></li>
                <li class="card"><A href="/danh-gia">{t!(i18n, home.quick_rate)}</A></li>
                <li class="card"><A href="/hoi-dap">{t!(i18n, home.quick_questions)}</A></li>
            </ul>
        </section>
    }
}
