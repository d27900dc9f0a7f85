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
/// for a visitor who proved they know it (receipt code and full ID number) in this session,
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
    let mut state = backend::otp::load::<LookupState>(&svc.db, &s.id, LOOKUP)
        .await?
        .map(|f| f.data)
        .unwrap_or_default();
    state.captcha = None;
    if needs_captcha(&svc, &state.code).await? {
        state.captcha = Some(crate::islands::captcha::CaptchaView::fresh(&svc).await?);
    }
    Ok(state)
}

/// A code as the lookup counts it: trimmed, upper case; `None` unless it has a dossier code's
/// shape and a sane length (anything else is refused the same way, counted per address only,
/// and never stored).
fn lookup_key(code: &str) -> Option<String> {
    DossierCode::parse(code)
        .ok()
        .map(|c| c.as_str().to_string())
        .filter(|c| c.len() <= 64)
}

/// Whether a lookup of `code` must answer a captcha: it had enough wrong tries.
async fn needs_captcha(svc: &Services, code: &str) -> Result<bool, AppError> {
    let Some(key) = lookup_key(code) else {
        return Ok(false);
    };
    let guard = store::lookup_guard(&svc.db, &key).await?;
    Ok(guard.failures >= svc.config.pay.lookup_captcha_after)
}

/// An identifier as compared: without spaces, dots or dashes, upper case.
fn compact_id(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Whether `id_number` is the applicant's identifier exactly as recorded on the dossier (the
/// 12-digit personal ID, or an organisation's identifier); the last digits alone never are.
pub fn proves(d: &DossierRow, id_number: &str) -> bool {
    let recorded = compact_id(&d.applicant.id_number);
    !recorded.is_empty() && backend::crypto::constant_time_eq(&recorded, &compact_id(id_number))
}

/// "Thử lại sau N phút" for a wait in seconds.
fn minutes(wait_secs: i64) -> String {
    ((wait_secs + 59) / 60).max(1).to_string()
}

/// The lookup's failure counters of client address `ip`: its own and its network's, each with
/// its hourly limit.
fn failure_keys(svc: &Services, ip: &str) -> [(String, i64); 2] {
    let limits = svc.config.pay;
    [
        (
            format!("pay:fail:ip:{ip}"),
            limits.lookup_failures_per_address_hour,
        ),
        (
            format!("pay:fail:net:{}", backend::budget::network_of(ip)),
            limits.lookup_failures_per_network_hour,
        ),
    ]
}

const HOUR: i64 = 3600;

pub async fn lookup(f: LookupForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let session = session::ensure(&svc).await?;
    let code = f.code.trim().to_uppercase();
    backend::otp::save(
        &svc.db,
        &session.id,
        LOOKUP,
        &LookupState {
            code: code.clone(),
            captcha: None,
        },
    )
    .await?;
    // Tries per address and minute, as tracking has; wrong ones per address and network and
    // hour; wrong ones per code (a captcha, then the code closed).
    let ip = session::request_meta(&svc).ip;
    let n = backend::throttle::hit(&svc.db, &format!("pay:ip:{ip}"), 60).await?;
    if n > svc.config.track_per_minute {
        let minutes = minutes(backend::throttle::retry_after(60));
        return Err(AppError::TooManyRequests(
            td_string!(locale, track.throttled, minutes = minutes.as_str()).to_string(),
        ));
    }
    for (key, limit) in failure_keys(&svc, &ip) {
        if backend::throttle::count(&svc.db, &key, HOUR).await? >= limit {
            let minutes = minutes(backend::throttle::retry_after(HOUR));
            return Err(AppError::TooManyRequests(
                td_string!(
                    locale,
                    payguard.address_throttled,
                    minutes = minutes.as_str()
                )
                .to_string(),
            ));
        }
    }
    let id_number = f.id_number.trim().to_string();
    let mut errs = FieldErrors::default();
    if code.is_empty() {
        errs.add("code", td_string!(locale, pay.code_missing).to_string());
    }
    let compact = compact_id(&id_number);
    if !(9..=14).contains(&compact.len()) {
        errs.add(
            "id_number",
            td_string!(locale, payguard.id_number_invalid).to_string(),
        );
    }
    errs.into_result()?;
    let key = lookup_key(&code);
    let limits = svc.config.pay;
    if let Some(key) = &key {
        let guard = store::lookup_guard(&svc.db, key).await?;
        let now = backend::now_epoch();
        if guard.closed_until > now {
            let minutes = minutes(guard.closed_until - now);
            return Err(AppError::field(
                "code",
                td_string!(locale, payguard.code_closed, minutes = minutes.as_str()).to_string(),
            ));
        }
        if guard.failures >= limits.lookup_captcha_after
            && !backend::captcha::check(&svc, &f.captcha_id, &f.captcha_answer).await?
        {
            return Err(AppError::field(
                "captcha_answer",
                crate::messages::captcha_wrong(locale),
            ));
        }
    }
    let found = match &key {
        Some(k) => match store::dossier_by_code(&svc.db, k).await? {
            Some(pid) => dossier_store::load(&svc.db, &pid).await?,
            None => None,
        },
        None => None,
    };
    let Some(d) = found.filter(|d| d.status != Status::Draft && proves(d, &id_number)) else {
        for (k, _) in failure_keys(&svc, &ip) {
            backend::throttle::hit(&svc.db, &k, HOUR).await?;
        }
        if let Some(k) = &key {
            let sms = backend::messaging::templates::pay_lookup_closed_sms(
                k,
                limits.lookup_close_secs / 60,
            );
            store::lookup_failed(
                &svc,
                k,
                limits.lookup_captcha_after,
                limits.lookup_close_after,
                limits.lookup_close_secs,
                &sms,
            )
            .await?;
        }
        // The same answer whether the code or the ID number was wrong.
        let mut errs = FieldErrors::default();
        errs.add("code", td_string!(locale, payguard.not_found).to_string());
        return errs.into_result();
    };
    if let Some(k) = &key {
        store::lookup_succeeded(&svc.db, k).await?;
    }
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
    // Each start is a row here and an order at the gateway: limited per address and notice.
    let ip = session::request_meta(&svc).ip;
    let limits = svc.config.pay;
    for (key, limit) in [
        (format!("pay:start:ip:{ip}"), limits.starts_per_address_hour),
        (
            format!("pay:start:notice:{}", notice.id),
            limits.starts_per_notice_hour,
        ),
    ] {
        if backend::throttle::hit(&svc.db, &key, HOUR).await? > limit {
            let minutes = minutes(backend::throttle::retry_after(HOUR));
            return Err(AppError::TooManyRequests(
                td_string!(locale, payguard.start_throttled, minutes = minutes.as_str())
                    .to_string(),
            ));
        }
    }
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
/// callback (apart when unverified); a payment the IPN has not settled yet is asked about at the
/// gateway, at most once per interval however often the address is replayed.
pub async fn returned(svc: &Services, gateway: GatewayId, raw: &str) -> Result<String, AppError> {
    use backend::payments::{Rejection, Verdict};
    const REFUSED: &str = "/thanh-toan?loi=chu-ky";
    let g = svc.payments.get(gateway).ok_or(AppError::NotFound)?;
    let report = match g.verify(raw) {
        Ok(report) => report,
        Err(rejection @ (Rejection::Signature | Rejection::DuplicateKey)) => {
            store::record_unverified(&svc.db, g.id(), "return", raw, rejection).await?;
            return Ok(REFUSED.into());
        }
        Err(_) => {
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
        }
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
/// exists. A payer who got in by the lookup (code and ID number) sees the payer's name masked.
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
    let payer = payer_of(svc, session, &d).await?;
    let reader = match user {
        Some(u) => crate::dossiers::access::can_read(&svc.db, u, &d).await?,
        None => false,
    };
    if payer.is_none() && !reader {
        return Err(AppError::NotFound);
    }
    let masked = payer != Some(true) && !reader;
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
        payer: if masked {
            domain::mask_name(&r.payer_name)
        } else {
            r.payer_name
        },
        dossier_code: d.code.unwrap_or_default(),
        procedure,
        items: crate::dossiers::service::fee_items(&r.items)?,
        total: r.total,
        gateway,
        gateway_txn: r.gateway_txn,
        issued: format::datetime(r.issued_at),
    })
}

/// A receipt's PDF, or how long to wait.
pub enum ReceiptPdf {
    /// The file and the receipt's number.
    Drawn(Vec<u8>, String),
    /// This address had too many drawn this minute: wait this many seconds (the message says so).
    Wait(i64, String),
}

/// The receipt `id` of dossier `pid` as a PDF, for whoever may see it ([`receipt`]): drawn under
/// the media gate (one drawing at a time for strangers' requests), at most a few per minute per
/// client address `ip`.
pub async fn receipt_pdf(
    svc: &Services,
    session: Option<&Session>,
    user: Option<&UserRow>,
    pid: &str,
    id: &str,
    ip: &str,
) -> Result<ReceiptPdf, AppError> {
    let r = receipt(svc, session, user, pid, id).await?;
    let drawn = backend::throttle::hit(&svc.db, &format!("pay:pdf:ip:{ip}"), 60).await?;
    if drawn > svc.config.pay.receipts_per_address_minute {
        let wait = backend::throttle::retry_after(60);
        // A plain route: no page around it to know the visitor's language, so both.
        let seconds = wait.to_string();
        let message = format!(
            "{}\n\n{}",
            td_string!(
                Locale::vi,
                payguard.pdf_throttled,
                seconds = seconds.as_str()
            ),
            td_string!(
                Locale::en,
                payguard.pdf_throttled,
                seconds = seconds.as_str()
            )
        );
        return Ok(ReceiptPdf::Wait(wait, message));
    }
    let number = r.number.clone();
    let bytes = svc
        .media
        .run(move || super::receipt::render_pdf(&r))
        .await?
        .map_err(|e| AppError::internal(format!("receipt PDF: {e}")))?;
    Ok(ReceiptPdf::Drawn(bytes, number))
}

/// The maintenance job's part: unverified callbacks after 30 days, stale lookup counters.
pub async fn purge_stale(svc: &Services) -> Result<u64, sqlx::Error> {
    store::purge_stale(&svc.db).await
}

/// Reconciliation (the host's worker, every minute): payments pending longer than `after_secs`
/// are asked about at their gateway, and settled or expired; how many were.
pub async fn reconcile(svc: &Services, after_secs: i64) -> Result<usize, AppError> {
    store::reconcile(svc, after_secs).await
}
