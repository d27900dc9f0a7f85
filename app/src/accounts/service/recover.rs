//! Forgot password (Quên mật khẩu): account kind, ID number or tax code, the registered phone
//! and a captcha → a code to that phone → a new password; every session of the account ends and
//! a notice is sent. The portal never sends a password. Whether the details match an account is
//! never told: the next page looks the same either way, and only a real code passes.

use super::{
    captcha,
    flow::{send_code, set_step},
    limits, login, notices,
    password::check_new_password,
    users,
};
use crate::{
    accounts::{Journey, PasswordForm, RecoverForm, RecoverView, Step, messages, store},
    backend::{self, crypto, internal, otp, session},
    error::{AppError, FieldErrors},
    i18n::*,
    locale,
};
use domain::{CitizenId, PhoneNumber, TaxCode};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct RecoverFlow {
    step: Step,
    phone: String,
    values: RecoverForm,
    /// The matching account; `None` when the details match none (the code then never passes).
    user_id: Option<i64>,
}

const JOURNEY: Journey = Journey::Recover;

pub async fn state(with_captcha: bool) -> Result<RecoverView, AppError> {
    let svc = backend::services()?;
    let flow = match session::current(&svc).await? {
        Some(s) => otp::load::<RecoverFlow>(&svc.db, &s.id, JOURNEY.purpose()).await?,
        None => None,
    };
    let captcha = if with_captcha {
        Some(captcha::fresh(&svc).await?)
    } else {
        None
    };
    Ok(RecoverView {
        step: flow.as_ref().map(|f| f.data.step),
        values: flow.map(|f| f.data.values).unwrap_or_default(),
        captcha,
    })
}

/// The login the details name: a CCCD/CMND number or a tax code.
fn parse_identifier(locale: Locale, f: &RecoverForm, errs: &mut FieldErrors) -> Option<String> {
    match f.kind.as_str() {
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
    }
}

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
    let identifier = parse_identifier(locale, &f, &mut errs);
    let phone = match PhoneNumber::parse(&f.phone) {
        Ok(p) => Some(p.as_str().to_string()),
        Err(e) => {
            errs.add("phone", messages::phone_error(locale, e));
            None
        }
    };
    if !backend::captcha::check(&svc, &captcha_id, &captcha_answer).await? {
        errs.add("captcha_answer", messages::captcha_wrong(locale));
    }
    errs.into_result()?;
    let (identifier, phone) = identifier
        .zip(phone)
        .ok_or_else(|| internal("validated recovery details missing"))?;
    let caps = svc.config.start_limits;
    if let Some(refused) = limits::start(
        &svc,
        "recover",
        caps.recover_per_address,
        caps.recover_per_network,
    )
    .await?
    {
        return Err(AppError::field(
            "identifier",
            limits::refused_text(locale, refused),
        ));
    }

    let user = users::user_by_login(&svc, &identifier).await?.filter(|u| {
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
    // The owner proved the phone from here: their logins from this address are no longer held
    // back by other people's failures.
    if let Some(user_id) = data.get("user_id").and_then(|v| v.as_i64()) {
        login::remember_place(svc, user_id).await?;
    }
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
    let Some(user_id) = flow
        .filter(|f| f.data.step == Step::Verified)
        .and_then(|f| f.data.user_id)
    else {
        leptos_axum::redirect("/quen-mat-khau");
        return Ok(());
    };
    check_new_password(locale, &f.password, &f.confirm)?;
    let user = users::user_by_id(&svc, user_id)
        .await?
        .ok_or_else(|| internal("recovered account vanished"))?;
    let hash = crypto::hash_password(&svc.cpu, f.password).await?;
    let messages = notices::password_changed(&user, &notices::hotline());
    // Every session of the account ends, wherever it was opened.
    store::set_password(
        &svc.db,
        user.id,
        &hash,
        true,
        "password.recovered",
        &messages,
    )
    .await?;
    notices::wake_outbox(&svc);
    otp::delete(&svc.db, &s.id, JOURNEY.purpose()).await?;
    leptos_axum::redirect("/quen-mat-khau/hoan-tat");
    Ok(())
}
