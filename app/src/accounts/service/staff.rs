//! Officer and administrator accounts, created on the command line (`server create-user`):
//! never by self-registration.

use crate::{
    accounts::{
        AccountKind,
        store::{self, NewUser},
    },
    backend::Db,
    error::AppError,
};

/// Why a staff account was not created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffRefusal {
    /// The username is some account's login already.
    LoginTaken,
    /// Only officers work for agencies.
    AgenciesForAdmin,
    /// No agency has this unit code.
    UnknownAgency(String),
}

/// Stores a staff account (`user`, already validated, its password hashed) working for the
/// agencies with `agency_codes` (officers only; the first is their own); returns its id.
pub async fn create_staff(
    db: &Db,
    user: &NewUser,
    agency_codes: &[String],
) -> Result<Result<i64, StaffRefusal>, AppError> {
    let login = user.username.as_deref().unwrap_or_default();
    if store::login_taken(db, login).await? {
        return Ok(Err(StaffRefusal::LoginTaken));
    }
    if user.kind != AccountKind::Officer && !agency_codes.is_empty() {
        return Ok(Err(StaffRefusal::AgenciesForAdmin));
    }
    let mut agencies = Vec::new();
    for code in agency_codes {
        match crate::catalog::store::agency_id_by_unit_code(db, &code.trim().to_uppercase()).await?
        {
            Some(id) => agencies.push(id),
            None => return Ok(Err(StaffRefusal::UnknownAgency(code.clone()))),
        }
    }
    Ok(Ok(store::create_staff(db, user, &agencies).await?))
}
