#!/usr/bin/env bash
# Lighthouse (mobile preset: a mid-range phone on a slow 4G network, simulated) on the pages
# issue 12 names, against the release build with the demo data; prints a Markdown table.
# A benchmark, not a test: it is not part of `make test`. Run `make build` first.
#
#   scripts/lighthouse.sh            # every page, three runs each, the median run reported
#   RUNS=1 scripts/lighthouse.sh     # quicker
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$PATH"

bin=${PORTAL_BIN:-target/server-release/server}
port=${LH_PORT:-3200}
runs=${RUNS:-3}
base="http://127.0.0.1:${port}"
chrome=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$bin" ] || { echo "no server binary at $bin: run 'make build' first" >&2; exit 1; }
[ -f target/server-release/hash.txt ] || { echo "no release bundle: run 'make build' first" >&2; exit 1; }
if [ "$(dirname "$bin")" != target/server-release ]; then
  cp target/server-release/hash.txt "$(dirname "$bin")/hash.txt"
fi
if [ ! -f scripts/lighthouse/node_modules/.package-lock.json ] ||
   [ scripts/lighthouse/package-lock.json -nt scripts/lighthouse/node_modules/.package-lock.json ]; then
  (cd scripts/lighthouse && npm ci --no-audit --no-fund)
fi
[ -d end2end/node_modules ] || (cd end2end && npm ci --no-audit --no-fund)

dir=$(mktemp -d -t portal-lighthouse-XXXX)
out=${LH_OUT:-$dir/reports}
mkdir -p "$out"
trap 'kill -TERM $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
DATABASE_URL="sqlite:$dir/portal.db" LEPTOS_SITE_ADDR="127.0.0.1:${port}" LEPTOS_SITE_ROOT=target/site \
  PORTAL_MODE=test PORTAL_TEST_CAPTCHA_ANSWER=kiemthu PORTAL_SEED_DEMO=true \
  PORTAL_STORAGE_DIR="$dir/files" PORTAL_LOG=warn "$bin" serve >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do
  curl -fsS "$base/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; exit 1; }
  sleep 0.2
done

citizen=$(node scripts/lighthouse/session.mjs "$base" 056185004321 'CongDan@2026' 0978123456)
officer=$(node scripts/lighthouse/session.mjs "$base" canbo.motcua 'CanBo@2026' 0905123456)
json() { node -e 'const o=JSON.parse(process.argv[1]); console.log(o[process.argv[2]])' "$1" "$2"; }
headers() { node -e 'console.log(JSON.stringify({Cookie: process.argv[1]}))' "$(json "$1" cookie)"; }

pages=(
  "1-home|/|"
  "2-catalog|/thu-tuc|"
  "3-procedure|/thu-tuc/1.001193.000.00.00.H34|"
  "4-login|/dang-nhap|"
  "5-registration|/dang-ky|"
  "6-tracking|/tra-cuu|"
  "7-dossier (citizen)|$(json "$citizen" dossier)|citizen"
  "8-queue (officer)|/can-bo/ho-so|officer"
)
for entry in "${pages[@]}"; do
  IFS='|' read -r label path who <<<"$entry"
  extra=()
  case $who in
    citizen) extra=(--extra-headers "$(headers "$citizen")") ;;
    officer) extra=(--extra-headers "$(headers "$officer")") ;;
  esac
  echo "[lighthouse] $label: $path" >&2
  for run in $(seq 1 "$runs"); do
    CHROME_PATH=$chrome scripts/lighthouse/node_modules/.bin/lighthouse "$base$path" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$dir/run-$run.json" "${extra[@]}" >/dev/null
  done
  # The median run by performance score.
  best=$(for f in "$dir"/run-*.json; do
    node -e 'const r=require(process.argv[1]); console.log(r.categories.performance.score, process.argv[1])' "$f"
  done | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2) { print $2 }')
  cp "$best" "$out/$label.json"
  rm -f "$dir"/run-*.json
done
node scripts/lighthouse/table.mjs "$out"
