# The two commands of the README: `make run` and `make test`. Both install what is missing first
# (scripts/setup.sh is idempotent) and work on a fresh Debian machine of the project's kind.
SHELL := /bin/bash
# npm binaryen's wasm-opt first (see tools/package.json), then cargo-installed tools.
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

SERVER_BIN := target/server-release/server
DEMO_DB    ?= sqlite:data/portal.db

.PHONY: all setup build build-site run test test-rust test-rust-build test-e2e lint fmt clean

all: build

setup:
	@scripts/setup.sh

## Release build: the server binary, the WebAssembly bundle, CSS and assets in target/site.
build: setup
	cargo leptos build --release
	@scripts/precompress.sh

# The demo is tried by one person on this machine: the budgets of text messages per address and
# per number are raised so that trying many journeys in an hour is not refused (production
# keeps the defaults, see README "Settings").
DEMO_LIMITS := PORTAL_OTP_PER_PHONE_HOUR=30 PORTAL_MESSAGES_PER_ADDRESS_HOUR=300 \
  PORTAL_MESSAGES_PER_ADDRESS_DAY=1000 PORTAL_MESSAGES_PER_NETWORK_HOUR=300 \
  PORTAL_MESSAGES_PER_NETWORK_DAY=1000

## Serve the portal on http://127.0.0.1:3000 with an SQLite file and the demo data.
run: build
	DATABASE_URL="$(DEMO_DB)" PORTAL_SEED_DEMO=true LEPTOS_SITE_ROOT=target/site \
	  LEPTOS_SITE_ADDR=127.0.0.1:3000 $(DEMO_LIMITS) $(SERVER_BIN) serve

## Every test: Rust tests on SQLite and PostgreSQL, then the browser suite on both.
# The browser suite runs the release WebAssembly bundle against the server binary the Rust tests
# just built (target/debug/server: the same code, its hot dependencies optimised, see Cargo.toml
# [profile.dev.package]); compiling the server a second time in release mode took 13 of CI's
# minutes on two cores. `make build` / `make run` still build the release server.
# scripts/test.sh installs the tools and builds the bundle while the Rust tests compile and run.
test:
	@scripts/test.sh

## The WebAssembly bundle, CSS and assets in target/site, without the release server.
build-site: setup
	cargo leptos build --release --frontend-only
	@scripts/precompress.sh

# Server tests run in parallel, several portals per test process (the page render that used to
# hang now and then was Leptos' process-global resource suppression during route generation;
# see server/src/http.rs `route_list`).
# One cargo invocation for the three crates: each `cargo test -p X` alone resolves features for
# X's own graph (the app alone has no `leptos/nonce`, no `leptos_axum` defaults…), which built
# leptos, its dependants and the app a second time, with other features.
RUST_TESTS := -p domain -p app -p server --features domain/serde,app/ssr

test-rust:
	cargo test $(RUST_TESTS)

# The Rust tests' build only (scripts/test.sh compiles first, then runs them beside `make lint`).
test-rust-build:
	cargo test $(RUST_TESTS) --no-run

test-e2e:
	@scripts/e2e.sh

# The architecture check and its self-test first (a second, no build): no cycle between slices or
# host modules, no import that points up, SQL only in store.rs files and app/src/backend/ (see
# scripts/check-architecture.py). Clippy's SQL rule (clippy.toml) holds for the server's library
# and binary; its tests and benches may query directly, so they are checked without that rule.
lint:
	python3 scripts/check_architecture_test.py
	python3 scripts/check-architecture.py
	cargo fmt --all -- --check
	cargo clippy -p app --features ssr -- -D warnings
	cargo clippy -p server --lib --bins -- -D warnings
	cargo clippy -p server --tests --benches -- -D warnings -A clippy::disallowed-methods
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

fmt:
	cargo fmt --all

clean:
	cargo clean
	rm -rf data end2end/test-results end2end/playwright-report
