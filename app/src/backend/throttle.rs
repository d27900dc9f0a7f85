//! Rate limits by counting recent events under a key ("login:id:…", "login:ip:…", "otp:…").
//! Counting rows in a window is exact, works the same on both databases, and needs no cache.

use super::{Db, now_epoch};

/// Records one event under `key`.
pub async fn record(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO rate_events (key, at) VALUES ($1, $2)")
        .bind(key)
        .bind(now_epoch())
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Events under `key` in the last `window_secs` seconds.
pub async fn count(db: &Db, key: &str, window_secs: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM rate_events WHERE key = $1 AND at > $2")
        .bind(key)
        .bind(now_epoch() - window_secs)
        .fetch_one(&db.pool)
        .await
}

/// Seconds until the oldest event in the window leaves it (how long to wait), at least 1.
pub async fn retry_after(db: &Db, key: &str, window_secs: i64) -> Result<i64, sqlx::Error> {
    let now = now_epoch();
    let oldest: Option<i64> =
        sqlx::query_scalar("SELECT MIN(at) FROM rate_events WHERE key = $1 AND at > $2")
            .bind(key)
            .bind(now - window_secs)
            .fetch_one(&db.pool)
            .await?;
    Ok(oldest.map_or(1, |t| (t + window_secs - now).max(1)))
}

/// Forgets the events under `key` (a successful login clears its failures).
pub async fn clear(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM rate_events WHERE key = $1")
        .bind(key)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Deletes events older than a day (the longest window in use).
pub async fn purge_old(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM rate_events WHERE at < $1")
        .bind(now_epoch() - 86_400)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
