//! The payments slice's tables: `payments` (an attempt at a gateway), `payment_callbacks` (every
//! verified callback as received, append-only), `payment_callbacks_unverified` (the first 2 KB of
//! those whose signature failed, purged after 30 days), `pay_lookup_guards` (wrong lookups per
//! dossier code), `receipts` (one per paid notice) and `fee_notices` (the
//! officers' changes of a notice: [`notices`]). The rules that keep
//! money right live here, once, whatever the gateway:
//!
//! - a callback is believed only after its signature, merchant, order and amount are checked;
//! - a payment becomes "paid" once: the update that does it is conditional on the state it
//!   leaves, so a replay, a late "failed" or a concurrent duplicate finds nothing to change and
//!   is answered "already confirmed";
//! - the payment, the notice, the receipt, the dossier's move and the callback's record are one
//!   transaction: a process killed before the commit leaves the payment pending, for the next
//!   callback or the reconciliation to settle;
//! - money paid for a notice that no longer wants it (paid at the counter, by another payment,
//!   or cancelled) is flagged for refund, never lost.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{
    backend::{
        Db, Services, crypto, now_epoch,
        payments::{Gateway, Outcome, Rejection, Report, Verdict},
    },
    dossiers::store::{self as dossier_store, Change, Extra},
    error::AppError,
};
use domain::{
    dossier::{Action, Actor, Status},
    payment::{GatewayId, PaymentState},
};

mod ledger;
mod lookup;
mod notices;
pub use ledger::*;
pub use lookup::*;
pub use notices::*;

/// A payment as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PaymentRow {
    pub id: i64,
    pub public_id: String,
    pub txn_ref: String,
    pub fee_notice_id: i64,
    pub dossier_id: i64,
    #[sqlx(try_from = "String")]
    pub gateway: GatewayId,
    pub amount: i64,
    #[sqlx(try_from = "String")]
    pub state: PaymentState,
    pub gateway_txn: String,
    pub bank_code: String,
    pub result_code: String,
    pub refund_due: i64,
    pub created_at: i64,
    pub expires_at: i64,
    pub settled_at: Option<i64>,
}

/// `SELECT` of a [`PaymentRow`] from `payments`, then the rest of the query.
macro_rules! select_payments {
    ($rest:literal) => {
        concat!(
            "SELECT id, public_id, txn_ref, fee_notice_id, dossier_id, gateway, amount, state, \
             gateway_txn, bank_code, result_code, refund_due, created_at, expires_at, settled_at \
             FROM payments ",
            $rest
        )
    };
}

/// The public id of dossier `id`.
pub async fn dossier_public_id(db: &Db, id: i64) -> Result<String, AppError> {
    Ok(
        sqlx::query_scalar("SELECT public_id FROM dossiers WHERE id = $1")
            .bind(id)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// The public id of the dossier whose code is `code`.
pub async fn dossier_by_code(db: &Db, code: &str) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT public_id FROM dossiers WHERE code = $1")
            .bind(code)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// The open fee notice of a dossier: (id, items JSON, total).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenNotice {
    pub id: i64,
    pub items: String,
    pub total: i64,
}

/// The dossier's notice that is neither paid nor cancelled, the latest first.
pub async fn open_notice(db: &Db, dossier_id: i64) -> Result<Option<OpenNotice>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, items, total FROM fee_notices WHERE dossier_id = $1 AND paid_at IS NULL \
         AND cancelled_at IS NULL ORDER BY issued_at DESC, id DESC LIMIT 1",
    )
    .bind(dossier_id)
    .fetch_optional(&db.pool)
    .await?)
}

/// A new pending payment of `notice` at `gateway`. Its order id is unique for ever (VNPay wants
/// it unique per day): Vietnam date and time and eight random digits, drawn again in the rare
/// case another payment started in the same second drew the same.
#[allow(clippy::too_many_arguments)]
pub async fn create(
    db: &Db,
    notice: &OpenNotice,
    dossier_id: i64,
    gateway: GatewayId,
    payer_id: Option<i64>,
    now: i64,
    expires_at: i64,
) -> Result<PaymentRow, AppError> {
    let public_id = crypto::random_token()[..24].to_string();
    for _ in 0..5 {
        let txn_ref = format!(
            "{}{}",
            &crate::backend::payments::vn_timestamp(now)[2..],
            crypto::random_digits(8)
        );
        let inserted = sqlx::query(
            "INSERT INTO payments (public_id, txn_ref, fee_notice_id, dossier_id, gateway, amount, payer_id, \
             created_at, expires_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8)",
        )
        .bind(&public_id)
        .bind(&txn_ref)
        .bind(notice.id)
        .bind(dossier_id)
        .bind(gateway.as_str())
        .bind(notice.total)
        .bind(payer_id)
        .bind(now)
        .bind(expires_at)
        .execute(&db.pool)
        .await;
        match inserted {
            Ok(_) => {
                return by_public_id(db, &public_id)
                    .await?
                    .ok_or_else(|| AppError::internal("payment vanished after insert"));
            }
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::internal("no free order id after 5 draws"))
}

pub async fn by_public_id(db: &Db, public_id: &str) -> Result<Option<PaymentRow>, AppError> {
    Ok(sqlx::query_as(select_payments!("WHERE public_id = $1"))
        .bind(public_id)
        .fetch_optional(&db.pool)
        .await?)
}

pub async fn by_txn_ref(
    db: &Db,
    gateway: GatewayId,
    txn_ref: &str,
) -> Result<Option<PaymentRow>, AppError> {
    Ok(
        sqlx::query_as(select_payments!("WHERE txn_ref = $1 AND gateway = $2"))
            .bind(txn_ref)
            .bind(gateway.as_str())
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// A dossier's payments, the latest first.
pub async fn of_dossier(db: &Db, dossier_id: i64) -> Result<Vec<PaymentRow>, AppError> {
    Ok(sqlx::query_as(select_payments!(
        "WHERE dossier_id = $1 ORDER BY created_at DESC, id DESC"
    ))
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Records a callback (or a query's answer, or a browser's return) as received, with the
/// portal's answer.
pub async fn record<'e>(
    exec: impl sqlx::Executor<'e, Database = sqlx::Any>,
    gateway: GatewayId,
    kind: &str,
    txn_ref: &str,
    raw: &str,
    answer: Verdict,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO payment_callbacks (gateway, kind, txn_ref, raw, answer, received_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(gateway.as_str())
    .bind(kind)
    .bind(txn_ref)
    .bind(raw)
    .bind(format!("{answer:?}"))
    .bind(now_epoch())
    .execute(exec)
    .await?;
    Ok(())
}

/// A callback from `gateway` (kind "ipn"), as received: verified, recorded and settled. The
/// verdict is what the gateway is answered.
pub async fn receive(svc: &Services, gateway: &dyn Gateway, kind: &str, raw: &str) -> Verdict {
    match receive_inner(svc, gateway, kind, raw).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(gateway = %gateway.id(), error = ?e, "payment callback failed");
            Verdict::Error
        }
    }
}

async fn receive_inner(
    svc: &Services,
    gateway: &dyn Gateway,
    kind: &str,
    raw: &str,
) -> Result<Verdict, AppError> {
    let report = match gateway.verify(raw) {
        Ok(r) => r,
        Err(rejection @ (Rejection::Signature | Rejection::DuplicateKey)) => {
            // Anyone's text: kept apart, cut short, purged after 30 days.
            record_unverified(&svc.db, gateway.id(), kind, raw, rejection).await?;
            return Ok(Verdict::InvalidSignature);
        }
        Err(rejection) => {
            let verdict = match rejection {
                // Signed by the gateway, for another merchant: not our order.
                Rejection::Merchant => Verdict::OrderNotFound,
                _ => Verdict::Error,
            };
            record(&svc.db.pool, gateway.id(), kind, "", raw, verdict).await?;
            return Ok(verdict);
        }
    };
    settle(svc, gateway.id(), kind, raw, &report).await
}

/// Applies a verified report about one order: see the module's rules. `raw` is recorded with
/// the verdict in the same transaction.
pub async fn settle(
    svc: &Services,
    gateway: GatewayId,
    kind: &str,
    raw: &str,
    report: &Report,
) -> Result<Verdict, AppError> {
    let db = &svc.db;
    let Some(p) = by_txn_ref(db, gateway, &report.txn_ref).await? else {
        record(
            &db.pool,
            gateway,
            kind,
            &report.txn_ref,
            raw,
            Verdict::OrderNotFound,
        )
        .await?;
        return Ok(Verdict::OrderNotFound);
    };
    // A query's "still pending" or "no such order" settles nothing (the expiry does, later).
    if matches!(report.outcome, Outcome::Pending | Outcome::Unknown) {
        record(&db.pool, gateway, kind, &p.txn_ref, raw, Verdict::Confirmed).await?;
        return Ok(Verdict::Confirmed);
    }
    if report.amount != p.amount {
        record(
            &db.pool,
            gateway,
            kind,
            &p.txn_ref,
            raw,
            Verdict::InvalidAmount,
        )
        .await?;
        return Ok(Verdict::InvalidAmount);
    }
    // Read before the transaction: the transaction's first statement writes, so that SQLite
    // takes its write lock at once and concurrent callbacks queue behind it.
    let cal = crate::calendar::store::calendar(db).await?;
    let now = now_epoch();
    let mut tx = db.begin().await?;
    let verdict = match report.outcome {
        Outcome::Paid => {
            let done = sqlx::query(
                "UPDATE payments SET state = $6, gateway_txn = $1, bank_code = $2, result_code = $3, \
                 settled_at = $4, updated_at = $4 WHERE id = $5 AND state <> $6",
            )
            .bind(&report.gateway_txn)
            .bind(&report.bank_code)
            .bind(&report.code)
            .bind(now)
            .bind(p.id)
            .bind(PaymentState::Paid.as_str())
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                Verdict::AlreadyConfirmed
            } else {
                confirm_notice(&mut tx, &cal, &p, report, now).await?;
                Verdict::Confirmed
            }
        }
        _ => {
            // Failed, refused or cancelled at the gateway: only a pending (or expired) payment
            // ends so; a late "failed" never undoes "paid".
            let done = sqlx::query(
                "UPDATE payments SET state = $4, result_code = $1, settled_at = $2, updated_at = $2 \
                 WHERE id = $3 AND state IN ($5, $6)",
            )
            .bind(&report.code)
            .bind(now)
            .bind(p.id)
            .bind(PaymentState::Failed.as_str())
            .bind(PaymentState::Pending.as_str())
            .bind(PaymentState::Expired.as_str())
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                Verdict::AlreadyConfirmed
            } else {
                Verdict::Confirmed
            }
        }
    };
    record(&mut *tx, gateway, kind, &p.txn_ref, raw, verdict).await?;
    tx.commit().await?;
    svc.outbox.notify_one();
    Ok(verdict)
}

/// The payment `p` was just confirmed paid in `tx`: the notice is paid by it (with a receipt,
/// and the dossier goes on) if it still wants paying; otherwise the money is flagged for refund.
async fn confirm_notice(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    cal: &domain::calendar::WorkCalendar,
    p: &PaymentRow,
    report: &Report,
    now: i64,
) -> Result<(), AppError> {
    let paid = sqlx::query(
        "UPDATE fee_notices SET paid_at = $1, paid_method = $2, paid_note = $3 \
         WHERE id = $4 AND paid_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(now)
    .bind(p.gateway.as_str())
    .bind(&report.gateway_txn)
    .bind(p.fee_notice_id)
    .execute(&mut **tx)
    .await?;
    if paid.rows_affected() == 0 {
        sqlx::query("UPDATE payments SET refund_due = 1 WHERE id = $1")
            .bind(p.id)
            .execute(&mut **tx)
            .await?;
        tracing::warn!(payment = %p.public_id, "paid after the notice was settled or cancelled: refund due");
        return Ok(());
    }
    let (items, total, payer): (String, i64, String) = sqlx::query_as(
        "SELECT f.items, f.total, d.applicant_name FROM fee_notices f JOIN dossiers d ON d.id = f.dossier_id \
         WHERE f.id = $1",
    )
    .bind(p.fee_notice_id)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO receipts (public_id, number, fee_notice_id, payment_id, dossier_id, payer_name, items, \
         total, gateway, gateway_txn, issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&crypto::random_token()[..24])
    .bind(receipt_number(&p.txn_ref))
    .bind(p.fee_notice_id)
    .bind(p.id)
    .bind(p.dossier_id)
    .bind(payer)
    .bind(items)
    .bind(total)
    .bind(p.gateway.as_str())
    .bind(&report.gateway_txn)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    // The dossier goes on, if it still waits for this payment.
    let pid: String = sqlx::query_scalar("SELECT public_id FROM dossiers WHERE id = $1")
        .bind(p.dossier_id)
        .fetch_one(&mut **tx)
        .await?;
    let d = load_in(tx, &pid).await?;
    if d.status == Status::AwaitingPayment {
        let note = format!(
            "Đã thanh toán trực tuyến {} (mã giao dịch {})",
            crate::catalog::format_vnd(total),
            report.gateway_txn
        );
        let moved = dossier_store::act_in(
            tx,
            cal,
            &d,
            Change {
                action: Action::ConfirmPayment,
                actor: Actor::System,
                note: &note,
                extra: Extra::None,
                ..Change::default()
            },
        )
        .await?;
        if let Err(e) = moved {
            tracing::warn!(error = ?e, "a paid dossier could not move on");
        }
    }
    Ok(())
}

/// The dossier, read inside `tx` (SQLite's writer must not wait on another connection).
async fn load_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    pid: &str,
) -> Result<dossier_store::DossierRow, AppError> {
    dossier_store::load_with(&mut **tx, pid)
        .await?
        .ok_or(AppError::NotFound)
}

/// "BL-" and the order id: unique, and tells the receipt's payment at a glance.
fn receipt_number(txn_ref: &str) -> String {
    format!("BL-{txn_ref}")
}

/// An electronic receipt as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReceiptRow {
    pub public_id: String,
    pub number: String,
    pub dossier_id: i64,
    pub payer_name: String,
    pub items: String,
    pub total: i64,
    #[sqlx(try_from = "String")]
    pub gateway: GatewayId,
    pub gateway_txn: String,
    pub issued_at: i64,
}

pub async fn receipts(db: &Db, dossier_id: i64) -> Result<Vec<ReceiptRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT public_id, number, dossier_id, payer_name, items, total, gateway, gateway_txn, issued_at \
         FROM receipts WHERE dossier_id = $1 ORDER BY issued_at, id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Payments still pending since `older_than` (epoch seconds) or before: the reconciliation's
/// work.
pub async fn pending_before(db: &Db, older_than: i64) -> Result<Vec<PaymentRow>, AppError> {
    Ok(sqlx::query_as(select_payments!(
        "WHERE state = $2 AND created_at <= $1 ORDER BY created_at LIMIT 200"
    ))
    .bind(older_than)
    .bind(PaymentState::Pending.as_str())
    .fetch_all(&db.pool)
    .await?)
}

/// Ends a pending payment past its expiry: the gateway no longer takes it.
pub async fn expire(db: &Db, p: &PaymentRow) -> Result<bool, AppError> {
    let now = now_epoch();
    let done =
        sqlx::query("UPDATE payments SET state = $3, updated_at = $1 WHERE id = $2 AND state = $4")
            .bind(now)
            .bind(p.id)
            .bind(PaymentState::Expired.as_str())
            .bind(PaymentState::Pending.as_str())
            .execute(&db.pool)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Reconciliation of one pending payment: asks its gateway (QueryDR), records the answer, and
/// settles the payment as a callback would; an order the gateway never finished and whose
/// expiry has passed is expired. Nothing changes when the gateway cannot be reached (money may
/// have been taken: the next round asks again).
pub async fn check(svc: &Services, p: &PaymentRow) -> Result<Option<Verdict>, AppError> {
    let Some(g) = svc.payments.get(p.gateway) else {
        return Ok(None);
    };
    // One question per payment per interval, however often its return URL is replayed.
    if !claim_check(&svc.db, p.id, svc.config.pay.query_interval_secs).await? {
        return Ok(None);
    }
    let (raw, report) = match g.query(&p.txn_ref, p.created_at, "127.0.0.1").await {
        Ok(answer) => answer,
        Err(e) => {
            tracing::warn!(gateway = %g.id(), error = %e, "reconciliation: the gateway did not answer");
            return Ok(None);
        }
    };
    let report = match report {
        Ok(r) if r.txn_ref == p.txn_ref || r.outcome == Outcome::Unknown => Report {
            txn_ref: p.txn_ref.clone(),
            ..r
        },
        Ok(_) => {
            record_unverified(&svc.db, g.id(), "query", &raw, Rejection::Merchant).await?;
            return Ok(Some(Verdict::InvalidSignature));
        }
        Err(rejection) => {
            record_unverified(&svc.db, g.id(), "query", &raw, rejection).await?;
            return Ok(Some(Verdict::InvalidSignature));
        }
    };
    let verdict = settle(svc, g.id(), "query", &raw, &report).await?;
    if matches!(report.outcome, Outcome::Unknown | Outcome::Pending) && now_epoch() > p.expires_at {
        expire(&svc.db, p).await?;
    }
    Ok(Some(verdict))
}

/// One round of reconciliation: every payment pending for more than `after_secs`.
pub async fn reconcile(svc: &Services, after_secs: i64) -> Result<usize, AppError> {
    let pending = pending_before(&svc.db, now_epoch() - after_secs).await?;
    let mut settled = 0;
    for p in &pending {
        if check(svc, p).await?.is_some() {
            settled += 1;
        }
    }
    Ok(settled)
}

// ---- What strangers can make us keep (issue 22) ---------------------------------------------

/// `raw` cut to at most `max` bytes, at a character boundary.
pub fn truncated(raw: &str, max: usize) -> &str {
    if raw.len() <= max {
        return raw;
    }
    let mut end = max;
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    &raw[..end]
}

/// Keeps a callback (or a query's answer, or a browser's return) that could not be verified,
/// apart from the verified ones: its first 2 KB, why it was refused, when. The maintenance job
/// deletes these after 30 days ([`purge_unverified`]).
pub async fn record_unverified(
    db: &Db,
    gateway: GatewayId,
    kind: &str,
    raw: &str,
    reason: Rejection,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO payment_callbacks_unverified (gateway, kind, raw, reason, received_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(gateway.as_str())
    .bind(kind)
    .bind(truncated(
        raw,
        crate::backend::payments::MAX_UNVERIFIED_BYTES,
    ))
    .bind(format!("{reason:?}"))
    .bind(now_epoch())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Deletes unverified callbacks older than 30 days, and lookup counters of codes untouched for
/// a day that are not closed (maintenance task).
pub async fn purge_stale(db: &Db) -> Result<u64, sqlx::Error> {
    let now = now_epoch();
    let callbacks = sqlx::query("DELETE FROM payment_callbacks_unverified WHERE received_at < $1")
        .bind(now - crate::backend::payments::UNVERIFIED_KEEP_SECS)
        .execute(&db.pool)
        .await?;
    let guards =
        sqlx::query("DELETE FROM pay_lookup_guards WHERE updated_at < $1 AND closed_until < $2")
            .bind(now - 86_400)
            .bind(now)
            .execute(&db.pool)
            .await?;
    Ok(callbacks.rows_affected() + guards.rows_affected())
}

/// Claims the right to ask the gateway about payment `id` now: true for one caller per
/// `interval_secs` (the claim and its check are one statement, so parallel replays of a return
/// URL cannot all pass), false while the payment was asked about within the interval.
pub async fn claim_check(db: &Db, id: i64, interval_secs: i64) -> Result<bool, AppError> {
    let now = now_epoch();
    let done = sqlx::query(
        "UPDATE payments SET checked_at = $1 WHERE id = $2 \
         AND (checked_at IS NULL OR checked_at <= $3)",
    )
    .bind(now)
    .bind(id)
    .bind(now - interval_secs)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
