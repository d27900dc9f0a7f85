//! The password checks: a new password and its confirmation (registration, recovery, change),
//! and the logged-in user's own password (changing the password, the phone, the e-mail).

use crate::{
    accounts::{messages, store::UserRow},
    backend::{self, crypto, throttle},
    error::{AppError, FieldErrors},
    i18n::*,
    locale,
};

/// The new password and its confirmation: the portal's rule, and the two the same.
pub fn check_new_password(locale: Locale, password: &str, confirm: &str) -> Result<(), AppError> {
    let mut errs = FieldErrors::default();
    if password.is_empty() {
        errs.add("password", td_string!(locale, password.missing).to_string());
    } else if let Err(problems) = domain::check_password(password) {
        errs.add("password", messages::password_problems(locale, &problems));
    }
    if confirm.is_empty() {
        errs.add(
            "confirm",
            td_string!(locale, password.confirm_missing).to_string(),
        );
    } else if !password.is_empty() && password != confirm {
        errs.add("confirm", td_string!(locale, password.mismatch).to_string());
    }
    errs.into_result()
}

/// Checks the logged-in user's own password: each try counts before the check and failures
/// make the next try wait longer. The error is put on `field`.
pub async fn check_own_password(
    svc: &backend::Services,
    user: &UserRow,
    password: &str,
    field: &str,
) -> Result<(), AppError> {
    let locale = locale::current();
    if password.is_empty() {
        return Err(AppError::field(
            field,
            td_string!(locale, password.current_missing).to_string(),
        ));
    }
    let key = format!("password:{}", user.id);
    if let throttle::Attempt::Locked { wait_secs } =
        throttle::attempt(&svc.db, &key, svc.config.login_limits.guard).await?
    {
        let minutes = ((wait_secs + 59) / 60).max(1).to_string();
        return Err(AppError::field(
            field,
            td_string!(locale, password.throttled, minutes = minutes.as_str()).to_string(),
        ));
    }
    if !crypto::verify_password(
        &svc.cpu,
        password.to_string(),
        Some(user.password_hash.clone()),
    )
    .await?
    {
        return Err(AppError::field(
            field,
            td_string!(locale, password.current_wrong).to_string(),
        ));
    }
    throttle::succeeded(&svc.db, &key).await?;
    Ok(())
}
