//! An officer's change of a dossier's fee notice (`fee_notices`, this slice's table): issued,
//! paid at the counter, cancelled. The dossier's move and the notice's write are one
//! transaction: the dossiers store moves the dossier ([`dossier_store::act_in`]) and this one
//! writes the notice in the same `tx`, so a write that fails takes the move back with it.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{
    backend::{Services, internal, now_epoch},
    dossiers::store::{self as dossier_store, Change, DossierRow, Extra, FeeChange},
    error::AppError,
};
use domain::dossier::{Status, TransitionError};

/// Applies `c`, an officer's change whose extra is [`Extra::Fee`]: the dossier's move (its
/// timeline entry, notice and audit entry) and the fee notice's change, in one transaction.
/// Answers as [`dossier_store::act`] does; the notice to pay, or cancel, is gone (paid or
/// cancelled meanwhile): [`AppError::Stale`], nothing changed.
pub async fn act_on_fee(
    svc: &Services,
    d: &DossierRow,
    c: Change<'_>,
) -> Result<Result<Status, TransitionError>, AppError> {
    let (Extra::Fee(fee), Some(officer)) = (&c.extra, c.actor_id) else {
        return Err(internal("act_on_fee: not an officer's fee change"));
    };
    let fee = fee.clone();
    let cal = crate::calendar::store::calendar(&svc.db).await?;
    let mut tx = svc.db.begin().await?;
    let done = dossier_store::act_in(&mut tx, &cal, d, c).await?;
    if done.is_ok() {
        write_in(&mut tx, d.id, officer, &fee, now_epoch()).await?;
        tx.commit().await?;
        svc.outbox.notify_one();
    }
    Ok(done)
}

/// Writes `fee`, the change of dossier `dossier_id`'s notice by officer `officer_id`, in `tx`.
pub async fn write_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    dossier_id: i64,
    officer_id: i64,
    fee: &FeeChange,
    now: i64,
) -> Result<(), AppError> {
    match fee {
        FeeChange::Issue { items, total, .. } => {
            let items = serde_json::to_string(
                &items
                    .iter()
                    .map(|(name, amount)| serde_json::json!({ "name": name, "amount": amount }))
                    .collect::<Vec<_>>(),
            )?;
            sqlx::query(
                "INSERT INTO fee_notices (dossier_id, items, total, issued_by, issued_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(dossier_id)
            .bind(items)
            .bind(*total)
            .bind(officer_id)
            .bind(now)
            .execute(&mut **tx)
            .await?;
        }
        FeeChange::PaidAtCounter { note } => {
            let done = sqlx::query(
                "UPDATE fee_notices SET paid_at = $1, paid_method = 'counter', paid_note = $2, recorded_by = $3 \
                 WHERE dossier_id = $4 AND paid_at IS NULL",
            )
            .bind(now)
            .bind(note)
            .bind(officer_id)
            .bind(dossier_id)
            .execute(&mut **tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(AppError::Stale);
            }
        }
        FeeChange::Cancel => {
            let done = sqlx::query(
                "UPDATE fee_notices SET cancelled_at = $1 WHERE dossier_id = $2 AND paid_at IS NULL \
                 AND cancelled_at IS NULL",
            )
            .bind(now)
            .bind(dossier_id)
            .execute(&mut **tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(AppError::Stale);
            }
        }
    }
    Ok(())
}
