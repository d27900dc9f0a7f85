//! The services behind the slice's plain routes (`super::super::routes`): uploads into a dossier
//! and into the document store, downloads, and the paper of reception. Each checks who may, then
//! calls the store; the route reads the multipart body and answers.

use super::{closed_page, component_of, may_change};
use crate::{
    accounts::service::UserRow,
    backend::{Services, audit, storage::Stored},
    dossiers::{
        access,
        store::{self, DossierRow, NewFile},
    },
    error::AppError,
};
use domain::dossier::Status;

pub use crate::dossiers::store::{FilesRefused, ReceiptData};

/// Where a file for `component` of the user's dossier `pid` may go: `Ok(dossier)` while it takes
/// files, `Err(page)` (the dossier's page, which says its files stay as they were) once sent.
/// "Not found" for someone else's dossier or a component not of its procedure; "forbidden" for
/// a component a supplement did not ask for.
pub async fn upload_target(
    svc: &Services,
    user: &UserRow,
    pid: &str,
    component: i64,
) -> Result<Result<DossierRow, String>, AppError> {
    let d = store::load_owned(&svc.db, pid, user.id).await?;
    if !matches!(d.status, Status::Draft | Status::SupplementRequested) {
        // Sent meanwhile (another tab): as when the submission lands while this upload's
        // body is still arriving.
        return Ok(Err(closed_page(&d)));
    }
    if !may_change(&d, component) {
        return Err(AppError::Forbidden);
    }
    if !component_of(svc, &d, component).await? {
        return Err(AppError::NotFound);
    }
    Ok(Ok(d))
}

/// Puts uploaded bytes into the dossier's component. Whether the dossier still takes files is
/// decided in the transaction that records them (the body may have taken minutes).
pub async fn put_upload(
    svc: &Services,
    d: &DossierRow,
    component: i64,
    name: &str,
    stored: &Stored,
) -> Result<Result<(), FilesRefused>, AppError> {
    store::put_file(svc, d, component, NewFile::Upload { name, stored }).await
}

/// A new document in the user's store.
pub async fn add_document(
    svc: &Services,
    user: &UserRow,
    name: &str,
    stored: &Stored,
) -> Result<Result<(), FilesRefused>, AppError> {
    store::add_document(svc, user.id, name, stored).await
}

/// The user's stored document `id`: (name, sha256); "not found" for anyone else's.
pub async fn owned_document(
    svc: &Services,
    user: &UserRow,
    id: &str,
) -> Result<(String, String), AppError> {
    store::owned_document(&svc.db, id, user.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// New content for the user's stored document `id` (same name).
pub async fn replace_document(
    svc: &Services,
    user: &UserRow,
    id: &str,
    stored: &Stored,
) -> Result<Result<(), FilesRefused>, AppError> {
    store::replace_document(svc, user.id, id, stored)
        .await?
        .ok_or(AppError::NotFound)
}

/// A dossier's file for its owner or an officer of its receiving agency: (name, sha256). An
/// officer's look (a preview, `inline`, or a download) goes into the audit log.
pub async fn dossier_file(
    svc: &Services,
    user: &UserRow,
    pid: &str,
    file: &str,
    inline: bool,
    ip: &str,
) -> Result<(String, String), AppError> {
    let d = access::readable(&svc.db, user, pid).await?;
    let found = store::dossier_file(&svc.db, d.id, file)
        .await?
        .ok_or(AppError::NotFound)?;
    if d.owner_id != user.id {
        let action = if inline {
            "dossier.file_viewed"
        } else {
            "dossier.file_downloaded"
        };
        audit::record_in(&svc.db.pool, user.id, action, Some(d.id), ip, file).await?;
    }
    Ok(found)
}

/// What the paper of reception (Giấy tiếp nhận hồ sơ) of a submitted dossier says, for whoever
/// may read the dossier.
pub async fn reception(
    svc: &Services,
    user: &UserRow,
    pid: &str,
) -> Result<(DossierRow, String, ReceiptData), AppError> {
    let d = access::readable(&svc.db, user, pid).await?;
    let code = d.code.clone().ok_or(AppError::NotFound)?;
    let data = store::receipt_data(&svc.db, &d).await?;
    Ok((d, code, data))
}

/// A result document of the dossier for its owner or an officer of its agency: (name, sha256).
/// An officer's download goes into the audit log.
pub async fn result_file(
    svc: &Services,
    user: &UserRow,
    pid: &str,
    file: &str,
    ip: &str,
) -> Result<(String, String), AppError> {
    let d = access::readable(&svc.db, user, pid).await?;
    let found = store::result_file(&svc.db, d.id, file)
        .await?
        .ok_or(AppError::NotFound)?;
    if d.owner_id != user.id {
        audit::record_in(
            &svc.db.pool,
            user.id,
            "dossier.result_downloaded",
            Some(d.id),
            ip,
            file,
        )
        .await?;
    }
    Ok(found)
}
