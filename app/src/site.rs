//! Portal-wide facts shown on every page (province, support contacts), set by the operator.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the header and footer show about the portal and its support desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// The province's name without its prefix, e.g. "Khánh Hòa".
    pub province: String,
    /// The province's code in the statistics office's list ("56" for Khánh Hòa).
    pub province_code: String,
    pub hotline: String,
    pub support_email: String,
    /// Office hours in the operator's words, e.g. "Thứ Hai – Thứ Sáu, 07:00 – 17:00".
    pub office_hours: String,
}

server_only! {
    /// Returns the portal's public facts. The server provides them as context (from its settings).
    pub async fn get_site_info() -> Result<SiteInfo, AppError> {
        use_context::<SiteInfo>().ok_or_else(|| AppError::internal("SiteInfo missing from context"))
    }
}

/// The site facts loaded once per page at the root, shared by header and footer.
#[derive(Clone, Copy)]
pub struct SiteResource(pub Resource<Result<SiteInfo, AppError>>);

pub fn use_site() -> SiteResource {
    expect_context::<SiteResource>()
}
