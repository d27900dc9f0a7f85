# The two commands of the README: `make run` and `make test`. Both install what is missing first
# (scripts/setup.sh is idempotent) and work on a fresh Debian machine of the project's kind.
SHELL := /bin/bash
# npm binaryen's wasm-opt first (see tools/package.json), then cargo-installed tools.
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

SERVER_BIN := target/server-release/server
DEMO_DB    ?= sqlite:data/portal.db

.PHONY: all setup build run test test-rust test-e2e lint fmt clean

all: build

setup:
	@scripts/setup.sh

## Release build: the server binary, the WebAssembly bundle, CSS and assets in target/site.
build: setup
	cargo leptos build --release
	@scripts/precompress.sh

## Serve the portal on http://127.0.0.1:3000 with an SQLite file and the demo data.
run: build
	DATABASE_URL="$(DEMO_DB)" PORTAL_SEED_DEMO=true LEPTOS_SITE_ROOT=target/site \
	  LEPTOS_SITE_ADDR=127.0.0.1:3000 $(SERVER_BIN) serve

## Every test: Rust tests on SQLite and PostgreSQL, then the browser suite on both.
test: setup
	@scripts/postgres.sh
	$(MAKE) --no-print-directory test-rust
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory test-e2e

# Server tests run one at a time: several portals started in one test process sporadically
# left a page render hanging (not seen with one server per process, as in production).
test-rust:
	cargo test -p domain
	cargo test -p app --features ssr
	cargo test -p server -- --test-threads=1

test-e2e:
	@scripts/e2e.sh

lint:
	cargo fmt --all -- --check
	cargo clippy -p app --features ssr -- -D warnings
	cargo clippy -p server --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

fmt:
	cargo fmt --all

clean:
	cargo clean
	rm -rf data end2end/test-results end2end/playwright-report
