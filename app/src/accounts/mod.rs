//! Accounts and identity (SPEC §3): registration with an SMS one-time password, login with
//! password, captcha and OTP, password recovery and change, the profile with postal addresses,
//! the mobile number change, active sessions and e-mail confirmation.
//!
//! Each journey is one module holding its server functions and its pages. The journeys keep their
//! answers server-side (see `backend::otp`), so every step can be shown again, with JavaScript or
//! without it, and nothing typed is lost.
//!
//! No two modules here import each other. What several journeys share sits in leaves: `flow`
//! (journeys, steps and their stored state), `password` (the password form and checks), `user`
//! (the account types), `messages` and `captcha`. `otp_step` sits above the journeys: it
//! continues the journey whose code was right, and no journey imports it.

pub mod captcha;
pub mod flow;
pub mod login;
pub use crate::messages;
pub mod otp_step;
pub mod password;
pub mod profile;
pub mod recover;
pub mod register;
pub mod security;
#[cfg(feature = "ssr")]
pub mod service;
mod user;

pub use user::{AccountKind, CurrentUser};

use crate::error::AppError;
use leptos::prelude::*;

/// Where a user lands after logging in when no page asked for the login.
pub fn home_for(kind: AccountKind) -> &'static str {
    match kind {
        AccountKind::Citizen | AccountKind::Organisation => "/tai-khoan",
        // "Hồ sơ của cơ quan": the agency's queue.
        AccountKind::Officer => "/can-bo/ho-so",
        AccountKind::Admin => "/quan-tri/nhat-ky",
    }
}

/// The user of this request, if logged in.
#[server(prefix = "/api", endpoint = "account/me")]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    let result: Result<Option<CurrentUser>, AppError> = async move {
        let svc = crate::backend::services()?;
        service::current_user(&svc).await
    }
    .await;
    result.map_err(AppError::respond)
}

/// The current user, loaded once per page at the root and again after navigation or logout.
#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<Result<Option<CurrentUser>, AppError>>);

/// Bumped by logout so that the header forgets the user at once.
#[derive(Clone, Copy)]
pub struct SessionVersion(pub RwSignal<u32>);

pub fn use_user() -> UserResource {
    expect_context::<UserResource>()
}

/// Ends the session and goes to the home page.
#[server(prefix = "/api", endpoint = "account/logout")]
pub async fn logout() -> Result<(), AppError> {
    let result: Result<(), AppError> = async move {
        let svc = crate::backend::services()?;
        if let Some(user) = service::current_user(&svc).await? {
            crate::backend::audit::record(&svc.db.pool, Some(user.id), "logout", "")
                .await
                .map_err(crate::backend::internal)?;
        }
        crate::backend::session::end(&svc).await?;
        leptos_axum::redirect("/");
        Ok(())
    }
    .await;
    result.map_err(AppError::respond)
}

/// The "Đăng xuất" button (a form: logging out changes state, so it is never a link).
#[component]
pub fn LogoutButton() -> impl IntoView {
    use crate::{i18n::*, locale::use_locale};
    let locale = use_locale();
    let action = ServerAction::<Logout>::new();
    if let Some(v) = use_context::<SessionVersion>() {
        Effect::new(move |_| {
            if matches!(action.value().get(), Some(Ok(()))) {
                v.0.update(|n| *n += 1);
            }
        });
    }
    view! {
        <ActionForm action=action attr:class="inline-form">
            <button type="submit" class="link-button">{td!(locale, account.logout)}</button>
        </ActionForm>
    }
}
