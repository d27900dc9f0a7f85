//! Places (DOMAIN "Administrative units"): Vietnam's provinces and communes in force since
//! 1 July 2025 and the old three-level addresses they replaced. Loaded from the dataset embedded
//! in the server at start-up; read by the profile, the dossier's delivery address and the
//! receiving agencies, and by the address island (`islands::address`) through [`communes_of`].

#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::error::AppError;
use leptos::prelude::*;

/// (code, name) of an administrative unit.
pub type Unit = (String, String);

/// The communes of a province, by name (the address island's list once another province is
/// chosen, with JavaScript).
#[server(prefix = "/api", endpoint = "units/communes")]
pub async fn communes_of(province: String) -> Result<Vec<Unit>, AppError> {
    service::communes(&province)
        .await
        .map_err(AppError::respond)
}
