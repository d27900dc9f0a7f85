//! Server-side sessions in the database (so several instances can share them).
//!
//! The cookie holds a random token; the table holds only its SHA-256. Every visitor who starts a
//! journey gets an anonymous session that carries the journey's answers; logging in deletes it and
//! creates a new one for the user (the id rotates, so a planted cookie is worthless). A session
//! ends after `session_idle_secs` without use or `session_absolute_secs` after it began.

use super::{Services, crypto, now_epoch};
use crate::error::AppError;
use cookie::{Cookie, SameSite};
use http::{HeaderValue, header};
use leptos::prelude::use_context;

/// Cookie name over plain HTTP (development, tests).
pub const COOKIE: &str = "sid";
/// Cookie name over TLS: the `__Host-` prefix pins it to this host, path `/` and `Secure`.
pub const COOKIE_SECURE: &str = "__Host-sid";

/// Only touch `last_seen_at` when it is at least this old, to spare a write per request.
const TOUCH_EVERY_SECS: i64 = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the cookie token (the primary key).
    pub id: String,
    pub user_id: Option<i64>,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

/// What the request says about its sender.
#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    pub token: Option<String>,
    pub ip: String,
    pub user_agent: String,
}

fn cookie_name(svc: &Services) -> &'static str {
    if svc.config.secure_cookies {
        COOKIE_SECURE
    } else {
        COOKIE
    }
}

/// Reads the session token, the client address and the user agent from the current request.
pub fn request_meta(svc: &Services) -> RequestMeta {
    match use_context::<http::request::Parts>() {
        Some(parts) => meta_of(svc, &parts.headers, &parts.extensions),
        None => RequestMeta::default(),
    }
}

/// The same, from a request's headers and extensions (plain axum handlers).
pub fn meta_of(
    svc: &Services,
    headers: &http::HeaderMap,
    extensions: &http::Extensions,
) -> RequestMeta {
    let name = cookie_name(svc);
    let token = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name && !c.value().is_empty())
        .map(|c| c.value().to_string());
    let forwarded = svc
        .config
        .trust_forwarded_for
        .then(|| {
            headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next_back())
                .map(|v| v.trim().to_string())
        })
        .flatten();
    let ip = forwarded
        .or_else(|| {
            extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip().to_string())
        })
        .unwrap_or_default();
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect();
    RequestMeta {
        token,
        ip,
        user_agent,
    }
}

/// The `Set-Cookie` value that gives the browser the session `value` (or clears it).
fn cookie_header(svc: &Services, value: &str, clear: bool) -> Option<HeaderValue> {
    let mut cookie = Cookie::build((cookie_name(svc), value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(svc.config.secure_cookies);
    if clear {
        cookie = cookie.max_age(cookie::time::Duration::ZERO);
    }
    HeaderValue::from_str(&cookie.to_string()).ok()
}

fn set_cookie(svc: &Services, value: &str, clear: bool) {
    let Some(res) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    if let Some(v) = cookie_header(svc, value, clear) {
        res.append_header(header::SET_COOKIE, v);
    }
    // Whatever a response carries about sessions must never be stored by a shared cache.
    res.insert_header(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
}

/// The session token a response gives the browser (its `Set-Cookie`), if it sets one: `Some("")`
/// when it clears it (logout).
pub fn token_set_by(svc: &Services, headers: &http::HeaderMap) -> Option<String> {
    let name = cookie_name(svc);
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| Cookie::parse(v).ok())
        .rfind(|c| c.name() == name)
        .map(|c| {
            let cleared = c.max_age().is_some_and(|a| a.is_zero());
            if cleared {
                String::new()
            } else {
                c.value().to_string()
            }
        })
}

type Row = (String, Option<i64>, i64, i64, i64);

fn from_row((id, user_id, created_at, last_seen_at, expires_at): Row) -> Session {
    Session {
        id,
        user_id,
        created_at,
        last_seen_at,
        expires_at,
    }
}

/// The session of this request, if its cookie names one that is still valid.
pub async fn current(svc: &Services) -> Result<Option<Session>, AppError> {
    lookup(svc, request_meta(svc).token.as_deref()).await
}

/// The valid session whose cookie token is `token`.
pub async fn lookup(svc: &Services, token: Option<&str>) -> Result<Option<Session>, AppError> {
    let Some(token) = token else {
        return Ok(None);
    };
    let id = crypto::sha256_hex(token);
    let now = now_epoch();
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, user_id, created_at, last_seen_at, expires_at FROM sessions WHERE id = $1",
    )
    .bind(&id)
    .fetch_optional(&svc.db.pool)
    .await?;
    let Some(session) = row.map(from_row) else {
        return Ok(None);
    };
    if session.expires_at <= now || session.last_seen_at + svc.config.session_idle_secs <= now {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(&session.id)
            .execute(&svc.db.pool)
            .await?;
        return Ok(None);
    }
    if now - session.last_seen_at >= TOUCH_EVERY_SECS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&session.id)
            .execute(&svc.db.pool)
            .await?;
    }
    Ok(Some(session))
}

async fn create(svc: &Services, user_id: Option<i64>) -> Result<Session, AppError> {
    let (session, token) = insert(svc, &request_meta(svc), user_id).await?;
    set_cookie(svc, &token, false);
    Ok(session)
}

/// A new session row for the sender `meta`; returns it with its cookie token.
async fn insert(
    svc: &Services,
    meta: &RequestMeta,
    user_id: Option<i64>,
) -> Result<(Session, String), AppError> {
    let token = crypto::random_token();
    let now = now_epoch();
    let session = Session {
        id: crypto::sha256_hex(&token),
        user_id,
        created_at: now,
        last_seen_at: now,
        expires_at: now + svc.config.session_absolute_secs,
    };
    sqlx::query(
        "INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&session.id)
    .bind(user_id)
    .bind(now)
    .bind(now)
    .bind(session.expires_at)
    .bind(&meta.ip)
    .bind(&meta.user_agent)
    .execute(&svc.db.pool)
    .await?;
    Ok((session, token))
}

/// A new anonymous session for a plain axum handler's request (no Leptos context there): the
/// session and the `Set-Cookie` header that hands it to the browser.
pub async fn start_anonymous(
    svc: &Services,
    meta: &RequestMeta,
) -> Result<(Session, Option<HeaderValue>), AppError> {
    let (session, token) = insert(svc, meta, None).await?;
    Ok((session, cookie_header(svc, &token, false)))
}

/// The current session, or a new anonymous one (journeys keep their answers in it).
pub async fn ensure(svc: &Services) -> Result<Session, AppError> {
    match current(svc).await? {
        Some(s) => Ok(s),
        None => create(svc, None).await,
    }
}

/// Logs `user_id` in: the old session (and every journey in it) is deleted and a new session id
/// is issued, so an id known before login is useless after it.
pub async fn start_authenticated(svc: &Services, user_id: i64) -> Result<Session, AppError> {
    if let Some(old) = current(svc).await? {
        delete(svc, &old.id).await?;
    }
    create(svc, Some(user_id)).await
}

async fn delete(svc: &Services, id: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sessions WHERE id = $1")
        .bind(id)
        .execute(&svc.db.pool)
        .await?;
    Ok(())
}

/// Logs out: deletes the session and clears the cookie.
pub async fn end(svc: &Services) -> Result<(), AppError> {
    if let Some(s) = current(svc).await? {
        delete(svc, &s.id).await?;
    }
    set_cookie(svc, "", true);
    Ok(())
}

/// Ends every session of `user_id` but `keep` (if any) inside the caller's transaction: a
/// change that must log the user out everywhere (a recovered password, a new phone number)
/// does it together with its own rows.
pub async fn end_all_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    keep: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Ends every session of `user_id` except `keep` (the one in use), e.g. after a password change.
pub async fn end_others(svc: &Services, user_id: i64, keep: &str) -> Result<u64, AppError> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep)
        .execute(&svc.db.pool)
        .await?;
    Ok(done.rows_affected())
}

/// Ends every session of `user_id` (password recovered, account disabled).
pub async fn end_all(svc: &Services, user_id: i64) -> Result<u64, AppError> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&svc.db.pool)
        .await?;
    Ok(done.rows_affected())
}

/// A session as its owner sees it in the list of active sessions.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub ip: String,
    pub user_agent: String,
}

/// The user's sessions that are still valid, most recently used first.
pub async fn list_for_user(svc: &Services, user_id: i64) -> Result<Vec<SessionInfo>, AppError> {
    let now = now_epoch();
    let rows: Vec<(String, i64, i64, String, String)> = sqlx::query_as(
        "SELECT id, created_at, last_seen_at, ip, user_agent FROM sessions \
         WHERE user_id = $1 AND expires_at > $2 AND last_seen_at > $3 \
         ORDER BY last_seen_at DESC",
    )
    .bind(user_id)
    .bind(now)
    .bind(now - svc.config.session_idle_secs)
    .fetch_all(&svc.db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, created_at, last_seen_at, ip, user_agent)| SessionInfo {
                id,
                created_at,
                last_seen_at,
                ip,
                user_agent,
            },
        )
        .collect())
}

/// Deletes sessions past their absolute or idle limit (run by the maintenance task).
pub async fn purge_expired(svc: &Services) -> Result<u64, sqlx::Error> {
    let now = now_epoch();
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(now - svc.config.session_idle_secs)
        .execute(&svc.db.pool)
        .await?;
    Ok(done.rows_affected())
}
