//! The accounts' pages: components only (no SQL, no rules). Every page is drawn by the server
//! from what the slice's read functions return, and its forms are plain posts to the slice's
//! `#[server]` functions that the server answers with a redirect; the two islands they show
//! (`islands::captcha::CaptchaBox`, `islands::address::AddressIsland`) only add what JavaScript
//! can (a new captcha in place, the commune list following the province).
//!
//! This module holds what several pages share: the account section's navigation, the login
//! guards, the wrapper of a journey's last step and the logout button.

pub mod captcha;
pub mod login;
pub mod otp_step;
pub mod password;
pub mod profile;
pub mod recover;
pub mod register;
pub mod security;

pub use login::LoginPage;
pub use otp_step::OtpStepPage;
pub use profile::{AddressFields, ProfilePage};
pub use recover::{RecoverDonePage, RecoverPage, RecoverPasswordPage};
pub use register::{
    RegisterChoicePage, RegisterDetailsPage, RegisterDonePage, RegisterPasswordPage,
};
pub use security::{
    ChangePasswordPage, ChangePhonePage, ConfirmEmailPage, EmailConfirmedPage, SessionsPage,
};

use super::{Logout, use_user};
use crate::{error::AppError, i18n::*, locale::use_locale};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Redirect},
    hooks::use_location,
};

/// The "Đăng xuất" button (a form: logging out changes state, so it is never a link). The
/// server answers the post with a redirect, and the next page's header has no user.
#[component]
pub fn LogoutButton() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<Logout>::new();
    view! {
        <ActionForm action=action attr:class="inline-form">
            <button type="submit" class="link-button">{td!(locale, account.logout)}</button>
        </ActionForm>
    }
}

/// The account section's navigation.
#[component]
pub fn AccountNav(current: &'static str) -> impl IntoView {
    let locale = use_locale();
    let link = move |href: &'static str, text: &'static str| {
        let aria = (href == current).then_some("page");
        view! { <li><a href=href aria-current=aria>{text}</a></li> }
    };
    view! {
        <nav class="sub-nav" aria-label=td_string!(locale, account.nav_label)>
            <ul role="list">
                {link("/tai-khoan", td_string!(locale, account.profile))}
                {link("/ho-so", td_string!(locale, dossier.manage_title))}
                {link("/kho-tai-lieu", td_string!(locale, documents.title))}
                {link("/tai-khoan/doi-mat-khau", td_string!(locale, password.change_title))}
                {link("/tai-khoan/so-dien-thoai", td_string!(locale, phone.title))}
                {link("/tai-khoan/phien", td_string!(locale, sessions.title))}
                {link(crate::routes::PREFERENCES_PATH, td_string!(locale, notices.prefs_title))}
            </ul>
        </nav>
    }
}

/// Sends the visitor to the login page and back here: a redirect in the server's response (the
/// pages that use it are never the login page itself).
#[component]
pub fn LoginFirst() -> impl IntoView {
    let here = use_location().pathname.get_untracked();
    view! { <Redirect path=format!("/dang-nhap?next={here}")/> }
}

/// Shows its children to a logged-in user; sends anyone else to the login page and back.
#[component]
pub fn RequireLogin(children: ChildrenFn) -> impl IntoView {
    let user = use_user();
    view! {
        <Transition fallback=|| ()>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match user.0.await {
                        Ok(Some(_)) => children().into_any(),
                        _ => view! { <LoginFirst/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// Shows the journey's last step once its code was confirmed; otherwise back to its start.
#[component]
pub fn WhenVerified(
    verified: Resource<Result<bool, AppError>>,
    start: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Transition fallback=|| ()>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match verified.await {
                        Ok(true) => children().into_any(),
                        Ok(false) => view! { <Redirect path=start/> }.into_any(),
                        Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// "Đăng nhập / Đăng ký", or, once logged in, the account link and "Đăng xuất".
#[component]
pub fn AccountLinks() -> impl IntoView {
    let locale = use_locale();
    let user = crate::accounts::use_user();
    let anonymous = move || {
        view! {
            <li class="nav-account">
                <A href="/dang-nhap">{td!(locale, nav.login)}</A>
                <span aria-hidden="true">" / "</span>
                <A href="/dang-ky">{td!(locale, nav.register)}</A>
            </li>
        }
    };
    view! {
        <Transition fallback=anonymous>
            {move || Suspend::new(async move {
                match user.0.await {
                    Ok(Some(u)) => view! {
                        <li class="nav-account">
                            <A href="/tai-khoan">
                                <span class="visually-hidden">{td!(locale, nav.account)}": "</span>
                                {u.name}
                            </A>
                            <span aria-hidden="true">" · "</span>
                            <LogoutButton/>
                        </li>
                    }.into_any(),
                    _ => anonymous().into_any(),
                }
            })}
        </Transition>
    }
}
