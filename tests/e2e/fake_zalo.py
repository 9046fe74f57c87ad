#!/usr/bin/env python3
"""A fake Zalo Bot Platform for end-to-end tests (stdlib only).

Platform side (what the service calls), as documented by Zalo:
  POST {base}/bot{token}/{method}  JSON body; answers {ok, result} or {ok:false, error_code, description}
  with HTTP 200. Methods: getMe, getUpdates (ONE event per call, error 408 when none within the timeout,
  capped by --max-poll-wait), setWebhook {url (https), secret_token 8-256}, deleteWebhook, getWebhookInfo,
  sendMessage {chat_id, text 1-2000}, sendPhoto {chat_id, photo, caption}, sendSticker, sendChatAction.
  Ids are strings, dates Unix milliseconds. A wrong token gets ok:false 401.

User side (what a test script calls), all JSON:
  POST /control/send     {user_id, text, chat_id?, display_name?, kind? (text|image|sticker|voice|unsupported), group?}
                          -> {ok, message_id}; queued for getUpdates, or POSTed to the webhook when one is set
                          (to --webhook-target if given, else the registered URL) with X-Bot-Api-Secret-Token.
  GET  /control/messages?chat_id=X[&since=N]   -> {ok, result: [{message_id, chat_id, method, text, photo, date}]}
  GET  /control/wait?chat_id=X&n=N&timeout=S   -> same, once the chat has >= N bot messages (HTTP 408 otherwise)
  GET  /control/calls                          -> {ok, result: [method names in call order]}
  POST /control/fail     {count, error_code?, description?, method?, http_status?, skip?}  inject failures
  POST /control/reset                           -> forget messages, calls, failures, queued events, webhook
  GET  /control/health                          -> {ok: true}

CLI:
  fake_zalo.py serve [--host 127.0.0.1] [--port 0] [--token T] [--port-file F] [--max-poll-wait 2]
                     [--webhook-target URL] [--allow-http-webhook]
  fake_zalo.py send     --url BASE --user U --text T [--chat C] [--name N] [--kind K]
  fake_zalo.py messages --url BASE --chat C
  fake_zalo.py wait     --url BASE --chat C --n N [--timeout S]
"""
import argparse
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOT_ID = "1459232241454765289"
DEFAULT_TOKEN = BOT_ID + ":fake-e2e-secret"
MAX_TEXT = 2000


def now_ms():
    return int(time.time() * 1000)


def new_id():
    return os.urandom(10).hex()


class State:
    def __init__(self, token, max_poll_wait, webhook_target, allow_http_webhook):
        self.token = token
        self.max_poll_wait = max_poll_wait
        self.webhook_target = webhook_target
        self.allow_http_webhook = allow_http_webhook
        self.cond = threading.Condition()
        self.reset()

    def reset(self):
        with self.cond:
            self.pending = []
            self.sent = []
            self.calls = []
            self.faults = []
            self.webhook_url = None
            self.webhook_secret = None
            self.cond.notify_all()

    def take_fault(self, method):
        with self.cond:
            for f in self.faults:
                if f["count"] > 0 and f.get("method") in (None, method):
                    if f.get("skip", 0) > 0:
                        f["skip"] -= 1
                        return None
                    f["count"] -= 1
                    return f
        return None


def ok(result=None):
    body = {"ok": True}
    if result is not None:
        body["result"] = result
    return 200, body


def fail(code, description, http_status=200):
    return http_status, {"ok": False, "error_code": code, "description": description}


def make_event(user_id, text=None, chat_id=None, display_name=None, kind="text", group=False):
    message = {
        "message_id": new_id(),
        "from": {"id": str(user_id), "display_name": display_name or f"Người dùng {user_id}", "is_bot": False},
        "chat": {"id": str(chat_id or user_id), "chat_type": "GROUP" if group else "PRIVATE"},
        "date": now_ms(),
    }
    if kind == "text":
        message["text"] = text or ""
    elif kind == "image":
        message["photo_url"] = "https://zalo.example/photo.jpg"
    elif kind == "sticker":
        message["sticker"] = "0e078a2fb66a5f34067b"
    return {"event_name": f"message.{kind}.received", "message": message}


def platform(state, token, method, body):
    with state.cond:
        state.calls.append(method)
    if token != state.token:
        return fail(401, "Unauthorized: invalid bot token")
    fault = state.take_fault(method)
    if fault:
        if fault.get("delay"):
            time.sleep(float(fault["delay"]))
        elif int(fault.get("http_status", 200)) >= 500:
            return int(fault["http_status"]), "<html><body>502 Bad Gateway</body></html>"
        else:
            return fail(int(fault.get("error_code", 500)), fault.get("description", "Internal error"), int(fault.get("http_status", 200)))

    if method == "getMe":
        return ok({"id": BOT_ID, "account_name": "bot.FakeWard", "account_type": "BASIC", "can_join_groups": False})
    if method == "getUpdates":
        if state.webhook_url:
            return fail(409, "Conflict: getUpdates is not available while a webhook is set")
        try:
            asked = float(body.get("timeout", 30))
        except (TypeError, ValueError):
            asked = 30.0
        deadline = time.time() + min(asked, state.max_poll_wait)
        with state.cond:
            while not state.pending:
                left = deadline - time.time()
                if left <= 0:
                    return fail(408, "Request timeout")
                state.cond.wait(left)
            return ok(state.pending.pop(0))
    if method == "setWebhook":
        url, secret = body.get("url"), body.get("secret_token")
        if not url or not (url.startswith("https://") or state.allow_http_webhook):
            return fail(400, "Bad Request: url must be https")
        if not isinstance(secret, str) or not 8 <= len(secret) <= 256:
            return fail(400, "Bad Request: secret_token must be 8-256 characters")
        state.webhook_url, state.webhook_secret = url, secret
        return ok({"url": url, "updated_at": now_ms()})
    if method == "deleteWebhook":
        state.webhook_url = state.webhook_secret = None
        return ok({"url": "", "updated_at": now_ms()})
    if method == "getWebhookInfo":
        return ok({"url": state.webhook_url or "", "updated_at": now_ms()})
    if method in ("sendMessage", "sendPhoto", "sendSticker"):
        chat = body.get("chat_id")
        if not chat:
            return fail(400, "Bad Request: chat_id is required")
        text = body.get("text") if method == "sendMessage" else body.get("caption")
        if method == "sendMessage" and not text:
            return fail(400, "Bad Request: text is required")
        if text is not None and len(text) > MAX_TEXT:
            return fail(400, f"Bad Request: text must be 1-{MAX_TEXT} characters")
        if method == "sendPhoto" and not body.get("photo"):
            return fail(400, "Bad Request: photo is required")
        msg = {"message_id": new_id(), "chat_id": str(chat), "method": method, "text": text,
               "photo": body.get("photo"), "date": now_ms()}
        with state.cond:
            state.sent.append(msg)
            state.cond.notify_all()
        return ok({"message_id": msg["message_id"], "date": msg["date"]})
    if method == "sendChatAction":
        return ok() if body.get("chat_id") else fail(400, "Bad Request: chat_id is required")
    return fail(404, f"Not Found: method {method}")


def deliver(state, event):
    if state.webhook_url:
        target = state.webhook_target or state.webhook_url
        req = urllib.request.Request(target, data=json.dumps(event).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "X-Bot-Api-Secret-Token": state.webhook_secret or ""})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code
    with state.cond:
        state.pending.append(event)
        state.cond.notify_all()
    return None


def messages_for(state, chat_id, since=0):
    with state.cond:
        return [m for m in state.sent if chat_id is None or m["chat_id"] == chat_id][since:]


def control(state, method, path, query, body):
    if path == "/control/health":
        return ok()
    if path == "/control/reset" and method == "POST":
        state.reset()
        return ok()
    if path == "/control/send" and method == "POST":
        if not body.get("user_id"):
            return fail(400, "user_id is required")
        event = make_event(body["user_id"], body.get("text"), body.get("chat_id"), body.get("display_name"),
                           body.get("kind", "text"), bool(body.get("group")))
        status = deliver(state, event)
        result = {"message_id": event["message"]["message_id"], "event": event}
        if status is not None:
            result["webhook_status"] = status
        return ok(result)
    if path == "/control/messages":
        return ok(messages_for(state, query.get("chat_id"), int(query.get("since", 0))))
    if path == "/control/wait":
        chat, n = query.get("chat_id"), int(query.get("n", 1))
        deadline = time.time() + float(query.get("timeout", 10))
        with state.cond:
            while len(messages_for(state, chat)) < n:
                left = deadline - time.time()
                if left <= 0:
                    return fail(408, f"chat {chat} got {len(messages_for(state, chat))} of {n} messages", 408)
                state.cond.wait(left)
        return ok(messages_for(state, chat))
    if path == "/control/calls":
        with state.cond:
            return ok(list(state.calls))
    if path == "/control/fail" and method == "POST":
        with state.cond:
            state.faults.append({"count": int(body.get("count", 1)), "error_code": body.get("error_code", 500),
                                 "description": body.get("description", "Internal error"), "method": body.get("method"),
                                 "http_status": body.get("http_status", 200), "skip": int(body.get("skip", 0)),
                                 "delay": body.get("delay")})
        return ok()
    return fail(404, "Not Found", 404)


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet: the e2e script prints what matters
            pass

        def _handle(self, verb):
            parsed = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parsed.query))
            raw = self._read_body()
            try:
                body = json.loads(raw) if raw.strip() else {}
                if not isinstance(body, dict):
                    raise ValueError
            except ValueError:
                return self._send(*fail(400, "Bad Request: invalid JSON"))
            parts = parsed.path.strip("/").split("/")
            if len(parts) == 2 and parts[0].startswith("bot"):
                return self._send(*platform(state, parts[0][3:], parts[1], body))
            return self._send(*control(state, verb, parsed.path, query, body))

        def _read_body(self):
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                raw = b""
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return raw
                    raw += self.rfile.read(size)
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _send(self, status, payload):
            data = payload.encode() if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html" if isinstance(payload, str) else "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            self._handle("POST")

        def do_GET(self):
            self._handle("GET")

    return Handler


def serve(args):
    state = State(args.token, args.max_poll_wait, args.webhook_target, args.allow_http_webhook)
    server = ThreadingHTTPServer((args.host, args.port), make_handler(state))
    server.daemon_threads = True
    port = server.server_address[1]
    if args.port_file:
        with open(args.port_file, "w") as f:
            f.write(str(port))
    print(f"fake Zalo listening on http://{args.host}:{port} (token {args.token.split(':')[0]}:***)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def call(url, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url.rstrip("/") + path, data=data, method="POST" if data else "GET",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as e:
        return json.loads(e.read())


def main(argv):
    p = argparse.ArgumentParser(description="Fake Zalo Bot Platform for end-to-end tests")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--token", default=DEFAULT_TOKEN)
    s.add_argument("--port-file")
    s.add_argument("--max-poll-wait", type=float, default=2.0)
    s.add_argument("--webhook-target")
    s.add_argument("--allow-http-webhook", action="store_true")
    c = sub.add_parser("send")
    c.add_argument("--url", required=True)
    c.add_argument("--user", required=True)
    c.add_argument("--text")
    c.add_argument("--chat")
    c.add_argument("--name")
    c.add_argument("--kind", default="text")
    m = sub.add_parser("messages")
    m.add_argument("--url", required=True)
    m.add_argument("--chat", required=True)
    w = sub.add_parser("wait")
    w.add_argument("--url", required=True)
    w.add_argument("--chat", required=True)
    w.add_argument("--n", type=int, default=1)
    w.add_argument("--timeout", type=float, default=10)
    a = p.parse_args(argv)

    if a.cmd == "serve":
        return serve(a)
    if a.cmd == "send":
        out = call(a.url, "/control/send", {"user_id": a.user, "text": a.text, "chat_id": a.chat,
                                            "display_name": a.name, "kind": a.kind})
    elif a.cmd == "messages":
        out = call(a.url, "/control/messages?" + urllib.parse.urlencode({"chat_id": a.chat}))
    else:
        out = call(a.url, "/control/wait?" + urllib.parse.urlencode({"chat_id": a.chat, "n": a.n, "timeout": a.timeout}))
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0 if out.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]) or 0)
