#!/usr/bin/env python3
"""An eSMS stand-in that answers like eSMS after a delay (default 150 ms, a provider across the
Internet), for measuring what an SMS costs a request (scripts/attack/recover_timing.py):

    scripts/attack/slow_esms.py --port 3490 --delay-ms 150 &
    PORTAL_SMS_PROVIDER=esms PORTAL_ESMS_URL=http://127.0.0.1:3490/send \
      PORTAL_ESMS_API_KEY=k PORTAL_ESMS_SECRET_KEY=s … server serve
"""

import argparse
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=3490)
    p.add_argument("--delay-ms", type=float, default=150)
    args = p.parse_args()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            time.sleep(args.delay_ms / 1000)
            body = json.dumps({"CodeResult": "100", "SMSID": "standin"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
