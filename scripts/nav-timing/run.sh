#!/usr/bin/env bash
# Navigation timings (issue 21): the time from a click to the next page's largest contentful paint
# for a catalog result, a citizen's dossier and an officer's queue row, before (a browser that
# neither preloads nor animates navigations) and after (Speculation Rules and View Transitions;
# and the rules alone), in Chromium with a 4× slower processor and Lighthouse's slow-4G network
# (a shaping proxy on PROXY_PORT, default 3301); prints a Markdown table (measure.mjs says how).
# A benchmark, not a test: it is not part of `make test`. It takes about ten minutes.
#
#   make build-site && cargo build -p server && scripts/nav-timing/run.sh
#   RUNS=3 PORT=3300 PORTAL_BIN=target/server-release/server scripts/nav-timing/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${PORTAL_BIN:-target/debug/server}
port=${PORT:-3300}
base="http://127.0.0.1:${port}"
[ -x "$bin" ] || { echo "no server binary at $bin: run 'cargo build -p server' (or 'make build') first" >&2; exit 1; }
[ -f target/server-release/hash.txt ] || { echo "no release bundle: run 'make build-site' first" >&2; exit 1; }
# The bundle's hashed file names are read beside the server binary (see scripts/e2e.sh).
if [ "$(dirname "$bin")" != target/server-release ]; then
  cp target/server-release/hash.txt "$(dirname "$bin")/hash.txt"
fi
[ -d end2end/node_modules ] || (cd end2end && npm ci --no-audit --no-fund)

dir=$(mktemp -d -t portal-nav-timing-XXXX)
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
DATABASE_URL="sqlite:$dir/portal.db" LEPTOS_SITE_ADDR="127.0.0.1:${port}" LEPTOS_SITE_ROOT=target/site \
  PORTAL_MODE=test PORTAL_TEST_CAPTCHA_ANSWER=kiemthu PORTAL_SEED_DEMO=true \
  PORTAL_STORAGE_DIR="$dir/files" PORTAL_LOG=warn "$bin" serve >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do
  curl -fsS "$base/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; exit 1; }
  sleep 0.2
done

# The demo accounts of the README: the citizen with a full "Quản lý hồ sơ", the officer whose
# queue holds the demo dossiers.
json() { node -e 'const o=JSON.parse(process.argv[1]); console.log(o[process.argv[2]])' "$1" "$2"; }
citizen=$(node scripts/lighthouse/session.mjs "$base" 056185004321 'CongDan@2026' 0978123456)
officer=$(node scripts/lighthouse/session.mjs "$base" canbo.motcua 'CanBo@2026' 0905123456)
node scripts/nav-timing/measure.mjs "$base" "$(json "$citizen" cookie)" "$(json "$officer" cookie)"
