#!/usr/bin/env python3
"""An attacker's view of a running portal (issue 22, item 3 and item 7's last point).

Usage: scripts/form-error-probe.py http://127.0.0.1:3000

1. Forged error link: asks for /dang-nhap?__path=/api/login&__err=<base64 JSON of an error whose
   message the attacker wrote>, following redirects as a browser does, and says whether the
   page shows the attacker's words.
2. Ten refusals in a row: posts the login form without a password ten times, each time from the
   address the previous refusal went back to (as a browser does), and prints that address's
   length after each refusal.
3. A post that carries a session cookie but neither Sec-Fetch-Site nor Origin: its status.

Standard library only; prints one line per finding and a summary.
"""

import base64
import http.cookiejar
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

ATTACKER_TEXT = "Tài khoản bị khóa. Gọi 0999 999 999 để mở khóa"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    return opener, jar


def send(opener, url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        res = opener.open(req, timeout=30)
    except urllib.error.HTTPError as e:  # 3xx (not followed), 4xx, 5xx
        res = e
    return res.status, res.headers.get("Location"), res.read().decode("utf-8", "replace")


def browse(opener, base, url, hops=5):
    """GET like a browser's navigation, following redirects; returns (final url, status, body)."""
    for _ in range(hops):
        status, location, body = send(opener, url, headers={"Accept": "text/html"})
        if status in (301, 302, 303, 307, 308) and location:
            url = urllib.parse.urljoin(url, location)
            continue
        return url, status, body
    return url, status, body


def main():
    base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:3000"

    # 1. The forged link.
    error = {"Validation": [{"field": "identifier", "message": ATTACKER_TEXT,
                             "action": ["https://mo-khoa.example/", "Mở khóa ngay"]}]}
    err = base64.urlsafe_b64encode(json.dumps(error, ensure_ascii=False).encode()).decode()
    forged = f"{base}/dang-nhap?__path=/api/login&__err={urllib.parse.quote(err)}"
    opener, _ = client()
    final, status, body = browse(opener, base, forged)
    shown = ATTACKER_TEXT in body or "mo-khoa.example" in body
    print(f"forged link: status {status}, lands on {final[len(base):][:60]}…, attacker text shown: {shown}")

    # 2. Ten refusals in a row.
    opener, jar = client()
    page = f"{base}/dang-nhap"
    browse(opener, base, page)
    lengths = []
    for _ in range(10):
        data = urllib.parse.urlencode({"f[identifier]": "nguoi-thu-nghiem", "f[password]": "",
                                       "f[next]": "", "f[captcha_id]": "",
                                       "f[captcha_answer]": ""}).encode()
        status, location, _ = send(opener, f"{base}/api/login", data, {
            "Accept": "text/html", "Referer": page, "Origin": base,
            "Sec-Fetch-Site": "same-origin",
            "Content-Type": "application/x-www-form-urlencoded"})
        page = urllib.parse.urljoin(page, location or "/")
        lengths.append(len(page[len(base):]))
        _, _, body = browse(opener, base, page)
    genuine = "Nhập mật khẩu" in body
    print(f"ten refusals: address length after each {lengths}; genuine message on the last page: {genuine}")

    # 3. A post with the session cookie and no Sec-Fetch-Site / Origin.
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    status, _, _ = send(opener, f"{base}/ngon-ngu", urllib.parse.urlencode(
        {"lang": "en", "next": "/"}).encode(), {"Cookie": cookie,
                                                 "Content-Type": "application/x-www-form-urlencoded"})
    accepted = status < 400
    print(f"post with a session but no Sec-Fetch-Site/Origin: status {status}, accepted: {accepted}")

    score = int(shown) + int(lengths[-1] > lengths[0]) + int(accepted)
    print(f"attacker's score: {score} of 3 (forged text shown, address grows, header-less post accepted)")


if __name__ == "__main__":
    main()
