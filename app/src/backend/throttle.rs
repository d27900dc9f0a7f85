//! Rate limits, in the database so that every instance of the portal shares them and both
//! backends behave alike:
//!
//! - **counters**: how many times something happened under a key in the current fixed window
//!   (messages per recipient, address, network and in total; tracking lookups per address).
//!   One statement increments and returns the count, so parallel requests never all read 0.
//! - **guards**: password checks. A try counts as a failure *before* the password is checked and
//!   is forgotten when it succeeds; after a few failures the next try has to wait, twice as
//!   long after each further failure. Login has two (accounts::service::login): one per account
//!   across all addresses, and one per account and address.
//! - **known places**: where an account logged in successfully lately, as a keyed hash of the
//!   account and the address (never the address itself). Other people's failures on an account
//!   do not slow its owner down at such a place.
//!
//! No success takes back a failure of another key: a correct password for one account never
//! clears failures counted against another, or against the address it came from.

use super::{Db, now_epoch};

/// The start of the window of `window_secs` that `now` falls in.
fn bucket(now: i64, window_secs: i64) -> i64 {
    now - now.rem_euclid(window_secs.max(1))
}

/// The counter's row key: the same key counted per hour and per day keeps two counters (a day's
/// window starts at the same second as one of its hours).
fn windowed(key: &str, window_secs: i64) -> String {
    format!("{key}/{window_secs}")
}

/// Counts one event under `key` in the current window and returns the count, this one included.
pub async fn hit(db: &Db, key: &str, window_secs: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO rate_counters (key, bucket, n) VALUES ($1, $2, 1) \
         ON CONFLICT (key, bucket) DO UPDATE SET n = rate_counters.n + 1 RETURNING n",
    )
    .bind(windowed(key, window_secs))
    .bind(bucket(now_epoch(), window_secs))
    .fetch_one(&db.pool)
    .await
}

/// The count under `key` in the current window, without counting anything.
pub async fn count(db: &Db, key: &str, window_secs: i64) -> Result<i64, sqlx::Error> {
    let n: Option<i64> =
        sqlx::query_scalar("SELECT n FROM rate_counters WHERE key = $1 AND bucket = $2")
            .bind(windowed(key, window_secs))
            .bind(bucket(now_epoch(), window_secs))
            .fetch_optional(&db.pool)
            .await?;
    Ok(n.unwrap_or(0))
}

/// Seconds until the current window of `window_secs` ends (how long to wait), at least 1.
pub fn retry_after(window_secs: i64) -> i64 {
    let now = now_epoch();
    (bucket(now, window_secs) + window_secs - now).max(1)
}

/// How password tries are slowed down.
#[derive(Debug, Clone, Copy)]
pub struct GuardPolicy {
    /// Failures allowed before the next try has to wait.
    pub free_failures: i64,
    /// The first wait (seconds); each further failure doubles it.
    pub first_delay_secs: i64,
    /// The longest wait (seconds).
    pub max_delay_secs: i64,
}

impl Default for GuardPolicy {
    fn default() -> Self {
        GuardPolicy {
            free_failures: 5,
            first_delay_secs: 60,
            max_delay_secs: 3600,
        }
    }
}

/// Whether a password may be checked now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Go ahead: the try is already counted as a failure until [`succeeded`] forgets it.
    Allowed,
    /// Too many failures: wait this many seconds.
    Locked { wait_secs: i64 },
}

/// Counts a try under `key` before the password is checked, unless the key is waiting. One
/// statement decides and counts, so 200 parallel tries cannot all pass: once the free failures
/// are used up, the try that uses the last one also sets the wait for the next.
pub async fn attempt(db: &Db, key: &str, policy: GuardPolicy) -> Result<Attempt, sqlx::Error> {
    let now = now_epoch();
    let counted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO login_guards (key, failures, delay, locked_until, updated_at) \
         VALUES ($1, 1, 0, 0, $2) \
         ON CONFLICT (key) DO UPDATE SET failures = login_guards.failures + 1, \
         delay = CASE WHEN login_guards.failures + 1 < $3 THEN 0 \
                      WHEN login_guards.delay = 0 THEN $4 \
                      WHEN login_guards.delay * 2 > $5 THEN $5 \
                      ELSE login_guards.delay * 2 END, \
         locked_until = CASE WHEN login_guards.failures + 1 < $3 THEN 0 \
                      WHEN login_guards.delay = 0 THEN $2 + $4 \
                      WHEN login_guards.delay * 2 > $5 THEN $2 + $5 \
                      ELSE $2 + login_guards.delay * 2 END, \
         updated_at = $2 \
         WHERE login_guards.locked_until <= $2 RETURNING failures",
    )
    .bind(key)
    .bind(now)
    .bind(policy.free_failures)
    .bind(policy.first_delay_secs)
    .bind(policy.max_delay_secs)
    .fetch_optional(&db.pool)
    .await?;
    if counted.is_some() {
        return Ok(Attempt::Allowed);
    }
    let until: Option<i64> =
        sqlx::query_scalar("SELECT locked_until FROM login_guards WHERE key = $1")
            .bind(key)
            .fetch_optional(&db.pool)
            .await?;
    Ok(Attempt::Locked {
        wait_secs: until.map_or(1, |t| (t - now).max(1)),
    })
}

/// The password was right: the try [`attempt`] counted under `key` was no failure. Only that
/// one is taken back; the others, and any wait they set, stay.
pub async fn was_right(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE login_guards SET failures = failures - 1 WHERE key = $1 AND failures > 0")
        .bind(key)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The password was right: the key's failures are forgotten.
pub async fn succeeded(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_guards WHERE key = $1")
        .bind(key)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Remembers that the account logged in successfully at the place `key` (a keyed hash of the
/// account and the address), now.
pub async fn remember_place(db: &Db, key: &str, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO login_places (key, user_id, last_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET last_at = excluded.last_at",
    )
    .bind(key)
    .bind(user_id)
    .bind(now_epoch())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Whether the place `key` saw a successful login within the last `within_secs`.
pub async fn place_known(db: &Db, key: &str, within_secs: i64) -> Result<bool, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT last_at FROM login_places WHERE key = $1 AND last_at >= $2")
            .bind(key)
            .bind(now_epoch() - within_secs)
            .fetch_optional(&db.pool)
            .await?;
    Ok(found.is_some())
}

/// Deletes counters of windows that ended more than a day ago, guards untouched for a day that
/// no longer make anyone wait, and places not seen for `places_secs` (maintenance task).
pub async fn purge_old(db: &Db, places_secs: i64) -> Result<u64, sqlx::Error> {
    let now = now_epoch();
    let counters = sqlx::query("DELETE FROM rate_counters WHERE bucket < $1")
        .bind(now - 2 * 86_400)
        .execute(&db.pool)
        .await?;
    let guards =
        sqlx::query("DELETE FROM login_guards WHERE updated_at < $1 AND locked_until < $2")
            .bind(now - 86_400)
            .bind(now)
            .execute(&db.pool)
            .await?;
    let places = sqlx::query("DELETE FROM login_places WHERE last_at < $1")
        .bind(now - places_secs)
        .execute(&db.pool)
        .await?;
    Ok(counters.rows_affected() + guards.rows_affected() + places.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_aligned() {
        assert_eq!(bucket(3_601, 3_600), 3_600);
        assert_eq!(bucket(7_199, 3_600), 3_600);
        assert_eq!(bucket(7_200, 3_600), 7_200);
        assert_eq!(bucket(59, 60), 0);
    }
}
