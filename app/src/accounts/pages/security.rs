//! The account's security pages: change the password, change the mobile number, the list of
//! active sessions with "log out the others", and e-mail confirmation.

use super::{AccountNav, RequireLogin, password::NewPasswordInputs};
use crate::{
    accounts::{
        CancelPhoneChange, ChangePassword, ChangePhone, ConfirmEmail, EndOtherSessions,
        list_sessions, phone_state,
    },
    components::FormPage,
    components::{
        PageTitle,
        form::{Checkbox, Submit, TextField, errors_of},
    },
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_params_map};

/// "Đổi mật khẩu".
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ChangePassword>::new();
    let errors = errors_of(action);
    let title = Signal::derive(move || td_string!(locale, password.change_title).to_string());
    view! {
        <AccountNav current="/tai-khoan/doi-mat-khau"/>
        <FormPage title=title errors=errors>
            <p>{td!(locale, password.change_lead)}</p>
            <RequireLogin>
                <ActionForm action=action attr:novalidate=true>
                    <TextField name="current" label=td_string!(locale, password.current_label)
                        errors=errors input_type="password" autocomplete="current-password" width="w20"/>
                    <NewPasswordInputs errors=errors/>
                    <Submit label=td_string!(locale, password.change_submit)/>
                </ActionForm>
            </RequireLogin>
        </FormPage>
    }
}

/// "Đổi số điện thoại": the new number, the current password, and whether the current number
/// is lost; a change waiting for its time, with "Hủy yêu cầu".
#[component]
pub fn ChangePhonePage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ChangePhone>::new();
    let cancel = ServerAction::<CancelPhoneChange>::new();
    let errors = errors_of(action);
    let state = Resource::new(|| (), |_| phone_state());
    let query = leptos_router::hooks::use_query_map();
    let notice = move || match query.with(|q| q.get("tb")).as_deref() {
        Some("da-huy") => Some(td_string!(locale, phone.cancelled)),
        Some("cho-hieu-luc") => Some(td_string!(locale, phone.pending_saved)),
        _ => None,
    };
    let title = Signal::derive(move || td_string!(locale, phone.title).to_string());
    view! {
        <AccountNav current="/tai-khoan/so-dien-thoai"/>
        <FormPage title=title errors=errors>
            {move || notice().map(|text| view! {
                <div class="notice" role="status"><p>{text}</p></div>
            })}
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(st) => {
                            let hours = st.wait_hours.to_string();
                            view! {
                                <p>{td!(locale, phone.current)}" "<strong>{st.current_masked}</strong></p>
                                {st.pending.map(|(number, at)| view! {
                                    <div class="notice notice--warning" role="region"
                                        aria-labelledby="pending-phone-heading">
                                        <h2 id="pending-phone-heading">{td!(locale, phone.pending_title)}</h2>
                                        <p>
                                            {td!(locale, phone.pending_body)}" "<strong>{number}</strong>" "
                                            {td!(locale, phone.pending_at)}" "<strong>{at}</strong>"."
                                        </p>
                                        <ActionForm action=cancel>
                                            <Submit label=td_string!(locale, phone.cancel) secondary=true/>
                                        </ActionForm>
                                    </div>
                                })}
                                <ActionForm action=action attr:novalidate=true>
                                    <TextField name="phone" label=td_string!(locale, phone.new_label)
                                        hint=td_string!(locale, phone.new_hint) value=st.value errors=errors
                                        input_type="tel" autocomplete="tel" width="w10"/>
                                    <TextField name="password" label=td_string!(locale, password.current_label)
                                        hint=td_string!(locale, phone.password_hint) errors=errors
                                        input_type="password" autocomplete="current-password" width="w20"/>
                                    <Checkbox name="lost" label=td_string!(locale, phone.lost_label)
                                        checked=st.lost errors=errors/>
                                    <p class="hint" id="lost-hint">
                                        {td_string!(locale, phone.lost_hint, hours = hours.as_str()).to_string()}
                                    </p>
                                    <Submit label=td_string!(locale, phone.submit)/>
                                </ActionForm>
                            }.into_any()
                        }
                        Err(AppError::Unauthenticated) => view! { <Redirect path="/dang-nhap?next=/tai-khoan/so-dien-thoai"/> }.into_any(),
                        Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </FormPage>
    }
}

/// "Phiên đăng nhập": where the account is logged in, and "log out the others".
#[component]
pub fn SessionsPage() -> impl IntoView {
    let locale = use_locale();
    let end = ServerAction::<EndOtherSessions>::new();
    let sessions = Resource::new(|| (), |_| list_sessions());
    let query = leptos_router::hooks::use_query_map();
    let ended = move || query.with(|q| q.get("tb").as_deref() == Some("da-dang-xuat"));
    let title = Signal::derive(move || td_string!(locale, sessions.title).to_string());
    view! {
        <PageTitle text=title/>
        <AccountNav current="/tai-khoan/phien"/>
        <h1>{title}</h1>
        <p>{td!(locale, sessions.lead)}</p>
        {move || ended().then(|| view! {
            <div class="notice" role="status"><p>{td!(locale, sessions.ended)}</p></div>
        })}
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(list) => {
                        let others = list.iter().filter(|s| !s.current).count();
                        view! {
                            <div class="table-scroll" role="region" tabindex="0"
                                aria-label=td_string!(locale, sessions.title)>
                                <table>
                                    <thead><tr>
                                        <th scope="col">{td!(locale, sessions.device)}</th>
                                        <th scope="col">{td!(locale, sessions.address)}</th>
                                        <th scope="col">{td!(locale, sessions.started)}</th>
                                        <th scope="col">{td!(locale, sessions.last_seen)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {list.into_iter().map(|s| view! {
                                            <tr>
                                                <td>{s.device}{s.current.then(|| view! { " " <strong class="tag">{td!(locale, sessions.this_one)}</strong> })}</td>
                                                <td>{s.address}</td>
                                                <td>{s.started}</td>
                                                <td>{s.last_seen}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {(others > 0).then(|| view! {
                                <ActionForm action=end>
                                    <Submit label=td_string!(locale, sessions.end_others) secondary=true/>
                                </ActionForm>
                            })}
                        }.into_any()
                    }
                    Err(AppError::Unauthenticated) => view! { <Redirect path="/dang-nhap?next=/tai-khoan/phien"/> }.into_any(),
                    Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// "Xác nhận địa chỉ thư điện tử": the link from the e-mail.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ConfirmEmail>::new();
    let errors = errors_of(action);
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let title = Signal::derive(move || td_string!(locale, email.title).to_string());
    view! {
        <FormPage title=title errors=errors>
            <p>{td!(locale, email.lead)}</p>
            <ActionForm action=action>
                <input type="hidden" name="f[token]" id="token" value=token/>
                <Submit label=td_string!(locale, email.submit)/>
            </ActionForm>
        </FormPage>
    }
}

/// "Đã xác nhận địa chỉ thư điện tử".
#[component]
pub fn EmailConfirmedPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, email.done_title).to_string())/>
        <div class="narrow">
            <div class="panel"><h1>{td!(locale, email.done_title)}</h1></div>
            <p><a href="/tai-khoan">{td!(locale, account.profile)}</a></p>
        </div>
    }
}
