//! Journeys in progress ("flows": register, log in, recover a password, change the phone) and
//! their one-time passwords.
//!
//! A flow belongs to the visitor's session and keeps the answers given so far as JSON, so a
//! page can be rendered again from the server (also without JavaScript) and nothing typed is
//! lost. Its OTP is 6 digits, stored only as an HMAC bound to the session and the purpose,
//! valid for 5 minutes and for at most 5 tries; a new code needs the resend cooldown to have
//! passed and stays under an hourly cap per phone number.

use super::{Db, Services, crypto, internal, messaging, now_epoch, throttle};
use crate::error::AppError;
use serde::{Serialize, de::DeserializeOwned};

/// A flow older than this is treated as abandoned.
const FLOW_TTL_SECS: i64 = 3600;

/// A flow's stored state.
#[derive(Debug, Clone)]
pub struct Flow<T> {
    pub data: T,
    pub otp_expires_at: Option<i64>,
    pub otp_attempts: i64,
    pub otp_sent_at: Option<i64>,
    pub otp_sends: i64,
}

impl<T> Flow<T> {
    /// Seconds before another code may be sent (0 when one may be sent now).
    pub fn resend_in(&self, policy: &super::OtpPolicy) -> i64 {
        self.otp_sent_at.map_or(0, |t| {
            (t + policy.resend_cooldown_secs - now_epoch()).max(0)
        })
    }
}

type Row = (String, Option<i64>, i64, Option<i64>, i64, i64);

/// Loads the flow `purpose` of `session_id`, if there is one and it is not stale.
pub async fn load<T: DeserializeOwned>(
    db: &Db,
    session_id: &str,
    purpose: &str,
) -> Result<Option<Flow<T>>, AppError> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT data, otp_expires_at, otp_attempts, otp_sent_at, otp_sends, created_at \
         FROM auth_flows WHERE session_id = $1 AND purpose = $2",
    )
    .bind(session_id)
    .bind(purpose)
    .fetch_optional(&db.pool)
    .await
    .map_err(internal)?;
    let Some((data, otp_expires_at, otp_attempts, otp_sent_at, otp_sends, created_at)) = row else {
        return Ok(None);
    };
    if created_at + FLOW_TTL_SECS <= now_epoch() {
        delete(db, session_id, purpose).await?;
        return Ok(None);
    }
    let data = serde_json::from_str(&data).map_err(internal)?;
    Ok(Some(Flow {
        data,
        otp_expires_at,
        otp_attempts,
        otp_sent_at,
        otp_sends,
    }))
}

/// Creates the flow, or replaces its answers (keeping any code already sent).
pub async fn save<T: Serialize>(
    db: &Db,
    session_id: &str,
    purpose: &str,
    data: &T,
) -> Result<(), AppError> {
    let json = serde_json::to_string(data).map_err(internal)?;
    let now = now_epoch();
    sqlx::query(
        "INSERT INTO auth_flows (session_id, purpose, data, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (session_id, purpose) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
    )
    .bind(session_id)
    .bind(purpose)
    .bind(json)
    .bind(now)
    .execute(&db.pool)
    .await
    .map_err(internal)?;
    Ok(())
}

/// Starts the flow over: new answers, no code sent yet, a fresh lifetime.
pub async fn restart<T: Serialize>(
    db: &Db,
    session_id: &str,
    purpose: &str,
    data: &T,
) -> Result<(), AppError> {
    delete(db, session_id, purpose).await?;
    save(db, session_id, purpose, data).await
}

pub async fn delete(db: &Db, session_id: &str, purpose: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM auth_flows WHERE session_id = $1 AND purpose = $2")
        .bind(session_id)
        .bind(purpose)
        .execute(&db.pool)
        .await
        .map_err(internal)?;
    Ok(())
}

/// Why a code could not be sent or was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtpError {
    /// Wait this many seconds before asking for another code.
    Cooldown(i64),
    /// Too many codes sent to this number in the last hour.
    HourlyCap,
    /// The SMS provider refused or could not be reached.
    SendFailed,
    /// No code was sent, or it has expired: ask for a new one.
    Expired,
    /// The code was wrong too many times: ask for a new one.
    TooManyAttempts,
    /// Wrong code; this many tries are left.
    Wrong { remaining: i64 },
}

fn otp_hash(svc: &Services, session_id: &str, purpose: &str, code: &str) -> String {
    crypto::keyed_hash(&svc.config.secret_key, &["otp", session_id, purpose, code])
}

/// Where a code goes and what it is for (the SMS text names the purpose).
pub struct OtpTarget<'a> {
    pub phone: &'a str,
    pub purpose_text: &'a str,
}

/// Sends a new code to `target.phone` for the flow, or pretends to when `deliver` is false
/// (password recovery for details that match no account: the visitor must not learn that).
/// The code goes straight to the SMS provider, not through the outbox, so that it is never
/// stored in clear.
pub async fn issue(
    svc: &Services,
    session_id: &str,
    purpose: &str,
    target: OtpTarget<'_>,
    deliver: bool,
) -> Result<Result<(), OtpError>, AppError> {
    let policy = svc.config.otp;
    let now = now_epoch();
    let sent_at: Option<Option<i64>> = sqlx::query_scalar(
        "SELECT otp_sent_at FROM auth_flows WHERE session_id = $1 AND purpose = $2",
    )
    .bind(session_id)
    .bind(purpose)
    .fetch_optional(&svc.db.pool)
    .await
    .map_err(internal)?;
    let Some(sent_at) = sent_at else {
        return Ok(Err(OtpError::Expired));
    };
    if let Some(t) = sent_at
        && t + policy.resend_cooldown_secs > now
    {
        return Ok(Err(OtpError::Cooldown(
            t + policy.resend_cooldown_secs - now,
        )));
    }
    let cap_key = format!(
        "otp:{}",
        crypto::keyed_hash(&svc.config.secret_key, &["phone", target.phone])
    );
    if throttle::count(&svc.db, &cap_key, 3600)
        .await
        .map_err(internal)?
        >= policy.hourly_cap
    {
        return Ok(Err(OtpError::HourlyCap));
    }
    let code = crypto::random_digits(6);
    // A code that matches nothing when there is nothing to deliver to.
    let stored = if deliver {
        otp_hash(svc, session_id, purpose, &code)
    } else {
        crypto::random_token()
    };
    sqlx::query(
        "UPDATE auth_flows SET otp_hash = $1, otp_expires_at = $2, otp_attempts = 0, \
         otp_sent_at = $3, otp_sends = otp_sends + 1, updated_at = $3 \
         WHERE session_id = $4 AND purpose = $5",
    )
    .bind(stored)
    .bind(now + policy.ttl_secs)
    .bind(now)
    .bind(session_id)
    .bind(purpose)
    .execute(&svc.db.pool)
    .await
    .map_err(internal)?;
    throttle::record(&svc.db, &cap_key)
        .await
        .map_err(internal)?;
    if deliver {
        let text = messaging::templates::otp_sms(&code, target.purpose_text, policy.ttl_secs / 60);
        if let Err(e) = svc.sms.send(target.phone, &text).await {
            tracing::warn!(error = %e, "OTP SMS could not be sent");
            // Let the visitor ask again at once.
            sqlx::query(
                "UPDATE auth_flows SET otp_sent_at = NULL WHERE session_id = $1 AND purpose = $2",
            )
            .bind(session_id)
            .bind(purpose)
            .execute(&svc.db.pool)
            .await
            .map_err(internal)?;
            return Ok(Err(OtpError::SendFailed));
        }
    }
    Ok(Ok(()))
}

/// Checks a code. Every try is counted before the comparison, in one atomic update, so that
/// parallel guesses cannot exceed the limit; a right code is then used up.
pub async fn verify(
    svc: &Services,
    session_id: &str,
    purpose: &str,
    code: &str,
) -> Result<Result<(), OtpError>, AppError> {
    let policy = svc.config.otp;
    let row: Option<(Option<String>, Option<i64>, i64)> = sqlx::query_as(
        "UPDATE auth_flows SET otp_attempts = otp_attempts + 1 \
         WHERE session_id = $1 AND purpose = $2 AND otp_hash IS NOT NULL AND otp_attempts < $3 \
         RETURNING otp_hash, otp_expires_at, otp_attempts",
    )
    .bind(session_id)
    .bind(purpose)
    .bind(policy.max_attempts)
    .fetch_optional(&svc.db.pool)
    .await
    .map_err(internal)?;
    let Some((Some(hash), Some(expires_at), attempts)) = row else {
        // No code, or its tries are used up: which one decides what the visitor is told.
        let used_up: Option<i64> = sqlx::query_scalar(
            "SELECT otp_attempts FROM auth_flows WHERE session_id = $1 AND purpose = $2 \
             AND otp_hash IS NOT NULL",
        )
        .bind(session_id)
        .bind(purpose)
        .fetch_optional(&svc.db.pool)
        .await
        .map_err(internal)?;
        return Ok(Err(if used_up.is_some() {
            OtpError::TooManyAttempts
        } else {
            OtpError::Expired
        }));
    };
    if expires_at <= now_epoch() {
        return Ok(Err(OtpError::Expired));
    }
    let code: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
    if code.len() == 6
        && crypto::constant_time_eq(&otp_hash(svc, session_id, purpose, &code), &hash)
    {
        sqlx::query(
            "UPDATE auth_flows SET otp_hash = NULL, otp_expires_at = NULL, otp_attempts = 0 \
             WHERE session_id = $1 AND purpose = $2",
        )
        .bind(session_id)
        .bind(purpose)
        .execute(&svc.db.pool)
        .await
        .map_err(internal)?;
        return Ok(Ok(()));
    }
    let remaining = policy.max_attempts - attempts;
    Ok(Err(if remaining <= 0 {
        OtpError::TooManyAttempts
    } else {
        OtpError::Wrong { remaining }
    }))
}

/// Deletes abandoned flows (maintenance task).
pub async fn purge_stale(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM auth_flows WHERE created_at <= $1")
        .bind(now_epoch() - FLOW_TTL_SECS)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
