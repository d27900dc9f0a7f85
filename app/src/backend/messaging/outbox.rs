//! The transactional outbox. A message is inserted in the same transaction as the event that
//! causes it (so a crash loses none), then the worker claims it, hands it to the provider and
//! marks it sent; a failure is retried with exponential back-off up to [`MAX_ATTEMPTS`].
//! A claim is a lease (`locked_until`): a worker that died mid-delivery releases it by expiry.

use super::{super::Services, SendError};
use crate::backend::now_epoch;
use std::time::Duration;
use tokio::sync::watch;

pub const MAX_ATTEMPTS: i64 = 8;
const LEASE_SECS: i64 = 120;
const BATCH: i64 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Sms,
    Email,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
        }
    }
}

/// Queues a message; call inside the transaction of the event it reports.
pub async fn enqueue<'e, E>(
    executor: E,
    channel: Channel,
    recipient: &str,
    subject: &str,
    body: &str,
) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let now = now_epoch();
    sqlx::query_scalar(
        "INSERT INTO outbox (channel, recipient, subject, body, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(channel.as_str())
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(now)
    .fetch_one(executor)
    .await
}

/// Seconds to wait after the `attempts`-th failure: 30 s, 1 min, 2 min … at most an hour.
pub fn backoff_secs(attempts: i64) -> i64 {
    let exp = attempts.clamp(1, 8) - 1;
    (30i64 << exp).min(3600)
}

/// Delivers every message that is due, once; returns how many were sent.
/// The demo data only: the messages queued for `recipients` since `since` count as sent without
/// being sent (nothing happened to anybody).
pub async fn mark_sent_unsent(
    db: &crate::backend::Db,
    since: i64,
    recipients: [&str; 2],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, provider_ref = 'demo' \
         WHERE status = 'pending' AND created_at >= $2 AND recipient IN ($3, $4)",
    )
    .bind(crate::backend::now_epoch())
    .bind(since)
    .bind(recipients[0])
    .bind(recipients[1])
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn deliver_due(svc: &Services) -> Result<usize, sqlx::Error> {
    let now = now_epoch();
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= $1) \
         OR (status = 'sending' AND locked_until <= $1) ORDER BY id LIMIT $2",
    )
    .bind(now)
    .bind(BATCH)
    .fetch_all(&svc.db.pool)
    .await?;
    let mut sent = 0;
    for id in ids {
        // Claim it; another worker may have been faster.
        let claimed: Option<(String, String, String, String, i64)> = sqlx::query_as(
            "UPDATE outbox SET status = 'sending', locked_until = $1, attempts = attempts + 1 \
             WHERE id = $2 AND ((status = 'pending' AND next_attempt_at <= $3) \
             OR (status = 'sending' AND locked_until <= $3)) \
             RETURNING channel, recipient, subject, body, attempts",
        )
        .bind(now + LEASE_SECS)
        .bind(id)
        .bind(now)
        .fetch_optional(&svc.db.pool)
        .await?;
        let Some((channel, recipient, subject, body, attempts)) = claimed else {
            continue;
        };
        let result = match channel.as_str() {
            "sms" => svc.sms.send(&recipient, &body).await,
            _ => svc.mail.send(&recipient, &subject, &body).await,
        };
        let done = now_epoch();
        match result {
            Ok(reference) => {
                sqlx::query(
                    "UPDATE outbox SET status = 'sent', sent_at = $1, provider_ref = $2, \
                     locked_until = NULL, last_error = NULL WHERE id = $3",
                )
                .bind(done)
                .bind(reference)
                .bind(id)
                .execute(&svc.db.pool)
                .await?;
                sent += 1;
            }
            Err(err) => {
                let give_up =
                    attempts >= MAX_ATTEMPTS || matches!(err, SendError::InvalidRecipient(_));
                tracing::warn!(outbox_id = id, attempts, error = %err, give_up, "message not delivered");
                sqlx::query(
                    "UPDATE outbox SET status = $1, next_attempt_at = $2, locked_until = NULL, \
                     last_error = $3 WHERE id = $4",
                )
                .bind(if give_up { "failed" } else { "pending" })
                .bind(done + backoff_secs(attempts))
                .bind(err.to_string())
                .bind(id)
                .execute(&svc.db.pool)
                .await?;
            }
        }
    }
    Ok(sent)
}

/// Delivers messages until `shutdown` turns true: at once when woken by
/// [`Services::outbox`], otherwise every few seconds (retries, messages from other instances).
pub async fn run_worker(svc: Services, mut shutdown: watch::Receiver<bool>) {
    loop {
        if let Err(e) = deliver_due(&svc).await {
            tracing::error!(error = %e, "outbox delivery pass failed");
        }
        tokio::select! {
            _ = svc.outbox.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = shutdown.wait_for(|stop| *stop) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(2), 60);
        assert_eq!(backoff_secs(3), 120);
        assert_eq!(backoff_secs(8), 3600);
        assert_eq!(backoff_secs(50), 3600);
    }
}
