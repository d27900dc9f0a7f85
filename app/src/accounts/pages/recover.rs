//! Forgot password (Quên mật khẩu): the details, the new password and the confirmation. The
//! code step is `otp_step`.

use super::{WhenVerified, captcha::CaptchaField, password::NewPasswordInputs};
use crate::{
    accounts::{RecoverPassword, RecoverStart, Step, recover_state},
    components::{
        PageTitle,
        form::{Radios, Submit, TextField, errors_of},
        page::FormPage,
    },
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Quên mật khẩu": the details.
#[component]
pub fn RecoverPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RecoverStart>::new();
    let errors = errors_of(action);
    let state = Resource::new(|| (), |_| recover_state(true));
    let title = Signal::derive(move || td_string!(locale, recover.title).to_string());
    view! {
        <FormPage title=title errors=errors back="/dang-nhap">
            <p class="lead">{td!(locale, recover.lead)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let st = match state.await {
                        Ok(st) => st,
                        Err(e) => return view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    };
                    let v = st.values;
                    let kind = if v.kind.is_empty() { "citizen".to_string() } else { v.kind.clone() };
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <Radios name="kind" legend=td_string!(locale, recover.kind)
                                options=vec![
                                    ("citizen".to_string(), td_string!(locale, recover.kind_citizen).to_string()),
                                    ("organisation".to_string(), td_string!(locale, recover.kind_organisation).to_string()),
                                ]
                                selected=kind errors=errors/>
                            <TextField name="identifier" label=td_string!(locale, recover.identifier)
                                hint=td_string!(locale, recover.identifier_hint) value=v.identifier
                                errors=errors inputmode="numeric" width="w20" autocomplete="username"/>
                            <TextField name="phone" label=td_string!(locale, recover.phone)
                                hint=td_string!(locale, recover.phone_hint) value=v.phone errors=errors
                                input_type="tel" autocomplete="tel" width="w10"/>
                            {st.captcha.map(|c| view! { <CaptchaField captcha=c errors=errors/> })}
                            <Submit label=td_string!(locale, recover.submit)/>
                        </ActionForm>
                    }.into_any()
                })}
            </Transition>
        </FormPage>
    }
}

/// "Đặt lại mật khẩu" after the code.
#[component]
pub fn RecoverPasswordPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RecoverPassword>::new();
    let errors = errors_of(action);
    let verified = Resource::new(
        || (),
        |_| async {
            recover_state(false)
                .await
                .map(|s| s.step == Some(Step::Verified))
        },
    );
    view! {
        <FormPage title=td_string!(locale, recover.password_title).to_string() errors=errors>
            <WhenVerified verified=verified start="/quen-mat-khau">
                <ActionForm action=action attr:novalidate=true>
                    <NewPasswordInputs errors=errors/>
                    <Submit label=td_string!(locale, recover.password_submit)/>
                </ActionForm>
            </WhenVerified>
        </FormPage>
    }
}

/// "Đặt lại mật khẩu thành công".
#[component]
pub fn RecoverDonePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, recover.done_title).to_string())/>
        <div class="narrow">
            <div class="panel">
                <h1>{td!(locale, recover.done_title)}</h1>
                <p>{td!(locale, recover.done_body)}</p>
            </div>
            <p><A href="/dang-nhap" attr:class="button">{td!(locale, login.submit)}</A></p>
        </div>
    }
}
