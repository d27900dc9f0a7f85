//! "Quản lý hồ sơ": the citizen's dossiers with the actions each status allows; a dossier's page
//! with its timeline; the supplement page ("Nộp bổ sung").

use super::{
    compose::{FileSlots, size_label, use_pid, with_dossier},
    *,
};
use crate::{
    accounts::pages::RequireLogin,
    components::{
        ErrorNotice, FormPage, PageTitle,
        form::{ErrorSummary, Hidden, Submit, errors_of},
    },
    i18n::*,
    locale::use_locale,
    routes::step_path,
};
use domain::dossier::Status;
use leptos::prelude::*;
use leptos_router::{
    components::{A, Form},
    hooks::use_query_map,
};

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Resolved | Status::Returned => "tag tag--green",
        Status::Refused | Status::Withdrawn | Status::Draft => "tag tag--grey",
        Status::SupplementRequested | Status::AwaitingPayment => "tag tag--yellow",
        _ => "tag",
    }
}

fn notice_text(locale: Locale, code: &str) -> Option<&'static str> {
    match code {
        "da-luu" => Some(td_string!(locale, dossier.saved)),
        "da-rut" => Some(td_string!(locale, dossier.withdrawn)),
        "da-bo-sung" => Some(td_string!(locale, dossier.supplemented)),
        "da-xoa" => Some(td_string!(locale, dossier.deleted)),
        "khong-doi-tep" => Some(td_string!(locale, dossier.files_closed)),
        _ => None,
    }
}

/// "Quản lý hồ sơ".
#[component]
pub fn ListPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let status = Memo::new(move |_| query.with(|q| q.get("trang-thai").unwrap_or_default()));
    let list = Resource::new(move || status.get(), list_dossiers);
    let notice = move || query.with(|q| q.get("tb").and_then(|c| notice_text(locale, &c)));
    let title = Signal::derive(move || td_string!(locale, dossier.manage_title).to_string());
    view! {
        <PageTitle text=title/>
        <RequireLogin>
            <crate::accounts::pages::AccountNav current="/ho-so"/>
            <h1>{title}</h1>
            {move || notice().map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> })}
            <Form method="GET" action="/ho-so" attr:class="filter-form">
                <div class="search-row">
                    <label class="label" for="trang-thai">{td!(locale, dossier.filter_status)}</label>
                    <select class="input input--w20" id="trang-thai" name="trang-thai">
                        <option value="">{td!(locale, catalog.all)}</option>
                        {move || {
                            let current = status.get();
                            domain::dossier::ALL_STATUSES.iter().map(|s| {
                                let (value, label) = (s.as_str(), super::status_label(locale, *s));
                                view! { <option value=value selected=current == value>{label}</option> }
                            }).collect_view()
                        }}
                    </select>
                    <button type="submit" class="button button-secondary">{td!(locale, catalog.apply)}</button>
                </div>
            </Form>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(items) if items.is_empty() => view! {
                            <p>{td!(locale, dossier.none)}</p>
                            <p><A href="/thu-tuc" attr:class="button">{td!(locale, dossier.find_procedure)}</A></p>
                        }.into_any(),
                        Ok(items) => view! {
                            <ul class="result-list" role="list">
                                {items.into_iter().map(|d| view! { <DossierItem d=d/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </RequireLogin>
    }
}

#[component]
fn DossierItem(d: DossierSummary) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/ho-so/{}", d.public_id);
    let continue_href = step_path(&d.public_id, &d.draft_step);
    let supplement_href = format!("/ho-so/{}/bo-sung", d.public_id);
    view! {
        <li class="result">
            <h2 class="result-title"><A href=href.clone()>{d.procedure_name.clone()}</A></h2>
            <p class="result-meta">
                <span class=status_class(d.status)>{d.status_label.clone()}</span>
                {d.late.then(|| view! { " " <span class="tag tag--red">{td!(locale, dossier.late)}</span> })}
            </p>
            <dl class="result-facts">
                <div><dt>{td!(locale, home.recent_code)}</dt><dd>{d.code.clone().unwrap_or_else(|| td_string!(locale, dossier.no_code).to_string())}</dd></div>
                <div><dt>{td!(locale, dossier.agency_label)}</dt><dd>{d.agency_name.clone()}</dd></div>
                <div><dt>{td!(locale, dossier.updated)}</dt><dd>{d.updated_at.clone()}</dd></div>
                {d.due_at.clone().map(|due| view! { <div><dt>{td!(locale, dossier.due)}</dt><dd>{due}</dd></div> })}
            </dl>
            <p class="result-actions">
                {match d.status {
                    Status::Draft => view! { <A href=continue_href>{td!(locale, dossier.continue_draft)}</A> }.into_any(),
                    Status::SupplementRequested => view! { <A href=supplement_href>{td!(locale, dossier.supplement)}</A> }.into_any(),
                    _ => view! { <A href=href>{td!(locale, dossier.view)}</A> }.into_any(),
                }}
            </p>
        </li>
    }
}

/// A dossier's page: its status, dates, files and timeline; withdraw or supplement.
#[component]
pub fn DetailPage() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let withdraw = ServerAction::<WithdrawDossier>::new();
    let delete = ServerAction::<DeleteDraft>::new();
    let (withdraw_errors, delete_errors) = (errors_of(withdraw), errors_of(delete));
    let errors = Signal::derive(move || {
        let mut all = withdraw_errors.get();
        all.extend(delete_errors.get());
        all
    });
    let dossier = Resource::new(move || pid.get(), get_dossier);
    let query = use_query_map();
    let notice = move || query.with(|q| q.get("tb").and_then(|c| notice_text(locale, &c)));
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, dossier.detail_title).to_string())
            error=Signal::derive(move || !errors.get().is_empty())/>
        <p><A href="/ho-so" attr:class="back-link">{td!(locale, dossier.manage_title)}</A></p>
        <ErrorSummary errors=errors/>
        {move || notice().map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> })}
        {with_dossier(dossier, false, move |d| {
            let pid = d.public_id.clone();
            view! {
                <span class="caption">{d.code.clone().unwrap_or_else(|| td_string!(locale, dossier.no_code).to_string())}</span>
                <h1>{d.procedure_name.clone()}</h1>
                <p class="result-meta">
                    <span class=status_class(d.status)>{d.status_label.clone()}</span>
                    {d.late.then(|| view! { " " <span class="tag tag--red">{td!(locale, dossier.late)}</span> })}
                </p>
                {(d.status == Status::Draft).then(|| view! {
                    <p><A href=step_path(&pid, &d.draft_step) attr:class="button">{td!(locale, dossier.continue_draft)}</A></p>
                    <ActionForm action=delete>
                        <Hidden name="pid" value=d.public_id.clone()/>
                        <Submit label=td_string!(locale, dossier.delete_draft) secondary=true/>
                    </ActionForm>
                })}
                {d.can_supplement.then(|| view! {
                    <div class="notice">
                        <p class="notice-title">{td!(locale, dossier.supplement_requested)}</p>
                        <p>{d.supplement_note.clone()}</p>
                        <p><A href=format!("/ho-so/{pid}/bo-sung") attr:class="button">{td!(locale, dossier.supplement)}</A></p>
                    </div>
                })}
                <dl class="summary-list">
                    <div><dt>{td!(locale, dossier.agency_label)}</dt><dd>{d.agency_name.clone()}</dd></div>
                    <div><dt>{td!(locale, dossier.created)}</dt><dd>{d.created_at.clone()}</dd></div>
                    {d.submitted_at.clone().map(|t| view! { <div><dt>{td!(locale, dossier.submitted_at)}</dt><dd>{t}</dd></div> })}
                    {d.received_at.clone().map(|t| view! { <div><dt>{td!(locale, dossier.received_at)}</dt><dd>{t}</dd></div> })}
                    {d.due_at.clone().map(|t| view! { <div><dt>{td!(locale, dossier.due)}</dt><dd>{t}</dd></div> })}
                    <div><dt>{td!(locale, register.full_name)}</dt><dd>{d.applicant.full_name.clone()}</dd></div>
                </dl>
                <h2>{td!(locale, dossier.documents_title)}</h2>
                <ul>
                    {d.components.iter().filter_map(|c| c.file.clone().map(|f| (c.name.clone(), f))).map(|(name, f)| view! {
                        <li>{name}": " <a href=format!("/ho-so/{pid}/tep-da-nop/{}", f.public_id) rel="external">{f.name}</a>" (" {size_label(f.size)} ")"</li>
                    }).collect_view()}
                </ul>
                {d.code.is_some().then(|| view! {
                    <p><a href=format!("/ho-so/{pid}/bien-nhan") rel="external" download="">{td!(locale, dossier.receipt)}</a></p>
                })}
                <ResultList pid=pid.clone() results=d.results.clone()/>
                {(!d.fees.is_empty()).then(|| view! {
                    <h2>{td!(locale, office.fees_title)}</h2>
                    {d.fees.iter().map(|f| view! { <FeeTable fee=f.clone() pid=pid.clone()/> }).collect_view()}
                    {(d.status == Status::AwaitingPayment).then(|| view! {
                        <p><A href=crate::routes::pay_path(&pid) attr:class="button">{td!(locale, pay.pay_online)}</A></p>
                    })}
                })}
                {(!d.apologies.is_empty()).then(|| view! {
                    <h2>{td!(locale, office.apologies_title)}</h2>
                    <ul>
                        {d.apologies.iter().map(|l| view! {
                            <li>{l.issued_at.clone()} ": "
                                <a href=format!("/ho-so/{pid}/van-ban-xin-loi/{}", l.public_id) rel="external">{td!(locale, office.view_letter)}</a>
                                " – " {l.new_due.clone()}
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                <Timeline events=d.events.clone()/>
                {d.can_withdraw.then(|| view! {
                    <h2>{td!(locale, dossier.withdraw_title)}</h2>
                    <p>{td!(locale, dossier.withdraw_lead)}</p>
                    <ActionForm action=withdraw>
                        <Hidden name="pid" value=pid.clone()/>
                        <Submit label=td_string!(locale, dossier.withdraw) secondary=true/>
                    </ActionForm>
                })}
            }
        })}
    }
}

/// "Bổ sung hồ sơ": add or replace the requested documents, then "Nộp bổ sung".
#[component]
pub fn SupplementPage() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let action = ServerAction::<SubmitSupplement>::new();
    let files = super::compose::FileActions::new();
    let dossier = Resource::new(move || pid.get(), get_dossier);
    let errors = super::compose::with_upload_error(errors_of(action), dossier);
    view! {
        <FormPage title=td_string!(locale, dossier.supplement).to_string() errors=errors back="/ho-so".to_string()>
            {with_dossier(dossier, false, move |d| {
                if !d.can_supplement {
                    return view! { <p>{td!(locale, dossier.cannot_supplement)}</p> }.into_any();
                }
                let pid = d.public_id.clone();
                view! {
                    <p class="lead">{d.procedure_name.clone()}" – "{d.code.clone().unwrap_or_default()}</p>
                    <div class="notice" id="files" tabindex="-1">
                        <p class="notice-title">{td!(locale, dossier.supplement_requested)}</p>
                        <p>{d.supplement_note.clone()}</p>
                    </div>
                    <FileSlots d=d errors=errors only_requested=true actions=files/>
                    <ActionForm action=action>
                        <Hidden name="pid" value=pid/>
                        <Submit label=td_string!(locale, dossier.supplement_submit)/>
                    </ActionForm>
                }.into_any()
            })}
        </FormPage>
    }
}

/// A fee notice as a table, with its receipt when `pid` (the dossier) is given.
#[component]
pub fn FeeTable(fee: FeeView, #[prop(optional, into)] pid: Option<String>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <table class="fees">
            <caption>{td!(locale, office.fee_notice)} " " {fee.issued_at.clone()}</caption>
            <thead><tr><th scope="col">{td!(locale, office.fee_name)}</th><th scope="col" class="num">{td!(locale, office.fee_amount)}</th></tr></thead>
            <tbody>
                {fee.items.iter().map(|(n, a)| view! { <tr><td>{n.clone()}</td><td class="num">{crate::catalog::format_vnd(*a)}</td></tr> }).collect_view()}
            </tbody>
            <tfoot><tr><th scope="row">{td!(locale, office.fee_total)}</th><td class="num"><strong>{crate::catalog::format_vnd(fee.total)}</strong></td></tr></tfoot>
        </table>
        <p>{match (fee.paid_at.clone(), fee.cancelled_at.clone()) {
            (Some(at), _) => td_string!(locale, office.paid, at = at.as_str()).to_string(),
            (None, Some(at)) => td_string!(locale, office.fee_cancelled, at = at.as_str()).to_string(),
            (None, None) => td_string!(locale, office.unpaid).to_string(),
        }}
        {pid.zip(fee.receipt.clone()).map(|(pid, (id, number))| view! {
            " " <a href=crate::routes::receipt_path(&pid, &id) rel="external">{td!(locale, pay.receipt)} " " {number}</a>
            " · " <a href=crate::routes::receipt_pdf_path(&pid, &id) rel="external" download="">{td!(locale, pay.receipt_pdf)}</a>
        })}</p>
    }
}

/// A dossier's timeline: every move, when, by whom, with its note.
#[component]
pub fn Timeline(events: Vec<EventView>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <h2>{td!(locale, dossier.timeline)}</h2>
        <ol class="timeline">
            {events.into_iter().map(|e| view! {
                <li>
                    <strong>{e.to_label}</strong>
                    <span class="hint">" · " {e.at} " · " {e.actor}</span>
                    {(!e.note.is_empty()).then(|| view! { <p>{e.note}</p> })}
                </li>
            }).collect_view()}
        </ol>
    }
}

/// The result documents of a dossier, for its owner and the agency's officers alike.
#[component]
pub fn ResultList(pid: String, results: Vec<ResultView>) -> impl IntoView {
    let locale = use_locale();
    (!results.is_empty()).then(|| view! {
        <h2>{td!(locale, office.results_title)}</h2>
        <ul>
            {results.into_iter().map(|r| view! {
                <li><a href=format!("/ho-so/{pid}/ket-qua/{}", r.public_id) rel="external" download="">{r.name}</a> " (" {size_label(r.size)} ")"</li>
            }).collect_view()}
        </ul>
    })
}
