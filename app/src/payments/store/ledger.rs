//! The operators' list of payments (the administration's ledger and its CSV): every payment with
//! its dossier, filtered by state, gateway, dossier code and dates, a page at a time.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{backend::Db, error::AppError};
use domain::payment::{GatewayId, PaymentState};

/// What the operators' list selects (empty / negative: no filter).
#[derive(Debug, Clone, Default)]
pub struct LedgerFilter {
    pub state: Option<PaymentState>,
    pub refund_only: bool,
    pub gateway: Option<GatewayId>,
    pub q: String,
    pub from: i64,
    pub until: i64,
}

/// A payment with its dossier's code, for the operators.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LedgerRowDb {
    pub created_at: i64,
    pub settled_at: Option<i64>,
    pub code: Option<String>,
    #[sqlx(try_from = "String")]
    pub gateway: GatewayId,
    pub amount: i64,
    #[sqlx(try_from = "String")]
    pub state: PaymentState,
    pub txn_ref: String,
    pub gateway_txn: String,
    pub refund_due: i64,
}

/// The filters of the operators' list, as one SQL condition on `p` (payments) and `d`.
macro_rules! ledger_where {
    () => {
        "FROM payments p JOIN dossiers d ON d.id = p.dossier_id \
         WHERE ($1 = '' OR p.state = $1) AND ($2 = 0 OR p.refund_due = 1) AND ($3 = '' OR p.gateway = $3) \
         AND ($4 = '' OR p.txn_ref = $4 OR p.gateway_txn = $4 OR d.code = $4) \
         AND ($5 < 0 OR p.created_at >= $5) AND ($6 < 0 OR p.created_at < $6)"
    };
}

/// Binds `$1`…`$6` of [`ledger_where`] from the filter `f` on the query `q`.
macro_rules! bind_ledger_filter {
    ($q:expr, $f:expr) => {
        $q.bind($f.state.map_or("", PaymentState::as_str))
            .bind(i64::from($f.refund_only))
            .bind($f.gateway.map_or("", GatewayId::as_str))
            .bind(&$f.q)
            .bind($f.from)
            .bind($f.until)
    };
}

/// A page of the operators' list (newest first, `per_page` rows; `page` from 1), how many the
/// filters select, and the sum of the paid ones. `per_page` 0: every row (the CSV export).
pub async fn ledger(
    db: &Db,
    f: &LedgerFilter,
    page: i64,
    per_page: i64,
) -> Result<(Vec<LedgerRowDb>, i64, i64), AppError> {
    // PostgreSQL sums BIGINTs into NUMERIC: cast back.
    let totals = sqlx::query_as(concat!(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN p.state = $7 THEN p.amount ELSE 0 END), 0) AS BIGINT) ",
        ledger_where!()
    ));
    let (total, paid): (i64, i64) = bind_ledger_filter!(totals, f)
        .bind(PaymentState::Paid.as_str())
        .fetch_one(&db.pool)
        .await?;
    let (limit, offset) = if per_page > 0 {
        (per_page, (page - 1).max(0) * per_page)
    } else {
        (100_000, 0)
    };
    let rows = sqlx::query_as(concat!(
        "SELECT p.created_at, p.settled_at, d.code, p.gateway, p.amount, p.state, p.txn_ref, p.gateway_txn, \
         p.refund_due ",
        ledger_where!(),
        " ORDER BY p.created_at DESC, p.id DESC LIMIT $7 OFFSET $8"
    ));
    let rows = bind_ledger_filter!(rows, f)
        .bind(limit)
        .bind(offset)
        .fetch_all(&db.pool)
        .await?;
    Ok((rows, total, paid))
}
