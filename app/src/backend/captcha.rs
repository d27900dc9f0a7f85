//! Captchas. A challenge has two secrets that never leave the server except as media: five
//! characters drawn in a distorted image (`/captcha/{id}.png`, [`picture`]) and, for people who
//! cannot see it, six digits spoken in Vietnamese over murmur and noise (`/captcha/{id}.wav`,
//! [`audio`]). Either answer passes. Nothing the browser receives besides those media (the
//! page, `/api/captcha/new`) lets a program compute the answer.
//!
//! Each challenge is stored, expires after ten minutes and is deleted when it is checked, so it
//! can be answered only once, whichever answer is given. Its image and its audio are made once,
//! on first request, under the media [`CpuGate`](super::cpu::CpuGate) (`Services::media`),
//! stored with it, and served as stored afterwards: a script reloading the picture gets the
//! same bytes and costs no drawing. New challenges and media requests are counted per client
//! address and per network ([`CaptchaLimits`]).

use super::{Db, Services, budget, crypto, internal, now_epoch, throttle};
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

/// How many new challenges and how many media requests (`/captcha/{id}.png|.wav`) one client
/// address, and one network (/24 for IPv4, /64 for IPv6: [`budget::network_of`]), may make per
/// hour. A person makes a few of each per form; an office or a mobile network behind one
/// address makes more, hence the higher network limits.
#[derive(Debug, Clone, Copy)]
pub struct CaptchaLimits {
    pub new_per_address: i64,
    pub new_per_network: i64,
    pub media_per_address: i64,
    pub media_per_network: i64,
}

impl Default for CaptchaLimits {
    fn default() -> Self {
        CaptchaLimits {
            new_per_address: 60,
            new_per_network: 600,
            media_per_address: 180,
            media_per_network: 1_800,
        }
    }
}

/// The limits' window: an hour.
const LIMIT_WINDOW_SECS: i64 = 3600;

/// Refused: this address or network has asked for too many; wait this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    pub wait_secs: i64,
}

impl Limited {
    /// The wait in whole minutes, at least one.
    pub fn minutes(self) -> i64 {
        ((self.wait_secs + 59) / 60).max(1)
    }
}

/// Counts one use of `what` by client address `ip` and by its network; refused when either is
/// over its limit (a request refused by the address does not count for the network).
async fn count(
    svc: &Services,
    what: &str,
    ip: &str,
    (per_address, per_network): (i64, i64),
) -> Result<Result<(), Limited>, AppError> {
    let limited = Limited {
        wait_secs: throttle::retry_after(LIMIT_WINDOW_SECS),
    };
    let n = throttle::hit(
        &svc.db,
        &format!("captcha:{what}:ip:{ip}"),
        LIMIT_WINDOW_SECS,
    )
    .await?;
    if n > per_address {
        return Ok(Err(limited));
    }
    let network = budget::network_of(ip);
    let n = throttle::hit(
        &svc.db,
        &format!("captcha:{what}:net:{network}"),
        LIMIT_WINDOW_SECS,
    )
    .await?;
    if n > per_network {
        return Ok(Err(limited));
    }
    Ok(Ok(()))
}

/// Creates and stores a new challenge for client address `ip` (its media are made when first
/// asked for), unless the address or its network has asked for too many this hour.
pub async fn create(svc: &Services, ip: &str) -> Result<Result<Challenge, Limited>, AppError> {
    let limits = svc.config.captcha_limits;
    if let Err(limited) = count(
        svc,
        "new",
        ip,
        (limits.new_per_address, limits.new_per_network),
    )
    .await?
    {
        return Ok(Err(limited));
    }
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
        .execute(&svc.db.pool)
        .await?;
    Ok(Ok(Challenge { id }))
}

/// Which medium of a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Image,
    Audio,
}

/// The image (PNG) or the audio (WAV) of a live challenge for client address `ip`, made on
/// first request and stored; `None` when the challenge is unknown or expired; refused when the
/// address or its network has asked for too many media this hour (every request counts, served
/// as stored or drawn).
pub async fn media(
    svc: &Services,
    ip: &str,
    id: &str,
    medium: Medium,
) -> Result<Result<Option<Vec<u8>>, Limited>, AppError> {
    let limits = svc.config.captcha_limits;
    if let Err(limited) = count(
        svc,
        "media",
        ip,
        (limits.media_per_address, limits.media_per_network),
    )
    .await?
    {
        return Ok(Err(limited));
    }
    stored_or_drawn(svc, id, medium).await.map(Ok)
}

/// The medium as stored, or drawn under the media gate and stored.
async fn stored_or_drawn(
    svc: &Services,
    id: &str,
    medium: Medium,
) -> Result<Option<Vec<u8>>, AppError> {
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

/// Draws `code`: see [`picture`].
pub fn draw(code: &str) -> Option<Vec<u8>> {
    picture::draw(code)
}

/// The image challenge, drawn here rather than by a captcha library so that it is not the
/// picture every generic captcha reader was trained on: the five characters in DejaVu Serif,
/// regular or bold at random, each of its own size, width, slant and tilt, four in ten drawn
/// hollow (an outline), overlapping their neighbours and off a common baseline; ink lines a
/// little thinner than the strokes running through them and thin gaps cut across them (people
/// close a gap in a letter without noticing, programs read it as two shapes); the whole bent by
/// two waves, over a grainy background with specks. It is drawn at 400×140 device pixels and
/// shown at 200×70 CSS pixels: the outlines are filled with anti-aliasing, so phones get a
/// sharp image.
pub mod picture {
    use skrifa::{
        FontRef, MetadataProvider,
        instance::{LocationRef, Size},
        outline::{DrawSettings, OutlinePen},
    };

    pub const WIDTH: usize = 400;
    pub const HEIGHT: usize = 140;

    /// The faces: the payments receipt's fonts (app/assets/fonts).
    static FACES: [&[u8]; 2] = [
        include_bytes!("../../assets/fonts/DejaVuSerif.ttf"),
        include_bytes!("../../assets/fonts/DejaVuSerif-Bold.ttf"),
    ];

    type Pt = (f32, f32);

    fn uniform(lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * rand::random::<f32>()
    }

    /// Where a point of the drawing lands in the image: two waves across the whole picture.
    #[derive(Clone, Copy)]
    struct Warp {
        amp: (f32, f32),
        period: (f32, f32),
        phase: (f32, f32),
    }

    impl Warp {
        fn random() -> Warp {
            Warp {
                amp: (uniform(3.0, 5.0), uniform(3.0, 5.0)),
                period: (uniform(24.0, 40.0), uniform(45.0, 75.0)),
                phase: (uniform(0.0, 6.3), uniform(0.0, 6.3)),
            }
        }

        fn apply(&self, (x, y): Pt) -> Pt {
            (
                x + self.amp.0 * (y / self.period.0 + self.phase.0).sin(),
                y + self.amp.1 * (x / self.period.1 + self.phase.1).sin(),
            )
        }
    }

    /// Collects a glyph's outline as polygons in image pixels: font units are already scaled to
    /// pixels by skrifa; `place` turns the glyph (y up) into the image (y down), then the warp.
    struct Pen<F: Fn(Pt) -> Pt> {
        place: F,
        polys: Vec<Vec<Pt>>,
        last: Pt,
    }

    impl<F: Fn(Pt) -> Pt> Pen<F> {
        fn push(&mut self, p: Pt) {
            self.last = p;
            let at = (self.place)(p);
            if let Some(poly) = self.polys.last_mut() {
                poly.push(at);
            }
        }
    }

    impl<F: Fn(Pt) -> Pt> OutlinePen for Pen<F> {
        fn move_to(&mut self, x: f32, y: f32) {
            self.polys.push(Vec::new());
            self.push((x, y));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.push((x, y));
        }
        fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
            let (x0, y0) = self.last;
            for i in 1..=8 {
                let t = i as f32 / 8.0;
                let u = 1.0 - t;
                self.push((
                    u * u * x0 + 2.0 * u * t * cx + t * t * x,
                    u * u * y0 + 2.0 * u * t * cy + t * t * y,
                ));
            }
        }
        fn curve_to(&mut self, c0x: f32, c0y: f32, c1x: f32, c1y: f32, x: f32, y: f32) {
            let (x0, y0) = self.last;
            for i in 1..=12 {
                let t = i as f32 / 12.0;
                let u = 1.0 - t;
                let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
                self.push((
                    a * x0 + b * c0x + c * c1x + d * x,
                    a * y0 + b * c0y + c * c1y + d * y,
                ));
            }
        }
        fn close(&mut self) {}
    }

    /// Coverage (0 to 1) of the shape made of `polys` (non-zero winding), with four sub-rows
    /// per pixel row and exact horizontal coverage, combined into `mask` by maximum.
    fn fill(polys: &[Vec<Pt>], mask: &mut [f32]) {
        const SUB: usize = 4;
        let mut row = vec![0f32; WIDTH];
        let mut crossings: Vec<(f32, i32)> = Vec::new();
        let (lo, hi) = polys
            .iter()
            .flatten()
            .fold((f32::MAX, f32::MIN), |(lo, hi), p| {
                (lo.min(p.1), hi.max(p.1))
            });
        if lo > hi {
            return;
        }
        let first = (lo.floor().max(0.0)) as usize;
        let last = (hi.ceil().min(HEIGHT as f32)) as usize;
        for y in first..last {
            row.iter_mut().for_each(|c| *c = 0.0);
            for s in 0..SUB {
                let sy = y as f32 + (s as f32 + 0.5) / SUB as f32;
                crossings.clear();
                for poly in polys {
                    for (i, a) in poly.iter().enumerate() {
                        let b = poly[(i + 1) % poly.len()];
                        if (a.1 <= sy) != (b.1 <= sy) {
                            let x = a.0 + (sy - a.1) / (b.1 - a.1) * (b.0 - a.0);
                            crossings.push((x, if b.1 > a.1 { 1 } else { -1 }));
                        }
                    }
                }
                crossings.sort_by(|a, b| a.0.total_cmp(&b.0));
                let mut winding = 0;
                for w in crossings.windows(2) {
                    winding += w[0].1;
                    if winding != 0 {
                        span(&mut row, w[0].0, w[1].0, 1.0 / SUB as f32);
                    }
                }
            }
            for (m, c) in mask[y * WIDTH..(y + 1) * WIDTH].iter_mut().zip(&row) {
                *m = m.max(c.min(1.0));
            }
        }
    }

    /// Adds `weight` times the covered part of each pixel between `x0` and `x1`.
    fn span(row: &mut [f32], x0: f32, x1: f32, weight: f32) {
        let (x0, x1) = (x0.max(0.0), x1.min(WIDTH as f32));
        if x1 <= x0 {
            return;
        }
        let (a, b) = (x0 as usize, (x1.ceil() as usize).min(WIDTH));
        for (px, c) in row.iter_mut().enumerate().take(b).skip(a) {
            let l = x0.max(px as f32);
            let r = x1.min(px as f32 + 1.0);
            *c += (r - l).max(0.0) * weight;
        }
    }

    /// A wavy line across the picture, `width` pixels thick, rising or falling by up to
    /// `slope`.
    fn line(warp: &Warp, y: f32, width: f32, slope: f32) -> Vec<Vec<Pt>> {
        let (amp, freq, phase, slope) = (
            uniform(6.0, 20.0),
            uniform(0.015, 0.04),
            uniform(0.0, 6.3),
            uniform(-slope, slope),
        );
        let points: Vec<Pt> = (0..=WIDTH / 6 + 1)
            .map(|i| {
                let x = i as f32 * 6.0 - 3.0;
                warp.apply((
                    x,
                    y + amp * (freq * x + phase).sin() + slope * (x - WIDTH as f32 / 2.0),
                ))
            })
            .collect();
        thick(&points, width, false)
    }

    /// The path through `points` (closed back to the first when `closed`), `width` pixels
    /// thick, as one polygon per piece.
    fn thick(points: &[Pt], width: f32, closed: bool) -> Vec<Vec<Pt>> {
        let half = width / 2.0;
        let first = closed.then(|| points.first().copied()).flatten();
        points
            .iter()
            .copied()
            .chain(first)
            .collect::<Vec<Pt>>()
            .windows(2)
            .map(|w| {
                let (dx, dy) = (w[1].0 - w[0].0, w[1].1 - w[0].1);
                let len = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
                let (ux, uy) = (dx / len, dy / len);
                // Each piece a little longer at both ends so that the bends have no notches.
                let (a, b) = (
                    (w[0].0 - ux * half, w[0].1 - uy * half),
                    (w[1].0 + ux * half, w[1].1 + uy * half),
                );
                let (nx, ny) = (-uy * half, ux * half);
                vec![
                    (a.0 + nx, a.1 + ny),
                    (b.0 + nx, b.1 + ny),
                    (b.0 - nx, b.1 - ny),
                    (a.0 - nx, a.1 - ny),
                ]
            })
            .collect()
    }

    /// One character's outline: `face`, `size` pixels to the em, placed with its origin at
    /// (`x`, `baseline`), `stretch` wide, slanted by `shear`, tilted by `tilt` radians about
    /// its middle.
    struct Glyph {
        ch: char,
        face: usize,
        size: f32,
        stretch: f32,
        shear: f32,
        tilt: f32,
        advance: f32,
        /// Drawn as an outline three pixels wide rather than filled.
        hollow: bool,
    }

    fn outline(g: &Glyph, x: f32, baseline: f32, warp: &Warp) -> Option<Vec<Vec<Pt>>> {
        let font = FontRef::new(FACES[g.face]).ok()?;
        let gid = font.charmap().map(g.ch)?;
        let glyph = font.outline_glyphs().get(gid)?;
        let (sin, cos) = g.tilt.sin_cos();
        let (mid_x, mid_y) = (g.advance / 2.0, g.size * 0.3);
        let mut pen = Pen {
            place: |(px, py): Pt| {
                // In the glyph's own frame (y up): widen and slant, then tilt about its middle.
                let (gx, gy) = (px * g.stretch + py * g.shear - mid_x, py - mid_y);
                let (rx, ry) = (gx * cos - gy * sin, gx * sin + gy * cos);
                warp.apply((x + mid_x + rx, baseline - (mid_y + ry)))
            },
            polys: Vec::new(),
            last: (0.0, 0.0),
        };
        glyph
            .draw(
                DrawSettings::unhinted(Size::new(g.size), LocationRef::default()),
                &mut pen,
            )
            .ok()?;
        let polys = pen.polys.into_iter().filter(|p| p.len() > 2);
        Some(if g.hollow {
            polys.flat_map(|p| thick(&p, 3.0, true)).collect()
        } else {
            polys.collect()
        })
    }

    /// The picture of `code` as a PNG, or `None` if a character has no glyph.
    pub fn draw(code: &str) -> Option<Vec<u8>> {
        let warp = Warp::random();
        let mut glyphs = Vec::new();
        for ch in code.chars() {
            let face = rand::random_range(0..FACES.len());
            let size = uniform(82.0, 100.0);
            let font = FontRef::new(FACES[face]).ok()?;
            let gid = font.charmap().map(ch)?;
            let stretch = uniform(0.85, 1.2);
            let advance = font
                .glyph_metrics(Size::new(size), LocationRef::default())
                .advance_width(gid)?
                * stretch;
            glyphs.push(Glyph {
                ch,
                face,
                size,
                stretch,
                shear: uniform(-0.25, 0.25),
                tilt: uniform(-0.31, 0.31),
                advance,
                hollow: rand::random::<f32>() < 0.4,
            });
        }
        // Each character starts before the last one ends: they overlap by a fifth or so.
        let steps: Vec<f32> = glyphs
            .iter()
            .map(|g| g.advance * uniform(0.68, 0.8))
            .collect();
        let width: f32 = steps[..steps.len().saturating_sub(1)].iter().sum::<f32>()
            + glyphs.last().map_or(0.0, |g| g.advance);
        let mut x = (WIDTH as f32 - width) / 2.0 + uniform(-15.0, 15.0);
        let mut ink = vec![0f32; WIDTH * HEIGHT];
        for (g, step) in glyphs.iter().zip(&steps) {
            let baseline = HEIGHT as f32 / 2.0 + g.size * 0.3 + uniform(-10.0, 10.0);
            fill(&outline(g, x, baseline, &warp)?, &mut ink);
            x += step;
        }
        // Lines through the characters, a little thinner than their strokes.
        for _ in 0..3 {
            let y = uniform(55.0, 90.0);
            fill(&line(&warp, y, uniform(3.0, 5.0), 0.12), &mut ink);
        }
        // Gaps cut across them.
        let mut cut = vec![0f32; WIDTH * HEIGHT];
        for _ in 0..4 {
            let y = uniform(50.0, 95.0);
            fill(&line(&warp, y, 3.0, 0.25), &mut cut);
        }
        // Specks of ink.
        for _ in 0..40 {
            let (cx, cy) = (uniform(0.0, WIDTH as f32), uniform(0.0, HEIGHT as f32));
            let r = uniform(1.5, 3.5);
            fill(
                &[vec![
                    (cx - r, cy - r),
                    (cx + r, cy - r),
                    (cx + r, cy + r),
                    (cx - r, cy + r),
                ]],
                &mut ink,
            );
        }
        let colour = [
            uniform(10.0, 75.0),
            uniform(10.0, 75.0),
            uniform(50.0, 115.0),
        ];
        let paper = [245.0, 242.0, 230.0];
        let mut rgb = Vec::with_capacity(WIDTH * HEIGHT);
        for (i, c) in ink.iter().zip(&cut) {
            let a = i * (1.0 - c);
            let grain = uniform(-15.0, 15.0);
            let px = |k: usize| -> u8 {
                ((paper[k] + grain) * (1.0 - a) + colour[k] * a).clamp(0.0, 255.0) as u8
            };
            rgb.push(lodepng::RGB::new(px(0), px(1), px(2)));
        }
        lodepng::encode24(&rgb, WIDTH, HEIGHT).ok()
    }
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

/// The audio challenge: six digits, each said by one of twelve espeak-ng voices (the three
/// Vietnamese accents with different variants, pitches and speeds: `scripts/captcha-audio.sh`,
/// whose comment says why the clips are committed), then changed for this challenge alone: its
/// own pitch and formants (resampled), its own tempo (stretched without changing the pitch), its
/// own loudness and pause; under it, quieter, other digits said forward by other voices (the
/// murmur of a waiting room) and noise. A program that matches the shipped clips finds every
/// clip everywhere and none exactly; a listener follows the loudest voice.
pub mod audio {
    /// Sample rate of the clips and of the result.
    pub const RATE: u32 = 8_000;

    /// Pitch and formants: a digit is resampled by a factor gliding between two values in this
    /// range (1.14 is about two semitones up), which also changes its tempo.
    pub const PITCH: (f32, f32) = (0.86, 1.14);
    /// Tempo on top of that, pitch kept (1.2 = a fifth faster).
    pub const TEMPO: (f32, f32) = (0.84, 1.2);
    /// Silence before the first digit and between digits, seconds.
    pub const LEAD_IN: (f32, f32) = (0.5, 0.8);
    pub const PAUSE: (f32, f32) = (0.35, 0.75);
    /// Trailing silence, seconds.
    pub const TAIL: f32 = 0.4;
    /// Loudness of the murmur against the digits' (0.3 ≈ −10 dB) and of the noise's RMS
    /// against the spoken digits' RMS (0.2 ≈ 14 dB signal to noise).
    const BABBLE_GAIN: (f32, f32) = (0.25, 0.38);
    const NOISE_RATIO: (f32, f32) = (0.14, 0.22);
    /// Over each spoken digit, the murmur's energy stays this many times below the digit's
    /// (2.5 = 4 dB): a murmured digit never drowns a spoken one.
    const MIN_SNR: f32 = 2.5;

    macro_rules! voice {
        ($name:literal) => {
            [
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/0.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/1.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/2.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/3.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/4.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/5.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/6.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/7.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/8.wav")),
                include_bytes!(concat!("../../data/captcha-audio/", $name, "/9.wav")),
            ]
        };
    }

    /// The digit clips of each voice, `VOICES[voice][digit]` (as `scripts/captcha-audio.sh`
    /// names them).
    pub(super) const VOICES: [[&[u8]; 10]; 12] = [
        voice!("bac-nam"),
        voice!("bac-nu"),
        voice!("bac-tram"),
        voice!("bac-tre"),
        voice!("trung-nu"),
        voice!("trung-klatt"),
        voice!("trung-gia"),
        voice!("trung-nam"),
        voice!("nam-nu"),
        voice!("nam-annie"),
        voice!("nam-nguyen"),
        voice!("nam-tram"),
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

    fn uniform((lo, hi): (f32, f32)) -> f32 {
        lo + (hi - lo) * rand::random::<f32>()
    }

    /// `x` played faster by a factor that glides from `from` to `to` along it, by linear
    /// interpolation: pitch, formants and tempo all move together (a different-sized speaker,
    /// with an intonation of its own).
    pub(super) fn resample(x: &[f32], from: f32, to: f32) -> Vec<f32> {
        let at = |i: usize| x.get(i).copied().unwrap_or(0.0);
        let mut out = Vec::with_capacity((x.len() as f32 / from.min(to)) as usize + 1);
        let mut t = 0f32;
        while t < x.len() as f32 {
            let j = t as usize;
            let f = t - j as f32;
            out.push(at(j) + (at(j + 1) - at(j)) * f);
            t += from + (to - from) * (t / x.len() as f32);
        }
        out
    }

    /// `x` made `factor` times faster at the same pitch (WSOLA: 32 ms Hann frames overlapped by
    /// half, each taken within 6 ms of its nominal place where it best continues the last).
    pub(super) fn stretch(x: &[f32], factor: f32) -> Vec<f32> {
        const N: usize = 256;
        const HOP: usize = N / 2;
        const SEARCH: usize = 48;
        let window: Vec<f32> = (0..N)
            .map(|i| 0.5 - 0.5 * (std::f32::consts::TAU * i as f32 / N as f32).cos())
            .collect();
        let len = (x.len() as f32 / factor) as usize;
        let frames = len.div_ceil(HOP) + 1;
        // Silence around the clip, so that every frame looked at is whole.
        let mut padded = vec![0f32; x.len() + (frames + 2) * HOP + 2 * N + 2 * SEARCH];
        padded[SEARCH..SEARCH + x.len()].copy_from_slice(x);
        let frame = |at: usize| &padded[at..at + N];
        let mut out = vec![0f32; frames * HOP + N];
        let mut prev = SEARCH; // where the last frame was taken from
        for k in 0..frames {
            let nominal = SEARCH + (k as f32 * HOP as f32 * factor) as usize;
            let start = if k == 0 {
                nominal
            } else {
                // Near its nominal place, the frame most like the last one's continuation.
                let follow = frame(prev + HOP);
                let score =
                    |s: usize| -> f32 { frame(s).iter().zip(follow).map(|(a, b)| a * b).sum() };
                (nominal - SEARCH..=nominal + SEARCH)
                    .max_by(|&a, &b| score(a).total_cmp(&score(b)))
                    .unwrap_or(nominal)
            };
            for ((o, s), w) in out[k * HOP..].iter_mut().zip(frame(start)).zip(&window) {
                *o += s * w;
            }
            prev = start;
        }
        out.truncate(len);
        out
    }

    /// One digit as this challenge says it: a random voice, pitch and tempo.
    pub(super) fn utterance(digit: usize) -> Vec<f32> {
        let voice = VOICES[rand::random_range(0..VOICES.len())];
        let clip: Vec<f32> = samples(voice[digit])
            .iter()
            .map(|&s| f32::from(s))
            .collect();
        stretch(
            &resample(&clip, uniform(PITCH), uniform(PITCH)),
            uniform(TEMPO),
        )
    }

    /// A sound placed in the recording.
    pub(super) struct Placed {
        /// The digit said, or `None` for murmur (not part of the answer).
        pub digit: Option<usize>,
        pub at: usize,
        pub gain: f32,
        pub sound: Vec<f32>,
    }

    /// What the recording holds: the digits of `code` in order with pauses, and the murmur;
    /// and its length in samples.
    pub(super) fn plan(code: &str) -> (Vec<Placed>, usize) {
        let digits: Vec<usize> = code
            .chars()
            .filter_map(|c| c.to_digit(10).map(|d| d as usize))
            .collect();
        let mut placed = Vec::with_capacity(digits.len() * 3);
        let mut at = seconds(uniform(LEAD_IN));
        for &digit in &digits {
            let sound = utterance(digit);
            let len = sound.len();
            placed.push(Placed {
                digit: Some(digit),
                at,
                gain: uniform((0.8, 1.0)),
                sound,
            });
            at += len + seconds(uniform(PAUSE));
        }
        let total = at + seconds(TAIL);
        // What the murmur may add over each spoken digit: its energy stays 4 dB or more below
        // the digit's own, however the murmur falls.
        let mut room: Vec<f32> = placed
            .iter()
            .map(|p| p.sound.iter().map(|s| (s * p.gain).powi(2)).sum::<f32>() / MIN_SNR)
            .collect();
        // Murmur: two other digits per spoken one, forward, quieter: one over each spoken digit
        // (starting up to half its length before or after it), the others anywhere.
        for k in 0..digits.len() * 2 {
            let sound = utterance(rand::random_range(0..10));
            let latest = total.saturating_sub(sound.len());
            let at = match placed.get(k).filter(|_| k < digits.len()) {
                Some(p) => {
                    let half = p.sound.len() / 2;
                    (p.at + rand::random_range(0..=2 * half))
                        .saturating_sub(half)
                        .min(latest)
                }
                None => rand::random_range(0..latest.max(1)),
            };
            // Its energy over each spoken digit at gain 1, and the gain that fits them all.
            let over: Vec<f32> = placed[..room.len()]
                .iter()
                .map(|p| {
                    let (from, to) = (p.at.max(at), (p.at + p.sound.len()).min(at + sound.len()));
                    if to <= from {
                        return 0.0;
                    }
                    sound[from - at..to - at].iter().map(|s| s * s).sum()
                })
                .collect();
            let gain = over
                .iter()
                .zip(&room)
                .filter(|(e, _)| **e > 0.0)
                .fold(uniform(BABBLE_GAIN), |g, (e, r)| g.min((r / e).sqrt()));
            for (r, e) in room.iter_mut().zip(&over) {
                *r -= e * gain * gain;
            }
            placed.push(Placed {
                digit: None,
                at,
                gain,
                sound,
            });
        }
        (placed, total)
    }

    /// Mixes the plan and noise into samples.
    pub(super) fn render(placed: &[Placed], total: usize) -> Vec<f32> {
        let mut out = vec![0f32; total];
        let mut speech = (0f64, 0usize);
        for p in placed {
            for (o, s) in out.iter_mut().skip(p.at).zip(&p.sound) {
                *o += s * p.gain;
            }
            if p.digit.is_some() {
                speech.0 += p
                    .sound
                    .iter()
                    .map(|s| f64::from(s * p.gain).powi(2))
                    .sum::<f64>();
                speech.1 += p.sound.len();
            }
        }
        let speech_rms = (speech.0 / speech.1.max(1) as f64).sqrt() as f32;
        // Noise: white noise through a gentle low-pass, its level relative to the digits'.
        let mut smooth = 0f32;
        let mut noise: Vec<f32> = (0..total)
            .map(|_| {
                smooth += 0.35 * (uniform((-1.0, 1.0)) - smooth);
                smooth
            })
            .collect();
        let noise_rms = (noise.iter().map(|s| s * s).sum::<f32>() / total.max(1) as f32).sqrt();
        let scale = speech_rms * uniform(NOISE_RATIO) / noise_rms.max(f32::EPSILON);
        for (o, n) in out.iter_mut().zip(noise.iter_mut()) {
            *o += *n * scale;
        }
        // Loud enough, never clipped.
        let peak = out.iter().fold(1f32, |m, s| m.max(s.abs()));
        let gain = 30_000.0 / peak;
        out.iter_mut().for_each(|s| *s *= gain);
        out
    }

    /// The digits of `code` spoken over murmur and noise, as a WAV file (8 kHz, 16-bit, mono).
    pub fn speak(code: &str) -> Vec<u8> {
        let (placed, total) = plan(code);
        let pcm: Vec<i16> = render(&placed, total)
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
    fn the_image_is_drawn_at_twice_the_size_it_is_shown_and_differs_each_time() {
        let png = draw("ab3k7").expect("drawn");
        let img = lodepng::decode24(&png).expect("a PNG");
        assert_eq!((img.width, img.height), (400, 140));
        // Ink on paper: dark pixels (the characters, lines and specks) and light ones.
        let dark = img.buffer.iter().filter(|p| p.r < 130).count();
        assert!(
            dark > 400 * 140 / 20 && dark < 400 * 140 / 2,
            "{dark} dark pixels"
        );
        assert_ne!(png, draw("ab3k7").expect("drawn"));
    }

    /// The parts of `placed` that sound in `from..to`, beside the one digit `own`.
    fn others_energy(placed: &[audio::Placed], own: usize, from: usize, to: usize) -> f32 {
        placed
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != own)
            .map(|(_, p)| {
                p.sound
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| (from..to).contains(&(p.at + i)))
                    .map(|(_, s)| (s * p.gain).powi(2))
                    .sum::<f32>()
            })
            .sum()
    }

    #[test]
    fn every_voice_has_every_digit() {
        for voice in audio::VOICES {
            for clip in voice {
                let s = audio::samples(clip);
                // A spoken syllable: an eighth of a second or more (the central accent says
                // "năm" in 0.16 s), and not silence.
                assert!(
                    s.len() as u32 > audio::RATE / 8,
                    "clip of {} samples",
                    s.len()
                );
                assert!(s.iter().any(|x| x.unsigned_abs() > 8_000));
            }
        }
    }

    #[test]
    fn the_recording_holds_every_digit_in_order_louder_than_the_murmur() {
        let clip_len = |d: usize| -> Vec<usize> {
            audio::VOICES
                .iter()
                .map(|v| audio::samples(v[d]).len())
                .collect()
        };
        for code in ["012345", "678990", "555555"] {
            let (placed, total) = audio::plan(code);
            let spoken: Vec<_> = placed
                .iter()
                .enumerate()
                .filter(|(_, p)| p.digit.is_some())
                .collect();
            let digits: String = spoken
                .iter()
                .filter_map(|(_, p)| p.digit.and_then(|d| char::from_digit(d as u32, 10)))
                .collect();
            assert_eq!(digits, code);
            // Two murmured digits per spoken one, each quieter than any spoken digit.
            assert_eq!(placed.len(), 3 * code.len());
            let quietest = spoken.iter().map(|(_, p)| p.gain).fold(f32::MAX, f32::min);
            assert!(
                placed
                    .iter()
                    .filter(|p| p.digit.is_none())
                    .all(|p| p.gain < quietest * 0.5)
            );
            let rendered = audio::render(&placed, total);
            for (w, (k, p)) in spoken.iter().enumerate() {
                // One after the other, a pause between.
                if let Some((_, next)) = spoken.get(w + 1) {
                    let pause = next.at - (p.at + p.sound.len());
                    assert!(pause as f32 >= audio::PAUSE.0 * audio::RATE as f32 - 1.0);
                }
                // Its length: the clip's, changed by pitch and tempo within their ranges.
                let lens = clip_len(p.digit.unwrap());
                let shortest =
                    *lens.iter().min().unwrap() as f32 / (audio::PITCH.1 * audio::TEMPO.1);
                let longest =
                    *lens.iter().max().unwrap() as f32 / (audio::PITCH.0 * audio::TEMPO.0);
                let n = p.sound.len() as f32;
                assert!(
                    n >= shortest - 2.0 && n <= longest + 2.0,
                    "digit {w} of {n} samples"
                );
                // Audible: louder than everything else in its stretch by 3 dB or more, and the
                // recording there follows it (correlation with the digit alone).
                let own: f32 = p.sound.iter().map(|s| (s * p.gain).powi(2)).sum();
                let rest = others_energy(&placed, *k, p.at, p.at + p.sound.len());
                assert!(own > 2.0 * rest, "digit {w}: {own} against {rest}");
                let heard = &rendered[p.at..p.at + p.sound.len()];
                let dot: f32 = heard.iter().zip(&p.sound).map(|(a, b)| a * b).sum();
                let norm = heard.iter().map(|a| a * a).sum::<f32>().sqrt()
                    * p.sound.iter().map(|b| b * b).sum::<f32>().sqrt();
                assert!(dot / norm > 0.6, "digit {w}: correlation {}", dot / norm);
            }
            // The whole: a lead-in, the digits and pauses, a tail; never clipped.
            let speech: usize = spoken.iter().map(|(_, p)| p.sound.len()).sum();
            let least = speech as f32
                + (audio::LEAD_IN.0 + audio::PAUSE.0 * (code.len() - 1) as f32 + audio::TAIL)
                    * audio::RATE as f32;
            let most = speech as f32
                + (audio::LEAD_IN.1 + audio::PAUSE.1 * code.len() as f32 + audio::TAIL)
                    * audio::RATE as f32;
            assert!((total as f32) >= least - 8.0 && (total as f32) <= most + 8.0);
            assert!(rendered.iter().all(|s| s.abs() <= 30_000.5));
        }
    }

    /// Not a check (the bounds are asserted above): how far each spoken digit stands above the
    /// murmur in its stretch over 200 recordings, for the README's figures.
    /// `cargo test -p app --features ssr --lib loudness_report -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn loudness_report() {
        let mut db: Vec<f32> = Vec::new();
        for _ in 0..200 {
            let code = crypto::random_digits(AUDIO_LENGTH);
            let (placed, _) = audio::plan(&code);
            for (k, p) in placed.iter().enumerate().filter(|(_, p)| p.digit.is_some()) {
                let own: f32 = p.sound.iter().map(|s| (s * p.gain).powi(2)).sum();
                let rest = others_energy(&placed, k, p.at, p.at + p.sound.len());
                db.push(10.0 * (own / rest.max(1e-3)).log10());
            }
        }
        db.sort_by(f32::total_cmp);
        let at = |q: f32| db[((db.len() - 1) as f32 * q) as usize];
        println!(
            "digit over murmur, dB: min {:.1}, 10 % {:.1}, median {:.1}, 90 % {:.1} ({} digits)",
            at(0.0),
            at(0.1),
            at(0.5),
            at(0.9),
            db.len()
        );
    }

    #[test]
    fn the_same_digits_never_sound_the_same() {
        let a = audio::plan("000000").0;
        let b = audio::plan("000000").0;
        // Each digit said its own way: no two of the twelve "không" alike, within or across.
        let all: Vec<&Vec<f32>> = a
            .iter()
            .chain(&b)
            .filter(|p| p.digit.is_some())
            .map(|p| &p.sound)
            .collect();
        for (i, x) in all.iter().enumerate() {
            for y in &all[i + 1..] {
                assert_ne!(x, y);
            }
        }
        let wav = audio::speak("012345");
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_ne!(wav, audio::speak("012345"));
    }

    #[test]
    fn stretching_keeps_the_pitch_and_resampling_moves_it() {
        // A 400 Hz tone: its zero crossings per second before and after.
        let tone: Vec<f32> = (0..8_000)
            .map(|i| (std::f32::consts::TAU * 400.0 * i as f32 / 8_000.0).sin() * 10_000.0)
            .collect();
        let crossings = |x: &[f32]| -> f32 {
            let n = x
                .windows(2)
                .filter(|w| (w[0] < 0.0) != (w[1] < 0.0))
                .count();
            n as f32 / (x.len() as f32 / 8_000.0) / 2.0
        };
        let faster = audio::stretch(&tone, 1.2);
        assert!((faster.len() as f32 - 8_000.0 / 1.2).abs() < 2.0);
        assert!((crossings(&faster[200..faster.len() - 200]) - 400.0).abs() < 20.0);
        let higher = audio::resample(&tone, 1.1, 1.1);
        assert!((crossings(&higher) - 440.0).abs() < 10.0);
    }
}
