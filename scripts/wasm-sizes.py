#!/usr/bin/env python3
"""Prints what the first visit to each page downloads of the WebAssembly bundle, from the split
manifest of a release build (`make build-site`): the main module, its JS glue and the split
loader, plus the chunks listed for the page's area in the manifest. Sizes are brotli -q 11, as the server sends them (scripts/precompress.sh).

    scripts/wasm-sizes.py [target/site/pkg]
"""
import glob
import json
import os
import re
import subprocess
import sys

pkg = sys.argv[1] if len(sys.argv) > 1 else "target/site/pkg"


def br(path, cache={}):
    if path not in cache:
        if os.path.exists(path + ".br") and os.path.getmtime(path + ".br") >= os.path.getmtime(path):
            cache[path] = os.path.getsize(path + ".br")
        else:
            out = subprocess.run(["brotli", "-c", "-q", "11", path], capture_output=True, check=True)
            cache[path] = len(out.stdout)
    return cache[path]


def one(pattern):
    found = sorted(glob.glob(os.path.join(pkg, pattern)))
    if not found:
        sys.exit(f"nothing matches {pattern} in {pkg}: run `make build-site` first")
    return found[0]


manifest_path = one("__wasm_split_manifest*.json")
manifest = json.load(open(manifest_path))
# The main module and its glue: portal[.hash].wasm/js; the loader: __wasm_split[.hash].js.
main_wasm = [f for f in glob.glob(os.path.join(pkg, "portal*.wasm")) if not f.endswith(".br")][0]
main_js = [f for f in glob.glob(os.path.join(pkg, "portal*.js")) if not f.endswith((".br", ".gz"))][0]
loader = one("__wasm_split*.js")
base = br(main_wasm) + br(main_js) + br(loader)


# The pages of each area, from the route table (app/src/shell.rs, the `areas!` block).
shell = open(os.path.join(os.path.dirname(__file__), "..", "app", "src", "shell.rs")).read()
pages = {}
for area, body in re.findall(r"\n    (\w+_area) / \w+: \w+ \{(.*?)\n    \}", shell, re.S):
    pages[area] = re.findall(r"(\w+)Route =>", body)

rows = []
for key, chunks in manifest.items():
    area = re.sub(r"_\d+$", "", key)
    files = [os.path.join(pkg, c + ".wasm") for c in chunks]
    size = sum(br(f) for f in files)
    rows.append((area, len(files), size, base + size))

total_files = len([f for f in os.listdir(pkg) if f.endswith(".wasm")])
print(f"Main module {br(main_wasm) / 1024:.0f} KB + glue {br(main_js) / 1024:.0f} KB + loader "
      f"{br(loader) / 1024:.0f} KB = {base / 1024:.0f} KB brotli; {total_files} .wasm files in all.\n")
print("| part of the bundle | its pages | files | part KB | first visit KB |")
print("| --- | --- | ---: | ---: | ---: |")
for area, n, size, first in sorted(rows, key=lambda r: r[3]):
    names = ", ".join(pages.get(area, [])) or "?"
    print(f"| {area} | {names} | {n + 3} | {size / 1024:.0f} | {first / 1024:.0f} |")
