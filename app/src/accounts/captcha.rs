//! The captcha field shared by registration, login and recovery forms.

use crate::{
    components::form::{Errors, FieldMessage, FieldState, Hidden},
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};

/// A challenge: the image is `/captcha/{id}.png`; the text alternative asks for `a + b`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CaptchaView {
    pub id: String,
    pub a: u8,
    pub b: u8,
}

#[cfg(feature = "ssr")]
impl From<crate::backend::captcha::Challenge> for CaptchaView {
    fn from(c: crate::backend::captcha::Challenge) -> Self {
        CaptchaView {
            id: c.id,
            a: c.sum.0,
            b: c.sum.1,
        }
    }
}

/// A new challenge (the "Đổi mã khác" link, with JavaScript).
#[server(prefix = "/api", endpoint = "captcha/new")]
pub async fn new_captcha() -> Result<CaptchaView, AppError> {
    let result: Result<CaptchaView, AppError> = async move {
        let svc = crate::backend::services()?;
        Ok(crate::backend::captcha::create(&svc.db).await?.into())
    }
    .await;
    result.map_err(AppError::respond)
}

/// Creates a challenge for a page being rendered.
#[cfg(feature = "ssr")]
pub async fn fresh(svc: &crate::backend::Services) -> Result<CaptchaView, AppError> {
    Ok(crate::backend::captcha::create(&svc.db).await?.into())
}

/// "Ba cộng bốn bằng mấy?" in the page's language.
pub fn question(locale: Locale, a: u8, b: u8) -> String {
    let word = |n: u8| -> &'static str {
        match (locale, n) {
            (Locale::vi, 1) => "một",
            (Locale::vi, 2) => "hai",
            (Locale::vi, 3) => "ba",
            (Locale::vi, 4) => "bốn",
            (Locale::vi, 5) => "năm",
            (Locale::vi, 6) => "sáu",
            (Locale::vi, 7) => "bảy",
            (Locale::vi, 8) => "tám",
            (Locale::vi, 9) => "chín",
            (Locale::en, 1) => "one",
            (Locale::en, 2) => "two",
            (Locale::en, 3) => "three",
            (Locale::en, 4) => "four",
            (Locale::en, 5) => "five",
            (Locale::en, 6) => "six",
            (Locale::en, 7) => "seven",
            (Locale::en, 8) => "eight",
            (Locale::en, 9) => "nine",
            _ => "?",
        }
    };
    td_string!(locale, captcha.question, a = word(a), b = word(b)).to_string()
}

/// The captcha: image, text alternative, "Đổi mã khác" and the answer box. Posts
/// `f[captcha_id]` and `f[captcha_answer]`.
#[component]
pub fn CaptchaField(captcha: CaptchaView, errors: Errors) -> impl IntoView {
    let locale = use_locale();
    let current = RwSignal::new(captcha);
    let refresh = Action::new(|_: &()| new_captcha());
    Effect::new(move |_| {
        if let Some(Ok(c)) = refresh.value().get() {
            current.set(c);
        }
    });
    let location = use_location();
    let state = FieldState::new("captcha_answer", errors, true);
    let id = Signal::derive(move || current.with(|c| c.id.clone()));
    view! {
        <div class=state.group_class()>
            <Hidden name="captcha_id" value=id/>
            <label class="label" for="captcha_answer">{td!(locale, captcha.label)}</label>
            <p class="hint" id="captcha_answer-hint">
                {td!(locale, captcha.hint)}" "
                <span class="captcha-question">
                    {move || current.with(|c| question(locale, c.a, c.b))}
                </span>
            </p>
            <FieldMessage field="captcha_answer".to_string() errors=errors/>
            <div class="captcha-row">
                <img class="captcha-image" src=move || format!("/captcha/{}.png", id.get())
                    alt=td_string!(locale, captcha.image_alt) width="200" height="70"/>
                // Without JavaScript the link reloads the page, which draws a new challenge.
                <a class="captcha-refresh" href=move || location.pathname.get()
                    on:click=move |ev| {
                        ev.prevent_default();
                        refresh.dispatch(());
                    }>
                    {td!(locale, captcha.refresh)}
                </a>
            </div>
            <input
                class=state.control_class("input input--w10")
                id="captcha_answer"
                name="f[captcha_answer]"
                type="text"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                maxlength="8"
                prop:value=move || { id.track(); String::new() }
                aria-describedby=state.described_by()
                aria-invalid=state.invalid()
            />
        </div>
    }
}
