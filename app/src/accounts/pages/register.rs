//! Registration (Đăng ký tài khoản): who is registering, the details, the password and the
//! confirmation. The code step is `otp_step`.

use super::{WhenVerified, captcha::CaptchaField, password::NewPasswordInputs};
use crate::{
    accounts::{
        AccountKind, RegisterDetails, RegisterForm, RegisterPassword, Step, register_state,
    },
    components::{
        PageTitle,
        form::{Hidden, Submit, TextField, errors_of},
        page::FormPage,
    },
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Đăng ký tài khoản": who is registering.
#[component]
pub fn RegisterChoicePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, register.title).to_string())/>
        <div class="narrow">
            <h1>{td!(locale, register.title)}</h1>
            <p class="lead">{td!(locale, register.choose)}</p>
            <ul class="choice-cards" role="list">
                <li class="card">
                    <A href="/dang-ky/cong-dan">{td!(locale, register.citizen)}</A>
                    <p>{td!(locale, register.citizen_hint)}</p>
                </li>
                <li class="card">
                    <A href="/dang-ky/to-chuc">{td!(locale, register.organisation)}</A>
                    <p>{td!(locale, register.organisation_hint)}</p>
                </li>
            </ul>
            <p>{td!(locale, register.have_account)}" "<A href="/dang-nhap">{td!(locale, nav.login)}</A></p>
        </div>
    }
}

/// Step 1 for a citizen or an organisation.
#[component]
pub fn RegisterDetailsPage(kind: AccountKind) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RegisterDetails>::new();
    let errors = errors_of(action);
    let state = Resource::new(|| (), |_| register_state(true));
    let organisation = kind == AccountKind::Organisation;
    let title = Signal::derive(move || {
        if organisation {
            td_string!(locale, register.title_organisation)
        } else {
            td_string!(locale, register.title_citizen)
        }
        .to_string()
    });
    view! {
        <FormPage title=title errors=errors back="/dang-ky">
            <p>{td!(locale, register.required_note)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let st = match state.await {
                        Ok(st) => st,
                        Err(e) => return view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    };
                    // Answers kept from an earlier try of the same kind of registration.
                    let v = if st.values.kind == AccountKind::as_str(kind) { st.values } else { RegisterForm::default() };
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <Hidden name="kind" value=kind.as_str().to_string()/>
                            {if organisation {
                                view! {
                                    <TextField name="tax_code" label=td_string!(locale, register.tax_code)
                                        hint=td_string!(locale, register.tax_code_hint) value=v.tax_code
                                        errors=errors inputmode="numeric" width="w10" autocomplete="off"/>
                                    <TextField name="org_name" label=td_string!(locale, register.org_name)
                                        value=v.org_name errors=errors autocomplete="organization"/>
                                    <TextField name="representative" label=td_string!(locale, register.representative)
                                        value=v.representative errors=errors autocomplete="name"/>
                                }.into_any()
                            } else {
                                view! {
                                    <TextField name="id_number" label=td_string!(locale, register.id_number)
                                        hint=td_string!(locale, register.id_number_hint) value=v.id_number
                                        errors=errors inputmode="numeric" width="w10" autocomplete="off"/>
                                    <TextField name="full_name" label=td_string!(locale, register.full_name)
                                        value=v.full_name errors=errors autocomplete="name"/>
                                    <TextField name="birth_date" label=td_string!(locale, register.birth_date)
                                        hint=td_string!(locale, register.birth_date_hint) value=v.birth_date
                                        errors=errors inputmode="numeric" width="w10" autocomplete="bday"/>
                                }.into_any()
                            }}
                            <TextField name="phone" label=td_string!(locale, register.phone)
                                hint=td_string!(locale, register.phone_hint) value=v.phone errors=errors
                                input_type="tel" autocomplete="tel" width="w10"/>
                            <TextField name="email" label=td_string!(locale, register.email)
                                hint=td_string!(locale, register.email_hint) value=v.email errors=errors
                                input_type="email" autocomplete="email"/>
                            <TextField name="username" label=td_string!(locale, register.username)
                                hint=td_string!(locale, register.username_hint) value=v.username errors=errors
                                autocomplete="username" width="w20"/>
                            {st.captcha.map(|c| view! { <CaptchaField captcha=c errors=errors/> })}
                            <p class="hint">{td!(locale, register.terms)}</p>
                            <Submit label=td_string!(locale, register.submit)/>
                        </ActionForm>
                    }.into_any()
                })}
            </Transition>
            <p>{td!(locale, register.have_account)}" "<A href="/dang-nhap">{td!(locale, nav.login)}</A></p>
        </FormPage>
    }
}

/// Step 3: "Đặt mật khẩu".
#[component]
pub fn RegisterPasswordPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RegisterPassword>::new();
    let errors = errors_of(action);
    let verified = Resource::new(
        || (),
        |_| async {
            register_state(false)
                .await
                .map(|s| s.step == Some(Step::Verified))
        },
    );
    view! {
        <FormPage title=td_string!(locale, register.password_title).to_string() errors=errors>
            <WhenVerified verified=verified start="/dang-ky">
                <ActionForm action=action attr:novalidate=true>
                    <NewPasswordInputs errors=errors/>
                    <Submit label=td_string!(locale, register.submit)/>
                </ActionForm>
            </WhenVerified>
        </FormPage>
    }
}

/// "Đăng ký tài khoản thành công".
#[component]
pub fn RegisterDonePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, register.done_title).to_string())/>
        <div class="narrow">
            <div class="panel">
                <h1>{td!(locale, register.done_title)}</h1>
                <p>{td!(locale, register.done_body)}</p>
            </div>
            <h2>{td!(locale, register.next_title)}</h2>
            <ul>
                <li><A href="/tai-khoan">{td!(locale, register.next_profile)}</A></li>
                <li><A href="/thu-tuc">{td!(locale, register.next_procedures)}</A></li>
            </ul>
        </div>
    }
}
