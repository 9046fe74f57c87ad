#!/usr/bin/env python3
"""Driver of tests/e2e/scale_e2e.sh (python3 stdlib + psql): two service processes on one PostgreSQL database, in
webhook mode behind tests/e2e/scale/rrproxy.py, against the Telegram emulator enforcing Telegram's limits.

  1. ward, UNITS units (CLI), OFFICIALS_PER_UNIT × UNITS staff invites (SQL, see ward.py); proxy and two instances;
  2. every official links with /start CODE through the webhook (the proxy alternates the instances);
  3. `import --assign` of a notice with TASKS_PER_UNIT tasks per unit: ≥ 1,000 pushes; the instance holding the
     sender lease is killed with SIGKILL mid-fan-out; the other takes over;
  4. checks: per chat, what arrived equals the outbox rows of that chat in queue order, each once (so nothing lost,
     doubled or reordered); no row left unsent; 0 × 429 at the emulator;
  5. the killed instance is started again; every official replies "#N xong" for one of their tasks, through both
     instances: each task done once, each official gets one confirmation.
Each check prints "ok - …" or "not ok - …"; the last line is "result PASSED FAILED".
Environment: E2E_DLL, E2E_TMP, E2E_EMU_URL, E2E_TOKEN, E2E_PG (Npgsql connection string of the test database),
E2E_PSQL (path of psql); SCALE_UNITS (10), SCALE_OFFICIALS (10 per unit), SCALE_TASKS (10 per unit), SCALE_KILL_AFTER
(sends before the kill, 300).
"""
import concurrent.futures
import datetime as dt
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "telegram"))
import ward  # noqa: E402
from tgclient import Emulator  # noqa: E402
from checks import check, free_port, result, exit_code, T0  # noqa: E402

DLL, TMP, EMU_URL, TOKEN = os.environ["E2E_DLL"], os.environ["E2E_TMP"], os.environ["E2E_EMU_URL"], os.environ["E2E_TOKEN"]
PG, PSQL = os.environ["E2E_PG"], os.environ["E2E_PSQL"]
N_UNITS = int(os.environ.get("SCALE_UNITS", 10))
PER_UNIT = int(os.environ.get("SCALE_OFFICIALS", 10))
TASKS = int(os.environ.get("SCALE_TASKS", 10))
KILL_AFTER = int(os.environ.get("SCALE_KILL_AFTER", 300))
SECRET = "scale-secret-token"
EMU = Emulator(EMU_URL, TOKEN)
UNITS = ward.UNITS[:N_UNITS]
CHAT0 = 500000
TODAY = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
procs = {}



def finish():
    for p in procs.values():
        if p.poll() is None:
            p.terminate()
    for p in procs.values():
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
    result()
    sys.exit(exit_code())


def env_common(data):
    e = dict(os.environ)
    e.update({"Database__Provider": "Postgres", "ConnectionStrings__ChatBot": PG, "CHATBOT_DATA": data,
              "DOTNET_NOLOGO": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"})
    return e


def cli(*args):
    p = subprocess.run(["dotnet", DLL, *args, "--json"], capture_output=True, text=True, timeout=120, env=env_common(os.path.join(TMP, "cli")))
    if p.returncode != 0:
        raise RuntimeError(f"ChatBot {' '.join(args)} → exit {p.returncode}\n{p.stdout}\n{p.stderr}")
    return json.loads(p.stdout)


def psql_conninfo():
    kv = dict(x.split("=", 1) for x in PG.split(";") if "=" in x)
    kv = {k.strip().lower(): v for k, v in kv.items()}
    return f"host={kv['host']} port={kv.get('port', 5432)} user={kv['username']} password={kv['password']} dbname={kv['database']}"


def sql(query):
    p = subprocess.run([PSQL, psql_conninfo(), "-v", "ON_ERROR_STOP=1", "-At", "-F", "\t", "-c", query],
                       capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"psql: {p.stderr}")
    return [line.split("\t") for line in p.stdout.splitlines() if line]



def get_json(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return json.loads(r.read().decode())


def start_instance(name, port, proxy_url):
    data = os.path.join(TMP, name)
    os.makedirs(data, exist_ok=True)
    e = env_common(data)
    e.update({"Telegram__BotToken": TOKEN, "Telegram__ApiBaseUrl": EMU_URL, "Telegram__Mode": "Webhook",
              "Telegram__WebhookUrl": f"{proxy_url}/telegram/webhook", "Telegram__SecretToken": SECRET,
              "Simulator__Enabled": "false", "Reminders__Enabled": "false",
              # A row claimed by the killed instance waits for its claim to lapse before the other sends it.
              "Outbox__LeaseSeconds": "10"})
    log = open(os.path.join(TMP, f"{name}.log"), "ab")
    procs[name] = subprocess.Popen(["dotnet", DLL, "--urls", f"http://127.0.0.1:{port}"], env=e, stdout=log, stderr=log)
    return f"http://127.0.0.1:{port}"


def wait_healthy(url, name, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        if procs[name].poll() is not None:
            return False
        try:
            if get_json(f"{url}/healthz")["status"] == "ok":
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def sender_of(urls):
    """The instance holding the Telegram sender lease (by /healthz), or None."""
    for name, url in urls.items():
        if procs[name].poll() is not None:
            continue
        try:
            h = get_json(f"{url}/healthz")
        except OSError:
            continue
        if any(s["mine"] for s in (h.get("outbox") or {}).get("senders", [])):
            return name
    return None


def all_messages():
    """Every bot message per chat, in the order the emulator received them."""
    rows = EMU._call("messages", query={"token": TOKEN})
    by_chat = {}
    for m in rows:
        by_chat.setdefault(m["chat"]["id"], []).append(m)
    return by_chat


def main():
    chats = [CHAT0 + n for n in range(1, N_UNITS * PER_UNIT + 1)]

    # -- 1. the ward: CLI for the ward and units (and one invite, the template of the seeded ones), SQL for the invites
    cli("ward", "add", ward.WARD)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:  # ~1–3 s per CLI process: in parallel
        list(pool.map(lambda u: cli("unit", "add", "--ward", ward.WARD, u), UNITS))
    cli("invite", "--ward", ward.WARD, "--unit", UNITS[0], "--role", "staff", "--name", "Mẫu")
    sql(ward.invite_sql(PER_UNIT, N_UNITS))
    n_inv = int(sql('SELECT count(*) FROM "Invites" WHERE "UsedAt" IS NULL')[0][0])
    check(n_inv == len(chats) + 1, f"{len(chats)} staff invites seeded in {N_UNITS} units", n_inv)

    proxy_port = free_port()
    ports = {"a": free_port(), "b": free_port()}
    urls = {k: f"http://127.0.0.1:{p}" for k, p in ports.items()}
    proxy_url = f"http://127.0.0.1:{proxy_port}"
    procs["proxy"] = subprocess.Popen([sys.executable, os.path.join(HERE, "rrproxy.py"), str(proxy_port), urls["a"], urls["b"]],
                                      stdout=open(os.path.join(TMP, "proxy.log"), "ab"), stderr=subprocess.STDOUT)
    for k in ("a", "b"):
        start_instance(k, ports[k], proxy_url)
    check(all(wait_healthy(urls[k], k) for k in ("a", "b")), "two instances on one PostgreSQL database answer /healthz")

    # -- 2. every official links through the webhook, alternately through each instance
    for n, chat in enumerate(chats, 1):
        EMU.send(chat, f"/start {ward.code_for(n)}")
    end = time.time() + 60
    linked = set()
    while time.time() < end and len(linked) < len(chats):
        for chat, ms in all_messages().items():
            if any("Đã liên kết" in (m.get("text") or "") for m in ms):
                linked.add(chat)
        time.sleep(0.5)
    check(linked == set(chats), f"{len(chats)} officials linked with /start CODE", f"{len(linked)} linked")
    stats = get_json(f"{proxy_url}/_proxy/stats")["backends"]
    check(all(b["requests"] >= len(chats) // 3 for b in stats), "the proxy spread the /start updates over both instances",
          stats)

    # -- 3. the fan-out, and a SIGKILL of the sender in the middle of it
    sent_before = EMU.limits()["sends"]
    notice = os.path.join(TMP, "thong-bao.txt")
    with open(notice, "w", encoding="utf-8") as f:
        f.write(ward.notice(UNITS, TASKS, TODAY))
    rows_before = int(sql('SELECT count(*) FROM "Outbox"')[0][0])
    t_import = time.time()
    # The import runs beside the watch: the service starts sending as soon as the CLI's transaction commits.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        running = pool.submit(cli, "import", notice, "--ward", ward.WARD, "--assign")
        killed = None
        end = time.time() + 90
        while time.time() < end and killed is None:
            if EMU.limits()["sends"] - sent_before >= KILL_AFTER:
                killed = sender_of(urls)
                if killed:
                    procs[killed].send_signal(signal.SIGKILL)
                    procs[killed].wait()
            time.sleep(0.05)
        sent_at_kill = EMU.limits()["sends"] - sent_before
        imp = running.result()
    queued = int(sql('SELECT count(*) FROM "Outbox"')[0][0]) - rows_before
    check(imp.get("tasks") == N_UNITS * TASKS and queued >= 1000 and imp.get("messages_queued") == queued,
          f"import --assign: {imp.get('tasks')} tasks, {queued} messages queued to {len(chats)} chats", imp)
    check(killed is not None, f"instance {killed} (the sender) killed with SIGKILL after {sent_at_kill} of {queued} sends")

    # everything queued arrives: no pending row left (the survivor takes the lease over and the killed claims lapse)
    end = time.time() + 120
    pending = None
    while time.time() < end:
        pending = int(sql("SELECT count(*) FROM \"Outbox\" WHERE \"State\" = 'Pending'")[0][0])
        if pending == 0:
            break
        time.sleep(0.5)
    fanout_s = time.time() - t_import
    check(pending == 0, f"the survivor sent the rest: no message pending after {fanout_s:.1f} s", f"{pending} pending")

    # per chat: what Telegram shows == the outbox rows of that chat in queue order (each once, none lost, in order)
    # (texts compared by their MD5: a text may span lines, psql's output may not)
    expected = {}
    for chat_id, digest in sql("SELECT \"ChatId\", md5(\"Text\") FROM \"Outbox\" WHERE \"Channel\" = 'telegram' ORDER BY \"Id\""):
        expected.setdefault(int(chat_id), []).append(digest)
    messages = all_messages()
    got = {c: [hashlib.md5((m.get("html") or "").encode()).hexdigest() for m in ms] for c, ms in messages.items()}
    lost = {c: len([t for t in exp if t not in got.get(c, [])]) for c, exp in expected.items()}
    dup = {c: len(ms) - len(set(ms)) for c, ms in got.items()}
    check(sum(len(v) for v in expected.values()) >= 1000 + len(chats) and set(expected) == set(chats),
          f"{sum(len(v) for v in expected.values())} outbox rows for {len(expected)} chats")
    check(sum(lost.values()) == 0, "every message arrived (0 lost)", {c: v for c, v in lost.items() if v})
    check(sum(dup.values()) == 0, "no message arrived twice (0 duplicates)", {c: v for c, v in dup.items() if v})
    check(all(got.get(c) == exp for c, exp in expected.items()), "every chat got its messages in the order queued",
          next(((c, got.get(c), exp) for c, exp in expected.items() if got.get(c) != exp), None))
    cards = {c: [int(x) for m in ms for x in re.findall(r"^#(\d+)\b", m.get("text") or "")] for c, ms in messages.items()}
    check(all(len(cards.get(c, [])) >= TASKS for c in chats), f"each official received the {TASKS} task cards of their unit",
          {c: len(cards.get(c, [])) for c in chats if len(cards.get(c, [])) < TASKS})
    lim = EMU.limits()
    check(lim["too_many_requests"] == 0, f"0 × 429 from the emulator enforcing Telegram's limits ({lim['sends']} sends)", lim)

    # -- 5. the killed instance comes back; status replies through both instances, each applied once
    if killed is None:
        return
    start_instance(killed, ports[killed], proxy_url)
    check(wait_healthy(urls[killed], killed), f"instance {killed} restarted")
    before = {b["url"]: b["requests"] for b in get_json(f"{proxy_url}/_proxy/stats")["backends"]}
    # one reply per task: the first official of each unit takes the unit's first task, the second its second, …
    replies = {}
    for i, c in enumerate(chats):
        unit_cards = sorted(set(cards.get(c, [])))
        k = i % PER_UNIT
        if k < len(unit_cards):
            replies[c] = unit_cards[k]
    EMU._call("messages", query={"token": TOKEN, "unread": 1, "mark": 1})
    for c, n in replies.items():
        EMU.send(c, f"#{n} xong")
    end = time.time() + 60
    confirmed = {}
    while time.time() < end and len(confirmed) < len(replies):
        for m in EMU._call("messages", query={"token": TOKEN, "unread": 1, "mark": 1}):
            if "Đã cập nhật" in (m.get("text") or ""):
                confirmed.setdefault(m["chat"]["id"], []).append(m["text"])
        time.sleep(0.5)
    time.sleep(1.5)
    for m in EMU._call("messages", query={"token": TOKEN, "unread": 1, "mark": 1}):
        if "Đã cập nhật" in (m.get("text") or ""):
            confirmed.setdefault(m["chat"]["id"], []).append(m["text"])
    after = {b["url"]: b["requests"] for b in get_json(f"{proxy_url}/_proxy/stats")["backends"]}
    through = {u: after[u] - before.get(u, 0) for u in after}
    check(all(v >= len(replies) // 3 for v in through.values()), f"the {len(replies)} replies went through both instances", through)
    check(set(confirmed) == set(replies) and all(len(v) == 1 for v in confirmed.values()),
          f"each of the {len(replies)} officials got exactly one confirmation",
          {c: len(confirmed.get(c, [])) for c in replies if len(confirmed.get(c, [])) != 1})
    done = {t["number"] for t in cli("tasks", "--ward", ward.WARD) if t["status"] == "done"}
    check(done == set(replies.values()), f"tasks --json: exactly the {len(set(replies.values()))} replied tasks are done",
          sorted(done ^ set(replies.values()))[:20])
    hist = sql("SELECT count(*) FROM \"Outbox\" WHERE \"Text\" LIKE '%Đã cập nhật%'")[0][0]
    check(int(hist) == len(replies), f"one confirmation queued per reply ({hist})")
    lim = EMU.limits()
    check(lim["too_many_requests"] == 0, f"still 0 × 429 after the replies ({lim['sends']} sends in all)", lim)
    print(f"fan-out: {queued} messages, {fanout_s:.1f} s from import to the last one, kill after {sent_at_kill}", flush=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # an infrastructure failure: counted, shown, and the processes stopped
        check(False, f"driver crashed: {type(e).__name__}", e)
    finish()
