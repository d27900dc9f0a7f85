//! The payment services: who may pay a dossier's notice, the payment page, starting a payment at
//! a gateway, the result page. Settling payments is [`super::store`]'s.

use super::{store, *};
use crate::routes::{pay_path, receipt_path};
use crate::{
    accounts::service::{UserRow, user_by_id},
    backend::{
        self, Services, now_epoch,
        payments::{Order, ascii},
        session::{self, Session},
    },
    dossiers::store::{self as dossier_store, DossierRow},
    error::FieldErrors,
    format,
    i18n::*,
    locale,
};
use domain::dossier::{DossierCode, Status};

/// How long a payment may stay open at the gateway (VNPay's `vnp_ExpireDate`).
pub const PAYMENT_TTL_SECS: i64 = 15 * 60;

/// The session journey that lets a visitor without an account pay dossier `pid`.
fn grant_key(pid: &str) -> String {
    format!("pay:{pid}")
}

const LOOKUP: &str = "pay-lookup";

/// Whether `session` may pay dossier `d`: `Some(true)` for its owner logged in, `Some(false)`
/// for a visitor who proved they know it (receipt code and four digits) in this session,
/// `None` for anyone else. Plain routes (the receipt) ask the same.
pub async fn payer_of(
    svc: &Services,
    session: Option<&Session>,
    d: &DossierRow,
) -> Result<Option<bool>, AppError> {
    let Some(s) = session else { return Ok(None) };
    if let Some(uid) = s.user_id
        && uid == d.owner_id
        && user_by_id(svc, uid).await?.is_some_and(|u| u.active)
    {
        return Ok(Some(true));
    }
    if d.status == Status::Draft {
        return Ok(None);
    }
    let granted = backend::otp::load::<String>(&svc.db, &s.id, &grant_key(&d.public_id))
        .await?
        .is_some();
    Ok(granted.then_some(false))
}

/// The dossier `pid` and whether the visitor owns it, if they may pay it; `NotFound` otherwise.
async fn payable(svc: &Services, pid: &str) -> Result<(DossierRow, bool), AppError> {
    let d = dossier_store::load(&svc.db, pid)
        .await?
        .ok_or(AppError::NotFound)?;
    let s = session::current(svc).await?;
    match payer_of(svc, s.as_ref(), &d).await? {
        Some(owner) => Ok((d, owner)),
        None => Err(AppError::NotFound),
    }
}

pub async fn lookup_state() -> Result<LookupState, AppError> {
    let svc = backend::services()?;
    let Some(s) = session::current(&svc).await? else {
        return Ok(LookupState::default());
    };
    Ok(backend::otp::load::<LookupState>(&svc.db, &s.id, LOOKUP)
        .await?
        .map(|f| f.data)
        .unwrap_or_default())
}

/// Whether `digits` are the last four of the applicant's ID number or phone.
fn proves(d: &DossierRow, digits: &str) -> bool {
    let tail = |s: &str| {
        let ds: Vec<char> = s.chars().filter(char::is_ascii_digit).collect();
        (ds.len() >= 4).then(|| ds[ds.len() - 4..].iter().collect::<String>())
    };
    [&d.applicant.id_number, &d.applicant.phone]
        .into_iter()
        .filter_map(|s| tail(s))
        .any(|t| backend::crypto::constant_time_eq(&t, digits))
}

pub async fn lookup(code: String, digits: String) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let session = session::ensure(&svc).await?;
    let code = code.trim().to_uppercase();
    backend::otp::save(
        &svc.db,
        &session.id,
        LOOKUP,
        &LookupState { code: code.clone() },
    )
    .await?;
    // Four digits are guessable: tries are limited per address, as tracking is.
    let ip = session::request_meta(&svc).ip;
    let n = backend::throttle::hit(&svc.db, &format!("pay:ip:{ip}"), 60).await?;
    if n > svc.config.track_per_minute {
        let minutes = ((backend::throttle::retry_after(60) + 59) / 60).to_string();
        return Err(AppError::TooManyRequests(
            td_string!(locale, track.throttled, minutes = minutes.as_str()).to_string(),
        ));
    }
    let digits = digits.trim().to_string();
    let mut errs = FieldErrors::default();
    if code.is_empty() {
        errs.add("code", td_string!(locale, pay.code_missing).to_string());
    }
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        errs.add("digits", td_string!(locale, pay.digits_invalid).to_string());
    }
    errs.into_result()?;
    let found = match DossierCode::parse(&code) {
        Ok(c) => match store::dossier_by_code(&svc.db, c.as_str()).await? {
            Some(pid) => dossier_store::load(&svc.db, &pid).await?,
            None => None,
        },
        Err(_) => None,
    };
    let Some(d) = found.filter(|d| d.status != Status::Draft && proves(d, &digits)) else {
        // The same answer whether the code or the digits were wrong.
        let mut errs = FieldErrors::default();
        errs.add("code", td_string!(locale, pay.not_found).to_string());
        return errs.into_result();
    };
    backend::otp::save(&svc.db, &session.id, &grant_key(&d.public_id), &d.public_id).await?;
    backend::otp::delete(&svc.db, &session.id, LOOKUP).await?;
    leptos_axum::redirect(&pay_path(&d.public_id));
    Ok(())
}

fn english() -> bool {
    locale::current() == Locale::en
}

/// A payment row as its payer sees it.
fn view_of(
    p: &store::PaymentRow,
    d: &DossierRow,
    receipts: &[store::ReceiptRow],
    open: bool,
) -> PaymentView {
    PaymentView {
        public_id: p.public_id.clone(),
        pid: d.public_id.clone(),
        code: d.code.clone().unwrap_or_default(),
        gateway: gateway_label(p.gateway),
        amount: p.amount,
        state: p.state,
        txn_ref: p.txn_ref.clone(),
        gateway_txn: p.gateway_txn.clone(),
        created_at: format::datetime(p.created_at),
        settled_at: p.settled_at.map(format::datetime),
        refund_due: p.refund_due != 0,
        receipt: receipts
            .iter()
            .find(|r| r.number.ends_with(&p.txn_ref))
            .map(|r| receipt_path(&d.public_id, &r.public_id)),
        can_retry: open && p.state != PaymentState::Paid,
    }
}

/// (id, label) of the gateways offered, in their order.
pub fn gateway_choices(svc: &Services) -> Vec<(GatewayId, String)> {
    svc.payments
        .all()
        .iter()
        .map(|g| (g.id(), g.label(english()).to_string()))
        .collect()
}

/// A gateway's label; the stored name of one no longer offered.
pub fn gateway_label(id: GatewayId) -> String {
    match backend::services().ok().and_then(|s| s.payments.get(id)) {
        Some(g) => g.label(english()).to_string(),
        None => id.as_str().to_string(),
    }
}

pub async fn pay_page(pid: &str) -> Result<PayView, AppError> {
    let svc = backend::services()?;
    let (d, owner) = payable(&svc, pid).await?;
    let db = &svc.db;
    let (_, procedure) = crate::catalog::store::procedure_names(db, d.procedure_id).await?;
    let (agency, _) = crate::catalog::store::agency_header(db, d.agency_id).await?;
    let open = store::open_notice(db, d.id).await?;
    let receipts = store::receipts(db, d.id).await?;
    let payable_now = open.is_some() && d.status == Status::AwaitingPayment;
    let payments = store::of_dossier(db, d.id)
        .await?
        .iter()
        .map(|p| view_of(p, &d, &receipts, payable_now))
        .collect();
    let notice = match open.filter(|_| payable_now) {
        Some(n) => Some(FeeView {
            items: crate::dossiers::service::fee_items(&n.items)?,
            total: n.total,
            issued_at: String::new(),
            paid_at: None,
            paid_method: String::new(),
            paid_note: String::new(),
            cancelled_at: None,
            receipt: None,
        }),
        None => None,
    };
    Ok(PayView {
        pid: d.public_id.clone(),
        code: d.code.clone().unwrap_or_default(),
        procedure,
        agency,
        applicant: domain::mask_name(&d.applicant_name),
        notice,
        gateways: gateway_choices(&svc),
        payments,
        receipts: receipts
            .iter()
            .map(|r| ReceiptLink {
                number: r.number.clone(),
                href: receipt_path(&d.public_id, &r.public_id),
                issued_at: format::datetime(r.issued_at),
            })
            .collect(),
        owner,
    })
}

pub async fn start(pid: &str, gateway: &str) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let (d, owner) = payable(&svc, pid).await?;
    let mut errs = FieldErrors::default();
    let Some(g) = GatewayId::parse(gateway).and_then(|id| svc.payments.get(id)) else {
        errs.add(
            "gateway",
            td_string!(locale, pay.choose_gateway).to_string(),
        );
        return errs.into_result();
    };
    let notice = match store::open_notice(&svc.db, d.id).await? {
        Some(n) if d.status == Status::AwaitingPayment => n,
        _ => {
            return Err(AppError::Conflict(
                td_string!(locale, pay.nothing_to_pay).to_string(),
            ));
        }
    };
    let now = now_epoch();
    let payer = if owner { Some(d.owner_id) } else { None };
    let p = store::create(
        &svc.db,
        &notice,
        d.id,
        g.id(),
        payer,
        now,
        now + PAYMENT_TTL_SECS,
    )
    .await?;
    let base = &svc.config.public_url;
    let order = Order {
        txn_ref: p.txn_ref.clone(),
        amount: p.amount,
        info: ascii(&format!(
            "Thanh toan phi le phi ho so {}",
            d.code.clone().unwrap_or_default()
        )),
        created_at: now,
        expires_at: p.expires_at,
        ip: session::request_meta(&svc).ip,
        english: locale == Locale::en,
        return_url: format!("{base}/thanh-toan/{}/ket-qua", g.id()),
        ipn_url: format!("{base}/thanh-toan/{}/ipn", g.id()),
    };
    match g.start(&order).await {
        Ok(url) => {
            leptos_axum::redirect(&url);
            Ok(())
        }
        Err(e) => {
            tracing::warn!(gateway = %g.id(), error = %e, "the gateway refused to start a payment");
            Err(AppError::Conflict(
                td_string!(locale, pay.gateway_down).to_string(),
            ))
        }
    }
}

pub async fn payment(id: &str) -> Result<PaymentView, AppError> {
    let svc = backend::services()?;
    let p = store::by_public_id(&svc.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pid = store::dossier_public_id(&svc.db, p.dossier_id).await?;
    let (d, _) = payable(&svc, &pid).await?;
    let open =
        store::open_notice(&svc.db, d.id).await?.is_some() && d.status == Status::AwaitingPayment;
    let receipts = store::receipts(&svc.db, d.id).await?;
    Ok(view_of(&p, &d, &receipts, open))
}

/// The payer-facing user of a plain route, for the receipt: see [`payer_of`].
pub async fn may_see_receipt(
    svc: &Services,
    session: Option<&Session>,
    user: Option<&UserRow>,
    d: &DossierRow,
) -> Result<bool, AppError> {
    if payer_of(svc, session, d).await?.is_some() {
        return Ok(true);
    }
    match user {
        Some(u) => crate::dossiers::access::can_read(&svc.db, u, d).await,
        None => Ok(false),
    }
}

pub use super::store::{LedgerFilter, LedgerRowDb};

/// A page of the payments ledger (`per` 0: every row), with the count and the paid sum the
/// filter selects; for the administration pages.
pub async fn ledger_rows(
    db: &crate::backend::Db,
    filter: &LedgerFilter,
    page: i64,
    per: i64,
) -> Result<(Vec<LedgerRowDb>, i64, i64), AppError> {
    store::ledger(db, filter, page, per).await
}

// ---- The slice's plain routes (`super::routes`) ---------------------------------------------

/// A gateway's server-to-server callback (VNPay's IPN query, MoMo's JSON body): verified,
/// applied and recorded; the answer that gateway expects. A gateway not offered is not found.
pub async fn callback(
    svc: &Services,
    gateway: GatewayId,
    raw: &str,
) -> Result<backend::payments::Answer, AppError> {
    let g = svc.payments.get(gateway).ok_or(AppError::NotFound)?;
    let verdict = store::receive(svc, g.as_ref(), "ipn", raw).await;
    Ok(g.answer(verdict))
}

/// The browser back from the gateway: where it goes next. Its parameters are verified only to
/// find the payment (the result page shows the payment's stored state), and kept like every
/// callback; a payment the IPN has not settled yet is asked about at the gateway once.
pub async fn returned(svc: &Services, gateway: GatewayId, raw: &str) -> Result<String, AppError> {
    use backend::payments::Verdict;
    const REFUSED: &str = "/thanh-toan?loi=chu-ky";
    let g = svc.payments.get(gateway).ok_or(AppError::NotFound)?;
    let Ok(report) = g.verify(raw) else {
        store::record(
            &svc.db.pool,
            g.id(),
            "return",
            "",
            raw,
            Verdict::InvalidSignature,
        )
        .await?;
        return Ok(REFUSED.into());
    };
    let Some(p) = store::by_txn_ref(&svc.db, g.id(), &report.txn_ref).await? else {
        store::record(
            &svc.db.pool,
            g.id(),
            "return",
            &report.txn_ref,
            raw,
            Verdict::OrderNotFound,
        )
        .await?;
        return Ok(REFUSED.into());
    };
    store::record(
        &svc.db.pool,
        g.id(),
        "return",
        &p.txn_ref,
        raw,
        Verdict::Confirmed,
    )
    .await?;
    if p.state == PaymentState::Pending {
        store::check(svc, &p).await?;
    }
    Ok(crate::routes::result_path(&p.public_id))
}

/// The receipt `id` of dossier `pid`, if this visitor may see it (its owner, an officer of its
/// agency, a payer who proved they know the dossier in this session); nobody else learns it
/// exists.
pub async fn receipt(
    svc: &Services,
    session: Option<&Session>,
    user: Option<&UserRow>,
    pid: &str,
    id: &str,
) -> Result<super::receipt::Receipt, AppError> {
    let d = dossier_store::load(&svc.db, pid)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_see_receipt(svc, session, user, &d).await? {
        return Err(AppError::NotFound);
    }
    let r = store::receipts(&svc.db, d.id)
        .await?
        .into_iter()
        .find(|r| r.public_id == id)
        .ok_or(AppError::NotFound)?;
    let (agency, agency_address) =
        crate::catalog::store::agency_header(&svc.db, d.agency_id).await?;
    let (_, procedure) = crate::catalog::store::procedure_names(&svc.db, d.procedure_id).await?;
    let gateway = svc
        .payments
        .get(r.gateway)
        .map_or_else(|| r.gateway.to_string(), |g| g.label(false).to_string());
    Ok(super::receipt::Receipt {
        number: r.number,
        agency,
        agency_address,
        payer: r.payer_name,
        dossier_code: d.code.unwrap_or_default(),
        procedure,
        items: crate::dossiers::service::fee_items(&r.items)?,
        total: r.total,
        gateway,
        gateway_txn: r.gateway_txn,
        issued: format::datetime(r.issued_at),
    })
}

/// Reconciliation (the host's worker, every minute): payments pending longer than `after_secs`
/// are asked about at their gateway, and settled or expired; how many were.
pub async fn reconcile(svc: &Services, after_secs: i64) -> Result<usize, AppError> {
    store::reconcile(svc, after_secs).await
}
