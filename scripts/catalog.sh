#!/usr/bin/env bash
# Regenerates the seed procedure catalog: server/data/catalog.json and the form templates in
# public/templates/*.docx, from the hand-written data in scripts/catalog/catalog_source.py.
# Validates first and writes nothing when the data is invalid (duplicate codes, unknown field,
# agency or template references, procedures without components, too few procedures or fields).
# Deterministic: re-running on unchanged data changes no file. Needs Python 3.8+ (stdlib only).
# Pass --check to verify that the outputs are up to date without writing.
set -euo pipefail
dir=$(cd "$(dirname "$0")/catalog" && pwd)
exec python3 "$dir/generate.py" "$@"
