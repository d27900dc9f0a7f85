//! Messages to citizens leave through provider interfaces: SMS through an HTTP provider (eSMS's
//! JSON API in production) and e-mail over SMTP; or, in development and tests, through the
//! development provider, which stores every message for `/dev/outbox`.
//!
//! Notifications are written to the outbox in the transaction of the event that causes them and
//! delivered by [`outbox::run_worker`]. One-time passwords are the exception: they go straight to
//! the provider so that the code is never stored in clear.

pub mod esms;
pub mod outbox;
pub mod smtp;
pub mod templates;

use super::{Db, now_epoch};
use std::{future::Future, pin::Pin};

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A delivery that failed; the outbox retries it later.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The provider could not be reached or did not answer in time.
    #[error("provider unreachable: {0}")]
    Unreachable(String),
    /// The provider answered with a refusal (its code and message).
    #[error("provider refused: {0}")]
    Refused(String),
    /// The recipient address is unusable; retrying will not help.
    #[error("invalid recipient: {0}")]
    InvalidRecipient(String),
}

/// Sends one SMS; returns the provider's message id.
/// `key` names the message for the provider: handed the same key again (the outbox retrying a
/// message after a crash between the provider's answer and its record), a provider must not
/// deliver it twice. eSMS blocks a repeated `RequestId` for 24 hours and answers code 124
/// ("Duplicate RequestId"), which counts as already accepted.
pub trait SmsProvider: Send + Sync {
    fn name(&self) -> &'static str;
    fn send<'a>(
        &'a self,
        phone: &'a str,
        text: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<String, SendError>>;
}

/// Sends one plain-text e-mail; returns the provider's message id.
/// `key` becomes the message's `Message-ID`: SMTP itself does not refuse a repeated message,
/// but mail programs show two messages with one `Message-ID` as one.
pub trait MailProvider: Send + Sync {
    fn name(&self) -> &'static str;
    fn send<'a>(
        &'a self,
        to: &'a str,
        subject: &'a str,
        body: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<String, SendError>>;
}

/// The development provider: "delivers" by storing the message, shown at `/dev/outbox`.
/// Refused in production mode.
#[derive(Clone)]
pub struct DevProvider {
    pub db: Db,
}

impl DevProvider {
    /// Keeps the message once per key, as eSMS does: a repeated key answers the first one's id.
    async fn store(
        &self,
        channel: &str,
        to: &str,
        subject: &str,
        body: &str,
        key: &str,
    ) -> Result<String, SendError> {
        let unreachable = |e: sqlx::Error| SendError::Unreachable(e.to_string());
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO dev_messages (channel, recipient, subject, body, created_at, request_id) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (request_id) DO NOTHING RETURNING id",
        )
        .bind(channel)
        .bind(to)
        .bind(subject)
        .bind(body)
        .bind(now_epoch())
        .bind(key)
        .fetch_optional(&self.db.pool)
        .await
        .map_err(unreachable)?;
        let id = match inserted {
            Some(id) => id,
            None => sqlx::query_scalar("SELECT id FROM dev_messages WHERE request_id = $1")
                .bind(key)
                .fetch_one(&self.db.pool)
                .await
                .map_err(unreachable)?,
        };
        Ok(format!("dev-{id}"))
    }
}

impl SmsProvider for DevProvider {
    fn name(&self) -> &'static str {
        "dev"
    }
    fn send<'a>(
        &'a self,
        phone: &'a str,
        text: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<String, SendError>> {
        Box::pin(self.store("sms", phone, "", text, key))
    }
}

impl MailProvider for DevProvider {
    fn name(&self) -> &'static str {
        "dev"
    }
    fn send<'a>(
        &'a self,
        to: &'a str,
        subject: &'a str,
        body: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<String, SendError>> {
        Box::pin(self.store("email", to, subject, body, key))
    }
}

/// A message as `/dev/outbox` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DevMessage {
    pub id: i64,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
}

/// The development provider's messages, newest first (at most `limit`).
pub async fn dev_messages(db: &Db, limit: i64) -> Result<Vec<DevMessage>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, String, i64)> = sqlx::query_as(
        "SELECT id, channel, recipient, subject, body, created_at FROM dev_messages \
         ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, channel, recipient, subject, body, created_at)| DevMessage {
                id,
                channel,
                recipient,
                subject,
                body,
                created_at,
            },
        )
        .collect())
}
