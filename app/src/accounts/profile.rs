//! "Thông tin tài khoản": the profile form of the Bình Thuận portal for individuals and
//! organisations, with the residence address and the postal address for receiving documents,
//! both chosen from the administrative units in force since 1 July 2025 (province → commune →
//! house number and street).
//!
//! Without JavaScript the commune list follows the province after "Lưu" (the answers are kept
//! server-side while the form has errors); with JavaScript it follows at once.

use super::AccountKind;
use crate::{
    components::{
        PageTitle,
        form::{Checkbox, ErrorSummary, Errors, Radios, Select, Submit, TextField, errors_of},
    },
    error::{AppError, FieldError},
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{
    components::{A, Redirect},
    hooks::{use_location, use_query_map},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    pub full_name: String,
    pub gender: String,
    pub birth_date: String,
    pub nationality: String,
    pub doc_type: String,
    pub doc_number: String,
    pub doc_issue_date: String,
    pub doc_issue_place: String,
    pub email: String,
    pub landline: String,
    pub personal_id_number: String,
    pub ethnicity: String,
    pub religion: String,
    pub marital_status: String,
    pub blood_type: String,
    pub representative: String,
    pub representative_title: String,
    pub business_reg_number: String,
    pub website: String,
    pub residence_province: String,
    pub residence_commune: String,
    pub residence_street: String,
    pub postal_province: String,
    pub postal_commune: String,
    pub postal_street: String,
    /// "true": the postal address is the residence address.
    pub postal_same: String,
    /// The current password: needed to change the e-mail address; never stored, not even in
    /// the draft of the form.
    pub current_password: String,
}

/// (code, name) of an administrative unit.
pub type Unit = (String, String);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub kind: AccountKind,
    /// The login: ID number, tax code or username (the owner sees it whole).
    pub login: String,
    pub phone: String,
    pub email_verified: bool,
    pub values: ProfileForm,
    pub provinces: Vec<Unit>,
    pub residence_communes: Vec<Unit>,
    pub postal_communes: Vec<Unit>,
}

/// Choices of the select lists: (stored value, label key).
pub const GENDERS: &[&str] = &["nam", "nu", "chua_co"];
pub const DOC_TYPES: &[&str] = &["cccd", "cmnd", "ho_chieu"];
pub const RELIGIONS: &[&str] = &[
    "khong",
    "phat_giao",
    "cong_giao",
    "tin_lanh",
    "cao_dai",
    "hoa_hao",
    "hoi_giao",
    "khac",
];
pub const MARITAL: &[&str] = &["chua_ket_hon", "da_ket_hon", "ly_hon", "goa"];
pub const BLOOD_TYPES: &[&str] = &["A", "B", "AB", "O", "chua_ro"];

#[cfg(feature = "ssr")]
const DRAFT: &str = "profile-draft";

#[server(prefix = "/api", endpoint = "account/profile")]
pub async fn get_profile() -> Result<ProfileView, AppError> {
    let result: Result<ProfileView, AppError> = async move { server::get_profile().await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "account/profile/save")]
pub async fn save_profile(f: ProfileForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::save_profile(f).await }.await;
    result.map_err(AppError::respond)
}

/// The communes of a province (for the address lists, with JavaScript).
#[server(prefix = "/api", endpoint = "units/communes")]
pub async fn communes_of(province: String) -> Result<Vec<Unit>, AppError> {
    let result: Result<Vec<Unit>, AppError> = async move {
        let svc = crate::backend::services()?;
        server::communes(&svc, &province).await
    }
    .await;
    result.map_err(AppError::respond)
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::{
        accounts::{messages, service},
        backend::{self, Services, audit, internal, now_epoch, otp},
        error::FieldErrors,
        locale,
    };
    use domain::{CitizenId, Date, Email, PersonName};

    pub async fn provinces(svc: &Services) -> Result<Vec<Unit>, AppError> {
        sqlx::query_as("SELECT code, name FROM provinces ORDER BY name")
            .fetch_all(&svc.db.pool)
            .await
            .map_err(internal)
    }

    pub async fn communes(svc: &Services, province: &str) -> Result<Vec<Unit>, AppError> {
        if province.is_empty() {
            return Ok(Vec::new());
        }
        sqlx::query_as("SELECT code, name FROM communes WHERE province_code = $1 ORDER BY name")
            .bind(province)
            .fetch_all(&svc.db.pool)
            .await
            .map_err(internal)
    }

    type Eight = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    type AddressRow = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );

    async fn stored(svc: &Services, user: &service::UserRow) -> Result<ProfileForm, AppError> {
        let p1: Option<Eight> = sqlx::query_as(
            "SELECT gender, nationality, doc_type, doc_number, doc_issue_date, doc_issue_place, \
             landline, personal_id_number FROM profiles WHERE user_id = $1",
        )
        .bind(user.id)
        .fetch_optional(&svc.db.pool)
        .await?;
        let p2: Option<Eight> = sqlx::query_as(
            "SELECT ethnicity, religion, marital_status, blood_type, representative, \
             representative_title, business_reg_number, website FROM profiles WHERE user_id = $1",
        )
        .bind(user.id)
        .fetch_optional(&svc.db.pool)
        .await?;
        let a: Option<AddressRow> = sqlx::query_as(
            "SELECT residence_province, residence_commune, residence_street, \
             postal_province, postal_commune, postal_street FROM profiles WHERE user_id = $1",
        )
        .bind(user.id)
        .fetch_optional(&svc.db.pool)
        .await?;
        let p1 = p1.unwrap_or_default();
        let p2 = p2.unwrap_or_default();
        let a = a.unwrap_or_default();
        let iso_to_dmy = |s: Option<String>| {
            s.and_then(|s| Date::parse_iso(&s).ok())
                .map(|d| d.format_dmy())
                .unwrap_or_default()
        };
        let same = a.0.is_some()
            && (a.0.clone(), a.1.clone(), a.2.clone()) == (a.3.clone(), a.4.clone(), a.5.clone());
        Ok(ProfileForm {
            full_name: user.full_name.clone(),
            gender: p1.0.unwrap_or_default(),
            birth_date: iso_to_dmy(user.birth_date.clone()),
            nationality: p1.1.unwrap_or_default(),
            doc_type: p1.2.unwrap_or_default(),
            doc_number: p1.3.unwrap_or_default(),
            doc_issue_date: iso_to_dmy(p1.4),
            doc_issue_place: p1.5.unwrap_or_default(),
            email: user.email.clone().unwrap_or_default(),
            landline: p1.6.unwrap_or_default(),
            personal_id_number: p1.7.unwrap_or_default(),
            ethnicity: p2.0.unwrap_or_default(),
            religion: p2.1.unwrap_or_default(),
            marital_status: p2.2.unwrap_or_default(),
            blood_type: p2.3.unwrap_or_default(),
            representative: p2.4.unwrap_or_default(),
            representative_title: p2.5.unwrap_or_default(),
            business_reg_number: p2.6.unwrap_or_default(),
            website: p2.7.unwrap_or_default(),
            residence_province: a.0.unwrap_or_default(),
            residence_commune: a.1.unwrap_or_default(),
            residence_street: a.2.unwrap_or_default(),
            postal_province: a.3.unwrap_or_default(),
            postal_commune: a.4.unwrap_or_default(),
            postal_street: a.5.unwrap_or_default(),
            postal_same: if same { "true".into() } else { String::new() },
            current_password: String::new(),
        })
    }

    pub async fn get_profile() -> Result<ProfileView, AppError> {
        let svc = backend::services()?;
        let (user, s) = service::require_user(&svc).await?;
        let draft = otp::load::<ProfileForm>(&svc.db, &s.id, DRAFT).await?;
        let values = match draft {
            Some(d) => d.data,
            None => stored(&svc, &user).await?,
        };
        let login = user
            .id_number
            .clone()
            .or(user.tax_code.clone())
            .or(user.username.clone())
            .unwrap_or_default();
        Ok(ProfileView {
            kind: user.kind,
            login,
            phone: user.phone.clone(),
            email_verified: user.email_verified_at.is_some(),
            provinces: provinces(&svc).await?,
            residence_communes: communes(&svc, &values.residence_province).await?,
            postal_communes: communes(&svc, &values.postal_province).await?,
            values,
        })
    }

    fn optional_date(
        locale: crate::i18n::Locale,
        errs: &mut FieldErrors,
        field: &str,
        value: &str,
    ) -> Option<String> {
        if value.trim().is_empty() {
            return None;
        }
        match Date::parse_dmy(value) {
            Ok(d) if d > crate::format::vn_date(now_epoch()) => {
                errs.add(field, messages::date_future(locale));
                None
            }
            Ok(d) => Some(d.iso()),
            Err(e) => {
                errs.add(field, messages::date_error(locale, e));
                None
            }
        }
    }

    fn text(
        locale: crate::i18n::Locale,
        errs: &mut FieldErrors,
        field: &str,
        value: &str,
        max: usize,
    ) -> Option<String> {
        let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if v.chars().count() > max {
            errs.add(field, messages::too_long(locale, max));
            return None;
        }
        (!v.is_empty()).then_some(v)
    }

    fn choice(
        locale: crate::i18n::Locale,
        errs: &mut FieldErrors,
        field: &str,
        value: &str,
        allowed: &[&str],
    ) -> Option<String> {
        if value.is_empty() {
            return None;
        }
        if allowed.contains(&value) {
            Some(value.to_string())
        } else {
            errs.add(field, messages::choose_from_list(locale));
            None
        }
    }

    /// Checks a (province, commune) pair; both empty is allowed.
    async fn address(
        svc: &Services,
        locale: crate::i18n::Locale,
        errs: &mut FieldErrors,
        prefix: &str,
        province: &str,
        commune: &str,
    ) -> Result<(Option<String>, Option<String>), AppError> {
        let (pf, cf) = (format!("{prefix}_province"), format!("{prefix}_commune"));
        if province.is_empty() {
            if !commune.is_empty() {
                errs.add(
                    &pf,
                    td_string!(locale, profile.province_missing).to_string(),
                );
            }
            return Ok((None, None));
        }
        let exists: Option<String> =
            sqlx::query_scalar("SELECT code FROM provinces WHERE code = $1")
                .bind(province)
                .fetch_optional(&svc.db.pool)
                .await?;
        if exists.is_none() {
            errs.add(&pf, messages::choose_from_list(locale));
            return Ok((None, None));
        }
        if commune.is_empty() {
            errs.add(&cf, td_string!(locale, profile.commune_missing).to_string());
            return Ok((Some(province.to_string()), None));
        }
        let of: Option<String> =
            sqlx::query_scalar("SELECT province_code FROM communes WHERE code = $1")
                .bind(commune)
                .fetch_optional(&svc.db.pool)
                .await?;
        if of.as_deref() != Some(province) {
            errs.add(
                &cf,
                td_string!(locale, profile.commune_not_in_province).to_string(),
            );
            return Ok((Some(province.to_string()), None));
        }
        Ok((Some(province.to_string()), Some(commune.to_string())))
    }

    pub async fn save_profile(mut f: ProfileForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let (user, s) = service::require_user(&svc).await?;
        if f.postal_same == "true" {
            f.postal_province = f.residence_province.clone();
            f.postal_commune = f.residence_commune.clone();
            f.postal_street = f.residence_street.clone();
        }
        let current_password = std::mem::take(&mut f.current_password);
        // The answers are kept until they are saved (the password is not among them).
        otp::save(&svc.db, &s.id, DRAFT, &f).await?;

        let mut errs = FieldErrors::default();
        let organisation = user.kind == AccountKind::Organisation;
        let full_name = if organisation {
            let v = text(locale, &mut errs, "full_name", &f.full_name, 250);
            if v.is_none() && !errs.has("full_name") {
                errs.add("full_name", messages::required(locale));
            }
            v
        } else {
            match PersonName::parse(&f.full_name) {
                Ok(n) => Some(n.as_str().to_string()),
                Err(e) => {
                    errs.add("full_name", messages::name_error(locale, e));
                    None
                }
            }
        };
        let birth_date = if organisation {
            None
        } else {
            let d = optional_date(locale, &mut errs, "birth_date", &f.birth_date);
            // The birth date must agree with the CCCD the account was opened with.
            if let (Some(d), Some(id)) = (&d, &user.id_number)
                && let Ok(date) = Date::parse_iso(d)
                && CitizenId::parse(id, Some(date)).is_err()
            {
                errs.add(
                    "birth_date",
                    td_string!(locale, profile.birth_date_mismatch).to_string(),
                );
            }
            d
        };
        let gender = choice(locale, &mut errs, "gender", &f.gender, GENDERS);
        let nationality = text(locale, &mut errs, "nationality", &f.nationality, 60);
        let doc_type = choice(locale, &mut errs, "doc_type", &f.doc_type, DOC_TYPES);
        let doc_number = text(locale, &mut errs, "doc_number", &f.doc_number, 20);
        if let Some(n) = &doc_number {
            let ok = match doc_type.as_deref() {
                Some("cccd") => n.len() == 12 && n.chars().all(|c| c.is_ascii_digit()),
                Some("cmnd") => n.len() == 9 && n.chars().all(|c| c.is_ascii_digit()),
                Some(_) => {
                    (6..=12).contains(&n.len()) && n.chars().all(|c| c.is_ascii_alphanumeric())
                }
                None => {
                    errs.add(
                        "doc_type",
                        td_string!(locale, profile.doc_type_missing).to_string(),
                    );
                    true
                }
            };
            if !ok {
                errs.add(
                    "doc_number",
                    td_string!(locale, profile.doc_number_invalid).to_string(),
                );
            }
        }
        let doc_issue_date = optional_date(locale, &mut errs, "doc_issue_date", &f.doc_issue_date);
        let doc_issue_place = text(
            locale,
            &mut errs,
            "doc_issue_place",
            &f.doc_issue_place,
            200,
        );
        let email = if f.email.trim().is_empty() {
            None
        } else {
            match Email::parse(&f.email) {
                Ok(e) => Some(e.as_str().to_string()),
                Err(e) => {
                    errs.add("email", messages::email_error(locale, e));
                    None
                }
            }
        };
        let landline = text(locale, &mut errs, "landline", &f.landline, 20);
        if let Some(l) = &landline {
            let digits = l.chars().filter(|c| c.is_ascii_digit()).count();
            if !(8..=15).contains(&digits)
                || !l
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-.()".contains(c))
            {
                errs.add(
                    "landline",
                    td_string!(locale, profile.landline_invalid).to_string(),
                );
            }
        }
        let personal_id_number = if f.personal_id_number.trim().is_empty() {
            None
        } else {
            let birth = birth_date.as_deref().and_then(|d| Date::parse_iso(d).ok());
            match CitizenId::parse(&f.personal_id_number, birth) {
                Ok(id) if id.as_str().len() == 12 => Some(id.as_str().to_string()),
                Ok(_) => {
                    errs.add(
                        "personal_id_number",
                        td_string!(locale, profile.personal_id_12).to_string(),
                    );
                    None
                }
                Err(e) => {
                    errs.add("personal_id_number", messages::citizen_id_error(locale, e));
                    None
                }
            }
        };
        let ethnicity = text(locale, &mut errs, "ethnicity", &f.ethnicity, 50);
        let religion = choice(locale, &mut errs, "religion", &f.religion, RELIGIONS);
        let marital_status = choice(
            locale,
            &mut errs,
            "marital_status",
            &f.marital_status,
            MARITAL,
        );
        let blood_type = choice(locale, &mut errs, "blood_type", &f.blood_type, BLOOD_TYPES);
        let representative = if organisation {
            match PersonName::parse(&f.representative) {
                Ok(n) => Some(n.as_str().to_string()),
                Err(e) => {
                    errs.add("representative", messages::name_error(locale, e));
                    None
                }
            }
        } else {
            None
        };
        let representative_title = text(
            locale,
            &mut errs,
            "representative_title",
            &f.representative_title,
            100,
        );
        let business_reg_number = text(
            locale,
            &mut errs,
            "business_reg_number",
            &f.business_reg_number,
            30,
        );
        let website = text(locale, &mut errs, "website", &f.website, 200);
        let (rp, rc) = address(
            &svc,
            locale,
            &mut errs,
            "residence",
            &f.residence_province,
            &f.residence_commune,
        )
        .await?;
        let residence_street = text(
            locale,
            &mut errs,
            "residence_street",
            &f.residence_street,
            200,
        );
        let (pp, pc) = address(
            &svc,
            locale,
            &mut errs,
            "postal",
            &f.postal_province,
            &f.postal_commune,
        )
        .await?;
        let postal_street = text(locale, &mut errs, "postal_street", &f.postal_street, 200);

        // Changing the e-mail address (where notices and links go) needs the password, so
        // that a borrowed session cannot redirect them.
        let email_changed = email != user.email;
        if email_changed && current_password.is_empty() {
            errs.add(
                "current_password",
                td_string!(locale, profile.email_needs_password).to_string(),
            );
        }
        errs.into_result()?;
        if email_changed {
            crate::accounts::password::server::check_own_password(
                &svc,
                &user,
                &current_password,
                "current_password",
            )
            .await?;
            if let Some(e) = &email {
                let ip = crate::backend::session::request_meta(&svc).ip;
                if let Err(e) =
                    crate::backend::budget::spend(&svc, crate::backend::budget::Kind::Email, e, &ip)
                        .await?
                {
                    return Err(AppError::field(
                        "email",
                        messages::budget_error(locale, e, true),
                    ));
                }
            }
        }
        let now = now_epoch();
        let mut tx = svc.db.begin().await?;
        sqlx::query(
            "UPDATE users SET full_name = $1, birth_date = $2, email = $3, \
             email_verified_at = CASE WHEN $4 THEN NULL ELSE email_verified_at END, updated_at = $5 \
             WHERE id = $6",
        )
        .bind(full_name.unwrap_or(user.full_name.clone()))
        .bind(birth_date.or(user.birth_date.clone()))
        .bind(&email)
        .bind(email_changed)
        .bind(now)
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE profiles SET gender = $1, nationality = $2, doc_type = $3, doc_number = $4, \
             doc_issue_date = $5, doc_issue_place = $6, landline = $7, personal_id_number = $8, \
             ethnicity = $9, religion = $10, marital_status = $11, blood_type = $12, \
             representative = $13, representative_title = $14, business_reg_number = $15, \
             website = $16, residence_province = $17, residence_commune = $18, \
             residence_street = $19, postal_province = $20, postal_commune = $21, \
             postal_street = $22, updated_at = $23 WHERE user_id = $24",
        )
        .bind(gender)
        .bind(nationality)
        .bind(doc_type)
        .bind(doc_number)
        .bind(doc_issue_date)
        .bind(doc_issue_place)
        .bind(landline)
        .bind(personal_id_number)
        .bind(ethnicity)
        .bind(religion)
        .bind(marital_status)
        .bind(blood_type)
        .bind(representative)
        .bind(representative_title)
        .bind(business_reg_number)
        .bind(website)
        .bind(rp)
        .bind(rc)
        .bind(residence_street)
        .bind(pp)
        .bind(pc)
        .bind(postal_street)
        .bind(now)
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
        audit::record(&mut *tx, Some(user.id), "profile.updated", "").await?;
        if email_changed && let Some(e) = &email {
            service::queue_email_confirmation(&svc, &mut tx, user.id, &user.full_name, e).await?;
        }
        // The old confirmed address learns of the change.
        if email_changed && let (Some(old), Some(_)) = (&user.email, user.email_verified_at) {
            let masked_new = email
                .as_deref()
                .and_then(|e| domain::Email::parse(e).ok())
                .map(|e| e.masked())
                .unwrap_or_else(|| "—".to_string());
            let hotline = use_context::<crate::site::SiteInfo>()
                .map(|s| s.hotline)
                .unwrap_or_default();
            let (subject, body) = crate::backend::messaging::templates::email_changed_email(
                &user.full_name,
                &masked_new,
                &crate::format::datetime(now),
                &hotline,
            );
            crate::backend::messaging::outbox::enqueue(
                &mut *tx,
                crate::backend::messaging::outbox::Channel::Email,
                old,
                &subject,
                &body,
            )
            .await?;
        }
        tx.commit().await?;
        service::wake_outbox(&svc);
        otp::delete(&svc.db, &s.id, DRAFT).await?;
        leptos_axum::redirect("/tai-khoan?tb=da-luu");
        Ok(())
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
            </ul>
        </nav>
    }
}

/// Sends the visitor to the login page and back here (never the login page to itself, which
/// would make it its own `next`).
#[component]
pub fn LoginFirst() -> impl IntoView {
    let here = use_location().pathname.get_untracked();
    (!here.starts_with("/dang-nhap"))
        .then(|| view! { <Redirect path=format!("/dang-nhap?next={here}")/> })
}

/// Shows its children to a logged-in user; sends anyone else to the login page and back.
#[component]
pub fn RequireLogin(children: ChildrenFn) -> impl IntoView {
    let user = super::use_user();
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

fn options(locale: Locale, values: &[&str]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| (v.to_string(), super::messages::choice_label(locale, v)))
        .collect()
}

/// An address: province, commune/ward (following the province), house number and street.
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

/// The address in the browser: an island, so that the commune list follows the province at
/// once. Without JavaScript the list is the saved province's until the form is posted, and a
/// commune of another province is refused with a message.
#[island]
fn AddressIsland(
    prefix: String,
    provinces: Vec<Unit>,
    communes: Vec<Unit>,
    province: String,
    commune: String,
    street: String,
    errors: Vec<FieldError>,
) -> impl IntoView {
    let errors: Errors = Signal::stored(errors);
    let locale = use_locale();
    let chosen = RwSignal::new(province.clone());
    let initial = communes;
    let first = province.clone();
    let loaded = Resource::new(
        move || chosen.get(),
        move |p| {
            let first = first.clone();
            async move {
                // The page came with the first province's list: no request for it.
                if p.is_empty() || p == first {
                    Ok(Vec::new())
                } else {
                    communes_of(p).await
                }
            }
        },
    );
    let commune_options = Signal::derive(move || {
        // Until the visitor picks another province, the list rendered by the server stays.
        match loaded.get() {
            Some(Ok(list)) if chosen.get() != province => list,
            _ => initial.clone(),
        }
    });
    let provinces = Signal::stored(provinces);
    view! {
        <Select name=format!("{prefix}_province") label=td_string!(locale, profile.province)
            options=provinces placeholder=td_string!(locale, profile.choose_province)
            selected=chosen errors=errors
            on_change=Callback::new(move |v: String| chosen.set(v))/>
        <Select name=format!("{prefix}_commune") label=td_string!(locale, profile.commune)
            hint=td_string!(locale, profile.commune_hint)
            options=commune_options placeholder=td_string!(locale, profile.choose_commune)
            selected=commune errors=errors/>
        <TextField name=format!("{prefix}_street") label=td_string!(locale, profile.street)
            hint=td_string!(locale, profile.street_hint) value=street errors=errors
            autocomplete="address-line1"/>
    }
}

/// "Thông tin tài khoản".
#[component]
pub fn ProfilePage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SaveProfile>::new();
    let errors = errors_of(action);
    let profile = Resource::new(move || action.version().get(), |_| get_profile());
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
