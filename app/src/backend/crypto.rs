//! Small cryptographic helpers: random tokens and codes, keyed hashes for secrets at rest,
//! constant-time comparison, and argon2id password hashing off the async threads (through the
//! [`CpuGate`], so that only a few hashes run at once).

use super::cpu::CpuGate;
use crate::error::AppError;
use argon2::{
    Argon2,
    password_hash::{PasswordHasher as _, PasswordVerifier as _, phc::PasswordHash},
};
use hmac::{Hmac, KeyInit as _, Mac};
use sha2::{Digest as _, Sha256};
use std::sync::LazyLock;
use subtle::ConstantTimeEq as _;

/// A URL-safe random token with 256 bits of entropy (cookies, e-mail links).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    hex::encode(bytes)
}

/// `n` random decimal digits (one-time passwords).
pub fn random_digits(n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rand::random_range(0..10u8)))
        .collect()
}

/// SHA-256 in hex: how session tokens are stored (a token has full entropy, so no key is needed).
pub fn sha256_hex(input: &str) -> String {
    hex::encode(Sha256::digest(input.as_bytes()))
}

/// HMAC-SHA256 in hex over `parts` joined by a separator: how low-entropy secrets (6-digit
/// codes) are stored, so that a copy of the database alone does not reveal them.
pub fn keyed_hash(key: &[u8], parts: &[&str]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            mac.update(&[0x1f]);
        }
        mac.update(part.as_bytes());
    }
    hex::encode(mac.finalize().into_bytes())
}

/// Compares two strings in time that depends only on their lengths (codes typed by a person,
/// stored keyed hashes). A MAC received from outside is checked by its own `verify_slice`
/// instead (see [`mac_hex_verifies`]).
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// Whether `given` is the hex (either case) of the MAC that `mac` has computed; the
/// comparison is the MAC's own, in constant time.
pub fn mac_hex_verifies<M: Mac>(mac: M, given: &str) -> bool {
    hex::decode(given).is_ok_and(|tag| mac.verify_slice(&tag).is_ok())
}

/// A hash of a password nobody has, verified when the account does not exist so that unknown
/// and known accounts take the same time to refuse.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_password_blocking("dummy-password"));

/// argon2id with default parameters (19 MiB, 2 passes), on the calling thread: for commands,
/// not for request handlers (they use [`hash_password`]).
pub fn hash_password_blocking(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .expect("argon2 hashing with default parameters")
        .to_string()
}

fn verify_password_blocking(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// argon2id (default parameters: 19 MiB, 2 passes) on a blocking thread, once `cpu` lets it.
pub async fn hash_password(cpu: &CpuGate, password: String) -> Result<String, AppError> {
    cpu.run(move || hash_password_blocking(&password)).await
}

/// Verifies `password` against `hash`, or against a dummy hash when there is no account, so
/// that both cases cost the same. Returns false for the dummy.
pub async fn verify_password(
    cpu: &CpuGate,
    password: String,
    hash: Option<String>,
) -> Result<bool, AppError> {
    cpu.run(move || match hash {
        Some(hash) => verify_password_blocking(&password, &hash),
        None => {
            let _ = verify_password_blocking(&password, &DUMMY_HASH);
            false
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_codes_have_the_expected_shape() {
        let t = random_token();
        assert_eq!(t.len(), 64);
        assert_ne!(t, random_token());
        let d = random_digits(6);
        assert_eq!(d.len(), 6);
        assert!(d.chars().all(|c| c.is_ascii_digit()));
    }

    #[test]
    fn keyed_hash_depends_on_key_and_every_part() {
        let h = keyed_hash(b"k1", &["otp", "abc", "123456"]);
        assert_eq!(h, keyed_hash(b"k1", &["otp", "abc", "123456"]));
        assert_ne!(h, keyed_hash(b"k2", &["otp", "abc", "123456"]));
        assert_ne!(h, keyed_hash(b"k1", &["otp", "abc", "123457"]));
        assert_ne!(h, keyed_hash(b"k1", &["otpabc", "123456"]));
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "abcd"));
        assert!(!constant_time_eq("", "a"));
        assert!(constant_time_eq("", ""));
    }

    #[test]
    fn a_mac_verifies_from_its_hex_in_either_case_and_nothing_else_does() {
        // RFC 4231, test case 2.
        let tag = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        let verifies = |given: &str| {
            let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
            mac.update(b"what do ya want for nothing?");
            mac_hex_verifies(mac, given)
        };
        assert!(verifies(tag));
        assert!(verifies(&tag.to_ascii_uppercase()));
        assert!(!verifies(&tag[..62]), "a truncated tag");
        assert!(!verifies(&format!("{}4", &tag[..63])), "one digit changed");
        assert!(!verifies("not hex"));
        assert!(!verifies(""));
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_hash() {
        let cpu = CpuGate::new(1);
        let hash = hash_password(&cpu, "Mat-khau-1".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(
            verify_password(&cpu, "Mat-khau-1".into(), Some(hash.clone()))
                .await
                .unwrap()
        );
        assert!(
            !verify_password(&cpu, "mat-khau-1".into(), Some(hash))
                .await
                .unwrap()
        );
        assert!(
            !verify_password(&cpu, "Mat-khau-1".into(), None)
                .await
                .unwrap()
        );
    }
}
