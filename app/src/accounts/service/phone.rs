//! Changing the mobile number ("Đổi số điện thoại").
//!
//! A borrowed session must not be enough to take the account over: changing the mobile number
//! asks for the current password and for two codes, one sent to the current number and one to
//! the new; someone who lost the current number gets a waiting period instead, announced to
//! that number and to the e-mail address, and can be stopped from any session. The change ends
//! every other session.

use super::{
    flow::send_code,
    notices,
    password::check_own_password,
    users::{require_user, user_by_id},
};
use crate::{
    accounts::{Journey, PhoneForm, PhoneView, Step, messages, store, store::UserRow},
    backend::{self, internal, messaging::templates, now_epoch, otp},
    error::{AppError, FieldErrors},
    format,
    i18n::*,
    locale,
};
use domain::PhoneNumber;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct PhoneFlow {
    step: Step,
    /// The new number.
    phone: String,
    /// The current number, which gets a code too; `None` when it is lost.
    old_phone: Option<String>,
    user_id: i64,
}

const JOURNEY: Journey = Journey::Phone;

fn masked(phone: &str) -> String {
    PhoneNumber::parse(phone)
        .map(|p| p.masked())
        .unwrap_or_default()
}

pub async fn state() -> Result<PhoneView, AppError> {
    let svc = backend::services()?;
    let (user, s) = require_user(&svc).await?;
    let flow = otp::load::<PhoneFlow>(&svc.db, &s.id, JOURNEY.purpose()).await?;
    let pending = store::pending_phone_change(&svc.db, user.id)
        .await?
        .map(|(phone, at)| (masked(&phone), format::datetime(at)));
    Ok(PhoneView {
        current_masked: masked(&user.phone),
        value: flow
            .as_ref()
            .map(|f| f.data.phone.clone())
            .unwrap_or_default(),
        lost: flow.is_some_and(|f| f.data.old_phone.is_none()),
        pending,
        wait_hours: svc.config.phone_change_wait_secs / 3600,
    })
}

/// The new number: valid, and not the current one.
fn parse_new_phone(
    locale: Locale,
    user: &UserRow,
    value: &str,
    errs: &mut FieldErrors,
) -> Option<PhoneNumber> {
    match PhoneNumber::parse(value) {
        Ok(p) if p.as_str() == user.phone => {
            errs.add(
                "phone",
                td_string!(locale, phone.same_as_current).to_string(),
            );
            None
        }
        Ok(p) => Some(p),
        Err(e) => {
            errs.add("phone", messages::phone_error(locale, e));
            None
        }
    }
}

pub async fn change(mut f: PhoneForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let (user, s) = require_user(&svc).await?;
    let password = std::mem::take(&mut f.password);
    let lost = f.lost == "true";
    let mut flow = PhoneFlow {
        step: Step::Details,
        phone: f.phone.trim().to_string(),
        old_phone: (!lost).then(|| user.phone.clone()),
        user_id: user.id,
    };
    otp::restart(&svc.db, &s.id, JOURNEY.purpose(), &flow).await?;
    let mut errs = FieldErrors::default();
    let phone = parse_new_phone(locale, &user, &f.phone, &mut errs);
    if password.is_empty() {
        errs.add(
            "password",
            td_string!(locale, password.current_missing).to_string(),
        );
    }
    errs.into_result()?;
    let phone = phone.ok_or_else(|| internal("validated phone missing"))?;
    check_own_password(&svc, &user, &password, "password").await?;
    flow.step = Step::Otp;
    flow.phone = phone.as_str().to_string();
    otp::save(&svc.db, &s.id, JOURNEY.purpose(), &flow).await?;
    if let Err(message) = send_code(&svc, &s.id, JOURNEY, true).await? {
        flow.step = Step::Details;
        otp::save(&svc.db, &s.id, JOURNEY.purpose(), &flow).await?;
        return Err(AppError::field("phone", message));
    }
    leptos_axum::redirect("/tai-khoan/so-dien-thoai/xac-thuc");
    Ok(())
}

/// The codes were right. With the current number proved too, the number changes now, the
/// old number and e-mail are told and every other session ends; without it, the change
/// waits and both are told how to stop it.
pub async fn on_verified(
    svc: &backend::Services,
    session_id: &str,
    data: serde_json::Value,
) -> Result<(), AppError> {
    let flow: PhoneFlow = serde_json::from_value(data)?;
    let (user, _) = require_user(svc).await?;
    if user.id != flow.user_id {
        return Err(AppError::Forbidden);
    }
    let hotline = notices::hotline();
    let masked_new = masked(&flow.phone);
    let now = now_epoch();
    let Some(old_phone) = flow.old_phone else {
        let effective = now + svc.config.phone_change_wait_secs;
        let when = format::datetime(effective);
        let sms = templates::phone_change_pending_sms(&masked_new, &when, &hotline);
        let messages = notices::security_notice(&user, &user.phone, sms, |name| {
            templates::phone_change_pending_email(name, &masked_new, &when, &hotline)
        });
        store::request_phone_change(&svc.db, user.id, &flow.phone, now, effective, &messages)
            .await?;
        notices::wake_outbox(svc);
        otp::delete(&svc.db, session_id, JOURNEY.purpose()).await?;
        leptos_axum::redirect("/tai-khoan/so-dien-thoai?tb=cho-hieu-luc");
        return Ok(());
    };
    let messages = notices::phone_changed(&user, &old_phone, &masked_new, &hotline);
    // Only from the number the old code went to: a change made meanwhile wins. Every other
    // session ends with the change, in the same transaction.
    let changed = store::change_phone(
        &svc.db,
        user.id,
        &old_phone,
        &flow.phone,
        now,
        session_id,
        &messages,
    )
    .await?;
    if !changed {
        return Err(AppError::Conflict(
            td_string!(locale::current(), phone.changed_meanwhile).to_string(),
        ));
    }
    notices::wake_outbox(svc);
    otp::delete(&svc.db, session_id, JOURNEY.purpose()).await?;
    leptos_axum::redirect("/tai-khoan?tb=so-dien-thoai");
    Ok(())
}

/// "Hủy yêu cầu": stops a phone change that waits.
pub async fn cancel() -> Result<(), AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    store::cancel_phone_change(&svc.db, user.id).await?;
    leptos_axum::redirect("/tai-khoan/so-dien-thoai?tb=da-huy");
    Ok(())
}

/// Applies the phone changes whose waiting period is over: the number changes, every
/// session of the account ends, and the old and new numbers (and e-mail) are told
/// (maintenance task). Returns how many were applied.
pub async fn apply_due_phone_changes(
    svc: &backend::Services,
    hotline: &str,
) -> Result<usize, AppError> {
    let mut applied = 0;
    for (user_id, new_phone) in store::due_phone_changes(&svc.db, now_epoch()).await? {
        let Some(user) = user_by_id(svc, user_id).await? else {
            continue;
        };
        let messages = notices::phone_changed(&user, &user.phone, &masked(&new_phone), hotline);
        if store::apply_phone_change(&svc.db, user_id, &new_phone, now_epoch(), &messages).await? {
            applied += 1;
        }
    }
    if applied > 0 {
        notices::wake_outbox(svc);
    }
    Ok(applied)
}
