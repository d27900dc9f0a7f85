//! Registration (Đăng ký tài khoản) as on the national portal: details and captcha → a code to
//! the mobile phone → a password → an active account, logged in.
//!
//! Citizens register by mobile subscriber with their CCCD/CMND number; organisations with their
//! tax code. The seeds' messages are used for an ID number, a username or a tax code that
//! already has an account.

use super::{
    captcha,
    flow::{send_code, set_step},
    limits, notices,
    password::check_new_password,
};
use crate::{
    accounts::{
        AccountKind, Journey, PasswordForm, RegisterForm, RegisterView, Step, messages,
        store::{self, NewUser, Outgoing},
    },
    backend::{
        self, crypto, db::is_unique_violation, internal, messaging::templates, otp, session,
    },
    error::{AppError, FieldErrors},
    i18n::*,
    locale,
};
use domain::{CitizenId, Date, Email, PersonName, PhoneNumber, TaxCode, Username};
use serde::{Deserialize, Serialize};

/// The journey's stored state.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RegisterFlow {
    step: Step,
    /// Normalised mobile number the code goes to (empty until the details are valid).
    phone: String,
    values: RegisterForm,
}

const JOURNEY: Journey = Journey::Register;

/// The registration in progress, and a new captcha when `captcha` is true.
pub async fn state(with_captcha: bool) -> Result<RegisterView, AppError> {
    let svc = backend::services()?;
    let flow = match session::current(&svc).await? {
        Some(s) => otp::load::<RegisterFlow>(&svc.db, &s.id, JOURNEY.purpose()).await?,
        None => None,
    };
    let captcha = if with_captcha {
        Some(captcha::fresh(&svc).await?)
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

impl Valid {
    fn empty(kind: AccountKind) -> Valid {
        Valid {
            kind,
            id_number: None,
            tax_code: None,
            full_name: String::new(),
            birth_date: None,
            phone: String::new(),
            email: None,
            username: None,
            representative: None,
        }
    }
}

/// A citizen's ID number, name and birth date.
fn validate_citizen(locale: Locale, f: &RegisterForm, errs: &mut FieldErrors, out: &mut Valid) {
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

/// An organisation's tax code, name and legal representative.
fn validate_organisation(
    locale: Locale,
    f: &RegisterForm,
    errs: &mut FieldErrors,
    out: &mut Valid,
) {
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

/// The contact details every registration has: the phone, and an optional e-mail and username.
fn validate_contact(locale: Locale, f: &RegisterForm, errs: &mut FieldErrors, out: &mut Valid) {
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
}

fn validate(f: &RegisterForm, errs: &mut FieldErrors) -> Option<Valid> {
    let locale = locale::current();
    let kind = match f.kind.as_str() {
        "organisation" => AccountKind::Organisation,
        _ => AccountKind::Citizen,
    };
    let mut out = Valid::empty(kind);
    match kind {
        AccountKind::Citizen => validate_citizen(locale, f, errs, &mut out),
        _ => validate_organisation(locale, f, errs, &mut out),
    }
    validate_contact(locale, f, errs, &mut out);
    errs.is_empty().then_some(out)
}

/// The seeds' messages for logins that already exist.
async fn check_logins_free(
    svc: &backend::Services,
    locale: Locale,
    v: &Valid,
) -> Result<(), AppError> {
    let mut errs = FieldErrors::default();
    let forgot = td_string!(locale, register.forgot_link).to_string();
    if let Some(id) = &v.id_number
        && store::login_taken(&svc.db, id).await?
    {
        errs.add_with_action(
            "id_number",
            td_string!(locale, register.id_exists).to_string(),
            "/quen-mat-khau",
            forgot.clone(),
        );
    }
    if let Some(tax) = &v.tax_code
        && store::login_taken(&svc.db, tax).await?
    {
        errs.add_with_action(
            "tax_code",
            td_string!(locale, register.tax_code_taken).to_string(),
            "/quen-mat-khau",
            forgot,
        );
    }
    if let Some(name) = &v.username
        && store::login_taken(&svc.db, name).await?
    {
        errs.add(
            "username",
            td_string!(locale, register.username_taken).to_string(),
        );
    }
    errs.into_result()
}

/// Step 1: the details. Valid details send a code to the phone.
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
    if !backend::captcha::check(&svc, &captcha_id, &captcha_answer).await? {
        errs.add("captcha_answer", messages::captcha_wrong(locale));
    }
    errs.into_result()?;
    let v = valid.ok_or_else(|| internal("validated details missing"))?;
    // Before the logins are looked up: whether an ID number has an account is told here.
    let caps = svc.config.start_limits;
    if let Some(refused) = limits::start(
        &svc,
        "register",
        caps.register_per_address,
        caps.register_per_network,
    )
    .await?
    {
        return Err(AppError::field(
            "phone",
            limits::refused_text(locale, refused),
        ));
    }
    check_logins_free(&svc, locale, &v).await?;

    // The confirmation e-mail sent at the end counts against the budgets now, before any
    // message leaves.
    if let Some(email) = &v.email {
        let ip = session::request_meta(&svc).ip;
        if let Err(e) = backend::budget::spend(
            &svc,
            backend::budget::Kind::Email,
            backend::budget::Pool::Open,
            email,
            &ip,
        )
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

/// Step 3: the password; creates the account and logs it in.
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
    let login = user
        .id_number
        .as_deref()
        .or(user.tax_code.as_deref())
        .unwrap_or_default();
    let masked_login = domain::mask_tail(login, 3);
    let mut messages = vec![Outgoing::sms(
        &user.phone,
        templates::registered_sms(&masked_login),
    )];
    let token = user.email.as_deref().map(|email| {
        let (token, mail) = notices::email_confirmation(&svc, &v.full_name, email);
        messages.push(mail);
        token
    });
    let id = match store::register(&svc.db, &user, token.as_ref(), &messages).await {
        Ok(id) => id,
        // Someone registered the same ID, tax code or username meanwhile.
        Err(e) if is_unique_violation(&e) => {
            return Err(AppError::Conflict(
                td_string!(locale, register.taken_meanwhile).to_string(),
            ));
        }
        Err(e) => return Err(internal(e)),
    };
    notices::wake_outbox(&svc);
    // Logging in deletes the anonymous session and the journey with it.
    session::start_authenticated(&svc, id).await?;
    leptos_axum::redirect("/dang-ky/hoan-tat");
    Ok(())
}
