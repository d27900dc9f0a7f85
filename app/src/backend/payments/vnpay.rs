//! VNPay 2.1.0 signatures (see ../shared/DOMAIN.md and VNPay's integration guide): every `vnp_*`
//! parameter except `vnp_SecureHash` / `vnp_SecureHashType`, empty ones dropped, sorted by name,
//! names and values form-URL-encoded (space as `+`), joined `k=v&…`, HMAC-SHA512 with the
//! merchant's hash secret, lowercase hex. The same string signs the payment URL and verifies the
//! return URL and the IPN, rebuilt from the parameters exactly as received.

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

/// The signature of `params` with the merchant's hash secret (lowercase hex).
pub fn sign<'a>(secret: &str, params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut mac =
        Hmac::<Sha512>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(signed_data(params).as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Whether `params` (a return URL's or an IPN's query, decoded) carry a valid `vnp_SecureHash`.
/// The comparison takes the same time wherever the strings differ.
pub fn verify<'a>(secret: &str, params: &[(&'a str, &'a str)]) -> bool {
    let Some(given) = params
        .iter()
        .find(|(k, _)| *k == SECURE_HASH)
        .map(|(_, v)| *v)
    else {
        return false;
    };
    let expected = sign(secret, params.iter().copied());
    super::super::crypto::constant_time_eq(&expected, &given.to_ascii_lowercase())
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
}
