//! Administration (SPEC §9): the pages of those who run the portal. Today the audit log
//! ("Nhật ký thao tác") and the payments ledger ("Giao dịch thanh toán", with its CSV export), under
//! one navigation; agencies, staff, procedures, holidays and statistics come here next.
//!
//! Everything here is for administrators only: anyone else gets "not found" ([`access`]). The
//! ledger's rows are the payments slice's (read through its service); the audit log is written by
//! every slice through `backend::audit` and read here.

#[cfg(feature = "ssr")]
pub mod access;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::{
    error::AppError,
    payments::{GatewayId, PaymentState},
};
use serde::{Deserialize, Serialize};

/// The audit log's filters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AuditParams {
    pub action: String,
    pub user: String,
    pub code: String,
    pub page: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub user: String,
    pub action: String,
    pub detail: String,
    pub code: String,
    pub ip: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditView {
    pub entries: Vec<AuditEntry>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub params: AuditParams,
}

/// The operators' list of payments: its filters as the URL carries them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LedgerParams {
    /// "pending", "paid", "failed", "expired", or "refund" (paid and to be refunded).
    pub state: String,
    pub gateway: String,
    /// An order id, a gateway transaction number or a dossier code.
    pub q: String,
    /// Started from / to (dd/mm/yyyy, both included).
    pub from: String,
    pub to: String,
    pub page: String,
}

/// A payment in the operators' list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerRow {
    pub created_at: String,
    pub settled_at: String,
    pub code: String,
    pub gateway: String,
    pub amount: i64,
    pub state: PaymentState,
    pub txn_ref: String,
    pub gateway_txn: String,
    pub refund_due: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerView {
    pub rows: Vec<LedgerRow>,
    pub total: i64,
    /// The sum of the paid payments the filters select (VND).
    pub paid_sum: i64,
    pub page: i64,
    pub pages: i64,
    pub params: LedgerParams,
    /// (id, label) of the gateways, for the filter.
    pub gateways: Vec<(GatewayId, String)>,
    /// A date that could not be read, with its message.
    pub filter_errors: Vec<crate::error::FieldError>,
}

server_only! {
    pub async fn get_ledger(p: LedgerParams) -> Result<LedgerView, AppError> {
        service::ledger(p).await
    }
}

server_only! {
    pub async fn get_audit_log(p: AuditParams) -> Result<AuditView, AppError> {
        service::audit_log(p).await
    }
}

/// A message the outbox gave up on (after its attempts, or refused by the provider for good),
/// as the operators see it: the recipient masked, never the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedMessage {
    pub id: i64,
    pub at: String,
    /// "sms" or "email".
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub attempts: i64,
    pub error: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedView {
    pub items: Vec<FailedMessage>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

server_only! {
    /// The messages given up on, page `trang`.
    pub async fn get_failed_messages(trang: String) -> Result<FailedView, AppError> {
        service::failed_messages(&trang).await
    }
}

/// "Gửi lại" of message `id`: back in the queue; the page says so.
#[leptos::server(prefix = "/api", endpoint = "admin/messages/retry")]
pub async fn retry_message(id: String) -> Result<(), AppError> {
    service::retry_message(&id).await.map_err(AppError::respond)
}
