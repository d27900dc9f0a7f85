//! "Thanh toán trực tuyến phí, lệ phí" (SPEC §7, issue 13): the fee notice's page with the
//! gateways to choose from, for the dossier's owner logged in or for anyone who proves they
//! know the dossier (its receipt code and the applicant's full ID number as recorded on it, with
//! a captcha after a few wrong tries on that code); the result page, which reads the payment's stored state (never the browser's return
//! parameters); the electronic receipt.

pub mod pages;
#[cfg(feature = "ssr")]
pub mod receipt;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::{dossiers::FeeView, error::AppError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use domain::payment::{GatewayId, PaymentState};

/// A payment's state in the visitor's language, from the locale files.
pub fn state_label(locale: crate::i18n::Locale, state: PaymentState) -> &'static str {
    use crate::i18n::td_string;
    match state {
        PaymentState::Pending => td_string!(locale, pay.payment_state.pending),
        PaymentState::Paid => td_string!(locale, pay.payment_state.paid),
        PaymentState::Failed => td_string!(locale, pay.payment_state.failed),
        PaymentState::Expired => td_string!(locale, pay.payment_state.expired),
    }
}

/// A payment as its payer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentView {
    pub public_id: String,
    pub pid: String,
    pub code: String,
    pub gateway: String,
    pub amount: i64,
    pub state: PaymentState,
    pub txn_ref: String,
    pub gateway_txn: String,
    pub created_at: String,
    pub settled_at: Option<String>,
    /// Paid for a notice that no longer wanted it: the agency refunds it.
    pub refund_due: bool,
    /// The receipt this payment issued.
    pub receipt: Option<String>,
    /// The notice can still be paid (a retry).
    pub can_retry: bool,
}

/// A receipt, linked from the dossier and the payment pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptLink {
    pub number: String,
    pub href: String,
    pub issued_at: String,
}

/// The fee notice's payment page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayView {
    pub pid: String,
    pub code: String,
    pub procedure: String,
    pub agency: String,
    /// The applicant's name, masked (the page may be seen without logging in).
    pub applicant: String,
    /// The notice to pay, if one is open.
    pub notice: Option<FeeView>,
    /// (id, label) of the gateways offered.
    pub gateways: Vec<(GatewayId, String)>,
    pub payments: Vec<PaymentView>,
    pub receipts: Vec<ReceiptLink>,
    /// The visitor owns the dossier (a link back to it).
    pub owner: bool,
}

/// "Tìm kiếm" on `/thanh-toan`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LookupForm {
    /// Mã biên nhận (the dossier's code).
    pub code: String,
    /// The applicant's full ID number (CCCD / định danh cá nhân), or the organisation's
    /// identifier (tax code), as recorded on the dossier.
    pub id_number: String,
    /// After a few wrong tries on the code.
    pub captcha_id: String,
    pub captcha_answer: String,
}

/// "Thanh toán" on the notice's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PayForm {
    pub pid: String,
    /// A [`GatewayId`]'s stored name (parsed by the service; "": no choice was made).
    pub gateway: String,
}

/// What the lookup form keeps after a refusal: the code (the ID number is never sent back to
/// the page: it is personal data, and retyping it is the check), and a captcha once the code
/// has had a few wrong tries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LookupState {
    pub code: String,
    pub captcha: Option<crate::islands::captcha::CaptchaView>,
}

server_only! {
    pub async fn pay_lookup_state() -> Result<LookupState, AppError> {
        service::lookup_state().await
    }
}

/// "Tìm kiếm": the dossier by its receipt code and the applicant's full ID number; on success,
/// its payment page.
#[server(prefix = "/api", endpoint = "pay/lookup")]
pub async fn find_dossier_to_pay(f: LookupForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = service::lookup(f).await;
    result.map_err(AppError::respond)
}

server_only! {
    pub async fn get_pay_page(pid: String) -> Result<PayView, AppError> {
        service::pay_page(&pid).await
    }
}

/// "Thanh toán": a new payment at the chosen gateway, and the browser goes there.
#[server(prefix = "/api", endpoint = "pay/start")]
pub async fn start_payment(f: PayForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = service::start(&f.pid, &f.gateway).await;
    result.map_err(AppError::respond)
}

server_only! {
    pub async fn get_payment(id: String) -> Result<PaymentView, AppError> {
        service::payment(&id).await
    }
}
