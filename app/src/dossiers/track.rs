//! "Tra cứu hồ sơ": anyone may follow a dossier by its code. Codes can be guessed, so the public
//! view shows no personal data beyond a masked name; the owner, logged in, gets a link to the
//! whole dossier.

use crate::{
    components::{ErrorNotice, PageTitle},
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Form},
    hooks::use_query_map,
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackView {
    pub code: String,
    pub status_label: String,
    pub procedure: String,
    pub agency: String,
    pub masked_name: String,
    pub submitted_at: Option<String>,
    pub received_at: Option<String>,
    pub due_at: Option<String>,
    pub resolved_at: Option<String>,
    pub late: bool,
    /// Where to collect the result, once resolved (the agency's address).
    pub collect_at: Option<String>,
    /// The visitor owns it: the page links to the whole dossier.
    pub own_link: Option<String>,
}

#[server(prefix = "/api", endpoint = "dossier/track")]
pub async fn track_dossier(code: String) -> Result<Option<TrackView>, AppError> {
    let result: Result<Option<TrackView>, AppError> = async move {
        use crate::{backend::internal, format};
        use domain::dossier::{DossierCode, Status};
        let svc = crate::backend::services()?;
        // Codes can be guessed: lookups are limited per address.
        let ip = crate::backend::session::request_meta(&svc).ip;
        let n = crate::backend::throttle::hit(&svc.db, &format!("track:ip:{ip}"), 60)
            .await
            .map_err(internal)?;
        if n > svc.config.track_per_minute {
            let minutes = ((crate::backend::throttle::retry_after(60) + 59) / 60).to_string();
            return Err(AppError::TooManyRequests(
                td_string!(crate::locale::current(), track.throttled, minutes = minutes.as_str())
                    .to_string(),
            ));
        }
        let Ok(code) = DossierCode::parse(&code) else {
            return Ok(None);
        };
        // public id, status, procedure, agency, its address, applicant, four dates, owner.
        type Row = (String, String, String, String, String, String, Option<i64>, Option<i64>, Option<i64>, Option<i64>, i64);
        let row: Option<Row> =
            sqlx::query_as(
                "SELECT d.public_id, d.status, p.name, a.name, a.address, d.applicant_name, d.submitted_at, \
                 d.received_at, d.due_at, d.resolved_at, d.owner_id FROM dossiers d \
                 JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id \
                 WHERE d.code = $1",
            )
            .bind(code.as_str())
            .fetch_optional(&svc.db.pool)
            .await
            .map_err(internal)?;
        let Some((pid, status, procedure, agency, address, name, submitted, received, due, resolved, owner)) = row else {
            return Ok(None);
        };
        let status = Status::parse(&status).unwrap_or(Status::Submitted);
        let me = crate::accounts::service::current_user(&svc).await?;
        let now = crate::backend::now_epoch();
        Ok(Some(TrackView {
            code: code.as_str().to_string(),
            status_label: crate::dossiers::status_label(crate::locale::current(), status).to_string(),
            procedure,
            agency: agency.clone(),
            masked_name: domain::mask_name(&name),
            submitted_at: submitted.map(format::datetime),
            received_at: received.map(format::datetime),
            due_at: due.map(format::datetime),
            resolved_at: resolved.map(format::datetime),
            late: match (due, resolved) {
                (Some(d), Some(r)) => r > d,
                (Some(d), None) => !status.is_final() && !status.stops_the_clock() && now > d,
                _ => false,
            },
            collect_at: matches!(status, Status::Resolved)
                .then(|| if address.is_empty() { agency } else { format!("{agency}, {address}") }),
            own_link: me.filter(|u| u.id == owner).map(|_| format!("/ho-so/{pid}")),
        }))
    }
    .await;
    result.map_err(AppError::respond)
}

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
                    {t.late.then(|| view! { " " <span class="tag tag--red">{td!(locale, dossier.late)}</span> })}</dd></div>
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
