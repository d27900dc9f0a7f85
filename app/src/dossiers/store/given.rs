//! What the agency gave back, as the dossier's pages show it: fee notices with their receipts and
//! apology letters (read here; written by the payments and office slices).

use super::*;

/// A fee notice.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeeRow {
    pub id: i64,
    pub items: String,
    pub total: i64,
    pub issued_at: i64,
    pub paid_at: Option<i64>,
    pub paid_method: String,
    pub paid_note: String,
    pub cancelled_at: Option<i64>,
    /// The electronic receipt of an online payment: its public id and number.
    pub receipt_id: Option<String>,
    pub receipt_number: Option<String>,
}

pub async fn fees(db: &Db, dossier_id: i64) -> Result<Vec<FeeRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT f.id, f.items, f.total, f.issued_at, f.paid_at, f.paid_method, f.paid_note, f.cancelled_at, \
         r.public_id AS receipt_id, r.number AS receipt_number FROM fee_notices f \
         LEFT JOIN receipts r ON r.fee_notice_id = f.id \
         WHERE f.dossier_id = $1 ORDER BY f.issued_at, f.id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// An apology letter.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApologyRow {
    pub public_id: String,
    pub reason: String,
    pub new_due_day: String,
    pub issued_at: i64,
    pub officer_name: String,
}

pub async fn apologies(db: &Db, dossier_id: i64) -> Result<Vec<ApologyRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT l.public_id, l.reason, l.new_due_day, l.issued_at, u.full_name AS officer_name \
         FROM apology_letters l JOIN users u ON u.id = l.issued_by WHERE l.dossier_id = $1 \
         ORDER BY l.issued_at, l.id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Whether the dossier has an apology letter (public tracking says so).
pub async fn has_apology(db: &Db, dossier_id: i64) -> Result<bool, AppError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM apology_letters WHERE dossier_id = $1")
        .bind(dossier_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(n > 0)
}
