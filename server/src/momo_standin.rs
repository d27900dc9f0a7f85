//! A stand-in for MoMo's payment API v2, for development and the tests (MoMo cannot be reached
//! from here): the create API (signature checked, a `payUrl` answered), a payment page (pay,
//! fail, cancel, or pay with the IPN lost), the IPN POSTed as signed JSON to the order's
//! `ipnUrl`, the browser sent back to its `redirectUrl` with the same signed fields, and the
//! query API. Signatures are those of `app::backend::payments::momo`.

use crate::standin_page::{Probe, html, refused};
use app::backend::{
    crypto, now_epoch,
    payments::momo::{
        CREATE_SIGNED, QUERY_ANSWER_SIGNED, QUERY_SIGNED, RESULT_SIGNED, raw_signature, sign,
    },
    printable::esc,
};
use axum::{
    Form, Json, Router,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

const TITLE: &str = "Ví MoMo (máy chủ thay thế / stand-in)";

#[derive(Debug, Clone)]
struct Txn {
    request_id: String,
    amount: i64,
    order_info: String,
    redirect_url: String,
    ipn_url: String,
    result_code: i64,
    trans_id: String,
    pay_type: String,
}

pub struct MoMoStandin {
    partner_code: String,
    access_key: String,
    secret_key: String,
    /// Its own address, for the `payUrl`s it answers with.
    base: String,
    client: reqwest::Client,
    probe: Arc<Probe>,
    txns: Mutex<HashMap<String, Txn>>,
}

/// The stand-in's router, answering as `base` (its own origin); `probe` counts its queries.
pub fn router(
    partner_code: &str,
    access_key: &str,
    secret_key: &str,
    base: &str,
    probe: Arc<Probe>,
) -> Router {
    let s = Arc::new(MoMoStandin {
        partner_code: partner_code.to_string(),
        access_key: access_key.to_string(),
        secret_key: secret_key.to_string(),
        base: base.trim_end_matches('/').to_string(),
        client: reqwest::Client::new(),
        probe,
        txns: Mutex::new(HashMap::new()),
    });
    Router::new()
        .route("/v2/gateway/api/create", post(create))
        .route("/v2/gateway/api/query", post(query))
        .route("/v2/gateway/pay", get(page).post(choose))
        .with_state(s)
}

fn signed_by_partner(s: &MoMoStandin, json: &serde_json::Value, fields: &[&str]) -> bool {
    let expected = sign(&s.secret_key, &raw_signature(&s.access_key, json, fields));
    json["signature"]
        .as_str()
        .is_some_and(|given| crypto::constant_time_eq(&expected, given))
        && json["partnerCode"].as_str() == Some(s.partner_code.as_str())
}

/// `POST /v2/gateway/api/create`.
async fn create(
    State(s): State<Arc<MoMoStandin>>,
    Json(req): Json<serde_json::Value>,
) -> Json<serde_json::Value> {
    let order_id = req["orderId"].as_str().unwrap_or_default().to_string();
    let base = serde_json::json!({
        "partnerCode": s.partner_code,
        "requestId": req["requestId"],
        "orderId": order_id,
        "amount": req["amount"],
        "responseTime": now_epoch() * 1000,
    });
    let answer = |code: i64, message: &str, pay_url: Option<String>| {
        let mut a = base.clone();
        a["resultCode"] = code.into();
        a["message"] = message.into();
        if let Some(url) = pay_url {
            a["payUrl"] = url.into();
        }
        Json(a)
    };
    if !signed_by_partner(&s, &req, &CREATE_SIGNED) {
        return answer(11, "Truy cập bị từ chối: sai chữ ký.", None);
    }
    let Some(amount) = req["amount"]
        .as_i64()
        .filter(|a| (1_000..=50_000_000).contains(a))
    else {
        return answer(22, "Số tiền giao dịch không hợp lệ.", None);
    };
    let mut txns = s.txns.lock().expect("stand-in lock");
    if txns.contains_key(&order_id) {
        return answer(41, "Trùng mã đơn hàng (orderId).", None);
    }
    let text = |k: &str| req[k].as_str().unwrap_or_default().to_string();
    txns.insert(
        order_id.clone(),
        Txn {
            request_id: text("requestId"),
            amount,
            order_info: text("orderInfo"),
            redirect_url: text("redirectUrl"),
            ipn_url: text("ipnUrl"),
            result_code: 1000,
            trans_id: String::new(),
            pay_type: String::new(),
        },
    );
    answer(
        0,
        "Thành công.",
        Some(format!("{}/v2/gateway/pay?t={order_id}", s.base)),
    )
}

#[derive(serde::Deserialize)]
struct Ticket {
    t: String,
}

/// `GET /v2/gateway/pay?t=…`: the payment page of a created order.
async fn page(State(s): State<Arc<MoMoStandin>>, Query(q): Query<Ticket>) -> Response {
    let Some(t) = s.txns.lock().expect("stand-in lock").get(&q.t).cloned() else {
        return refused(TITLE, "Không tìm thấy giao dịch. / Unknown order.");
    };
    let body = format!(
        "<h1>Thanh toán bằng Ví MoMo</h1>\
         <dl><dt>Mã đơn hàng</dt><dd>{order}</dd><dt>Nội dung</dt><dd>{info}</dd>\
         <dt>Số tiền</dt><dd class=\"amount\">{amount} VND</dd></dl>\
         <form method=\"post\" action=\"/v2/gateway/pay\"><input type=\"hidden\" name=\"t\" value=\"{order}\">\
         <button class=\"primary\" name=\"choice\" value=\"success\">Xác nhận thanh toán</button>\
         <button name=\"choice\" value=\"fail\">Thanh toán không thành công (thử nghiệm)</button>\
         <button name=\"choice\" value=\"nocallback\">Thanh toán, không gửi kết quả về (thử nghiệm)</button>\
         <button name=\"choice\" value=\"cancel\">Hủy giao dịch</button></form>",
        order = esc(&q.t),
        info = esc(&t.order_info),
        amount = app::format::thousands(t.amount),
    );
    html(
        StatusCode::OK,
        TITLE,
        &body,
        &crate::standin_page::origin(&t.redirect_url),
    )
}

#[derive(serde::Deserialize)]
struct Choice {
    t: String,
    choice: String,
}

/// `POST /v2/gateway/pay`: the payer's choice; the IPN, then the browser back to the merchant.
async fn choose(State(s): State<Arc<MoMoStandin>>, Form(c): Form<Choice>) -> Response {
    let (code, message) = match c.choice.as_str() {
        "success" | "nocallback" => (0, "Thành công."),
        "cancel" => (1006, "Giao dịch bị từ chối bởi người dùng."),
        _ => (
            1001,
            "Giao dịch thanh toán thất bại do tài khoản người dùng không đủ tiền.",
        ),
    };
    let t = {
        let mut txns = s.txns.lock().expect("stand-in lock");
        let Some(t) = txns.get_mut(&c.t) else {
            return refused(TITLE, "Không tìm thấy giao dịch. / Unknown order.");
        };
        if t.result_code != 1000 {
            return refused(TITLE, "Giao dịch đã được xử lý. / Already processed.");
        }
        t.result_code = code;
        t.trans_id = if code == 0 {
            crypto::random_digits(10)
        } else {
            String::new()
        };
        t.pay_type = "qr".into();
        t.clone()
    };
    let mut result = serde_json::json!({
        "partnerCode": s.partner_code,
        "orderId": c.t,
        "requestId": t.request_id,
        "amount": t.amount,
        "orderInfo": t.order_info,
        "orderType": "momo_wallet",
        "transId": t.trans_id.parse::<i64>().unwrap_or(0),
        "resultCode": code,
        "message": message,
        "payType": t.pay_type,
        "responseTime": now_epoch() * 1000,
        "extraData": "",
    });
    result["signature"] = sign(
        &s.secret_key,
        &raw_signature(&s.access_key, &result, &RESULT_SIGNED),
    )
    .into();
    if c.choice != "nocallback" {
        match s
            .client
            .post(&t.ipn_url)
            .timeout(std::time::Duration::from_secs(15))
            .json(&result)
            .send()
            .await
        {
            Ok(res) => tracing::info!(status = %res.status(), "MoMo stand-in: IPN answered"),
            Err(e) => tracing::warn!(error = %e, "MoMo stand-in: IPN not delivered"),
        }
    }
    let query: String = form_query(&result);
    let sep = if t.redirect_url.contains('?') {
        '&'
    } else {
        '?'
    };
    Redirect::to(&format!("{}{sep}{query}", t.redirect_url)).into_response()
}

/// The fields of `json` as a URL query, values as MoMo writes them.
fn form_query(json: &serde_json::Value) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    if let Some(map) = json.as_object() {
        for (k, v) in map {
            let v = match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            out.append_pair(k, &v);
        }
    }
    out.finish()
}

/// `POST /v2/gateway/api/query`: answered signed ([`QUERY_ANSWER_SIGNED`]), with a wrong key
/// when the probe says to forge.
async fn query(
    State(s): State<Arc<MoMoStandin>>,
    Json(req): Json<serde_json::Value>,
) -> Json<serde_json::Value> {
    let forge = s.probe.asked();
    let mut answer = query_answer(&s, &req);
    let key = if forge {
        "not-the-partner-secret"
    } else {
        s.secret_key.as_str()
    };
    answer["signature"] = sign(
        key,
        &raw_signature(&s.access_key, &answer, &QUERY_ANSWER_SIGNED),
    )
    .into();
    Json(answer)
}

/// The query's answer, unsigned.
fn query_answer(s: &MoMoStandin, req: &serde_json::Value) -> serde_json::Value {
    let order_id = req["orderId"].as_str().unwrap_or_default().to_string();
    let mut answer = serde_json::json!({
        "partnerCode": s.partner_code,
        "requestId": req["requestId"],
        "orderId": order_id,
        "extraData": "",
        "responseTime": now_epoch() * 1000,
    });
    if !signed_by_partner(s, req, &QUERY_SIGNED) {
        answer["resultCode"] = 11.into();
        answer["message"] = "Truy cập bị từ chối: sai chữ ký.".into();
        return answer;
    }
    match s.txns.lock().expect("stand-in lock").get(&order_id) {
        Some(t) => {
            answer["amount"] = t.amount.into();
            answer["transId"] = t.trans_id.parse::<i64>().unwrap_or(0).into();
            answer["payType"] = t.pay_type.clone().into();
            answer["resultCode"] = t.result_code.into();
            answer["message"] = if t.result_code == 0 {
                "Thành công."
            } else {
                "Giao dịch chưa hoàn tất."
            }
            .into();
        }
        None => {
            answer["resultCode"] = 42.into();
            answer["message"] = "Không tìm thấy đơn hàng (orderId).".into();
        }
    }
    answer
}
