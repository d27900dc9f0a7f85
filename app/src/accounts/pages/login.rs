//! "Đăng nhập": the login form (identifier, password, captcha). The code step is `otp_step`.

use super::captcha::CaptchaField;
use crate::{
    accounts::{Login, login_state},
    components::FormPage,
    components::form::{Hidden, Submit, TextField, errors_of},
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

/// "Đăng nhập".
#[component]
pub fn LoginPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<Login>::new();
    let errors = errors_of(action);
    let state = Resource::new(|| (), |_| login_state());
    let query = use_query_map();
    let next = move || query.with(|q| q.get("next").unwrap_or_default());
    let title = Signal::derive(move || td_string!(locale, login.title).to_string());
    view! {
        <FormPage title=title errors=errors>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let st = match state.await {
                        Ok(st) => st,
                        Err(e) => return view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    };
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            // Follows the address: with lazily loaded pages this form can be
                            // drawn before the router has the query of the redirect to it.
                            <Hidden name="next" value=Signal::derive(move || Some(next()))/>
                            <TextField name="identifier" label=td_string!(locale, login.identifier)
                                hint=td_string!(locale, login.identifier_hint) value=st.identifier
                                errors=errors autocomplete="username" width="w20"/>
                            <TextField name="password" label=td_string!(locale, login.password)
                                errors=errors input_type="password" autocomplete="current-password" width="w20"/>
                            <CaptchaField captcha=st.captcha errors=errors/>
                            <Submit label=td_string!(locale, login.submit)/>
                        </ActionForm>
                    }.into_any()
                })}
            </Transition>
            <ul class="link-list">
                <li><A href="/quen-mat-khau">{td!(locale, login.forgot)}</A></li>
                <li>{td!(locale, login.no_account)}" "<A href="/dang-ky">{td!(locale, nav.register)}</A></li>
            </ul>
        </FormPage>
    }
}
