//! Journeys in progress ("flows": register, log in, recover a password, change the phone) and
//! their one-time passwords.
//!
//! A flow belongs to the visitor's session and keeps the answers given so far as JSON, so a
//! page can be rendered again from the server (also without JavaScript) and nothing typed is
//! lost. Its OTP is 6 digits, valid for 5 minutes and for at most 5 tries; a new code needs the
//! resend cooldown to have passed and fits the message budgets.
//!
//! A code is bound to what it was sent for. It is stored only as an HMAC over the session, the
//! purpose, the journey's id (new at every restart), the phone it went to and the account the
//! journey is about, all read from the flow as stored when the code is issued; verifying
//! recomputes the HMAC from the flow as stored when the code is typed. A journey whose details
//! changed in between (another "recover/start" in the same session, say) cannot be completed
//! with the code: the attacker's code never opens the victim's recovery. The flow's data must
//! name the phone as `phone` and the account (if any) as `user_id`; a phone change that also
//! proves the old number names it `old_phone` and gets a second code for it.

use super::{Db, Services, budget, crypto, messaging, now_epoch};
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
    .await?;
    let Some((data, otp_expires_at, otp_attempts, otp_sent_at, otp_sends, created_at)) = row else {
        return Ok(None);
    };
    if created_at + FLOW_TTL_SECS <= now_epoch() {
        delete(db, session_id, purpose).await?;
        return Ok(None);
    }
    let data = serde_json::from_str(&data)?;
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
    let json = serde_json::to_string(data)?;
    let now = now_epoch();
    sqlx::query(
        "INSERT INTO auth_flows (session_id, purpose, data, created_at, updated_at, journey_id) \
         VALUES ($1, $2, $3, $4, $4, $5) \
         ON CONFLICT (session_id, purpose) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
    )
    .bind(session_id)
    .bind(purpose)
    .bind(json)
    .bind(now)
    .bind(crypto::random_token())
    .execute(&db.pool)
    .await?;
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
        .await?;
    Ok(())
}

/// Why a code could not be sent or was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtpError {
    /// Wait this many seconds before asking for another code.
    Cooldown(i64),
    /// A message budget is spent (per number, address, network or in total).
    Budget(budget::Exceeded),
    /// The SMS provider refused or could not be reached.
    SendFailed,
    /// No code was sent, it has expired, or the journey changed since: ask for a new one.
    Expired,
    /// The code was wrong too many times: ask for a new one.
    TooManyAttempts,
    /// Wrong code; this many tries are left.
    Wrong { remaining: i64 },
}

/// What a code is bound to, read from a flow as stored.
struct Binding {
    journey_id: String,
    /// The phones the codes go to: `phone`, then `old_phone` when the journey has one.
    phones: Vec<String>,
    account: String,
}

impl Binding {
    fn of(journey_id: String, data: &serde_json::Value) -> Binding {
        let text = |k: &str| {
            data.get(k)
                .and_then(|v| v.as_str())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let phones = [text("phone"), text("old_phone")]
            .into_iter()
            .flatten()
            .collect();
        let account = data
            .get("user_id")
            .and_then(|v| v.as_i64())
            .map(|id| id.to_string())
            .unwrap_or_default();
        Binding {
            journey_id,
            phones,
            account,
        }
    }

    fn hash(
        &self,
        svc: &Services,
        session_id: &str,
        purpose: &str,
        slot: usize,
        code: &str,
    ) -> String {
        let phone = self.phones.get(slot).map_or("", String::as_str);
        crypto::keyed_hash(
            &svc.config.secret_key,
            &[
                "otp",
                session_id,
                purpose,
                &self.journey_id,
                &slot.to_string(),
                phone,
                &self.account,
                code,
            ],
        )
    }
}

/// How the codes of [`issue`] reach the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Sent before `issue` returns: a provider's refusal is told to the visitor at once.
    Now,
    /// Sent by a task of its own after `issue` returns, so that the answer takes as long as
    /// [`Delivery::Pretend`]'s (password recovery: whether the details match an account must not
    /// show in the time the answer takes). A provider's refusal lets the visitor ask again at once.
    InBackground,
    /// Nothing is sent and no code can pass (recovery for details that match no account: the
    /// visitor must not learn that).
    Pretend,
}

/// Sends new codes for the flow: one to its `phone`, and one to its `old_phone` when it has
/// one, as `delivery` says. Each message is counted against the budgets first, its total in
/// `pool`. The codes go straight to the SMS provider, not through the outbox, so that they are
/// never stored in clear. `purpose_text` names the journey in the SMS.
pub async fn issue(
    svc: &Services,
    session_id: &str,
    purpose: &str,
    purpose_text: &str,
    delivery: Delivery,
    pool: budget::Pool,
) -> Result<Result<(), OtpError>, AppError> {
    let deliver = delivery != Delivery::Pretend;
    let policy = svc.config.otp;
    let now = now_epoch();
    let row: Option<(String, String, Option<i64>)> = sqlx::query_as(
        "SELECT data, journey_id, otp_sent_at FROM auth_flows WHERE session_id = $1 AND purpose = $2",
    )
    .bind(session_id)
    .bind(purpose)
    .fetch_optional(&svc.db.pool)
    .await?;
    let Some((data, journey_id, sent_at)) = row else {
        return Ok(Err(OtpError::Expired));
    };
    if let Some(t) = sent_at
        && t + policy.resend_cooldown_secs > now
    {
        return Ok(Err(OtpError::Cooldown(
            t + policy.resend_cooldown_secs - now,
        )));
    }
    let json: serde_json::Value = serde_json::from_str(&data)?;
    let binding = Binding::of(journey_id.clone(), &json);
    if binding.phones.is_empty() {
        return Ok(Err(OtpError::Expired));
    }
    let ip = super::session::request_meta(svc).ip;
    for phone in &binding.phones {
        if let Err(e) = budget::spend(svc, budget::Kind::Sms, pool, phone, &ip).await? {
            return Ok(Err(OtpError::Budget(e)));
        }
    }
    let codes: Vec<String> = binding
        .phones
        .iter()
        .map(|_| crypto::random_digits(6))
        .collect();
    // A code that matches nothing when there is nothing to deliver to.
    let stored: Vec<String> = codes
        .iter()
        .enumerate()
        .map(|(slot, code)| {
            if deliver {
                binding.hash(svc, session_id, purpose, slot, code)
            } else {
                crypto::random_token()
            }
        })
        .collect();
    // Only onto the flow as read (same journey, same details) and only once per cooldown: a
    // concurrent restart, change of details or resend makes this one send nothing.
    let done = sqlx::query(
        "UPDATE auth_flows SET otp_hash = $1, otp2_hash = $2, otp_expires_at = $3, otp_attempts = 0, \
         otp_sent_at = $4, otp_sends = otp_sends + 1, updated_at = $4 \
         WHERE session_id = $5 AND purpose = $6 AND journey_id = $7 AND data = $8 \
         AND (otp_sent_at IS NULL OR otp_sent_at <= $9)",
    )
    .bind(&stored[0])
    .bind(stored.get(1).cloned())
    .bind(now + policy.ttl_secs)
    .bind(now)
    .bind(session_id)
    .bind(purpose)
    .bind(&journey_id)
    .bind(&data)
    .bind(now - policy.resend_cooldown_secs)
    .execute(&svc.db.pool)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(Err(OtpError::Expired));
    }
    let texts: Vec<(String, String)> = binding
        .phones
        .iter()
        .zip(&codes)
        .map(|(phone, code)| {
            let text = messaging::templates::otp_sms(code, purpose_text, policy.ttl_secs / 60);
            (phone.clone(), text)
        })
        .collect();
    match delivery {
        Delivery::Pretend => Ok(Ok(())),
        Delivery::Now => send_codes(svc, session_id, purpose, &texts).await,
        Delivery::InBackground => {
            let (svc, session_id, purpose) =
                (svc.clone(), session_id.to_string(), purpose.to_string());
            tokio::spawn(async move {
                if let Err(e) = send_codes(&svc, &session_id, &purpose, &texts).await {
                    tracing::warn!(error = ?e, "sending a code in the background failed");
                }
            });
            Ok(Ok(()))
        }
    }
}

/// Hands the codes' texts to the SMS provider; on a refusal the flow's code is withdrawn so that
/// the visitor may ask again at once.
async fn send_codes(
    svc: &Services,
    session_id: &str,
    purpose: &str,
    texts: &[(String, String)],
) -> Result<Result<(), OtpError>, AppError> {
    for (phone, text) in texts {
        // A code is sent once, never retried: its key is its own.
        let key = format!("otp-{}", uuid::Uuid::new_v4());
        if let Err(e) = svc.sms.send(phone, text, &key).await {
            tracing::warn!(error = %e, "OTP SMS could not be sent");
            sqlx::query(
                "UPDATE auth_flows SET otp_sent_at = NULL, otp_hash = NULL, otp2_hash = NULL \
                 WHERE session_id = $1 AND purpose = $2",
            )
            .bind(session_id)
            .bind(purpose)
            .execute(&svc.db.pool)
            .await?;
            return Ok(Err(OtpError::SendFailed));
        }
    }
    Ok(Ok(()))
}

/// Checks the codes (one per phone the journey sent to, in the order of [`issue`]) and returns
/// the flow's data they were checked against: the caller continues the journey with exactly
/// that. Every try is counted before the comparison, in one atomic update that also reads the
/// flow, so parallel guesses cannot exceed the limit and no change to the flow can slip between
/// the check and the continuation; right codes are then used up, all of them at once.
pub async fn verify(
    svc: &Services,
    session_id: &str,
    purpose: &str,
    codes: &[&str],
) -> Result<Result<serde_json::Value, OtpError>, AppError> {
    let policy = svc.config.otp;
    type Row = (
        Option<String>,
        Option<String>,
        Option<i64>,
        i64,
        String,
        String,
    );
    let row: Option<Row> = sqlx::query_as(
        "UPDATE auth_flows SET otp_attempts = otp_attempts + 1 \
         WHERE session_id = $1 AND purpose = $2 AND otp_hash IS NOT NULL AND otp_attempts < $3 \
         RETURNING otp_hash, otp2_hash, otp_expires_at, otp_attempts, data, journey_id",
    )
    .bind(session_id)
    .bind(purpose)
    .bind(policy.max_attempts)
    .fetch_optional(&svc.db.pool)
    .await?;
    let Some((Some(hash), hash2, Some(expires_at), attempts, data, journey_id)) = row else {
        // No code, or its tries are used up: which one decides what the visitor is told.
        let used_up: Option<i64> = sqlx::query_scalar(
            "SELECT otp_attempts FROM auth_flows WHERE session_id = $1 AND purpose = $2 \
             AND otp_hash IS NOT NULL",
        )
        .bind(session_id)
        .bind(purpose)
        .fetch_optional(&svc.db.pool)
        .await?;
        return Ok(Err(if used_up.is_some() {
            OtpError::TooManyAttempts
        } else {
            OtpError::Expired
        }));
    };
    if expires_at <= now_epoch() {
        return Ok(Err(OtpError::Expired));
    }
    let json: serde_json::Value = serde_json::from_str(&data)?;
    let binding = Binding::of(journey_id, &json);
    let stored: Vec<String> = [Some(hash), hash2].into_iter().flatten().collect();
    let right = stored.len() == binding.phones.len()
        && stored.len() == codes.len()
        && stored
            .iter()
            .zip(codes)
            .enumerate()
            .all(|(slot, (hash, code))| {
                let code: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
                code.len() == 6
                    && crypto::constant_time_eq(
                        &binding.hash(svc, session_id, purpose, slot, &code),
                        hash,
                    )
            });
    if right {
        let used = sqlx::query(
            "UPDATE auth_flows SET otp_hash = NULL, otp2_hash = NULL, otp_expires_at = NULL, \
             otp_attempts = 0 WHERE session_id = $1 AND purpose = $2 AND data = $3",
        )
        .bind(session_id)
        .bind(purpose)
        .bind(&data)
        .execute(&svc.db.pool)
        .await?;
        if used.rows_affected() == 1 {
            return Ok(Ok(json));
        }
        // The journey changed while the code was being checked.
        return Ok(Err(OtpError::Expired));
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
