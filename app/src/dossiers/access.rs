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
    accounts::{
        AccountKind,
        service::{UserRow, require_user, user_of_request},
    },
    backend::{Db, Services},
    error::AppError,
};
use axum::extract::FromRef as _;
use domain::dossier::Status;

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

/// The dossier `pid` if the officer's agency received it (drafts never); `NotFound` otherwise.
pub async fn officer_dossier(
    db: &Db,
    officer: &Officer,
    pid: &str,
) -> Result<DossierRow, AppError> {
    let d = store::load(db, pid).await?.ok_or(AppError::NotFound)?;
    if d.status != Status::Draft && officer.serves(d.agency_id) {
        Ok(d)
    } else {
        Err(AppError::NotFound)
    }
}

/// The signed-in user of a plain axum route (uploads, downloads, printable pages). Without a
/// session the route answers with a redirect to the login page that comes back here.
pub struct SignedIn(pub UserRow);

/// The officer of a plain axum route; anyone else gets 404.
pub struct OfficerUser(pub Officer);

impl<S> axum::extract::FromRequestParts<S> for SignedIn
where
    Services: axum::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::{IntoResponse, Redirect};
        let svc = Services::from_ref(state);
        match user_of_request(&svc, &parts.headers, &parts.extensions).await {
            Ok(Some(user)) => Ok(SignedIn(user)),
            Ok(None) => {
                // Back to where the visitor was going, after login (paths are ours: no
                // personal data in them).
                let next = parts.uri.path();
                Err(Redirect::to(&format!("/dang-nhap?next={next}")).into_response())
            }
            Err(e) => Err(e.into_response()),
        }
    }
}

impl<S> axum::extract::FromRequestParts<S> for OfficerUser
where
    Services: axum::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let svc = Services::from_ref(state);
        let user = user_of_request(&svc, &parts.headers, &parts.extensions)
            .await?
            .ok_or(AppError::NotFound)?;
        officer(&svc.db, user)
            .await?
            .map(OfficerUser)
            .ok_or(AppError::NotFound)
    }
}

/// The client's address of a plain axum route (for the audit log), as the session code reads
/// it: the socket's peer, or the forwarded address behind a trusted proxy.
pub struct ClientIp(pub String);

impl<S> axum::extract::FromRequestParts<S> for ClientIp
where
    Services: axum::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let svc = Services::from_ref(state);
        Ok(ClientIp(
            crate::backend::session::meta_of(&svc, &parts.headers, &parts.extensions).ip,
        ))
    }
}
