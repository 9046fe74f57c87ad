#!/usr/bin/env python3
"""A small round-robin HTTP load balancer for the scale test (python3 stdlib only).

    python3 rrproxy.py PORT http://127.0.0.1:A http://127.0.0.1:B     (binds 127.0.0.1; prints "listening …")

Each request goes to the next backend in turn; a backend that refuses the connection (a killed instance) is skipped
for that request and the next one is tried, as nginx's proxy_next_upstream does. A backend's answer, whatever its
status, is passed back as is. GET /_proxy/stats → {"backends": [{"url", "requests", "refused"}]}.
"""
import http.client
import http.server
import json
import sys
import threading
import urllib.parse

PORT = int(sys.argv[1])
BACKENDS = [{"url": u, "requests": 0, "refused": 0} for u in sys.argv[2:]]
lock = threading.Lock()
turn = [0]
HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection", "host", "content-length"}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def _answer(self, status, body, headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _forward(self):
        if self.path == "/_proxy/stats":
            with lock:
                body = json.dumps({"backends": BACKENDS}).encode()
            return self._answer(200, body, [("Content-Type", "application/json")])
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        with lock:
            start = turn[0]
            turn[0] = (turn[0] + 1) % len(BACKENDS)
        for i in range(len(BACKENDS)):
            b = BACKENDS[(start + i) % len(BACKENDS)]
            u = urllib.parse.urlsplit(b["url"])
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
            try:
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
                conn.request(self.command, self.path, body=body, headers=headers)
            except OSError:
                with lock:
                    b["refused"] += 1
                conn.close()
                continue
            try:
                r = conn.getresponse()
                data = r.read()
            except OSError:
                # The backend died with the request: the caller sees a 502 and retries (Telegram redelivers).
                conn.close()
                return self._answer(502, b"backend closed the connection")
            with lock:
                b["requests"] += 1
            conn.close()
            return self._answer(r.status, data, [(k, v) for k, v in r.getheaders() if k.lower() not in HOP])
        return self._answer(502, b"no backend answered")

    do_GET = do_POST = do_PUT = do_DELETE = _forward


server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
print(f"listening http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()
