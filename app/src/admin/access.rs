//! Who may open the administration pages: administrators, and nobody else (who gets "not
//! found", so the pages' existence is not confirmed to others).

use crate::{
    accounts::{
        AccountKind,
        service::{UserRow, require_user},
    },
    backend::Services,
    error::AppError,
};

/// Whether `user` runs the portal.
pub fn is_admin(user: &UserRow) -> bool {
    user.kind == AccountKind::Admin
}

/// The signed-in administrator, or "not found" for anyone else.
pub async fn require_admin(svc: &Services) -> Result<UserRow, AppError> {
    let (user, _) = require_user(svc).await.map_err(|_| AppError::NotFound)?;
    if is_admin(&user) {
        Ok(user)
    } else {
        Err(AppError::NotFound)
    }
}
