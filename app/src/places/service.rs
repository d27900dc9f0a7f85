//! Reads of the administrative units for the pages and the address island.

use super::{Unit, store};
use crate::{backend, error::AppError};

/// The communes of `province` as (code, name), by name; none for no province.
pub async fn communes(province: &str) -> Result<Vec<Unit>, AppError> {
    if province.is_empty() {
        return Ok(Vec::new());
    }
    let svc = backend::services()?;
    let communes = store::communes_of(&svc.db, province).await?;
    Ok(communes
        .into_iter()
        .map(|(code, name, _kind)| (code, name))
        .collect())
}
