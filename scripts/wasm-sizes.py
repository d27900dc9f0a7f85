#!/usr/bin/env python3
"""Prints what a page downloads of the WebAssembly bundle in a release build (`make build-site`):
the module and its JS glue, brotli -q 11 as the server sends them (scripts/precompress.sh), and
the islands the module holds. In islands mode every page loads the same module (once: the service
worker keeps it), which holds only the `#[island]` components; the rest of each page is the
server's HTML.

    scripts/wasm-sizes.py [target/site/pkg]
"""
import glob
import os
import re
import subprocess
import sys

pkg = sys.argv[1] if len(sys.argv) > 1 else "target/site/pkg"


def br(path):
    if os.path.exists(path + ".br") and os.path.getmtime(path + ".br") >= os.path.getmtime(path):
        return os.path.getsize(path + ".br")
    out = subprocess.run(["brotli", "-c", "-q", "11", path], capture_output=True, check=True)
    return len(out.stdout)


def one(pattern):
    found = sorted(f for f in glob.glob(os.path.join(pkg, pattern)) if not f.endswith((".br", ".gz")))
    if not found:
        sys.exit(f"nothing matches {pattern} in {pkg}: run `make build-site` first")
    if len(found) > 1:
        sys.exit(f"more than one {pattern} in {pkg}: {found}; clean target/site and rebuild")
    return found[0]


wasm = one("portal*.wasm")
glue = one("portal*.js")
# The islands are what the glue exports besides the start-up functions.
islands = sorted(set(re.findall(r"export function (\w+?)_\d+\(", open(glue).read())))
w, j = br(wasm), br(glue)
print("| file | raw KB | brotli KB |")
print("| --- | ---: | ---: |")
print(f"| {os.path.basename(wasm)} | {os.path.getsize(wasm) / 1024:.0f} | {w / 1024:.1f} |")
print(f"| {os.path.basename(glue)} | {os.path.getsize(glue) / 1024:.0f} | {j / 1024:.1f} |")
print(f"| every page, first visit | | **{(w + j) / 1024:.1f}** |")
print(f"\nIslands in the module: {', '.join(islands) if islands else 'none'}.")
