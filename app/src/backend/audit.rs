//! The audit log: security events on accounts and every officer or administrator action.
//! Details never contain passwords, codes or personal data beyond what identifies the record.

use super::now_epoch;

/// Appends one entry inside the caller's transaction (or on the pool).
pub async fn record<'e, E>(
    executor: E,
    user_id: Option<i64>,
    action: &str,
    detail: &str,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO audit_log (user_id, action, detail, at) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(action)
        .bind(detail)
        .bind(now_epoch())
        .execute(executor)
        .await?;
    Ok(())
}

/// Appends an officer's or administrator's action about a dossier: who, what, which dossier,
/// from which address (inside the caller's transaction, or on the pool).
pub async fn record_in<'e, E>(
    executor: E,
    user_id: i64,
    action: &str,
    dossier_id: Option<i64>,
    ip: &str,
    detail: &str,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (user_id, action, detail, at, dossier_id, ip) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(user_id)
    .bind(action)
    .bind(detail)
    .bind(now_epoch())
    .bind(dossier_id)
    .bind(ip)
    .execute(executor)
    .await?;
    Ok(())
}
