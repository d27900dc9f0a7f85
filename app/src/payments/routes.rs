//! The payment slice's plain axum routes (server only): the gateways' callbacks (IPN, return
//! URL) and the electronic receipt ("Biên lai thu phí, lệ phí điện tử") as a printable page and as
//! a PDF. Pages and forms are the slice's server functions; the built-in test gateway's own pages
//! are the host's stand-in.

use super::service;
use crate::{
    accounts::extract::{ClientIp, Visitor},
    backend::{
        Services,
        payments::{Answer, GatewayId, MAX_CALLBACK_BYTES},
        printable::{Disposition, Printable, esc},
        uploads::private,
    },
    error::AppError,
};
use axum::{
    Router,
    extract::{DefaultBodyLimit, FromRef, Path, RawQuery, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};

/// The routes, for the host to merge.
pub fn router<S>() -> Router<S>
where
    Services: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    Router::new()
        // A gateway's callback is small: a body over 16 KB is refused (413) unread.
        .route(
            "/thanh-toan/{gateway}/ipn",
            get(ipn_get)
                .post(ipn_post)
                .layer(DefaultBodyLimit::max(MAX_CALLBACK_BYTES)),
        )
        .route("/thanh-toan/{gateway}/ket-qua", get(return_url))
        .route("/ho-so/{pid}/bien-lai-thu-phi/{id}", get(receipt_page))
        .route("/ho-so/{pid}/bien-lai-thu-phi/{id}/pdf", get(receipt_pdf))
}

/// The gateway's answer as an HTTP response.
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

/// A callback's query over 16 KB: refused before anything reads it.
fn too_large() -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        "Yêu cầu quá lớn. / Request too large.",
    )
        .into_response()
}

/// The gateway an address names; any other name is not found.
fn named(gateway: &str) -> Result<GatewayId, AppError> {
    GatewayId::parse(gateway).ok_or(AppError::NotFound)
}

/// `GET /thanh-toan/{gateway}/ipn?…`: a gateway's server-to-server callback (VNPay's IPN), read
/// from the raw query string.
async fn ipn_get(
    State(svc): State<Services>,
    Path(gateway): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let raw = raw.unwrap_or_default();
    if raw.len() > MAX_CALLBACK_BYTES {
        return Ok(too_large());
    }
    Ok(answer(
        service::callback(&svc, named(&gateway)?, &raw).await?,
    ))
}

/// `POST /thanh-toan/{gateway}/ipn`: a gateway's callback as a body (MoMo's JSON), read raw.
async fn ipn_post(
    State(svc): State<Services>,
    Path(gateway): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    Ok(answer(
        service::callback(&svc, named(&gateway)?, &body).await?,
    ))
}

/// `GET /thanh-toan/{gateway}/ket-qua?…`: the browser back from the gateway.
async fn return_url(
    State(svc): State<Services>,
    Path(gateway): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let raw = raw.unwrap_or_default();
    if raw.len() > MAX_CALLBACK_BYTES {
        return Ok(too_large());
    }
    let to = service::returned(&svc, named(&gateway)?, &raw).await?;
    Ok(Redirect::to(&to).into_response())
}

/// `GET /ho-so/{pid}/bien-lai-thu-phi/{id}`: the printable page.
async fn receipt_page(
    State(svc): State<Services>,
    Visitor { session, user }: Visitor,
    Path((pid, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let r = service::receipt(&svc, session.as_ref(), user.as_ref(), &pid, &id).await?;
    let items: String = r
        .items
        .iter()
        .enumerate()
        .map(|(i, (name, amount))| {
            format!(
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                i + 1,
                esc(name),
                esc(&crate::catalog::format_vnd(*amount))
            )
        })
        .collect();
    let title = format!("Biên lai {}", r.number);
    let file_name = format!("bien-lai-{}.html", r.number);
    let body = format!(
        "<main>\
         <div class=\"head\"><p><strong>{agency}</strong><br>{address}</p>\
         <p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập - Tự do - Hạnh phúc</p></div>\
         <h1>BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ</h1>\
         <p class=\"c\">Số: <strong>{number}</strong></p>\
         <p>Người nộp: <strong>{payer}</strong></p>\
         <p>Hồ sơ: {code} – {procedure}</p>\
         <table><caption>Các khoản thu</caption><thead><tr><th scope=\"col\">STT</th><th scope=\"col\">Nội dung</th>\
         <th scope=\"col\" class=\"n\">Số tiền</th></tr></thead><tbody>{items}</tbody>\
         <tfoot><tr><th scope=\"row\" colspan=\"2\">Tổng cộng</th><td class=\"n\"><strong>{total}</strong></td></tr></tfoot></table>\
         <p>Hình thức thanh toán: trực tuyến qua {gateway}; mã giao dịch của cổng thanh toán: {txn}</p>\
         <p>Thời điểm thu: {issued}</p>\
         <p class=\"noprint\"><a href=\"{pdf}\" download>Tải biên lai (PDF)</a> · <a href=\"/ho-so/{pid}\">Quay lại hồ sơ</a></p>\
         </main>",
        number = esc(&r.number),
        agency = esc(&r.agency),
        address = esc(&r.agency_address),
        payer = esc(&r.payer),
        code = esc(&r.dossier_code),
        procedure = esc(&r.procedure),
        total = esc(&crate::catalog::format_vnd(r.total)),
        gateway = esc(&r.gateway),
        txn = esc(&r.gateway_txn),
        issued = esc(&r.issued),
        pdf = esc(&crate::routes::receipt_pdf_path(&pid, &id)),
        pid = esc(&pid),
    );
    Ok(Printable {
        title: &title,
        style: "body{font-family:serif;max-width:46rem;margin:2rem auto;line-height:1.5;padding:0 1rem}\
         .head{display:flex;justify-content:space-between;gap:1rem;text-align:center}h1,.c{text-align:center}h1{font-size:1.3rem}\
         table{width:100%;border-collapse:collapse}td,th{border:1px solid #000;padding:.25rem .5rem;text-align:left}.n{text-align:right}\
         @media print{.noprint{display:none}}",
        body,
        file_name: &file_name,
        disposition: Disposition::Inline,
    }
    .into_response())
}

/// `GET /ho-so/{pid}/bien-lai-thu-phi/{id}/pdf`: the same receipt as a PDF (downloaded, named
/// after its number); drawn under the media gate, a few a minute per address (429 and
/// Retry-After beyond).
async fn receipt_pdf(
    State(svc): State<Services>,
    Visitor { session, user }: Visitor,
    ClientIp(ip): ClientIp,
    Path((pid, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (bytes, number) =
        match service::receipt_pdf(&svc, session.as_ref(), user.as_ref(), &pid, &id, &ip).await? {
            service::ReceiptPdf::Drawn(bytes, number) => (bytes, number),
            service::ReceiptPdf::Wait(secs, message) => {
                let mut res = (StatusCode::TOO_MANY_REQUESTS, message).into_response();
                res.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
                res.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/plain; charset=utf-8"),
                );
                return Ok(res);
            }
        };
    let mut res = private(bytes, "application/pdf");
    let name: String = number
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    // The number is ASCII already: the name keeps its case (the page's link names it so).
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"bien-lai-{name}.pdf\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
