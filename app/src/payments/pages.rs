//! The payment pages: "Thanh toán trực tuyến phí, lệ phí" (find the dossier by its receipt code),
//! the fee notice with the gateways, and a payment's result.

use super::*;
use crate::routes::{pay_path, result_path};
use crate::{
    accounts::pages::captcha::CaptchaField,
    components::{
        ErrorNotice, FormPage, PageTitle,
        form::{Hidden, Radios, Submit, TextField, errors_of},
    },
    dossiers::manage::FeeTable,
    i18n::*,
    locale::use_locale,
};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

/// `/thanh-toan`: "Nhập mã biên nhận hồ sơ cần thanh toán và bấm nút Tìm kiếm".
#[component]
pub fn LookupPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<FindDossierToPay>::new();
    let errors = errors_of(action);
    let query = use_query_map();
    let state = Resource::new(|| (), |_| pay_lookup_state());
    let title = Signal::derive(move || td_string!(locale, pay.lookup_title).to_string());
    let bad_return = move || query.with(|q| q.get("loi").is_some());
    view! {
        <FormPage title=title errors=errors>
            <p class="lead">{td!(locale, pay.lookup_lead)}</p>
            {move || bad_return().then(|| view! {
                <div class="notice notice--error" role="alert"><p>{td!(locale, pay.bad_return)}</p></div>
            })}
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let st = state.await.unwrap_or_default();
                    let code = if st.code.is_empty() {
                        query.with_untracked(|q| q.get("ma").unwrap_or_default())
                    } else {
                        st.code
                    };
                    // The ID number is never filled in again: it is personal data, and typing it
                    // is the proof.
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <TextField name="code" label=td_string!(locale, pay.code)
                                hint=td_string!(locale, pay.code_hint) value=code errors=errors
                                width="w20" autocomplete="off"/>
                            <TextField name="id_number" label=td_string!(locale, payguard.id_number)
                                hint=td_string!(locale, payguard.id_number_hint) value=String::new() errors=errors
                                width="w20" autocomplete="off"/>
                            {st.captcha.map(|c| view! {
                                <div class="notice" role="status"><p>{td!(locale, payguard.captcha_needed)}</p></div>
                                <CaptchaField captcha=c errors=errors/>
                            })}
                            <Submit label=td_string!(locale, pay.search)/>
                        </ActionForm>
                    }
                })}
            </Transition>
        </FormPage>
    }
}

/// `/thanh-toan/ho-so/:pid`: the notice's items and total, the gateways, and what was paid.
#[component]
pub fn PayPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let pid = Memo::new(move |_| params.with(|p| p.get("pid").unwrap_or_default()));
    let action = ServerAction::<StartPayment>::new();
    let errors = errors_of(action);
    let page = Resource::new(move || pid.get(), get_pay_page);
    let title = Signal::derive(move || td_string!(locale, pay.title).to_string());
    view! {
        <FormPage title=title errors=errors>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(v) => view! { <PayNotice v=v action=action errors=errors/> }.into_any(),
                        Err(AppError::NotFound) => view! {
                            <div class="notice" role="status"><p>{td!(locale, pay.prove_first)}</p></div>
                            <p><A href="/thanh-toan" attr:class="button">{td!(locale, pay.lookup_title)}</A></p>
                        }.into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </FormPage>
    }
}

#[component]
fn PayNotice(
    v: PayView,
    action: ServerAction<StartPayment>,
    errors: crate::components::form::Errors,
) -> impl IntoView {
    let locale = use_locale();
    let first = v
        .gateways
        .first()
        .map(|g| g.0.to_string())
        .unwrap_or_default();
    let gateways: Vec<(String, String)> = v
        .gateways
        .iter()
        .map(|(id, label)| (id.to_string(), label.clone()))
        .collect();
    let pid = v.pid.clone();
    let payments = v.payments.clone();
    let receipts = v.receipts.clone();
    view! {
        <dl class="summary-list">
            <div><dt>{td!(locale, pay.code)}</dt><dd>{v.code.clone()}</dd></div>
            <div><dt>{td!(locale, catalog.title)}</dt><dd>{v.procedure.clone()}</dd></div>
            <div><dt>{td!(locale, dossier.agency_label)}</dt><dd>{v.agency.clone()}</dd></div>
            <div><dt>{td!(locale, track.applicant)}</dt><dd>{v.applicant.clone()}</dd></div>
        </dl>
        {match v.notice.clone() {
            Some(fee) => view! {
                <FeeTable fee=fee/>
                {if v.gateways.is_empty() {
                    view! { <p>{td!(locale, pay.no_gateway)}</p> }.into_any()
                } else {
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <Hidden name="pid" value=pid.clone()/>
                            <Radios name="gateway" legend=td_string!(locale, pay.choose_gateway)
                                options=gateways.clone() selected=first errors=errors/>
                            <p class="hint">{td!(locale, pay.redirect_hint)}</p>
                            <Submit label=td_string!(locale, pay.pay)/>
                        </ActionForm>
                    }.into_any()
                }}
            }.into_any(),
            None => view! {
                <div class="notice" role="status"><p>{td!(locale, pay.nothing_to_pay)}</p></div>
            }.into_any(),
        }}
        {(!receipts.is_empty()).then(move || view! {
            <h2>{td!(locale, pay.receipts)}</h2>
            <ul>
                {receipts.into_iter().map(|r| view! {
                    <li><a href=r.href.clone() rel="external">{td!(locale, pay.receipt)}" " {r.number}</a>" – " {r.issued_at}
                        " · " <a href=crate::routes::receipt_pdf_href(&r.href) rel="external" download="">{td!(locale, pay.receipt_pdf)}</a></li>
                }).collect_view()}
            </ul>
        })}
        {(!payments.is_empty()).then(move || view! {
            <h2>{td!(locale, pay.history)}</h2>
            <ul>
                {payments.into_iter().map(|p| view! {
                    <li>
                        <A href=result_path(&p.public_id)>{p.created_at.clone()}</A>
                        " – " {p.gateway.clone()} " – " {crate::catalog::format_vnd(p.amount)} " – "
                        <strong>{super::state_label(locale, p.state)}</strong>
                    </li>
                }).collect_view()}
            </ul>
        })}
        {v.owner.then(|| view! { <p><A href=format!("/ho-so/{}", v.pid.clone())>{td!(locale, dossier.view)}</A></p> })}
    }
}

/// `/thanh-toan/giao-dich/:id`: the payment's state as the portal recorded it.
#[component]
pub fn ResultPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let payment = Resource::new(move || id.get(), get_payment);
    let title = Signal::derive(move || td_string!(locale, pay.result_title).to_string());
    view! {
        <PageTitle text=title/>
        <div class="narrow">
            <h1>{title}</h1>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match payment.await {
                        Ok(p) => view! { <PaymentResult p=p/> }.into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn PaymentResult(p: PaymentView) -> impl IntoView {
    let locale = use_locale();
    let (class, message) = match p.state {
        PaymentState::Paid => (
            "notice notice--success",
            td_string!(locale, pay.paid_message),
        ),
        PaymentState::Pending => ("notice", td_string!(locale, pay.pending_message)),
        PaymentState::Failed => (
            "notice notice--error",
            td_string!(locale, pay.failed_message),
        ),
        PaymentState::Expired => (
            "notice notice--error",
            td_string!(locale, pay.expired_message),
        ),
    };
    view! {
        <div class=class role="status">
            <p class="notice-title">{super::state_label(locale, p.state)}</p>
            <p>{message}</p>
            {p.refund_due.then(|| view! { <p>{td!(locale, pay.refund_due)}</p> })}
        </div>
        <dl class="summary-list">
            <div><dt>{td!(locale, pay.code)}</dt><dd>{p.code.clone()}</dd></div>
            <div><dt>{td!(locale, pay.amount)}</dt><dd>{crate::catalog::format_vnd(p.amount)}</dd></div>
            <div><dt>{td!(locale, pay.gateway)}</dt><dd>{p.gateway.clone()}</dd></div>
            <div><dt>{td!(locale, pay.order)}</dt><dd>{p.txn_ref.clone()}</dd></div>
            {(!p.gateway_txn.is_empty() && p.gateway_txn != "0").then(|| view! {
                <div><dt>{td!(locale, pay.gateway_txn)}</dt><dd>{p.gateway_txn.clone()}</dd></div>
            })}
            <div><dt>{td!(locale, pay.started)}</dt><dd>{p.created_at.clone()}</dd></div>
            {p.settled_at.clone().map(|t| view! { <div><dt>{td!(locale, pay.settled)}</dt><dd>{t}</dd></div> })}
        </dl>
        {p.receipt.clone().map(|href| view! {
            <p class="button-group"><a class="button" href=href.clone() rel="external">{td!(locale, pay.view_receipt)}</a>
                " " <a class="button button-secondary" href=crate::routes::receipt_pdf_href(&href) rel="external" download="">{td!(locale, pay.receipt_pdf)}</a></p>
        })}
        {(p.state == PaymentState::Pending).then(|| view! {
            <p><a href=result_path(&p.public_id) rel="external">{td!(locale, pay.refresh)}</a></p>
        })}
        {p.can_retry.then(|| view! {
            <p><A href=pay_path(&p.pid) attr:class="button">{td!(locale, pay.retry)}</A></p>
        })}
        <p><A href=pay_path(&p.pid)>{td!(locale, pay.back_to_notice)}</A></p>
    }
}
