//! Composing a dossier, one question per page (SPEC §4): the receiving agency, the applicant, the
//! documents, how the result is received, "check your answers", then the confirmation with the
//! code. Every step is saved on the server ("Lưu hồ sơ" keeps the draft for later), so nothing
//! typed is lost, with JavaScript or without.

use super::*;
use crate::routes::step_path;
use crate::{
    accounts::pages::{AddressFields, RequireLogin},
    catalog::{format_vnd, get_procedure},
    components::{
        ErrorNotice, FormPage, PageTitle,
        form::{Checkbox, Errors, Hidden, Radios, Select, Submit, TextField, errors_of},
    },
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use domain::{
    delivery::{ALL_DELIVERY_MODES, DeliveryMode},
    dossier::Status,
};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Redirect},
    hooks::{use_params_map, use_query_map},
};

/// The dossier's public id from the URL.
pub fn use_pid() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("pid").unwrap_or_default()))
}

/// Renders `f` with the dossier once loaded; sends anonymous visitors to log in, and a dossier
/// that is not a draft (when `draft` is true) to its own page.
pub fn with_dossier<F, V>(
    resource: Resource<Result<DossierView, AppError>>,
    draft: bool,
    f: F,
) -> impl IntoView
where
    F: Fn(DossierView) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let locale = use_locale();
    view! {
        <Transition fallback=|| ()>
            {move || {
                let f = f.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(d) if draft && d.status != Status::Draft => {
                            view! { <Redirect path=format!("/ho-so/{}", d.public_id)/> }.into_any()
                        }
                        Ok(d) => f(d).into_any(),
                        Err(AppError::Unauthenticated) => view! { <crate::accounts::pages::LoginFirst/> }.into_any(),
                        Err(AppError::NotFound) => {
                            #[cfg(feature = "ssr")]
                            if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                                res.set_status(http::StatusCode::NOT_FOUND);
                            }
                            view! { <p>{td!(locale, dossier.not_found)}</p> }.into_any()
                        }
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// "Bước 2/5" above a step's heading.
#[component]
fn StepCaption(n: u8) -> impl IntoView {
    let locale = use_locale();
    let n = n.to_string();
    view! { <span class="caption">{td_string!(locale, dossier.step_of, n = n.as_str()).to_string()}</span> }
}

/// "Tiếp tục" and "Lưu hồ sơ" (keeps the draft and goes to "Quản lý hồ sơ").
#[component]
fn StepButtons() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="button-group">
            <Submit label=td_string!(locale, dossier.continue_)/>
            <button type="submit" class="button button-secondary" name="f[save_only]" value="1">
                {td!(locale, dossier.save_draft)}
            </button>
        </div>
    }
}

/// "Nộp hồ sơ" from a procedure page: starts a draft.
#[component]
pub fn StartPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let procedure = Resource::new(move || code.get(), get_procedure);
    let action = ServerAction::<StartDossier>::new();
    let errors = errors_of(action);
    let title = Signal::derive(move || td_string!(locale, dossier.start_title).to_string());
    view! {
        <RequireLogin>
            <FormPage title=title errors=errors>
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        match procedure.await {
                            Ok(p) if p.online_submission => {
                                let back = format!("/thu-tuc/{}", p.code);
                                let code = p.code.clone();
                                view! {
                                    <p class="lead">{p.name.clone()}</p>
                                    <p>{td!(locale, dossier.start_lead)}</p>
                                    <ActionForm action=action>
                                        <Hidden name="code" value=code/>
                                        <Submit label=td_string!(locale, dossier.start_button)/>
                                    </ActionForm>
                                    <p><A href=back>{td!(locale, catalog.back_to_search)}</A></p>
                                }.into_any()
                            }
                            Ok(_) => view! { <div class="notice"><p>{td!(locale, catalog.no_online)}</p></div> }.into_any(),
                            Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                        }
                    })}
                </Transition>
            </FormPage>
        </RequireLogin>
    }
}

/// Step 1: the receiving agency.
#[component]
pub fn AgencyStep() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let action = ServerAction::<SaveAgency>::new();
    let errors = errors_of(action);
    let dossier = Resource::new(move || pid.get(), get_dossier);
    view! {
        <FormPage title=td_string!(locale, dossier.agency_title).to_string() errors=errors back="/ho-so".to_string()>
            {with_dossier(dossier, true, move |d| {
                let many = d.agencies.len() > 6;
                let options: Vec<(String, String)> =
                    d.agencies.iter().map(|(id, name)| (id.to_string(), name.clone())).collect();
                view! {
                    <StepCaption n=1/>
                    <p class="lead">{d.procedure_name.clone()}</p>
                    <ActionForm action=action attr:novalidate=true>
                        <Hidden name="pid" value=d.public_id.clone()/>
                        {if many {
                            view! {
                                <Select name="agency" label=td_string!(locale, dossier.agency_label)
                                    hint=td_string!(locale, dossier.agency_hint)
                                    options=options placeholder=td_string!(locale, dossier.agency_choose)
                                    selected=d.agency_id.to_string() errors=errors/>
                            }.into_any()
                        } else {
                            view! {
                                <Radios name="agency" legend=td_string!(locale, dossier.agency_label)
                                    options=options selected=d.agency_id.to_string() errors=errors/>
                            }.into_any()
                        }}
                        <StepButtons/>
                    </ActionForm>
                }
            })}
        </FormPage>
    }
}

/// Step 2: the applicant, filled from the profile and editable.
#[component]
pub fn ApplicantStep() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let action = ServerAction::<SaveApplicant>::new();
    let errors = errors_of(action);
    let dossier = Resource::new(move || pid.get(), get_dossier);
    view! {
        <FormPage title=td_string!(locale, dossier.applicant_title).to_string() errors=errors
            back=Signal::derive(move || step_path(&pid.get(), "agency")).get_untracked()>
            {with_dossier(dossier, true, move |d| {
                let a = d.applicant.clone();
                view! {
                    <StepCaption n=2/>
                    <p>{td!(locale, dossier.applicant_lead)}</p>
                    <ActionForm action=action attr:novalidate=true>
                        <Hidden name="pid" value=d.public_id.clone()/>
                        <TextField name="full_name" label=td_string!(locale, register.full_name) value=a.full_name errors=errors autocomplete="name"/>
                        <TextField name="id_number" label=td_string!(locale, dossier.id_number) value=a.id_number errors=errors width="w20" inputmode="numeric"/>
                        <TextField name="birth_date" label=td_string!(locale, register.birth_date) hint=td_string!(locale, register.birth_date_hint)
                            value=a.birth_date errors=errors width="w10" inputmode="numeric"/>
                        <TextField name="phone" label=td_string!(locale, register.phone) value=a.phone errors=errors input_type="tel" width="w10" autocomplete="tel"/>
                        <TextField name="email" label=td_string!(locale, register.email) value=a.email errors=errors input_type="email" autocomplete="email"/>
                        <TextField name="address" label=td_string!(locale, dossier.address) hint=td_string!(locale, dossier.address_hint) value=a.address errors=errors autocomplete="address-line1"/>
                        <StepButtons/>
                    </ActionForm>
                }
            })}
        </FormPage>
    }
}

fn counts(locale: Locale, originals: i64, copies: i64) -> String {
    let (o, c) = (originals.to_string(), copies.to_string());
    td_string!(
        locale,
        dossier.counts,
        originals = o.as_str(),
        copies = c.as_str()
    )
    .to_string()
}

/// "PDF, ảnh (JPG, PNG), Word, Excel; tối đa 5 MB".
pub fn file_hint(locale: Locale, max_mb: i64) -> String {
    let max = max_mb.to_string();
    td_string!(locale, dossier.file_hint, max = max.as_str()).to_string()
}

fn fee_quote(locale: Locale) -> String {
    let (inside, outside) = (
        format_vnd(super::postal_fee("x", "x")),
        format_vnd(super::postal_fee("x", "y")),
    );
    td_string!(
        locale,
        dossier.fee_quote,
        inside = inside.as_str(),
        outside = outside.as_str()
    )
    .to_string()
}

/// "12,3 KB".
pub fn size_label(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1_048_576.0).replace('.', ",")
    } else {
        format!("{:.1} KB", bytes as f64 / 1024.0).replace('.', ",")
    }
}

/// What an upload error in the URL (`?loi=…`) means.
pub fn upload_error(locale: Locale, code: &str, max_mb: i64) -> String {
    let max = max_mb.to_string();
    match code {
        "kich-thuoc" => {
            td_string!(locale, dossier.upload_too_large, max = max.as_str()).to_string()
        }
        "dinh-dang" => td_string!(locale, dossier.upload_type).to_string(),
        "trong" => td_string!(locale, dossier.upload_empty).to_string(),
        "kho-day" => td_string!(locale, dossier.upload_store_full).to_string(),
        _ => td_string!(locale, dossier.upload_failed).to_string(),
    }
}

/// A page's errors plus the upload refused by the previous post (`?loi=…&tp=…`, the upload
/// forms post to a plain route that redirects back), so that the title and the error summary
/// tell of it too, linked to its slot.
pub fn with_upload_error(
    errors: Errors,
    dossier: Resource<Result<DossierView, AppError>>,
) -> Errors {
    let locale = use_locale();
    let query = use_query_map();
    Signal::derive(move || {
        let mut list = errors.get();
        if let Some((code, slot)) = query.with(|q| q.get("loi").zip(q.get("tp"))) {
            let max = dossier
                .get()
                .and_then(Result::ok)
                .map_or(5, |d| d.max_upload_mb);
            list.push(crate::error::FieldError {
                field: format!("file-{slot}"),
                message: upload_error(locale, &code, max),
                action: None,
            });
        }
        list
    })
}

/// The forms of [`FileSlots`] that change a dossier's files in place: the page's dossier
/// resource tracks their [`FileActions::version`] so that it reloads after them.
#[derive(Clone, Copy)]
pub struct FileActions {
    attach: ServerAction<AttachDocument>,
    detach: ServerAction<DetachFile>,
}

impl FileActions {
    pub fn new() -> Self {
        FileActions {
            attach: ServerAction::new(),
            detach: ServerAction::new(),
        }
    }
}

impl Default for FileActions {
    fn default() -> Self {
        Self::new()
    }
}

/// The files of a dossier: one slot per component, with its template, its current file, an
/// upload form (the phone's camera offered) and "choose from my document store". Shared by the
/// draft's step 3 and the supplement page (`only_requested`).
#[component]
pub fn FileSlots(
    d: DossierView,
    errors: Errors,
    only_requested: bool,
    actions: FileActions,
) -> impl IntoView {
    let locale = use_locale();
    let FileActions { attach, detach } = actions;
    let attach_errors = errors_of(attach);
    let draft = d.status == Status::Draft;
    let max = d.max_upload_mb;
    let pid = d.public_id.clone();
    let store = d.store.clone();
    view! {
        <ul class="file-slots" role="list">
            {d.components.into_iter().filter(|c| !only_requested || c.requested).map(|c| {
                let pid = pid.clone();
                let store = store.clone();
                let field = format!("file-{}", c.id);
                let upload_id = format!("upload-{}", c.id);
                let camera_id = format!("camera-{}", c.id);
                let pick_id = format!("document-{}", c.id);
                let action_url = format!("/ho-so/{pid}/tep/{}", c.id);
                let cid = c.id.to_string();
                let has_error = {
                    let field = field.clone();
                    move || errors.with(|e| e.iter().any(|x| x.field == field))
                };
                view! {
                    <li class=move || if has_error() { "file-slot form-group--error" } else { "file-slot" } id=field.clone() tabindex="-1">
                        <h2 class="file-slot-name">
                            {c.name.clone()}
                            " "
                            {if c.mandatory {
                                view! { <span class="tag tag--red">{td!(locale, dossier.mandatory)}</span> }.into_any()
                            } else {
                                view! { <span class="tag tag--grey">{td!(locale, dossier.optional)}</span> }.into_any()
                            }}
                        </h2>
                        <p class="hint">
                            {counts(locale, c.originals, c.copies)}
                            {c.template_file.clone().map(|t| view! {
                                " · " <a href=format!("/templates/{t}") download=t.clone() rel="external">{td!(locale, dossier.template)}</a>
                            })}
                        </p>
                        {
                            let field = field.clone();
                            move || errors.with(|e| e.iter().find(|x| x.field == field).map(|x| view! {
                                <p class="error-message">{x.message.clone()}</p>
                            }))
                        }
                        {c.file.clone().map(|f| {
                            let pid = pid.clone();
                            view! {
                                <p class="file-current">
                                    <span class="visually-hidden">{td!(locale, dossier.current_file)}": "</span>
                                    <a href=format!("/ho-so/{pid}/tep-da-nop/{}", f.public_id) rel="external">{f.name.clone()}</a>
                                    " (" {size_label(f.size)} ")"
                                </p>
                                {draft.then(|| view! {
                                    <ActionForm action=detach attr:class="inline-form">
                                        <Hidden name="pid" value=pid.clone()/>
                                        <Hidden name="file" value=f.public_id.clone()/>
                                        <button type="submit" class="link-button">
                                            {td!(locale, dossier.remove_file)}
                                            <span class="visually-hidden">" " {f.name.clone()}</span>
                                        </button>
                                    </ActionForm>
                                })}
                            }
                        })}
                        <form class="upload-form" method="post" action=action_url.clone() enctype="multipart/form-data">
                            <label class="label" for=upload_id.clone()>
                                {if c.file.is_some() { td_string!(locale, dossier.replace_file) } else { td_string!(locale, dossier.choose_file) }}
                            </label>
                            <p class="hint">{file_hint(locale, max)}</p>
                            <div class="search-row">
                                <input class="input" type="file" id=upload_id name="file"
                                    accept=".pdf,.jpg,.jpeg,.png,.webp,.heic,.doc,.docx,.xls,.xlsx,.odt,.ods,application/pdf,image/*"/>
                                <button type="submit" class="button button-secondary">{td!(locale, dossier.upload)}</button>
                            </div>
                        </form>
                        <form class="upload-form" method="post" action=action_url enctype="multipart/form-data">
                            <label class="label" for=camera_id.clone()>{td!(locale, dossier.camera)}</label>
                            <div class="search-row">
                                <input class="input" type="file" id=camera_id name="file" accept="image/*" capture="environment"/>
                                <button type="submit" class="button button-secondary">{td!(locale, dossier.upload)}</button>
                            </div>
                        </form>
                        {(!store.is_empty()).then(|| {
                            let options: Vec<(String, String)> = store.clone();
                            view! {
                                <ActionForm action=attach attr:class="pick-form">
                                    <Hidden name="pid" value=pid.clone()/>
                                    <Hidden name="component" value=cid.clone()/>
                                    <Select name=pick_id posted_as="document" label=td_string!(locale, dossier.from_store)
                                        options=options placeholder=td_string!(locale, dossier.from_store_choose) errors=attach_errors/>
                                    <Submit label=td_string!(locale, dossier.use_document) secondary=true/>
                                </ActionForm>
                            }
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Step 3: the documents.
#[component]
pub fn DocumentsStep() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let action = ServerAction::<DocumentsDone>::new();
    let files = FileActions::new();
    let dossier = Resource::new(move || pid.get(), get_dossier);
    let errors = with_upload_error(errors_of(action), dossier);
    view! {
        <FormPage title=td_string!(locale, dossier.documents_title).to_string() errors=errors
            back=Signal::derive(move || step_path(&pid.get(), "applicant")).get_untracked()>
            {with_dossier(dossier, true, move |d| {
                let pid = d.public_id.clone();
                view! {
                    <StepCaption n=3/>
                    <p>{td!(locale, dossier.documents_lead)}</p>
                    <FileSlots d=d errors=errors only_requested=false actions=files/>
                    <ActionForm action=action>
                        <Hidden name="pid" value=pid/>
                        <StepButtons/>
                    </ActionForm>
                }
            })}
        </FormPage>
    }
}

/// The citizen's words for a delivery mode.
fn receive_label(locale: Locale, mode: DeliveryMode) -> String {
    match mode {
        DeliveryMode::Online => td_string!(locale, dossier.receive_online).to_string(),
        DeliveryMode::InPerson => td_string!(locale, dossier.receive_in_person).to_string(),
        DeliveryMode::Post => td_string!(locale, dossier.receive_post).to_string(),
    }
}

/// Step 4: how the result is received (and whether the post office collects the originals).
#[component]
pub fn DeliveryStep() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let action = ServerAction::<SaveDelivery>::new();
    let errors = errors_of(action);
    let dossier = Resource::new(move || pid.get(), get_dossier);
    view! {
        <FormPage title=td_string!(locale, dossier.delivery_title).to_string() errors=errors
            back=Signal::derive(move || step_path(&pid.get(), "documents")).get_untracked()>
            {with_dossier(dossier, true, move |d| {
                let del = d.delivery.clone();
                let options = ALL_DELIVERY_MODES
                    .into_iter()
                    .map(|m| (m.as_str().to_string(), receive_label(locale, m)))
                    .collect::<Vec<_>>();
                view! {
                    <StepCaption n=4/>
                    <ActionForm action=action attr:novalidate=true>
                        <Hidden name="pid" value=d.public_id.clone()/>
                        <Radios name="receive" legend=td_string!(locale, dossier.receive_legend)
                            options=options selected=del.receive.map_or("", DeliveryMode::as_str).to_string() errors=errors/>
                        <Checkbox name="pickup" label=td_string!(locale, dossier.pickup) checked=del.pickup errors=errors/>
                        <h2>{td!(locale, dossier.postal_address)}</h2>
                        <p class="hint">{td!(locale, dossier.postal_hint)}</p>
                        <AddressFields prefix="postal" provinces=d.provinces.clone() communes=d.communes.clone()
                            province=del.province.clone() commune=del.commune.clone() street=del.street.clone() errors=errors/>
                        <p class="notice">{fee_quote(locale)}</p>
                        <StepButtons/>
                    </ActionForm>
                }
            })}
        </FormPage>
    }
}

/// Step 5: "Kiểm tra lại thông tin", then "Nộp hồ sơ".
#[component]
pub fn ReviewStep() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let action = ServerAction::<SubmitDossier>::new();
    let errors = errors_of(action);
    let dossier = Resource::new(move || pid.get(), get_dossier);
    view! {
        <FormPage title=td_string!(locale, dossier.review_title).to_string() errors=errors
            back=Signal::derive(move || step_path(&pid.get(), "delivery")).get_untracked()>
            {with_dossier(dossier, true, move |d| {
                let pid = d.public_id.clone();
                let change = |step: &str| {
                    let href = step_path(&pid, step);
                    view! { <dd class="summary-action"><a href=href>{td!(locale, dossier.change)}</a></dd> }
                };
                let a = d.applicant.clone();
                // Left unchosen (a draft saved before the choice): online, as the draft began.
                let receive =
                    receive_label(locale, d.delivery.receive.unwrap_or(DeliveryMode::Online));
                view! {
                    <StepCaption n=5/>
                    <h2>{td!(locale, dossier.summary_procedure)}</h2>
                    <dl class="summary-list">
                        <div><dt>{td!(locale, catalog.title)}</dt><dd>{d.procedure_name.clone()}</dd><dd></dd></div>
                        <div><dt>{td!(locale, dossier.agency_label)}</dt><dd>{d.agency_name.clone()}</dd>{change("agency")}</div>
                    </dl>
                    <h2>{td!(locale, dossier.applicant_title)}</h2>
                    <dl class="summary-list">
                        <div><dt>{td!(locale, register.full_name)}</dt><dd>{a.full_name}</dd>{change("applicant")}</div>
                        <div><dt>{td!(locale, dossier.id_number)}</dt><dd>{a.id_number}</dd>{change("applicant")}</div>
                        <div><dt>{td!(locale, register.phone)}</dt><dd>{a.phone}</dd>{change("applicant")}</div>
                        <div><dt>{td!(locale, dossier.address)}</dt><dd>{a.address}</dd>{change("applicant")}</div>
                    </dl>
                    <h2>{td!(locale, dossier.documents_title)}</h2>
                    <dl class="summary-list">
                        {d.components.iter().map(|c| view! {
                            <div>
                                <dt>{c.name.clone()}</dt>
                                <dd>{c.file.as_ref().map(|f| f.name.clone()).unwrap_or_else(|| td_string!(locale, dossier.no_file).to_string())}</dd>
                                {change("documents")}
                            </div>
                        }).collect_view()}
                    </dl>
                    <h2>{td!(locale, dossier.delivery_title)}</h2>
                    <dl class="summary-list">
                        <div><dt>{td!(locale, dossier.receive_legend)}</dt><dd>{receive}</dd>{change("delivery")}</div>
                        {(d.delivery.fee > 0).then(|| view! {
                            <div><dt>{td!(locale, dossier.postal_fee)}</dt><dd>{format_vnd(d.delivery.fee)}</dd><dd></dd></div>
                        })}
                    </dl>
                    <p>{td!(locale, dossier.declaration)}</p>
                    <ActionForm action=action>
                        <Hidden name="pid" value=d.public_id.clone()/>
                        <Submit label=td_string!(locale, catalog.submit)/>
                    </ActionForm>
                }
            })}
        </FormPage>
    }
}

/// "Nộp hồ sơ thành công": the code, and what happens next.
#[component]
pub fn SubmittedPage() -> impl IntoView {
    let locale = use_locale();
    let pid = use_pid();
    let dossier = Resource::new(move || pid.get(), get_dossier);
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, dossier.submitted_title).to_string())/>
        {with_dossier(dossier, false, move |d| view! {
            <div class="narrow">
                <div class="panel">
                    <h1>{td!(locale, dossier.submitted_title)}</h1>
                    <p>{td!(locale, dossier.your_code)}</p>
                    <strong class="panel-code">{d.code.clone().unwrap_or_default()}</strong>
                </div>
                <p>{td_string!(locale, dossier.submitted_body, agency = d.agency_name.as_str()).to_string()}</p>
                <h2>{td!(locale, dossier.next_title)}</h2>
                <p>{td!(locale, dossier.next_body)}</p>
                <ul class="link-list">
                    <li><a href=format!("/ho-so/{}/bien-nhan", d.public_id) rel="external" download="">{td!(locale, dossier.receipt)}</a></li>
                    <li><A href=format!("/ho-so/{}", d.public_id)>{td!(locale, dossier.view)}</A></li>
                    <li><A href="/ho-so">{td!(locale, dossier.manage_title)}</A></li>
                </ul>
            </div>
        })}
    }
}
