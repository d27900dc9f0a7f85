//! The two password boxes the new-password forms share.

use crate::{components::form::TextField, i18n::*, locale::use_locale};
use leptos::prelude::*;

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
