//! Registration (Đăng ký tài khoản) as on the national portal: details and captcha → a code to
//! the mobile phone → a password → an active account, logged in.
//!
//! Citizens register by mobile subscriber with their CCCD/CMND number; organisations with their
//! tax code. The seeds' messages are used for an ID number, a username or a tax code that
//! already has an account.

use super::{
    AccountKind, SessionVersion,
    captcha::{CaptchaField, CaptchaView},
    flow::{Step, WhenVerified},
    password::{NewPasswordInputs, PasswordForm},
};
use crate::{
    components::{
        PageTitle,
        form::{Hidden, Submit, TextField, errors_of},
        page::FormPage,
    },
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

/// The first step's answers (also what the page shows again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    pub kind: String,
    pub id_number: String,
    pub full_name: String,
    pub birth_date: String,
    pub phone: String,
    pub email: String,
    pub username: String,
    pub tax_code: String,
    pub org_name: String,
    pub representative: String,
    pub captcha_id: String,
    pub captcha_answer: String,
}

/// What the registration pages show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterView {
    pub step: Option<Step>,
    pub values: RegisterForm,
    pub captcha: Option<CaptchaView>,
}

/// The journey's stored state.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RegisterFlow {
    step: Step,
    /// Normalised mobile number the code goes to (empty until the details are valid).
    phone: String,
    values: RegisterForm,
}

#[cfg(feature = "ssr")]
const JOURNEY: super::flow::Journey = super::flow::Journey::Register;

/// The registration in progress, and a new captcha when `captcha` is true.
#[server(prefix = "/api", endpoint = "register/state")]
pub async fn register_state(captcha: bool) -> Result<RegisterView, AppError> {
    let result: Result<RegisterView, AppError> = async move {
        use crate::backend::{otp, session};
        let svc = crate::backend::services()?;
        let flow = match session::current(&svc).await? {
            Some(s) => otp::load::<RegisterFlow>(&svc.db, &s.id, JOURNEY.purpose()).await?,
            None => None,
        };
        let captcha = if captcha {
            Some(super::captcha::fresh(&svc).await?)
        } else {
            None
        };
        Ok(match flow {
            Some(f) => RegisterView {
                step: Some(f.data.step),
                values: f.data.values,
                captcha,
            },
            None => RegisterView {
                step: None,
                values: RegisterForm::default(),
                captcha,
            },
        })
    }
    .await;
    result.map_err(AppError::respond)
}

/// Step 1: the details. Valid details send a code to the phone.
#[server(prefix = "/api", endpoint = "register/details")]
pub async fn register_details(f: RegisterForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::details(f).await }.await;
    result.map_err(AppError::respond)
}

/// Step 3: the password; creates the account and logs it in.
#[server(prefix = "/api", endpoint = "register/password")]
pub async fn register_password(f: PasswordForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::password(f).await }.await;
    result.map_err(AppError::respond)
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::{
        accounts::{
            flow::server::{send_code, set_step},
            messages,
            password::check_new_password,
            service::{self, NewUser},
        },
        backend::{
            self, audit, captcha, crypto,
            db::is_unique_violation,
            internal,
            messaging::{
                outbox::{self, Channel},
                templates,
            },
            otp, session,
        },
        error::FieldErrors,
        locale,
    };
    use domain::{CitizenId, Date, Email, PersonName, PhoneNumber, TaxCode, Username};

    /// What valid details become.
    struct Valid {
        kind: AccountKind,
        id_number: Option<String>,
        tax_code: Option<String>,
        full_name: String,
        birth_date: Option<String>,
        phone: String,
        email: Option<String>,
        username: Option<String>,
        representative: Option<String>,
    }

    fn validate(f: &RegisterForm, errs: &mut FieldErrors) -> Option<Valid> {
        let locale = locale::current();
        let kind = match f.kind.as_str() {
            "organisation" => AccountKind::Organisation,
            _ => AccountKind::Citizen,
        };
        let mut out = Valid {
            kind,
            id_number: None,
            tax_code: None,
            full_name: String::new(),
            birth_date: None,
            phone: String::new(),
            email: None,
            username: None,
            representative: None,
        };
        match kind {
            AccountKind::Citizen => {
                let birth = match Date::parse_dmy(&f.birth_date) {
                    Ok(d) if d > crate::format::vn_date(backend::now_epoch()) => {
                        errs.add("birth_date", messages::birth_date_future(locale));
                        None
                    }
                    Ok(d) => Some(d),
                    Err(e) => {
                        errs.add("birth_date", messages::date_error(locale, e));
                        None
                    }
                };
                match CitizenId::parse(&f.id_number, birth) {
                    Ok(id) => out.id_number = Some(id.as_str().to_string()),
                    Err(e) => errs.add("id_number", messages::citizen_id_error(locale, e)),
                }
                match PersonName::parse(&f.full_name) {
                    Ok(n) => out.full_name = n.as_str().to_string(),
                    Err(e) => errs.add("full_name", messages::name_error(locale, e)),
                }
                out.birth_date = birth.map(|d| d.iso());
            }
            _ => {
                match TaxCode::parse(&f.tax_code) {
                    Ok(t) => out.tax_code = Some(t.as_str().to_string()),
                    Err(e) => errs.add("tax_code", messages::tax_code_error(locale, e)),
                }
                let org = f.org_name.split_whitespace().collect::<Vec<_>>().join(" ");
                if org.chars().count() < 2 {
                    errs.add("org_name", messages::required(locale));
                } else if org.chars().count() > 250 {
                    errs.add("org_name", messages::too_long(locale, 250));
                } else {
                    out.full_name = org;
                }
                match PersonName::parse(&f.representative) {
                    Ok(n) => out.representative = Some(n.as_str().to_string()),
                    Err(e) => errs.add("representative", messages::name_error(locale, e)),
                }
            }
        }
        match PhoneNumber::parse(&f.phone) {
            Ok(p) => out.phone = p.as_str().to_string(),
            Err(e) => errs.add("phone", messages::phone_error(locale, e)),
        }
        if !f.email.trim().is_empty() {
            match Email::parse(&f.email) {
                Ok(e) => out.email = Some(e.as_str().to_string()),
                Err(e) => errs.add("email", messages::email_error(locale, e)),
            }
        }
        if !f.username.trim().is_empty() {
            match Username::parse(&f.username) {
                Ok(u) => out.username = Some(u.as_str().to_string()),
                Err(e) => errs.add("username", messages::username_error(locale, e)),
            }
        }
        errs.is_empty().then_some(out)
    }

    pub async fn details(mut f: RegisterForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let session = session::ensure(&svc).await?;
        let captcha_id = std::mem::take(&mut f.captcha_id);
        let captcha_answer = std::mem::take(&mut f.captcha_answer);
        // Keep the answers first: whatever happens next, the page shows them again.
        let mut flow = RegisterFlow {
            step: Step::Details,
            phone: String::new(),
            values: f.clone(),
        };
        otp::restart(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;

        let mut errs = FieldErrors::default();
        let valid = validate(&f, &mut errs);
        if !captcha::check(&svc, &captcha_id, &captcha_answer).await? {
            errs.add("captcha_answer", messages::captcha_wrong(locale));
        }
        errs.into_result()?;
        let v = valid.ok_or_else(|| internal("validated details missing"))?;

        // The seeds' messages for logins that already exist.
        let mut errs = FieldErrors::default();
        let forgot = td_string!(locale, register.forgot_link).to_string();
        if let Some(id) = &v.id_number
            && service::login_taken(&svc, id).await?
        {
            errs.add_with_action(
                "id_number",
                td_string!(locale, register.id_exists).to_string(),
                "/quen-mat-khau",
                forgot.clone(),
            );
        }
        if let Some(tax) = &v.tax_code
            && service::login_taken(&svc, tax).await?
        {
            errs.add_with_action(
                "tax_code",
                td_string!(locale, register.tax_code_taken).to_string(),
                "/quen-mat-khau",
                forgot,
            );
        }
        if let Some(name) = &v.username
            && service::login_taken(&svc, name).await?
        {
            errs.add(
                "username",
                td_string!(locale, register.username_taken).to_string(),
            );
        }
        errs.into_result()?;

        // The confirmation e-mail sent at the end counts against the budgets now, before any
        // message leaves.
        if let Some(email) = &v.email {
            let ip = crate::backend::session::request_meta(&svc).ip;
            if let Err(e) =
                crate::backend::budget::spend(&svc, crate::backend::budget::Kind::Email, email, &ip)
                    .await?
            {
                return Err(AppError::field(
                    "email",
                    messages::budget_error(locale, e, true),
                ));
            }
        }
        flow.step = Step::Otp;
        flow.phone = v.phone.clone();
        otp::save(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;
        if let Err(message) = send_code(&svc, &session.id, JOURNEY, true).await? {
            flow.step = Step::Details;
            otp::save(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;
            return Err(AppError::field("phone", message));
        }
        leptos_axum::redirect("/dang-ky/xac-thuc");
        Ok(())
    }

    /// The code was right: on to the password.
    pub async fn on_verified(
        svc: &backend::Services,
        session_id: &str,
        data: serde_json::Value,
    ) -> Result<(), AppError> {
        set_step(svc, session_id, JOURNEY, data, Step::Verified).await?;
        leptos_axum::redirect("/dang-ky/mat-khau");
        Ok(())
    }

    pub async fn password(f: PasswordForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let Some(s) = session::current(&svc).await? else {
            leptos_axum::redirect("/dang-ky");
            return Ok(());
        };
        let Some(flow) = otp::load::<RegisterFlow>(&svc.db, &s.id, JOURNEY.purpose()).await? else {
            leptos_axum::redirect("/dang-ky");
            return Ok(());
        };
        if flow.data.step != Step::Verified {
            leptos_axum::redirect("/dang-ky");
            return Ok(());
        }
        check_new_password(locale, &f.password, &f.confirm)?;
        let mut errs = FieldErrors::default();
        let v = validate(&flow.data.values, &mut errs)
            .ok_or_else(|| internal("stored registration details no longer valid"))?;
        let hash = crypto::hash_password(&svc.cpu, f.password).await?;
        let user = NewUser {
            kind: v.kind,
            username: v.username,
            id_number: v.id_number,
            tax_code: v.tax_code,
            full_name: v.full_name.clone(),
            birth_date: v.birth_date,
            phone: v.phone.clone(),
            email: v.email.clone(),
            password_hash: hash,
            representative: v.representative,
        };
        let mut tx = svc.db.begin().await?;
        let id = match service::insert_user(&mut tx, &user).await {
            Ok(id) => id,
            // Someone registered the same ID, tax code or username meanwhile.
            Err(e) if is_unique_violation(&e) => {
                return Err(AppError::Conflict(
                    td_string!(locale, register.taken_meanwhile).to_string(),
                ));
            }
            Err(e) => return Err(internal(e)),
        };
        audit::record(&mut *tx, Some(id), "register", user.kind.as_str()).await?;
        let login = user
            .id_number
            .as_deref()
            .or(user.tax_code.as_deref())
            .unwrap_or_default();
        let masked_login = domain::mask_tail(login, 3);
        outbox::enqueue(
            &mut *tx,
            Channel::Sms,
            &user.phone,
            "",
            &templates::registered_sms(&masked_login),
        )
        .await?;
        if let Some(email) = &user.email {
            service::queue_email_confirmation(&svc, &mut tx, id, &v.full_name, email).await?;
        }
        tx.commit().await?;
        service::wake_outbox(&svc);
        // Logging in deletes the anonymous session and the journey with it.
        session::start_authenticated(&svc, id).await?;
        leptos_axum::redirect("/dang-ky/hoan-tat");
        Ok(())
    }
}

/// "Đăng ký tài khoản": who is registering.
#[component]
pub fn RegisterChoicePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, register.title).to_string())/>
        <div class="narrow">
            <h1>{td!(locale, register.title)}</h1>
            <p class="lead">{td!(locale, register.choose)}</p>
            <ul class="choice-cards" role="list">
                <li class="card">
                    <A href="/dang-ky/cong-dan">{td!(locale, register.citizen)}</A>
                    <p>{td!(locale, register.citizen_hint)}</p>
                </li>
                <li class="card">
                    <A href="/dang-ky/to-chuc">{td!(locale, register.organisation)}</A>
                    <p>{td!(locale, register.organisation_hint)}</p>
                </li>
            </ul>
            <p>{td!(locale, register.have_account)}" "<A href="/dang-nhap">{td!(locale, nav.login)}</A></p>
        </div>
    }
}

/// Step 1 for a citizen or an organisation.
#[component]
pub fn RegisterDetailsPage(kind: AccountKind) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RegisterDetails>::new();
    let errors = errors_of(action);
    let state = Resource::new(move || action.version().get(), |_| register_state(true));
    let organisation = kind == AccountKind::Organisation;
    let title = Signal::derive(move || {
        if organisation {
            td_string!(locale, register.title_organisation)
        } else {
            td_string!(locale, register.title_citizen)
        }
        .to_string()
    });
    view! {
        <FormPage title=title errors=errors back="/dang-ky">
            <p>{td!(locale, register.required_note)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let st = match state.await {
                        Ok(st) => st,
                        Err(e) => return view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    };
                    // Answers kept from an earlier try of the same kind of registration.
                    let v = if st.values.kind == AccountKind::as_str(kind) { st.values } else { RegisterForm::default() };
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <Hidden name="kind" value=kind.as_str().to_string()/>
                            {if organisation {
                                view! {
                                    <TextField name="tax_code" label=td_string!(locale, register.tax_code)
                                        hint=td_string!(locale, register.tax_code_hint) value=v.tax_code
                                        errors=errors inputmode="numeric" width="w10" autocomplete="off"/>
                                    <TextField name="org_name" label=td_string!(locale, register.org_name)
                                        value=v.org_name errors=errors autocomplete="organization"/>
                                    <TextField name="representative" label=td_string!(locale, register.representative)
                                        value=v.representative errors=errors autocomplete="name"/>
                                }.into_any()
                            } else {
                                view! {
                                    <TextField name="id_number" label=td_string!(locale, register.id_number)
                                        hint=td_string!(locale, register.id_number_hint) value=v.id_number
                                        errors=errors inputmode="numeric" width="w10" autocomplete="off"/>
                                    <TextField name="full_name" label=td_string!(locale, register.full_name)
                                        value=v.full_name errors=errors autocomplete="name"/>
                                    <TextField name="birth_date" label=td_string!(locale, register.birth_date)
                                        hint=td_string!(locale, register.birth_date_hint) value=v.birth_date
                                        errors=errors inputmode="numeric" width="w10" autocomplete="bday"/>
                                }.into_any()
                            }}
                            <TextField name="phone" label=td_string!(locale, register.phone)
                                hint=td_string!(locale, register.phone_hint) value=v.phone errors=errors
                                input_type="tel" autocomplete="tel" width="w10"/>
                            <TextField name="email" label=td_string!(locale, register.email)
                                hint=td_string!(locale, register.email_hint) value=v.email errors=errors
                                input_type="email" autocomplete="email"/>
                            <TextField name="username" label=td_string!(locale, register.username)
                                hint=td_string!(locale, register.username_hint) value=v.username errors=errors
                                autocomplete="username" width="w20"/>
                            {st.captcha.map(|c| view! { <CaptchaField captcha=c errors=errors/> })}
                            <p class="hint">{td!(locale, register.terms)}</p>
                            <Submit label=td_string!(locale, register.submit)/>
                        </ActionForm>
                    }.into_any()
                })}
            </Transition>
            <p>{td!(locale, register.have_account)}" "<A href="/dang-nhap">{td!(locale, nav.login)}</A></p>
        </FormPage>
    }
}

/// Step 3: "Đặt mật khẩu".
#[component]
pub fn RegisterPasswordPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RegisterPassword>::new();
    let errors = errors_of(action);
    let verified = Resource::new(
        || (),
        |_| async {
            register_state(false)
                .await
                .map(|s| s.step == Some(Step::Verified))
        },
    );
    view! {
        <FormPage title=td_string!(locale, register.password_title).to_string() errors=errors>
            <WhenVerified verified=verified start="/dang-ky">
                <ActionForm action=action attr:novalidate=true>
                    <NewPasswordInputs errors=errors/>
                    <Submit label=td_string!(locale, register.submit)/>
                </ActionForm>
            </WhenVerified>
        </FormPage>
    }
}

/// "Đăng ký tài khoản thành công".
#[component]
pub fn RegisterDonePage() -> impl IntoView {
    let locale = use_locale();
    if let Some(v) = use_context::<SessionVersion>() {
        // The header learns about the new login.
        Effect::new(move |_| v.0.update(|n| *n += 1));
    }
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, register.done_title).to_string())/>
        <div class="narrow">
            <div class="panel">
                <h1>{td!(locale, register.done_title)}</h1>
                <p>{td!(locale, register.done_body)}</p>
            </div>
            <h2>{td!(locale, register.next_title)}</h2>
            <ul>
                <li><A href="/tai-khoan">{td!(locale, register.next_profile)}</A></li>
                <li><A href="/thu-tuc">{td!(locale, register.next_procedures)}</A></li>
            </ul>
        </div>
    }
}
