//! Who may read or act on a dossier: used by server functions and plain axum routes alike.
//!
//! - A citizen reads and changes only their own dossiers.
//! - An officer reads and acts on the dossiers sent to one of their agencies (never a draft:
//!   a draft is its owner's alone).
//! - Anyone else gets "not found", never "forbidden": a dossier's existence is not disclosed.
//!
//! Back-office pages and server functions answer 404 to citizens and anonymous visitors alike.

use super::store::{self, DossierRow};
use crate::{
    accounts::service::{UserRow, officer::agencies_of},
    backend::Db,
    error::AppError,
};
use domain::dossier::Status;

/// Whether `user` may read dossier `d`: its owner, or an officer of its receiving agency once it
/// is submitted.
pub async fn can_read(db: &Db, user: &UserRow, d: &DossierRow) -> Result<bool, AppError> {
    if d.owner_id == user.id {
        return Ok(true);
    }
    if d.status == Status::Draft {
        return Ok(false);
    }
    Ok(agencies_of(db, user)
        .await?
        .iter()
        .any(|a| a.0 == d.agency_id))
}

/// The dossier `pid` if `user` may read it; `NotFound` otherwise.
pub async fn readable(db: &Db, user: &UserRow, pid: &str) -> Result<DossierRow, AppError> {
    let d = store::load(db, pid).await?.ok_or(AppError::NotFound)?;
    if can_read(db, user, &d).await? {
        Ok(d)
    } else {
        Err(AppError::NotFound)
    }
}
