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
        // Claim it; another worker may have been faster. The first claim also gives it the key
        // the provider receives with it, committed before anything is sent: a claim after a
        // crash sends the same key again, and the provider does not deliver it twice.
        let claimed: Option<(String, String, String, String, i64, String)> = sqlx::query_as(
            "UPDATE outbox SET status = 'sending', locked_until = $1, attempts = attempts + 1, \
             request_id = COALESCE(request_id, $4) \
             WHERE id = $2 AND ((status = 'pending' AND next_attempt_at <= $3) \
             OR (status = 'sending' AND locked_until <= $3)) \
             RETURNING channel, recipient, subject, body, attempts, request_id",
        )
        .bind(now + LEASE_SECS)
        .bind(id)
        .bind(now)
        .bind(format!("dvc-{}", uuid::Uuid::new_v4().simple()))
        .fetch_optional(&svc.db.pool)
        .await?;
        let Some((channel, recipient, subject, body, attempts, key)) = claimed else {
            continue;
        };
        let result = match channel.as_str() {
            "sms" => svc.sms.send(&recipient, &body, &key).await,
            _ => svc.mail.send(&recipient, &subject, &body, &key).await,
        };
        if svc.config.test_crash_after_send && result.is_ok() {
            // The test's crash: the provider has the message, the outbox does not know yet.
            std::process::abort();
        }
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

/// A message the worker gave up on, for the operators' page (its body is not read: it may
/// carry personal data the operator has no need of).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FailedRow {
    pub id: i64,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

/// A page of `per_page` of the messages given up on, newest first, and how many there are.
pub async fn failed(
    db: &crate::backend::Db,
    page: i64,
    per_page: i64,
) -> Result<(Vec<FailedRow>, i64), sqlx::Error> {
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'failed'")
        .fetch_one(&db.pool)
        .await?;
    let rows = sqlx::query_as(
        "SELECT id, channel, recipient, subject, attempts, last_error, created_at FROM outbox \
         WHERE status = 'failed' ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2",
    )
    .bind(per_page)
    .bind((page - 1).max(0) * per_page)
    .fetch_all(&db.pool)
    .await?;
    Ok((rows, total))
}

/// "Gửi lại": puts a message given up on back in the queue, due now, with its attempts counted
/// afresh, and records who did it in the audit log, in one transaction. `false` when it is not
/// (or no longer) a failed message.
pub async fn retry(
    db: &crate::backend::Db,
    id: i64,
    operator: i64,
    ip: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1, \
         locked_until = NULL WHERE id = $2 AND status = 'failed'",
    )
    .bind(now_epoch())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    crate::backend::audit::record_in(
        &mut *tx,
        operator,
        "message.retry",
        None,
        ip,
        &id.to_string(),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Delivers messages until `shutdown` turns true: at once when woken by
/// [`Services::outbox`], otherwise every few seconds (retries, messages from other instances).
pub async fn run_worker(svc: Services, mut shutdown: watch::Receiver<bool>) {
    loop {
        // A full batch sent: more may be due (a burst, or a backlog after an outage), so the
        // next pass starts at once instead of waiting for a wake-up or the 5-second tick, which
        // held a backlog to 20 messages per 5 seconds (the outbox benchmark found it).
        match deliver_due(&svc).await {
            Ok(sent) if sent as i64 >= BATCH => continue,
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "outbox delivery pass failed"),
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
