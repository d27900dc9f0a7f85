//! "Xác thực mã OTP": the code step that registration, login, password recovery and the mobile
//! number change share, with "Gửi lại mã".

use crate::{
    accounts::{Journey, OtpResend, OtpVerify, Step, otp_state},
    components::FormPage,
    components::form::{OtpField, Submit, errors_of},
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// "Xác thực mã OTP" for `journey`.
#[component]
pub fn OtpStepPage(journey: Journey) -> impl IntoView {
    let locale = use_locale();
    let verify = ServerAction::<OtpVerify>::new();
    let resend = ServerAction::<OtpResend>::new();
    let verify_errors = errors_of(verify);
    let resend_errors = errors_of(resend);
    let errors = Signal::derive(move || {
        let mut all = verify_errors.get();
        all.extend(resend_errors.get());
        all
    });
    let state = Resource::new(|| (), move |_| otp_state(journey));
    let title = Signal::derive(move || td_string!(locale, otp.title).to_string());
    view! {
        <FormPage title=title errors=errors back=journey.start_path()>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) if matches!(s.step, Some(Step::Otp)) => {
                            let minutes = s.minutes.to_string();
                            view! {
                                // After "Gửi lại mã" the server says a new code went out.
                                {s.resent.then(|| view! {
                                    <div class="notice" role="status">
                                        <p>{td!(locale, otp.resent)}</p>
                                    </div>
                                })}
                                {match s.masked_old_phone.clone() {
                                    None => view! {
                                        <p class="lead">
                                            {if journey == Journey::Recover {
                                                td_string!(locale, otp.sent_if_match)
                                            } else {
                                                td_string!(locale, otp.sent_to)
                                            }}
                                            " " <strong class="nowrap">{s.masked_phone.clone()}</strong>
                                        </p>
                                    }.into_any(),
                                    Some(_) => view! {
                                        <p class="lead">{td!(locale, otp.sent_to_both)}</p>
                                    }.into_any(),
                                }}
                                <ActionForm action=verify attr:novalidate=true>
                                    <input type="hidden" name="f[journey]" value=journey.purpose()/>
                                    {match s.masked_old_phone.clone() {
                                        None => view! {
                                            <OtpField
                                                label=td_string!(locale, otp.label)
                                                hint=td_string!(locale, otp.hint, minutes = minutes.as_str()).to_string()
                                                errors=verify_errors
                                            />
                                        }.into_any(),
                                        Some(old) => {
                                            let new_label = format!("{} {}", td_string!(locale, otp.label_new), s.masked_phone);
                                            let old_label = format!("{} {}", td_string!(locale, otp.label_old), old);
                                            let hint = td_string!(locale, otp.hint, minutes = minutes.as_str()).to_string();
                                            view! {
                                                <OtpField label=new_label hint=hint.clone() errors=verify_errors/>
                                                <OtpField name="code_old" label=old_label hint=hint errors=verify_errors/>
                                            }.into_any()
                                        }
                                    }}
                                    <Submit label=td_string!(locale, otp.submit)/>
                                </ActionForm>
                                <ActionForm action=resend attr:class="resend-form">
                                    <input type="hidden" name="f[journey]" value=journey.purpose()/>
                                    <p>
                                        {td!(locale, otp.not_received)}" "
                                        <button type="submit" class="link-button">{td!(locale, otp.resend)}</button>
                                    </p>
                                    {(s.resend_in > 0).then(|| {
                                        let secs = s.resend_in.to_string();
                                        view! { <p class="hint">{td_string!(locale, otp.wait, seconds = secs.as_str()).to_string()}</p> }
                                    })}
                                </ActionForm>
                            }
                                .into_any()
                        }
                        // The code was accepted: the next page is on its way.
                        Ok(s) if matches!(s.step, Some(Step::Verified)) => ().into_any(),
                        Ok(_) => view! { <Redirect path=journey.start_path()/> }.into_any(),
                        Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </FormPage>
    }
}
