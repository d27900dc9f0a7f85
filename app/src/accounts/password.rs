//! The password pieces the account pages share: the new-password form (`PasswordForm`) and its
//! two boxes (`NewPasswordInputs`), the check of a new password and its confirmation used by
//! registration, recovery and the password change, and the check of the logged-in user's own
//! password used by the security pages and the profile.
//!
//! A leaf: it imports nothing from the journeys' or pages' modules.

use crate::{components::form::TextField, i18n::*, locale::use_locale};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A new password and its confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    pub password: String,
    pub confirm: String,
}

/// The new password and its confirmation: the portal's rule, and the two the same.
pub fn check_new_password(
    locale: Locale,
    password: &str,
    confirm: &str,
) -> Result<(), crate::error::AppError> {
    let mut errs = crate::error::FieldErrors::default();
    if password.is_empty() {
        errs.add("password", td_string!(locale, password.missing).to_string());
    } else if let Err(problems) = domain::check_password(password) {
        errs.add(
            "password",
            super::messages::password_problems(locale, &problems),
        );
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

#[cfg(feature = "ssr")]
pub mod server {
    use crate::{
        accounts::service,
        backend::{self, crypto, throttle},
        error::AppError,
        i18n::*,
        locale,
    };

    /// Checks the logged-in user's own password (changing the password, the phone, the
    /// e-mail): each try counts before the check and failures make the next try wait longer.
    /// The error is put on `field`.
    pub async fn check_own_password(
        svc: &backend::Services,
        user: &service::UserRow,
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
}

/// The password rule and the two password boxes (new password, confirmation).
#[component]
pub fn NewPasswordInputs(errors: crate::components::form::Errors) -> impl IntoView {
    let locale = use_locale();
    view! {
        <TextField name="password" label=td_string!(locale, password.new_label)
            hint=td_string!(locale, password.rule) errors=errors input_type="password"
            autocomplete="new-password" width="w20"/>
        <TextField name="confirm" label=td_string!(locale, password.confirm_label)
            errors=errors input_type="password" autocomplete="new-password" width="w20"/>
    }
}
