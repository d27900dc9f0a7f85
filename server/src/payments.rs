//! The payment slice's plain routes: the gateways' callbacks (IPN, return URL), the sandbox
//! gateway's pages, the electronic receipt ([`receipt`]), and the reconciliation worker.
//! Pages and forms are the `payments` slice's server functions.

use crate::{AppState, files::private, receipt, standin};
use app::{
    accounts::service::user_of_request,
    backend::{
        Services,
        payments::{Answer, SANDBOX, SANDBOX_PATH, SANDBOX_TMN, Verdict, sandbox_secret},
    },
    error::AppError,
    format,
    payments::{service, store},
    routes::result_path,
};
use axum::{
    Router,
    extract::{Path, RawQuery, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use std::time::Duration;
use tokio::sync::watch;

fn answer(a: Answer) -> Response {
    let mut res = (
        StatusCode::from_u16(a.status).unwrap_or(StatusCode::OK),
        a.body,
    )
        .into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(a.content_type),
    );
    res
}

/// The payment routes (the sandbox's pages only when it is offered).
pub fn router(state: &AppState) -> Router<AppState> {
    let mut r = Router::new()
        .route("/thanh-toan/{gateway}/ipn", get(ipn_get).post(ipn_post))
        .route("/thanh-toan/{gateway}/ket-qua", get(return_url))
        .route("/ho-so/{pid}/bien-lai-thu-phi/{id}", get(receipt::page))
        .route("/ho-so/{pid}/bien-lai-thu-phi/{id}/pdf", get(receipt::pdf))
        .route("/quan-tri/thanh-toan.csv", get(ledger_csv));
    if let Some(g) = state.services.payments.get(SANDBOX) {
        let sandbox = standin::Standin::new(
            "Cổng thanh toán thử nghiệm",
            SANDBOX_TMN.to_string(),
            sandbox_secret(&state.services.config.secret_key),
            SANDBOX_PATH,
            standin::Deliver::InProcess {
                services: state.services.clone(),
                gateway: g,
            },
        );
        r = r.merge(sandbox.router(&format!("{SANDBOX_PATH}/api")));
    }
    r
}

/// `GET /thanh-toan/{gateway}/ipn?…`: a gateway's server-to-server callback (VNPay's IPN), read
/// from the raw query string.
async fn ipn_get(
    State(state): State<AppState>,
    Path(gateway): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let g = state
        .services
        .payments
        .get(&gateway)
        .ok_or(AppError::NotFound)?;
    let verdict =
        store::receive(&state.services, g.as_ref(), "ipn", &raw.unwrap_or_default()).await;
    Ok(answer(g.answer(verdict)))
}

/// `POST /thanh-toan/{gateway}/ipn`: a gateway's callback as a body (MoMo's JSON), read raw.
async fn ipn_post(
    State(state): State<AppState>,
    Path(gateway): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let g = state
        .services
        .payments
        .get(&gateway)
        .ok_or(AppError::NotFound)?;
    let verdict = store::receive(&state.services, g.as_ref(), "ipn", &body).await;
    Ok(answer(g.answer(verdict)))
}

/// `GET /thanh-toan/{gateway}/ket-qua?…`: the browser back from the gateway. Its parameters are
/// verified only to find the payment: the result page shows the payment's stored state. A
/// payment the IPN has not settled yet is asked about at the gateway once.
async fn return_url(
    State(state): State<AppState>,
    Path(gateway): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let svc = &state.services;
    let g = svc.payments.get(&gateway).ok_or(AppError::NotFound)?;
    let raw = raw.unwrap_or_default();
    // Kept for audit like every callback; it changes nothing.
    let Ok(report) = g.verify(&raw) else {
        store::record(
            &svc.db.pool,
            g.id(),
            "return",
            "",
            &raw,
            Verdict::InvalidSignature,
        )
        .await?;
        return Ok(Redirect::to("/thanh-toan?loi=chu-ky").into_response());
    };
    let Some(p) = store::by_txn_ref(&svc.db, g.id(), &report.txn_ref).await? else {
        store::record(
            &svc.db.pool,
            g.id(),
            "return",
            &report.txn_ref,
            &raw,
            Verdict::OrderNotFound,
        )
        .await?;
        return Ok(Redirect::to("/thanh-toan?loi=chu-ky").into_response());
    };
    store::record(
        &svc.db.pool,
        g.id(),
        "return",
        &p.txn_ref,
        &raw,
        Verdict::Confirmed,
    )
    .await?;
    if p.state == "pending" {
        store::check(svc, &p).await?;
    }
    Ok(Redirect::to(&result_path(&p.public_id)).into_response())
}

/// `GET /quan-tri/thanh-toan.csv?…`: the operators' list with its filters, every row, as CSV
/// (UTF-8 with a byte-order mark, so that spreadsheet programs read the Vietnamese right).
async fn ledger_csv(
    State(state): State<AppState>,
    headers: HeaderMap,
    extensions: axum::http::Extensions,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let svc = &state.services;
    let user = user_of_request(svc, &headers, &extensions)
        .await?
        .ok_or(AppError::NotFound)?;
    if !app::admin::access::is_admin(&user) {
        return Err(AppError::NotFound);
    }
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    let params = app::admin::LedgerParams {
        state: get("trang-thai"),
        gateway: get("cong"),
        q: get("q"),
        from: get("tu"),
        to: get("den"),
        page: String::new(),
    };
    let (filter, errors) = app::admin::service::ledger_filter(&params, app::i18n::Locale::vi);
    if !errors.is_empty() {
        return Ok((StatusCode::BAD_REQUEST, "Ngày không hợp lệ (dd/mm/yyyy).").into_response());
    }
    let (rows, _, _) = service::ledger_rows(&svc.db, &filter, 1, 0).await?;
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let header = [
        "thoi_diem_tao",
        "ma_ho_so",
        "cong_thanh_toan",
        "so_tien_vnd",
        "trang_thai",
        "can_hoan_tien",
        "ma_giao_dich_cong",
        "ma_giao_dich_cong_thanh_toan",
        "thoi_diem_xac_nhan",
    ];
    let csv_error = |e: csv::Error| AppError::internal(format!("CSV: {e}"));
    out.write_record(header).map_err(csv_error)?;
    for r in rows {
        out.write_record([
            format::datetime(r.created_at),
            r.code.unwrap_or_default(),
            r.gateway,
            r.amount.to_string(),
            r.state,
            if r.refund_due != 0 { "1" } else { "0" }.to_string(),
            r.txn_ref,
            r.gateway_txn,
            r.settled_at.map(format::datetime).unwrap_or_default(),
        ])
        .map_err(csv_error)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| AppError::internal(format!("CSV: {e}")))?;
    let mut res = private(bytes, "text/csv; charset=utf-8");
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"giao-dich-thanh-toan.csv\""),
    );
    Ok(res)
}

/// Reconciliation, every minute: payments pending longer than `after` are asked about at
/// their gateway, and settled or expired.
pub async fn reconcile_worker(svc: Services, after: Duration, mut shutdown: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(60)) => {}
            _ = shutdown.wait_for(|stop| *stop) => return,
        }
        match store::reconcile(&svc, after.as_secs() as i64).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(payments = n, "reconciliation: payments checked"),
            Err(e) => tracing::warn!(error = ?e, "reconciliation failed"),
        }
    }
}
