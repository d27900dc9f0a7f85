//! The payment pages: "Thanh toán trực tuyến phí, lệ phí" (find the dossier by its receipt code),
//! the fee notice with the gateways, and a payment's result.

use super::*;
use crate::{
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
    let state = Resource::new(move || action.version().get(), |_| pay_lookup_state());
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
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <TextField name="code" label=td_string!(locale, pay.code)
                                hint=td_string!(locale, pay.code_hint) value=code errors=errors
                                width="w20" autocomplete="off"/>
                            <TextField name="digits" label=td_string!(locale, pay.digits)
                                hint=td_string!(locale, pay.digits_hint) value=String::new() errors=errors
                                inputmode="numeric" width="w5" autocomplete="off"/>
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
    let page = Resource::new(
        move || (pid.get(), action.version().get()),
        |(p, _)| get_pay_page(p),
    );
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
    let first = v.gateways.first().map(|g| g.0.clone()).unwrap_or_default();
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
                                options=v.gateways.clone() selected=first errors=errors/>
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
                        " · " <a href=super::receipt_pdf_href(&r.href) rel="external" download="">{td!(locale, pay.receipt_pdf)}</a></li>
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
                        <strong>{p.state.label(locale == Locale::en)}</strong>
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
    let en = locale == Locale::en;
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
            <p class="notice-title">{p.state.label(en)}</p>
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
                " " <a class="button button-secondary" href=super::receipt_pdf_href(&href) rel="external" download="">{td!(locale, pay.receipt_pdf)}</a></p>
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
            </ul>
        </nav>
    }
}

/// The ledger's query string with these filters and page (`csv`: the export's address).
fn ledger_href(p: &LedgerParams, page: i64, csv: bool) -> String {
    use crate::office::pages::urlencode;
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
    use crate::office::pages::{count_text, loaded};
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
            let en = locale == Locale::en;
            let states: Vec<(String, String)> = [
                PaymentState::Pending, PaymentState::Paid, PaymentState::Failed, PaymentState::Expired,
            ]
            .into_iter()
            .map(|s| (s.as_str().to_string(), s.label(en).to_string()))
            .chain([("refund".to_string(), td_string!(locale, pay.refund_filter).to_string())])
            .collect();
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
                        options=v.gateways.clone() placeholder=td_string!(locale, catalog.all).to_string()
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
                                <td>{r.state.label(en)}{r.refund_due.then(|| view! { " " <span class="tag tag--red">{td!(locale, pay.refund_tag)}</span> })}</td>
                                <td><code>{r.txn_ref.clone()}</code></td><td>{r.gateway_txn.clone()}</td><td>{r.settled_at.clone()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
                <crate::office::pages::Pager page=v.page pages=v.pages href=move |n: i64| ledger_href(&p2, n, false)/>
            }
        })}
    }
}
