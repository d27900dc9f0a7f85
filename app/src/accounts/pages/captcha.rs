//! The captcha field shared by registration, login and recovery forms.

use crate::{accounts::CaptchaView, components::form::Errors, islands::captcha::CaptchaBox};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The captcha: the image, "Nghe mã" (the digits spoken, for people who cannot see the image:
/// a button that plays them with JavaScript, and a plain link to the recording without it),
/// "Đổi mã khác" and the answer box. Posts `f[captcha_id]` and `f[captcha_answer]`. The field
/// is the island [`CaptchaBox`]; this gives it what it cannot read from the page itself.
#[component]
pub fn CaptchaField(captcha: CaptchaView, errors: Errors) -> impl IntoView {
    let here = use_location().pathname.get_untracked();
    view! { <CaptchaBox captcha=captcha errors=errors.get_untracked() here=here/> }
}
