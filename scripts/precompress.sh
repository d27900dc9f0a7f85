#!/usr/bin/env bash
# Writes .br and .gz siblings of the built bundle so the server sends them precompressed at the
# highest levels instead of compressing on every request.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=${1:-target/site/pkg}
for f in "$pkg"/*.js "$pkg"/*.wasm "$pkg"/*.css; do
  [ -f "$f" ] || continue
  brotli -f -q 11 -o "$f.br" "$f"
  gzip -f -k -9 "$f"
done
