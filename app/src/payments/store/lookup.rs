//! The pay lookup's wrong tries per dossier code (`pay_lookup_guards`): counted, closing the
//! code for a while after too many, forgotten on success.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{
    backend::{Db, Services, now_epoch},
    error::AppError,
};

/// What the pay lookup knows of a dossier code's wrong tries.
#[derive(Debug, Clone, Copy, Default, sqlx::FromRow)]
pub struct LookupGuard {
    pub failures: i64,
    pub closed_until: i64,
}

pub async fn lookup_guard(db: &Db, code: &str) -> Result<LookupGuard, AppError> {
    Ok(
        sqlx::query_as("SELECT failures, closed_until FROM pay_lookup_guards WHERE code = $1")
            .bind(code)
            .fetch_optional(&db.pool)
            .await?
            .unwrap_or_default(),
    )
}

/// Counts a wrong lookup of `code` and returns the count. A code whose closing has ended starts
/// again at `reopened_at` (the captcha is still asked for). At `close_after` failures the code
/// is closed for `close_secs`, and the owner of the dossier with that code (if one has it) is
/// told by `sms` in the same transaction: once per closing, since only the one update that
/// finds the code open closes it.
pub async fn lookup_failed(
    svc: &Services,
    code: &str,
    reopened_at: i64,
    close_after: i64,
    close_secs: i64,
    sms: &str,
) -> Result<i64, AppError> {
    let now = now_epoch();
    let mut tx = svc.db.begin().await?;
    let failures: i64 = sqlx::query_scalar(
        "INSERT INTO pay_lookup_guards (code, failures, closed_until, updated_at) \
         VALUES ($1, 1, 0, $2) ON CONFLICT (code) DO UPDATE SET \
         failures = CASE WHEN pay_lookup_guards.closed_until > 0 \
                          AND pay_lookup_guards.closed_until <= $2 THEN $3 \
                    ELSE pay_lookup_guards.failures + 1 END, \
         closed_until = CASE WHEN pay_lookup_guards.closed_until <= $2 THEN 0 \
                    ELSE pay_lookup_guards.closed_until END, \
         updated_at = $2 RETURNING failures",
    )
    .bind(code)
    .bind(now)
    .bind(reopened_at)
    .fetch_one(&mut *tx)
    .await?;
    if failures >= close_after {
        let closed = sqlx::query(
            "UPDATE pay_lookup_guards SET closed_until = $1 WHERE code = $2 AND closed_until = 0",
        )
        .bind(now + close_secs)
        .bind(code)
        .execute(&mut *tx)
        .await?;
        if closed.rows_affected() == 1 {
            let phone: Option<String> = sqlx::query_scalar(
                "SELECT u.phone FROM dossiers d JOIN users u ON u.id = d.owner_id WHERE d.code = $1",
            )
            .bind(code)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(phone) = phone.filter(|p| !p.is_empty()) {
                use crate::backend::messaging::outbox::{self, Channel};
                outbox::enqueue(&mut *tx, Channel::Sms, &phone, "", sms).await?;
            }
        }
    }
    tx.commit().await?;
    svc.outbox.notify_one();
    Ok(failures)
}

/// The right answer was given: the code's wrong tries are forgotten.
pub async fn lookup_succeeded(db: &Db, code: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM pay_lookup_guards WHERE code = $1")
        .bind(code)
        .execute(&db.pool)
        .await?;
    Ok(())
}
