//! Mobile number changes: made at once (both numbers proved), or waiting in `phone_changes`
//! when the current number is lost.

use super::{Outgoing, send_all};
use crate::{
    backend::{Db, audit},
    error::AppError,
};

/// The change waiting for `user_id`: the new number and when it takes effect.
pub async fn pending_phone_change(
    db: &Db,
    user_id: i64,
) -> Result<Option<(String, i64)>, AppError> {
    Ok(
        sqlx::query_as("SELECT new_phone, effective_at FROM phone_changes WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// A change to `new_phone` that takes effect at `effective_at` (replacing any waiting one).
pub async fn request_phone_change(
    db: &Db,
    user_id: i64,
    new_phone: &str,
    now: i64,
    effective_at: i64,
    messages: &[Outgoing],
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM phone_changes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO phone_changes (user_id, new_phone, requested_at, effective_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(new_phone)
    .bind(now)
    .bind(effective_at)
    .execute(&mut *tx)
    .await?;
    audit::record(&mut *tx, Some(user_id), "phone.change_requested", "").await?;
    send_all(&mut tx, messages).await?;
    tx.commit().await?;
    Ok(())
}

/// Changes the number from `old_phone` to `new_phone` now, drops any waiting change and ends
/// every session of the account but `keep_session`. `false` (nothing written): the number is
/// no longer `old_phone` (a change made meanwhile wins).
pub async fn change_phone(
    db: &Db,
    user_id: i64,
    old_phone: &str,
    new_phone: &str,
    now: i64,
    keep_session: &str,
    messages: &[Outgoing],
) -> Result<bool, AppError> {
    let mut tx = db.begin().await?;
    let done =
        sqlx::query("UPDATE users SET phone = $1, updated_at = $2 WHERE id = $3 AND phone = $4")
            .bind(new_phone)
            .bind(now)
            .bind(user_id)
            .bind(old_phone)
            .execute(&mut *tx)
            .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM phone_changes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    crate::backend::session::end_all_in(&mut tx, user_id, Some(keep_session)).await?;
    audit::record(&mut *tx, Some(user_id), "phone.changed", "").await?;
    send_all(&mut tx, messages).await?;
    tx.commit().await?;
    Ok(true)
}

/// "Hủy yêu cầu": drops the waiting change (audited when there was one).
pub async fn cancel_phone_change(db: &Db, user_id: i64) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("DELETE FROM phone_changes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 1 {
        audit::record(&mut *tx, Some(user_id), "phone.change_cancelled", "").await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The waiting changes whose time has come: (user id, new number).
pub async fn due_phone_changes(db: &Db, now: i64) -> Result<Vec<(i64, String)>, AppError> {
    Ok(
        sqlx::query_as("SELECT user_id, new_phone FROM phone_changes WHERE effective_at <= $1")
            .bind(now)
            .fetch_all(&db.pool)
            .await?,
    )
}

/// Applies one due change: claimed by deleting it (another instance applying it at the same
/// time finds nothing and gets `false`), the number changes and every session of the account
/// ends.
pub async fn apply_phone_change(
    db: &Db,
    user_id: i64,
    new_phone: &str,
    now: i64,
    messages: &[Outgoing],
) -> Result<bool, AppError> {
    let mut tx = db.begin().await?;
    let claimed = sqlx::query(
        "DELETE FROM phone_changes WHERE user_id = $1 AND new_phone = $2 AND effective_at <= $3",
    )
    .bind(user_id)
    .bind(new_phone)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("UPDATE users SET phone = $1, updated_at = $2 WHERE id = $3")
        .bind(new_phone)
        .bind(now)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    crate::backend::session::end_all_in(&mut tx, user_id, None).await?;
    audit::record(
        &mut *tx,
        Some(user_id),
        "phone.changed",
        "after waiting period",
    )
    .await?;
    send_all(&mut tx, messages).await?;
    tx.commit().await?;
    Ok(true)
}
