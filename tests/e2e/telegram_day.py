#!/usr/bin/env python3
"""Driver of tests/e2e/telegram_e2e.sh (python3 stdlib only).

Phases (argv[1]):
  setup  operator verbs on the fresh database: ward, two units, three invites; writes $E2E_TMP/state.json
  day    the scripted day through the Telegram emulator (tests/e2e/telegram), checked against the CLI's `tasks --json`
Each check prints "ok   - ..." or "FAIL - ..."; the last line is "result PASSED FAILED".
Environment: E2E_DLL, E2E_TMP, E2E_EMU_URL, E2E_TOKEN, E2E_NOTICE_TEMPLATE, ConnectionStrings__ChatBot.
"""
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import time
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "telegram"))
from tgclient import Emulator  # noqa: E402  (our own user-side client of the emulator)
import checks  # noqa: E402
from checks import check  # noqa: E402

checks.style("ok   -", "FAIL -")

DLL = os.environ["E2E_DLL"]
TMP = os.environ["E2E_TMP"]
EMU = os.environ["E2E_EMU_URL"]
TOKEN = os.environ["E2E_TOKEN"]
EMULATOR = Emulator(EMU, TOKEN)
TEMPLATE = os.environ["E2E_NOTICE_TEMPLATE"]
STATE = os.path.join(TMP, "state.json")

WARD = "Phường Hòa Bình"
UNIT_A = "Phòng Kinh tế, Hạ tầng và Đô thị"
UNIT_B = "Phòng Văn hóa - Xã hội"
LEADER, OFF_A, OFF_B = 111, 222, 333
# The ward's calendar day (Asia/Ho_Chi_Minh), not the machine's.
TODAY = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()




def finish():
    checks.finish()


# ---- the operator's CLI ---------------------------------------------------------------------------------------

def cli(*args, json_out=True):
    p = subprocess.run(["dotnet", DLL, *args] + (["--json"] if json_out else []),
                       capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"ChatBot {' '.join(args)} → exit {p.returncode}\n{p.stdout}\n{p.stderr}")
    return json.loads(p.stdout) if json_out else p.stdout


def tasks(unit=None, overdue=False):
    args = ["tasks", "--ward", WARD] + (["--unit", unit] if unit else []) + (["--overdue"] if overdue else [])
    return cli(*args)


def task_by_number(n):
    return next(t for t in tasks() if t["number"] == n)


# ---- the users' side: tests/e2e/telegram/tgclient.py ---------------------------------------------------------

def send(user, text):
    EMULATOR.send(user, text)


class Chat:
    """The bot's messages to one private chat, in order; each arrives once (the emulator marks them read)."""

    def __init__(self, chat_id):
        self.id = chat_id
        self.seen = []      # every message received so far
        self.pending = []   # received but not yet consumed by wait_for

    def pull(self):
        new = EMULATOR.messages(self.id)
        self.seen += new
        self.pending += new
        return new

    def wait_for(self, pred, timeout=20.0):
        """First pending message matching pred (consumes it and everything before it), or None after timeout."""
        end = time.time() + timeout
        while True:
            for i, m in enumerate(self.pending):
                if pred(m):
                    del self.pending[:i + 1]
                    return m
            if time.time() >= end:
                return None
            time.sleep(0.25)
            self.pull()

    def collect_until(self, done, timeout=30.0):
        """Pulls until done(all pending) holds; returns the pending messages and consumes them."""
        end = time.time() + timeout
        while True:
            self.pull()
            if done(self.pending) or time.time() >= end:
                got, self.pending = self.pending, []
                return got
            time.sleep(0.25)


def plain(m):
    """What the user reads: the text (or a file's caption) without markup."""
    return m.get("text") or m.get("caption") or ""


def contains(*words):
    return lambda m: all(w in plain(m) for w in words)


def numbers_in(text):
    return {int(x) for x in re.findall(r"#(\d+)", text)}


def card_number(m):
    """The task number of a pushed task card ("#12 text…" on its first line), else None."""
    mt = re.match(r"#(\d+)\b", plain(m))
    return int(mt.group(1)) if mt else None


def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")


# ---- phases ---------------------------------------------------------------------------------------------------

def setup():
    w = cli("ward", "add", WARD)
    check(w.get("name") == WARD, f"ward add → {w.get('name')}", w)
    a = cli("unit", "add", "--ward", WARD, UNIT_A, "--alias", "Phòng KT-HT-ĐT", "--alias", "Phòng Kinh tế")
    check(a.get("name") == UNIT_A and len(a.get("aliases", [])) == 2, "unit add A with two aliases", a)
    b = cli("unit", "add", "--ward", WARD, UNIT_B, "--alias", "Phòng VH-XH")
    check(b.get("name") == UNIT_B and len(b.get("aliases", [])) == 1, "unit add B with an alias", b)
    codes = {}
    for who, unit, args in (
        ("leader", None, ["--role", "leader", "--name", "Nguyễn Văn An"]),
        ("a", UNIT_A, ["--unit", "Phòng KT-HT-ĐT", "--role", "head", "--name", "Lê Văn Cường"]),
        ("b", UNIT_B, ["--unit", "Phòng VH-XH", "--role", "staff", "--name", "Phạm Thị Dung"]),
    ):
        inv = cli("invite", "--ward", WARD, *args)
        codes[who] = inv.get("code")
        check(bool(inv.get("code")) and inv.get("unit") == unit,
              f"invite {who}: code {inv.get('code')}" + (f", alias resolved to {unit}" if unit else ""), inv)
    with open(STATE, "w") as f:
        json.dump({"codes": codes}, f)
    finish()


def write_notice():
    """The template with dates relative to today: per unit one task 10 days overdue, one due tomorrow, one in 20 days."""
    text = open(TEMPLATE, encoding="utf-8").read()
    rel = {"A1": -10, "A2": 1, "A3": 20, "B1": -10, "B2": 1, "B3": 20}
    subs = {"ISSUED_D": TODAY.strftime("%d"), "ISSUED_M": TODAY.strftime("%m"), "ISSUED_Y": TODAY.strftime("%Y"),
            "MEETING": ddmmyyyy(TODAY - dt.timedelta(days=12))}
    subs.update({k: ddmmyyyy(TODAY + dt.timedelta(days=v)) for k, v in rel.items()})
    for k, v in subs.items():
        text = text.replace("{" + k + "}", v)
    path = os.path.join(TMP, "thong-bao-ket-luan.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path, {k: (TODAY + dt.timedelta(days=v)).isoformat() for k, v in rel.items()}


def day():
    codes = json.load(open(STATE))["codes"]
    chats = {u: Chat(u) for u in (LEADER, OFF_A, OFF_B)}
    leader, off_a, off_b = chats[LEADER], chats[OFF_A], chats[OFF_B]

    # -- linking
    for user, who in ((LEADER, "leader"), (OFF_A, "a"), (OFF_B, "b")):
        send(user, f"/start {codes[who]}")
    for user, unit in ((LEADER, None), (OFF_A, UNIT_A), (OFF_B, UNIT_B)):
        m = chats[user].wait_for(contains("Đã liên kết tài khoản"), 30)
        check(m is not None and (unit is None or unit in plain(m)), f"{user} /start CODE → linked" + (f" to {unit}" if unit else ""),
              m or chats[user].seen)

    # -- the clerk imports and assigns the notice
    path, iso = write_notice()
    imp = cli("import", path, "--ward", WARD, "--assign")
    check(imp.get("tasks") == 6 and imp.get("units") == 2 and imp.get("state") == "assigned" and not imp.get("unmatched_units"),
          "import --assign: 6 tasks for 2 units, assigned", imp)
    all_tasks = tasks()
    by_deadline = {}
    for t in all_tasks:
        by_deadline[(t["unit"], t["deadline"])] = t["number"]
    n = {k: by_deadline.get((UNIT_A if k[0] == "A" else UNIT_B, v)) for k, v in iso.items()}
    check(all(n.values()), "each templated task has the deadline written in the notice", {"expected": iso, "got": all_tasks})
    if not all(n.values()):
        return

    # -- each official receives exactly their unit's tasks
    for chat, unit, alias in ((off_a, UNIT_A, "Phòng Kinh tế"), (off_b, UNIT_B, "Phòng VH-XH")):
        expected = {t["number"] for t in tasks(unit=alias)}
        got = chat.collect_until(lambda ms: {card_number(m) for m in ms} >= expected, 40)
        cards = {card_number(m) for m in got} - {None}
        check(len(expected) == 3, f"tasks --unit '{alias}' lists 3 tasks", expected)
        check(cards == expected, f"{chat.id} received exactly {unit}'s task cards {sorted(expected)}",
              f"got {sorted(cards)}: {[plain(m)[:60] for m in got]}")
        check(any("Nhiệm vụ mới" in plain(m) and unit in plain(m) for m in got), f"{chat.id} received the 'Nhiệm vụ mới' header")
        check(all(m.get("reply_markup", {}).get("inline_keyboard") for m in got if card_number(m)),
              f"{chat.id}'s task cards carry status buttons")
    check(not leader.pull(), "the leader received no task pushes", leader.seen)

    # -- 222 reports an overdue task done, without diacritics
    send(OFF_A, f"#{n['A1']} da xong")
    m = off_a.wait_for(contains(f"#{n['A1']}"), 20)
    check(m is not None and "Đã cập nhật" in plain(m), f"222 '#{n['A1']} da xong' → confirmation", m)
    check(task_by_number(n["A1"])["status"] == "done", f"tasks --json shows #{n['A1']} done")

    # -- 333 may not touch unit A's task
    send(OFF_B, f"#{n['A2']} xong")
    m = off_b.wait_for(lambda m: f"#{n['A2']}" in plain(m), 20)
    check(m is not None and "đơn vị khác" in plain(m), f"333 '#{n['A2']} xong' (unit A's task) → refused", m)
    check(task_by_number(n["A2"])["status"] == "new", f"#{n['A2']} status unchanged (new)")

    # -- the leader asks what is overdue, by command and in words
    overdue_cli = {t["number"] for t in tasks(overdue=True)}
    check(overdue_cli == {n["B1"]}, f"tasks --overdue lists only #{n['B1']}", overdue_cli)
    not_overdue = {n[k] for k in ("A1", "A2", "A3", "B2", "B3")}
    for ask in ("/quahan", "việc quá hạn"):
        send(LEADER, ask)
        m = leader.wait_for(lambda m: "quá hạn" in plain(m).lower(), 20)
        nums = numbers_in(plain(m)) if m else set()
        check(m is not None and n["B1"] in nums, f"leader '{ask}' lists overdue #{n['B1']}", m)
        check(m is not None and not (nums & not_overdue), f"leader '{ask}' lists no other task (done #{n['A1']} gone)",
              f"numbers {sorted(nums)}")

    # -- issue 4: the reminder for the task due tomorrow, then an extension request and its approval
    reminders(n, chats)
    extension(n, chats)

    # -- issue 11: the leader's Excel report and chart actually arrive as a file and a picture
    report_and_chart(leader)

    # -- over the whole day, no official saw a card of the other unit's task
    for chat, own in ((off_a, "A"), (off_b, "B")):
        other = {n[k] for k in n if not k.startswith(own)}
        strays = {card_number(m) for m in chat.seen + chat.pull()} & other
        check(not strays, f"{chat.id} never received a card of the other unit's tasks", sorted(strays))


def reminders(n, chats):
    """Runs the sweep at the morning the task due tomorrow is 'due today' (the last working day on or before it)."""
    due = TODAY + dt.timedelta(days=1)
    queued, at = [], None
    for back in range(0, 8):
        day = due - dt.timedelta(days=back)
        at = f"{day.isoformat()}T09:00:00+07:00"
        queued = cli("reminders", "run-once", "--ward", WARD, "--now", at)
        if any(q.get("taskId") == n["A2"] for q in queued):
            break
    check(any(q.get("taskId") == n["A2"] for q in queued), f"reminders run-once --now {at} queues a reminder for #{n['A2']}", queued)
    m = chats[OFF_A].wait_for(lambda m: f"#{n['A2']}" in plain(m), 20)
    check(m is not None and "đến hạn" in plain(m).lower(), f"222 receives the due-day reminder for #{n['A2']}",
          m or chats[OFF_A].pending)


def extension(n, chats):
    leader, off_a = chats[LEADER], chats[OFF_A]
    new = TODAY + dt.timedelta(days=30)
    send(OFF_A, f"/giahan {n['A2']} {ddmmyyyy(new)} chờ kinh phí")
    m = off_a.wait_for(contains("gia hạn", f"#{n['A2']}"), 20)
    check(m is not None and "Đã gửi đề nghị gia hạn" in plain(m), f"222 /giahan {n['A2']} → request sent to the leader", m)
    m = leader.wait_for(contains("Xin gia hạn", f"#{n['A2']}"), 20)
    check(m is not None and ddmmyyyy(new) in plain(m) and "chờ kinh phí" in plain(m), "leader receives the extension request", m)
    send(LEADER, f"/duyet {n['A2']}")
    m = leader.wait_for(contains("Đã duyệt gia hạn", f"#{n['A2']}"), 20)
    check(m is not None, f"leader /duyet {n['A2']} → confirmation", m)
    m = off_a.wait_for(contains("duyệt gia hạn", f"#{n['A2']}"), 20)
    check(m is not None and ddmmyyyy(new) in plain(m), "222 receives the approval with the new date", m)
    send(OFF_A, f"/viec {n['A2']}")
    m = off_a.wait_for(lambda m: plain(m).startswith(f"#{n['A2']}"), 20)
    text = plain(m) if m else ""
    check(f"Hạn: {ddmmyyyy(new)}" in text and "gia hạn từ" in text, f"/viec {n['A2']} shows 'Hạn: {ddmmyyyy(new)}' and 'gia hạn từ'", text)
    t = task_by_number(n["A2"])
    check(t["deadline"] == new.isoformat() and t["original_deadline"] == (TODAY + dt.timedelta(days=1)).isoformat(),
          "tasks --json shows the new deadline and the original one", t)


def report_and_chart(leader):
    send(LEADER, "/baocao")
    m = leader.wait_for(lambda m: "document" in m, 40)
    doc = (m or {}).get("document") or {}
    check(m is not None and doc.get("file_name", "").endswith(".xlsx"), f"leader /baocao → a document {doc.get('file_name')}",
          m or [plain(x)[:60] for x in leader.seen[-5:]])
    if m is not None:
        data = EMULATOR.download(doc["file_id"])
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
                xml = "".join(z.read(n).decode("utf-8", "replace") for n in names if n.startswith("xl/") and n.endswith(".xml"))
            opened = "xl/workbook.xml" in names
        except zipfile.BadZipFile:
            opened, xml = False, ""
        check(opened, f"the .xlsx opens as a workbook ({len(data)} bytes, xl/workbook.xml present)")
        check(UNIT_A in xml and UNIT_B in xml, "the workbook lists both units' tasks", xml[:300])
    send(LEADER, "/bieudo")
    m = leader.wait_for(lambda m: "photo" in m, 40)
    check(m is not None, "leader /bieudo → a photo", m or [plain(x)[:60] for x in leader.seen[-5:]])
    if m is not None:
        png = EMULATOR.download(m["photo"][-1]["file_id"])
        check(png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 1000, f"the picture is a PNG ({len(png)} bytes)", png[:16])


if __name__ == "__main__":
    try:
        {"setup": setup, "day": day}[sys.argv[1]]()
    except Exception as e:  # an unexpected crash is one failed check, not a silent stop
        check(False, f"driver crashed: {type(e).__name__}", e)
    finish()
