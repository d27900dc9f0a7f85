//! Login (Đăng nhập): ID number, username or tax code + password + captcha → a code to the
//! registered phone → a new session. One message for every kind of failure; unknown accounts
//! take as long as known ones; failures are limited per account identifier and per address.
//! And logout.

use super::{captcha, flow::send_code, users};
use crate::{
    accounts::{Journey, LoginForm, LoginView, Step, home_for, messages},
    backend::{self, audit, crypto, internal, otp, session, throttle},
    error::{AppError, FieldErrors},
    i18n::*,
    locale,
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct LoginFlow {
    step: Step,
    phone: String,
    identifier: String,
    next: String,
    user_id: Option<i64>,
}

const JOURNEY: Journey = Journey::Login;

/// The login page's facts: the identifier typed before (never the password) and a captcha.
pub async fn state() -> Result<LoginView, AppError> {
    let svc = backend::services()?;
    let identifier = match session::current(&svc).await? {
        Some(s) => otp::load::<LoginFlow>(&svc.db, &s.id, JOURNEY.purpose())
            .await?
            .map(|f| f.data.identifier)
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(LoginView {
        identifier,
        captcha: captcha::fresh(&svc).await?,
    })
}

/// The guard of this identifier from this address, and the address's failure counter.
fn throttle_keys(svc: &backend::Services, identifier: &str) -> (String, String) {
    let compact = users::compact_login(identifier);
    let ip = session::request_meta(svc).ip;
    (
        format!(
            "login:{}",
            crypto::keyed_hash(&svc.config.secret_key, &["login", &compact, &ip])
        ),
        format!("login:ip:{ip}"),
    )
}

/// "Thử lại sau N phút" for a wait in seconds.
fn throttled(locale: Locale, wait_secs: i64) -> AppError {
    let minutes = ((wait_secs + 59) / 60).max(1).to_string();
    AppError::field(
        "identifier",
        td_string!(locale, login.throttled, minutes = minutes.as_str()).to_string(),
    )
}

/// The form's own checks: something typed in each box, and the captcha.
async fn check_form(
    svc: &backend::Services,
    locale: Locale,
    f: &LoginForm,
) -> Result<(), AppError> {
    let mut errs = FieldErrors::default();
    if f.identifier.trim().is_empty() {
        errs.add(
            "identifier",
            td_string!(locale, login.identifier_missing).to_string(),
        );
    }
    if f.password.is_empty() {
        errs.add(
            "password",
            td_string!(locale, login.password_missing).to_string(),
        );
    }
    if !backend::captcha::check(svc, &f.captcha_id, &f.captcha_answer).await? {
        errs.add("captcha_answer", messages::captcha_wrong(locale));
    }
    errs.into_result()
}

/// Step 1: the password; a code goes to the account's phone.
pub async fn login(f: LoginForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let session = session::ensure(&svc).await?;
    let next = crate::safe_local_path(&f.next)
        .unwrap_or_default()
        .to_string();
    let mut flow = LoginFlow {
        step: Step::Details,
        phone: String::new(),
        identifier: f.identifier.trim().to_string(),
        next,
        user_id: None,
    };
    otp::restart(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;
    check_form(&svc, locale, &f).await?;

    // The try is counted before the password is checked: parallel tries cannot all see a
    // clean slate. It is forgotten if the password is right.
    let limits = svc.config.login_limits;
    let (guard_key, ip_key) = throttle_keys(&svc, &f.identifier);
    if let throttle::Attempt::Locked { wait_secs } =
        throttle::attempt(&svc.db, &guard_key, limits.guard).await?
    {
        return Err(throttled(locale, wait_secs));
    }
    let from_address = throttle::hit(&svc.db, &ip_key, limits.window_secs).await?;
    if from_address > limits.per_address {
        return Err(throttled(locale, throttle::retry_after(limits.window_secs)));
    }

    let user = users::user_by_login(&svc, &f.identifier).await?;
    let hash = user
        .as_ref()
        .filter(|u| u.active)
        .map(|u| u.password_hash.clone());
    let ok = crypto::verify_password(&svc.cpu, f.password, hash).await?;
    let Some(user) = user.filter(|_| ok) else {
        return Err(AppError::field(
            "identifier",
            td_string!(locale, login.failed).to_string(),
        ));
    };
    throttle::succeeded(&svc.db, &guard_key).await?;
    throttle::unhit(&svc.db, &ip_key, limits.window_secs).await?;
    flow.step = Step::Otp;
    flow.phone = user.phone.clone();
    flow.user_id = Some(user.id);
    otp::save(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;
    if let Err(message) = send_code(&svc, &session.id, JOURNEY, true).await? {
        flow.step = Step::Details;
        otp::save(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;
        return Err(AppError::field("identifier", message));
    }
    audit::record(&svc.db.pool, Some(user.id), "login.password_ok", "").await?;
    leptos_axum::redirect("/dang-nhap/xac-thuc");
    Ok(())
}

/// The code was right: a new session for the user.
pub async fn on_verified(
    svc: &backend::Services,
    _session_id: &str,
    data: serde_json::Value,
) -> Result<(), AppError> {
    let flow: LoginFlow = serde_json::from_value(data)?;
    let user_id = flow
        .user_id
        .ok_or_else(|| internal("login flow without user"))?;
    let user = users::user_by_id(svc, user_id)
        .await?
        .filter(|u| u.active)
        .ok_or(AppError::Unauthenticated)?;
    session::start_authenticated(svc, user.id).await?;
    // Messages about their dossiers are sent in the language they log in with.
    users::set_language(svc, user.id, locale::code(locale::current())).await?;
    audit::record(&svc.db.pool, Some(user.id), "login", "").await?;
    let default = home_for(user.kind);
    let next = if flow.next.is_empty() {
        default
    } else {
        flow.next.as_str()
    };
    leptos_axum::redirect(next);
    Ok(())
}

/// Ends the session and goes to the home page.
pub async fn logout() -> Result<(), AppError> {
    let svc = backend::services()?;
    if let Some(user) = users::current_user(&svc).await? {
        audit::record(&svc.db.pool, Some(user.id), "logout", "")
            .await
            .map_err(internal)?;
    }
    session::end(&svc).await?;
    leptos_axum::redirect("/");
    Ok(())
}
