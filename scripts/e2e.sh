#!/usr/bin/env bash
# Runs the Playwright suite (end2end/) against the release build: on a fresh SQLite file, then on
# a fresh PostgreSQL database, each with the demo data, in test mode, each with its own portal and
# VNPay stand-in. (Running both at once was tried and measured no faster on two cores: 27.3 min
# against 12.7 + 12.4; the browsers keep both cores busy.)
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${PORTAL_BIN:-target/server-release/server}
port=${E2E_PORT:-3100}
pg_admin=${TEST_POSTGRES_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}
[ -x "$bin" ] || { echo "no server binary at $bin: run 'make build' (or 'cargo test -p server') first" >&2; exit 1; }
[ -f target/server-release/hash.txt ] || { echo "no release bundle: run 'make build-site' first" >&2; exit 1; }
# The bundle's file names carry hashes, which cargo-leptos writes beside the release server; a
# server binary elsewhere (the one `cargo test` built) reads them beside itself.
if [ "$(dirname "$bin")" != target/server-release ]; then
  cp target/server-release/hash.txt "$(dirname "$bin")/hash.txt"
fi
say() { printf '\033[1;34m[e2e %s]\033[0m %s\n' "$(date +%T)" "$*"; }

# VNPay cannot be reached from here: its stand-in (the same binary, `payment-standin`) plays it,
# with the merchant code and secret the portal is given, and calls the portal's IPN over HTTP.
vnpay_tmn=E2ETEST1
vnpay_secret=e2e-standin-hash-secret

# suite LABEL DATABASE_URL PORT [playwright args…]
suite() {
  local label=$1 url=$2 port=$3 log standin_log
  local standin_port=$((port + 90))
  log=$(mktemp -t portal-e2e-XXXX.log)
  standin_log=$(mktemp -t portal-e2e-standin-XXXX.log)
  say "$label: starting the VNPay stand-in on 127.0.0.1:${standin_port}"
  "$bin" payment-standin --gateway vnpay --listen "127.0.0.1:${standin_port}" \
    --tmn-code "$vnpay_tmn" --hash-secret "$vnpay_secret" \
    --ipn-url "http://127.0.0.1:${port}/thanh-toan/vnpay/ipn" >"$standin_log" 2>&1 &
  local standin_pid=$!
  say "$label: starting the portal on 127.0.0.1:${port}"
  PORTAL_VNPAY_TMN_CODE="$vnpay_tmn" PORTAL_VNPAY_HASH_SECRET="$vnpay_secret" \
    PORTAL_VNPAY_URL="http://127.0.0.1:${standin_port}/paymentv2/vpcpay.html" \
    PORTAL_VNPAY_API_URL="http://127.0.0.1:${standin_port}/merchant_webapi/api/transaction" \
    DATABASE_URL="$url" LEPTOS_SITE_ADDR="127.0.0.1:${port}" LEPTOS_SITE_ROOT=target/site \
    PORTAL_MODE=test PORTAL_TEST_CAPTCHA_ANSWER=kiemthu PORTAL_SEED_DEMO=true \
    PORTAL_OTP_PER_PHONE_HOUR=1000 PORTAL_OTP_RESEND_SECONDS=5 PORTAL_MESSAGES_PER_ADDRESS_HOUR=100000 \
    PORTAL_MESSAGES_PER_ADDRESS_DAY=100000 PORTAL_MESSAGES_PER_NETWORK_HOUR=100000 \
    PORTAL_MESSAGES_PER_NETWORK_DAY=100000 PORTAL_TRACK_PER_ADDRESS_MINUTE=100000 \
    PORTAL_MAX_DRAFTS=100000 PORTAL_ACCOUNT_MESSAGES_PER_HOUR=100000 \
    PORTAL_ACCOUNT_MESSAGES_PER_DAY=100000 PORTAL_REGISTER_PER_ADDRESS_HOUR=100000 \
    PORTAL_REGISTER_PER_NETWORK_HOUR=100000 PORTAL_RECOVER_PER_ADDRESS_HOUR=100000 \
    PORTAL_RECOVER_PER_NETWORK_HOUR=100000 PORTAL_LOGIN_FAILURES_PER_ADDRESS=100000 \
    PORTAL_LOGIN_FAILURES_PER_NETWORK=100000 PORTAL_LOGIN_ACCOUNT_FREE_FAILURES=100000 \
    PORTAL_CAPTCHAS_PER_ADDRESS_HOUR=100000 \
    PORTAL_CAPTCHAS_PER_NETWORK_HOUR=100000 PORTAL_CAPTCHA_MEDIA_PER_ADDRESS_HOUR=100000 \
    PORTAL_CAPTCHA_MEDIA_PER_NETWORK_HOUR=100000 \
    PORTAL_STORAGE_DIR="$dir/files-$label" PORTAL_LOG=warn "$bin" serve >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 150); do
    curl -fsS "http://127.0.0.1:${port}/readyz" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "$label: the portal did not start" >&2; kill "$standin_pid"; return 1; }
    sleep 0.2
  done
  kill -0 "$standin_pid" 2>/dev/null || { cat "$standin_log"; echo "$label: the VNPay stand-in did not start" >&2; kill "$pid"; return 1; }
  local rc=0
  (cd end2end && BASE_URL="http://127.0.0.1:${port}" PW_OUTPUT="$label" npx playwright test "${@:4}") || rc=$?
  kill -TERM "$pid" "$standin_pid" 2>/dev/null || true
  wait "$pid" "$standin_pid" 2>/dev/null || true
  if [ $rc -ne 0 ]; then
    say "$label: server log"; tail -n 50 "$log"
    say "$label: VNPay stand-in log"; tail -n 20 "$standin_log"
  fi
  rm -f "$log" "$standin_log"
  say "$label: $([ $rc -eq 0 ] && echo passed || echo "FAILED ($rc)")"
  return $rc
}

dir=$(mktemp -d -t portal-e2e-XXXX)
db="portal_e2e_$$"
cleanup() {
  psql -q "$pg_admin" -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
psql -q "$pg_admin" -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" -c "CREATE DATABASE ${db}"

# E2E_DATABASES=sqlite or postgres runs one of the two (both by default, as `make test` does).
only=${E2E_DATABASES:-sqlite postgres}
rc=0
if [[ " $only " == *" sqlite "* ]]; then
  suite "SQLite" "sqlite:${dir}/portal.db" "$port" "$@" || rc=$?
fi
if [[ " $only " == *" postgres "* ]]; then
  suite "PostgreSQL" "${pg_admin%/*}/${db}" "$((port + 100))" "$@" || rc=$?
fi
exit $rc
