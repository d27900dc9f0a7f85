//! The "Xác thực mã OTP" step that registration, login, password recovery and the mobile
//! number change share: the page's facts, checking the code (then continuing the journey whose
//! code was right) and "Gửi lại mã".
//!
//! This module sits above the journeys: it calls each journey's continuation, and no journey
//! imports it (they share `flow` instead), so there is no cycle.

use super::{flow, login, phone, recover, register};
use crate::{
    accounts::{Journey, OtpForm, OtpView, ResendForm, Step, messages},
    backend::{self, Services, otp},
    error::{AppError, FieldErrors},
    i18n::*,
};

fn parse_journey(s: &str) -> Result<Journey, AppError> {
    Journey::parse(s).ok_or(AppError::NotFound)
}

/// Where "a new code was sent" waits for the page that tells it: the session's stored flows
/// (like the journey itself), one per journey. The form is a plain post answered with a
/// redirect, so the page learns of the new code from the server, with JavaScript or without.
fn resent_key(journey: Journey) -> String {
    format!("otp-resent:{}", journey.purpose())
}

/// Whether a new code was sent since the page was last drawn; told once.
async fn take_resent(svc: &Services, session_id: &str, journey: Journey) -> Result<bool, AppError> {
    let key = resent_key(journey);
    let kept = otp::load::<bool>(&svc.db, session_id, &key).await?;
    if kept.is_some() {
        otp::delete(&svc.db, session_id, &key).await?;
    }
    Ok(kept.is_some_and(|k| k.data))
}

/// The OTP page's facts for `journey`.
pub async fn state(journey: Journey) -> Result<OtpView, AppError> {
    let svc = backend::services()?;
    let minutes = svc.config.otp.ttl_secs / 60;
    let Some((session_id, flow)) = flow::load(&svc, journey).await? else {
        return Ok(OtpView {
            step: None,
            masked_phone: String::new(),
            masked_old_phone: None,
            resend_in: 0,
            minutes,
            resent: false,
        });
    };
    let header = flow::header(&flow)?;
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
        resent: take_resent(&svc, &session_id, journey).await?,
    })
}

/// Checks the code and continues the journey.
pub async fn verify(f: OtpForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = crate::locale::current();
    let journey = parse_journey(&f.journey)?;
    let Some((session_id, flow)) = flow::load(&svc, journey).await? else {
        leptos_axum::redirect(journey.start_path());
        return Ok(());
    };
    let header = flow::header(&flow)?;
    if header.step != Step::Otp {
        leptos_axum::redirect(journey.start_path());
        return Ok(());
    }
    let two = header.old_phone.is_some();
    let mut errs = FieldErrors::default();
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
        Err(e) => return Err(AppError::field("code", messages::otp_error(locale, e))),
    };
    match journey {
        Journey::Register => register::on_verified(&svc, &session_id, data).await,
        Journey::Login => login::on_verified(&svc, &session_id, data).await,
        Journey::Recover => recover::on_verified(&svc, &session_id, data).await,
        Journey::Phone => phone::on_verified(&svc, &session_id, data).await,
    }
}

/// "Gửi lại OTP": a new code, once the cooldown has passed; the page then says so.
pub async fn resend(f: ResendForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let journey = parse_journey(&f.journey)?;
    let Some((session_id, flow)) = flow::load(&svc, journey).await? else {
        leptos_axum::redirect(journey.start_path());
        return Ok(());
    };
    let header = flow::header(&flow)?;
    if header.step != Step::Otp {
        leptos_axum::redirect(journey.start_path());
        return Ok(());
    }
    // Password recovery for details that match no account must look the same as one that does.
    let matched = flow.data.get("user_id").is_some_and(|v| !v.is_null());
    flow::send_code(&svc, &session_id, journey, matched)
        .await?
        .map_err(|m| AppError::field("code", m))?;
    otp::save(&svc.db, &session_id, &resent_key(journey), &true).await
}
