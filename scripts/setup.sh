#!/usr/bin/env bash
# Installs whatever is missing to build, run and test the portal on a Debian machine, and nothing
# else: a second run only checks versions (a few seconds). GitHub is not reachable here, so every
# tool cargo-leptos would download comes from crates.io, Debian or npm and must be on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

# Debian packages: the browser (and its headless shell, which the browser suite drives) and brotli
# for precompressed assets.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v chromium-headless-shell >/dev/null || missing+=(chromium-headless-shell)
command -v brotli >/dev/null || missing+=(brotli)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# cargo-leptos only runs cargo, wasm-bindgen and wasm-opt and hashes a few files: its own speed
# does not matter, and an unoptimised build of it (--debug, without debug info) compiles in a
# fraction of the optimised one's time (16m42s on two cores), the longest step on a new machine.
if ! cargo leptos --version 2>/dev/null | grep -q " ${CARGO_LEPTOS_VERSION}\$"; then
  say "installing cargo-leptos ${CARGO_LEPTOS_VERSION} (unoptimised: it only drives the build)"
  CARGO_PROFILE_DEV_DEBUG=0 cargo install cargo-leptos --locked --debug --version "${CARGO_LEPTOS_VERSION}"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly, or hydration breaks.
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb" ]; then echo "cannot find wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wb}\$"; then
  say "installing wasm-bindgen-cli ${wb}"
  # Without --locked: a locked dependency of the CLI is missing from the registry index.
  cargo install wasm-bindgen-cli --version "${wb}" --force
fi

# wasm-opt for release bundles comes from npm's binaryen (tools/): Debian's binaryen 108 breaks
# the externref table that wasm-bindgen 0.2.130 emits. The Makefile puts tools/node_modules/.bin
# first on PATH.
if [ ! -f tools/node_modules/.package-lock.json ] || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  say "installing build tools (binaryen) from npm"
  (cd tools && npm ci --no-audit --no-fund)
fi

# Browser-test dependencies (Playwright drives Debian's Chromium; never `playwright install`).
if [ ! -f end2end/node_modules/.package-lock.json ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "installing end2end npm packages"
  (cd end2end && npm ci --no-audit --no-fund)
fi
say "all tools present"
