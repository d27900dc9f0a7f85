//! Forgot password (Quên mật khẩu): account kind, ID number or tax code, the registered phone
//! and a captcha → a code to that phone → a new password; every session of the account ends and
//! a notice is sent. The portal never sends a password. Whether the details match an account is
//! never told: the next page looks the same either way, and only a real code passes.

use super::{
    captcha::{CaptchaField, CaptchaView},
    flow::{Step, WhenVerified},
    password::{NewPasswordInputs, PasswordForm},
};
use crate::{
    components::{
        PageTitle,
        form::{Radios, Submit, TextField, errors_of},
        page::FormPage,
    },
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RecoverForm {
    /// "citizen" or "organisation".
    pub kind: String,
    pub identifier: String,
    pub phone: String,
    pub captcha_id: String,
    pub captcha_answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoverView {
    pub step: Option<Step>,
    pub values: RecoverForm,
    pub captcha: Option<CaptchaView>,
}

#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RecoverFlow {
    step: Step,
    phone: String,
    values: RecoverForm,
    /// The matching account; `None` when the details match none (the code then never passes).
    user_id: Option<i64>,
}

#[cfg(feature = "ssr")]
const JOURNEY: super::flow::Journey = super::flow::Journey::Recover;

#[server(prefix = "/api", endpoint = "recover/state")]
pub async fn recover_state(captcha: bool) -> Result<RecoverView, AppError> {
    let result: Result<RecoverView, AppError> = async move {
        use crate::backend::{otp, session};
        let svc = crate::backend::services()?;
        let flow = match session::current(&svc).await? {
            Some(s) => otp::load::<RecoverFlow>(&svc.db, &s.id, JOURNEY.purpose()).await?,
            None => None,
        };
        let captcha = if captcha {
            Some(super::captcha::fresh(&svc).await?)
        } else {
            None
        };
        Ok(RecoverView {
            step: flow.as_ref().map(|f| f.data.step),
            values: flow.map(|f| f.data.values).unwrap_or_default(),
            captcha,
        })
    }
    .await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "recover/start")]
pub async fn recover_start(f: RecoverForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::start(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "recover/password")]
pub async fn recover_password(f: PasswordForm) -> Result<(), AppError> {
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
            service,
        },
        backend::{self, audit, captcha, crypto, internal, now_epoch, otp, session},
        error::FieldErrors,
        locale,
        site::SiteInfo,
    };
    use domain::{CitizenId, PhoneNumber, TaxCode};

    pub async fn start(mut f: RecoverForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let session = session::ensure(&svc).await?;
        let captcha_id = std::mem::take(&mut f.captcha_id);
        let captcha_answer = std::mem::take(&mut f.captcha_answer);
        let mut flow = RecoverFlow {
            step: Step::Details,
            phone: String::new(),
            values: f.clone(),
            user_id: None,
        };
        otp::restart(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;

        let mut errs = FieldErrors::default();
        let identifier = match f.kind.as_str() {
            "citizen" => match CitizenId::parse(&f.identifier, None) {
                Ok(id) => Some(id.as_str().to_string()),
                Err(e) => {
                    errs.add("identifier", messages::citizen_id_error(locale, e));
                    None
                }
            },
            "organisation" => match TaxCode::parse(&f.identifier) {
                Ok(t) => Some(t.as_str().to_string()),
                Err(e) => {
                    errs.add("identifier", messages::tax_code_error(locale, e));
                    None
                }
            },
            _ => {
                errs.add("kind", td_string!(locale, recover.kind_missing).to_string());
                None
            }
        };
        let phone = match PhoneNumber::parse(&f.phone) {
            Ok(p) => Some(p.as_str().to_string()),
            Err(e) => {
                errs.add("phone", messages::phone_error(locale, e));
                None
            }
        };
        if !captcha::check(&svc, &captcha_id, &captcha_answer).await? {
            errs.add("captcha_answer", messages::captcha_wrong(locale));
        }
        errs.into_result()?;
        let (identifier, phone) = identifier
            .zip(phone)
            .ok_or_else(|| internal("validated recovery details missing"))?;

        let user = service::user_by_login(&svc, &identifier)
            .await?
            .filter(|u| {
                u.active
                    && u.phone == phone
                    && match f.kind.as_str() {
                        "citizen" => u.id_number.as_deref() == Some(identifier.as_str()),
                        _ => u.tax_code.as_deref() == Some(identifier.as_str()),
                    }
            });
        flow.step = Step::Otp;
        flow.phone = phone.clone();
        flow.user_id = user.as_ref().map(|u| u.id);
        otp::save(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;
        if let Err(message) = send_code(&svc, &session.id, JOURNEY, user.is_some()).await? {
            flow.step = Step::Details;
            otp::save(&svc.db, &session.id, JOURNEY.purpose(), &flow).await?;
            return Err(AppError::field("phone", message));
        }
        leptos_axum::redirect("/quen-mat-khau/xac-thuc");
        Ok(())
    }

    pub async fn on_verified(
        svc: &backend::Services,
        session_id: &str,
        data: serde_json::Value,
    ) -> Result<(), AppError> {
        set_step(svc, session_id, JOURNEY, data, Step::Verified).await?;
        leptos_axum::redirect("/quen-mat-khau/mat-khau-moi");
        Ok(())
    }

    pub async fn password(f: PasswordForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let Some(s) = session::current(&svc).await? else {
            leptos_axum::redirect("/quen-mat-khau");
            return Ok(());
        };
        let flow = otp::load::<RecoverFlow>(&svc.db, &s.id, JOURNEY.purpose()).await?;
        let Some((flow, user_id)) = flow
            .filter(|f| f.data.step == Step::Verified)
            .and_then(|f| f.data.user_id.map(|id| (f, id)))
        else {
            leptos_axum::redirect("/quen-mat-khau");
            return Ok(());
        };
        check_new_password(locale, &f.password, &f.confirm)?;
        let user = service::user_by_id(&svc, user_id)
            .await?
            .ok_or_else(|| internal("recovered account vanished"))?;
        let hash = crypto::hash_password(&svc.cpu, f.password).await?;
        let hotline = use_context::<SiteInfo>()
            .map(|s| s.hotline)
            .unwrap_or_default();
        let mut tx = svc.db.begin().await?;
        sqlx::query(
            "UPDATE users SET password_hash = $1, password_changed_at = $2, updated_at = $2 WHERE id = $3",
        )
        .bind(hash)
        .bind(now_epoch())
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
        // Every session of the account ends, wherever it was opened.
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        audit::record(&mut *tx, Some(user.id), "password.recovered", "").await?;
        service::queue_password_notice(&mut tx, &user, &hotline).await?;
        tx.commit().await?;
        service::wake_outbox(&svc);
        otp::delete(&svc.db, &s.id, JOURNEY.purpose()).await?;
        let _ = flow;
        leptos_axum::redirect("/quen-mat-khau/hoan-tat");
        Ok(())
    }
}

/// "Quên mật khẩu": the details.
#[component]
pub fn RecoverPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RecoverStart>::new();
    let errors = errors_of(action);
    let state = Resource::new(move || action.version().get(), |_| recover_state(true));
    let title = Signal::derive(move || td_string!(locale, recover.title).to_string());
    view! {
        <FormPage title=title errors=errors back="/dang-nhap">
            <p class="lead">{td!(locale, recover.lead)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let st = match state.await {
                        Ok(st) => st,
                        Err(e) => return view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    };
                    let v = st.values;
                    let kind = if v.kind.is_empty() { "citizen".to_string() } else { v.kind.clone() };
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <Radios name="kind" legend=td_string!(locale, recover.kind)
                                options=vec![
                                    ("citizen".to_string(), td_string!(locale, recover.kind_citizen).to_string()),
                                    ("organisation".to_string(), td_string!(locale, recover.kind_organisation).to_string()),
                                ]
                                selected=kind errors=errors/>
                            <TextField name="identifier" label=td_string!(locale, recover.identifier)
                                hint=td_string!(locale, recover.identifier_hint) value=v.identifier
                                errors=errors inputmode="numeric" width="w20" autocomplete="username"/>
                            <TextField name="phone" label=td_string!(locale, recover.phone)
                                hint=td_string!(locale, recover.phone_hint) value=v.phone errors=errors
                                input_type="tel" autocomplete="tel" width="w10"/>
                            {st.captcha.map(|c| view! { <CaptchaField captcha=c errors=errors/> })}
                            <Submit label=td_string!(locale, recover.submit)/>
                        </ActionForm>
                    }.into_any()
                })}
            </Transition>
        </FormPage>
    }
}

/// "Đặt lại mật khẩu" after the code.
#[component]
pub fn RecoverPasswordPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RecoverPassword>::new();
    let errors = errors_of(action);
    let verified = Resource::new(
        || (),
        |_| async {
            recover_state(false)
                .await
                .map(|s| s.step == Some(Step::Verified))
        },
    );
    view! {
        <FormPage title=td_string!(locale, recover.password_title).to_string() errors=errors>
            <WhenVerified verified=verified start="/quen-mat-khau">
                <ActionForm action=action attr:novalidate=true>
                    <NewPasswordInputs errors=errors/>
                    <Submit label=td_string!(locale, recover.password_submit)/>
                </ActionForm>
            </WhenVerified>
        </FormPage>
    }
}

/// "Đặt lại mật khẩu thành công".
#[component]
pub fn RecoverDonePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, recover.done_title).to_string())/>
        <div class="narrow">
            <div class="panel">
                <h1>{td!(locale, recover.done_title)}</h1>
                <p>{td!(locale, recover.done_body)}</p>
            </div>
            <p><A href="/dang-nhap" attr:class="button">{td!(locale, login.submit)}</A></p>
        </div>
    }
}
