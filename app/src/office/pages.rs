//! Back-office pages: the queue ("Hồ sơ của cơ quan"), an officer's dossier page, one page per
//! action with its form, the audit log for administrators, and the citizen's notifications.
//! Components only: the rules are in `service.rs`.

use super::Form;
use super::*;
use crate::components::list::{Pager, count_text, loaded};
use crate::routes::{office_dossier_path, urlencode};
use crate::{
    components::{
        PageTitle,
        form::{
            ErrorSummary, Errors, Hidden, Radios, Select, Submit, TextArea, TextField, errors_of,
        },
        not_found::NotFound,
        page::FormPage,
    },
    dossiers::compose::size_label,
    i18n::*,
    locale::use_locale,
};
use domain::delivery::{DeliveryMode, HandOverMethod};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Form},
    hooks::{use_params_map, use_query_map},
};

/// The query string of the queue with one parameter changed.
fn queue_href(p: &QueueParams, key: &str, value: &str) -> String {
    let mut pairs: Vec<(&str, String)> = vec![
        ("co-quan", p.agency.clone()),
        ("tab", p.tab.clone()),
        ("q", p.q.clone()),
        ("thu-tuc", p.procedure.clone()),
        ("tu", p.from.clone()),
        ("den", p.to.clone()),
        ("sap-xep", p.sort.clone()),
        ("trang", p.page.clone()),
    ];
    for pair in pairs.iter_mut() {
        if pair.0 == key {
            pair.1 = value.to_string();
        }
    }
    if key != "trang" {
        pairs.retain(|p| p.0 != "trang");
    }
    let qs: Vec<String> = pairs
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", urlencode(&v)))
        .collect();
    if qs.is_empty() {
        "/can-bo/ho-so".to_string()
    } else {
        format!("/can-bo/ho-so?{}", qs.join("&"))
    }
}

fn days_text(locale: Locale, days: i64) -> String {
    if days >= 0 {
        let n = days.to_string();
        td_string!(locale, office.days_left, n = n.as_str()).to_string()
    } else {
        let n = (-days).to_string();
        td_string!(locale, office.days_over, n = n.as_str()).to_string()
    }
}

/// "Hồ sơ của cơ quan": the agency's queue in tabs, with search, filters and pages.
#[component]
pub fn QueuePage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let params = Memo::new(move |_| {
        query.with(|q| QueueParams {
            agency: q.get("co-quan").unwrap_or_default(),
            tab: q.get("tab").unwrap_or_default(),
            q: q.get("q").unwrap_or_default(),
            procedure: q.get("thu-tuc").unwrap_or_default(),
            from: q.get("tu").unwrap_or_default(),
            to: q.get("den").unwrap_or_default(),
            sort: q.get("sap-xep").unwrap_or_default(),
            page: q.get("trang").unwrap_or_default(),
        })
    });
    let queue = Resource::new(move || params.get(), get_queue);
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, office.queue_title).to_string())/>
        {loaded(queue, move |v: QueueView| {
            let p = v.params.clone();
            let filter_errors: Errors = Signal::derive({
                let e = v.filter_errors.clone();
                move || e.clone()
            });
            let procedures: Vec<(String, String)> = v.procedures.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
            let sorts = vec![
                ("han".to_string(), td_string!(locale, office.sort_due).to_string()),
                ("han-giam".to_string(), td_string!(locale, office.sort_due_desc).to_string()),
                ("moi-nhat".to_string(), td_string!(locale, office.sort_newest).to_string()),
            ];
            let agencies: Vec<(String, String)> = v.agencies.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
            let several = agencies.len() > 1;
            let agency_value = v.agency_id.to_string();
            let switcher = several.then(|| {
                let agency_value = agency_value.clone();
                view! {
                    <Form method="GET" action="/can-bo/ho-so" attr:class="inline-form">
                        <Select name="co-quan" label=td_string!(locale, office.agency_label) options=Signal::stored(agencies.clone())
                            placeholder=td_string!(locale, office.agency_label) selected=agency_value errors=Signal::stored(Vec::new()) plain=true/>
                        <button type="submit" class="button button--secondary">{td!(locale, office.switch_agency)}</button>
                    </Form>
                }
            });
            let tabs = v.tabs.iter().map(|t| {
                let current = t.slug == v.tab;
                let base = QueueParams {
                    agency: if several { agency_value.clone() } else { String::new() },
                    sort: p.sort.clone(),
                    ..QueueParams::default()
                };
                let href = queue_href(&base, "tab", &t.slug);
                view! {
                    <li>
                        <a href=href aria-current=current.then_some("page") class:tab--current=current>
                            {t.label.clone()} " " <span class="count">{t.count}</span>
                        </a>
                    </li>
                }
            }).collect_view();
            let rows = v.items.clone().into_iter().map(|i| view! {
                <tr>
                    <td><A href=office_dossier_path(&i.public_id)>{i.code.clone()}</A></td>
                    <td>{i.applicant_name.clone()}</td>
                    <td>{i.procedure_name.clone()}</td>
                    <td>{i.submitted_at.clone()}</td>
                    <td>
                        {i.due_at.clone().unwrap_or_default()}
                        {i.days_left.map(|d| view! { <br/><span class=if d < 0 { "hint hint--late" } else { "hint" }>{days_text(locale, d)}</span> })}
                    </td>
                    <td>
                        {i.status_label.clone()}
                        {i.late.then(|| view! { " " <span class="tag tag--red">{td!(locale, dossier.late)}</span> })}
                    </td>
                </tr>
            }).collect_view();
            let empty = v.items.is_empty();
            let pagination = {
                let p = p.clone();
                view! { <Pager page=v.page pages=v.pages href=move |n: i64| queue_href(&p, "trang", &n.to_string())/> }
            };
            let searching = !(p.q.is_empty() && p.procedure.is_empty() && p.from.is_empty() && p.to.is_empty());
            let tab_value = if searching { p.tab.clone() } else { String::new() };
            view! {
                <span class="caption">{v.agency_name.clone()}</span>
                <h1>{td!(locale, office.queue_title)}</h1>
                <ErrorSummary errors=filter_errors/>
                {switcher}
                <nav class="tabs" aria-label=td_string!(locale, office.tabs_label)>
                    <ul>{tabs}</ul>
                </nav>
                <Form method="GET" action="/can-bo/ho-so" attr:class="filters" attr:role="search">
                    {several.then(|| view! { <input type="hidden" name="co-quan" value=agency_value.clone()/> })}
                    <input type="hidden" name="tab" value=tab_value/>
                    <TextField name="q" label=td_string!(locale, office.search_label) value=p.q.clone() errors=filter_errors plain=true/>
                    <Select name="thu-tuc" label=td_string!(locale, office.procedure_label) options=Signal::stored(procedures)
                        placeholder=td_string!(locale, office.all_procedures) selected=p.procedure.clone() errors=filter_errors plain=true/>
                    <div class="field-row">
                        <TextField name="from" posted_as="tu" label=td_string!(locale, office.from_label) hint=td_string!(locale, office.date_hint) value=p.from.clone() errors=filter_errors plain=true/>
                        <TextField name="to" posted_as="den" label=td_string!(locale, office.to_label) hint=td_string!(locale, office.date_hint) value=p.to.clone() errors=filter_errors plain=true/>
                    </div>
                    <Select name="sap-xep" label=td_string!(locale, office.sort_label) options=Signal::stored(sorts)
                        placeholder=td_string!(locale, office.sort_due) selected=p.sort.clone() errors=filter_errors plain=true/>
                    <button type="submit" class="button">{td!(locale, office.filter)}</button>
                </Form>
                <p class="result-count" role="status">{count_text(locale, v.total, false)}</p>
                {if empty {
                    view! { <p>{td!(locale, office.empty)}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=td_string!(locale, office.table_label)>
                        <table class="queue">
                            <caption class="visually-hidden">{td!(locale, office.queue_title)}</caption>
                            <thead><tr>
                                <th scope="col">{td!(locale, office.col_code)}</th>
                                <th scope="col">{td!(locale, office.col_applicant)}</th>
                                <th scope="col">{td!(locale, office.col_procedure)}</th>
                                <th scope="col">{td!(locale, office.col_submitted)}</th>
                                <th scope="col">{td!(locale, office.col_due)}</th>
                                <th scope="col">{td!(locale, office.col_status)}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                        </div>
                    }.into_any()
                }}
                {pagination}
            }
        })}
    }
}

fn use_pid() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("pid").unwrap_or_default()))
}

/// The notice a finished action (or a refused concurrent one) leaves on the dossier's page.
fn notice_text(locale: Locale, code: &str) -> Option<String> {
    if code == "da-cap-nhat" {
        return Some(td_string!(locale, office.stale).to_string());
    }
    let spec = by_slug(code.strip_suffix("-xong")?)?;
    Some(td_string!(locale, office.done, action = (spec.label)(locale)).to_string())
}

/// The officer's page of a dossier.
#[component]
pub fn OfficeDossierPage() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let dossier = Resource::new(move || pid.get(), get_office_dossier);
    let query = use_query_map();
    let notice = move || query.with(|q| q.get("tb").and_then(|c| notice_text(locale, &c)));
    view! {
        {loaded(dossier, move |d: OfficeDossier| {
            let pid = d.public_id.clone();
            let a = d.applicant.clone();
            view! {
                <PageTitle text=Signal::derive(move || td_string!(locale, office.dossier_title).to_string())/>
                <p><A href="/can-bo/ho-so" attr:class="back-link">{td!(locale, office.queue_title)}</A></p>
                {move || notice().map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> })}
                <span class="caption">{td!(locale, office.receipt_number)} ": " {d.code.clone()}</span>
                <h1>{d.procedure_name.clone()}</h1>
                <p class="result-meta">
                    <span class="tag">{d.status_label.clone()}</span>
                    {d.late.then(|| view! { " " <span class="tag tag--red">{td!(locale, dossier.late)}</span> })}
                </p>
                <dl class="summary-list">
                    <div><dt>{td!(locale, office.agency_label)}</dt><dd>{d.agency_name.clone()}</dd></div>
                    {d.submitted_at.clone().map(|t| view! { <div><dt>{td!(locale, dossier.submitted_at)}</dt><dd>{t}</dd></div> })}
                    {d.received_at.clone().map(|t| view! { <div><dt>{td!(locale, dossier.received_at)}</dt><dd>{t}</dd></div> })}
                    {d.due_at.clone().map(|t| view! { <div><dt>{td!(locale, dossier.due)}</dt><dd>{t} {d.days_left.map(|n| view! { " (" {days_text(locale, n)} ")" })}</dd></div> })}
                </dl>
                <h2>{td!(locale, office.actions_title)}</h2>
                {if d.actions.is_empty() {
                    view! { <p>{td!(locale, office.no_actions)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="action-list">
                            {d.actions.iter().map(|a| {
                                let spec = spec(*a);
                                view! {
                                    <li><A href=format!("/can-bo/ho-so/{pid}/{}", spec.slug) attr:class="button button--secondary">{(spec.label)(locale)}</A></li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h2>{td!(locale, office.applicant_title)}</h2>
                <dl class="summary-list">
                    <div><dt>{td!(locale, register.full_name)}</dt><dd>{a.full_name.clone()}</dd></div>
                    <div><dt>{td!(locale, office.id_number)}</dt><dd>{a.id_number.clone()}</dd></div>
                    {(!a.birth_date.is_empty()).then(|| view! { <div><dt>{td!(locale, office.birth_date)}</dt><dd>{a.birth_date.clone()}</dd></div> })}
                    <div><dt>{td!(locale, office.phone)}</dt><dd>{a.phone.clone()}</dd></div>
                    {(!a.email.is_empty()).then(|| view! { <div><dt>{td!(locale, office.email)}</dt><dd>{a.email.clone()}</dd></div> })}
                    <div><dt>{td!(locale, office.address)}</dt><dd>{a.address.clone()}</dd></div>
                    <div><dt>{td!(locale, office.receive_label)}</dt><dd>{receive_text(locale, d.delivery.receive)}</dd></div>
                </dl>
                <h2>{td!(locale, office.files_title)}</h2>
                <ul class="file-list">
                    {d.files.iter().map(|f| {
                        let href = format!("/ho-so/{pid}/tep-da-nop/{}", f.public_id);
                        let preview = f.preview();
                        view! {
                            <li>
                                <strong>{f.component.clone()}</strong> ": " {f.name.clone()} " (" {size_label(f.size)} ")"
                                {f.replaced.then(|| view! { " " <span class="tag">{td!(locale, office.replaced)}</span> })}
                                " " <a href=href.clone() rel="external" download="">{td!(locale, office.download)}</a>
                                {(preview == "image").then(|| view! {
                                    <details><summary>{td!(locale, office.preview)}</summary>
                                        <img src=format!("{href}?xem=1") alt=f.name.clone() loading="lazy" class="preview"/>
                                    </details>
                                })}
                                // Chromium's PDF viewer does not run in a sandboxed frame: a PDF
                                // opens in the browser's own viewer, in a new tab.
                                {(preview == "pdf").then(|| view! {
                                    " " <a href=format!("{href}?xem=1") target="_blank" rel="external noopener">{td!(locale, office.preview_pdf)}</a>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <crate::dossiers::manage::ResultList pid=pid.clone() results=d.results.clone()/>
                {d.handover_method.map(|m| view! {
                    <p>{td!(locale, office.method_label)} ": " {handover_text(locale, m)} " " {d.handover_tracking.clone()}</p>
                })}
                {(!d.fees.is_empty()).then(|| view! {
                    <h2>{td!(locale, office.fees_title)}</h2>
                    {d.fees.iter().map(|f| view! { <crate::dossiers::manage::FeeTable fee=f.clone() pid=d.public_id.clone()/> }).collect_view()}
                })}
                {(!d.apologies.is_empty()).then(|| view! {
                    <h2>{td!(locale, office.apologies_title)}</h2>
                    <ul>
                        {d.apologies.iter().map(|l| view! {
                            <li>{l.issued_at.clone()} " – " {l.officer.clone()} ": "
                                <a href=format!("/ho-so/{pid}/van-ban-xin-loi/{}", l.public_id) rel="external">{td!(locale, office.view_letter)}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                <crate::dossiers::manage::Timeline events=d.events.clone()/>
            }
        })}
    }
}

fn receive_text(locale: Locale, receive: Option<DeliveryMode>) -> String {
    match receive {
        Some(DeliveryMode::Post) => td_string!(locale, office.post).to_string(),
        Some(DeliveryMode::InPerson) => td_string!(locale, office.in_person).to_string(),
        Some(DeliveryMode::Online) | None => td_string!(locale, office.online).to_string(),
    }
}

fn handover_text(locale: Locale, method: HandOverMethod) -> String {
    match method {
        HandOverMethod::Post => td_string!(locale, office.post).to_string(),
        HandOverMethod::InPerson => td_string!(locale, office.in_person).to_string(),
    }
}

/// One action's page: what it does, its form, and "Xác nhận".
#[component]
pub fn ActionPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let pid = use_pid();
    let slug = Memo::new(move |_| params.with(|p| p.get("action").unwrap_or_default()));
    let act = ServerAction::<OfficeAct>::new();
    let errors = errors_of(act);
    let dossier = Resource::new(move || pid.get(), get_office_dossier);
    let query = use_query_map();
    let upload_error = move || {
        query.with(|q| q.get("loi")).map(|c| match c.as_str() {
            "kich-thuoc" => td_string!(locale, dossier.upload_failed).to_string(),
            "dinh-dang" => td_string!(locale, dossier.upload_type).to_string(),
            "ghi-chu" => td_string!(locale, office.note_too_long).to_string(),
            _ => td_string!(locale, office.result_missing).to_string(),
        })
    };
    let all_errors: Errors = Signal::derive(move || {
        let mut e = errors.get();
        if let Some(m) = upload_error() {
            e.push(crate::error::FieldError {
                field: "file".into(),
                message: m,
                action: None,
            });
        }
        e
    });
    view! {
        {loaded(dossier, move |d: OfficeDossier| {
            // The address's action, read once: an unknown one is not found.
            let Some(spec) = by_slug(&slug.get_untracked()) else {
                return view! { <NotFound/> }.into_any();
            };
            let title = (spec.label)(locale).to_string();
            let back = office_dossier_path(&d.public_id);
            view! {
                <FormPage title=title errors=all_errors back=back>
                    {action_body(locale, spec, &d, act, errors)}
                </FormPage>
            }
            .into_any()
        })}
    }
}

/// The body of an action's page: the form, or why the action is not possible now.
fn action_body(
    locale: Locale,
    spec: &'static ActionSpec,
    d: &OfficeDossier,
    act: ServerAction<OfficeAct>,
    errors: Errors,
) -> AnyView {
    if !d.actions.contains(&spec.action) {
        return view! {
            <p>{td!(locale, office.not_allowed_now)}</p>
            <p><A href=office_dossier_path(&d.public_id)>{td!(locale, office.back_to_dossier)}</A></p>
        }
        .into_any();
    }
    let lead = view! { <p class="lead">{d.code.clone()} " – " {d.procedure_name.clone()} " – " {d.applicant.full_name.clone()}</p> };
    if spec.form == Form::ResultFiles {
        // Files: a plain multipart form (with JavaScript or without).
        return view! {
            {lead}
            <form method="post" action=format!("/can-bo/ho-so/{}/{}/tai-len", d.public_id, spec.slug) enctype="multipart/form-data">
                <input type="hidden" name="v" value=d.version.to_string()/>
                <div class="form-group">
                    <label class="label" for="note">{td!(locale, office.note_optional)}</label>
                    <textarea class="input" id="note" name="note" rows="4"></textarea>
                </div>
                <div class="form-group">
                    <label for="file" class="label">{td!(locale, office.result_files_label)}</label>
                    <p class="hint" id="file-hint">{td!(locale, office.result_files_hint)}</p>
                    <input type="file" id="file" name="file" multiple required aria-describedby="file-hint"
                        accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,application/pdf,image/*"/>
                </div>
                <button type="submit" class="button">{td!(locale, office.confirm)}</button>
            </form>
        }
        .into_any();
    }
    let fields = action_fields(locale, spec, d, errors);
    let lead_text = spec.lead.map(|lead| lead(locale)).unwrap_or_default();
    let (pid, slug, version) = (
        d.public_id.clone(),
        spec.slug.to_string(),
        d.version.to_string(),
    );
    view! {
        {lead}
        <p>{lead_text}</p>
        <ActionForm action=act>
            <Hidden name="pid" value=pid/>
            <Hidden name="action" value=slug/>
            <Hidden name="v" value=version/>
            {fields}
            <Submit label=td_string!(locale, office.confirm)/>
        </ActionForm>
    }
    .into_any()
}

/// The fields an action's form asks for.
fn action_fields(locale: Locale, spec: &ActionSpec, d: &OfficeDossier, errors: Errors) -> AnyView {
    // After a refusal, what was posted (see `service::keep_refused`); else empty fields.
    let was = d
        .refused
        .clone()
        .filter(|f| f.action == spec.slug)
        .unwrap_or_default();
    let note = was.note.clone();
    let (required, minlength) = (spec.note.required(), MIN_REASON);
    match spec.form {
        Form::Reason => view! {
            <TextArea name="note" label=td_string!(locale, office.reason_label) value=note errors=errors required=required minlength=minlength/>
        }.into_any(),
        Form::Supplement => {
            let comps = d.components.clone();
            view! {
                <fieldset class="form-group">
                    <legend>{td!(locale, office.components_label)}</legend>
                    <p class="hint">{td!(locale, office.components_hint)}</p>
                    {comps.into_iter().enumerate().map(|(i, (id, name))| {
                        let field = format!("component-{id}");
                        let checked = was.components.contains(&id.to_string());
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=field.clone() name=format!("f[components][{i}]") value=id.to_string() checked=checked/>
                                <label for=field>{name}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <TextArea name="note" label=td_string!(locale, office.supplement_note_label) value=note errors=errors required=required minlength=minlength/>
            }.into_any()
        }
        Form::FeeItems => view! {
            <fieldset class="form-group">
                <legend>{td!(locale, office.fee_items)}</legend>
                {(0..3).map(|i| {
                    let name = was.fee_names.get(i).cloned().unwrap_or_default();
                    let amount = was.fee_amounts.get(i).cloned().unwrap_or_default();
                    view! {
                        <div class="field-row">
                            <TextField name=format!("fee_names-{i}") posted_as=format!("fee_names][{i}") label=td_string!(locale, office.fee_name) value=name errors=errors required={i == 0}/>
                            <TextField name=format!("fee_amounts-{i}") posted_as=format!("fee_amounts][{i}") label=td_string!(locale, office.fee_amount) value=amount errors=errors inputmode="numeric" required={i == 0}/>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        }.into_any(),
        Form::CounterReceipt => view! {
            <TextField name="note" label=td_string!(locale, office.counter_receipt) hint=td_string!(locale, office.counter_receipt_hint) value=note errors=errors/>
        }.into_any(),
        Form::HandOver => {
            let options = domain::delivery::ALL_HAND_OVER_METHODS
                .into_iter()
                .map(|m| (m.as_str().to_string(), handover_text(locale, m)))
                .collect::<Vec<_>>();
            let selected = if !was.method.is_empty() {
                was.method.clone()
            } else {
                HandOverMethod::asked(d.delivery.receive).as_str().to_string()
            };
            view! {
                <Radios name="method" legend=td_string!(locale, office.method_label) options=options selected=selected errors=errors/>
                <TextField name="tracking" label=td_string!(locale, office.tracking_label) hint=td_string!(locale, office.tracking_hint) value=was.tracking.clone() errors=errors/>
            }.into_any()
        }
        Form::Apology => view! {
            <TextArea name="note" label=td_string!(locale, office.reason_label) value=note errors=errors required=required minlength=minlength/>
            <TextField name="new_due" label=td_string!(locale, office.new_due_label) hint=td_string!(locale, office.date_hint) value=was.new_due.clone() errors=errors required=true/>
        }.into_any(),
        // The result files have their own form (see `action_body`).
        Form::Note | Form::ResultFiles => view! {
            <TextArea name="note" label=td_string!(locale, office.note_optional) value=note errors=errors/>
        }.into_any(),
    }
}
