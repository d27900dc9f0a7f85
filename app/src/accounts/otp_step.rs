//! The "Xác thực mã OTP" step that registration, login, password recovery and the mobile number
//! change share: one page, one pair of server functions, and the continuation of each journey
//! once its code is right.
//!
//! This module sits above the journeys: it calls each journey's continuation, and no journey
//! imports it (they share `flow` instead), so there is no cycle.

use super::flow::Step;
#[cfg(feature = "ssr")]
use super::flow::server;
use crate::{
    components::FormPage,
    components::form::{OtpField, Submit, errors_of},
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use serde::{Deserialize, Serialize};

/// The journeys' enum, where the routes name it.
pub use super::flow::Journey;

/// What the OTP page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtpView {
    pub step: Option<Step>,
    /// "036****314".
    pub masked_phone: String,
    /// A phone change also proves the current number with a second code sent to it.
    pub masked_old_phone: Option<String>,
    /// Seconds before "Gửi lại OTP" may be used.
    pub resend_in: i64,
    /// Minutes a code stays valid.
    pub minutes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct OtpForm {
    pub journey: String,
    pub code: String,
    /// The code sent to the current number (phone change).
    pub code_old: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ResendForm {
    pub journey: String,
}

#[cfg(feature = "ssr")]
fn parse_journey(s: &str) -> Result<Journey, AppError> {
    match s {
        "register" => Ok(Journey::Register),
        "login" => Ok(Journey::Login),
        "recover" => Ok(Journey::Recover),
        "phone" => Ok(Journey::Phone),
        _ => Err(AppError::NotFound),
    }
}

/// The OTP page's facts for `journey`.
#[server(prefix = "/api", endpoint = "otp/state")]
pub async fn otp_state(journey: Journey) -> Result<OtpView, AppError> {
    let result: Result<OtpView, AppError> = async move {
        let svc = crate::backend::services()?;
        let minutes = svc.config.otp.ttl_secs / 60;
        let Some((_, flow)) = server::load(&svc, journey).await? else {
            return Ok(OtpView {
                step: None,
                masked_phone: String::new(),
                masked_old_phone: None,
                resend_in: 0,
                minutes,
            });
        };
        let header = server::header(&flow)?;
        let masked = |p: &str| {
            domain::PhoneNumber::parse(p)
                .map(|p| p.masked())
                .unwrap_or_default()
        };
        Ok(OtpView {
            step: Some(header.step),
            masked_phone: masked(&header.phone),
            masked_old_phone: header.old_phone.as_deref().map(masked),
            resend_in: flow.resend_in(&svc.config.otp),
            minutes,
        })
    }
    .await;
    result.map_err(AppError::respond)
}

/// Checks the code and continues the journey.
#[server(prefix = "/api", endpoint = "otp/verify")]
pub async fn otp_verify(f: OtpForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move {
        use crate::backend::otp;
        let svc = crate::backend::services()?;
        let locale = crate::locale::current();
        let journey = parse_journey(&f.journey)?;
        let Some((session_id, flow)) = server::load(&svc, journey).await? else {
            leptos_axum::redirect(journey.start_path());
            return Ok(());
        };
        let header = server::header(&flow)?;
        if header.step != Step::Otp {
            leptos_axum::redirect(journey.start_path());
            return Ok(());
        }
        let two = header.old_phone.is_some();
        let mut errs = crate::error::FieldErrors::default();
        if !f.code.chars().any(|c| c.is_ascii_digit()) {
            errs.add("code", td_string!(locale, otp.code_missing).to_string());
        }
        if two && !f.code_old.chars().any(|c| c.is_ascii_digit()) {
            errs.add("code_old", td_string!(locale, otp.code_missing).to_string());
        }
        errs.into_result()?;
        let codes: Vec<&str> = if two {
            vec![f.code.as_str(), f.code_old.as_str()]
        } else {
            vec![f.code.as_str()]
        };
        // The journey goes on with the flow exactly as the codes were checked against.
        let data = match otp::verify(&svc, &session_id, journey.purpose(), &codes).await? {
            Ok(data) => data,
            Err(e) => {
                return Err(AppError::field(
                    "code",
                    crate::accounts::messages::otp_error(locale, e),
                ));
            }
        };
        match journey {
            Journey::Register => {
                super::register::server::on_verified(&svc, &session_id, data).await
            }
            Journey::Login => super::login::server::on_verified(&svc, &session_id, data).await,
            Journey::Recover => super::recover::server::on_verified(&svc, &session_id, data).await,
            Journey::Phone => {
                super::security::server::on_phone_verified(&svc, &session_id, data).await
            }
        }
    }
    .await;
    result.map_err(AppError::respond)
}

/// "Gửi lại OTP": a new code, once the cooldown has passed.
#[server(prefix = "/api", endpoint = "otp/resend")]
pub async fn otp_resend(f: ResendForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move {
        let svc = crate::backend::services()?;
        let journey = parse_journey(&f.journey)?;
        let Some((session_id, flow)) = server::load(&svc, journey).await? else {
            leptos_axum::redirect(journey.start_path());
            return Ok(());
        };
        let header = server::header(&flow)?;
        if header.step != Step::Otp {
            leptos_axum::redirect(journey.start_path());
            return Ok(());
        }
        // Password recovery for details that match no account must look the same as one that does.
        let deliver =
            journey != Journey::Recover || flow.data.get("user_id").is_some_and(|v| !v.is_null());
        server::send_code(&svc, &session_id, journey, deliver)
            .await?
            .map_err(|m| AppError::field("code", m))
    }
    .await;
    result.map_err(AppError::respond)
}

/// "Xác thực mã OTP" for `journey`.
#[component]
pub fn OtpStepPage(journey: Journey) -> impl IntoView {
    let locale = use_locale();
    let verify = ServerAction::<OtpVerify>::new();
    let resend = ServerAction::<OtpResend>::new();
    let verify_errors = errors_of(verify);
    let resend_errors = errors_of(resend);
    let errors = Signal::derive(move || {
        let mut all = verify_errors.get();
        all.extend(resend_errors.get());
        all
    });
    let resent = Signal::derive(move || matches!(resend.value().get(), Some(Ok(()))));
    let state = Resource::new(move || resend.version().get(), move |_| otp_state(journey));
    let title = Signal::derive(move || td_string!(locale, otp.title).to_string());
    view! {
        <FormPage title=title errors=errors back=journey.start_path()>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) if matches!(s.step, Some(Step::Otp)) => {
                            let minutes = s.minutes.to_string();
                            view! {
                                {resent.get().then(|| view! {
                                    <div class="notice" role="status">
                                        <p>{td!(locale, otp.resent)}</p>
                                    </div>
                                })}
                                {match s.masked_old_phone.clone() {
                                    None => view! {
                                        <p class="lead">
                                            {if journey == Journey::Recover {
                                                td_string!(locale, otp.sent_if_match)
                                            } else {
                                                td_string!(locale, otp.sent_to)
                                            }}
                                            " " <strong class="nowrap">{s.masked_phone.clone()}</strong>
                                        </p>
                                    }.into_any(),
                                    Some(_) => view! {
                                        <p class="lead">{td!(locale, otp.sent_to_both)}</p>
                                    }.into_any(),
                                }}
                                <ActionForm action=verify attr:novalidate=true>
                                    <input type="hidden" name="f[journey]" value=journey.purpose()/>
                                    {match s.masked_old_phone.clone() {
                                        None => view! {
                                            <OtpField
                                                label=td_string!(locale, otp.label)
                                                hint=td_string!(locale, otp.hint, minutes = minutes.as_str()).to_string()
                                                errors=verify_errors
                                            />
                                        }.into_any(),
                                        Some(old) => {
                                            let new_label = format!("{} {}", td_string!(locale, otp.label_new), s.masked_phone);
                                            let old_label = format!("{} {}", td_string!(locale, otp.label_old), old);
                                            let hint = td_string!(locale, otp.hint, minutes = minutes.as_str()).to_string();
                                            view! {
                                                <OtpField label=new_label hint=hint.clone() errors=verify_errors/>
                                                <OtpField name="code_old" label=old_label hint=hint errors=verify_errors/>
                                            }.into_any()
                                        }
                                    }}
                                    <Submit label=td_string!(locale, otp.submit)/>
                                </ActionForm>
                                <ActionForm action=resend attr:class="resend-form">
                                    <input type="hidden" name="f[journey]" value=journey.purpose()/>
                                    <p>
                                        {td!(locale, otp.not_received)}" "
                                        <button type="submit" class="link-button">{td!(locale, otp.resend)}</button>
                                    </p>
                                    {(s.resend_in > 0).then(|| {
                                        let secs = s.resend_in.to_string();
                                        view! { <p class="hint">{td_string!(locale, otp.wait, seconds = secs.as_str()).to_string()}</p> }
                                    })}
                                </ActionForm>
                            }
                                .into_any()
                        }
                        // The code was accepted: the next page is on its way.
                        Ok(s) if matches!(s.step, Some(Step::Verified)) => ().into_any(),
                        Ok(_) => view! { <Redirect path=journey.start_path()/> }.into_any(),
                        Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </FormPage>
    }
}
