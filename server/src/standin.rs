//! A payment page speaking VNPay 2.1.0 byte for byte, as VNPay's own would: it checks the
//! merchant's signed redirect, lets the payer choose (card or QR; pay, fail, cancel, or pay with
//! the IPN lost), signs the result with the merchant's secret, calls the merchant's IPN, sends
//! the browser back to the merchant's return URL, and answers QueryDR about its transactions.
//!
//! Mounted twice: inside the portal as the built-in sandbox gateway ("Cổng thanh toán thử
//! nghiệm", development and test modes only), whose IPN is handed to the portal in-process; and
//! as the `payment-standin` command, a separate server the tests start in place of VNPay (which
//! cannot be reached from here), whose IPN goes over HTTP to the portal.

pub use crate::standin_page::Probe;
use crate::standin_page::{html, origin, refused};
use app::backend::printable::esc;
use app::backend::{
    Services, crypto, now_epoch,
    payments::{
        Gateway, parse_vn_timestamp, vn_timestamp,
        vnpay::{self, QUERY_ANSWER_SIGNED, QUERY_SIGNED, SECURE_HASH},
    },
};
use axum::{
    Form, Json, Router,
    extract::{RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

/// How the IPN reaches the merchant.
pub enum Deliver {
    /// Over HTTP (GET ipn_url?…), as VNPay calls a merchant.
    Http {
        ipn_url: String,
        client: reqwest::Client,
    },
    /// The portal's own sandbox: straight into the portal's callback handling.
    InProcess {
        services: Services,
        gateway: Arc<dyn Gateway>,
    },
}

/// What the stand-in remembers of a transaction (for QueryDR).
#[derive(Debug, Clone)]
struct Txn {
    amount: String,
    info: String,
    status: &'static str,
    transaction_no: String,
    bank_code: String,
    pay_date: String,
}

pub struct Standin {
    pub title: &'static str,
    pub tmn_code: String,
    pub hash_secret: String,
    /// Where the payment page is (its form posts back here).
    pub page_path: String,
    pub deliver: Deliver,
    pub probe: Arc<Probe>,
    txns: Mutex<HashMap<String, Txn>>,
}

impl Standin {
    pub fn new(
        title: &'static str,
        tmn_code: String,
        hash_secret: String,
        page_path: &str,
        deliver: Deliver,
        probe: Arc<Probe>,
    ) -> Arc<Standin> {
        Arc::new(Standin {
            title,
            tmn_code,
            hash_secret,
            page_path: page_path.to_string(),
            deliver,
            probe,
            txns: Mutex::new(HashMap::new()),
        })
    }

    /// The payment page at `page_path` and QueryDR at `api_path`.
    pub fn router<S: Clone + Send + Sync + 'static>(self: Arc<Self>, api_path: &str) -> Router<S> {
        Router::new()
            .route(&self.page_path, get(page).post(choose))
            .route(api_path, post(query_dr))
            .with_state(self.clone())
    }

    /// The signed redirect's parameters, if the signature and the merchant are right.
    fn verified(&self, raw: &str) -> Option<HashMap<String, String>> {
        let pairs = vnpay::pairs(raw);
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if !vnpay::verify(&self.hash_secret, &refs) {
            return None;
        }
        let map: HashMap<String, String> = pairs.into_iter().collect();
        (map.get("vnp_TmnCode") == Some(&self.tmn_code)).then_some(map)
    }
}

/// `GET {page_path}?vnp_…`: the payment page of a signed order.
async fn page(State(s): State<Arc<Standin>>, RawQuery(raw): RawQuery) -> Response {
    let raw = raw.unwrap_or_default();
    let Some(p) = s.verified(&raw) else {
        return refused(s.title, "Sai chữ ký (mã lỗi 97). / Invalid signature.");
    };
    let get = |k: &str| p.get(k).cloned().unwrap_or_default();
    if let Some(expires) = parse_vn_timestamp(&get("vnp_ExpireDate"))
        && expires < now_epoch()
    {
        return refused(
            s.title,
            "Giao dịch đã quá thời gian chờ thanh toán (mã lỗi 11). / The payment has expired.",
        );
    }
    let amount = get("vnp_Amount").parse::<i64>().unwrap_or(0) / 100;
    let txn_ref = get("vnp_TxnRef");
    s.txns
        .lock()
        .expect("stand-in lock")
        .entry(txn_ref.clone())
        .or_insert(Txn {
            amount: get("vnp_Amount"),
            info: get("vnp_OrderInfo"),
            status: "01",
            transaction_no: String::new(),
            bank_code: String::new(),
            pay_date: String::new(),
        });
    let body = format!(
        "<h1>Thanh toán đơn hàng</h1>\
         <dl><dt>Đơn vị chấp nhận</dt><dd>{tmn}</dd><dt>Mã đơn hàng</dt><dd>{txn}</dd>\
         <dt>Nội dung</dt><dd>{info}</dd><dt>Số tiền</dt><dd class=\"amount\">{amount} VND</dd></dl>\
         <form method=\"post\" action=\"{action}\">\
         <input type=\"hidden\" name=\"q\" value=\"{q}\">\
         <fieldset><legend>Phương thức thanh toán</legend>\
         <label><input type=\"radio\" name=\"method\" value=\"ATM\" checked> Thẻ ATM nội địa / tài khoản ngân hàng</label>\
         <label><input type=\"radio\" name=\"method\" value=\"QR\"> Quét mã QR (ứng dụng ngân hàng)</label></fieldset>\
         <button class=\"primary\" name=\"choice\" value=\"success\">Thanh toán</button>\
         <button name=\"choice\" value=\"fail\">Thanh toán không thành công (thử nghiệm)</button>\
         <button name=\"choice\" value=\"nocallback\">Thanh toán, không gửi kết quả về (thử nghiệm)</button>\
         <button name=\"choice\" value=\"cancel\">Hủy giao dịch</button>\
         </form>",
        tmn = esc(&s.tmn_code),
        txn = esc(&txn_ref),
        info = esc(&get("vnp_OrderInfo")),
        amount = app::format::thousands(amount),
        action = esc(&s.page_path),
        q = esc(&raw),
    );
    html(
        StatusCode::OK,
        s.title,
        &body,
        &origin(&get("vnp_ReturnUrl")),
    )
}

#[derive(serde::Deserialize)]
pub struct Choice {
    q: String,
    #[serde(default)]
    method: String,
    choice: String,
}

/// `POST {page_path}`: the payer's choice; the IPN, then the browser back to the merchant.
async fn choose(State(s): State<Arc<Standin>>, Form(c): Form<Choice>) -> Response {
    let Some(p) = s.verified(&c.q) else {
        return refused(s.title, "Sai chữ ký (mã lỗi 97). / Invalid signature.");
    };
    let get = |k: &str| p.get(k).cloned().unwrap_or_default();
    let (code, status) = match c.choice.as_str() {
        "success" | "nocallback" => ("00", "00"),
        "cancel" => ("24", "02"),
        _ => ("51", "02"),
    };
    let paid = code == "00";
    let bank_code = if c.method == "QR" { "VNPAYQR" } else { "NCB" };
    let transaction_no = if paid {
        crypto::random_digits(8)
    } else {
        "0".to_string()
    };
    let pay_date = vn_timestamp(now_epoch());
    let txn_ref = get("vnp_TxnRef");
    let result = [
        ("vnp_Amount", get("vnp_Amount")),
        ("vnp_BankCode", bank_code.to_string()),
        (
            "vnp_BankTranNo",
            if paid {
                format!("VNP{transaction_no}")
            } else {
                String::new()
            },
        ),
        (
            "vnp_CardType",
            if c.method == "QR" { "QRCODE" } else { "ATM" }.to_string(),
        ),
        ("vnp_OrderInfo", get("vnp_OrderInfo")),
        ("vnp_PayDate", pay_date.clone()),
        ("vnp_ResponseCode", code.to_string()),
        ("vnp_TmnCode", s.tmn_code.clone()),
        ("vnp_TransactionNo", transaction_no.clone()),
        ("vnp_TransactionStatus", status.to_string()),
        ("vnp_TxnRef", txn_ref.clone()),
    ];
    let refs: Vec<(&str, &str)> = result.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let hash = vnpay::sign(&s.hash_secret, refs.iter().copied());
    let query = format!(
        "{}&{SECURE_HASH}={hash}",
        vnpay::signed_data(refs.iter().copied())
    );
    s.txns.lock().expect("stand-in lock").insert(
        txn_ref,
        Txn {
            amount: get("vnp_Amount"),
            info: get("vnp_OrderInfo"),
            status,
            transaction_no,
            bank_code: bank_code.to_string(),
            pay_date,
        },
    );
    if c.choice != "nocallback" {
        deliver(&s.deliver, &query).await;
    }
    let back = get("vnp_ReturnUrl");
    let sep = if back.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{back}{sep}{query}")).into_response()
}

/// Calls the merchant's IPN with the signed result (one try: a lost IPN is what QueryDR is for).
async fn deliver(how: &Deliver, query: &str) {
    match how {
        Deliver::Http { ipn_url, client } => {
            let sep = if ipn_url.contains('?') { '&' } else { '?' };
            match client
                .get(format!("{ipn_url}{sep}{query}"))
                .timeout(std::time::Duration::from_secs(15))
                .send()
                .await
            {
                Ok(res) => {
                    let answer = res.text().await.unwrap_or_default();
                    tracing::info!(%answer, "stand-in: IPN answered");
                }
                Err(e) => tracing::warn!(error = %e, "stand-in: IPN not delivered"),
            }
        }
        Deliver::InProcess { services, gateway } => {
            match app::payments::service::callback(services, gateway.id(), query).await {
                Ok(answer) => tracing::info!(answer = %answer.body, "sandbox: IPN answered"),
                Err(e) => tracing::warn!(error = ?e, "sandbox: IPN not delivered"),
            }
        }
    }
}

/// `POST {api_path}`: QueryDR, its request and answer signed as VNPay's are.
async fn query_dr(
    State(s): State<Arc<Standin>>,
    Json(req): Json<serde_json::Value>,
) -> Json<serde_json::Value> {
    let forge = s.probe.asked();
    let text = |k: &str| req[k].as_str().unwrap_or_default().to_string();
    let signed = req[SECURE_HASH].as_str().is_some_and(|h| {
        crypto::constant_time_eq(
            &vnpay::sign_fields(&s.hash_secret, &req, &QUERY_SIGNED),
            &h.to_ascii_lowercase(),
        )
    });
    let txn_ref = text("vnp_TxnRef");
    let known = s.txns.lock().expect("stand-in lock").get(&txn_ref).cloned();
    let (code, message) = match (&known, signed, text("vnp_TmnCode") == s.tmn_code) {
        (_, false, _) => ("97", "Checksum khong hop le"),
        (_, _, false) => ("02", "Ma dinh danh ket noi khong hop le"),
        (None, _, _) => ("91", "Khong tim thay giao dich yeu cau"),
        (Some(_), _, _) => ("00", "Yeu cau thanh cong"),
    };
    let t = known.unwrap_or(Txn {
        amount: String::new(),
        info: String::new(),
        status: "",
        transaction_no: String::new(),
        bank_code: String::new(),
        pay_date: String::new(),
    });
    let mut answer = serde_json::json!({
        "vnp_ResponseId": crypto::random_token()[..32].to_string(),
        "vnp_Command": "querydr",
        "vnp_ResponseCode": code,
        "vnp_Message": message,
        "vnp_TmnCode": s.tmn_code,
        "vnp_TxnRef": txn_ref,
        "vnp_Amount": t.amount,
        "vnp_BankCode": t.bank_code,
        "vnp_PayDate": t.pay_date,
        "vnp_TransactionNo": t.transaction_no,
        "vnp_TransactionType": "01",
        "vnp_TransactionStatus": t.status,
        "vnp_OrderInfo": t.info,
        "vnp_PromotionCode": "",
        "vnp_PromotionAmount": "",
    });
    let key = if forge {
        "not-the-merchant-secret"
    } else {
        s.hash_secret.as_str()
    };
    answer[SECURE_HASH] = vnpay::sign_fields(key, &answer, &QUERY_ANSWER_SIGNED).into();
    Json(answer)
}

/// The `payment-standin` command: VNPay's payment page and QueryDR at VNPay's own paths, or
/// MoMo's API and payment page at MoMo's, until stopped.
pub async fn run(mut args: crate::settings::PaymentStandin) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    args.listen = listener.local_addr()?;
    let app = start_router(&args)?;
    tracing::info!(gateway = %args.gateway, "payment stand-in on http://{}", args.listen);
    axum::serve(listener, app).await?;
    Ok(())
}

/// The stand-in's router for `args` (tests start it on a free port, `args.listen` its address).
pub fn start_router(args: &crate::settings::PaymentStandin) -> anyhow::Result<Router> {
    Ok(start_probed(args)?.0)
}

/// The same, with the stand-in's [`Probe`].
pub fn start_probed(
    args: &crate::settings::PaymentStandin,
) -> anyhow::Result<(Router, Arc<Probe>)> {
    let probe = Arc::new(Probe::default());
    let router = match args.gateway.as_str() {
        "vnpay" => {
            if args.ipn_url.is_empty() {
                anyhow::bail!("the VNPay stand-in needs --ipn-url (the merchant's IPN address)");
            }
            Standin::new(
                "VNPAY (máy chủ thay thế / stand-in)",
                args.tmn_code.clone(),
                args.hash_secret.clone(),
                "/paymentv2/vpcpay.html",
                Deliver::Http {
                    ipn_url: args.ipn_url.clone(),
                    client: reqwest::Client::new(),
                },
                probe.clone(),
            )
            .router("/merchant_webapi/api/transaction")
        }
        "momo" => crate::momo_standin::router(
            &args.tmn_code,
            &args.access_key,
            &args.hash_secret,
            &format!("http://{}", args.listen),
            probe.clone(),
        ),
        other => anyhow::bail!("no stand-in for the gateway {other:?} (vnpay, momo)"),
    };
    Ok((router, probe))
}
