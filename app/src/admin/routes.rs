//! The administration's plain axum routes (server only): the payments ledger as CSV, for
//! administrators only (anyone else: "not found").

use super::{LedgerParams, service};
use crate::{
    accounts::extract::AdminUser,
    backend::{
        Services,
        printable::{Disposition, content_disposition},
        uploads::private,
    },
    error::AppError,
    format,
};
use axum::{
    Router,
    extract::{FromRef, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use std::collections::HashMap;

/// The routes, for the host to merge.
pub fn router<S>() -> Router<S>
where
    Services: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    Router::new().route("/quan-tri/thanh-toan.csv", get(ledger_csv))
}

/// `GET /quan-tri/thanh-toan.csv?…`: the operators' list with its filters, every row, as CSV
/// (UTF-8 with a byte-order mark, so that spreadsheet programs read the Vietnamese right).
async fn ledger_csv(
    State(svc): State<Services>,
    AdminUser(_): AdminUser,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    let params = LedgerParams {
        state: get("trang-thai"),
        gateway: get("cong"),
        q: get("q"),
        from: get("tu"),
        to: get("den"),
        page: String::new(),
    };
    let Some(rows) = service::ledger_export(&svc, &params).await? else {
        return Ok((StatusCode::BAD_REQUEST, "Ngày không hợp lệ (dd/mm/yyyy).").into_response());
    };
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
            r.gateway.to_string(),
            r.amount.to_string(),
            r.state.as_str().to_string(),
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
    let disposition = content_disposition("giao-dich-thanh-toan.csv", Disposition::Attachment);
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
