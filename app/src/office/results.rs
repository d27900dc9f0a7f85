//! The services of the back office's plain routes ([`super::routes`]): the result documents'
//! upload ("Đã giải quyết" with its files, under the action form's note rule) and the apology
//! letter's printable page.

use super::service::clean_note;
use crate::{
    accounts::service::{Officer, UserRow},
    backend::{Services, storage::Stored},
    dossiers::{
        ApologyView, access,
        store::{self as dossier_store, Change, DossierRow, Extra},
    },
    error::AppError,
};
use domain::dossier::{Action, Actor};

/// What became of the result documents sent with "Đã giải quyết".
pub enum Resolved {
    /// Recorded: the dossier waits for its result to be handed over.
    Done,
    /// The dossier changed meanwhile (another officer, another tab): nothing was recorded.
    Changed,
    /// The note breaks the action's rule (too long; or, were the rule to ask for one, missing).
    NoteTooLong,
}

/// The dossier `pid` if the officer may record its results (checked before the upload's body is
/// read).
pub async fn result_target(
    svc: &Services,
    officer: &Officer,
    pid: &str,
) -> Result<DossierRow, AppError> {
    super::service::officer_dossier(&svc.db, officer, pid).await
}

/// "Resolve" with its stored result documents, under the same note rule as every other action,
/// in the transaction that records them.
pub async fn resolve(
    svc: &Services,
    officer: &Officer,
    d: &DossierRow,
    results: Vec<(String, Stored)>,
    seen: Option<i64>,
    note: &str,
    ip: &str,
) -> Result<Resolved, AppError> {
    // The "ket-qua" entry of `ACTIONS`: its note rule, the same check as every action's form.
    let entry = super::spec(super::OfficerAction::Move(Action::Resolve));
    let Ok(note) = clean_note(note) else {
        return Ok(Resolved::NoteTooLong);
    };
    if !entry.note.accepts(&note) {
        return Ok(Resolved::NoteTooLong);
    }
    let change = Change {
        action: Action::Resolve,
        actor: Actor::Officer,
        actor_id: Some(officer.user.id),
        note: &note,
        seen,
        extra: Extra::Results(results),
        ip,
        ..Change::default()
    };
    match dossier_store::act(svc, d, change).await {
        Ok(Ok(_)) => Ok(Resolved::Done),
        Ok(Err(_)) | Err(AppError::Stale) => Ok(Resolved::Changed),
        Err(e) => Err(e),
    }
}

/// What the apology letter of dossier `pid` says, for its owner and the officers of its agency:
/// the dossier, the letter, the agency's name and address, the procedure's name.
pub async fn apology_letter(
    svc: &Services,
    user: &UserRow,
    pid: &str,
    id: &str,
) -> Result<(DossierRow, ApologyView, String, String, String), AppError> {
    let d = access::readable(&svc.db, user, pid).await?;
    let letter = crate::dossiers::service::apologies(&svc.db, d.id)
        .await?
        .into_iter()
        .find(|l| l.public_id == id)
        .ok_or(AppError::NotFound)?;
    let (agency, address) = crate::catalog::store::agency_header(&svc.db, d.agency_id).await?;
    let (_, procedure) = crate::catalog::store::procedure_names(&svc.db, d.procedure_id).await?;
    Ok((d, letter, agency, address, procedure))
}
