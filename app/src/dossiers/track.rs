//! "Tra cứu hồ sơ": anyone may follow a dossier by its code. Codes can be guessed, so the public
//! view shows no personal data beyond a masked name; the owner, logged in, gets a link to the
//! whole dossier.

use super::*;
use crate::{
    components::{ErrorNotice, PageTitle},
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Form},
    hooks::use_query_map,
};

/// "Tra cứu hồ sơ".
#[component]
pub fn TrackPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let code = Memo::new(move |_| query.with(|q| q.get("ma").unwrap_or_default()));
    let found = Resource::new(
        move || code.get(),
        |c| async move {
            if c.trim().is_empty() {
                Ok(None)
            } else {
                track_dossier(c).await
            }
        },
    );
    let title = Signal::derive(move || td_string!(locale, track.title).to_string());
    view! {
        <PageTitle text=title description=Signal::derive(move || td_string!(locale, track.lead).to_string())/>
        <h1>{title}</h1>
        <p class="lead">{td!(locale, track.lead)}</p>
        <Form method="GET" action="/tra-cuu" attr:class="search-form" attr:role="search">
            <label class="label" for="ma">{td!(locale, track.code)}</label>
            <p class="hint" id="ma-hint">{td!(locale, track.code_hint)}</p>
            <div class="search-row">
                <input class="input" id="ma" name="ma" type="search" value=move || code.get()
                    aria-describedby="ma-hint" autocomplete="off" spellcheck="false"/>
                <button type="submit" class="button">{td!(locale, track.submit)}</button>
            </div>
        </Form>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let asked = !code.get_untracked().trim().is_empty();
                match found.await {
                    Ok(Some(t)) => view! { <TrackResult t=t/> }.into_any(),
                    Ok(None) if asked => view! {
                        <div class="notice" role="status"><p>{td!(locale, track.none)}</p></div>
                    }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn TrackResult(t: TrackView) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="track-result" aria-labelledby="track-result-heading" role="status">
            <h2 id="track-result-heading">{td!(locale, track.result)}" "{t.code.clone()}</h2>
            <dl class="summary-list">
                <div><dt>{td!(locale, track.status)}</dt><dd><strong>{t.status_label.clone()}</strong>
                    {t.late.then(|| view! { " " <span class="tag tag--red">{td!(locale, dossier.late)}</span> })}
                    {t.apology.then(|| view! { " " <span class="tag">{td!(locale, office.apology_issued)}</span> })}</dd></div>
                <div><dt>{td!(locale, catalog.title)}</dt><dd>{t.procedure.clone()}</dd></div>
                <div><dt>{td!(locale, dossier.agency_label)}</dt><dd>{t.agency.clone()}</dd></div>
                <div><dt>{td!(locale, track.applicant)}</dt><dd>{t.masked_name.clone()}</dd></div>
                {t.submitted_at.clone().map(|v| view! { <div><dt>{td!(locale, dossier.submitted_at)}</dt><dd>{v}</dd></div> })}
                {t.received_at.clone().map(|v| view! { <div><dt>{td!(locale, dossier.received_at)}</dt><dd>{v}</dd></div> })}
                {t.due_at.clone().map(|v| view! { <div><dt>{td!(locale, dossier.due)}</dt><dd>{v}</dd></div> })}
                {t.resolved_at.clone().map(|v| view! { <div><dt>{td!(locale, track.resolved_at)}</dt><dd>{v}</dd></div> })}
                {t.collect_at.clone().map(|v| view! { <div><dt>{td!(locale, track.collect_at)}</dt><dd>{v}</dd></div> })}
            </dl>
            {t.own_link.clone().map(|href| view! { <p><A href=href>{td!(locale, dossier.view)}</A></p> })}
        </section>
    }
}
