//! Captchas. A challenge has two secrets that never leave the server except as media: five
//! characters drawn in a distorted image (`/captcha/{id}.png`) and, for people who cannot see
//! it, six digits spoken in Vietnamese over noise (`/captcha/{id}.wav`). Either answer passes.
//! Nothing the browser receives besides those media (the page, `/api/captcha/new`) lets a
//! program compute the answer.
//!
//! Each challenge is stored, expires after ten minutes and is deleted when it is checked, so it
//! can be answered only once. Its image and its audio are made once, on first request, under
//! the media [`CpuGate`](super::cpu::CpuGate) (`Services::media`), stored with it, and served
//! as stored afterwards: a script reloading the picture gets the same bytes and costs no drawing.

use super::{Db, Services, crypto, internal, now_epoch};
use crate::error::AppError;

/// Characters drawn in the image: lower-case letters and digits that are hard to confuse.
const ALPHABET: &[u8] = b"abcdefhkmnprstuvwxyz2345678";
const LENGTH: usize = 5;
/// Digits spoken in the audio.
const AUDIO_LENGTH: usize = 6;
const TTL_SECS: i64 = 600;

/// A challenge as the page knows it: only its id (the media are fetched by id).
#[derive(Debug, Clone)]
pub struct Challenge {
    pub id: String,
}

/// Creates and stores a new challenge (its media are made when first asked for).
pub async fn create(db: &Db) -> Result<Challenge, AppError> {
    let id = crypto::random_token()[..32].to_string();
    let code: String = (0..LENGTH)
        .map(|_| char::from(ALPHABET[rand::random_range(0..ALPHABET.len())]))
        .collect();
    let audio_code = crypto::random_digits(AUDIO_LENGTH);
    sqlx::query("INSERT INTO captchas (id, code, audio_code, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(&code)
        .bind(&audio_code)
        .bind(now_epoch() + TTL_SECS)
        .execute(&db.pool)
        .await?;
    Ok(Challenge { id })
}

/// Which medium of a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Image,
    Audio,
}

/// The image (PNG) or the audio (WAV) of a live challenge, made on first request and stored;
/// `None` when the challenge is unknown or expired.
pub async fn media(svc: &Services, id: &str, medium: Medium) -> Result<Option<Vec<u8>>, AppError> {
    let (secret, column) = match medium {
        Medium::Image => ("code", "image"),
        Medium::Audio => ("audio_code", "audio"),
    };
    let select =
        format!("SELECT {secret}, {column} FROM captchas WHERE id = $1 AND expires_at > $2");
    let row: Option<(String, Option<Vec<u8>>)> =
        sqlx::query_as(sqlx::AssertSqlSafe(select.clone()))
            .bind(id)
            .bind(now_epoch())
            .fetch_optional(&svc.db.pool)
            .await?;
    let Some((code, stored)) = row else {
        return Ok(None);
    };
    if let Some(bytes) = stored {
        return Ok(Some(bytes));
    }
    let made = svc
        .media
        .run(move || match medium {
            Medium::Image => draw(&code),
            Medium::Audio => Some(audio::speak(&code)),
        })
        .await?
        .ok_or_else(|| internal("captcha could not be drawn"))?;
    // Two first requests at once both make one; the first stored wins and both serve it.
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE captchas SET {column} = $1 WHERE id = $2 AND {column} IS NULL"
    )))
    .bind(made)
    .bind(id)
    .execute(&svc.db.pool)
    .await?;
    let row: Option<(String, Option<Vec<u8>>)> = sqlx::query_as(sqlx::AssertSqlSafe(select))
        .bind(id)
        .bind(now_epoch())
        .fetch_optional(&svc.db.pool)
        .await?;
    Ok(row.and_then(|(_, bytes)| bytes))
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
    c.as_png().and_then(|png| doubled(&png))
}

/// The image at twice its size, each pixel made a 2×2 block: the page shows it at 200×70 CSS
/// pixels, which phones draw with two device pixels or more each, so a 1× image is blurred
/// (Lighthouse: "Serves images with appropriate resolution"). The crate's glyphs come in one
/// size, so the drawing is scaled rather than drawn larger.
fn doubled(png: &[u8]) -> Option<Vec<u8>> {
    let img = lodepng::decode24(png).ok()?;
    let (w, h) = (img.width, img.height);
    let mut out = Vec::with_capacity(w * h * 4);
    for row in img.buffer.chunks(w) {
        let wide: Vec<_> = row.iter().flat_map(|p| [*p, *p]).collect();
        out.extend_from_slice(&wide);
        out.extend_from_slice(&wide);
    }
    lodepng::encode24(&out, w * 2, h * 2).ok()
}

/// Checks an answer and uses the challenge up, whatever the outcome. The image's characters
/// (any letter case, spaces ignored) or the spoken digits pass; in test mode also the
/// configured answer.
pub async fn check(svc: &Services, id: &str, answer: &str) -> Result<bool, AppError> {
    let row: Option<(String, String, i64)> =
        sqlx::query_as("DELETE FROM captchas WHERE id = $1 RETURNING code, audio_code, expires_at")
            .bind(id)
            .fetch_optional(&svc.db.pool)
            .await?;
    let Some((code, audio_code, expires_at)) = row else {
        return Ok(false);
    };
    if expires_at <= now_epoch() {
        return Ok(false);
    }
    // Letter case, spaces and the separators people type between digits do not matter.
    let normal = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | ','))
            .collect::<String>()
            .to_lowercase()
    };
    let given = normal(answer);
    if given.is_empty() {
        return Ok(false);
    }
    let test_pass = svc
        .config
        .test_captcha_answer
        .as_deref()
        .is_some_and(|t| crypto::constant_time_eq(&given, &normal(t)));
    Ok(test_pass
        || crypto::constant_time_eq(&given, &code)
        || crypto::constant_time_eq(&given, &audio_code))
}

/// Deletes expired challenges (maintenance task).
pub async fn purge_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM captchas WHERE expires_at <= $1")
        .bind(now_epoch())
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}

/// The audio challenge: digits read by Debian's espeak-ng Vietnamese voice (clips made once by
/// `scripts/captcha-audio.sh` and built in), each at its own loudness after its own pause, over
/// noise and the murmur of other digits played backwards, so that the recording differs every
/// time and a program cannot match the clips sample by sample.
pub mod audio {
    /// Sample rate of the clips and of the result.
    pub const RATE: u32 = 8_000;

    pub(super) const CLIPS: [&[u8]; 10] = [
        include_bytes!("../../data/captcha-audio/0.wav"),
        include_bytes!("../../data/captcha-audio/1.wav"),
        include_bytes!("../../data/captcha-audio/2.wav"),
        include_bytes!("../../data/captcha-audio/3.wav"),
        include_bytes!("../../data/captcha-audio/4.wav"),
        include_bytes!("../../data/captcha-audio/5.wav"),
        include_bytes!("../../data/captcha-audio/6.wav"),
        include_bytes!("../../data/captcha-audio/7.wav"),
        include_bytes!("../../data/captcha-audio/8.wav"),
        include_bytes!("../../data/captcha-audio/9.wav"),
    ];

    /// The 16-bit samples of a PCM WAV file (its `data` chunk).
    pub fn samples(wav: &[u8]) -> Vec<i16> {
        let mut at = 12;
        while at + 8 <= wav.len() {
            let id = &wav[at..at + 4];
            let len =
                u32::from_le_bytes([wav[at + 4], wav[at + 5], wav[at + 6], wav[at + 7]]) as usize;
            let body = at + 8;
            if id == b"data" {
                let end = (body + len).min(wav.len());
                return wav[body..end]
                    .chunks_exact(2)
                    .map(|b| i16::from_le_bytes([b[0], b[1]]))
                    .collect();
            }
            at = body + len + (len & 1);
        }
        Vec::new()
    }

    fn seconds(s: f32) -> usize {
        (s * RATE as f32) as usize
    }

    fn uniform(lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * rand::random::<f32>()
    }

    /// Mixes `clip` into `out` from `at`, scaled by `gain`.
    fn mix(out: &mut [f32], at: usize, clip: &[i16], gain: f32) {
        for (o, s) in out.iter_mut().skip(at).zip(clip) {
            *o += f32::from(*s) * gain;
        }
    }

    /// The digits of `code` spoken over noise, as a WAV file (8 kHz, 16-bit, mono).
    pub fn speak(code: &str) -> Vec<u8> {
        let clips: Vec<Vec<i16>> = CLIPS.iter().map(|c| samples(c)).collect();
        let digits: Vec<usize> = code
            .chars()
            .filter_map(|c| c.to_digit(10).map(|d| d as usize))
            .collect();
        // Where each digit starts: a lead-in, then each after its own pause.
        let mut starts = Vec::with_capacity(digits.len());
        let mut at = seconds(uniform(0.6, 0.9));
        for &d in &digits {
            starts.push(at);
            at += clips[d].len() + seconds(uniform(0.45, 0.85));
        }
        let total = at + seconds(0.4);
        let mut out = vec![0f32; total];
        // Murmur: other digits backwards, quietly, anywhere.
        for _ in 0..digits.len() {
            let clip: Vec<i16> = clips[rand::random_range(0..10)]
                .iter()
                .rev()
                .copied()
                .collect();
            let at = rand::random_range(0..total.saturating_sub(clip.len()).max(1));
            mix(&mut out, at, &clip, uniform(0.10, 0.18));
        }
        for (&d, &at) in digits.iter().zip(&starts) {
            mix(&mut out, at, &clips[d], uniform(0.75, 1.0));
        }
        // Noise: white noise through a gentle low-pass, about -24 dBFS.
        let mut smooth = 0f32;
        for o in out.iter_mut() {
            let white = uniform(-1.0, 1.0) * 32767.0;
            smooth += 0.35 * (white - smooth);
            *o += smooth * 0.09;
        }
        let pcm: Vec<i16> = out
            .iter()
            .map(|s| s.round().clamp(-32768.0, 32767.0) as i16)
            .collect();
        wav(&pcm)
    }

    /// A canonical 44-byte-header PCM WAV file.
    pub fn wav(pcm: &[i16]) -> Vec<u8> {
        let data_len = (pcm.len() * 2) as u32;
        let mut w = Vec::with_capacity(44 + pcm.len() * 2);
        w.extend_from_slice(b"RIFF");
        w.extend_from_slice(&(36 + data_len).to_le_bytes());
        w.extend_from_slice(b"WAVEfmt ");
        w.extend_from_slice(&16u32.to_le_bytes());
        w.extend_from_slice(&1u16.to_le_bytes()); // PCM
        w.extend_from_slice(&1u16.to_le_bytes()); // mono
        w.extend_from_slice(&RATE.to_le_bytes());
        w.extend_from_slice(&(RATE * 2).to_le_bytes());
        w.extend_from_slice(&2u16.to_le_bytes());
        w.extend_from_slice(&16u16.to_le_bytes());
        w.extend_from_slice(b"data");
        w.extend_from_slice(&data_len.to_le_bytes());
        for s in pcm {
            w.extend_from_slice(&s.to_le_bytes());
        }
        w
    }
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

    #[test]
    fn the_image_is_drawn_at_twice_the_size_it_is_shown() {
        let img = lodepng::decode24(draw("ab3k7").expect("drawn")).expect("a PNG");
        assert_eq!((img.width, img.height), (400, 140));
        // Each source pixel is a 2×2 block.
        let at = |x: usize, y: usize| img.buffer[y * img.width + x];
        for (x, y) in [(0, 0), (40, 20), (398, 138)] {
            assert_eq!(at(x, y), at(x + 1, y));
            assert_eq!(at(x, y), at(x, y + 1));
            assert_eq!(at(x, y), at(x + 1, y + 1));
        }
    }

    #[test]
    fn every_digit_has_a_clip_and_the_audio_holds_them_all() {
        for clip in audio::CLIPS {
            let s = audio::samples(clip);
            // A spoken syllable: a fifth of a second or more, and not silence.
            assert!(
                s.len() as u32 > audio::RATE / 5,
                "clip of {} samples",
                s.len()
            );
            assert!(s.iter().any(|x| x.unsigned_abs() > 8_000));
        }
        let wav = audio::speak("012345");
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        let pcm = audio::samples(&wav);
        let clips: usize = (0..6).map(|d| audio::samples(audio::CLIPS[d]).len()).sum();
        // Every digit, a pause after each and a lead-in: longer than the clips end to end.
        assert!(pcm.len() > clips + 6 * audio::RATE as usize * 45 / 100);
        // Made anew each time: the same digits never give the same recording.
        assert_ne!(wav, audio::speak("012345"));
    }
}
