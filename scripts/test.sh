#!/usr/bin/env bash
# `make test`: every test, on a fresh machine as on a second run.
#
# The Rust tests need nothing that scripts/setup.sh installs, and the bundle is built in its own
# build directory (target/front, target/site), so the two run side by side: while the Rust tests
# compile and then run (mostly waiting on their databases and sockets: about 3 minutes of CPU in
# 6.5), and then `make lint`, the tools are installed (cargo-leptos alone is a long compile on a
# new machine) and the bundle is built. Then the browser suite, which needs both.
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

rc=0
make --no-print-directory test-rust || rc=$?
if [ $rc -ne 0 ]; then
  say "the Rust tests failed: the bundle's build is stopped"
  exit $rc
fi

# The architecture check, rustfmt and clippy (`make lint`, issue 21) while the bundle is still
# being built: the tests' own build is done, and clippy's check-mode builds take the place of the
# waiting. wasm32 is added here too (idempotent), since the frontend's clippy needs it and the
# set-up in the background may not have reached it yet.
say "Rust tests passed; make lint while the tools and the bundle are built"
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
if ! make --no-print-directory lint; then
  say "make lint failed: the bundle's build is stopped"
  exit 1
fi

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
