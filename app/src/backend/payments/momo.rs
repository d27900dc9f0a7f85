//! MoMo's payment API v2 ("AIO", developers.momo.vn/v3/docs/payment/api/wallet/onetime): every
//! request and callback is signed with HMAC-SHA256 (lowercase hex) over `key=value` pairs joined
//! by `&`, in a fixed order per message, values raw (not URL-encoded); the partner's access key
//! is the first pair though it is never sent in the callbacks.
//!
//! - create: `POST {url}/v2/gateway/api/create`, answered with a `payUrl` for the browser;
//! - IPN: MoMo POSTs JSON to our `ipnUrl` and wants HTTP 204 within 15 s;
//! - redirect: the browser comes back to `redirectUrl` with the same fields in its query;
//! - query: `POST {url}/v2/gateway/api/query` for reconciliation.

use super::{
    Answer, Gateway, GatewayError, GatewayId, Order, Outcome, QueryAnswer, Rejection, Report,
    Verdict,
};
use crate::backend::{crypto, messaging::BoxFuture};
use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha256;

/// The create request's signed fields, in order (MoMo's samples, e.g. momo-wallet/payment
/// nodejs/MoMo.js).
pub const CREATE_SIGNED: [&str; 10] = [
    "accessKey",
    "amount",
    "extraData",
    "ipnUrl",
    "orderId",
    "orderInfo",
    "partnerCode",
    "redirectUrl",
    "requestId",
    "requestType",
];

/// The IPN's (and the redirect's) signed fields, in order (momo-wallet/payment
/// php/PayMoMo/ipn_momo.php).
pub const RESULT_SIGNED: [&str; 13] = [
    "accessKey",
    "amount",
    "extraData",
    "message",
    "orderId",
    "orderInfo",
    "orderType",
    "partnerCode",
    "payType",
    "requestId",
    "responseTime",
    "resultCode",
    "transId",
];

/// The query request's signed fields, in order (momo-wallet/java QueryTransactionStatus.java).
pub const QUERY_SIGNED: [&str; 4] = ["accessKey", "orderId", "partnerCode", "requestId"];

/// The query answer's fields that its signature covers, when it carries one: the answer's
/// fields as MoMo's "Check Transaction Status" page lists them (developers.momo.vn, payment-api
/// query: partnerCode, requestId, orderId, extraData, amount, transId, payType, resultCode,
/// message, responseTime; lists left out), sorted by name with `accessKey` as every MoMo v2
/// signature is (create, IPN, query request, refund).
pub const QUERY_ANSWER_SIGNED: [&str; 11] = [
    "accessKey",
    "amount",
    "extraData",
    "message",
    "orderId",
    "partnerCode",
    "payType",
    "requestId",
    "responseTime",
    "resultCode",
    "transId",
];

/// A merchant's account at MoMo (or at the stand-in the tests start).
pub struct MoMo {
    /// `PORTAL_MOMO_PARTNER_CODE`.
    pub partner_code: String,
    /// `PORTAL_MOMO_ACCESS_KEY`.
    pub access_key: String,
    /// `PORTAL_MOMO_SECRET_KEY`.
    pub secret_key: String,
    /// `PORTAL_MOMO_URL`: the API's base (https://test-payment.momo.vn).
    pub url: String,
    pub http: reqwest::Client,
}

/// The value of `field` in `json` as MoMo writes it in a signature (numbers as digits).
fn text(json: &serde_json::Value, field: &str) -> String {
    match &json[field] {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `accessKey=…&amount=…&…`: the raw string MoMo signs, `accessKey` taken from us.
pub fn raw_signature(access_key: &str, json: &serde_json::Value, fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| {
            let v = if *f == "accessKey" {
                access_key.to_string()
            } else {
                text(json, f)
            };
            format!("{f}={v}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// HMAC-SHA256 of `raw` with the secret key.
fn mac(secret_key: &str, raw: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret_key.as_bytes())
        .expect("HMAC takes keys of any length");
    mac.update(raw.as_bytes());
    mac
}

/// HMAC-SHA256 of `raw` with the secret key, lowercase hex.
pub fn sign(secret_key: &str, raw: &str) -> String {
    hex::encode(mac(secret_key, raw).finalize().into_bytes())
}

/// A callback's fields: the JSON body of an IPN, or the redirect's query (decoded); refused when
/// a name comes twice.
fn fields_of(raw: &str) -> Result<serde_json::Value, Rejection> {
    let raw = raw.trim();
    if raw.starts_with('{') {
        return super::json_once(raw);
    }
    let map: serde_json::Map<String, serde_json::Value> = super::pairs_once(raw)?
        .into_iter()
        .map(|(k, v)| (k, serde_json::Value::String(v)))
        .collect();
    Ok(serde_json::Value::Object(map))
}

/// Reads a verified report from an IPN body or a redirect's query: the signature first, then
/// the merchant, then the fields. Paid means `resultCode` 0.
pub fn report(
    partner: &str,
    access_key: &str,
    secret_key: &str,
    raw: &str,
) -> Result<Report, Rejection> {
    let json = fields_of(raw)?;
    let given = json["signature"].as_str().ok_or(Rejection::Signature)?;
    let expected = mac(
        secret_key,
        &raw_signature(access_key, &json, &RESULT_SIGNED),
    );
    if !crypto::mac_hex_verifies(expected, given) {
        return Err(Rejection::Signature);
    }
    if !crypto::constant_time_eq(&text(&json, "partnerCode"), partner) {
        return Err(Rejection::Merchant);
    }
    let txn_ref = text(&json, "orderId");
    let amount = text(&json, "amount")
        .parse::<i64>()
        .map_err(|_| Rejection::Malformed)?;
    let code = text(&json, "resultCode");
    if txn_ref.is_empty() || code.is_empty() {
        return Err(Rejection::Malformed);
    }
    Ok(Report {
        txn_ref,
        amount,
        outcome: if code == "0" {
            Outcome::Paid
        } else {
            Outcome::Failed
        },
        gateway_txn: text(&json, "transId"),
        bank_code: text(&json, "payType"),
        code,
    })
}

/// Reads the query API's answer about order `txn_ref`: a name given twice is refused; a
/// signature, when the answer carries one, must be ours ([`QUERY_ANSWER_SIGNED`]); then the
/// partner and the order must be ours. (MoMo's production answers carry no signature today:
/// those are believed because they came over our own TLS request.)
pub fn query_report(
    partner: &str,
    access_key: &str,
    secret_key: &str,
    txn_ref: &str,
    body: &str,
) -> Result<Report, Rejection> {
    let json = super::json_once(body.trim()).map_err(|r| match r {
        Rejection::DuplicateKey => r,
        _ => Rejection::Malformed,
    })?;
    if let Some(given) = json.get("signature") {
        let expected = mac(
            secret_key,
            &raw_signature(access_key, &json, &QUERY_ANSWER_SIGNED),
        );
        if !given
            .as_str()
            .is_some_and(|g| crypto::mac_hex_verifies(expected, g))
        {
            return Err(Rejection::Signature);
        }
    }
    if text(&json, "partnerCode") != partner || text(&json, "orderId") != txn_ref {
        return Err(Rejection::Merchant);
    }
    let code = text(&json, "resultCode");
    Ok(Report {
        txn_ref: txn_ref.to_string(),
        amount: text(&json, "amount").parse().unwrap_or(0),
        outcome: query_outcome(&code),
        gateway_txn: text(&json, "transId"),
        bank_code: text(&json, "payType"),
        code,
    })
}

/// What a query's `resultCode` says of the order: 0 paid; 1000 (initiated, waiting for the
/// payer) and 7000/7002/9000 (being processed, authorised) still open; 42 no such order;
/// anything else over, unpaid.
pub fn query_outcome(code: &str) -> Outcome {
    match code {
        "0" => Outcome::Paid,
        "1000" | "7000" | "7002" | "9000" => Outcome::Pending,
        "42" => Outcome::Unknown,
        _ => Outcome::Failed,
    }
}

impl Gateway for MoMo {
    fn id(&self) -> GatewayId {
        GatewayId::Momo
    }

    fn label(&self, english: bool) -> &'static str {
        if english {
            "MoMo e-wallet"
        } else {
            "Ví điện tử MoMo"
        }
    }

    fn start<'a>(&'a self, order: &'a Order) -> BoxFuture<'a, Result<String, GatewayError>> {
        Box::pin(async move {
            let mut request = serde_json::json!({
                "partnerCode": self.partner_code,
                "requestId": order.txn_ref,
                "amount": order.amount,
                "orderId": order.txn_ref,
                "orderInfo": order.info,
                "redirectUrl": order.return_url,
                "ipnUrl": order.ipn_url,
                "requestType": "captureWallet",
                "extraData": "",
                "lang": if order.english { "en" } else { "vi" },
            });
            let raw = raw_signature(&self.access_key, &request, &CREATE_SIGNED);
            request["signature"] = sign(&self.secret_key, &raw).into();
            let url = format!("{}/v2/gateway/api/create", self.url);
            let body = super::post_json(&self.http, &url, &request, 30, "MoMo create").await?;
            let answer: serde_json::Value = serde_json::from_str(&body)
                .map_err(|e| GatewayError(format!("MoMo create: {e}")))?;
            match (
                text(&answer, "resultCode").as_str(),
                answer["payUrl"].as_str(),
            ) {
                ("0", Some(url)) if !url.is_empty() => Ok(url.to_string()),
                (code, _) => Err(GatewayError(format!(
                    "MoMo create refused: {code} {}",
                    text(&answer, "message")
                ))),
            }
        })
    }

    fn verify(&self, raw: &str) -> Result<Report, Rejection> {
        report(&self.partner_code, &self.access_key, &self.secret_key, raw)
    }

    /// MoMo wants an empty 204 whatever the portal made of the IPN (it retries otherwise).
    fn answer(&self, _verdict: Verdict) -> Answer {
        Answer {
            status: 204,
            content_type: "text/plain",
            body: String::new(),
        }
    }

    fn query<'a>(
        &'a self,
        txn_ref: &'a str,
        _created_at: i64,
        _ip: &'a str,
    ) -> BoxFuture<'a, Result<QueryAnswer, GatewayError>> {
        Box::pin(async move {
            let mut request = serde_json::json!({
                "partnerCode": self.partner_code,
                "requestId": format!("{txn_ref}-{}", &crypto::random_token()[..8]),
                "orderId": txn_ref,
                "lang": "vi",
            });
            let raw = raw_signature(&self.access_key, &request, &QUERY_SIGNED);
            request["signature"] = sign(&self.secret_key, &raw).into();
            let url = format!("{}/v2/gateway/api/query", self.url);
            let body = super::post_json(&self.http, &url, &request, 30, "MoMo query").await?;
            let report = query_report(
                &self.partner_code,
                &self.access_key,
                &self.secret_key,
                txn_ref,
                &body,
            );
            Ok((body, report))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACCESS: &str = "F8BBA842ECF85";
    const SECRET: &str = "K951B6PE1waDMi640xX08PD3vg6EkVlz";

    /// Signatures made by MoMo's own test environment (partner "MOMO", the test keys of MoMo's
    /// samples, momo-wallet/payment nodejs/MoMo.js), as they came back in redirect URLs published
    /// in public code: the field order, "+" decoded as a space, UTF-8 text.
    #[test]
    fn redirects_signed_by_momos_test_environment_verify() {
        let paid = "partnerCode=MOMO&orderId=MOMO1682481840688&requestId=MOMO1682481840688&amount=18490000\
                    &orderInfo=pay+with+MoMo&orderType=momo_wallet&transId=2961777251&resultCode=0\
                    &message=Successful.&payType=qr&responseTime=1682488846599&extraData=\
                    &signature=e6f623e50a24dc29bb154a7364160783fdef5e1f5b4d2526b339574c582d6ec9";
        let r = report("MOMO", ACCESS, SECRET, paid).expect("MoMo's own signature verifies");
        assert_eq!(r.txn_ref, "MOMO1682481840688");
        assert_eq!(r.amount, 18_490_000);
        assert_eq!(r.outcome, Outcome::Paid);
        assert_eq!(r.gateway_txn, "2961777251");
        let vietnamese = "partnerCode=MOMO&orderId=MOMO1721019135924&requestId=MOMO1721019135924&amount=618000\
                          &orderInfo=6694aafb4e133e31569ea5f2&orderType=momo_wallet&transId=4084773179&resultCode=0\
                          &message=Th%C3%A0nh+c%C3%B4ng.&payType=qr&responseTime=1721019200114&extraData=\
                          &signature=e0ea4ffa9618e0778a1415a8922e55baca15cc2c1d8a95c50e11bfe8fdf3b3a8";
        assert!(report("MOMO", ACCESS, SECRET, vietnamese).is_ok());
        // The hex may come in capitals.
        assert!(
            report(
                "MOMO",
                ACCESS,
                SECRET,
                &paid.replace(
                    "e6f623e50a24dc29bb154a7364160783fdef5e1f5b4d2526b339574c582d6ec9",
                    "E6F623E50A24DC29BB154A7364160783FDEF5E1F5B4D2526B339574C582D6EC9"
                )
            )
            .is_ok()
        );
        // Another amount under the same signature, another merchant, another secret: refused.
        assert_eq!(
            report(
                "MOMO",
                ACCESS,
                SECRET,
                &paid.replace("18490000", "18490001")
            ),
            Err(Rejection::Signature)
        );
        assert_eq!(
            report("OTHER", ACCESS, SECRET, paid),
            Err(Rejection::Merchant)
        );
        assert_eq!(
            report("MOMO", ACCESS, "another", paid),
            Err(Rejection::Signature)
        );
    }

    /// The same fields as an IPN's JSON body (numbers as numbers) verify the same way.
    #[test]
    fn an_ipn_body_verifies_like_its_redirect() {
        let ipn = serde_json::json!({
            "partnerCode": "MOMO", "orderId": "MOMO1656834097867", "requestId": "MOMO1656834097867",
            "amount": 220000, "orderInfo": "pay with MoMo", "orderType": "momo_wallet",
            "transId": 2696246745u64, "resultCode": 0, "message": "Successful.", "payType": "qr",
            "responseTime": 1656834220502u64, "extraData": "23",
            "signature": "60940af08d81bb9f6697f524267f666df839c3afc7436758347636627ba210c8",
        });
        let r = report("MOMO", ACCESS, SECRET, &ipn.to_string()).expect("verifies");
        assert_eq!((r.amount, r.outcome), (220_000, Outcome::Paid));
    }

    /// A query answer: unsigned, believed for our partner and order; signed, only with our
    /// signature; a name given twice, never.
    #[test]
    fn query_answers_are_verified_when_signed() {
        let mut answer = serde_json::json!({
            "partnerCode": "MOMO", "requestId": "r1", "orderId": "o1", "extraData": "",
            "amount": 8000, "transId": 4084773179u64, "payType": "qr", "resultCode": 0,
            "message": "Thành công.", "responseTime": 1721019200114u64,
        });
        let r = query_report("MOMO", ACCESS, SECRET, "o1", &answer.to_string()).unwrap();
        assert_eq!((r.amount, r.outcome), (8000, Outcome::Paid));
        assert_eq!(
            query_report("MOMO", ACCESS, SECRET, "o2", &answer.to_string()),
            Err(Rejection::Merchant)
        );
        let raw = raw_signature(ACCESS, &answer, &QUERY_ANSWER_SIGNED);
        assert_eq!(
            raw,
            "accessKey=F8BBA842ECF85&amount=8000&extraData=&message=Thành công.&orderId=o1\
             &partnerCode=MOMO&payType=qr&requestId=r1&responseTime=1721019200114&resultCode=0\
             &transId=4084773179"
        );
        answer["signature"] = sign(SECRET, &raw).into();
        assert!(query_report("MOMO", ACCESS, SECRET, "o1", &answer.to_string()).is_ok());
        assert_eq!(
            query_report("MOMO", ACCESS, "another", "o1", &answer.to_string()),
            Err(Rejection::Signature)
        );
        let mut tampered = answer.clone();
        tampered["amount"] = 1.into();
        assert_eq!(
            query_report("MOMO", ACCESS, SECRET, "o1", &tampered.to_string()),
            Err(Rejection::Signature)
        );
        let doubled = answer.to_string().replacen('{', "{\"resultCode\":1006,", 1);
        assert_eq!(
            query_report("MOMO", ACCESS, SECRET, "o1", &doubled),
            Err(Rejection::DuplicateKey)
        );
    }

    #[test]
    fn a_callback_with_a_name_given_twice_is_refused() {
        let paid = "partnerCode=MOMO&orderId=MOMO1682481840688&requestId=MOMO1682481840688&amount=18490000\
                    &orderInfo=pay+with+MoMo&orderType=momo_wallet&transId=2961777251&resultCode=0\
                    &message=Successful.&payType=qr&responseTime=1682488846599&extraData=\
                    &signature=e6f623e50a24dc29bb154a7364160783fdef5e1f5b4d2526b339574c582d6ec9";
        assert!(report("MOMO", ACCESS, SECRET, paid).is_ok());
        assert_eq!(
            report("MOMO", ACCESS, SECRET, &format!("resultCode=1006&{paid}")),
            Err(Rejection::DuplicateKey)
        );
        let body = r#"{"partnerCode":"MOMO","resultCode":1006,"resultCode":0}"#;
        assert_eq!(
            report("MOMO", ACCESS, SECRET, body),
            Err(Rejection::DuplicateKey)
        );
    }

    /// The create request's raw string and signature with the samples' keys (computed; MoMo
    /// publishes no create vector with its keys).
    #[test]
    fn create_signs_its_fields_in_order() {
        let request = serde_json::json!({
            "partnerCode": "MOMO", "requestId": "MOMO1700000000000", "amount": 50000,
            "orderId": "MOMO1700000000000", "orderInfo": "pay with MoMo",
            "redirectUrl": "https://momo.vn/return", "ipnUrl": "https://callback.url/notify",
            "requestType": "captureWallet", "extraData": "",
        });
        let raw = raw_signature(ACCESS, &request, &CREATE_SIGNED);
        assert_eq!(
            raw,
            "accessKey=F8BBA842ECF85&amount=50000&extraData=&ipnUrl=https://callback.url/notify\
             &orderId=MOMO1700000000000&orderInfo=pay with MoMo&partnerCode=MOMO\
             &redirectUrl=https://momo.vn/return&requestId=MOMO1700000000000&requestType=captureWallet"
        );
        assert_eq!(
            sign(SECRET, &raw),
            "4378bb95714712f6be833da81f743910a01e5ba6279bfe596b8a08e891259424"
        );
    }
}
