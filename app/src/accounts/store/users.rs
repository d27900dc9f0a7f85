//! Accounts (`users`, with the empty `profiles` row each gets), staff agencies, passwords,
//! languages and e-mail confirmation.

use super::{NewEmailToken, Outgoing, Tx, insert_email_token, send_all};
use crate::{
    accounts::AccountKind,
    backend::{Db, audit, now_epoch},
    error::AppError,
};

/// An account as stored.
#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: i64,
    pub kind: AccountKind,
    pub username: Option<String>,
    pub id_number: Option<String>,
    pub tax_code: Option<String>,
    pub full_name: String,
    pub birth_date: Option<String>,
    pub phone: String,
    pub email: Option<String>,
    pub email_verified_at: Option<i64>,
    pub password_hash: String,
    pub active: bool,
}

type Row = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<i64>,
    String,
    String,
);

const COLUMNS: &str = "id, kind, username, id_number, tax_code, full_name, birth_date, phone, \
                       email, email_verified_at, password_hash, status";

fn from_row(r: Row) -> Result<UserRow, AppError> {
    Ok(UserRow {
        id: r.0,
        kind: AccountKind::parse(&r.1)
            .ok_or_else(|| AppError::internal(format!("bad kind {}", r.1)))?,
        username: r.2,
        id_number: r.3,
        tax_code: r.4,
        full_name: r.5,
        birth_date: r.6,
        phone: r.7,
        email: r.8,
        email_verified_at: r.9,
        password_hash: r.10,
        active: r.11 == "active",
    })
}

pub async fn user_by_id(db: &Db, id: i64) -> Result<Option<UserRow>, AppError> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM users WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(from_row).transpose()
}

/// The account whose ID number, tax code or username is `login` (already compacted and in
/// lower case).
pub async fn user_by_login(db: &Db, login: &str) -> Result<Option<UserRow>, AppError> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM users WHERE id_number = $1 OR tax_code = $1 OR username = $1"
    )))
    .bind(login)
    .fetch_optional(&db.pool)
    .await?;
    row.map(from_row).transpose()
}

/// Whether an ID number, tax code or username is already some account's login.
pub async fn login_taken(db: &Db, value: &str) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM users WHERE id_number = $1 OR tax_code = $1 OR username = $1",
    )
    .bind(value)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// A new account's details, already validated.
pub struct NewUser {
    pub kind: AccountKind,
    pub username: Option<String>,
    pub id_number: Option<String>,
    pub tax_code: Option<String>,
    pub full_name: String,
    pub birth_date: Option<String>,
    pub phone: String,
    pub email: Option<String>,
    pub password_hash: String,
    /// Organisations: the legal representative.
    pub representative: Option<String>,
}

/// Inserts the account and its empty profile in `tx` (the building block of [`register`] and
/// [`create_staff`]; the demo data uses it too).
pub async fn insert_user(tx: &mut Tx, user: &NewUser) -> Result<i64, sqlx::Error> {
    let now = now_epoch();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (kind, username, id_number, tax_code, full_name, birth_date, phone, \
         email, password_hash, status, created_at, updated_at, password_changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', $10, $10, $10) RETURNING id",
    )
    .bind(user.kind.as_str())
    .bind(&user.username)
    .bind(&user.id_number)
    .bind(&user.tax_code)
    .bind(&user.full_name)
    .bind(&user.birth_date)
    .bind(&user.phone)
    .bind(&user.email)
    .bind(&user.password_hash)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    // Citizens with a CCCD: it is also their personal identification number.
    let personal_id = user.id_number.as_ref().filter(|n| n.len() == 12).cloned();
    let doc_type = user
        .id_number
        .as_ref()
        .map(|n| if n.len() == 12 { "cccd" } else { "cmnd" }.to_string());
    sqlx::query(
        "INSERT INTO profiles (user_id, nationality, doc_type, doc_number, personal_id_number, \
         representative, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(matches!(user.kind, AccountKind::Citizen).then(|| "Việt Nam".to_string()))
    .bind(doc_type)
    .bind(&user.id_number)
    .bind(personal_id)
    .bind(&user.representative)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// A self-registered account: the account, its audit entry, the confirmation link of its
/// e-mail address (if any) and its messages. A unique violation (the same login registered
/// meanwhile) comes back as the database error, nothing written.
pub async fn register(
    db: &Db,
    user: &NewUser,
    email_token: Option<&NewEmailToken>,
    messages: &[Outgoing],
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let id = insert_user(&mut tx, user).await?;
    audit::record(&mut *tx, Some(id), "register", user.kind.as_str()).await?;
    if let Some(token) = email_token {
        insert_email_token(&mut tx, id, token).await?;
    }
    send_all(&mut tx, messages).await?;
    tx.commit().await?;
    Ok(id)
}

/// An officer's or administrator's account, with the agencies an officer works for (the first
/// is their own).
pub async fn create_staff(db: &Db, user: &NewUser, agencies: &[i64]) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let id = insert_user(&mut tx, user).await?;
    for (i, agency) in agencies.iter().enumerate() {
        sqlx::query("INSERT INTO officer_agencies (user_id, agency_id) VALUES ($1, $2)")
            .bind(id)
            .bind(agency)
            .execute(&mut *tx)
            .await?;
        if i == 0 {
            sqlx::query("UPDATE users SET agency_id = $1 WHERE id = $2")
                .bind(agency)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
    }
    audit::record(
        &mut *tx,
        None,
        "staff.created",
        &format!("{} {}", user.kind.as_str(), id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Counts the account's e-mail address as confirmed (the demo accounts' addresses), in `tx`.
pub async fn confirm_email_in(tx: &mut Tx, user_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2")
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Adds the agencies an officer works for (those not yet theirs); the first becomes their own
/// agency if they have none.
pub async fn add_officer_agencies(db: &Db, user_id: i64, agencies: &[i64]) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    for (i, agency) in agencies.iter().enumerate() {
        sqlx::query(
            "INSERT INTO officer_agencies (user_id, agency_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(user_id)
        .bind(agency)
        .execute(&mut *tx)
        .await?;
        if i == 0 {
            sqlx::query("UPDATE users SET agency_id = $1 WHERE id = $2 AND agency_id IS NULL")
                .bind(agency)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The language the user reads messages in ("vi" or "en").
pub async fn set_language(db: &Db, user_id: i64, language: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(language)
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A new password hash: with `end_sessions`, every session of the account ends in the same
/// transaction; `audit_action` names the change, `messages` tell the owner.
pub async fn set_password(
    db: &Db,
    user_id: i64,
    hash: &str,
    end_sessions: bool,
    audit_action: &str,
    messages: &[Outgoing],
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "UPDATE users SET password_hash = $1, password_changed_at = $2, updated_at = $2 WHERE id = $3",
    )
    .bind(hash)
    .bind(now_epoch())
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    if end_sessions {
        crate::backend::session::end_all_in(&mut tx, user_id, None).await?;
    }
    audit::record(&mut *tx, Some(user_id), audit_action, "").await?;
    send_all(&mut tx, messages).await?;
    tx.commit().await?;
    Ok(())
}

/// Uses the e-mail link whose token hashes to `token_hash`, if unused and unexpired, and
/// confirms the address it was sent to (not one changed since). `false`: no such link.
pub async fn confirm_email(db: &Db, token_hash: &str, now: i64) -> Result<bool, AppError> {
    let mut tx = db.begin().await?;
    let row: Option<(i64, String)> = sqlx::query_as(
        "UPDATE email_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
         AND expires_at > $1 RETURNING user_id, email",
    )
    .bind(now)
    .bind(token_hash)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((user_id, email)) = row else {
        return Ok(false);
    };
    sqlx::query(
        "UPDATE users SET email_verified_at = $1, updated_at = $1 WHERE id = $2 AND email = $3",
    )
    .bind(now)
    .bind(user_id)
    .bind(&email)
    .execute(&mut *tx)
    .await?;
    audit::record(&mut *tx, Some(user_id), "email.confirmed", "").await?;
    tx.commit().await?;
    Ok(true)
}

/// The agencies an officer works for: (id, name), their main one (`users.agency_id`) first,
/// then by name.
pub async fn officer_agencies(db: &Db, user_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.name FROM officer_agencies oa JOIN agencies a ON a.id = oa.agency_id \
         JOIN users u ON u.id = oa.user_id WHERE oa.user_id = $1 \
         ORDER BY CASE WHEN u.agency_id = a.id THEN 0 ELSE 1 END, a.name",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}
