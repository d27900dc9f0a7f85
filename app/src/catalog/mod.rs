//! The procedure catalog (Bộ thủ tục, SPEC §2): search that ignores diacritics and case, with
//! advanced filters and pages in the URL, and a page per procedure.

#[cfg(feature = "ssr")]
pub mod index;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::error::AppError;
use serde::{Deserialize, Serialize};

/// Results per page.
pub const PAGE_SIZE: i64 = 20;

/// The highest page number a search is computed for (the office queue and the payments ledger
/// clamp theirs alike).
pub const MAX_PAGE: i64 = 100_000;

/// A search as the URL carries it (`/thu-tuc?q=…&linh-vuc=…&co-quan=…&cap=…&muc-do=…&trang=…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SearchParams {
    pub q: String,
    /// Field code.
    pub field: String,
    /// Agency id (as text, from the URL).
    pub agency: String,
    /// "tinh" or "xa".
    pub level: String,
    /// "toan-trinh" or "mot-phan".
    pub online: String,
    pub page: i64,
}

impl SearchParams {
    /// Whether any advanced filter is set (the advanced panel is then open).
    pub fn has_filters(&self) -> bool {
        !(self.field.is_empty()
            && self.agency.is_empty()
            && self.level.is_empty()
            && self.online.is_empty())
    }

    /// The query string for these parameters at `page` (empty parameters left out).
    pub fn to_query(&self, page: i64) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (k, v) in [
            ("q", &self.q),
            ("linh-vuc", &self.field),
            ("co-quan", &self.agency),
            ("cap", &self.level),
            ("muc-do", &self.online),
        ] {
            if !v.trim().is_empty() {
                pairs.push((k, v.trim().to_string()));
            }
        }
        if page > 1 {
            pairs.push(("trang", page.to_string()));
        }
        // Form-URL-encoded (UTF-8, spaces as `+`), as the search form itself sends it.
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    }
}

/// A procedure in a list of results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureSummary {
    pub code: String,
    pub name: String,
    pub field: String,
    pub level: String,
    pub online_level: String,
    pub online_submission: bool,
    pub processing_days: i64,
    pub processing_unit: String,
    pub fee_total: i64,
    /// The implementing agency, or "UBND cấp xã" for commune-level procedures.
    pub agency: String,
}

/// The choices of the advanced search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Facets {
    /// (code, name)
    pub fields: Vec<(String, String)>,
    /// (id, name, level)
    pub agencies: Vec<(i64, String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResult {
    pub items: Vec<ProcedureSummary>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub facets: Facets,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fee {
    pub name: String,
    pub amount: i64,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Component {
    pub name: String,
    pub originals: i64,
    pub copies: i64,
    pub mandatory: bool,
    pub template_title: Option<String>,
    pub template_file: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyView {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureDetail {
    pub code: String,
    pub name: String,
    pub field: String,
    pub level: String,
    pub online_level: String,
    pub online_submission: bool,
    pub applicants: String,
    pub processing_days: i64,
    pub processing_unit: String,
    pub processing_note: String,
    pub fees: Vec<Fee>,
    pub components: Vec<Component>,
    pub steps: Vec<String>,
    pub conditions: Vec<String>,
    pub result: String,
    pub legal_basis: Vec<String>,
    /// Provincial agencies; for commune-level procedures, empty (see `commune_count`).
    pub agencies: Vec<AgencyView>,
    /// How many commune People's Committees carry out a commune-level procedure.
    pub commune_count: i64,
}

server_only! {
    /// Searches the catalog.
    pub async fn search_procedures(params: SearchParams) -> Result<SearchResult, AppError> {
        let svc = crate::backend::services()?;
        service::search(&svc.db, &params).await
    }
}

server_only! {
    /// One procedure, by its code.
    pub async fn get_procedure(code: String) -> Result<ProcedureDetail, AppError> {
        let svc = crate::backend::services()?;
        store::detail(&svc.db, &code)
            .await?
            .ok_or(AppError::NotFound)
    }
}

/// "1.500.000 đ": amounts as Vietnamese readers write them.
pub fn format_vnd(amount: i64) -> String {
    format!("{} đ", crate::format::thousands(amount))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_queries() {
        assert_eq!(format_vnd(0), "0 đ");
        assert_eq!(format_vnd(1_500_000), "1.500.000 đ");
        assert_eq!(format_vnd(75_000), "75.000 đ");
        let p = SearchParams {
            q: "đăng ký khai sinh".into(),
            level: "xa".into(),
            ..Default::default()
        };
        assert_eq!(
            p.to_query(2),
            "q=%C4%91%C4%83ng+k%C3%BD+khai+sinh&cap=xa&trang=2"
        );
        assert!(p.has_filters());
        assert_eq!(SearchParams::default().to_query(1), "");
    }
}
