//! The administration services: the audit log and the payments ledger, for administrators only.

use super::{access::require_admin, *};
use crate::{
    backend,
    error::FieldErrors,
    format,
    i18n::*,
    locale,
    payments::service::{self as payments, LedgerFilter},
};
use domain::dossier::DossierCode;

/// The audit log, for administrators only.
pub async fn audit_log(p: AuditParams) -> Result<AuditView, AppError> {
    let svc = backend::services()?;
    require_admin(&svc).await?;
    let page = p.page.parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let code = DossierCode::parse(&p.code)
        .map(|c| c.as_str().to_string())
        .unwrap_or_else(|_| p.code.trim().to_string());
    let (rows, total) =
        super::store::audit_log(&svc.db, p.action.trim(), p.user.trim(), &code, page).await?;
    Ok(AuditView {
        entries: rows
            .into_iter()
            .map(|r| AuditEntry {
                at: format::datetime(r.at),
                user: match (r.user_name, r.username) {
                    (Some(n), Some(u)) => format!("{n} ({u})"),
                    (Some(n), None) => n,
                    _ => String::new(),
                },
                action: r.action,
                detail: r.detail,
                code: r.code.unwrap_or_default(),
                ip: r.ip,
            })
            .collect(),
        total,
        page,
        pages: ((total + 49) / 50).max(1),
        params: p,
    })
}

/// The operators' list's filters read (dates to epoch bounds), or the messages of those that
/// could not be.
pub fn ledger_filter(
    p: &LedgerParams,
    locale: Locale,
) -> (LedgerFilter, Vec<crate::error::FieldError>) {
    let mut errs = FieldErrors::default();
    let from =
        crate::messages::date_filter(&mut errs, locale, "from", &p.from, false).unwrap_or(-1);
    let until = crate::messages::date_filter(&mut errs, locale, "to", &p.to, true).unwrap_or(-1);
    let (state, refund_only) = match p.state.as_str() {
        "refund" => (None, true),
        s => (PaymentState::parse(s), false),
    };
    let q = p.q.trim();
    let q = DossierCode::parse(q)
        .map(|c| c.as_str().to_string())
        .unwrap_or_else(|_| q.to_string());
    (
        LedgerFilter {
            state,
            refund_only,
            gateway: GatewayId::parse(p.gateway.trim()),
            q,
            from,
            until,
        },
        errs.0,
    )
}

pub async fn ledger(p: LedgerParams) -> Result<LedgerView, AppError> {
    let svc = backend::services()?;
    require_admin(&svc).await?;
    let locale = locale::current();
    let (filter, filter_errors) = ledger_filter(&p, locale);
    let page = p.page.parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let (rows, total, paid_sum) = payments::ledger_rows(&svc.db, &filter, page, 50).await?;
    Ok(LedgerView {
        rows: rows
            .into_iter()
            .map(|r| LedgerRow {
                created_at: format::datetime(r.created_at),
                settled_at: r.settled_at.map(format::datetime).unwrap_or_default(),
                code: r.code.unwrap_or_default(),
                gateway: payments::gateway_label(r.gateway),
                amount: r.amount,
                state: r.state,
                txn_ref: r.txn_ref,
                gateway_txn: r.gateway_txn,
                refund_due: r.refund_due != 0,
            })
            .collect(),
        total,
        paid_sum,
        page,
        pages: ((total + 49) / 50).max(1),
        params: p,
        gateways: payments::gateway_choices(&svc),
        filter_errors,
    })
}

/// Every row of the payments ledger under the operators' filters (for the CSV export);
/// `None` when a date filter is not a date.
pub async fn ledger_export(
    svc: &backend::Services,
    p: &LedgerParams,
) -> Result<Option<Vec<payments::LedgerRowDb>>, AppError> {
    let (filter, errors) = ledger_filter(p, Locale::vi);
    if !errors.is_empty() {
        return Ok(None);
    }
    let (rows, _, _) = payments::ledger_rows(&svc.db, &filter, 1, 0).await?;
    Ok(Some(rows))
}

/// Failed messages a page.
const FAILED_PER_PAGE: i64 = 20;

/// A recipient as an operator may see it: a phone number or an address masked.
fn masked_recipient(channel: &str, recipient: &str) -> String {
    if channel == "sms" {
        domain::PhoneNumber::parse(recipient)
            .map(|p| p.masked())
            .unwrap_or_else(|_| domain::mask_tail(recipient, 3))
    } else {
        domain::Email::parse(recipient)
            .map(|e| e.masked())
            .unwrap_or_else(|_| domain::mask_tail(recipient, 3))
    }
}

/// The messages the outbox gave up on, for administrators only.
pub async fn failed_messages(trang: &str) -> Result<FailedView, AppError> {
    let svc = backend::services()?;
    require_admin(&svc).await?;
    let page = trang.trim().parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let (rows, total) = backend::messaging::outbox::failed(&svc.db, page, FAILED_PER_PAGE).await?;
    Ok(FailedView {
        items: rows
            .into_iter()
            .map(|r| {
                let recipient = masked_recipient(&r.channel, &r.recipient);
                // A provider's error may quote the address it refused: masked there too.
                let error = r
                    .last_error
                    .unwrap_or_default()
                    .replace(&r.recipient, &recipient);
                FailedMessage {
                    id: r.id,
                    at: format::datetime(r.created_at),
                    recipient,
                    channel: r.channel,
                    subject: r.subject,
                    attempts: r.attempts,
                    error,
                }
            })
            .collect(),
        total,
        page,
        pages: ((total + FAILED_PER_PAGE - 1) / FAILED_PER_PAGE).max(1),
    })
}

/// "Gửi lại": the message back in the queue (audited), the worker woken; back to the list.
pub async fn retry_message(id: &str) -> Result<(), AppError> {
    let svc = backend::services()?;
    let admin = require_admin(&svc).await?;
    let id: i64 = id.trim().parse().map_err(|_| AppError::NotFound)?;
    let ip = backend::session::request_meta(&svc).ip;
    if !backend::messaging::outbox::retry(&svc.db, id, admin.id, &ip).await? {
        return Err(AppError::NotFound);
    }
    svc.outbox.notify_one();
    leptos_axum::redirect("/quan-tri/tin-nhan?tb=da-gui-lai");
    Ok(())
}
