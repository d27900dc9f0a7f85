//! Captchas: a server-drawn image of 5 characters, with a text alternative (a small sum written
//! in words) for people who cannot see the image. Each challenge is stored, expires after ten
//! minutes and is deleted when it is checked, so it can be answered only once.

use super::{Db, Services, crypto, internal, now_epoch};
use crate::error::AppError;

/// Characters drawn in the image: lower-case letters and digits that are hard to confuse.
const ALPHABET: &[u8] = b"abcdefhkmnprstuvwxyz2345678";
const LENGTH: usize = 5;
const TTL_SECS: i64 = 600;

/// A challenge as the page shows it: the image is `/captcha/{id}.png`; `sum` is the text
/// alternative's two terms (the page writes them in words in its language).
#[derive(Debug, Clone)]
pub struct Challenge {
    pub id: String,
    pub sum: (u8, u8),
}

/// Creates and stores a new challenge.
pub async fn create(db: &Db) -> Result<Challenge, AppError> {
    let id = crypto::random_token()[..32].to_string();
    let code: String = (0..LENGTH)
        .map(|_| char::from(ALPHABET[rand::random_range(0..ALPHABET.len())]))
        .collect();
    let a = rand::random_range(1..10u8);
    let b = rand::random_range(1..10u8);
    sqlx::query(
        "INSERT INTO captchas (id, code, alt_question, alt_answer, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(&code)
    .bind(format!("{a}+{b}"))
    .bind((a + b).to_string())
    .bind(now_epoch() + TTL_SECS)
    .execute(&db.pool)
    .await
    .map_err(internal)?;
    Ok(Challenge { id, sum: (a, b) })
}

/// The challenge's text alternative (for pages rendered again after an error).
pub async fn sum_of(db: &Db, id: &str) -> Result<Option<(u8, u8)>, AppError> {
    let q: Option<String> =
        sqlx::query_scalar("SELECT alt_question FROM captchas WHERE id = $1 AND expires_at > $2")
            .bind(id)
            .bind(now_epoch())
            .fetch_optional(&db.pool)
            .await
            .map_err(internal)?;
    Ok(q.and_then(|q| {
        let (a, b) = q.split_once('+')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }))
}

/// The PNG image of a live challenge, or `None` when it is unknown or expired.
pub async fn png(db: &Db, id: &str) -> Result<Option<Vec<u8>>, sqlx::Error> {
    let code: Option<String> =
        sqlx::query_scalar("SELECT code FROM captchas WHERE id = $1 AND expires_at > $2")
            .bind(id)
            .bind(now_epoch())
            .fetch_optional(&db.pool)
            .await?;
    let Some(code) = code else { return Ok(None) };
    Ok(tokio::task::spawn_blocking(move || draw(&code))
        .await
        .ok()
        .flatten())
}

/// Draws `code` with noise and a wave distortion (the `captcha` crate's glyphs and filters).
pub fn draw(code: &str) -> Option<Vec<u8>> {
    use captcha::{
        Captcha,
        filters::{Dots, Noise, Wave},
    };
    let mut c = Captcha::new();
    for ch in code.chars() {
        c.set_chars(&[ch]).add_char();
    }
    if c.chars_as_string() != code {
        return None;
    }
    c.apply_filter(Noise::new(0.2))
        .apply_filter(Wave::new(2.0, 12.0).horizontal())
        .apply_filter(Wave::new(2.0, 8.0).vertical())
        .view(200, 70)
        .apply_filter(Dots::new(6));
    c.as_png()
}

/// Checks an answer and uses the challenge up, whatever the outcome. Either the image's code
/// (any letter case, spaces ignored) or the sum passes; in test mode also the configured answer.
pub async fn check(svc: &Services, id: &str, answer: &str) -> Result<bool, AppError> {
    let row: Option<(String, String, i64)> =
        sqlx::query_as("DELETE FROM captchas WHERE id = $1 RETURNING code, alt_answer, expires_at")
            .bind(id)
            .fetch_optional(&svc.db.pool)
            .await
            .map_err(internal)?;
    let Some((code, alt_answer, expires_at)) = row else {
        return Ok(false);
    };
    if expires_at <= now_epoch() {
        return Ok(false);
    }
    let given: String = answer
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if given.is_empty() {
        return Ok(false);
    }
    let test_pass = svc
        .config
        .test_captcha_answer
        .as_deref()
        .is_some_and(|t| crypto::constant_time_eq(&given, &t.to_lowercase()));
    Ok(test_pass
        || crypto::constant_time_eq(&given, &code)
        || crypto::constant_time_eq(&given, &alt_answer))
}

/// Deletes expired challenges (maintenance task).
pub async fn purge_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM captchas WHERE expires_at <= $1")
        .bind(now_epoch())
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_alphabet_character_can_be_drawn() {
        for &b in ALPHABET {
            let s = char::from(b).to_string().repeat(LENGTH);
            let png = draw(&s).unwrap_or_else(|| panic!("cannot draw {s}"));
            assert_eq!(&png[1..4], b"PNG");
        }
    }
}
