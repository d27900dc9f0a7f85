#!/usr/bin/env bash
# Regenerates the spoken digits of the audio captcha (app/data/captcha-audio/0.wav … 9.wav) with
# Debian's espeak-ng Vietnamese voice and sox: trimmed of silence, normalised, 8 kHz 16-bit mono.
# Run once when the clips must change; the result is committed (the server only reads them).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v espeak-ng >/dev/null && command -v sox >/dev/null || {
  echo "needs espeak-ng and sox: apt-get install espeak-ng sox" >&2; exit 1; }
out=app/data/captcha-audio
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
words=(không một hai ba bốn năm sáu bảy tám chín)
for i in "${!words[@]}"; do
  espeak-ng -v vi -s 125 -w "$tmp/$i.wav" "${words[$i]}"
  sox "$tmp/$i.wav" -r 8000 -b 16 -c 1 "$out/$i.wav" \
    silence 1 0.01 0.3% reverse silence 1 0.01 0.3% reverse norm -3
done
ls -l "$out"
