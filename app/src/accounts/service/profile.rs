//! "Thông tin tài khoản": the profile of individuals and organisations, with the residence
//! address and the postal address chosen from the administrative units in force since 1 July
//! 2025 (province → commune → house number and street).
//!
//! Saving checks every field into a [`ProfileRecord`] (small checks, one per kind of field),
//! keeps the answers as a draft while they have errors, and asks for the password before the
//! e-mail address (where notices and links go) changes.

use super::{notices, password::check_own_password, users::require_user};
use crate::{
    accounts::{
        AccountKind, BLOOD_TYPES, DOC_TYPES, GENDERS, MARITAL, ProfileForm, ProfileView, RELIGIONS,
        Unit, messages,
        store::{self, AccountDetails, ProfileRecord, UserRow},
    },
    backend::{self, Services, messaging::templates, now_epoch, otp, session},
    error::{AppError, FieldErrors},
    i18n::*,
    locale,
};
use domain::{CitizenId, Date, Email, PersonName};

/// Where the answers of a profile form wait until they are saved.
const DRAFT: &str = "profile-draft";

pub async fn provinces(svc: &Services) -> Result<Vec<Unit>, AppError> {
    store::provinces(&svc.db).await
}

pub async fn communes(svc: &Services, province: &str) -> Result<Vec<Unit>, AppError> {
    if province.is_empty() {
        return Ok(Vec::new());
    }
    store::communes(&svc.db, province).await
}

/// The stored profile as the form shows it (dates as dd/mm/yyyy).
fn form_of(user: &UserRow, p: ProfileRecord) -> ProfileForm {
    let iso_to_dmy = |s: Option<String>| {
        s.and_then(|s| Date::parse_iso(&s).ok())
            .map(|d| d.format_dmy())
            .unwrap_or_default()
    };
    let same = p.residence_province.is_some()
        && (
            &p.residence_province,
            &p.residence_commune,
            &p.residence_street,
        ) == (&p.postal_province, &p.postal_commune, &p.postal_street);
    ProfileForm {
        full_name: user.full_name.clone(),
        gender: p.gender.unwrap_or_default(),
        birth_date: iso_to_dmy(user.birth_date.clone()),
        nationality: p.nationality.unwrap_or_default(),
        doc_type: p.doc_type.unwrap_or_default(),
        doc_number: p.doc_number.unwrap_or_default(),
        doc_issue_date: iso_to_dmy(p.doc_issue_date),
        doc_issue_place: p.doc_issue_place.unwrap_or_default(),
        email: user.email.clone().unwrap_or_default(),
        landline: p.landline.unwrap_or_default(),
        personal_id_number: p.personal_id_number.unwrap_or_default(),
        ethnicity: p.ethnicity.unwrap_or_default(),
        religion: p.religion.unwrap_or_default(),
        marital_status: p.marital_status.unwrap_or_default(),
        blood_type: p.blood_type.unwrap_or_default(),
        representative: p.representative.unwrap_or_default(),
        representative_title: p.representative_title.unwrap_or_default(),
        business_reg_number: p.business_reg_number.unwrap_or_default(),
        website: p.website.unwrap_or_default(),
        residence_province: p.residence_province.unwrap_or_default(),
        residence_commune: p.residence_commune.unwrap_or_default(),
        residence_street: p.residence_street.unwrap_or_default(),
        postal_province: p.postal_province.unwrap_or_default(),
        postal_commune: p.postal_commune.unwrap_or_default(),
        postal_street: p.postal_street.unwrap_or_default(),
        postal_same: if same { "true".into() } else { String::new() },
        current_password: String::new(),
    }
}

pub async fn get() -> Result<ProfileView, AppError> {
    let svc = backend::services()?;
    let (user, s) = require_user(&svc).await?;
    let draft = otp::load::<ProfileForm>(&svc.db, &s.id, DRAFT).await?;
    let values = match draft {
        Some(d) => d.data,
        None => form_of(&user, store::profile_of(&svc.db, user.id).await?),
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

/// The field checks of one form: each adds its message to `errs` and gives the stored value.
struct Checks {
    locale: Locale,
    errs: FieldErrors,
}

impl Checks {
    /// An optional date, not in the future (stored as ISO).
    fn optional_date(&mut self, field: &str, value: &str) -> Option<String> {
        if value.trim().is_empty() {
            return None;
        }
        match Date::parse_dmy(value) {
            Ok(d) if d > crate::format::vn_date(now_epoch()) => {
                self.errs.add(field, messages::date_future(self.locale));
                None
            }
            Ok(d) => Some(d.iso()),
            Err(e) => {
                self.errs.add(field, messages::date_error(self.locale, e));
                None
            }
        }
    }

    /// Free text with its spaces tidied, at most `max` characters; empty is `None`.
    fn text(&mut self, field: &str, value: &str, max: usize) -> Option<String> {
        let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if v.chars().count() > max {
            self.errs.add(field, messages::too_long(self.locale, max));
            return None;
        }
        (!v.is_empty()).then_some(v)
    }

    /// One of the list's values; empty is `None`.
    fn choice(&mut self, field: &str, value: &str, allowed: &[&str]) -> Option<String> {
        if value.is_empty() {
            return None;
        }
        if allowed.contains(&value) {
            Some(value.to_string())
        } else {
            self.errs
                .add(field, messages::choose_from_list(self.locale));
            None
        }
    }

    fn person_name(&mut self, field: &str, value: &str) -> Option<String> {
        match PersonName::parse(value) {
            Ok(n) => Some(n.as_str().to_string()),
            Err(e) => {
                self.errs.add(field, messages::name_error(self.locale, e));
                None
            }
        }
    }

    /// The account holder's name: an organisation's is free text, a person's a name.
    fn full_name(&mut self, organisation: bool, value: &str) -> Option<String> {
        if !organisation {
            return self.person_name("full_name", value);
        }
        let v = self.text("full_name", value, 250);
        if v.is_none() && !self.errs.has("full_name") {
            self.errs.add("full_name", messages::required(self.locale));
        }
        v
    }

    /// A person's birth date, which must agree with the CCCD the account was opened with.
    fn birth_date(&mut self, id_number: Option<&str>, value: &str) -> Option<String> {
        let d = self.optional_date("birth_date", value);
        if let (Some(d), Some(id)) = (&d, id_number)
            && let Ok(date) = Date::parse_iso(d)
            && CitizenId::parse(id, Some(date)).is_err()
        {
            self.errs.add(
                "birth_date",
                td_string!(self.locale, profile.birth_date_mismatch).to_string(),
            );
        }
        d
    }

    /// The identity document's number, as its type requires.
    fn doc_number(&mut self, doc_type: Option<&str>, value: &str) -> Option<String> {
        let n = self.text("doc_number", value, 20)?;
        let digits = |len: usize| n.len() == len && n.chars().all(|c| c.is_ascii_digit());
        let ok = match doc_type {
            Some("cccd") => digits(12),
            Some("cmnd") => digits(9),
            Some(_) => (6..=12).contains(&n.len()) && n.chars().all(|c| c.is_ascii_alphanumeric()),
            None => {
                self.errs.add(
                    "doc_type",
                    td_string!(self.locale, profile.doc_type_missing).to_string(),
                );
                true
            }
        };
        if !ok {
            self.errs.add(
                "doc_number",
                td_string!(self.locale, profile.doc_number_invalid).to_string(),
            );
        }
        Some(n)
    }

    fn email(&mut self, value: &str) -> Option<String> {
        if value.trim().is_empty() {
            return None;
        }
        match Email::parse(value) {
            Ok(e) => Some(e.as_str().to_string()),
            Err(e) => {
                self.errs
                    .add("email", messages::email_error(self.locale, e));
                None
            }
        }
    }

    /// A landline: 8 to 15 digits, with spaces and + - . ( ) allowed between them.
    fn landline(&mut self, value: &str) -> Option<String> {
        let l = self.text("landline", value, 20)?;
        let digits = l.chars().filter(|c| c.is_ascii_digit()).count();
        if !(8..=15).contains(&digits)
            || !l
                .chars()
                .all(|c| c.is_ascii_digit() || " +-.()".contains(c))
        {
            self.errs.add(
                "landline",
                td_string!(self.locale, profile.landline_invalid).to_string(),
            );
        }
        Some(l)
    }

    /// The 12-digit personal identification number (checked against the birth date).
    fn personal_id(&mut self, birth_date: Option<&str>, value: &str) -> Option<String> {
        if value.trim().is_empty() {
            return None;
        }
        let birth = birth_date.and_then(|d| Date::parse_iso(d).ok());
        match CitizenId::parse(value, birth) {
            Ok(id) if id.as_str().len() == 12 => Some(id.as_str().to_string()),
            Ok(_) => {
                self.errs.add(
                    "personal_id_number",
                    td_string!(self.locale, profile.personal_id_12).to_string(),
                );
                None
            }
            Err(e) => {
                self.errs.add(
                    "personal_id_number",
                    messages::citizen_id_error(self.locale, e),
                );
                None
            }
        }
    }

    /// A (province, commune) pair of existing units, the commune in the province; both empty
    /// is allowed.
    async fn address(
        &mut self,
        svc: &Services,
        prefix: &str,
        province: &str,
        commune: &str,
    ) -> Result<(Option<String>, Option<String>), AppError> {
        let (pf, cf) = (format!("{prefix}_province"), format!("{prefix}_commune"));
        if province.is_empty() {
            if !commune.is_empty() {
                self.errs.add(
                    &pf,
                    td_string!(self.locale, profile.province_missing).to_string(),
                );
            }
            return Ok((None, None));
        }
        if !store::province_exists(&svc.db, province).await? {
            self.errs.add(&pf, messages::choose_from_list(self.locale));
            return Ok((None, None));
        }
        if commune.is_empty() {
            self.errs.add(
                &cf,
                td_string!(self.locale, profile.commune_missing).to_string(),
            );
            return Ok((Some(province.to_string()), None));
        }
        if store::province_of_commune(&svc.db, commune)
            .await?
            .as_deref()
            != Some(province)
        {
            self.errs.add(
                &cf,
                td_string!(self.locale, profile.commune_not_in_province).to_string(),
            );
            return Ok((Some(province.to_string()), None));
        }
        Ok((Some(province.to_string()), Some(commune.to_string())))
    }
}

/// What a valid form becomes.
struct Parsed {
    full_name: Option<String>,
    birth_date: Option<String>,
    email: Option<String>,
    profile: ProfileRecord,
}

/// Checks every field of `f` for `user`; the errors stay in `c`.
async fn parse(
    svc: &Services,
    c: &mut Checks,
    user: &UserRow,
    f: &ProfileForm,
) -> Result<Parsed, AppError> {
    let organisation = user.kind == AccountKind::Organisation;
    let full_name = c.full_name(organisation, &f.full_name);
    let birth_date = if organisation {
        None
    } else {
        c.birth_date(user.id_number.as_deref(), &f.birth_date)
    };
    let gender = c.choice("gender", &f.gender, GENDERS);
    let nationality = c.text("nationality", &f.nationality, 60);
    let doc_type = c.choice("doc_type", &f.doc_type, DOC_TYPES);
    let doc_number = c.doc_number(doc_type.as_deref(), &f.doc_number);
    let doc_issue_date = c.optional_date("doc_issue_date", &f.doc_issue_date);
    let doc_issue_place = c.text("doc_issue_place", &f.doc_issue_place, 200);
    let email = c.email(&f.email);
    let landline = c.landline(&f.landline);
    let personal_id_number = c.personal_id(birth_date.as_deref(), &f.personal_id_number);
    let ethnicity = c.text("ethnicity", &f.ethnicity, 50);
    let religion = c.choice("religion", &f.religion, RELIGIONS);
    let marital_status = c.choice("marital_status", &f.marital_status, MARITAL);
    let blood_type = c.choice("blood_type", &f.blood_type, BLOOD_TYPES);
    let representative = if organisation {
        c.person_name("representative", &f.representative)
    } else {
        None
    };
    let representative_title = c.text("representative_title", &f.representative_title, 100);
    let business_reg_number = c.text("business_reg_number", &f.business_reg_number, 30);
    let website = c.text("website", &f.website, 200);
    let (residence_province, residence_commune) = c
        .address(
            svc,
            "residence",
            &f.residence_province,
            &f.residence_commune,
        )
        .await?;
    let residence_street = c.text("residence_street", &f.residence_street, 200);
    let (postal_province, postal_commune) = c
        .address(svc, "postal", &f.postal_province, &f.postal_commune)
        .await?;
    let postal_street = c.text("postal_street", &f.postal_street, 200);
    Ok(Parsed {
        full_name,
        birth_date,
        email,
        profile: ProfileRecord {
            gender,
            nationality,
            doc_type,
            doc_number,
            doc_issue_date,
            doc_issue_place,
            landline,
            personal_id_number,
            ethnicity,
            religion,
            marital_status,
            blood_type,
            representative,
            representative_title,
            business_reg_number,
            website,
            residence_province,
            residence_commune,
            residence_street,
            postal_province,
            postal_commune,
            postal_street,
        },
    })
}

/// Changing the e-mail address needs the password (so that a borrowed session cannot redirect
/// the notices and links), and the new address's confirmation counts against the budgets.
async fn allow_email_change(
    svc: &Services,
    locale: Locale,
    user: &UserRow,
    email: Option<&str>,
    password: &str,
) -> Result<(), AppError> {
    check_own_password(svc, user, password, "current_password").await?;
    if let Some(e) = email {
        let ip = session::request_meta(svc).ip;
        if let Err(e) = backend::budget::spend(
            svc,
            backend::budget::Kind::Email,
            backend::budget::Pool::Open,
            e,
            &ip,
        )
        .await?
        {
            return Err(AppError::field(
                "email",
                messages::budget_error(locale, e, true),
            ));
        }
    }
    Ok(())
}

/// The messages of a changed e-mail address: the new one's confirmation link, and a notice to
/// the old address when it was confirmed.
fn email_change_messages(
    svc: &Services,
    user: &UserRow,
    email: Option<&str>,
    now: i64,
) -> (Option<store::NewEmailToken>, Vec<store::Outgoing>) {
    let mut messages = Vec::new();
    let token = email.map(|e| {
        let (token, mail) = notices::email_confirmation(svc, &user.full_name, e);
        messages.push(mail);
        token
    });
    if let (Some(old), Some(_)) = (&user.email, user.email_verified_at) {
        let masked_new = email
            .and_then(|e| Email::parse(e).ok())
            .map(|e| e.masked())
            .unwrap_or_else(|| "—".to_string());
        messages.push(store::Outgoing::email(
            old,
            templates::email_changed_email(
                &user.full_name,
                &masked_new,
                &crate::format::datetime(now),
                &notices::hotline(),
            ),
        ));
    }
    (token, messages)
}

pub async fn save(mut f: ProfileForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let (user, s) = require_user(&svc).await?;
    if f.postal_same == "true" {
        f.postal_province = f.residence_province.clone();
        f.postal_commune = f.residence_commune.clone();
        f.postal_street = f.residence_street.clone();
    }
    let current_password = std::mem::take(&mut f.current_password);
    // The answers are kept until they are saved (the password is not among them).
    otp::save(&svc.db, &s.id, DRAFT, &f).await?;

    let mut checks = Checks {
        locale,
        errs: FieldErrors::default(),
    };
    let parsed = parse(&svc, &mut checks, &user, &f).await?;
    let email_changed = parsed.email != user.email;
    if email_changed && current_password.is_empty() {
        checks.errs.add(
            "current_password",
            td_string!(locale, profile.email_needs_password).to_string(),
        );
    }
    checks.errs.into_result()?;
    if email_changed {
        allow_email_change(
            &svc,
            locale,
            &user,
            parsed.email.as_deref(),
            &current_password,
        )
        .await?;
    }
    let now = now_epoch();
    let (token, messages) = if email_changed {
        email_change_messages(&svc, &user, parsed.email.as_deref(), now)
    } else {
        (None, Vec::new())
    };
    let account = AccountDetails {
        full_name: parsed.full_name.unwrap_or(user.full_name.clone()),
        birth_date: parsed.birth_date.or(user.birth_date.clone()),
        email: parsed.email,
        email_changed,
    };
    store::save_profile(
        &svc.db,
        user.id,
        &account,
        &parsed.profile,
        now,
        token.as_ref(),
        &messages,
    )
    .await?;
    notices::wake_outbox(&svc);
    otp::delete(&svc.db, &s.id, DRAFT).await?;
    leptos_axum::redirect("/tai-khoan?tb=da-luu");
    Ok(())
}
