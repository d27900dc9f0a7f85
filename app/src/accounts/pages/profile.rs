//! "Thông tin tài khoản": the profile form for individuals and organisations, with the
//! residence address and the postal address for receiving documents, both chosen from the
//! administrative units in force since 1 July 2025 (province → commune → house number and
//! street).
//!
//! Without JavaScript the commune list follows the province after "Lưu" (the answers are kept
//! server-side while the form has errors); with JavaScript it follows at once.

use super::AccountNav;
use crate::{
    accounts::{
        AccountKind, BLOOD_TYPES, DOC_TYPES, GENDERS, MARITAL, RELIGIONS, SaveProfile, Unit,
        get_profile, messages,
    },
    components::{
        PageTitle,
        form::{Checkbox, ErrorSummary, Errors, Radios, Select, Submit, TextField, errors_of},
    },
    error::AppError,
    i18n::*,
    islands::address::AddressIsland,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Redirect},
    hooks::use_query_map,
};

fn options(locale: Locale, values: &[&str]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| (v.to_string(), messages::choice_label(locale, v)))
        .collect()
}

/// An address: province, commune/ward (following the province), house number and street. The
/// fields are the island [`AddressIsland`]; this gives it the form's errors as they are now.
#[component]
pub fn AddressFields(
    prefix: &'static str,
    provinces: Vec<Unit>,
    communes: Vec<Unit>,
    province: String,
    commune: String,
    street: String,
    errors: Errors,
) -> impl IntoView {
    view! {
        <AddressIsland prefix=prefix.to_string() provinces=provinces communes=communes
            province=province commune=commune street=street errors=errors.get_untracked()/>
    }
}

/// "Thông tin tài khoản".
#[component]
pub fn ProfilePage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SaveProfile>::new();
    let errors = errors_of(action);
    let profile = Resource::new(|| (), |_| get_profile());
    let query = use_query_map();
    let notice = move || {
        query.with(|q| match q.get("tb").as_deref() {
            Some("da-luu") => Some(td_string!(locale, profile.saved)),
            Some("mat-khau") => Some(td_string!(locale, password.changed)),
            Some("so-dien-thoai") => Some(td_string!(locale, phone.changed)),
            _ => None,
        })
    };
    let title = Signal::derive(move || td_string!(locale, account.profile).to_string());
    view! {
        <PageTitle text=title error=Signal::derive(move || !errors.get().is_empty())/>
        <AccountNav current="/tai-khoan"/>
        <h1>{title}</h1>
        {move || notice().map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> })}
        <ErrorSummary errors=errors/>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let p = match profile.await {
                    Ok(p) => p,
                    Err(AppError::Unauthenticated) => {
                        return view! { <Redirect path="/dang-nhap?next=/tai-khoan"/> }.into_any();
                    }
                    Err(e) => return view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                };
                let v = p.values.clone();
                let organisation = p.kind == AccountKind::Organisation;
                let staff = !p.kind.is_public();
                view! {
                    <dl class="summary-list">
                        <div>
                            <dt>{if organisation { td_string!(locale, register.tax_code) } else { td_string!(locale, profile.login) }}</dt>
                            <dd>{p.login.clone()}</dd>
                        </div>
                        <div>
                            <dt>{td!(locale, profile.mobile)}</dt>
                            <dd>{p.phone.clone()}" "<A href="/tai-khoan/so-dien-thoai">{td!(locale, profile.change_phone)}</A></dd>
                        </div>
                    </dl>
                    <ActionForm action=action attr:novalidate=true>
                        <h2>{if organisation { td_string!(locale, profile.section_org) } else { td_string!(locale, profile.section_person) }}</h2>
                        <TextField name="full_name"
                            label=if organisation { td_string!(locale, register.org_name) } else { td_string!(locale, register.full_name) }
                            value=v.full_name.clone() errors=errors autocomplete=if organisation { "organization" } else { "name" }/>
                        {(!organisation && !staff).then(|| view! {
                            <Radios name="gender" legend=td_string!(locale, profile.gender)
                                options=options(locale, GENDERS) selected=v.gender.clone() errors=errors/>
                            <TextField name="birth_date" label=td_string!(locale, register.birth_date)
                                hint=td_string!(locale, register.birth_date_hint) value=v.birth_date.clone()
                                errors=errors inputmode="numeric" width="w10" autocomplete="bday"/>
                            <TextField name="nationality" label=td_string!(locale, profile.nationality)
                                hint=td_string!(locale, profile.nationality_hint) value=v.nationality.clone() errors=errors width="w20"/>
                            <TextField name="ethnicity" label=td_string!(locale, profile.ethnicity)
                                hint=td_string!(locale, profile.ethnicity_hint) value=v.ethnicity.clone() errors=errors width="w20"/>
                            <Select name="religion" label=td_string!(locale, profile.religion)
                                options=options(locale, RELIGIONS) placeholder=td_string!(locale, profile.choose)
                                selected=v.religion.clone() errors=errors/>
                            <Select name="marital_status" label=td_string!(locale, profile.marital_status)
                                options=options(locale, MARITAL) placeholder=td_string!(locale, profile.choose)
                                selected=v.marital_status.clone() errors=errors/>
                            <Select name="blood_type" label=td_string!(locale, profile.blood_type)
                                options=options(locale, BLOOD_TYPES) placeholder=td_string!(locale, profile.choose)
                                selected=v.blood_type.clone() errors=errors/>
                            <h2>{td!(locale, profile.section_documents)}</h2>
                            <Select name="doc_type" label=td_string!(locale, profile.doc_type)
                                options=options(locale, DOC_TYPES) placeholder=td_string!(locale, profile.choose)
                                selected=v.doc_type.clone() errors=errors/>
                            <TextField name="doc_number" label=td_string!(locale, profile.doc_number)
                                value=v.doc_number.clone() errors=errors width="w20" autocomplete="off"/>
                            <TextField name="doc_issue_date" label=td_string!(locale, profile.doc_issue_date)
                                hint=td_string!(locale, register.birth_date_hint) value=v.doc_issue_date.clone()
                                errors=errors inputmode="numeric" width="w10" autocomplete="off"/>
                            <TextField name="doc_issue_place" label=td_string!(locale, profile.doc_issue_place)
                                value=v.doc_issue_place.clone() errors=errors autocomplete="off"/>
                            <TextField name="personal_id_number" label=td_string!(locale, profile.personal_id_number)
                                hint=td_string!(locale, profile.personal_id_hint) value=v.personal_id_number.clone()
                                errors=errors inputmode="numeric" width="w10" autocomplete="off"/>
                        })}
                        {organisation.then(|| view! {
                            <TextField name="representative" label=td_string!(locale, register.representative)
                                value=v.representative.clone() errors=errors autocomplete="name"/>
                            <TextField name="representative_title" label=td_string!(locale, profile.representative_title)
                                value=v.representative_title.clone() errors=errors width="w20"/>
                            <TextField name="business_reg_number" label=td_string!(locale, profile.business_reg_number)
                                value=v.business_reg_number.clone() errors=errors width="w20" autocomplete="off"/>
                            <TextField name="website" label=td_string!(locale, profile.website)
                                value=v.website.clone() errors=errors input_type="url" autocomplete="url"/>
                        })}
                        <h2>{td!(locale, profile.section_contact)}</h2>
                        <TextField name="email" label=td_string!(locale, register.email)
                            hint=if p.email_verified || v.email.is_empty() { td_string!(locale, register.email_hint) } else { td_string!(locale, profile.email_unconfirmed) }
                            value=v.email.clone() errors=errors input_type="email" autocomplete="email"/>
                        <TextField name="current_password" label=td_string!(locale, profile.current_password)
                            hint=td_string!(locale, profile.current_password_hint) errors=errors
                            input_type="password" autocomplete="current-password" width="w20"/>
                        <TextField name="landline" label=td_string!(locale, profile.landline)
                            value=v.landline.clone() errors=errors input_type="tel" autocomplete="tel" width="w10"/>
                        <h2>{if organisation { td_string!(locale, profile.section_org_address) } else { td_string!(locale, profile.section_residence) }}</h2>
                        <AddressFields prefix="residence" provinces=p.provinces.clone() communes=p.residence_communes.clone()
                            province=v.residence_province.clone() commune=v.residence_commune.clone()
                            street=v.residence_street.clone() errors=errors/>
                        <h2>{td!(locale, profile.section_postal)}</h2>
                        <p class="hint">{td!(locale, profile.postal_hint)}</p>
                        <Checkbox name="postal_same" label=td_string!(locale, profile.postal_same)
                            checked=v.postal_same == "true" errors=errors/>
                        <AddressFields prefix="postal" provinces=p.provinces.clone() communes=p.postal_communes.clone()
                            province=v.postal_province.clone() commune=v.postal_commune.clone()
                            street=v.postal_street.clone() errors=errors/>
                        <Submit label=td_string!(locale, profile.save)/>
                    </ActionForm>
                }.into_any()
            })}
        </Transition>
    }
}
