//! Who is asking: the logged-in user of a server function or of a plain request.

use crate::{
    accounts::{CurrentUser, store, store::UserRow},
    backend::{self, Services, session},
    error::AppError,
};

pub async fn user_by_id(svc: &Services, id: i64) -> Result<Option<UserRow>, AppError> {
    store::user_by_id(&svc.db, id).await
}

/// An identifier as typed, as logins are stored: no spaces, lower case.
pub fn compact_login(identifier: &str) -> String {
    identifier
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// The account whose ID number, tax code or chosen username is `identifier` (as typed: spaces
/// and letter case do not matter).
pub async fn user_by_login(svc: &Services, identifier: &str) -> Result<Option<UserRow>, AppError> {
    let compact = compact_login(identifier);
    if compact.is_empty() {
        return Ok(None);
    }
    store::user_by_login(&svc.db, &compact).await
}

/// The logged-in user of this request.
pub async fn current_user(svc: &Services) -> Result<Option<CurrentUser>, AppError> {
    Ok(current_row(svc).await?.map(|u| CurrentUser {
        id: u.id,
        kind: u.kind,
        name: u.full_name,
    }))
}

/// The logged-in user of the server function being answered.
pub async fn current_user_here() -> Result<Option<CurrentUser>, AppError> {
    current_user(&backend::services()?).await
}

async fn current_row(svc: &Services) -> Result<Option<UserRow>, AppError> {
    let Some(s) = session::current(svc).await? else {
        return Ok(None);
    };
    let Some(id) = s.user_id else {
        return Ok(None);
    };
    Ok(user_by_id(svc, id).await?.filter(|u| u.active))
}

/// The logged-in user and their session, or `Unauthenticated`.
pub async fn require_user(svc: &Services) -> Result<(UserRow, session::Session), AppError> {
    let s = session::current(svc)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let id = s.user_id.ok_or(AppError::Unauthenticated)?;
    let user = user_by_id(svc, id)
        .await?
        .filter(|u| u.active)
        .ok_or(AppError::Unauthenticated)?;
    Ok((user, s))
}

/// The language the user reads messages in ("vi" or "en").
pub async fn set_language(svc: &Services, user_id: i64, language: &str) -> Result<(), AppError> {
    let language = if language == "en" { "en" } else { "vi" };
    store::set_language(&svc.db, user_id, language).await
}
