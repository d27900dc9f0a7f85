//! The caller's notices.

use super::{store, *};
use crate::{accounts::service::require_user, backend, format, routes::dossier_path};

/// The caller's notifications, latest first; reading them marks them read.
pub async fn notifications() -> Result<Vec<NotificationView>, AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    let rows = store::notifications(&svc.db, user.id).await?;
    store::mark_read(&svc.db, user.id).await?;
    Ok(rows
        .into_iter()
        .map(|n| NotificationView {
            title: n.title,
            body: n.body,
            at: format::datetime(n.created_at),
            unread: n.read_at.is_none(),
            dossier_link: n.dossier_public_id.map(|p| dossier_path(&p)),
        })
        .collect())
}
