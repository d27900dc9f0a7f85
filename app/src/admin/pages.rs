//! The administration pages: the navigation between them, the audit log and the payments ledger.

use super::*;
use crate::{
    components::{
        PageTitle,
        form::{Errors, TextField},
        list::{Pager, count_text, loaded},
    },
    i18n::*,
    locale::use_locale,
    routes::urlencode,
};
use leptos::prelude::*;
use leptos_router::{components::Form, hooks::use_query_map};

/// The operators' navigation between their pages.
#[component]
pub fn OperatorNav(current: &'static str) -> impl IntoView {
    let locale = use_locale();
    let link = move |href: &'static str, text: &'static str| {
        let aria = (href == current).then_some("page");
        view! { <li><a href=href aria-current=aria>{text}</a></li> }
    };
    view! {
        <nav class="account-nav" aria-label=td_string!(locale, pay.operator_nav)>
            <ul>
                {link("/quan-tri/nhat-ky", td_string!(locale, office.audit_title))}
                {link("/quan-tri/thanh-toan", td_string!(locale, pay.ledger_title))}
                {link(FAILED_PATH, td_string!(locale, notices.failed_title))}
            </ul>
        </nav>
    }
}

/// The ledger's query string with these filters and page (`csv`: the export's address).
fn ledger_href(p: &LedgerParams, page: i64, csv: bool) -> String {
    format!(
        "/quan-tri/thanh-toan{}?trang-thai={}&cong={}&q={}&tu={}&den={}{}",
        if csv { ".csv" } else { "" },
        urlencode(&p.state),
        urlencode(&p.gateway),
        urlencode(&p.q),
        urlencode(&p.from),
        urlencode(&p.to),
        if csv {
            String::new()
        } else {
            format!("&trang={page}")
        }
    )
}

/// `/quan-tri/thanh-toan`: every payment, by state, gateway, date, order or dossier; CSV export.
#[component]
pub fn LedgerPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let params = Memo::new(move |_| {
        query.with(|q| LedgerParams {
            state: q.get("trang-thai").unwrap_or_default(),
            gateway: q.get("cong").unwrap_or_default(),
            q: q.get("q").unwrap_or_default(),
            from: q.get("tu").unwrap_or_default(),
            to: q.get("den").unwrap_or_default(),
            page: q.get("trang").unwrap_or_default(),
        })
    });
    let ledger = Resource::new(move || params.get(), get_ledger);
    let title = Signal::derive(move || td_string!(locale, pay.ledger_title).to_string());
    view! {
        <PageTitle text=title/>
        {loaded(ledger, move |v: LedgerView| {
            let errors: crate::components::form::Errors = Signal::stored(v.filter_errors.clone());
            let states: Vec<(String, String)> = domain::payment::ALL_PAYMENT_STATES
            .into_iter()
            .map(|s| (s.as_str().to_string(), crate::payments::state_label(locale, s).to_string()))
            .chain([("refund".to_string(), td_string!(locale, pay.refund_filter).to_string())])
            .collect();
            let gateways: Vec<(String, String)> =
                v.gateways.iter().map(|(id, label)| (id.to_string(), label.clone())).collect();
            let p = v.params.clone();
            let p2 = v.params.clone();
            view! {
                <OperatorNav current="/quan-tri/thanh-toan"/>
                <h1>{title}</h1>
                <crate::components::form::ErrorSummary errors=errors/>
                <leptos_router::components::Form method="GET" action="/quan-tri/thanh-toan" attr:class="filters" attr:role="search">
                    <crate::components::form::Select name="trang-thai" label=td_string!(locale, pay.state)
                        options=states placeholder=td_string!(locale, catalog.all).to_string()
                        selected=v.params.state.clone() errors=errors plain=true/>
                    <crate::components::form::Select name="cong" label=td_string!(locale, pay.gateway)
                        options=gateways placeholder=td_string!(locale, catalog.all).to_string()
                        selected=v.params.gateway.clone() errors=errors plain=true/>
                    <TextField name="q" label=td_string!(locale, pay.ledger_search) value=v.params.q.clone() errors=errors plain=true/>
                    <TextField name="from" posted_as="tu" label=td_string!(locale, pay.from) hint="dd/mm/yyyy" value=v.params.from.clone() errors=errors plain=true width="w10"/>
                    <TextField name="to" posted_as="den" label=td_string!(locale, pay.to) hint="dd/mm/yyyy" value=v.params.to.clone() errors=errors plain=true width="w10"/>
                    <button type="submit" class="button">{td!(locale, office.filter)}</button>
                </leptos_router::components::Form>
                <p class="result-count" role="status">
                    {count_text(locale, v.total, true)} " · " {td!(locale, pay.paid_sum)} " " {crate::catalog::format_vnd(v.paid_sum)}
                </p>
                <p><a href=ledger_href(&p, 1, true) rel="external" download="">{td!(locale, pay.csv)}</a></p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=td_string!(locale, pay.ledger_title)>
                <table>
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr>
                        <th scope="col">{td!(locale, pay.started)}</th>
                        <th scope="col">{td!(locale, pay.code)}</th>
                        <th scope="col">{td!(locale, pay.gateway)}</th>
                        <th scope="col" class="num">{td!(locale, pay.amount)}</th>
                        <th scope="col">{td!(locale, pay.state)}</th>
                        <th scope="col">{td!(locale, pay.order)}</th>
                        <th scope="col">{td!(locale, pay.gateway_txn)}</th>
                        <th scope="col">{td!(locale, pay.settled)}</th>
                    </tr></thead>
                    <tbody>
                        {v.rows.iter().map(|r| view! {
                            <tr>
                                <td>{r.created_at.clone()}</td><td>{r.code.clone()}</td><td>{r.gateway.clone()}</td>
                                <td class="num">{crate::catalog::format_vnd(r.amount)}</td>
                                <td>{crate::payments::state_label(locale, r.state)}{r.refund_due.then(|| view! { " " <span class="tag tag--red">{td!(locale, pay.refund_tag)}</span> })}</td>
                                <td><code>{r.txn_ref.clone()}</code></td><td>{r.gateway_txn.clone()}</td><td>{r.settled_at.clone()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
                <Pager page=v.page pages=v.pages href=move |n: i64| ledger_href(&p2, n, false)/>
            }
        })}
    }
}

/// "Nhật ký thao tác": the audit log, for administrators.
#[component]
pub fn AuditPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let params = Memo::new(move |_| {
        query.with(|q| AuditParams {
            action: q.get("thao-tac").unwrap_or_default(),
            user: q.get("nguoi-dung").unwrap_or_default(),
            code: q.get("ma").unwrap_or_default(),
            page: q.get("trang").unwrap_or_default(),
        })
    });
    let log = Resource::new(move || params.get(), get_audit_log);
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, office.audit_title).to_string())/>
        {loaded(log, move |v: AuditView| {
            let none: Errors = Signal::stored(Vec::new());
            let p = v.params.clone();
            let link = move |page: i64| format!("/quan-tri/nhat-ky?thao-tac={}&nguoi-dung={}&ma={}&trang={page}", urlencode(&p.action), urlencode(&p.user), urlencode(&p.code));
            view! {
                <OperatorNav current="/quan-tri/nhat-ky"/>
                <h1>{td!(locale, office.audit_title)}</h1>
                <Form method="GET" action="/quan-tri/nhat-ky" attr:class="filters" attr:role="search">
                    <TextField name="thao-tac" label=td_string!(locale, office.audit_action) hint=td_string!(locale, office.audit_action_hint) value=v.params.action.clone() errors=none plain=true/>
                    <TextField name="nguoi-dung" label=td_string!(locale, office.audit_user) value=v.params.user.clone() errors=none plain=true/>
                    <TextField name="ma" label=td_string!(locale, office.col_code) value=v.params.code.clone() errors=none plain=true/>
                    <button type="submit" class="button">{td!(locale, office.filter)}</button>
                </Form>
                <p class="result-count" role="status">{count_text(locale, v.total, true)}</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=td_string!(locale, office.table_label)>
                <table>
                    <caption class="visually-hidden">{td!(locale, office.audit_title)}</caption>
                    <thead><tr>
                        <th scope="col">{td!(locale, office.audit_at)}</th>
                        <th scope="col">{td!(locale, office.audit_user)}</th>
                        <th scope="col">{td!(locale, office.audit_action)}</th>
                        <th scope="col">{td!(locale, office.col_code)}</th>
                        <th scope="col">{td!(locale, office.audit_ip)}</th>
                        <th scope="col">{td!(locale, office.audit_detail)}</th>
                    </tr></thead>
                    <tbody>
                        {v.entries.iter().map(|e| view! {
                            <tr><td>{e.at.clone()}</td><td>{e.user.clone()}</td><td><code>{e.action.clone()}</code></td>
                            <td>{e.code.clone()}</td><td>{e.ip.clone()}</td><td>{e.detail.clone()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
                <Pager page=v.page pages=v.pages href=link/>
            }
        })}
    }
}

/// The operators' page of messages the outbox gave up on.
pub const FAILED_PATH: &str = "/quan-tri/tin-nhan";

/// "Tin nhắn gửi không thành công": the SMS and e-mails given up on, newest first, each with
/// "Gửi lại" (a plain form post; the recipient masked, never the body).
#[component]
pub fn FailedMessagesPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let page = Memo::new(move |_| query.with(|q| q.get("trang").unwrap_or_default()));
    let list = Resource::new(move || page.get(), get_failed_messages);
    let retried = move || query.with(|q| q.get("tb").as_deref() == Some("da-gui-lai"));
    let action = ServerAction::<RetryMessage>::new();
    let title = Signal::derive(move || td_string!(locale, notices.failed_title).to_string());
    view! {
        <PageTitle text=title/>
        {loaded(list, move |v: FailedView| {
            let rows = v.items.clone().into_iter().map(|m| {
                let channel = if m.channel == "sms" {
                    td_string!(locale, notices.channel_sms)
                } else {
                    td_string!(locale, notices.channel_email)
                };
                let id = m.id.to_string();
                view! {
                    <tr>
                        <td>{m.at.clone()}</td>
                        <td>{channel}</td>
                        <td>{m.recipient.clone()}</td>
                        <td>{m.subject.clone()}</td>
                        <td class="num">{m.attempts}</td>
                        <td>{m.error.clone()}</td>
                        <td>
                            <ActionForm action=action attr:class="inline-form">
                                <input type="hidden" name="id" value=id/>
                                <button type="submit" class="link-button">
                                    {td!(locale, notices.retry)}
                                    <span class="visually-hidden">" "{m.recipient.clone()}" "{m.at.clone()}</span>
                                </button>
                            </ActionForm>
                        </td>
                    </tr>
                }
            }).collect_view();
            view! {
                <OperatorNav current=FAILED_PATH/>
                <h1>{title}</h1>
                {retried().then(|| view! { <div class="notice" role="status"><p>{td!(locale, notices.retried)}</p></div> })}
                <p>{td!(locale, notices.failed_lead)}</p>
                <p class="result-count" role="status">{count_text(locale, v.total, true)}</p>
                {if v.items.is_empty() {
                    view! { <p>{td!(locale, notices.failed_none)}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=td_string!(locale, notices.failed_title)>
                        <table>
                            <caption class="visually-hidden">{title}</caption>
                            <thead><tr>
                                <th scope="col">{td!(locale, notices.failed_at)}</th>
                                <th scope="col">{td!(locale, notices.failed_channel)}</th>
                                <th scope="col">{td!(locale, notices.failed_recipient)}</th>
                                <th scope="col">{td!(locale, notices.failed_subject)}</th>
                                <th scope="col" class="num">{td!(locale, notices.failed_attempts)}</th>
                                <th scope="col">{td!(locale, notices.failed_error)}</th>
                                <th scope="col"><span class="visually-hidden">{td!(locale, notices.retry)}</span></th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                        </div>
                    }.into_any()
                }}
                <Pager page=v.page pages=v.pages href=move |n: i64| format!("{FAILED_PATH}?trang={n}")/>
            }
        })}
    }
}
