//! Demo data for `make run` and the browser tests. Idempotent: running it twice changes nothing.
//! Later capabilities (catalog, accounts, dossiers) add their own seeders here.

use crate::db::{Db, now_epoch};

pub const DEMO_MARKER: &str = "demo_data_version";
/// Bumped whenever the demo data set changes.
pub const DEMO_VERSION: &str = "1";

pub async fn seed(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO portal_settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(DEMO_MARKER)
    .bind(DEMO_VERSION)
    .bind(now_epoch())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(version = DEMO_VERSION, "demo data loaded");
    Ok(())
}
