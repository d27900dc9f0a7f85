//! Who is asking, for the plain axum routes of every slice (uploads, downloads, printable pages,
//! exports): the one place that reads the session of a request outside server functions.
//!
//! - [`SignedIn`]: the logged-in user; without one, a redirect to the login page that comes back
//!   to the page asked for (its path and query).
//! - [`MaybeSignedIn`]: the logged-in user if there is one (a form post decides itself where the
//!   login should come back to: the page the form was on, not the post's address).
//! - [`Visitor`]: the session and its user, both optional (what a visitor proved in this session
//!   counts too: the fee receipt of a dossier paid without an account).
//! - [`OfficerUser`], [`AdminUser`]: the back office's and the administration's users; anyone
//!   else gets "not found", so these pages are not disclosed.
//! - [`ClientIp`]: the client's address as the session code reads it (for the audit log).

use super::service::{Officer, UserRow, officer, user_by_id};
use crate::{
    accounts::AccountKind,
    backend::{
        Services,
        session::{self, Session},
    },
    error::AppError,
    routes::login_path,
};
use axum::{
    extract::{FromRef, FromRequestParts},
    response::{IntoResponse, Redirect, Response},
};
use http::{Method, request::Parts};

/// The signed-in user of a route.
pub struct SignedIn(pub UserRow);

/// The signed-in user, if any.
pub struct MaybeSignedIn(pub Option<UserRow>);

/// The request's session and its signed-in user, each if any.
pub struct Visitor {
    pub session: Option<Session>,
    pub user: Option<UserRow>,
}

/// An officer with at least one agency.
pub struct OfficerUser(pub Officer);

/// An administrator.
pub struct AdminUser(pub UserRow);

/// The client's address: the socket's peer, or the forwarded address behind a trusted proxy.
pub struct ClientIp(pub String);

/// The session of the request and its user (an inactive account counts as no user).
async fn visitor(svc: &Services, parts: &Parts) -> Result<Visitor, AppError> {
    let meta = session::meta_of(svc, &parts.headers, &parts.extensions);
    let session = session::lookup(svc, meta.token.as_deref()).await?;
    let user = match session.as_ref().and_then(|s| s.user_id) {
        Some(id) => user_by_id(svc, id).await?.filter(|u| u.active),
        None => None,
    };
    Ok(Visitor { session, user })
}

impl<S> FromRequestParts<S> for Visitor
where
    Services: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        visitor(&Services::from_ref(state), parts).await
    }
}

impl<S> FromRequestParts<S> for MaybeSignedIn
where
    Services: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeSignedIn(
            visitor(&Services::from_ref(state), parts).await?.user,
        ))
    }
}

impl<S> FromRequestParts<S> for SignedIn
where
    Services: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match visitor(&Services::from_ref(state), parts).await {
            Ok(Visitor {
                user: Some(user), ..
            }) => Ok(SignedIn(user)),
            Ok(_) => {
                // Back to the page asked for, after login (our paths: no personal data in
                // them). A post has no page of its own to come back to: the home page.
                let next = if parts.method == Method::GET || parts.method == Method::HEAD {
                    parts
                        .uri
                        .path_and_query()
                        .map(|p| p.as_str())
                        .unwrap_or("/")
                } else {
                    "/"
                };
                Err(Redirect::to(&login_path(next)).into_response())
            }
            Err(e) => Err(e.into_response()),
        }
    }
}

impl<S> FromRequestParts<S> for OfficerUser
where
    Services: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let svc = Services::from_ref(state);
        let user = visitor(&svc, parts).await?.user.ok_or(AppError::NotFound)?;
        officer(&svc.db, user)
            .await?
            .map(OfficerUser)
            .ok_or(AppError::NotFound)
    }
}

impl<S> FromRequestParts<S> for AdminUser
where
    Services: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let svc = Services::from_ref(state);
        match visitor(&svc, parts).await?.user {
            Some(user) if user.kind == AccountKind::Admin => Ok(AdminUser(user)),
            _ => Err(AppError::NotFound),
        }
    }
}

impl<S> FromRequestParts<S> for ClientIp
where
    Services: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let svc = Services::from_ref(state);
        Ok(ClientIp(
            session::meta_of(&svc, &parts.headers, &parts.extensions).ip,
        ))
    }
}
