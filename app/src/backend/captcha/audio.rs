//! The audio challenge: six digits, each said by one of twelve espeak-ng voices (the three
//! Vietnamese accents with different variants, pitches and speeds: `scripts/captcha-audio.sh`,
//! whose comment says why the clips are committed), then changed for this challenge alone: its
//! own pitch and formants (resampled), its own tempo (stretched without changing the pitch), its
//! own loudness and pause; under it, quieter, other digits said forward by other voices (the
//! murmur of a waiting room) and noise. A program that matches the shipped clips finds every
//! clip everywhere and none exactly; a listener follows the loudest voice.
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
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/0.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/1.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/2.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/3.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/4.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/5.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/6.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/7.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/8.wav")),
            include_bytes!(concat!("../../../data/captcha-audio/", $name, "/9.wav")),
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
        let len = u32::from_le_bytes([wav[at + 4], wav[at + 5], wav[at + 6], wav[at + 7]]) as usize;
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
            let score = |s: usize| -> f32 { frame(s).iter().zip(follow).map(|(a, b)| a * b).sum() };
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
        // A digit's room can end a rounding error below zero once a murmur has used it up:
        // the square root of a negative is NaN, which `f32::min` ignores, so an unclamped
        // room let the next murmur over that digit in at full gain (a flaky test found it).
        let gain = over
            .iter()
            .zip(&room)
            .filter(|(e, _)| **e > 0.0)
            .fold(uniform(BABBLE_GAIN), |g, (e, r)| {
                g.min((r.max(0.0) / e).sqrt())
            });
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
