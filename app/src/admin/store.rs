//! The audit log as administrators read it (written by every slice through `backend::audit`,
//! append-only).

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{backend::Db, error::AppError};

/// An entry of the audit log as administrators read it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub at: i64,
    pub user_name: Option<String>,
    pub username: Option<String>,
    pub action: String,
    pub detail: String,
    pub code: Option<String>,
    pub ip: String,
}

/// The audit log, latest first, filtered by action prefix, user name and dossier code.
pub async fn audit_log(
    db: &Db,
    action: &str,
    user: &str,
    code: &str,
    page: i64,
) -> Result<(Vec<AuditRow>, i64), AppError> {
    let filter = "($1 = '' OR l.action LIKE $2) AND ($3 = '' OR u.username = $3) \
                  AND ($4 = '' OR d.code = $4)";
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT l.at, u.full_name AS user_name, u.username, l.action, l.detail, d.code, l.ip \
         FROM audit_log l LEFT JOIN users u ON u.id = l.user_id \
         LEFT JOIN dossiers d ON d.id = l.dossier_id WHERE {filter} \
         ORDER BY l.at DESC, l.id DESC LIMIT $5 OFFSET $6"
    )))
    .bind(action)
    .bind(format!("{action}%"))
    .bind(user)
    .bind(code)
    .bind(50_i64)
    .bind((page.max(1) - 1) * 50)
    .fetch_all(&db.pool)
    .await?;
    let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM audit_log l LEFT JOIN users u ON u.id = l.user_id \
         LEFT JOIN dossiers d ON d.id = l.dossier_id WHERE {filter}"
    )))
    .bind(action)
    .bind(format!("{action}%"))
    .bind(user)
    .bind(code)
    .fetch_one(&db.pool)
    .await?;
    Ok((rows, total))
}
