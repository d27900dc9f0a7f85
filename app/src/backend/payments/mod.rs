//! Online payment gateways (issue 13, SPEC §7) behind one interface, [`Gateway`]: build the
//! redirect to the gateway's payment page, verify a callback (IPN or return URL) from its raw
//! text, answer it as the gateway expects, and ask the gateway what became of an order.
//!
//! A gateway is one file implementing the trait plus its settings: [`vnpay`] (VNPay 2.1.0),
//! [`momo`] (MoMo v2), and the built-in sandbox, which speaks VNPay's protocol from the portal's own pages with its own
//! secret ([`Gateways::sandbox`]). What the portal does with a verified report (the payment's
//! state, the fee notice, the receipt, the dossier) is the `payments` slice's store, the same for
//! every gateway.

pub mod momo;
pub mod vnpay;

use super::messaging::BoxFuture;
pub use domain::payment::GatewayId;
use std::sync::Arc;
use time::{
    OffsetDateTime, PrimitiveDateTime, UtcOffset,
    format_description::BorrowedFormatItem,
    macros::{datetime, format_description, offset},
};

/// An order as the portal sends it to a gateway.
#[derive(Debug, Clone)]
pub struct Order {
    /// The order id the gateway knows (VNPay `vnp_TxnRef`, MoMo `orderId`).
    pub txn_ref: String,
    /// Integer VND.
    pub amount: i64,
    /// What is paid for, in ASCII without diacritics (gateways refuse them).
    pub info: String,
    pub created_at: i64,
    pub expires_at: i64,
    /// The payer's address, as the gateway asks for it.
    pub ip: String,
    pub english: bool,
    /// Where the gateway sends the browser back.
    pub return_url: String,
    /// Where the gateway calls the portal (gateways that take it per order).
    pub ipn_url: String,
}

/// What a gateway says became of an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Paid,
    /// Refused, failed or cancelled by the payer: the order is over, unpaid.
    Failed,
    /// Not finished yet (a query's answer).
    Pending,
    /// The gateway has no such order (a query's answer): it was never paid.
    Unknown,
}

/// A verified report about one order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub txn_ref: String,
    /// Integer VND, as the gateway reports it.
    pub amount: i64,
    pub outcome: Outcome,
    /// The gateway's own transaction number.
    pub gateway_txn: String,
    pub bank_code: String,
    /// The gateway's result code, as sent.
    pub code: String,
}

/// Why a callback was not believed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// No signature, or not ours.
    Signature,
    /// A parameter given twice (`vnp_ResponseCode=&vnp_ResponseCode=00`): refused before the
    /// signature is even checked, since which copy a reader takes is a guess.
    DuplicateKey,
    /// Signed, but for another merchant.
    Merchant,
    /// Signed, but missing what a report needs.
    Malformed,
}

/// What the portal made of a callback, for the gateway's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Confirmed,
    OrderNotFound,
    AlreadyConfirmed,
    InvalidAmount,
    InvalidSignature,
    Error,
}

/// An HTTP answer to a callback, as the gateway wants it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

#[derive(Debug)]
pub struct GatewayError(pub String);

impl std::fmt::Display for GatewayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A query's answer: the raw text (recorded) and what it says, if it could be believed.
pub type QueryAnswer = (String, Result<Report, Rejection>);

/// A payment gateway.
pub trait Gateway: Send + Sync {
    /// Stored with each payment and in the callback URLs.
    fn id(&self) -> GatewayId;
    /// Its name on the payment page.
    fn label(&self, english: bool) -> &'static str;
    /// The payment page to send the browser to.
    fn start<'a>(&'a self, order: &'a Order) -> BoxFuture<'a, Result<String, GatewayError>>;
    /// Verifies a callback from its raw text (a query string, or a body), before anything else
    /// is read from it.
    fn verify(&self, raw: &str) -> Result<Report, Rejection>;
    /// The answer the gateway expects for a verdict.
    fn answer(&self, verdict: Verdict) -> Answer;
    /// Asks the gateway about an order: its raw answer (recorded) and what it says.
    fn query<'a>(
        &'a self,
        txn_ref: &'a str,
        created_at: i64,
        ip: &'a str,
    ) -> BoxFuture<'a, Result<QueryAnswer, GatewayError>>;
}

/// Bodies and queries a gateway's callback may have: VNPay's and MoMo's are well under 2 KB,
/// so anything over 16 KB is refused (413) before it is read.
pub const MAX_CALLBACK_BYTES: usize = 16 * 1024;

/// What is kept of a callback that could not be verified (a stranger's text): its start.
pub const MAX_UNVERIFIED_BYTES: usize = 2 * 1024;

/// How long unverified callbacks are kept (the maintenance job deletes older ones).
pub const UNVERIFIED_KEEP_SECS: i64 = 30 * 86_400;

/// The limits of the payment pages (settings `PORTAL_PAY_*`, see the README).
#[derive(Debug, Clone, Copy)]
pub struct PayLimits {
    /// Wrong lookups of one dossier code after which its form asks for a captcha.
    pub lookup_captcha_after: i64,
    /// Wrong lookups of one dossier code after which it is closed to lookup (and its owner told).
    pub lookup_close_after: i64,
    /// How long a closed code stays closed (seconds).
    pub lookup_close_secs: i64,
    /// Wrong lookups from one client address per hour.
    pub lookup_failures_per_address_hour: i64,
    /// Wrong lookups from one network (/24, /64) per hour.
    pub lookup_failures_per_network_hour: i64,
    /// A payment is asked about at its gateway (QueryDR) at most once in this many seconds.
    pub query_interval_secs: i64,
    /// Receipt PDFs one client address may have drawn per minute.
    pub receipts_per_address_minute: i64,
    /// Payments one fee notice may start per hour.
    pub starts_per_notice_hour: i64,
    /// Payments one client address may start per hour.
    pub starts_per_address_hour: i64,
}

impl Default for PayLimits {
    fn default() -> Self {
        PayLimits {
            lookup_captcha_after: 5,
            lookup_close_after: 20,
            lookup_close_secs: 3600,
            lookup_failures_per_address_hour: 30,
            lookup_failures_per_network_hour: 100,
            query_interval_secs: 60,
            receipts_per_address_minute: 10,
            starts_per_notice_hour: 10,
            starts_per_address_hour: 30,
        }
    }
}

/// The pairs of a query string (decoded), unless a name comes twice.
pub fn pairs_once(raw: &str) -> Result<Vec<(String, String)>, Rejection> {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(raw.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
    let mut names: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    names.sort_unstable();
    if names.windows(2).any(|w| w[0] == w[1]) {
        return Err(Rejection::DuplicateKey);
    }
    Ok(pairs)
}

/// A JSON object whose names each come once (serde_json keeps the last copy silently).
struct ObjectOnce(serde_json::Map<String, serde_json::Value>);

impl<'de> serde::Deserialize<'de> for ObjectOnce {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = ObjectOnce;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object without repeated names")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ObjectOnce, A::Error> {
                let mut out = serde_json::Map::new();
                while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                    if out.insert(k, v).is_some() {
                        return Err(serde::de::Error::custom("a name given twice"));
                    }
                }
                Ok(ObjectOnce(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// The fields of a JSON object body, refused when a name comes twice (at the top level, where
/// the signed fields are) or when it is not an object.
pub fn json_once(raw: &str) -> Result<serde_json::Value, Rejection> {
    match serde_json::from_str::<ObjectOnce>(raw) {
        Ok(o) => Ok(serde_json::Value::Object(o.0)),
        Err(e) if e.to_string().contains("a name given twice") => Err(Rejection::DuplicateKey),
        Err(_) => Err(Rejection::Signature),
    }
}

/// POSTs `request` as JSON to a gateway's API and reads the answer's body as text; `what`
/// names the call in the error ("QueryDR", "MoMo create").
pub async fn post_json(
    http: &reqwest::Client,
    url: &str,
    request: &serde_json::Value,
    timeout_secs: u64,
    what: &str,
) -> Result<String, GatewayError> {
    let failed = |e: reqwest::Error| GatewayError(format!("{what}: {e}"));
    http.post(url)
        .timeout(std::time::Duration::from_secs(timeout_secs))
        .json(request)
        .send()
        .await
        .map_err(failed)?
        .text()
        .await
        .map_err(failed)
}

/// The gateways this portal offers, in the order the payment page lists them.
#[derive(Clone, Default)]
pub struct Gateways {
    list: Vec<Arc<dyn Gateway>>,
}

impl Gateways {
    pub fn new(list: Vec<Arc<dyn Gateway>>) -> Gateways {
        Gateways { list }
    }

    pub fn get(&self, id: GatewayId) -> Option<Arc<dyn Gateway>> {
        self.list.iter().find(|g| g.id() == id).cloned()
    }

    pub fn all(&self) -> &[Arc<dyn Gateway>] {
        &self.list
    }

    /// "Cổng thanh toán thử nghiệm": VNPay's protocol spoken by the portal's own pages under
    /// `{public_url}/thanh-toan/thu-nghiem`, signed with a secret derived from the portal's key.
    /// Only in development and test modes (the host refuses it in production).
    pub fn sandbox(public_url: &str, secret_key: &[u8]) -> vnpay::VnPay {
        vnpay::VnPay {
            id: GatewayId::Sandbox,
            tmn_code: SANDBOX_TMN.to_string(),
            hash_secret: sandbox_secret(secret_key),
            pay_url: format!("{public_url}{SANDBOX_PATH}"),
            api_url: format!("{public_url}{SANDBOX_PATH}/api"),
            http: reqwest::Client::new(),
        }
    }
}

/// The sandbox's merchant code.
pub const SANDBOX_TMN: &str = "CONGDVC1";
/// Where the sandbox's pages are.
pub const SANDBOX_PATH: &str = "/thanh-toan/thu-nghiem";

/// The sandbox's signing secret, derived from the portal's secret key.
pub fn sandbox_secret(secret_key: &[u8]) -> String {
    super::crypto::keyed_hash(secret_key, &["payment-sandbox"])
}

/// Vietnam time, in which VNPay writes its dates (GMT+7, no daylight saving).
const VN_OFFSET: UtcOffset = offset!(+7);

/// VNPay's "yyyyMMddHHmmss".
const VN_FORMAT: &[BorrowedFormatItem<'static>] =
    format_description!("[year][month][day][hour][minute][second]");

/// The first and last instants VNPay's format can write (years 0001 to 9999, Vietnam time).
const VN_FIRST: OffsetDateTime = datetime!(0001-01-01 00:00:00 +7);
const VN_LAST: OffsetDateTime = datetime!(9999-12-31 23:59:59 +7);

/// "yyyyMMddHHmmss" in Vietnam time (GMT+7), as VNPay dates are written. An instant outside
/// years 0001–9999 (never a real one) is written as the nearest one inside.
pub fn vn_timestamp(epoch: i64) -> String {
    let epoch = epoch.clamp(VN_FIRST.unix_timestamp(), VN_LAST.unix_timestamp());
    OffsetDateTime::from_unix_timestamp(epoch)
        .expect("clamped to the years 0001-9999")
        .to_offset(VN_OFFSET)
        .format(VN_FORMAT)
        .expect("a date in years 0001-9999 formats")
}

/// Epoch seconds of a "yyyyMMddHHmmss" Vietnam time; `None` unless it is 14 digits naming a
/// real date and time.
pub fn parse_vn_timestamp(s: &str) -> Option<i64> {
    // The format would take a sign before the year; VNPay writes digits only.
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let local = PrimitiveDateTime::parse(s, VN_FORMAT).ok()?;
    Some(local.assume_offset(VN_OFFSET).unix_timestamp())
}

/// Text without Vietnamese diacritics, for gateways that take ASCII only.
pub fn ascii(s: &str) -> String {
    domain::text::fold(s)
        .chars()
        .map(|c| if c.is_ascii() { c } else { ' ' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnam_timestamps_are_gmt_plus_seven_both_ways() {
        // 2024-05-21 02:18:06 UTC is 09:18:06 in Vietnam.
        let epoch = 1_716_257_886;
        assert_eq!(vn_timestamp(epoch), "20240521091806");
        assert_eq!(parse_vn_timestamp("20240521091806"), Some(epoch));
        assert_eq!(parse_vn_timestamp("20240521251806"), None);
        assert_eq!(parse_vn_timestamp("2024052109180"), None);
    }

    #[test]
    fn vietnam_timestamps_at_the_edges() {
        // The Unix epoch is 07:00 in Vietnam; 17:00 UTC is already the next day there.
        assert_eq!(vn_timestamp(0), "19700101070000");
        assert_eq!(vn_timestamp(-1), "19700101065959");
        assert_eq!(vn_timestamp(1_704_042_000), "20240101000000");
        assert_eq!(vn_timestamp(1_704_041_999), "20231231235959");
        // A leap day, and the year's last second.
        assert_eq!(parse_vn_timestamp("20240229120000"), Some(1_709_182_800));
        assert_eq!(parse_vn_timestamp("20231231235959"), Some(1_704_041_999));
        for epoch in [
            -1,
            0,
            1_709_182_800,
            1_716_257_886,
            4_102_444_800,
            VN_FIRST.unix_timestamp(),
            VN_LAST.unix_timestamp(),
        ] {
            assert_eq!(
                parse_vn_timestamp(&vn_timestamp(epoch)),
                Some(epoch),
                "{epoch}"
            );
        }
        // Instants no format can write are written as the nearest one it can.
        assert_eq!(vn_timestamp(i64::MAX), "99991231235959");
        assert_eq!(vn_timestamp(i64::MIN), "00010101000000");
    }

    #[test]
    fn impossible_vietnam_timestamps_are_refused() {
        for bad in [
            "",
            "20230229120000", // not a leap year
            "20240431120000", // April has 30 days
            "20241301120000", // month 13
            "20240001120000", // month 0
            "20240100120000", // day 0
            "20240101240000", // hour 24
            "20240101126000", // minute 60
            "20240101120060", // second 60
            "202401011200000",
            "2024010112000",
            "+2024010112000",
            "-2024010112000",
            "2024-01-01 12:00",
            "2024010112000a",
            "２０２４0101120000",
        ] {
            assert_eq!(parse_vn_timestamp(bad), None, "{bad:?}");
        }
    }
}
