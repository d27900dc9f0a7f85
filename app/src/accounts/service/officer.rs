//! Officers: an account of kind `Officer` and the agencies it works for (`officer_agencies`,
//! this slice's table). The back office and the dossiers' access rules ask here.

use super::{UserRow, require_user};
use crate::{
    accounts::{AccountKind, store},
    backend::{Db, Services},
    error::AppError,
};

/// An officer and the agencies they work for: (id, name), their main one first.
#[derive(Debug, Clone)]
pub struct Officer {
    pub user: UserRow,
    pub agencies: Vec<(i64, String)>,
}

impl Officer {
    /// Whether the officer works for `agency_id`.
    pub fn serves(&self, agency_id: i64) -> bool {
        self.agencies.iter().any(|a| a.0 == agency_id)
    }

    /// The agency the officer asked for, if theirs, else their main one.
    pub fn agency(&self, wanted: Option<i64>) -> Option<(i64, String)> {
        wanted
            .and_then(|id| self.agencies.iter().find(|a| a.0 == id))
            .or(self.agencies.first())
            .cloned()
    }
}

/// The agencies of an officer account (none for anyone else).
pub async fn agencies_of(db: &Db, user: &UserRow) -> Result<Vec<(i64, String)>, AppError> {
    if user.kind != AccountKind::Officer {
        return Ok(Vec::new());
    }
    store::officer_agencies(db, user.id).await
}

/// The officer behind this request; `NotFound` for anyone else (citizens, administrators
/// without an agency, anonymous visitors), so the back office is not even disclosed.
pub async fn require_officer(svc: &Services) -> Result<Officer, AppError> {
    let (user, _) = require_user(svc).await.map_err(|_| AppError::NotFound)?;
    officer(&svc.db, user).await?.ok_or(AppError::NotFound)
}

/// `user` as an officer, if they are one with at least one agency.
pub async fn officer(db: &Db, user: UserRow) -> Result<Option<Officer>, AppError> {
    let agencies = agencies_of(db, &user).await?;
    if agencies.is_empty() {
        return Ok(None);
    }
    Ok(Some(Officer { user, agencies }))
}
