"""The users' side of tests/e2e/telegram/emulator.js (python3 stdlib only).

    from tgclient import Emulator
    emu = Emulator("http://127.0.0.1:PORT", "123456:TEST")
    emu.send(111, "/start CODE")                 # a user writes (reply_to=bot message id to reply)
    emu.send_document(111, "tb.docx")            # a user sends a file
    emu.messages(111)                            # the bot's new messages to chat 111 (each returned once)
    emu.press(111, message_id, "data")           # a user presses an inline button
    emu.download(file_id)                        # bytes of a file the bot sent, through getFile as a client would
    emu.block(111) / emu.unblock(111)            # sends to 111 answer 403; the bot gets my_chat_member
    emu.fail("sendMessage", 429, retry_after=3)  # the next matching Bot API call answers this error
    emu.limits()                                 # with --enforce-rate-limits: sends admitted, 429s answered (by limit)
"""
import json
import mimetypes
import os
import urllib.error
import urllib.parse
import urllib.request


class Emulator:
    def __init__(self, url, token):
        self.url = url.rstrip("/")
        self.token = token

    def _call(self, route, body=None, query=None, raw=None, content_type=None):
        url = f"{self.url}/harness/{route}"
        if query:
            url += "?" + urllib.parse.urlencode({k: v for k, v in query.items() if v is not None})
        data, headers = None, {}
        if raw is not None:
            data, headers["Content-Type"] = raw, content_type or "application/octet-stream"
        elif body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        req = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.loads(r.read().decode())["result"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"emulator {route}: HTTP {e.code} {e.read().decode(errors='replace')}") from None

    def health(self):
        return self._call("health")

    def send(self, user, text, reply_to=None, chat=None):
        return self._call("send", {"token": self.token, "user_id": user, "chat_id": chat, "text": text, "reply_to": reply_to})

    def send_document(self, user, path, caption=None, chat=None):
        name = os.path.basename(path)
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with open(path, "rb") as f:
            doc = self._call("upload", query={"token": self.token, "name": name, "mime": mime}, raw=f.read(), content_type=mime)
        return self._call("send", {"token": self.token, "user_id": user, "chat_id": chat, "document": doc, "caption": caption})

    def press(self, user, message_id, data, chat=None):
        return self._call("press", {"token": self.token, "user_id": user, "chat_id": chat, "message_id": message_id, "data": data})

    def messages(self, chat, all_of_them=False):
        """The bot's messages to a chat as Telegram shows them (text without markup; `html` is what the bot sent).
        By default only the ones not returned before."""
        q = {"token": self.token, "chat_id": chat}
        if not all_of_them:
            q.update(unread=1, mark=1)
        return self._call("messages", query=q)

    def download(self, file_id):
        """A file the bot sent, fetched the way a Telegram client does: getFile, then /file/bot<token>/<path>."""
        with urllib.request.urlopen(f"{self.url}/bot{self.token}/getFile?file_id={urllib.parse.quote(file_id)}", timeout=30) as r:
            path = json.loads(r.read().decode())["result"]["file_path"]
        with urllib.request.urlopen(f"{self.url}/file/bot{self.token}/{urllib.parse.quote(path)}", timeout=30) as r:
            return r.read()

    def answers(self):
        return self._call("answers", query={"token": self.token})

    def block(self, chat):
        return self._call("block", {"token": self.token, "chat_id": chat, "blocked": True})

    def unblock(self, chat):
        return self._call("block", {"token": self.token, "chat_id": chat, "blocked": False})

    def fail(self, method, code=429, retry_after=None, count=1, chat=None, description=None):
        body = {"token": self.token, "method": method, "error_code": code, "count": count, "chat_id": chat, "description": description}
        if retry_after is not None:
            body["retry_after"] = retry_after
        return self._call("fail", body)

    def limits(self, reset=False):
        """The emulator's rate-limit counters for this bot (emulator.js --enforce-rate-limits); reset=True zeroes them."""
        if reset:
            return self._call("limits", {"token": self.token, "reset": True})
        return self._call("limits", query={"token": self.token})

    def webhook(self):
        return self._call("webhook", query={"token": self.token})
