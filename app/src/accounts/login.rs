//! Login (Đăng nhập): ID number, username or tax code + password + captcha → a code to the
//! registered phone → a new session. One message for every kind of failure; unknown accounts
//! take as long as known ones; failures are limited per account identifier and per address.

use super::captcha::{CaptchaField, CaptchaView};
#[cfg(feature = "ssr")]
use super::flow::Step;
use crate::{
    components::FormPage,
    components::form::{Hidden, Submit, TextField, errors_of},
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    pub identifier: String,
    pub password: String,
    pub captcha_id: String,
    pub captcha_answer: String,
    /// Where to go after logging in (a local path).
    pub next: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginView {
    pub identifier: String,
    pub captcha: CaptchaView,
}

#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Serialize, Deserialize)]
struct LoginFlow {
    step: Step,
    phone: String,
    identifier: String,
    next: String,
    user_id: Option<i64>,
}

#[cfg(feature = "ssr")]
const JOURNEY: super::flow::Journey = super::flow::Journey::Login;

/// The login page's facts: the identifier typed before (never the password) and a captcha.
#[server(prefix = "/api", endpoint = "login/state")]
pub async fn login_state() -> Result<LoginView, AppError> {
    let result: Result<LoginView, AppError> = async move {
        use crate::backend::{otp, session};
        let svc = crate::backend::services()?;
        let identifier = match session::current(&svc).await? {
            Some(s) => otp::load::<LoginFlow>(&svc.db, &s.id, JOURNEY.purpose())
                .await?
                .map(|f| f.data.identifier)
                .unwrap_or_default(),
            None => String::new(),
        };
        Ok(LoginView {
            identifier,
            captcha: super::captcha::fresh(&svc).await?,
        })
    }
    .await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "login")]
pub async fn login(f: LoginForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::login(f).await }.await;
    result.map_err(AppError::respond)
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::{
        accounts::{flow::server::send_code, messages, service},
        backend::{self, audit, captcha, crypto, internal, otp, session, throttle},
        error::FieldErrors,
        locale,
    };

    /// The guard of this identifier from this address, and the address's failure counter.
    fn throttle_keys(svc: &backend::Services, identifier: &str) -> (String, String) {
        let compact: String = identifier
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
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
    fn throttled(locale: crate::i18n::Locale, wait_secs: i64) -> AppError {
        let minutes = ((wait_secs + 59) / 60).max(1).to_string();
        AppError::field(
            "identifier",
            td_string!(locale, login.throttled, minutes = minutes.as_str()).to_string(),
        )
    }

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
        if !captcha::check(&svc, &f.captcha_id, &f.captcha_answer).await? {
            errs.add("captcha_answer", messages::captcha_wrong(locale));
        }
        errs.into_result()?;

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

        let user = service::user_by_login(&svc, &f.identifier).await?;
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
        let user = service::user_by_id(svc, user_id)
            .await?
            .filter(|u| u.active)
            .ok_or(AppError::Unauthenticated)?;
        session::start_authenticated(svc, user.id).await?;
        // Messages about their dossiers are sent in the language they log in with.
        service::set_language(svc, user.id, crate::locale::code(crate::locale::current())).await?;
        audit::record(&svc.db.pool, Some(user.id), "login", "").await?;
        let default = crate::accounts::home_for(user.kind);
        let next = if flow.next.is_empty() {
            default
        } else {
            flow.next.as_str()
        };
        leptos_axum::redirect(next);
        Ok(())
    }
}

/// "Đăng nhập".
#[component]
pub fn LoginPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<Login>::new();
    let errors = errors_of(action);
    let state = Resource::new(move || action.version().get(), |_| login_state());
    let query = use_query_map();
    let next = move || query.with(|q| q.get("next").unwrap_or_default());
    let title = Signal::derive(move || td_string!(locale, login.title).to_string());
    view! {
        <FormPage title=title errors=errors>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let st = match state.await {
                        Ok(st) => st,
                        Err(e) => return view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    };
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            // Follows the address: with lazily loaded pages this form can be
                            // drawn before the router has the query of the redirect to it.
                            <Hidden name="next" value=Signal::derive(move || Some(next()))/>
                            <TextField name="identifier" label=td_string!(locale, login.identifier)
                                hint=td_string!(locale, login.identifier_hint) value=st.identifier
                                errors=errors autocomplete="username" width="w20"/>
                            <TextField name="password" label=td_string!(locale, login.password)
                                errors=errors input_type="password" autocomplete="current-password" width="w20"/>
                            <CaptchaField captcha=st.captcha errors=errors/>
                            <Submit label=td_string!(locale, login.submit)/>
                        </ActionForm>
                    }.into_any()
                })}
            </Transition>
            <ul class="link-list">
                <li><A href="/quen-mat-khau">{td!(locale, login.forgot)}</A></li>
                <li>{td!(locale, login.no_account)}" "<A href="/dang-ky">{td!(locale, nav.register)}</A></li>
            </ul>
        </FormPage>
    }
}
