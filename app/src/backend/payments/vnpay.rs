//! VNPay 2.1.0 signatures (see ../shared/DOMAIN.md and VNPay's integration guide): every `vnp_*`
//! parameter except `vnp_SecureHash` / `vnp_SecureHashType`, empty ones dropped, sorted by name,
//! names and values form-URL-encoded (space as `+`), joined `k=v&…`, HMAC-SHA512 with the
//! merchant's hash secret, lowercase hex. The same string signs the payment URL and verifies the
//! return URL and the IPN, rebuilt from the parameters exactly as received.

use super::{
    Answer, Gateway, GatewayError, GatewayId, Order, Outcome, QueryAnswer, Rejection, Report,
    Verdict, vn_timestamp,
};
use crate::backend::{crypto, messaging::BoxFuture};
use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha512;

/// The parameter that carries the signature, and the one that names its algorithm: neither is
/// signed.
pub const SECURE_HASH: &str = "vnp_SecureHash";
const SECURE_HASH_TYPE: &str = "vnp_SecureHashType";

/// The string VNPay signs: the signed parameters of `params`, sorted and form-URL-encoded.
pub fn signed_data<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut signed: Vec<(&str, &str)> = params
        .into_iter()
        .filter(|(k, v)| {
            k.starts_with("vnp_") && *k != SECURE_HASH && *k != SECURE_HASH_TYPE && !v.is_empty()
        })
        .collect();
    signed.sort_unstable_by(|a, b| a.0.cmp(b.0));
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(signed)
        .finish()
}

/// HMAC-SHA512 with the merchant's hash secret, over `data`.
fn mac(secret: &str, data: &str) -> Hmac<Sha512> {
    let mut mac =
        Hmac::<Sha512>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(data.as_bytes());
    mac
}

/// The signature of `params` with the merchant's hash secret (lowercase hex).
pub fn sign<'a>(secret: &str, params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    hex::encode(mac(secret, &signed_data(params)).finalize().into_bytes())
}

/// Whether `params` (a return URL's or an IPN's query, decoded) carry a valid `vnp_SecureHash`
/// (hex in either case), checked by the MAC's own constant-time comparison.
pub fn verify<'a>(secret: &str, params: &[(&'a str, &'a str)]) -> bool {
    let Some(given) = params
        .iter()
        .find(|(k, _)| *k == SECURE_HASH)
        .map(|(_, v)| *v)
    else {
        return false;
    };
    let expected = mac(secret, &signed_data(params.iter().copied()));
    crypto::mac_hex_verifies(expected, given)
}

/// A merchant's account at VNPay (or at a server speaking its protocol: the sandbox, the
/// stand-in the tests start).
pub struct VnPay {
    /// VNPay, or the built-in sandbox.
    pub id: GatewayId,
    /// `PORTAL_VNPAY_TMN_CODE`.
    pub tmn_code: String,
    /// `PORTAL_VNPAY_HASH_SECRET`.
    pub hash_secret: String,
    /// `PORTAL_VNPAY_URL`: the payment page (…/paymentv2/vpcpay.html).
    pub pay_url: String,
    /// `PORTAL_VNPAY_API_URL`: QueryDR (…/merchant_webapi/api/transaction).
    pub api_url: String,
    pub http: reqwest::Client,
}

/// The query of the payment page for `order`, signed.
pub fn payment_query(tmn_code: &str, secret: &str, order: &Order) -> String {
    let amount = (order.amount * 100).to_string();
    let created = vn_timestamp(order.created_at);
    let expires = vn_timestamp(order.expires_at);
    let params = [
        ("vnp_Version", "2.1.0"),
        ("vnp_Command", "pay"),
        ("vnp_TmnCode", tmn_code),
        ("vnp_Amount", amount.as_str()),
        ("vnp_CreateDate", created.as_str()),
        ("vnp_CurrCode", "VND"),
        ("vnp_IpAddr", order.ip.as_str()),
        ("vnp_Locale", if order.english { "en" } else { "vn" }),
        ("vnp_OrderInfo", order.info.as_str()),
        ("vnp_OrderType", "other"),
        ("vnp_ReturnUrl", order.return_url.as_str()),
        ("vnp_TxnRef", order.txn_ref.as_str()),
        ("vnp_ExpireDate", expires.as_str()),
    ];
    let hash = sign(secret, params);
    format!("{}&{SECURE_HASH}={hash}", signed_data(params))
}

/// The pairs of a raw query string, decoded.
pub fn pairs(raw: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

/// Reads a verified report from a return URL's or an IPN's query: a parameter given twice is
/// refused at once, then the signature, then the merchant, then the fields. Paid means
/// `vnp_ResponseCode` and `vnp_TransactionStatus` both "00".
pub fn report(tmn_code: &str, secret: &str, raw: &str) -> Result<Report, Rejection> {
    let pairs = super::pairs_once(raw)?;
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    if !verify(secret, &refs) {
        return Err(Rejection::Signature);
    }
    let get = |k: &str| refs.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
    if !get("vnp_TmnCode").is_some_and(|t| crypto::constant_time_eq(t, tmn_code)) {
        return Err(Rejection::Merchant);
    }
    let txn_ref = get("vnp_TxnRef")
        .filter(|t| !t.is_empty())
        .ok_or(Rejection::Malformed)?;
    let amount = get("vnp_Amount")
        .and_then(|a| a.parse::<i64>().ok())
        .filter(|a| *a >= 0 && a % 100 == 0)
        .ok_or(Rejection::Malformed)?
        / 100;
    let code = get("vnp_ResponseCode").ok_or(Rejection::Malformed)?;
    let paid = code == "00" && get("vnp_TransactionStatus") == Some("00");
    Ok(Report {
        txn_ref: txn_ref.to_string(),
        amount,
        outcome: if paid { Outcome::Paid } else { Outcome::Failed },
        gateway_txn: get("vnp_TransactionNo").unwrap_or_default().to_string(),
        bank_code: get("vnp_BankCode").unwrap_or_default().to_string(),
        code: code.to_string(),
    })
}

/// The IPN's JSON answer for a verdict (VNPay's merchant sample code).
pub fn ipn_answer(verdict: Verdict) -> Answer {
    let (code, message) = match verdict {
        Verdict::Confirmed => ("00", "Confirm Success"),
        Verdict::OrderNotFound => ("01", "Order not found"),
        Verdict::AlreadyConfirmed => ("02", "Order already confirmed"),
        Verdict::InvalidAmount => ("04", "invalid amount"),
        Verdict::InvalidSignature => ("97", "Invalid signature"),
        Verdict::Error => ("99", "Unknow error"),
    };
    Answer {
        status: 200,
        content_type: "application/json",
        body: serde_json::json!({ "RspCode": code, "Message": message }).to_string(),
    }
}

/// QueryDR's request fields in the order its signature joins them with "|".
pub const QUERY_SIGNED: [&str; 9] = [
    "vnp_RequestId",
    "vnp_Version",
    "vnp_Command",
    "vnp_TmnCode",
    "vnp_TxnRef",
    "vnp_TransactionDate",
    "vnp_CreateDate",
    "vnp_IpAddr",
    "vnp_OrderInfo",
];

/// QueryDR's answer fields in the order its signature joins them with "|".
pub const QUERY_ANSWER_SIGNED: [&str; 15] = [
    "vnp_ResponseId",
    "vnp_Command",
    "vnp_ResponseCode",
    "vnp_Message",
    "vnp_TmnCode",
    "vnp_TxnRef",
    "vnp_Amount",
    "vnp_BankCode",
    "vnp_PayDate",
    "vnp_TransactionNo",
    "vnp_TransactionType",
    "vnp_TransactionStatus",
    "vnp_OrderInfo",
    "vnp_PromotionCode",
    "vnp_PromotionAmount",
];

/// The values of `fields` in `json` joined by "|": what QueryDR signs, both ways (a missing
/// field counts as empty).
fn fields_data(json: &serde_json::Value, fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| match &json[*f] {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// HMAC-SHA512 (lowercase hex) of the values of `fields` in `json` joined by "|" (QueryDR's
/// signatures, both ways; a missing field counts as empty).
pub fn sign_fields(secret: &str, json: &serde_json::Value, fields: &[&str]) -> String {
    hex::encode(
        mac(secret, &fields_data(json, fields))
            .finalize()
            .into_bytes(),
    )
}

/// Reads QueryDR's answer: signature, merchant, then what it says of the order.
pub fn query_report(tmn_code: &str, secret: &str, body: &str) -> Result<Report, Rejection> {
    let json: serde_json::Value = serde_json::from_str(body).map_err(|_| Rejection::Malformed)?;
    let given = json[SECURE_HASH].as_str().ok_or(Rejection::Signature)?;
    let expected = mac(secret, &fields_data(&json, &QUERY_ANSWER_SIGNED));
    if !crypto::mac_hex_verifies(expected, given) {
        return Err(Rejection::Signature);
    }
    let get = |k: &str| json[k].as_str().unwrap_or_default();
    if !crypto::constant_time_eq(get("vnp_TmnCode"), tmn_code) {
        return Err(Rejection::Merchant);
    }
    let outcome = match (get("vnp_ResponseCode"), get("vnp_TransactionStatus")) {
        ("00", "00") => Outcome::Paid,
        ("00", "01") => Outcome::Pending,
        ("00", _) => Outcome::Failed,
        ("91", _) => Outcome::Unknown,
        _ => return Err(Rejection::Malformed),
    };
    let amount = get("vnp_Amount").parse::<i64>().unwrap_or(0) / 100;
    Ok(Report {
        txn_ref: get("vnp_TxnRef").to_string(),
        amount,
        outcome,
        gateway_txn: get("vnp_TransactionNo").to_string(),
        bank_code: get("vnp_BankCode").to_string(),
        code: get("vnp_TransactionStatus").to_string(),
    })
}

impl Gateway for VnPay {
    fn id(&self) -> GatewayId {
        self.id
    }

    fn label(&self, english: bool) -> &'static str {
        match (self.id == GatewayId::Sandbox, english) {
            (true, false) => "Cổng thanh toán thử nghiệm",
            (true, true) => "Test payment gateway",
            (false, false) => "VNPAY (thẻ ATM, thẻ quốc tế, QR ngân hàng)",
            (false, true) => "VNPAY (domestic card, international card, bank QR)",
        }
    }

    fn start<'a>(&'a self, order: &'a Order) -> BoxFuture<'a, Result<String, GatewayError>> {
        Box::pin(async move {
            Ok(format!(
                "{}?{}",
                self.pay_url,
                payment_query(&self.tmn_code, &self.hash_secret, order)
            ))
        })
    }

    fn verify(&self, raw: &str) -> Result<Report, Rejection> {
        report(&self.tmn_code, &self.hash_secret, raw)
    }

    fn answer(&self, verdict: Verdict) -> Answer {
        ipn_answer(verdict)
    }

    fn query<'a>(
        &'a self,
        txn_ref: &'a str,
        created_at: i64,
        ip: &'a str,
    ) -> BoxFuture<'a, Result<QueryAnswer, GatewayError>> {
        Box::pin(async move {
            let mut request = serde_json::json!({
                "vnp_RequestId": crypto::random_token()[..32].to_string(),
                "vnp_Version": "2.1.0",
                "vnp_Command": "querydr",
                "vnp_TmnCode": self.tmn_code,
                "vnp_TxnRef": txn_ref,
                "vnp_OrderInfo": format!("Truy van giao dich {txn_ref}"),
                "vnp_TransactionDate": vn_timestamp(created_at),
                "vnp_CreateDate": vn_timestamp(crate::backend::now_epoch()),
                "vnp_IpAddr": ip,
            });
            request[SECURE_HASH] = sign_fields(&self.hash_secret, &request, &QUERY_SIGNED).into();
            let body = super::post_json(&self.http, &self.api_url, &request, 15, "QueryDR").await?;
            let report = query_report(&self.tmn_code, &self.hash_secret, &body);
            Ok((body, report))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A return URL and its signature from the test suite of the `vnpay` npm library
    /// (github.com/lehuygiang28/vnpay, test/verify-return-url.test.ts: secret "test_secret").
    fn library_return(response_code: &'static str) -> Vec<(&'static str, &'static str)> {
        vec![
            ("vnp_Amount", "1000000"),
            ("vnp_BankCode", "NCB"),
            ("vnp_BankTranNo", "VNP14422574"),
            ("vnp_CardType", "ATM"),
            (
                "vnp_OrderInfo",
                "Thanh toan don hang 2024-05-21T02:17:31.249Z",
            ),
            ("vnp_PayDate", "20240521091806"),
            ("vnp_ResponseCode", response_code),
            ("vnp_TmnCode", "TEST_TMN_CODE"),
            ("vnp_TransactionNo", "14422574"),
            ("vnp_TransactionStatus", "00"),
            ("vnp_TxnRef", "1716257871703"),
        ]
    }

    #[test]
    fn the_librarys_published_return_urls_verify() {
        let paid = "649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895";
        let failed = "503194f6d93b57b357b2d1d09742565e67e86d771352c5dca4fc8d39df3d392c6b3809add9405f97cfb9631f445e36c80656cfbf47eac67d97fa165865c13e1b";
        assert_eq!(sign("test_secret", library_return("00")), paid);
        assert_eq!(sign("test_secret", library_return("99")), failed);
        let mut query = library_return("00");
        query.push((SECURE_HASH, paid));
        assert!(verify("test_secret", &query));
        // The hex may come in capitals; a truncated or non-hex signature is refused.
        for (given, ok) in [
            (paid.to_ascii_uppercase(), true),
            (paid[..126].to_string(), false),
            (format!("{paid}00"), false),
            (paid.replace('6', "g"), false),
        ] {
            let mut other: Vec<(&str, &str)> = library_return("00");
            other.push((SECURE_HASH, &given));
            assert_eq!(verify("test_secret", &other), ok, "{given}");
        }
        // The same query with another outcome, or checked with another secret, does not.
        let mut tampered = library_return("99");
        tampered.push((SECURE_HASH, paid));
        assert!(!verify("test_secret", &tampered));
        assert!(!verify("another_secret", &query));
        assert!(
            !verify("test_secret", &library_return("00")),
            "no signature at all"
        );
    }

    #[test]
    fn the_signed_string_is_sorted_encoded_and_leaves_out_the_hash_and_empty_values() {
        let data = signed_data([
            ("vnp_TxnRef", "A 1"),
            ("vnp_OrderInfo", "Nộp phí: hồ sơ"),
            ("vnp_BankCode", ""),
            ("vnp_Amount", "5000000"),
            (SECURE_HASH_TYPE, "HmacSHA512"),
            (SECURE_HASH, "abc"),
            ("other", "x"),
        ]);
        assert_eq!(
            data,
            "vnp_Amount=5000000&vnp_OrderInfo=N%E1%BB%99p+ph%C3%AD%3A+h%E1%BB%93+s%C6%A1&vnp_TxnRef=A+1"
        );
    }

    /// `calculateSecureHash` in the `vnpay` npm library's unit tests
    /// (lehuygiang28/vnpay, test/unit/utils/payment-util.test.ts, secret "YOUR_SECURE_SECRET"):
    /// shows "#" and spaces encoded as VNPay's string has them.
    #[test]
    fn the_librarys_published_secure_hash_vector() {
        let params = [
            ("vnp_Amount", "10000"),
            ("vnp_OrderInfo", "Payment for order #1234567890"),
            ("vnp_TnxRef", "1234567890"),
        ];
        assert_eq!(
            signed_data(params),
            "vnp_Amount=10000&vnp_OrderInfo=Payment+for+order+%231234567890&vnp_TnxRef=1234567890"
        );
        assert_eq!(
            sign("YOUR_SECURE_SECRET", params),
            "7bb8160a5d2085a85b3267817a40ee4f770a335282f19714726e6fc6f28a64c75a1e7e9c1aa96f3cbda5ce44095088fb4cb2af66c596d2f655b0b53966312089"
        );
    }

    /// QueryDR's request hash: the nine fields joined by "|" (VNPay's Node demo and the `vnpay`
    /// library's src/services/query.service.ts). The library's suite computes it at run time
    /// only, so this value was computed by running vnpay@2.5.0 on its own fixtures
    /// (test/__helpers__/test-fixtures.ts): a cross-implementation check, not a published vector.
    #[test]
    fn querydr_signs_its_fields_in_order() {
        let request = serde_json::json!({
            "vnp_RequestId": "REQUEST123456",
            "vnp_Version": "2.1.0",
            "vnp_Command": "querydr",
            "vnp_TmnCode": "TEST_TMN_CODE",
            "vnp_TxnRef": "TXN123456789",
            "vnp_TransactionDate": "20231221103000",
            "vnp_CreateDate": "20231221103000",
            "vnp_IpAddr": "127.0.0.1",
            "vnp_OrderInfo": "Test order query",
        });
        assert_eq!(
            sign_fields("test_secret", &request, &QUERY_SIGNED),
            "ac23f7e0db3fc8bc6dc83350725b891aa921ec7a83d1a370978d314457eeda176ff26a87bd4e13dc896c24890238b29fadf033080a07aa52abafa830cd2eb565"
        );
    }

    /// A signed query with one parameter given twice, the empty copy first (VNPay's string
    /// leaves empty values out, so the signature still verifies): refused all the same.
    #[test]
    fn a_parameter_given_twice_is_refused_even_when_the_signature_verifies() {
        let signed = library_return("00");
        let hash = sign("test_secret", signed.iter().copied());
        let query = format!(
            "{}&{SECURE_HASH}={hash}",
            signed_data(signed.iter().copied())
        );
        assert!(report("TEST_TMN_CODE", "test_secret", &query).is_ok());
        let doubled = format!("vnp_ResponseCode=&{query}");
        let refs = pairs(&doubled);
        let refs: Vec<(&str, &str)> = refs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert!(
            verify("test_secret", &refs),
            "the signature alone would pass"
        );
        assert_eq!(
            report("TEST_TMN_CODE", "test_secret", &doubled),
            Err(Rejection::DuplicateKey)
        );
        let twice_hash = format!("{query}&{SECURE_HASH}={hash}");
        assert_eq!(
            report("TEST_TMN_CODE", "test_secret", &twice_hash),
            Err(Rejection::DuplicateKey)
        );
    }

    #[test]
    fn the_ipn_answers_are_vnpays_sample_codes() {
        let code = |v| {
            serde_json::from_str::<serde_json::Value>(&ipn_answer(v).body).unwrap()["RspCode"]
                .as_str()
                .unwrap()
                .to_string()
        };
        assert_eq!(code(Verdict::Confirmed), "00");
        assert_eq!(code(Verdict::OrderNotFound), "01");
        assert_eq!(code(Verdict::AlreadyConfirmed), "02");
        assert_eq!(code(Verdict::InvalidAmount), "04");
        assert_eq!(code(Verdict::InvalidSignature), "97");
        assert_eq!(code(Verdict::Error), "99");
    }
}
