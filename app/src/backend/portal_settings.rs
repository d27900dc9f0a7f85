//! The `portal_settings` table: the portal's own key–value settings (such as the version of the
//! reference data loaded). Infrastructure every slice may use; written only here.

use super::{Db, now_epoch};
use crate::error::AppError;

/// A stored setting.
pub async fn setting(db: &Db, key: &str) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT value FROM portal_settings WHERE key = $1")
            .bind(key)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// Stores a setting inside the caller's transaction.
pub async fn set_setting_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    key: &str,
    value: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO portal_settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(key)
    .bind(value)
    .bind(now_epoch())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Stores a setting on its own.
pub async fn set_setting(db: &Db, key: &str, value: &str) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    set_setting_in(&mut tx, key, value).await?;
    tx.commit().await?;
    Ok(())
}
