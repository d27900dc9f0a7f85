#!/usr/bin/env bash
# Regenerates the spoken digits of the audio captcha: app/data/captcha-audio/<voice>/0.wav … 9.wav,
# the ten Vietnamese digit words said by each of the voices below (Debian's espeak-ng with its
# three Vietnamese accents, different voice variants, pitches and speeds), trimmed of silence,
# normalised, 8 kHz 16-bit mono. The server mixes them anew for every challenge (other voice,
# tempo, pitch, babble and noise: backend::captcha::audio).
#
# The clips are committed rather than made at install or build time, on purpose: espeak-ng is
# deterministic and public, so clips made on the server would be exactly the ones an attacker
# makes with this script (no secret is gained), while the build, the tests and the release
# binary would need espeak-ng and sox everywhere. What a program cannot match is the
# per-challenge mixing, not the clips. Run this once when the voices must change.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v espeak-ng >/dev/null && command -v sox >/dev/null || {
  echo "needs espeak-ng and sox: apt-get install espeak-ng sox" >&2; exit 1; }
out=app/data/captcha-audio
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
words=(không một hai ba bốn năm sáu bảy tám chín)
# name           espeak-ng voice            pitch speed
voices=(
  "bac-nam       vi                          45    125"
  "bac-nu        vi+f2                       60    120"
  "bac-tram      vi+m3                       30    130"
  "bac-tre       vi+Andy                     55    135"
  "trung-nu      vi-vn-x-central+f4          65    120"
  "trung-klatt   vi-vn-x-central+klatt       50    125"
  "trung-gia     vi-vn-x-central+grandpa     40    115"
  "trung-nam     vi-vn-x-central+m7          35    130"
  "nam-nu        vi-vn-x-south+f3            70    125"
  "nam-annie     vi-vn-x-south+Annie         58    130"
  "nam-nguyen    vi-vn-x-south+Nguyen        48    120"
  "nam-tram      vi-vn-x-south+m1            25    125"
)
rm -rf "$out"
for line in "${voices[@]}"; do
  read -r name voice pitch speed <<<"$line"
  mkdir -p "$out/$name"
  for i in "${!words[@]}"; do
    espeak-ng -v "$voice" -p "$pitch" -s "$speed" -w "$tmp/$i.wav" "${words[$i]}"
    sox "$tmp/$i.wav" -r 8000 -b 16 -c 1 "$out/$name/$i.wav" \
      silence 1 0.01 0.3% reverse silence 1 0.01 0.3% reverse norm -3
  done
done
du -sh "$out"
