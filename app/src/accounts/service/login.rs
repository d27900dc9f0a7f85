//! Login (Đăng nhập): ID number, username or tax code + password + captcha → a code to the
//! registered phone → a new session. One message for every kind of failure; unknown accounts
//! take as long as known ones. And logout.
//!
//! Guessing is limited so that one patient attacker gets few guesses at an account, however
//! many addresses they use, without ever locking its owner out:
//! - **per account, across all addresses**: after a few failures each further try waits, twice
//!   as long after each failure (settings `PORTAL_LOGIN_ACCOUNT_*`). An unknown identifier has
//!   a guard of its own, so it behaves alike;
//! - **per account and address** (an IPv4 address, an IPv6 /64): the same, always applied;
//! - **per address and per network** (IPv4 /24): failed logins in 15 minutes, whatever the
//!   account (`PORTAL_LOGIN_FAILURES_PER_*`).
//!
//! The owner is not slowed down by other people's failures: the per-account guard and the
//! address and network counts are not applied at a **known place**, an address where the
//! account completed a login (password and SMS code) or proved its phone with a recovery code in
//! the last 30 days (`PORTAL_LOGIN_PLACE_DAYS`; stored as a keyed hash of account and address).
//! Elsewhere the refusal sends the owner to the SMS step (recovery), which makes the place known.
//! An attacker's failures never count at the owner's place, and nothing an attacker's own
//! account does there clears them: a success forgets only its own account's guards, and the
//! address and network counts are never taken back.

use super::{captcha, flow::send_code, limits::wait_text, users};
use crate::{
    accounts::{Journey, LoginForm, LoginView, Step, home_for, messages},
    backend::{self, audit, budget, crypto, internal, otp, session, throttle},
    error::{AppError, FieldError, FieldErrors},
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

/// The keys of one login's limits.
struct Keys {
    /// The account's guard across all addresses (or the unknown identifier's).
    account: String,
    /// The account's guard at this address.
    here: String,
    /// The place: the account at this address.
    place: String,
    /// Failed logins from this address, and from its network.
    address: String,
    network: String,
}

impl Keys {
    /// `user_id`: the account the identifier names, if any.
    fn new(svc: &backend::Services, identifier: &str, user_id: Option<i64>) -> Keys {
        let ip = session::request_meta(svc).ip;
        let address = budget::address_of(&ip);
        let who = match user_id {
            Some(id) => format!("account:{id}"),
            None => format!("identifier:{}", users::compact_login(identifier)),
        };
        let key = |parts: &[&str]| crypto::keyed_hash(&svc.config.secret_key, parts);
        Keys {
            account: format!("login:acct:{}", key(&["login-account", &who])),
            here: format!("login:{}", key(&["login", &who, &address])),
            place: key(&["login-place", &who, &address]),
            address: format!("login:ip:{address}"),
            network: format!("login:net:{}", budget::network_of(&ip)),
        }
    }
}

/// The account's login completed, or its phone was proved, from this request's address: the
/// place becomes known, and the account's failures at this address are forgotten. Its failures
/// elsewhere are not: the owner's success does not give a stranger new free guesses.
pub(super) async fn remember_place(svc: &backend::Services, user_id: i64) -> Result<(), AppError> {
    let keys = Keys::new(svc, "", Some(user_id));
    throttle::remember_place(&svc.db, &keys.place, user_id).await?;
    throttle::succeeded(&svc.db, &keys.here).await?;
    Ok(())
}

/// "Thử lại sau N phút": the account's guard at this address holds the try back.
fn throttled(locale: Locale, wait_secs: i64) -> AppError {
    let minutes = ((wait_secs + 59) / 60).max(1).to_string();
    AppError::field(
        "identifier",
        td_string!(locale, login.throttled, minutes = minutes.as_str()).to_string(),
    )
}

/// Which of login's limits holds this try back, if one does. Counts the try against the guards
/// that let it through (before the password is checked: parallel tries cannot all see a clean
/// slate); `Ok(Ok(counted_on_account))` when none holds it back.
async fn hold(
    svc: &backend::Services,
    locale: Locale,
    keys: &Keys,
) -> Result<Result<bool, AppError>, AppError> {
    let caps = svc.config.login_limits;
    let refusal = |key: &'static str, secs: i64| {
        let wait = wait_text(locale, secs);
        match key {
            "network" => td_string!(locale, limits.login_network, wait = wait.as_str()),
            _ => td_string!(locale, limits.login_address, wait = wait.as_str()),
        }
        .to_string()
    };
    let known = throttle::place_known(&svc.db, &keys.place, caps.place_secs).await?;
    if !known {
        let retry = throttle::retry_after(caps.window_secs);
        if throttle::count(&svc.db, &keys.address, caps.window_secs).await? >= caps.per_address {
            return Ok(Err(AppError::field(
                "identifier",
                refusal("address", retry),
            )));
        }
        if throttle::count(&svc.db, &keys.network, caps.window_secs).await? >= caps.per_network {
            return Ok(Err(AppError::field(
                "identifier",
                refusal("network", retry),
            )));
        }
        if let throttle::Attempt::Locked { wait_secs } =
            throttle::attempt(&svc.db, &keys.account, caps.account).await?
        {
            let wait = wait_text(locale, wait_secs);
            return Ok(Err(AppError::Validation(vec![FieldError {
                field: "identifier".into(),
                message: td_string!(locale, limits.login_account, wait = wait.as_str()).to_string(),
                action: Some((
                    "/quen-mat-khau".into(),
                    td_string!(locale, limits.login_account_action).to_string(),
                )),
            }])));
        }
    }
    if let throttle::Attempt::Locked { wait_secs } =
        throttle::attempt(&svc.db, &keys.here, caps.guard).await?
    {
        return Ok(Err(throttled(locale, wait_secs)));
    }
    Ok(Ok(!known))
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

    let user = users::user_by_login(&svc, &f.identifier).await?;
    let keys = Keys::new(&svc, &f.identifier, user.as_ref().map(|u| u.id));
    let counted_on_account = hold(&svc, locale, &keys).await??;
    let hash = user
        .as_ref()
        .filter(|u| u.active)
        .map(|u| u.password_hash.clone());
    let ok = crypto::verify_password(&svc.cpu, f.password, hash).await?;
    let Some(user) = user.filter(|_| ok) else {
        // Counted wherever it happened; never taken back by anyone's success.
        let window = svc.config.login_limits.window_secs;
        throttle::hit(&svc.db, &keys.address, window).await?;
        throttle::hit(&svc.db, &keys.network, window).await?;
        return Err(AppError::field(
            "identifier",
            td_string!(locale, login.failed).to_string(),
        ));
    };
    // The password was right here: its guard at this address is forgotten, and this try taken
    // back from the account's guard across addresses (never its other failures, nor the
    // address's count).
    throttle::succeeded(&svc.db, &keys.here).await?;
    if counted_on_account {
        throttle::was_right(&svc.db, &keys.account).await?;
    }
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
    remember_place(svc, user.id).await?;
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
