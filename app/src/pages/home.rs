use crate::{components::PageTitle, i18n::*, locale::use_locale};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle
            text=Signal::derive(move || td_string!(locale, home.title).to_string())
            description=Signal::derive(move || td_string!(locale, home.meta_description).to_string())
        />
        <section class="hero" aria-labelledby="home-heading">
            <h1 id="home-heading">{td!(locale, portal_name)}</h1>
            <p class="lead">{td!(locale, home.lead)}</p>
            <form class="search-form" method="get" action="/thu-tuc" role="search">
                <label for="home-q" class="label">{td!(locale, home.search_label)}</label>
                <p id="home-q-hint" class="hint">{td!(locale, home.search_hint)}</p>
                <div class="search-row">
                    <input id="home-q" name="q" type="search" class="input" aria-describedby="home-q-hint" autocomplete="off"/>
                    <button type="submit" class="button">{td!(locale, home.search_button)}</button>
                </div>
            </form>
        </section>

        <section aria-labelledby="steps-heading">
            <h2 id="steps-heading">{td!(locale, home.steps_title)}</h2>
            <ol class="steps" role="list">
                <li>{td!(locale, home.step1)}</li>
                <li>{td!(locale, home.step2)}</li>
                <li>{td!(locale, home.step3)}</li>
                <li>{td!(locale, home.step4)}</li>
                <li>{td!(locale, home.step5)}</li>
            </ol>
        </section>

        <section aria-labelledby="quick-heading">
            <h2 id="quick-heading">{td!(locale, home.quick_title)}</h2>
            <ul class="card-grid" role="list">
                <li class="card"><A href="/thu-tuc">{td!(locale, home.quick_procedures)}</A></li>
                <li class="card"><A href="/tra-cuu">{td!(locale, home.quick_track)}</A></li>
                <li class="card"><A href="/thanh-toan">{td!(locale, home.quick_pay)}</A></li>
                <li class="card"><A href="/danh-gia">{td!(locale, home.quick_rate)}</A></li>
                <li class="card"><A href="/hoi-dap">{td!(locale, home.quick_questions)}</A></li>
            </ul>
        </section>
    }
}
