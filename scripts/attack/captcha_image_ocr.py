#!/usr/bin/env python3
"""Reads the image captcha with a pretrained, generic captcha OCR model, as an attacker would:
ddddocr (its ONNX model ships in the wheel; `pip install ddddocr`), not trained on our images.

For each challenge it asks a page for a fresh captcha id, downloads `/captcha/{id}.png` and
reads it. The truth comes from the server's SQLite file (`--db`), looked up after reading.

    python3 scripts/attack/captcha_image_ocr.py --base http://127.0.0.1:3300 --db /tmp/p.db --n 40
"""
import argparse
import pathlib
import re
import sqlite3
import sys
import urllib.request
from importlib.metadata import version

import ddddocr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--page", default="/dang-nhap")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--save", help="folder to keep the images in")
    args = ap.parse_args()
    ocr = ddddocr.DdddOcr(show_ad=False)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    db = sqlite3.connect(args.db)
    exact = chars = 0
    for k in range(args.n):
        page = opener.open(args.base + args.page, timeout=60).read().decode()
        m = re.search(r'name="f\[captcha_id\]"[^>]*value="([0-9A-Za-z_-]+)"', page) or \
            re.search(r'value="([0-9A-Za-z_-]+)"[^>]*name="f\[captcha_id\]"', page)
        if not m:
            sys.exit("no captcha id on the page")
        cid = m.group(1)
        png = opener.open(f"{args.base}/captcha/{cid}.png", timeout=60).read()
        if args.save:
            pathlib.Path(args.save).mkdir(parents=True, exist_ok=True)
            pathlib.Path(args.save, f"{k:02d}.png").write_bytes(png)
        read = ocr.classification(png).strip().lower()
        truth = db.execute("SELECT code FROM captchas WHERE id = ?", (cid,)).fetchone()[0]
        exact += read == truth
        chars += sum(a == b for a, b in zip(read, truth))
        print(f"{k + 1:3d} truth={truth} read={read}{' ✓' if read == truth else ''}", flush=True)
    print(f"ddddocr {version('ddddocr')}: read exactly {exact}/{args.n}, "
          f"characters in place {chars}/{args.n * 5}")


if __name__ == "__main__":
    main()
