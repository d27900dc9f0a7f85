use crate::{
    components::PageTitle,
    dossiers::{HomeFigures, get_home_figures},
    i18n::*,
    locale::use_locale,
    site::use_site,
};
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

        <Figures/>

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

        <Support/>
    }
}

/// "Tình hình xử lý hồ sơ năm …": received, resolved, on time, when computed; and the latest
/// resolved dossiers with the applicant's name masked.
#[component]
fn Figures() -> impl IntoView {
    let locale = use_locale();
    let figures = Resource::new(|| (), |_| get_home_figures());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                figures.await.ok().map(|f: HomeFigures| {
                    let year = f.year.to_string();
                    let on_time = f
                        .on_time_permille
                        .map(|p| format!("{},{} %", p / 10, p % 10))
                        .unwrap_or_else(|| "—".to_string());
                    let updated = crate::format::datetime(f.computed_at);
                    view! {
                        <section aria-labelledby="figures-heading" class="figures">
                            <h2 id="figures-heading">{td_string!(locale, home.figures_title, year = year.as_str()).to_string()}</h2>
                            <dl class="figure-list">
                                <div class="figure"><dt>{td!(locale, home.received)}</dt><dd>{crate::format::thousands(f.received)}</dd></div>
                                <div class="figure"><dt>{td!(locale, home.resolved)}</dt><dd>{crate::format::thousands(f.resolved)}</dd></div>
                                <div class="figure"><dt>{td!(locale, home.on_time)}</dt><dd>{on_time}</dd></div>
                            </dl>
                            <p class="hint">{td!(locale, home.updated_at)}" "{updated}</p>
                            <h3>{td!(locale, home.recent_title)}</h3>
                            {if f.recent.is_empty() {
                                view! { <p>{td!(locale, home.recent_none)}</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-scroll" role="region" tabindex="0" aria-label=td_string!(locale, home.recent_title)>
                                        <table>
                                            <thead><tr>
                                                <th scope="col">{td!(locale, home.recent_name)}</th>
                                                <th scope="col">{td!(locale, home.recent_code)}</th>
                                                <th scope="col">{td!(locale, home.recent_procedure)}</th>
                                            </tr></thead>
                                            <tbody>
                                                {f.recent.into_iter().map(|d| view! {
                                                    <tr><td>{d.masked_name}</td><td class="nowrap">{d.code}</td><td>{d.procedure}</td></tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }.into_any()
                            }}
                        </section>
                    }
                })
            })}
        </Suspense>
    }
}

/// Hotline, e-mail and office hours.
#[component]
fn Support() -> impl IntoView {
    let locale = use_locale();
    let site = use_site();
    view! {
        <section aria-labelledby="support-heading">
            <h2 id="support-heading">{td!(locale, home.support_title)}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    site.0.await.ok().map(|s| view! {
                        <p>
                            {td!(locale, footer.hotline)}": "<strong>{s.hotline.clone()}</strong>" · "
                            {td!(locale, footer.email)}": "{s.support_email.clone()}" · "
                            {td!(locale, footer.office_hours)}": "{s.office_hours.clone()}
                        </p>
                    })
                })}
            </Suspense>
        </section>
    }
}
