#!/usr/bin/env bash
# `make test`: every test, on a fresh machine as on a second run.
#
# The Rust tests need nothing that scripts/setup.sh installs, and the bundle is built in its own
# build directory (target/front, target/site), so the two run side by side: while the Rust tests
# compile, the tools are installed (cargo-leptos alone is a long compile on a new machine) and
# the bundle is built; then the test binaries run (mostly waiting on their databases and
# sockets) with `make lint` beside them. Then the browser suite, which needs everything.
set -euo pipefail
cd "$(dirname "$0")/.."
# Background jobs get their own process group, so a failure stops the whole of the other side.
set -m
say() { printf '\033[1;34m[test %s]\033[0m %s\n' "$(date +%T)" "$*"; }

scripts/postgres.sh

log=$(mktemp -t portal-bundle-XXXX.log)
say "installing what is missing and building the bundle, in the background (log: $log)"
(scripts/setup.sh && make --no-print-directory build-site) >"$log" 2>&1 &
bundle=$!
trap 'kill -- -"$bundle" 2>/dev/null || true' EXIT

# A fresh build gains nothing from incremental state, and writing it costs time and disk.
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi

say "compiling the Rust tests"
make --no-print-directory test-rust-build

# Running the test binaries is mostly waiting on databases and sockets (issue 22: 8.6 min, about
# a third of it CPU), so `make lint` (the architecture check, rustfmt and clippy: ~10 min of
# check builds) runs beside them. Clippy gets its own build directory: check-mode artifacts are
# not the tests' artifacts anyway, and a second directory keeps the two cargo processes from
# waiting on each other's lock. wasm32 is added here (idempotent): the frontend's clippy needs it
# and the set-up in the background may not have reached it yet.
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
lintlog=$(mktemp -t portal-lint-XXXX.log)
say "running the Rust tests, and make lint beside them (log: $lintlog)"
(CARGO_TARGET_DIR=target/lint make --no-print-directory lint) >"$lintlog" 2>&1 &
lint=$!
trap 'kill -- -"$bundle" -"$lint" 2>/dev/null || true' EXIT

rc=0
make --no-print-directory test-rust || rc=$?
if [ $rc -ne 0 ]; then
  say "the Rust tests failed: the lint and the bundle's build are stopped"
  exit $rc
fi
say "Rust tests passed; waiting for make lint"
if ! wait "$lint"; then
  cat "$lintlog"
  say "make lint failed (log above): the bundle's build is stopped"
  exit 1
fi
grep -E '^(cargo|python3)|Finished' "$lintlog" || true
rm -f "$lintlog"

say "lint passed; waiting for the tools and the bundle"
if ! wait "$bundle"; then
  cat "$log"
  say "installing the tools or building the bundle failed (log above)"
  exit 1
fi
trap - EXIT
grep -E '^\[setup\]|Finished|finished' "$log" || true
rm -f "$log"

PORTAL_BIN=target/debug/server make --no-print-directory test-e2e
