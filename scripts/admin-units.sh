#!/usr/bin/env bash
# Regenerates server/data/admin-units.json (Vietnam's administrative units since 1 July 2025:
# 34 provinces, 3,321 communes, old-to-new ward mapping) from the npm package pinned in
# scripts/admin-units/package-lock.json. Installs it with `npm ci` when node_modules is missing
# or does not match the lockfile, then runs generate.mjs, which checks the counts and fails
# loudly on anything unexpected. Extra arguments go to generate.mjs (an output path).
set -euo pipefail
dir=$(cd "$(dirname "$0")/admin-units" && pwd)
say() { printf '\033[1;34m[admin-units]\033[0m %s\n' "$*"; }

# npm keeps a copy of the lockfile it installed from in node_modules/.package-lock.json.
stale() {
  [ -f node_modules/.package-lock.json ] || return 0
  [ package-lock.json -nt node_modules/.package-lock.json ] && return 0
  [ package.json -nt node_modules/.package-lock.json ] && return 0
  node -e '
    const fs = require("fs");
    const want = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages;
    for (const [path, p] of Object.entries(want)) {
      if (!path) continue;
      const pj = path + "/package.json";
      if (!fs.existsSync(pj) || JSON.parse(fs.readFileSync(pj, "utf8")).version !== p.version) process.exit(0);
    }
    process.exit(1);'
}
if (cd "$dir" && stale); then
  say "installing the pinned dataset (npm ci)"
  (cd "$dir" && npm ci --no-audit --no-fund)
fi
node "$dir/generate.mjs" "$@"
