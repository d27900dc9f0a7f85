//! Account storage and the steps shared by the journeys (server side only).

use super::user::{AccountKind, CurrentUser};
use crate::{
    backend::{
        Services, crypto, internal,
        messaging::{
            outbox::{self, Channel},
            templates,
        },
        now_epoch, session,
    },
    error::AppError,
    format,
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
        kind: AccountKind::parse(&r.1).ok_or_else(|| internal(format!("bad kind {}", r.1)))?,
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

pub async fn user_by_id(svc: &Services, id: i64) -> Result<Option<UserRow>, AppError> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM users WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&svc.db.pool)
    .await?;
    row.map(from_row).transpose()
}

/// The account whose ID number, tax code or chosen username is `identifier` (as typed: spaces
/// and letter case do not matter).
pub async fn user_by_login(svc: &Services, identifier: &str) -> Result<Option<UserRow>, AppError> {
    let compact: String = identifier
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if compact.is_empty() {
        return Ok(None);
    }
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM users WHERE id_number = $1 OR tax_code = $1 OR username = $1"
    )))
    .bind(&compact)
    .fetch_optional(&svc.db.pool)
    .await?;
    row.map(from_row).transpose()
}

/// The logged-in user of this request.
pub async fn current_user(svc: &Services) -> Result<Option<CurrentUser>, AppError> {
    Ok(current_row(svc).await?.map(|u| CurrentUser {
        id: u.id,
        kind: u.kind,
        name: u.full_name,
    }))
}

/// The logged-in user of a plain axum request (uploads, downloads).
pub async fn user_of_request(
    svc: &Services,
    headers: &http::HeaderMap,
    extensions: &http::Extensions,
) -> Result<Option<UserRow>, AppError> {
    let meta = session::meta_of(svc, headers, extensions);
    let Some(s) = session::lookup(svc, meta.token.as_deref()).await? else {
        return Ok(None);
    };
    let Some(id) = s.user_id else { return Ok(None) };
    Ok(user_by_id(svc, id).await?.filter(|u| u.active))
}

async fn current_row(svc: &Services) -> Result<Option<UserRow>, AppError> {
    let Some(s) = session::current(svc).await? else {
        return Ok(None);
    };
    let Some(id) = s.user_id else {
        return Ok(None);
    };
    Ok(user_by_id(svc, id).await?.filter(|u| u.active))
}

/// The logged-in user and their session, or `Unauthenticated`.
pub async fn require_user(svc: &Services) -> Result<(UserRow, session::Session), AppError> {
    let s = session::current(svc)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let id = s.user_id.ok_or(AppError::Unauthenticated)?;
    let user = user_by_id(svc, id)
        .await?
        .filter(|u| u.active)
        .ok_or(AppError::Unauthenticated)?;
    Ok((user, s))
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

/// Inserts the account and its empty profile in `tx`.
pub async fn insert_user(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user: &NewUser,
) -> Result<i64, sqlx::Error> {
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

/// Whether an ID number, tax code or username is already some account's login.
pub async fn login_taken(svc: &Services, value: &str) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM users WHERE id_number = $1 OR tax_code = $1 OR username = $1",
    )
    .bind(value)
    .fetch_optional(&svc.db.pool)
    .await?;
    Ok(found.is_some())
}

/// Queues the e-mail confirmation link for `email` (valid 48 hours) in `tx`.
pub async fn queue_email_confirmation(
    svc: &Services,
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    name: &str,
    email: &str,
) -> Result<(), sqlx::Error> {
    const HOURS: i64 = 48;
    let token = crypto::random_token();
    sqlx::query(
        "INSERT INTO email_tokens (token_hash, user_id, email, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(crypto::sha256_hex(&token))
    .bind(user_id)
    .bind(email)
    .bind(now_epoch() + HOURS * 3600)
    .execute(&mut **tx)
    .await?;
    let link = format!(
        "{}/xac-nhan-email/{token}",
        svc.config.public_url.trim_end_matches('/')
    );
    let (subject, body) = templates::email_confirmation(name, &link, HOURS);
    outbox::enqueue(&mut **tx, Channel::Email, email, &subject, &body).await?;
    Ok(())
}

/// Queues a security notice about `user`'s account in `tx`: the SMS to `phone` (the number that
/// must hear of it: the account's, or the old one after a change) and, when the account has a
/// confirmed address, the e-mail (`email` builds it from the account holder's name).
pub async fn queue_notice(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user: &UserRow,
    phone: &str,
    sms: &str,
    email: impl FnOnce(&str) -> (String, String),
) -> Result<(), sqlx::Error> {
    outbox::enqueue(&mut **tx, Channel::Sms, phone, "", sms).await?;
    if let (Some(address), Some(_)) = (&user.email, user.email_verified_at) {
        let (subject, body) = email(&user.full_name);
        outbox::enqueue(&mut **tx, Channel::Email, address, &subject, &body).await?;
    }
    Ok(())
}

/// Queues the "your password was changed" notices (SMS, and e-mail when confirmed) in `tx`.
pub async fn queue_password_notice(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user: &UserRow,
    hotline: &str,
) -> Result<(), sqlx::Error> {
    let when = format::datetime(now_epoch());
    let sms = templates::password_changed_sms(&when, hotline);
    queue_notice(tx, user, &user.phone, &sms, |name| {
        templates::password_changed_email(name, &when, hotline)
    })
    .await
}

/// Wakes the outbox worker once a transaction that queued messages has committed.
pub fn wake_outbox(svc: &Services) {
    svc.outbox.notify_one();
}

/// The language the user reads messages in ("vi" or "en").
pub async fn set_language(svc: &Services, user_id: i64, language: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(if language == "en" { "en" } else { "vi" })
        .bind(user_id)
        .execute(&svc.db.pool)
        .await?;
    Ok(())
}
