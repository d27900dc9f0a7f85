//! The profile (`profiles`, and the name, birth date and e-mail kept on `users`) and the
//! administrative units its addresses are chosen from.

use super::{NewEmailToken, Outgoing, insert_email_token, send_all};
use crate::{
    backend::{Db, audit},
    error::AppError,
};

pub use crate::accounts::Unit;

/// A profile as stored (dates as ISO `yyyy-mm-dd`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileRecord {
    pub gender: Option<String>,
    pub nationality: Option<String>,
    pub doc_type: Option<String>,
    pub doc_number: Option<String>,
    pub doc_issue_date: Option<String>,
    pub doc_issue_place: Option<String>,
    pub landline: Option<String>,
    pub personal_id_number: Option<String>,
    pub ethnicity: Option<String>,
    pub religion: Option<String>,
    pub marital_status: Option<String>,
    pub blood_type: Option<String>,
    pub representative: Option<String>,
    pub representative_title: Option<String>,
    pub business_reg_number: Option<String>,
    pub website: Option<String>,
    pub residence_province: Option<String>,
    pub residence_commune: Option<String>,
    pub residence_street: Option<String>,
    pub postal_province: Option<String>,
    pub postal_commune: Option<String>,
    pub postal_street: Option<String>,
}

/// What a profile change writes on the account itself.
#[derive(Debug, Clone)]
pub struct AccountDetails {
    pub full_name: String,
    pub birth_date: Option<String>,
    pub email: Option<String>,
    /// The address is not the one stored: it is unconfirmed again.
    pub email_changed: bool,
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
type Six = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The profile of `user_id` (empty when it has none).
pub async fn profile_of(db: &Db, user_id: i64) -> Result<ProfileRecord, AppError> {
    let p1: Option<Eight> = sqlx::query_as(
        "SELECT gender, nationality, doc_type, doc_number, doc_issue_date, doc_issue_place, \
         landline, personal_id_number FROM profiles WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    let p2: Option<Eight> = sqlx::query_as(
        "SELECT ethnicity, religion, marital_status, blood_type, representative, \
         representative_title, business_reg_number, website FROM profiles WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    let a: Option<Six> = sqlx::query_as(
        "SELECT residence_province, residence_commune, residence_street, \
         postal_province, postal_commune, postal_street FROM profiles WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    let p1 = p1.unwrap_or_default();
    let p2 = p2.unwrap_or_default();
    let a = a.unwrap_or_default();
    Ok(ProfileRecord {
        gender: p1.0,
        nationality: p1.1,
        doc_type: p1.2,
        doc_number: p1.3,
        doc_issue_date: p1.4,
        doc_issue_place: p1.5,
        landline: p1.6,
        personal_id_number: p1.7,
        ethnicity: p2.0,
        religion: p2.1,
        marital_status: p2.2,
        blood_type: p2.3,
        representative: p2.4,
        representative_title: p2.5,
        business_reg_number: p2.6,
        website: p2.7,
        residence_province: a.0,
        residence_commune: a.1,
        residence_street: a.2,
        postal_province: a.3,
        postal_commune: a.4,
        postal_street: a.5,
    })
}

/// Saves the profile and the account's details, with a new confirmation link when the e-mail
/// address changed and the messages that tell of it.
pub async fn save_profile(
    db: &Db,
    user_id: i64,
    account: &AccountDetails,
    p: &ProfileRecord,
    now: i64,
    email_token: Option<&NewEmailToken>,
    messages: &[Outgoing],
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "UPDATE users SET full_name = $1, birth_date = $2, email = $3, \
         email_verified_at = CASE WHEN $4 THEN NULL ELSE email_verified_at END, updated_at = $5 \
         WHERE id = $6",
    )
    .bind(&account.full_name)
    .bind(&account.birth_date)
    .bind(&account.email)
    .bind(account.email_changed)
    .bind(now)
    .bind(user_id)
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
    .bind(&p.gender)
    .bind(&p.nationality)
    .bind(&p.doc_type)
    .bind(&p.doc_number)
    .bind(&p.doc_issue_date)
    .bind(&p.doc_issue_place)
    .bind(&p.landline)
    .bind(&p.personal_id_number)
    .bind(&p.ethnicity)
    .bind(&p.religion)
    .bind(&p.marital_status)
    .bind(&p.blood_type)
    .bind(&p.representative)
    .bind(&p.representative_title)
    .bind(&p.business_reg_number)
    .bind(&p.website)
    .bind(&p.residence_province)
    .bind(&p.residence_commune)
    .bind(&p.residence_street)
    .bind(&p.postal_province)
    .bind(&p.postal_commune)
    .bind(&p.postal_street)
    .bind(now)
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    audit::record(&mut *tx, Some(user_id), "profile.updated", "").await?;
    if let Some(token) = email_token {
        insert_email_token(&mut tx, user_id, token).await?;
    }
    send_all(&mut tx, messages).await?;
    tx.commit().await?;
    Ok(())
}

/// Every province, by name.
pub async fn provinces(db: &Db) -> Result<Vec<Unit>, AppError> {
    Ok(
        sqlx::query_as("SELECT code, name FROM provinces ORDER BY name")
            .fetch_all(&db.pool)
            .await?,
    )
}

/// The communes of `province`, by name.
pub async fn communes(db: &Db, province: &str) -> Result<Vec<Unit>, AppError> {
    Ok(
        sqlx::query_as("SELECT code, name FROM communes WHERE province_code = $1 ORDER BY name")
            .bind(province)
            .fetch_all(&db.pool)
            .await?,
    )
}

pub async fn province_exists(db: &Db, code: &str) -> Result<bool, AppError> {
    let found: Option<String> = sqlx::query_scalar("SELECT code FROM provinces WHERE code = $1")
        .bind(code)
        .fetch_optional(&db.pool)
        .await?;
    Ok(found.is_some())
}

/// The province a commune belongs to.
pub async fn province_of_commune(db: &Db, commune: &str) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT province_code FROM communes WHERE code = $1")
            .bind(commune)
            .fetch_optional(&db.pool)
            .await?,
    )
}
