//! Who an account belongs to (`AccountKind`) and the logged-in user as every page knows it
//! (`CurrentUser`). A leaf, so that the store, the service and the module root can all use
//! these types without importing each other; the root re-exports them.

use serde::{Deserialize, Serialize};

/// Who an account belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountKind {
    /// Công dân: logs in with the CCCD / CMND number.
    Citizen,
    /// Tổ chức, doanh nghiệp: logs in with the tax code.
    Organisation,
    /// Cán bộ: created by an administrator.
    Officer,
    /// Quản trị: created on the command line.
    Admin,
}

impl AccountKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountKind::Citizen => "citizen",
            AccountKind::Organisation => "organisation",
            AccountKind::Officer => "officer",
            AccountKind::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<AccountKind> {
        match s {
            "citizen" => Some(AccountKind::Citizen),
            "organisation" => Some(AccountKind::Organisation),
            "officer" => Some(AccountKind::Officer),
            "admin" => Some(AccountKind::Admin),
            _ => None,
        }
    }

    /// Citizens and organisations register themselves; staff are created by administrators.
    pub fn is_public(self) -> bool {
        matches!(self, AccountKind::Citizen | AccountKind::Organisation)
    }
}

/// The logged-in user, as every page knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub kind: AccountKind,
    pub name: String,
}
